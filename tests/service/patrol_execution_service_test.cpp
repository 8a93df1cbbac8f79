#include "service/patrol_execution_service.hpp"

#include <gtest/gtest.h>

#include <numbers>

#include "service/event_bus.hpp"
#include "service/field_unit_service.hpp"
#include "service/patrol_plan_service.hpp"
#include "support/fixture.hpp"

namespace siaga::service {
namespace {

using siaga::testing::Backend;
using siaga::testing::Fixture;
using std::chrono::minutes;

constexpr double kEarthRadiusM = 6371008.8;

// `metres` due north of `from`.
LatLon north_of(LatLon from, double metres) {
  return {from.lat + metres / kEarthRadiusM * 180 / std::numbers::pi, from.lon};
}

// The fixture's clock stands at 2024-11-20T00:00Z, 07:00 WIB. Polres Jember
// plans a morning patrol of one team (the Kaliwates patrol car) from 06:00
// to 14:00 WIB over three stops in Kaliwates:
//   Pasar Tanjung   06:00-07:00 WIB (23:00Z-00:00Z, closes as the test starts)
//   Pos Kaliwates   07:00-09:00 WIB (00:00Z-02:00Z)
//   Simpang Mangli  07:30-10:00 WIB (00:30Z-03:00Z)
class PatrolExecutionTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    f = std::make_unique<Fixture>(GetParam());
    f->load_registry();
    f->ctx->events = &bus;
    ops = f->actor_of("POLRES-JEMBER", Role::ops);
    officer = f->actor_of("POLRES-JEMBER", Role::officer);
    sinjai = f->actor_of("POLRES-SINJAI", Role::ops);
    FieldUnitService units(*f->ctx);
    for (const char* name : {"Patroli Kaliwates 1", "Patroli Sumbersari"}) {
      FieldUnitInput in;
      in.call_sign = name;
      in.kind = FieldUnitKind::mobil_patroli;
      in.unit_code = "POLSEK-35.09.19";
      in.lat = -8.17;
      in.lon = 113.69;
      auto made = units.create(ops, in);
      ASSERT_TRUE(made.ok()) << made.error().message_en;
      unit_ids.push_back(made->id);
    }
    PatrolPlanInput plan;
    plan.kind = "patroli_gabungan";
    plan.name = "Patroli pagi Kaliwates";
    plan.date = "2024-11-20";
    plan.shift_start = "06:00";
    plan.shift_end = "14:00";
    PatrolTeamInput team;
    team.field_unit_id = unit_ids[0];
    team.partners = "TNI 1";
    plan.teams.push_back(team);
    auto stop = [](const char* name, LatLon at, const char* open, const char* close) {
      PatrolStopInput s;
      s.name = name;
      s.position = at;
      s.window_open = open;
      s.window_close = close;
      s.service_minutes = 5;
      return s;
    };
    plan.stops = {stop("Pasar Tanjung", kPasar, "06:00", "07:00"),
                  stop("Pos Kaliwates", kPos, "07:00", "09:00"),
                  stop("Simpang Mangli", kSimpang, "07:30", "10:00")};
    PatrolPlanService plans(*f->ctx);
    auto created = plans.create(ops, plan);
    ASSERT_TRUE(created.ok()) << created.error().field << ": " << created.error().message_en;
    plan_id = created->view.plan.id;
    auto solved = plans.solve(ops, plan_id, 0.2);
    ASSERT_TRUE(solved.ok()) << solved.error().message_en;
    for (const PatrolStop& s : solved->plan.stops) {
      ASSERT_TRUE(s.team_id) << s.name << " unserved: " << s.unserved_reason;
      stop_ids[s.name] = s.id;
    }
    team_id = solved->plan.teams.at(0).id;
    subscription = bus.subscribe([this](const Event& e) {
      if (e.type.starts_with("patrol.")) seen.push_back(e);
    });
  }

  void TearDown() override { subscription.reset(); }

