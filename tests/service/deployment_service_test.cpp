#include "service/deployment_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "service/deployment_record.hpp"
#include "service/import_service.hpp"
#include "service/user_service.hpp"
#include "support/fixture.hpp"

namespace siaga::service {
namespace {

using siaga::testing::Backend;
using siaga::testing::Fixture;

// The fixture's registry: Polres Jember with three TPS, none classified yet:
// two in Kaliwates (35.09.19, its own Polsek), one in Sumbersari (35.09.20,
// no Polsek: the Polres HQ's sector). Four officers (two at Kaliwates, two at
// HQ), one in Sinjai; Linmas: two in the Kaliwates desa, one in Sumbersari.
constexpr const char* kPeople =
    "nrp,name,rank,function,unit_code,phone,desa_binaan\n"
    "88000001,Arif Wijaya,Iptu,samapta,POLRES-JEMBER,,\n"
    "88000002,Bagus Santoso,Bripda,samapta,POLRES-JEMBER,,\n"
    "88000011,Siti Aminah,Bripka,bhabinkamtibmas,POLSEK-35.09.19,,35.09.19.1001\n"
    "88000012,Dwi Lestari,Bripka,samapta,POLSEK-35.09.19,,\n"
    "88000031,Andi Baso,Bripda,staf,POLRES-SINJAI,,\n";
constexpr const char* kPartners =
    "force,identifier,name,rank,unit_code,desa_code,phone\n"
    "linmas,L-1,Linmas Satu,,POLSEK-35.09.19,35.09.19.1001,\n"
    "linmas,L-2,Linmas Dua,,POLSEK-35.09.19,35.09.19.1001,\n"
    "linmas,L-3,Linmas Tiga,,POLRES-JEMBER,35.09.20.1001,\n";

class DeploymentServiceTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    f = std::make_unique<Fixture>(GetParam());
    f->load_registry();
    ImportService imports(*f->ctx);
    for (auto [kind, text] :
         {std::pair{ImportKind::personnel, kPeople}, std::pair{ImportKind::partners, kPartners}}) {
      auto outcome = imports.run(console_actor("test"), kind, text);
      ASSERT_TRUE(outcome.ok()) << outcome.error().message_en;
    }
    ops = f->actor_of("POLRES-JEMBER", Role::ops);
  }

  Result<PlanView> plan(const PlanRequest& request) {
    DeploymentService service(*f->ctx);
    return service.create(ops, request);
  }

  std::unique_ptr<Fixture> f;
  Actor ops;
};

TEST_P(DeploymentServiceTest, TpsWithoutClassArePlannedAsKurangRawanAndSaidSo) {
  auto made = plan({"POLRES-JEMBER", "", "awal", {}, {}});
  ASSERT_TRUE(made.ok()) << made.error().message_en;
  EXPECT_EQ(made->record.status, store::PlanStatus::draft);
  EXPECT_EQ(made->record.voting_day, "2024-11-27");  // the fixture's voting stage
  EXPECT_EQ(made->summary.tps, 3);
  EXPECT_EQ(made->summary.tps_without_class, 3);
  const auto warned =
      std::find_if(made->warnings.begin(), made->warnings.end(),
                   [](const PlanWarning& w) { return w.code == "tps_without_class"; });
  ASSERT_NE(warned, made->warnings.end());
  EXPECT_NE(warned->message_id.find("3 TPS"), std::string::npos) << warned->message_id;

  // Posts never cross a kecamatan: one for the two Kaliwates TPS, one for
  // Sumbersari; four officers fill both; Linmas fall short where the desa
  // rosters are thin (4 needed in Kaliwates with 2 there, 2 in Sumbersari with 1).
  DeploymentService service(*f->ctx);
  auto posts = service.all_posts(made->record.id);
  ASSERT_TRUE(posts.ok());
  ASSERT_EQ(posts->size(), 2u);
  for (const PostDetail& p : *posts) {
    EXPECT_EQ(p.post.post.tps_class, TpsClass::kurang_rawan);
    EXPECT_EQ(p.officers.size(), 2u);
  }
  EXPECT_EQ(made->summary.officers_assigned, 4);
  EXPECT_EQ(made->summary.reserve, 0);
  EXPECT_EQ(made->summary.linmas_needed, 6);
  EXPECT_EQ(made->summary.linmas_assigned, 3);
  EXPECT_EQ(made->summary.linmas_missing, 3);
  // Kaliwates's officers stay in Kaliwates's sector.
  const PostDetail& kaliwates =
      posts->front().tps.front().desa_code == "35.09.19.1001" ? posts->front() : posts->back();
  EXPECT_EQ(kaliwates.post.sector_code, "POLSEK-35.09.19");
  for (const auto& o : kaliwates.officers) EXPECT_EQ(o.unit_code, "POLSEK-35.09.19") << o.nrp;
}

