// The patrol repository on both databases: what the execution side relies on
// (active teams, pending and overdue stops, check-ins with photos, tracks).
#include "store/patrol_repo.hpp"

#include <gtest/gtest.h>

#include "support/fixture.hpp"

namespace siaga::store {
namespace {

using siaga::testing::Backend;
using siaga::testing::Fixture;

class PatrolRepoTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    f = std::make_unique<Fixture>(GetParam());
    f->load_registry();
    auto tx = begin(TxMode::write);
    auto unit = tx->units().find_by_code("POLRES-JEMBER");
    ASSERT_TRUE(unit.ok() && unit->has_value());
    FieldUnit fu;
    fu.call_sign = "Patroli Jember 1";
    fu.unit_id = (*unit)->id;
    fu.home_region = "35.09";
    field_unit = *tx->incidents().insert_field_unit(fu);

    plan.unit_id = (*unit)->id;
    plan.kind = PatrolKind::kryd;
    plan.name = "KRYD malam";
    plan.date = "2024-11-26";
    plan.shift_start = "20:00";
    plan.shift_end = "06:00";
    plan.shift_start_at = "2024-11-26T13:00:00Z";
    plan.shift_end_at = "2024-11-26T23:00:00Z";
    plan.depot_unit_id = (*unit)->id;
    plan.depot = LatLon{-8.17, 113.7};
    plan.regency_code = "35.09";
    plan.province_code = "35";
    plan.created_by = "test";
    plan.created_at = "2024-11-20T00:00:00Z";
    PatrolTeam team;
    team.field_unit_id = field_unit;
    team.partners = "TNI 1";
    plan.teams.push_back(team);
    PatrolNeed need;
    plan.needs.push_back(need);
    for (int i = 0; i < 3; ++i) {
      PatrolStop s;
      s.name = "Titik " + std::to_string(i + 1);
      s.position = LatLon{-8.17 + 0.001 * i, 113.69};
      s.window_open_at = "2024-11-26T1" + std::to_string(4 + i) + ":00:00Z";
      s.window_close_at = "2024-11-26T1" + std::to_string(5 + i) + ":00:00Z";
      s.service_s = 600;
      plan.stops.push_back(s);
    }
    ASSERT_TRUE(tx->patrols().create_plan(plan, {-1, 0, -1}).ok());
    ASSERT_TRUE(tx->commit().ok());
  }

  std::unique_ptr<Transaction> begin(TxMode mode) {
    auto tx = f->db->begin(mode);
    EXPECT_TRUE(tx.ok());
    return std::move(*tx);
  }

  // Routes the three stops to the team in the order 3, 1, 2.
  void solve() {
    PatrolSolution sol;
    sol.solved_at = "2024-11-20T01:00:00Z";
    sol.cost_s = 900;
    sol.distance_m = 5000;
    PatrolTeamRoute r;
    r.team_id = plan.teams[0].id;
    r.departure_at = "2024-11-26T13:30:00Z";
    r.return_at = "2024-11-26T17:00:00Z";
    r.travel_s = 900;
    r.distance_m = 5000;
    sol.teams.push_back(r);
    const int order[] = {2, 3, 1};
    for (int i = 0; i < 3; ++i) {
      PatrolStopRoute s;
      s.stop_id = plan.stops[i].id;
      s.team_id = plan.teams[0].id;
      s.route_order = order[i];
      s.planned_arrival_at = plan.stops[i].window_open_at;
      s.planned_start_at = plan.stops[i].window_open_at;
      sol.stops.push_back(s);
    }
    auto tx = begin(TxMode::write);
    ASSERT_TRUE(tx->patrols().save_solution(plan.id, sol).ok());
    ASSERT_TRUE(tx->commit().ok());
  }

  std::unique_ptr<Fixture> f;
  std::int64_t field_unit = 0;
  PatrolPlan plan;
};

TEST_P(PatrolRepoTest, APlanRoundTripsWithItsIdsAndStaysInsideItsTerritory) {
  EXPECT_GT(plan.id, 0);
  EXPECT_GT(plan.teams[0].id, 0);
  EXPECT_EQ(plan.stops[1].need_id, plan.needs[0].id);
  auto tx = begin(TxMode::read);
  auto found = tx->patrols().find_plan(plan.id, Territory::of_regions({"35.09"}));
  ASSERT_TRUE(found.ok() && found->has_value());
  const PatrolPlan& p = **found;
  EXPECT_EQ(p.unit_name, "Polres Jember");
  EXPECT_EQ(p.teams.at(0).call_sign, "Patroli Jember 1");
  EXPECT_EQ(p.teams.at(0).partners, "TNI 1");
  ASSERT_EQ(p.stops.size(), 3u);
  EXPECT_EQ(p.stops[2].name, "Titik 3");
  EXPECT_EQ(p.stops[1].need_id, plan.needs[0].id);
  EXPECT_FALSE(p.stops[0].need_id.has_value());
  EXPECT_TRUE(p.district_code.empty());
  auto elsewhere = tx->patrols().find_plan(plan.id, Territory::of_regions({"73.07"}));
  ASSERT_TRUE(elsewhere.ok());
  EXPECT_FALSE(elsewhere->has_value());
  auto polsek = tx->patrols().find_plan(plan.id, Territory::of_regions({"35.09.19"}));
  EXPECT_FALSE(polsek->has_value());
  auto list = tx->patrols().list_plans({}, Territory::of_regions({"35"}));
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ(list->front().stops, 3);
  EXPECT_EQ(list->front().menunggu, 3);
  EXPECT_EQ(list->front().zone, "WIB");
  PatrolPlanQuery other_day;
  other_day.date = "2024-11-27";
  EXPECT_TRUE(tx->patrols().list_plans(other_day, Territory::everywhere())->empty());
}

