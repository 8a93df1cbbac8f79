#include "engine/routing/solver.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <numeric>

#include "engine/routing/routing_test_support.hpp"

namespace siaga::engine::routing {
namespace {

using testing::expect_feasible;
using testing::generated_problem;
using testing::planar_problem;

SolveOptions iterations(std::uint64_t n, unsigned threads = 1, std::uint64_t seed = 1) {
  SolveOptions o;
  o.time_limit = std::chrono::milliseconds(60000);
  o.max_iterations = n;
  o.threads = threads;
  o.seed = seed;
  return o;
}

Vehicle vehicle(std::int64_t id, double capacity = kNoLimit, double shift_close = kNoLimit) {
  Vehicle v;
  v.id = id;
  v.capacity = capacity;
  v.shift_close = shift_close;
  return v;
}

Visit visit(std::int64_t id, std::size_t location, double open = 0, double close = kNoLimit,
            double demand = 0, int priority = 1) {
  Visit v;
  v.id = id;
  v.location = location;
  v.window_open = open;
  v.window_close = close;
  v.demand = demand;
  v.priority = priority;
  return v;
}

std::vector<std::int64_t> unserved_ids(const Problem& p, const Plan& plan) {
  std::vector<std::int64_t> ids;
  for (const auto& u : plan.unserved) ids.push_back(p.visits[u.visit].id);
  return ids;
}

TEST(RoutingSolver, EveryPlanIsFeasibleOnGeneratedInstances) {
  for (std::uint64_t seed = 1; seed <= 12; ++seed) {
    const int visits = 5 + static_cast<int>(seed * 5 % 40);
    const int vehicles = 1 + static_cast<int>(seed % 5);
    const Problem p = generated_problem(seed, visits, vehicles);
    const Plan plan = solve(p, iterations(150, 1 + seed % 2, seed));
    SCOPED_TRACE(::testing::Message() << "seed " << seed);
    expect_feasible(p, plan);
    EXPECT_LE(plan.routes.size(), p.vehicles.size());
  }
}

TEST(RoutingSolver, SameSeedThreadsAndIterationsGiveTheSamePlan) {
  const Problem p = generated_problem(7, 30, 4);
  const Plan a = solve(p, iterations(200, 2, 42));
  const Plan b = solve(p, iterations(200, 2, 42));
  ASSERT_EQ(a.routes.size(), b.routes.size());
  EXPECT_EQ(a.cost, b.cost);
  for (std::size_t r = 0; r < a.routes.size(); ++r) {
    ASSERT_EQ(a.routes[r].visits.size(), b.routes[r].visits.size());
    for (std::size_t i = 0; i < a.routes[r].visits.size(); ++i) {
      EXPECT_EQ(a.routes[r].visits[i].visit, b.routes[r].visits[i].visit);
    }
  }
  EXPECT_EQ(a.iterations, 400u);
}

// Three vehicles cannot serve all twenty visits (capacity and windows):
// the plan keeps the most priority, then the least travel.
TEST(RoutingSolver, GoldenPlanOnASmallOverbookedInstance) {
  const Problem p = generated_problem(3, 20, 3);
  const Plan plan = solve(p, iterations(3000, 1, 1));
  expect_feasible(p, plan);
  int lost = 0;
  for (const auto& u : plan.unserved) lost += p.visits[u.visit].priority;
  EXPECT_EQ(lost, 5);
  EXPECT_NEAR(plan.cost, 539.68756677577403, 1e-6);
  EXPECT_EQ(unserved_ids(p, plan), (std::vector<std::int64_t>{104, 111, 112, 116, 118}));
  for (const auto& u : plan.unserved) EXPECT_EQ(u.reason, UnservedReason::fleet_too_small);
}

// A single vehicle, visits on a line: the optimum is obvious.
TEST(RoutingSolver, FindsTheObviousTourOnALine) {
  Problem p = planar_problem({{0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0}});
  for (std::size_t i = 1; i <= 4; ++i) p.visits.push_back(visit(static_cast<int>(i), i));
  p.vehicles.push_back(vehicle(1));
  const Plan plan = solve(p, iterations(50));
  expect_feasible(p, plan);
  EXPECT_DOUBLE_EQ(plan.cost, 8);
  EXPECT_TRUE(plan.unserved.empty());
}

// Brute force over every giant tour with one route separator (two identical
// vehicles) on 6 visits with windows and capacities.
TEST(RoutingSolver, FindsTheOptimumOfTinyInstances) {
  for (std::uint64_t seed = 1; seed <= 6; ++seed) {
    testing::Draws rng{std::mt19937_64(seed * 7919)};
    std::vector<PlanarPoint> points{{50, 50}};
    for (int i = 0; i < 6; ++i) points.push_back({100 * rng.uniform(), 100 * rng.uniform()});
    Problem p = planar_problem(points);
    for (std::size_t i = 1; i <= 6; ++i) {
      const double open = 150 * rng.uniform();
      p.visits.push_back(
          visit(static_cast<int>(i), i, open, open + 60 + 100 * rng.uniform(), 1 + rng.below(5)));
    }
    p.vehicles = {vehicle(1, 12, 600), vehicle(2, 12, 600)};
    // Tokens 0..5 are visits, 6 splits the two routes.
    std::vector<int> order{0, 1, 2, 3, 4, 5, 6};
    double best = std::numeric_limits<double>::infinity();
    do {
      double total = 0;
      bool ok = true;
      std::size_t at = 0;
      double t = 0;
      double load = 0;
      auto close_route = [&] {
        total += p.travel_time(0, at, 0);
        ok = ok && t + p.travel_time(0, at, 0) <= 600 && load <= 12;
        at = 0;
        t = 0;
        load = 0;
      };
      for (int token : order) {
        if (token == 6) {
          close_route();
          continue;
        }
        const Visit& v = p.visits[token];
        total += p.travel_time(0, at, v.location);
        t = std::max(t + p.travel_time(0, at, v.location), v.window_open);
        ok = ok && t <= v.window_close;
        load += v.demand;
        at = v.location;
      }
      close_route();
      if (ok) best = std::min(best, total);
    } while (std::next_permutation(order.begin(), order.end()));
    ASSERT_LT(best, std::numeric_limits<double>::infinity()) << "seed " << seed;
    const Plan plan = solve(p, iterations(300, 2, seed));
    expect_feasible(p, plan);
    EXPECT_TRUE(plan.unserved.empty());
    EXPECT_NEAR(plan.cost, best, 1e-6) << "seed " << seed;
  }
}

TEST(RoutingSolver, CapacityBindsAcrossVehicles) {
  Problem p = planar_problem({{0, 0}, {10, 0}, {10, 1}, {10, 2}});
  for (std::size_t i = 1; i <= 3; ++i)
    p.visits.push_back(visit(static_cast<int>(i), i, 0, kNoLimit, 6));
  p.vehicles = {vehicle(1, 12), vehicle(2, 6)};
  const Plan plan = solve(p, iterations(100));
  expect_feasible(p, plan);
  EXPECT_TRUE(plan.unserved.empty());
  EXPECT_EQ(plan.routes.size(), 2u);
}

TEST(RoutingSolver, ShiftBindsAcrossVehicles) {
  // Going to both far points and back takes 40; a shift lasts 25.
  Problem p = planar_problem({{0, 0}, {10, 0}, {-10, 0}});
  p.visits = {visit(1, 1), visit(2, 2)};
  p.vehicles = {vehicle(1, kNoLimit, 25), vehicle(2, kNoLimit, 25)};
  const Plan plan = solve(p, iterations(100));
  expect_feasible(p, plan);
  EXPECT_TRUE(plan.unserved.empty());
  EXPECT_EQ(plan.routes.size(), 2u);
  EXPECT_DOUBLE_EQ(plan.cost, 40);
}

TEST(RoutingSolver, FleetTooSmallDropsTheLowestPriority) {
  // One car; three visits whose windows all open at 10 and close at 12,
  // far apart: only one can be served, the highest priority.
  Problem p = planar_problem({{0, 0}, {10, 0}, {0, 10}, {-10, 0}});
  p.visits = {visit(1, 1, 10, 12, 0, 2), visit(2, 2, 10, 12, 0, 5), visit(3, 3, 10, 12, 0, 1)};
  p.vehicles = {vehicle(1)};
  const Plan plan = solve(p, iterations(200));
  expect_feasible(p, plan);
  ASSERT_EQ(plan.routes.size(), 1u);
  ASSERT_EQ(plan.routes[0].visits.size(), 1u);
  EXPECT_EQ(p.visits[plan.routes[0].visits[0].visit].id, 2);
  ASSERT_EQ(plan.unserved.size(), 2u);
  for (const auto& u : plan.unserved) EXPECT_EQ(u.reason, UnservedReason::fleet_too_small);
}

// A large, heavily overbooked plan (300 visits, two vehicles that carry
// about a dozen): the search itself finds feasible plans (it starts from a
// construction by priority), and the visits kept are the high-priority ones.
TEST(RoutingSolver, LargeOverbookedPlanIsFeasibleAndKeepsTheHighestPriorities) {
  const Problem p = generated_problem(11, 300, 2);
  const Plan plan = solve(p, iterations(10, 1, 1));
  expect_feasible(p, plan);
  EXPECT_GE(plan.seconds_to_feasible, 0);
  std::vector<int> served(4, 0);
  std::vector<int> total(4, 0);
  for (const auto& v : p.visits) ++total[v.priority];
  for (const auto& r : plan.routes) {
    for (const auto& s : r.visits) ++served[p.visits[s.visit].priority];
  }
  // Served shares by priority (14 of 91 priority-3 visits and no other at
  // the time of writing; windows and loads may let a few low ones along).
  EXPECT_GT(served[3] * total[2], served[2] * total[3]);
  EXPECT_GE(served[2] * total[1], served[1] * total[2]);
  EXPECT_GE(served[3], 10);
}

TEST(RoutingSolver, MorePriorityBeatsMoreVisits) {
  // Two low-priority visits close together, one high-priority visit far
  // away, windows that allow either the pair or the single visit.
  Problem p = planar_problem({{0, 0}, {10, 0}, {10, 1}, {-10, 0}});
  p.visits = {visit(1, 1, 10, 11, 0, 1), visit(2, 2, 11, 13, 0, 1), visit(3, 3, 10, 12, 0, 3)};
  p.vehicles = {vehicle(1)};
  const Plan plan = solve(p, iterations(200));
  expect_feasible(p, plan);
  EXPECT_EQ(unserved_ids(p, plan), (std::vector<std::int64_t>{1, 2}));
}

TEST(RoutingSolver, DemandOverEveryCapacityIsOverCapacity) {
  Problem p = planar_problem({{0, 0}, {1, 0}, {2, 0}});
  p.visits = {visit(1, 1, 0, kNoLimit, 50), visit(2, 2, 0, kNoLimit, 5)};
  p.vehicles = {vehicle(1, 10), vehicle(2, 20)};
  const Plan plan = solve(p, iterations(50));
  expect_feasible(p, plan);
  ASSERT_EQ(plan.unserved.size(), 1u);
  EXPECT_EQ(p.visits[plan.unserved[0].visit].id, 1);
  EXPECT_EQ(plan.unserved[0].reason, UnservedReason::over_capacity);
  EXPECT_EQ(to_string(plan.unserved[0].reason), "over_capacity");
}

TEST(RoutingSolver, WindowNobodyCanReachIsWindowUnreachable) {
  // The window closes at 5, the stop is 10 away from the depot.
  Problem p = planar_problem({{0, 0}, {10, 0}, {2, 0}});
  p.visits = {visit(1, 1, 0, 5), visit(2, 2, 0, 50)};
  p.vehicles = {vehicle(1)};
  const Plan plan = solve(p, iterations(50));
  expect_feasible(p, plan);
  ASSERT_EQ(plan.unserved.size(), 1u);
  EXPECT_EQ(p.visits[plan.unserved[0].visit].id, 1);
  EXPECT_EQ(plan.unserved[0].reason, UnservedReason::window_unreachable);
}

TEST(RoutingSolver, ShiftTooShortForTheTripIsWindowUnreachable) {
  Problem p = planar_problem({{0, 0}, {10, 0}});
  p.visits = {visit(1, 1)};
  p.vehicles = {vehicle(1, kNoLimit, 15)};
  const Plan plan = solve(p, iterations(50));
  ASSERT_EQ(plan.unserved.size(), 1u);
  EXPECT_EQ(plan.unserved[0].reason, UnservedReason::window_unreachable);
  EXPECT_TRUE(plan.routes.empty());
}

TEST(RoutingSolver, NoVisitsGiveAnEmptyPlan) {
  Problem p = planar_problem({{0, 0}});
  p.vehicles = {vehicle(1)};
  const Plan plan = solve(p, iterations(50));
  EXPECT_TRUE(plan.routes.empty());
  EXPECT_TRUE(plan.unserved.empty());
  EXPECT_EQ(plan.cost, 0);
}

TEST(RoutingSolver, NoVehiclesLeaveEveryVisitUnserved) {
  Problem p = planar_problem({{0, 0}, {1, 0}});
  p.visits = {visit(1, 1)};
  const Plan plan = solve(p, iterations(50));
  EXPECT_TRUE(plan.routes.empty());
  ASSERT_EQ(plan.unserved.size(), 1u);
  EXPECT_EQ(plan.unserved[0].reason, UnservedReason::fleet_too_small);
}

TEST(RoutingSolver, SeparateDepotsAndProfilesPerVehicle) {
  // Vehicle 2 starts at location 1 and ends at 2, on the slow profile.
  Problem p = planar_problem({{0, 0}, {100, 0}, {100, 10}, {1, 0}, {99, 5}});
  p.visits = {visit(1, 3), visit(2, 4)};
  Vehicle a = vehicle(1);
  Vehicle b = vehicle(2);
  b.start_location = 1;
  b.end_location = 2;
  b.profile = 1;
  p.vehicles = {a, b};
  const Plan plan = solve(p, iterations(100));
  expect_feasible(p, plan);
  EXPECT_TRUE(plan.unserved.empty());
  EXPECT_EQ(plan.routes.size(), 2u);
}

}  // namespace
}  // namespace siaga::engine::routing
