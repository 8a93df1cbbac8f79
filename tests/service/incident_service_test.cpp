#include "service/incident_service.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "service/commit_group.hpp"
#include "service/event_bus.hpp"
#include "service/field_unit_service.hpp"
#include "service/laphar_service.hpp"
#include "support/fixture.hpp"

namespace siaga::service {
namespace {

using siaga::testing::Backend;
using siaga::testing::Fixture;

// The fixture: Polres Jember with Polsek Kaliwates (desa 35.09.19.1001, a
// square around -8.17, 113.69) and Sumbersari (35.09.20.1001, no Polsek).
class IncidentServiceTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    f = std::make_unique<Fixture>(GetParam());
    f->load_registry();
    f->ctx->events = &bus;
    ops = f->actor_of("POLRES-JEMBER", Role::ops);
    officer = f->actor_of("POLRES-JEMBER", Role::officer);
    sinjai = f->actor_of("POLRES-SINJAI", Role::ops);
    FieldUnitService units(*f->ctx);
    for (auto [name, kind, lat] :
         {std::tuple{"Patroli Kaliwates", FieldUnitKind::mobil_patroli, -8.171},
          std::tuple{"Dalmas Awal Jember", FieldUnitKind::dalmas_awal, -8.175}}) {
      FieldUnitInput in;
      in.call_sign = name;
      in.kind = kind;
      in.unit_code = "POLSEK-35.09.19";
      in.lat = lat;
      in.lon = 113.69;
      auto made = units.create(ops, in);
      ASSERT_TRUE(made.ok()) << made.error().message_en;
      unit_ids.push_back(made->id);
    }
  }

  IncidentInput kerumunan(double lat = -8.1705, double lon = 113.6905) {
    IncidentInput in;
    in.type = "kerumunan";
    in.description = "massa berkumpul di depan TPS";
    in.lat = lat;
    in.lon = lon;
    return in;
  }

  std::int64_t count() { return std::stoll(f->sql("SELECT count(*) FROM incidents")); }

  std::unique_ptr<Fixture> f;
  InProcessEventBus bus;
  Actor ops, officer, sinjai;
  std::vector<std::int64_t> unit_ids;
};

TEST_P(IncidentServiceTest, APublicReportFindsItsDesaAndTpsAndIsAnnounced) {
  std::vector<Event> seen;
  auto sub = bus.subscribe([&](const Event& e) { seen.push_back(e); });
  IncidentService service(*f->ctx);
  auto receipt = service.report_public(kerumunan(), "", "");
  ASSERT_TRUE(receipt.ok()) << receipt.error().message_en;
  EXPECT_TRUE(receipt->tracking_code.starts_with("LP-"));
  auto status = service.public_status(receipt->tracking_code);
  ASSERT_TRUE(status.ok());
  EXPECT_EQ(status->status, IncidentStatus::baru);
  auto list = service.list(ops, {}, std::nullopt);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->items.size(), 1u);
  EXPECT_EQ(list->items[0].incident.desa_code, "35.09.19.1001");
  EXPECT_EQ(list->items[0].tps_code, "3509191001001");  // 60 m away; TPS 2 is 200 m+
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].type, "incident.created");
  EXPECT_NE(seen[0].data.find(receipt->tracking_code), std::string::npos);
}

TEST_P(IncidentServiceTest, BadReportsAreRefusedNamingTheFieldAndStoreNothing) {
  IncidentService service(*f->ctx);
  auto unknown = kerumunan();
  unknown.type = "huru_hara";
  auto outside = kerumunan(-9.9, 113.0);  // sea south of Java: no desa
  auto abroad = kerumunan(1.35, 103.8);   // Singapore
  auto long_text = kerumunan();
  long_text.description = std::string(2001, 'a');
  auto not_image = kerumunan();
  not_image.photo = "plain text, not a picture";
  for (auto [input, field] :
       {std::pair{unknown, "type"}, std::pair{outside, "lat"}, std::pair{abroad, "lat"},
        std::pair{long_text, "description"}, std::pair{not_image, "photo"}}) {
    auto r = service.report_public(input, "", "");
    ASSERT_FALSE(r.ok()) << field;
    EXPECT_EQ(r.error().field, field);
  }
  auto elsewhere = service.report(sinjai, kerumunan(), "", "");
  ASSERT_FALSE(elsewhere.ok());  // Jember point, Sinjai operator
  EXPECT_EQ(elsewhere.error().field, "lat");
  EXPECT_EQ(count(), 0);
}