TEST_P(DeploymentServiceTest, AnOfficerOnLeaveIsNotPlannedAndThePlanDegradesOpenly) {
  {
    auto tx = f->db->begin(store::TxMode::write);
    ASSERT_TRUE(tx.ok());
    auto person = (*tx)->readiness().find_person_by_nrp("88000002");
    ASSERT_TRUE(person.ok() && person->has_value());
    Absence leave;
    leave.person_id = (*person)->id;
    leave.kind = AbsenceKind::cuti;
    leave.starts_on = "2024-11-26";
    leave.ends_on = "2024-11-28";
    ASSERT_TRUE((*tx)->readiness().insert_absence(leave, "test", "2024-11-20T00:00:00Z").ok());
    ASSERT_TRUE((*tx)->commit().ok());
  }
  auto made = plan({"POLRES-JEMBER", "", "", {}, {}});
  ASSERT_TRUE(made.ok()) << made.error().message_en;
  // Three people for two kurang rawan posts of two, 3.3 km apart: the
  // degraded plan stretches them into one post (within twice the 2 km
  // distance) rather than leave one officer alone; the third is the reserve.
  EXPECT_EQ(made->summary.officers_available, 3);
  EXPECT_EQ(made->summary.posts, 1);
  EXPECT_EQ(made->summary.stretched_pairs, 1);
  EXPECT_EQ(made->summary.officers_assigned, 2);
  EXPECT_EQ(made->summary.reserve, 1);
  EXPECT_EQ(made->summary.officers_missing, 0);
  EXPECT_TRUE(std::any_of(made->warnings.begin(), made->warnings.end(),
                          [](const PlanWarning& w) { return w.code == "stretched"; }));
  DeploymentService service(*f->ctx);
  auto posts = service.all_posts(made->record.id);
  ASSERT_TRUE(posts.ok());
  ASSERT_EQ(posts->size(), 1u);
  EXPECT_TRUE(posts->front().post.post.stretched);
  EXPECT_EQ(posts->front().tps.size(), 3u);
  for (const auto& o : posts->front().officers) EXPECT_NE(o.nrp, "88000002");
  auto reserve = service.reserve(ops, made->record.id);
  ASSERT_TRUE(reserve.ok());
  ASSERT_EQ(reserve->size(), 1u);
  EXPECT_NE(reserve->front().nrp, "88000002");
}

