#include "engine/route_check/route_check.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "engine/route_check/from_routing.hpp"
#include "engine/route_check/solomon_text.hpp"

namespace siaga::engine::route_check {
namespace {

// A depot at x = 0 and three stops on a line at x = 10, 20, 30; travel is the
// distance. Two vehicles of capacity 10 on shift [0, 200].
Instance line_instance() {
  Instance instance;
  instance.name = "line";
  instance.locations = 4;
  std::vector<double> travel(16);
  for (std::size_t i = 0; i < 4; ++i) {
    for (std::size_t j = 0; j < 4; ++j) {
      travel[i * 4 + j] = 10.0 * std::abs(static_cast<double>(i) - static_cast<double>(j));
    }
  }
  instance.travel.push_back(travel);
  instance.visits = {
      {101, 1, 0, 50, 5, 4},
      {102, 2, 40, 80, 5, 4},
      {103, 3, 0, 100, 5, 4},
  };
  instance.vehicles = {{1, 0, 0, 0, 200, 10, 0}, {2, 0, 0, 0, 200, 10, 0}};
  return instance;
}

// Vehicle 0: A (arrive 10, serve 10-15), B (arrive 25, wait, serve 40-45),
// back at 65; vehicle 1: C (arrive 30, serve 30-35), back at 65. Cost 40 + 60.
Solution valid_solution() {
  Solution s;
  s.routes = {{0, {0, 1}, {}, {}, {}, {}, {}}, {1, {2}, {}, {}, {}, {}, {}}};
  s.claimed_cost = 100;
  return s;
}

TEST(RouteCheck, ValidPlanPasses) {
  const Instance instance = line_instance();
  const Report report = check(instance, valid_solution());
  EXPECT_TRUE(report.ok()) << report.describe(instance);
  EXPECT_DOUBLE_EQ(report.cost, 100);
  EXPECT_EQ(report.served, 3u);
  EXPECT_EQ(report.unserved, 0u);
  ASSERT_EQ(report.routes.size(), 2u);
  EXPECT_DOUBLE_EQ(report.routes[0].return_time, 65);  // waited for B's window
  EXPECT_DOUBLE_EQ(report.routes[0].load, 8);
  EXPECT_DOUBLE_EQ(report.routes[1].travel, 60);
}

TEST(RouteCheck, ListedUnservedVisitIsNotMissing) {
  const Instance instance = line_instance();
  Solution s = valid_solution();
  s.routes[1].visits.clear();  // an empty route: depot to depot, 0
  s.unserved = {2};
  s.claimed_cost = 40;
  const Report report = check(instance, s);
  EXPECT_TRUE(report.ok()) << report.describe(instance);
  EXPECT_EQ(report.unserved, 1u);
}

TEST(RouteCheck, DetectsLateStartAfterWaiting) {
  Instance instance = line_instance();
  // B opens at 40; C after B starts at 55 + 10 = 55 > 50.
  instance.visits[2].close = 50;
  Solution s;
  s.routes = {{0, {1, 2}, {}, {}, {}, {}, {}}, {1, {0}, {}, {}, {}, {}, {}}};
  s.claimed_cost = 60 + 20;
  const Report report = check(instance, s);
  ASSERT_EQ(report.violations.size(), 1u) << report.describe(instance);
  const Violation& v = report.violations[0];
  EXPECT_EQ(v.kind, ViolationKind::late_start);
  EXPECT_EQ(v.route, 0u);
  EXPECT_EQ(v.visit, 2u);
  EXPECT_NE(v.detail.find("starts at 55"), std::string::npos) << v.detail;
  EXPECT_NE(report.describe(instance).find("route 0, visit 2 (id 103), late_start"),
            std::string::npos)
      << report.describe(instance);
}

TEST(RouteCheck, StartExactlyAtCloseIsOnTime) {
  Instance instance = line_instance();
  instance.visits[0].close = 10;  // arrival 10
  EXPECT_TRUE(check(instance, valid_solution()).ok());
}

TEST(RouteCheck, AbsoluteSlackForgivesTimesRoundedToTheSecond) {
  Instance instance = line_instance();
  instance.visits[0].close = 9.4;  // arrival 10: 0.6 late
  const Report strict = check(instance, valid_solution());
  ASSERT_EQ(strict.count(ViolationKind::late_start), 1u) << strict.describe(instance);
  CheckOptions rounded;
  rounded.time_slack = 1.0;
  EXPECT_TRUE(check(instance, valid_solution(), rounded).ok());
  instance.visits[0].close = 8.9;  // 1.1 late: beyond the slack
  EXPECT_EQ(check(instance, valid_solution(), rounded).count(ViolationKind::late_start), 1u);
}

TEST(RouteCheck, DetectsOverCapacity) {
  Instance instance = line_instance();
  instance.vehicles[0].capacity = 7;
  const Report report = check(instance, valid_solution());
  ASSERT_EQ(report.violations.size(), 1u) << report.describe(instance);
  EXPECT_EQ(report.violations[0].kind, ViolationKind::over_capacity);
  EXPECT_EQ(report.violations[0].route, 0u);
}

TEST(RouteCheck, DetectsShiftOverrun) {
  Instance instance = line_instance();
  instance.vehicles[1].shift_close = 64;  // back at 65
  const Report report = check(instance, valid_solution());
  ASSERT_EQ(report.violations.size(), 1u) << report.describe(instance);
  EXPECT_EQ(report.violations[0].kind, ViolationKind::shift_overrun);
  EXPECT_EQ(report.violations[0].route, 1u);
}

TEST(RouteCheck, DetectsVisitServedTwice) {
  const Instance instance = line_instance();
  Solution s = valid_solution();
  s.routes[1].visits = {0, 2};
  s.claimed_cost = 100;
  const Report report = check(instance, s);
  EXPECT_EQ(report.count(ViolationKind::duplicate_visit), 1u) << report.describe(instance);
  EXPECT_EQ(report.violations[0].visit, 0u);
}

TEST(RouteCheck, DetectsVisitServedAndListedUnserved) {
  const Instance instance = line_instance();
  Solution s = valid_solution();
  s.unserved = {1};
  const Report report = check(instance, s);
  ASSERT_EQ(report.violations.size(), 1u) << report.describe(instance);
  EXPECT_EQ(report.violations[0].kind, ViolationKind::duplicate_visit);
  EXPECT_EQ(report.violations[0].visit, 1u);
}

TEST(RouteCheck, DetectsMissingVisit) {
  const Instance instance = line_instance();
  Solution s = valid_solution();
  s.routes.pop_back();
  s.claimed_cost = 40;
  const Report report = check(instance, s);
  ASSERT_EQ(report.violations.size(), 1u) << report.describe(instance);
  EXPECT_EQ(report.violations[0].kind, ViolationKind::missing_visit);
  EXPECT_EQ(report.violations[0].visit, 2u);
}

TEST(RouteCheck, DetectsTooManyRoutesAndReusedVehicle) {
  const Instance instance = line_instance();
  Solution s;
  s.routes = {
      {0, {0}, {}, {}, {}, {}, {}}, {1, {1}, {}, {}, {}, {}, {}}, {1, {2}, {}, {}, {}, {}, {}}};
  s.claimed_cost = 20 + 40 + 60;
  const Report report = check(instance, s);
  EXPECT_EQ(report.count(ViolationKind::too_many_routes), 1u) << report.describe(instance);
  EXPECT_EQ(report.count(ViolationKind::vehicle_reused), 1u) << report.describe(instance);
  EXPECT_EQ(report.violations.size(), 2u) << report.describe(instance);
}

TEST(RouteCheck, DetectsUnknownVehicleAndVisit) {
  const Instance instance = line_instance();
  Solution s = valid_solution();
  s.routes[1].vehicle = 7;
  s.routes[0].visits.push_back(9);
  s.unserved = {12};
  s.claimed_cost = 40;
  const Report report = check(instance, s);
  EXPECT_EQ(report.count(ViolationKind::unknown_vehicle), 1u) << report.describe(instance);
  EXPECT_EQ(report.count(ViolationKind::unknown_visit), 2u) << report.describe(instance);
}

TEST(RouteCheck, DetectsWrongCostClaim) {
  const Instance instance = line_instance();
  Solution s = valid_solution();
  s.claimed_cost = 100.001;  // 1e-5 relative
  const Report report = check(instance, s);
  ASSERT_EQ(report.violations.size(), 1u) << report.describe(instance);
  EXPECT_EQ(report.violations[0].kind, ViolationKind::cost_mismatch);
  s.claimed_cost = 100.00001;  // 1e-7 relative: rounding, accepted
  EXPECT_TRUE(check(instance, s).ok());
}

TEST(RouteCheck, CostUsesEachVehiclesProfile) {
  Instance instance = line_instance();
  std::vector<double> slow = instance.travel[0];
  for (double& t : slow) t *= 2;
  instance.travel.push_back(slow);
  instance.vehicles[1].profile = 1;  // C: 30 + 30 doubled
  Solution s = valid_solution();
  s.claimed_cost = 40 + 120;
  const Report report = check(instance, s);
  EXPECT_TRUE(report.ok()) << report.describe(instance);
}

// Claimed timetables (from the solver's plan) must agree with the walk.
routing::Problem line_problem() {
  const Instance instance = line_instance();
  routing::Problem p;
  p.locations = instance.locations;
  p.travel = instance.travel;
  for (const Visit& v : instance.visits) {
    p.visits.push_back({v.id, v.location, v.open, v.close, v.service, v.demand, 1});
  }
  for (const Vehicle& v : instance.vehicles) {
    p.vehicles.push_back({v.id, v.start, v.end, v.shift_open, v.shift_close, v.capacity, 0});
  }
  return p;
}

routing::Plan line_plan() {
  routing::Plan plan;
  routing::Route a;
  a.vehicle = 0;
  a.departure = 0;
  a.return_time = 65;
  a.travel = 40;
  a.load = 8;
  a.visits = {{0, 10, 10, 15}, {1, 25, 40, 45}};
  routing::Route c;
  c.vehicle = 1;
  c.departure = 5;  // leaves later: arrival 35
  c.return_time = 70;
  c.travel = 60;
  c.load = 4;
  c.visits = {{2, 35, 35, 40}};
  plan.routes = {a, c};
  plan.cost = 100;
  return plan;
}

TEST(RouteCheck, PlanWithItsTimetablePasses) {
  const Report report = check_plan(line_problem(), line_plan());
  EXPECT_TRUE(report.ok()) << report.describe(from_routing(line_problem(), line_plan()).instance);
  EXPECT_DOUBLE_EQ(report.routes[1].departure, 5);
}

TEST(RouteCheck, DetectsPlanTimesThatDisagree) {
  routing::Plan plan = line_plan();
  plan.routes[0].visits[1].start = 25;  // did not wait for the window
  plan.routes[1].return_time = 65;
  plan.routes[1].load = 3;
  const Report report = check_plan(line_problem(), plan);
  EXPECT_EQ(report.count(ViolationKind::timetable_mismatch), 2u)
      << report.describe(from_routing(line_problem(), plan).instance);
  EXPECT_EQ(report.count(ViolationKind::route_figure_mismatch), 1u);
}

TEST(RouteCheck, DetectsDepartureBeforeShift) {
  routing::Problem problem = line_problem();
  problem.vehicles[1].shift_open = 10;
  const Report report = check_plan(problem, line_plan());
  ASSERT_EQ(report.violations.size(), 1u);
  EXPECT_EQ(report.violations[0].kind, ViolationKind::early_departure);
}

TEST(RouteCheck, PlanUnservedListIsRead) {
  routing::Plan plan = line_plan();
  plan.routes.pop_back();
  plan.cost = 40;
  plan.unserved = {{2, routing::UnservedReason::fleet_too_small}};
  EXPECT_TRUE(check_plan(line_problem(), plan).ok());
}

TEST(RouteCheck, AnswerByIdsMapsRoutesToVehicles) {
  const Instance instance = line_instance();
  IdAnswer answer{{{101, 102}, {103}}, {}, 100, 2};
  EXPECT_TRUE(check_ids(instance, answer).ok());
  answer.routes[1] = {103, 555};
  answer.vehicles = 1;
  const Report report = check_ids(instance, answer);
  EXPECT_EQ(report.count(ViolationKind::unknown_visit), 1u) << report.describe(instance);
  EXPECT_EQ(report.count(ViolationKind::vehicle_count_mismatch), 1u) << report.describe(instance);
  EXPECT_EQ(report.violations.size(), 2u) << report.describe(instance);
}

constexpr const char* kTinySolomon = R"(TINY

VEHICLE
NUMBER     CAPACITY
  2         20

CUSTOMER
CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME
 
