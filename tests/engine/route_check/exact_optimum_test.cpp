// The solver against the exact optimum on tiny instances (<= 7 visits, 1-3
// vehicles), found here by enumerating every assignment of visits to
// vehicles (or to "unserved") and every order of each route. Every plan the
// solver returns must also pass the independent checker.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "engine/route_check/from_routing.hpp"
#include "engine/routing/solver.hpp"

namespace siaga::engine::route_check {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Raw 64-bit draws (no <random> distributions: the same on every platform).
struct Draws {
  std::mt19937_64 gen;
  double uniform(double lo, double hi) {
    return lo + (hi - lo) * static_cast<double>(gen() >> 11) * 0x1.0p-53;
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(gen() % n); }
};

// Two depots and n stops in a 100 x 100 square; travel is the Euclidean
// distance (profile 0, car) or 1.5 times it (profile 1, slower). Windows of
// 20 to 120 open over [0, 150] (one in six unbounded), service 0-10,
// demand 1-5, priority 1-3; vehicles of capacity 5-15 on shifts closing
// between 200 and 400, each back at its own depot.
routing::Problem tiny_problem(std::uint64_t seed) {
  Draws rng{std::mt19937_64(seed)};
  const std::size_t n = 3 + rng.below(5);
  const std::size_t fleet = 1 + rng.below(3);
  routing::Problem p;
  p.locations = n + 2;
  std::vector<double> x(p.locations), y(p.locations);
  for (std::size_t i = 0; i < p.locations; ++i) {
    x[i] = rng.uniform(0, 100);
    y[i] = rng.uniform(0, 100);
  }
  p.travel.assign(2, std::vector<double>(p.locations * p.locations, 0.0));
  for (std::size_t i = 0; i < p.locations; ++i) {
    for (std::size_t j = 0; j < p.locations; ++j) {
      const double d = std::hypot(x[i] - x[j], y[i] - y[j]);
      p.travel[0][i * p.locations + j] = d;
      p.travel[1][i * p.locations + j] = 1.5 * d;
    }
  }
  for (std::size_t v = 0; v < n; ++v) {
    routing::Visit visit;
    visit.id = static_cast<std::int64_t>(v + 1);
    visit.location = v + 2;
    visit.window_open = rng.uniform(0, 150);
    visit.window_close =
        rng.below(6) == 0 ? routing::kNoLimit : visit.window_open + rng.uniform(20, 120);
    visit.service = rng.uniform(0, 10);
    visit.demand = static_cast<double>(1 + rng.below(5));
    visit.priority = static_cast<int>(1 + rng.below(3));
    p.visits.push_back(visit);
  }
  for (std::size_t k = 0; k < fleet; ++k) {
    routing::Vehicle vehicle;
    vehicle.id = static_cast<std::int64_t>(k + 1);
    vehicle.start_location = vehicle.end_location = rng.below(2);
    vehicle.shift_open = 0;
    vehicle.shift_close = rng.uniform(200, 400);
    vehicle.capacity = static_cast<double>(5 + rng.below(11));
    vehicle.profile = rng.below(2);
    p.vehicles.push_back(vehicle);
  }
  return p;
}

struct Optimum {
  int priority = 0;  // served
  double cost = 0;
  std::vector<std::vector<std::size_t>> routes;  // per vehicle, visit indices in order
};

// Per subset of visits (bit mask): the least travel of a feasible route
// through exactly those visits, and its order.
struct BestRoutes {
  std::vector<double> cost;
  std::vector<std::vector<std::size_t>> order;
};

// For `vehicle`, every subset's best route (infinity when none is
// feasible), by depth-first search over every order from the depot, leaving
// at the shift's opening.
BestRoutes best_routes(const routing::Problem& p, const routing::Vehicle& vehicle) {
  const std::size_t n = p.visits.size();
  BestRoutes best{std::vector<double>(std::size_t{1} << n, kInf),
                  std::vector<std::vector<std::size_t>>(std::size_t{1} << n)};
  best.cost[0] = 0;  // the vehicle stays at the depot
  std::vector<std::size_t> path;
  auto travel = [&](std::size_t from, std::size_t to) {
    return p.travel[vehicle.profile][from * p.locations + to];
  };
  auto search = [&](auto&& self, unsigned mask, std::size_t at, double time, double load,
                    double cost) -> void {
    for (std::size_t v = 0; v < n; ++v) {
      if (mask & (1u << v)) continue;
      const routing::Visit& visit = p.visits[v];
      if (load + visit.demand > vehicle.capacity) continue;
      const double leg = travel(at, visit.location);
      const double start = std::max(time + leg, visit.window_open);
      if (start > visit.window_close) continue;
      const double leave = start + visit.service;
      const double back = leave + travel(visit.location, vehicle.end_location);
      if (back > vehicle.shift_close) continue;  // waiting never helps later
      const unsigned next = mask | (1u << v);
      const double route_cost = cost + leg + travel(visit.location, vehicle.end_location);
      path.push_back(v);
      if (route_cost < best.cost[next]) {
        best.cost[next] = route_cost;
        best.order[next] = path;
      }
      self(self, next, visit.location, leave, load + visit.demand, cost + leg);
      path.pop_back();
    }
  };
  search(search, 0u, vehicle.start_location, vehicle.shift_open, 0.0, 0.0);
  return best;
}

// Every visit to one vehicle or to none: the most priority served, then the
// least travel.
Optimum exact_optimum(const routing::Problem& p) {
  const std::size_t n = p.visits.size();
  const std::size_t fleet = p.vehicles.size();
  std::vector<BestRoutes> best;
  for (const auto& vehicle : p.vehicles) best.push_back(best_routes(p, vehicle));
  Optimum optimum{-1, kInf, {}};
  std::vector<std::size_t> owner(n, 0);  // 0: unserved, k + 1: vehicle k
  std::size_t combinations = 1;
  for (std::size_t v = 0; v < n; ++v) combinations *= fleet + 1;
  for (std::size_t code = 0; code < combinations; ++code) {
    std::size_t rest = code;
    std::vector<unsigned> masks(fleet, 0);
    int priority = 0;
    for (std::size_t v = 0; v < n; ++v) {
      const std::size_t o = rest % (fleet + 1);
      rest /= fleet + 1;
      if (o == 0) continue;
      masks[o - 1] |= 1u << v;
      priority += p.visits[v].priority;
    }
    double cost = 0;
    for (std::size_t k = 0; k < fleet && cost < kInf; ++k) cost += best[k].cost[masks[k]];
    if (cost == kInf) continue;
    if (priority > optimum.priority || (priority == optimum.priority && cost < optimum.cost)) {
      optimum = {priority, cost, {}};
      for (std::size_t k = 0; k < fleet; ++k) optimum.routes.push_back(best[k].order[masks[k]]);
    }
  }
  return optimum;
}

// The enumerated optimum as a solution for the checker: a second opinion on
// the enumeration itself.
Solution optimum_solution(const routing::Problem& p, const Optimum& optimum) {
  Solution s;
  std::vector<bool> served(p.visits.size(), false);
  for (std::size_t k = 0; k < optimum.routes.size(); ++k) {
    if (optimum.routes[k].empty()) continue;
    Route route;
    route.vehicle = k;
    route.visits = optimum.routes[k];
    for (const std::size_t v : route.visits) served[v] = true;
    s.routes.push_back(route);
  }
  for (std::size_t v = 0; v < p.visits.size(); ++v) {
    if (!served[v]) s.unserved.push_back(v);
  }
  s.claimed_cost = optimum.cost;
  return s;
}

std::string describe(const std::vector<std::pair<std::size_t, std::vector<std::size_t>>>& routes) {
  std::string out;
  for (const auto& [vehicle, visits] : routes) {
    out += " vehicle " + std::to_string(vehicle) + ":";
    for (const std::size_t v : visits) out += " " + std::to_string(v);
    out += ";";
  }
  return out;
}

int served_priority(const routing::Problem& p, const routing::Plan& plan) {
  int priority = 0;
  for (const auto& route : plan.routes) {
    for (const auto& stop : route.visits) priority += p.visits[stop.visit].priority;
  }
  return priority;
}

std::vector<std::pair<std::size_t, std::vector<std::size_t>>> plan_routes(
    const routing::Plan& plan) {
  std::vector<std::pair<std::size_t, std::vector<std::size_t>>> out;
  for (const auto& route : plan.routes) {
    std::vector<std::size_t> visits;
    for (const auto& stop : route.visits) visits.push_back(stop.visit);
    out.emplace_back(route.vehicle, visits);
  }
  return out;
}

std::vector<std::pair<std::size_t, std::vector<std::size_t>>> optimum_routes(const Optimum& o) {
  std::vector<std::pair<std::size_t, std::vector<std::size_t>>> out;
  for (std::size_t k = 0; k < o.routes.size(); ++k) {
    if (!o.routes[k].empty()) out.emplace_back(k, o.routes[k]);
  }
  return out;
}

TEST(ExactOptimum, EnumerationAgreesWithAHandSolvedInstance) {
  // Depot at 0, stops at 10 and 20 on a line; one vehicle of capacity 1
  // must choose: priority 2 at 20 (cost 40) beats priority 1 at 10.
  routing::Problem p;
  p.locations = 3;
  p.travel = {{0, 10, 20, 10, 0, 10, 20, 10, 0}};
  p.visits = {{1, 1, 0, 100, 0, 1, 1}, {2, 2, 0, 100, 0, 1, 2}};
  p.vehicles = {{1, 0, 0, 0, 100, 1, 0}};
  const Optimum optimum = exact_optimum(p);
  EXPECT_EQ(optimum.priority, 2);
  EXPECT_DOUBLE_EQ(optimum.cost, 40);
  p.vehicles[0].capacity = 2;  // both, in either order: 40
  EXPECT_EQ(exact_optimum(p).priority, 3);
  p.visits[0].window_open = 30;  // 20 first, then back to 10 at 30: 20 + 10 + 10
  p.visits[1].window_close = 25;
  EXPECT_DOUBLE_EQ(exact_optimum(p).cost, 40);
  p.visits[0].service = 5;  // both back at 45; stop 2 alone at 40, stop 1 alone at 45
  p.vehicles[0].shift_close = 44;
  EXPECT_EQ(exact_optimum(p).priority, 2);
  EXPECT_DOUBLE_EQ(exact_optimum(p).cost, 40);
}

TEST(ExactOptimum, SolverFindsTheOptimumOnThirtyTinyInstances) {
  int found = 0;
  int instances = 0;
  int short_served = 0;
  for (std::uint64_t seed = 1; seed <= 30; ++seed) {
    const routing::Problem problem = tiny_problem(seed);
    const Optimum optimum = exact_optimum(problem);
    ASSERT_GE(optimum.priority, 0);
    const Checkable reference = from_routing(problem, routing::Plan{});
    const Report optimum_report = check(reference.instance, optimum_solution(problem, optimum));
    ASSERT_TRUE(optimum_report.ok()) << "seed " << seed << ", the enumerated optimum:\n"
                                     << optimum_report.describe(reference.instance);
    routing::SolveOptions options;
    options.time_limit = std::chrono::milliseconds(30000);
    options.seed = 7;
    options.threads = 2;
    // At 500 iterations 3 of the 30 (seeds 6, 23, 25: a visit must be left
    // out and two choices tie on priority) ended above the optimum.
    options.max_iterations = 1000;
    const routing::Plan plan = routing::solve(problem, options);
    const Checkable checkable = from_routing(problem, plan);
    const Report report = check(checkable.instance, checkable.solution);
    EXPECT_TRUE(report.ok()) << "seed " << seed << ":\n" << report.describe(checkable.instance);
    ++instances;
    const int priority = served_priority(problem, plan);
    if (priority < optimum.priority) ++short_served;
    const bool optimal = priority == optimum.priority &&
                         std::abs(report.cost - optimum.cost) <= 1e-6 * std::max(1.0, optimum.cost);
    if (optimal) ++found;
    EXPECT_TRUE(optimal) << "seed " << seed << " (" << problem.visits.size() << " visits, "
                         << problem.vehicles.size() << " vehicles): solver serves priority "
                         << priority << " at cost " << report.cost << ", optimum "
                         << optimum.priority << " at " << optimum.cost
                         << "\n  solver:" << describe(plan_routes(plan))
                         << "\n  optimum:" << describe(optimum_routes(optimum));
  }
  EXPECT_EQ(found, instances) << short_served << " served less priority than possible";
}

}  // namespace
}  // namespace siaga::engine::route_check