TEST_P(DeploymentServiceTest, AnInvalidPatternIsRefusedAndNothingStored) {
  DeploymentService service(*f->ctx);
  PatternSet bad = national_pattern_2020();
  bad.at(TpsClass::sangat_rawan).officers = 1;
  auto r = service.set_patterns(ops, "POLRES-JEMBER", bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(r.error().field, "sangat_rawan.officers");
  auto now = service.patterns(ops, "POLRES-JEMBER");
  ASSERT_TRUE(now.ok());
  EXPECT_TRUE(now->is_default);
  EXPECT_EQ(now->patterns, national_pattern_2020());
}

TEST_P(DeploymentServiceTest, ACancelledRunStoresNoResultAndAStoppedServerFailsItsRuns) {
  auto make_running = [&] {
    auto tx = f->db->begin(store::TxMode::write);
    EXPECT_TRUE(tx.ok());
    auto unit = (*tx)->units().find_by_code("POLRES-JEMBER");
    store::PlanRecord r;
    r.unit_id = (*unit)->id;
    r.version = *(*tx)->deployment().last_version(r.unit_id) + 1;
    r.status = store::PlanStatus::running;
    r.voting_day = "2024-11-27";
    r.patterns_json = patterns_to_json(national_pattern_2020());
    r.bko_json = r.unavailable_json = "[]";
    r.created_by = "test";
    r.created_at = "2024-11-20T00:00:00Z";
    auto id = (*tx)->deployment().insert_plan(r);
    EXPECT_TRUE(id.ok());
    EXPECT_TRUE((*tx)->commit().ok());
    return *id;
  };
  DeploymentService service(*f->ctx);
  const std::int64_t cancelled = make_running();
  ASSERT_TRUE(service.cancel(ops, cancelled).ok());
  ASSERT_TRUE(service.run(cancelled).ok());
  auto after = service.get(ops, cancelled);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->record.status, store::PlanStatus::cancelled);
  auto posts = service.all_posts(cancelled);
  ASSERT_TRUE(posts.ok());
  EXPECT_TRUE(posts->empty());
  // A cancelled plan is neither approved nor cancelled again.
  EXPECT_EQ(service.approve(ops, cancelled).error().code, ErrorCode::conflict);
  EXPECT_EQ(service.cancel(ops, cancelled).error().code, ErrorCode::conflict);

  const std::int64_t interrupted = make_running();
  ASSERT_TRUE(service.fail_interrupted().ok());
  EXPECT_EQ(service.get(ops, interrupted)->record.status, store::PlanStatus::failed);
}

TEST_P(DeploymentServiceTest, ApprovingSupersedesTheApprovedVersion) {
  DeploymentService service(*f->ctx);
  Actor pimpinan = f->actor_of("POLRES-JEMBER", Role::pimpinan);
  auto v1 = plan({"POLRES-JEMBER", "", "", {}, {}});
  ASSERT_TRUE(v1.ok());
  ASSERT_TRUE(service.approve(pimpinan, v1->record.id).ok());
  auto v2 = service.replan(ops, v1->record.id, "Bripda Bagus sakit", {"88000002"}, {});
  ASSERT_TRUE(v2.ok()) << v2.error().message_en;
  EXPECT_EQ(v2->record.version, 2);
  EXPECT_EQ(v2->record.based_on, v1->record.id);
  ASSERT_TRUE(service.approve(pimpinan, v2->record.id).ok());
  EXPECT_EQ(service.get(ops, v1->record.id)->record.status, store::PlanStatus::superseded);
  EXPECT_EQ(service.get(ops, v2->record.id)->record.status, store::PlanStatus::approved);
  auto diff = service.diff(ops, v2->record.id, v1->record.id);
  ASSERT_TRUE(diff.ok());
  const auto sick = std::find_if(diff->changes.begin(), diff->changes.end(),
                                 [](const DiffChange& c) { return c.nrp == "88000002"; });
  ASSERT_NE(sick, diff->changes.end());
  EXPECT_EQ(sick->change, "removed");
  // Sinjai's officer is out of reach, and Sinjai's Ops sees no Jember plan.
  auto sinjai = f->actor_of("POLRES-SINJAI", Role::ops);
  EXPECT_EQ(service.get(sinjai, v1->record.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(service.replan(ops, v2->record.id, "x", {}, {"00000000"}).error().field, "bko");
}

SIAGA_ON_BOTH_DATABASES(DeploymentServiceTest);

}  // namespace
}  // namespace siaga::service