TEST_P(PatrolRepoTest, ActiveTeamsPendingStopsCheckInsAndTracks) {
  solve();
  auto tx = begin(TxMode::write);
  auto& repo = tx->patrols();
  EXPECT_EQ(repo.active_teams_of_field_unit(field_unit, "2024-11-26T12:59:59Z")->size(), 0u);
  auto active = repo.active_teams_of_field_unit(field_unit, "2024-11-26T15:00:00Z");
  ASSERT_EQ(active->size(), 1u);
  EXPECT_EQ(active->front().plan_id, plan.id);
  EXPECT_EQ(active->front().team_id, plan.teams[0].id);

  auto pending = repo.pending_stops_of_team(plan.teams[0].id);
  ASSERT_EQ(pending->size(), 3u);
  EXPECT_EQ((*pending)[0].name, "Titik 3");  // route order 1
  EXPECT_EQ((*pending)[1].name, "Titik 1");

  PatrolCheckIn c;
  c.plan_id = plan.id;
  c.stop_id = plan.stops[0].id;
  c.team_id = plan.teams[0].id;
  c.at = "2024-11-26T14:10:00Z";
  c.position = LatLon{-8.17, 113.69};
  c.accuracy_m = 8;
  c.distance_m = 3;
  c.method = CheckInMethod::tap;
  c.actor = "jember.officer";
  c.photo_type = "image/png";
  const std::string photo("\x89PNG\r\n\x1a\n\0bytes", 14);
  auto id = repo.insert_check_in(c, photo);
  ASSERT_TRUE(id.ok()) << id.error().message_en;
  ASSERT_TRUE(repo.set_stop_status(c.stop_id, StopStatus::selesai, c.at).ok());
  EXPECT_EQ(repo.pending_stops_of_team(plan.teams[0].id)->size(), 2u);
  auto stored = repo.check_ins_of_plan(plan.id);
  ASSERT_EQ(stored->size(), 1u);
  EXPECT_EQ(stored->front().method, CheckInMethod::tap);
  EXPECT_FALSE(stored->front().late);
  EXPECT_EQ(stored->front().photo_type, "image/png");
  auto bytes = repo.check_in_photo(*id);
  ASSERT_TRUE(bytes.ok() && bytes->has_value());
  EXPECT_EQ((*bytes)->first, photo);
  auto stop = repo.find_stop(plan.id, c.stop_id);
  ASSERT_TRUE(stop->has_value());
  EXPECT_EQ((*stop)->status, StopStatus::selesai);
  EXPECT_EQ((*stop)->visited_at, c.at);

  ASSERT_TRUE(tx->incidents()
                  .insert_positions(field_unit,
                                    {{LatLon{-8.17, 113.69}, "2024-11-26T14:00:00Z", 5},
                                     {LatLon{-8.171, 113.69}, "2024-11-26T14:05:00Z", 5},
                                     {LatLon{-8.172, 113.69}, "2024-11-27T01:00:00Z", 5}},
                                    "2024-11-26T14:05:01Z")
                  .ok());
  auto track = repo.track(field_unit, plan.shift_start_at, plan.shift_end_at);
  ASSERT_EQ(track->size(), 2u);
  EXPECT_EQ(track->back().at, "2024-11-26T14:05:00Z");
  ASSERT_TRUE(tx->commit().ok());
}

TEST_P(PatrolRepoTest, OverdueStopsAreThoseOfSolvedPlansStillWaitingAndNotAlerted) {
  {
    auto tx = begin(TxMode::read);
    EXPECT_TRUE(tx->patrols().overdue_stops("2024-11-27T00:00:00Z", 10)->empty())
        << "a draft raises no alert";
  }
  solve();
  auto tx = begin(TxMode::write);
  auto& repo = tx->patrols();
  // Windows close at 15:00, 16:00 and 17:00 UTC.
  auto overdue = repo.overdue_stops("2024-11-26T16:30:00Z", 10);
  ASSERT_EQ(overdue->size(), 2u);
  EXPECT_EQ((*overdue)[0].stop.name, "Titik 1");
  EXPECT_EQ((*overdue)[0].plan_id, plan.id);
  EXPECT_EQ((*overdue)[0].team_id, plan.teams[0].id);
  EXPECT_EQ((*overdue)[0].call_sign, "Patroli Jember 1");
  EXPECT_EQ((*overdue)[0].regency_code, "35.09");
  EXPECT_EQ((*overdue)[0].plan_name, "KRYD malam");
  ASSERT_TRUE(repo.mark_alerted((*overdue)[0].stop.id, "2024-11-26T16:30:00Z").ok());
  ASSERT_TRUE(repo.set_stop_status(plan.stops[1].id, StopStatus::terlambat, "").ok());
  EXPECT_TRUE(repo.overdue_stops("2024-11-26T16:30:00Z", 10)->empty());
  EXPECT_EQ(repo.overdue_stops("2024-11-27T00:00:00Z", 10)->size(), 1u);
  EXPECT_EQ(repo.overdue_stops("2024-11-27T00:00:00Z", 10)->front().stop.name, "Titik 3");
}

SIAGA_ON_BOTH_DATABASES(PatrolRepoTest);

}  // namespace
}  // namespace siaga::store