    0      0          0          0          0        100          0   
    1      3          4         10          0         50         10   
    2      6          8          5         20         30         10   
    3      0         10         10          0        100          5   
)";

TEST(RouteCheckSolomon, ReadsDepotFleetAndCustomers) {
  const auto instance = instance_from_solomon(kTinySolomon);
  ASSERT_TRUE(instance.ok()) << instance.error().message_en;
  EXPECT_EQ(instance->name, "TINY");
  EXPECT_EQ(instance->locations, 4u);
  ASSERT_EQ(instance->visits.size(), 3u);
  EXPECT_EQ(instance->visits[1].id, 2);
  EXPECT_DOUBLE_EQ(instance->visits[1].open, 20);
  EXPECT_DOUBLE_EQ(instance->visits[1].close, 30);
  EXPECT_DOUBLE_EQ(instance->visits[1].service, 10);
  EXPECT_DOUBLE_EQ(instance->visits[1].demand, 5);
  ASSERT_EQ(instance->vehicles.size(), 2u);
  EXPECT_DOUBLE_EQ(instance->vehicles[0].capacity, 20);
  EXPECT_DOUBLE_EQ(instance->vehicles[0].shift_close, 100);
  EXPECT_DOUBLE_EQ(instance->travel[0][0 * 4 + 1], 5);
  EXPECT_DOUBLE_EQ(instance->travel[0][1 * 4 + 2], 5);
  // 0 -> 1 -> 2 -> 0: 5 + 5 + 10; 0 -> 3 -> 0: 20.
  IdAnswer answer{{{1, 2}, {3}}, {}, 40, 2};
  const Report report = check_ids(*instance, answer);
  EXPECT_TRUE(report.ok()) << report.describe(*instance);
  answer.routes = {{2, 1}, {3}};  // 2 starts at 20, 1 at 35 <= 50
  answer.cost = 10 + 5 + 5 + 20;
  EXPECT_TRUE(check_ids(*instance, answer).ok());
  answer.routes = {{1, 2, 3}};  // load 25 > 20
  answer.cost = 5 + 5 + std::sqrt(40.0) + 10;
  EXPECT_EQ(check_ids(*instance, answer).count(ViolationKind::over_capacity), 1u);
}

TEST(RouteCheckSolomon, RejectsMalformedText) {
  EXPECT_FALSE(instance_from_solomon("X\nVEHICLE\n2 20\n").ok());              // no depot
  EXPECT_FALSE(instance_from_solomon("X\nCUSTOMER\n0 0 0 0 0 100 0\n").ok());  // no fleet
  const auto bad_row = instance_from_solomon("X\nVEHICLE\n2 20\nCUSTOMER\n0 0 0 0 0 100\n");
  ASSERT_FALSE(bad_row.ok());
  EXPECT_EQ(bad_row.error().field, "line 5");
  EXPECT_FALSE(
      instance_from_solomon("X\nVEHICLE\n2 20\nCUSTOMER\n0 0 0 0 0 100 0\n1 1 1 1 50 40 0\n")
          .ok());  // window ends before it starts
}

}  // namespace
}  // namespace siaga::engine::route_check