  Result<PingResult> post(std::vector<PositionPing> pings, std::int64_t unit = 0) {
    return FieldUnitService(*f->ctx).record_positions(officer, unit ? unit : unit_ids[0], pings);
  }

  TapCheckInInput tap(const char* stop, LatLon at) {
    TapCheckInInput in;
    in.team_id = team_id;
    in.stop_id = stop_ids.at(stop);
    in.position = at;
    in.accuracy_m = 8;
    return in;
  }

  const StopComplianceView& stop_in(const ComplianceView& c, const char* name) {
    for (const auto& s : c.stops) {
      if (s.name == name) return s;
    }
    throw std::runtime_error(std::string("no stop ") + name);
  }

  std::int64_t check_ins() { return std::stoll(f->sql("SELECT count(*) FROM patrol_check_ins")); }
  std::size_t count_seen(const std::string& type) {
    return static_cast<std::size_t>(
        std::count_if(seen.begin(), seen.end(), [&](const Event& e) { return e.type == type; }));
  }

  static constexpr LatLon kPasar{-8.1650, 113.6850};
  static constexpr LatLon kPos{-8.1700, 113.6880};
  static constexpr LatLon kSimpang{-8.1750, 113.6950};

  std::unique_ptr<Fixture> f;
  InProcessEventBus bus;
  std::unique_ptr<EventBus::Subscription> subscription;
  std::vector<Event> seen;
  Actor ops, officer, sinjai;
  std::vector<std::int64_t> unit_ids;
  std::int64_t plan_id = 0;
  std::int64_t team_id = 0;
  std::map<std::string, std::int64_t> stop_ids;
};

TEST_P(PatrolExecutionTest, PositionsAlongTheRouteCheckInStopsByGeofence) {
  f->clock.advance(std::chrono::hours(1));  // 08:00 WIB
  auto stored = post({
      {north_of(kPos, 400), "2024-11-20T00:10:00Z", 5},       // approaching: 400 m
      {north_of(kPos, 60), "2024-11-20T00:15:00Z", 5},        // inside the fence: the visit
      {north_of(kPos, 10), "2024-11-20T00:16:00Z", 5},        // later points change nothing
      {north_of(kSimpang, 20), "2024-11-20T00:20:00Z", 5},    // before its window opens
      {north_of(kSimpang, 30), "2024-11-20T00:40:00Z", 150},  // too vague a fix
      {north_of(kSimpang, 99), "2024-11-20T00:45:00Z", 12},
  });
  ASSERT_TRUE(stored.ok()) << stored.error().message_en;
  EXPECT_EQ(stored->stored, 6u);
  EXPECT_EQ(check_ins(), 2);

  auto c = PatrolExecutionService(*f->ctx).compliance(ops, plan_id);
  ASSERT_TRUE(c.ok()) << c.error().message_en;
  const auto& pos = stop_in(*c, "Pos Kaliwates");
  EXPECT_EQ(pos.status, StopStatus::selesai);
  EXPECT_EQ(pos.visited_at, "2024-11-20T00:15:00Z");  // first point wins
  EXPECT_EQ(pos.method, "geofence");
  const auto& simpang = stop_in(*c, "Simpang Mangli");
  EXPECT_EQ(simpang.status, StopStatus::selesai);
  EXPECT_EQ(simpang.visited_at, "2024-11-20T00:45:00Z");

  ASSERT_EQ(count_seen("patrol.checkin"), 2u);
  EXPECT_EQ(seen[0].desa_code, "35.09");  // the Polres plan's region
  EXPECT_NE(seen[0].data.find("\"method\":\"geofence\""), std::string::npos);
  EXPECT_NE(seen[0].data.find("\"status\":\"selesai\""), std::string::npos);

  // A unit on no patrol posts as before.
  auto other = post({{kPasar, "2024-11-20T00:50:00Z", 5}}, unit_ids[1]);
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->stored, 1u);
  EXPECT_EQ(check_ins(), 2);
  // The track replays the shift's points in time order.
  auto tracks = PatrolExecutionService(*f->ctx).tracks(ops, plan_id, team_id);
  ASSERT_TRUE(tracks.ok());
  ASSERT_EQ(tracks->size(), 1u);
  ASSERT_EQ((*tracks)[0].points.size(), 6u);
  EXPECT_EQ((*tracks)[0].points.front().at, "2024-11-20T00:10:00Z");
  EXPECT_EQ((*tracks)[0].points.back().at, "2024-11-20T00:45:00Z");
}