TEST_P(IncidentServiceTest, TheLifecycleIsTimedAttributedAndGuarded) {
  IncidentService service(*f->ctx);
  auto made = service.report(ops, kerumunan(), "k-1", "fp");
  ASSERT_TRUE(made.ok()) << made.error().message_en;
  const std::int64_t id = made->view.incident.id;
  auto again = service.report(ops, kerumunan(), "k-1", "fp");
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->replayed);
  EXPECT_EQ(again->view.incident.id, id);
  EXPECT_EQ(count(), 1);

  auto jump = service.move(ops, id, {IncidentStatus::selesai, {}, {}, ""});
  ASSERT_FALSE(jump.ok());
  EXPECT_EQ(jump.error().code, ErrorCode::conflict);
  auto by_officer = service.move(officer, id, {IncidentStatus::diverifikasi, {}, {}, ""});
  ASSERT_FALSE(by_officer.ok());
  EXPECT_EQ(by_officer.error().code, ErrorCode::forbidden);

  auto verified = service.move(ops, id, {IncidentStatus::diverifikasi, {}, {}, "benar"});
  ASSERT_TRUE(verified.ok()) << verified.error().message_en;
  ASSERT_FALSE(verified->offers.empty());
  EXPECT_EQ(verified->offers[0].field_unit_id, unit_ids[0]);  // the patrol car, not Dalmas
  EXPECT_TRUE(verified->offers[0].same_sector);
  f->clock.advance(std::chrono::seconds(120));
  auto sent = service.move(ops, id, {IncidentStatus::ditugaskan, unit_ids[0], {}, ""});
  ASSERT_TRUE(sent.ok()) << sent.error().message_en;
  EXPECT_FALSE(sent->view.incident.dispatched_at.empty());
  auto busy = service.report(ops, kerumunan(-8.172, 113.692), "", "");
  ASSERT_TRUE(busy.ok());
  ASSERT_TRUE(
      service.move(ops, busy->view.incident.id, {IncidentStatus::diverifikasi, {}, {}, ""}).ok());
  auto twice =
      service.move(ops, busy->view.incident.id, {IncidentStatus::ditugaskan, unit_ids[0], {}, ""});
  ASSERT_FALSE(twice.ok());  // the patrol car is bertugas now
  EXPECT_EQ(twice.error().code, ErrorCode::conflict);

  ASSERT_TRUE(service.move(officer, id, {IncidentStatus::menuju_lokasi, {}, {}, ""}).ok());
  f->clock.advance(std::chrono::seconds(300));
  ASSERT_TRUE(service.move(officer, id, {IncidentStatus::tiba_di_lokasi, {}, {}, ""}).ok());
  ASSERT_TRUE(service.move(officer, id, {IncidentStatus::selesai, {}, {}, "bubar"}).ok());
  auto closed = service.move(ops, id, {IncidentStatus::ditutup, {}, {}, ""});
  ASSERT_TRUE(closed.ok());
  std::vector<std::string> actors;
  for (const auto& e : closed->timeline) actors.push_back(e.actor);
  EXPECT_EQ(actors,
            (std::vector<std::string>{ops.username, ops.username, ops.username, officer.username,
                                      officer.username, officer.username, ops.username}));
  auto units = FieldUnitService(*f->ctx).list(ops, {});
  ASSERT_TRUE(units.ok());
  EXPECT_EQ(units->front().status, FieldUnitStatus::siaga);  // back on standby when done

  auto laphar = LapharService(*f->ctx).figures(ops, "POLRES-JEMBER", "");
  ASSERT_TRUE(laphar.ok()) << laphar.error().message_en;
  EXPECT_EQ(laphar->total, 2);
  ASSERT_FALSE(laphar->response.empty());
  EXPECT_EQ(laphar->response.front().sector, "Polsek Kaliwates");
  EXPECT_EQ(laphar->response.front().to_dispatch.median_s, 120);
  EXPECT_EQ(laphar->response.front().to_arrival.median_s, 300);
}

TEST_P(IncidentServiceTest, ASecondReportNearbyIsOfferedAsDuplicateNotMerged) {
  IncidentService service(*f->ctx);
  auto first = service.report(ops, kerumunan(), "", "");
  f->clock.advance(std::chrono::minutes(30));  // the window's edge: still a duplicate
  auto second = service.report(ops, kerumunan(-8.1720, 113.6905), "", "");  // ~167 m
  ASSERT_TRUE(first.ok() && second.ok());
  auto detail = service.get(ops, second->view.incident.id);
  ASSERT_TRUE(detail.ok());
  ASSERT_EQ(detail->duplicates.size(), 1u);
  EXPECT_EQ(detail->duplicates[0].id, first->view.incident.id);
  EXPECT_EQ(detail->view.incident.status, IncidentStatus::baru);  // never merged silently
  auto merged = service.move(ops, second->view.incident.id,
                             {IncidentStatus::duplikat, {}, first->view.incident.id, ""});
  ASSERT_TRUE(merged.ok());
  EXPECT_EQ(merged->view.incident.duplicate_of, first->view.incident.id);
}

TEST_P(IncidentServiceTest, ConcurrentReportsShareCommitsAndAllAreStored) {
  CommitGroup group(*f->db);
  f->ctx->commits = &group;
  IncidentService service(*f->ctx);
  std::atomic<int> ok{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        auto input = kerumunan();
        // Every fifth report is bad and must fail alone.
        if (i % 5 == 4) input.type = "salah";
        auto r =
            service.report(ops, input, "key-" + std::to_string(t) + "-" + std::to_string(i), "fp");
        if (r.ok()) ++ok;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 64);
  EXPECT_EQ(count(), 64);
  EXPECT_EQ(std::stoll(f->sql("SELECT count(*) FROM incident_events")), 64);
}

TEST_P(IncidentServiceTest, AWriteThatFailsInsideASharedCommitIsUndoneAlone) {
  CommitGroup group(*f->db);
  auto units = FieldUnitService(*f->ctx).list(ops, {});
  ASSERT_TRUE(units.ok() && !units->empty());
  const FieldUnit model = units->front();
  std::vector<std::thread> threads;
  std::atomic<int> failed{0};
  for (int t = 0; t < 6; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        const std::string key = std::to_string(t) + "-" + std::to_string(i);
        const Status st = group.run([&](store::Transaction& tx) -> Status {
          FieldUnit unit = model;
          unit.call_sign = "g-" + key;
          SIAGA_TRY(tx.incidents().insert_field_unit(unit));
          if (i % 4 == 3) {
            return make_error(ErrorCode::invalid_input, "gagal", "fails after its write");
          }
          return ok_status();
        });
        if (!st.ok()) ++failed;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failed.load(), 30);
  EXPECT_EQ(f->sql("SELECT count(*) FROM field_units WHERE call_sign LIKE 'g-%'"), "90");
}

SIAGA_ON_BOTH_DATABASES(IncidentServiceTest);

}  // namespace
}  // namespace siaga::service
