#pragma once
// Helpers for the routing tests: generated instances and a small
// recomputation of a plan's feasibility (the independent checker in
// engine/route_check is the reference; this one keeps these tests
// self-contained).

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "engine/routing/plan.hpp"
#include "engine/routing/problem.hpp"

namespace siaga::engine::routing::testing {

struct Draws {
  std::mt19937_64 gen;
  double uniform() { return static_cast<double>(gen() >> 11) * 0x1.0p-53; }
  int below(int n) { return static_cast<int>(gen() % static_cast<std::uint64_t>(n)); }
};

// Locations 0..depots-1 are depots; one location per visit after them.
inline Problem planar_problem(const std::vector<PlanarPoint>& points) {
  Problem p;
  p.locations = points.size();
  p.points = points;
  const std::size_t n = points.size();
  p.travel.assign(2, std::vector<double>(n * n, 0.0));
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      const double d = std::hypot(points[i].x - points[j].x, points[i].y - points[j].y);
      p.travel[0][i * n + j] = d;
      p.travel[1][i * n + j] = d * 1.5;  // a slower profile
    }
  }
  return p;
}

// `visits` visits around one depot (location 0) with time windows, demands
// and priorities, and a heterogeneous fleet of `vehicles`.
inline Problem generated_problem(std::uint64_t seed, int visits, int vehicles) {
  Draws rng{std::mt19937_64(seed)};
  std::vector<PlanarPoint> points{{50, 50}, {20, 80}};
  for (int i = 0; i < visits; ++i) points.push_back({100 * rng.uniform(), 100 * rng.uniform()});
  Problem p = planar_problem(points);
  for (int i = 0; i < visits; ++i) {
    Visit v;
    v.id = 100 + i;
    v.location = static_cast<std::size_t>(i + 2);
    const double open = 400 * rng.uniform();
    v.window_open = open;
    v.window_close = open + 30 + 200 * rng.uniform();
    v.service = 5 + rng.below(10);
    v.demand = 1 + rng.below(9);
    v.priority = 1 + rng.below(3);
    p.visits.push_back(v);
  }
  for (int k = 0; k < vehicles; ++k) {
    Vehicle v;
    v.id = k + 1;
    v.start_location = static_cast<std::size_t>(k % 2);
    v.end_location = 0;
    v.shift_open = 0;
    v.shift_close = 700 + 100 * (k % 3);
    v.capacity = 20 + 10 * (k % 2);
    v.profile = static_cast<std::size_t>(k % 3 == 2 ? 1 : 0);
    p.vehicles.push_back(v);
  }
  return p;
}

// Recomputes every route of `plan` and checks windows, capacity, shift,
// that each visit is served once or listed unserved once, and the cost.
inline void expect_feasible(const Problem& problem, const Plan& plan) {
  std::vector<int> seen(problem.visits.size(), 0);
  std::vector<char> vehicle_used(problem.vehicles.size(), 0);
  double total = 0;
  for (const Route& r : plan.routes) {
    ASSERT_LT(r.vehicle, problem.vehicles.size());
    ASSERT_FALSE(vehicle_used[r.vehicle]) << "vehicle used twice";
    vehicle_used[r.vehicle] = 1;
    ASSERT_FALSE(r.visits.empty());
    const Vehicle& v = problem.vehicles[r.vehicle];
    double t = r.departure;
    EXPECT_GE(t, v.shift_open - 1e-9);
    std::size_t at = v.start_location;
    double load = 0;
    double travel = 0;
    for (const ScheduledVisit& s : r.visits) {
      ASSERT_LT(s.visit, problem.visits.size());
      const Visit& visit = problem.visits[s.visit];
      ++seen[s.visit];
      const double leg = problem.travel_time(v.profile, at, visit.location);
      travel += leg;
      t = std::max(t + leg, visit.window_open);
      EXPECT_LE(t, visit.window_close + 1e-9) << "visit " << visit.id << " late";
      EXPECT_NEAR(s.start, t, 1e-6);
      t += visit.service;
      load += visit.demand;
      at = visit.location;
    }
    const double leg = problem.travel_time(v.profile, at, v.end_location);
    travel += leg;
    t += leg;
    EXPECT_LE(t, v.shift_close + 1e-9) << "vehicle " << v.id << " back after its shift";
    EXPECT_LE(load, v.capacity + 1e-9) << "vehicle " << v.id << " over capacity";
    EXPECT_NEAR(r.travel, travel, 1e-6);
    total += travel;
  }
  for (const Unserved& u : plan.unserved) {
    ASSERT_LT(u.visit, problem.visits.size());
    ++seen[u.visit];
  }
  for (std::size_t i = 0; i < seen.size(); ++i) {
    EXPECT_EQ(seen[i], 1) << "visit " << problem.visits[i].id;
  }
  EXPECT_NEAR(plan.cost, total, 1e-6);
}

}  // namespace siaga::engine::routing::testing