TEST_P(PatrolExecutionTest, AFarTapIsRefusedWithTheDistanceAndNothingStored) {
  PatrolExecutionService service(*f->ctx);
  auto far = service.check_in(officer, plan_id, tap("Pos Kaliwates", north_of(kPos, 150)));
  ASSERT_FALSE(far.ok());
  EXPECT_EQ(far.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(far.error().field, "position");
  EXPECT_NE(far.error().message.find("150 m"), std::string::npos) << far.error().message;
  EXPECT_NE(far.error().message_en.find("150 m"), std::string::npos);
  EXPECT_EQ(check_ins(), 0);
  EXPECT_EQ(f->sql("SELECT status FROM patrol_stops WHERE name = 'Pos Kaliwates'"), "menunggu");
  EXPECT_TRUE(seen.empty());

  auto wrong_team = tap("Pos Kaliwates", kPos);
  wrong_team.team_id = team_id + 1000;
  EXPECT_EQ(service.check_in(officer, plan_id, wrong_team).error().field, "team_id");
  auto outsider = service.check_in(sinjai, plan_id, tap("Pos Kaliwates", kPos));
  EXPECT_EQ(outsider.error().code, ErrorCode::not_found);
  auto text = tap("Pos Kaliwates", kPos);
  text.photo = "not a picture";
  EXPECT_EQ(service.check_in(officer, plan_id, text).error().field, "photo");
  EXPECT_EQ(check_ins(), 0);

  // The team's own Polsek officer taps in at its stop of the Polres plan.
  const Actor polsek = f->actor_of("POLSEK-35.09.19", Role::officer);
  auto near = service.check_in(polsek, plan_id, tap("Pos Kaliwates", north_of(kPos, 50)));
  ASSERT_TRUE(near.ok()) << near.error().message_en;
  EXPECT_EQ(near->status, StopStatus::selesai);
  EXPECT_EQ(near->check_in.method, CheckInMethod::tap);
  EXPECT_NEAR(near->check_in.distance_m, 50, 0.5);
  auto again = service.check_in(officer, plan_id, tap("Pos Kaliwates", kPos));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
  EXPECT_EQ(check_ins(), 1);
  EXPECT_EQ(f->sql("SELECT count(*) FROM audit_log WHERE action = 'patrol.check_in'"), "1");
}

TEST_P(PatrolExecutionTest, ALateTapIsTerlambatAndRaisesAnAlert) {
  f->clock.advance(std::chrono::hours(3) + minutes(5));  // 10:05 WIB, Simpang closed at 10:00
  PatrolExecutionService service(*f->ctx);
  auto late = service.check_in(officer, plan_id, tap("Simpang Mangli", kSimpang));
  ASSERT_TRUE(late.ok()) << late.error().message_en;
  EXPECT_EQ(late->status, StopStatus::terlambat);
  EXPECT_TRUE(late->check_in.late);
  ASSERT_EQ(count_seen("patrol.alert"), 1u);
  const Event& alert = seen.back();
  EXPECT_NE(alert.data.find("\"kind\":\"terlambat\""), std::string::npos) << alert.data;
  EXPECT_NE(alert.data.find("Simpang Mangli"), std::string::npos);
  EXPECT_NE(alert.data.find("Patroli Kaliwates 1"), std::string::npos);
  EXPECT_EQ(count_seen("patrol.checkin"), 1u);
  // The sweep does not alert it a second time.
  f->clock.advance(minutes(30));
  auto swept = service.sweep(f->clock.now());
  ASSERT_TRUE(swept.ok());
  EXPECT_EQ(f->sql("SELECT status FROM patrol_stops WHERE name = 'Simpang Mangli'"), "terlambat");
}

TEST_P(PatrolExecutionTest, TheSweepMarksAStopMissedOnceAfterTheGrace) {
  PatrolExecutionService service(*f->ctx);
  // Pasar Tanjung closed at 00:00Z; the grace is 10 minutes.
  f->clock.advance(minutes(10));
  auto early = service.sweep(f->clock.now());
  ASSERT_TRUE(early.ok()) << early.error().message_en;
  EXPECT_EQ(early->missed, 0);
  EXPECT_TRUE(seen.empty());
  f->clock.advance(std::chrono::seconds(1));
  auto due = service.sweep(f->clock.now());
  ASSERT_TRUE(due.ok());
  EXPECT_EQ(due->missed, 1);
  ASSERT_EQ(count_seen("patrol.alert"), 1u);
  EXPECT_NE(seen[0].data.find("\"kind\":\"terlewat\""), std::string::npos);
  EXPECT_NE(seen[0].data.find("Pasar Tanjung"), std::string::npos);
  EXPECT_NE(seen[0].data.find("\"window_close_at\":\"2024-11-20T00:00:00Z\""), std::string::npos);
  f->clock.advance(minutes(5));
  auto again = service.sweep(f->clock.now());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->missed, 0);
  EXPECT_EQ(count_seen("patrol.alert"), 1u);
  EXPECT_EQ(f->sql("SELECT status FROM patrol_stops WHERE name = 'Pasar Tanjung'"), "terlewat");
  EXPECT_NE(f->sql("SELECT alerted_at FROM patrol_stops WHERE name = 'Pasar Tanjung'"), "");
  // Visited late after all: terlambat by a tap, without a second alert.
  auto late = service.check_in(officer, plan_id, tap("Pasar Tanjung", kPasar));
  ASSERT_TRUE(late.ok()) << late.error().message_en;
  EXPECT_EQ(late->status, StopStatus::terlambat);
  EXPECT_EQ(count_seen("patrol.alert"), 1u);
  EXPECT_EQ(count_seen("patrol.checkin"), 1u);
}

TEST_P(PatrolExecutionTest, ComplianceCountsPerPlanAndTeam) {
  PatrolExecutionService service(*f->ctx);
  f->clock.advance(minutes(20));                    // 07:20 WIB
  ASSERT_TRUE(service.sweep(f->clock.now()).ok());  // Pasar Tanjung missed
  ASSERT_TRUE(service.check_in(officer, plan_id, tap("Pos Kaliwates", kPos)).ok());
  auto c = service.compliance(ops, plan_id);
  ASSERT_TRUE(c.ok()) << c.error().message_en;
  EXPECT_EQ(c->plan, (ComplianceCounts{3, 1, 0, 1, 1}));
  ASSERT_EQ(c->teams.size(), 1u);
  EXPECT_EQ(c->teams[0].call_sign, "Patroli Kaliwates 1");
  EXPECT_EQ(c->teams[0].counts, (ComplianceCounts{3, 1, 0, 1, 1}));
  // Past Simpang Mangli's close and grace, compliance counts it missed even
  // before the sweep has run.
  f->clock.advance(std::chrono::hours(3));
  c = service.compliance(ops, plan_id);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->plan, (ComplianceCounts{3, 1, 0, 2, 0}));
  // The documents render for the plan.
  auto pdf = service.compliance_pdf(ops, plan_id);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message_en;
  EXPECT_EQ(pdf->rfind("%PDF-", 0), 0u);
  auto xlsx = service.schedule_xlsx(ops, plan_id);
  ASSERT_TRUE(xlsx.ok()) << xlsx.error().message_en;
  EXPECT_EQ(xlsx->rfind("PK", 0), 0u);
  EXPECT_EQ(service.compliance(sinjai, plan_id).error().code, ErrorCode::not_found);
}

SIAGA_ON_BOTH_DATABASES(PatrolExecutionTest);

}  // namespace
}  // namespace siaga::service
