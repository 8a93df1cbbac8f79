#include "engine/routing/solver.hpp"

#include <algorithm>
#include <cassert>
#include <optional>
#include <thread>
#include <vector>

#include "engine/routing/genetic.hpp"
#include "engine/routing/individual.hpp"
#include "engine/routing/model.hpp"

namespace siaga::engine::routing {

namespace {

using detail::Individual;
using detail::Model;

// Above this many visits the search starts from a feasible construction.
constexpr int kConstructAbove = 200;

// Why a visit cannot be served by any vehicle alone, if it cannot.
std::optional<UnservedReason> alone_reason(const Problem& problem, const Visit& visit) {
  bool carried = false;
  for (const Vehicle& v : problem.vehicles) {
    if (visit.demand > v.capacity) continue;
    carried = true;
    const double arrival =
        v.shift_open + problem.travel_time(v.profile, v.start_location, visit.location);
    const double start = std::max(arrival, visit.window_open);
    if (start > visit.window_close) continue;
    const double back =
        start + visit.service + problem.travel_time(v.profile, visit.location, v.end_location);
    if (back <= v.shift_close) return std::nullopt;
  }
  if (problem.vehicles.empty()) return UnservedReason::fleet_too_small;
  return carried ? UnservedReason::window_unreachable : UnservedReason::over_capacity;
}

bool route_feasible(const Model& model, int slot, const std::vector<int>& visits) {
  if (visits.empty()) return true;
  const detail::Segment s = detail::route_segment(model, slot, visits);
  return s.time_warp <= detail::kFeasibleTolerance &&
         s.load <= model.type(model.slot_type(slot)).capacity + detail::kFeasibleTolerance;
}

// Makes every route feasible by dropping visits, lowest priority first (then
// the one whose removal leaves the least violation), then puts back what fits
// feasibly, highest priority first, at the cheapest position.
detail::Routes repair(const Model& model, detail::Routes routes, const std::vector<int>& priority) {
  std::vector<int> dropped;
  for (int slot = 0; slot < static_cast<int>(routes.size()); ++slot) {
    auto& r = routes[slot];
    while (!route_feasible(model, slot, r)) {
      std::size_t pick = 0;
      double pick_violation = kNoLimit;
      for (std::size_t i = 0; i < r.size(); ++i) {
        std::vector<int> without = r;
        without.erase(without.begin() + static_cast<std::ptrdiff_t>(i));
        const detail::Segment s = detail::route_segment(model, slot, without);
        const double violation =
            s.time_warp + std::max(0.0, s.load - model.type(model.slot_type(slot)).capacity);
        const bool lower = priority[r[i]] < priority[r[pick]];
        if (i == 0 || lower ||
            (priority[r[i]] == priority[r[pick]] && violation < pick_violation)) {
          pick = i;
          pick_violation = violation;
        }
      }
      dropped.push_back(r[pick]);
      r.erase(r.begin() + static_cast<std::ptrdiff_t>(pick));
    }
  }
  std::vector<char> served(model.nodes(), 0);
  for (const auto& r : routes) {
    for (int c : r) served[c] = 1;
  }
  for (int c = model.depots(); c < model.nodes(); ++c) {
    if (!served[c] && std::find(dropped.begin(), dropped.end(), c) == dropped.end()) {
      dropped.push_back(c);
    }
  }
  std::stable_sort(dropped.begin(), dropped.end(),
                   [&](int a, int b) { return priority[a] > priority[b]; });
  for (int c : dropped) {
    int best_slot = -1;
    std::size_t best_pos = 0;
    double best_cost = kNoLimit;
    for (int slot = 0; slot < static_cast<int>(routes.size()); ++slot) {
      auto& r = routes[slot];
      const double before = r.empty() ? 0 : detail::route_segment(model, slot, r).distance;
      for (std::size_t pos = 0; pos <= r.size(); ++pos) {
        r.insert(r.begin() + static_cast<std::ptrdiff_t>(pos), c);
        if (route_feasible(model, slot, r)) {
          const double cost = detail::route_segment(model, slot, r).distance - before;
          if (cost < best_cost) {
            best_cost = cost;
            best_slot = slot;
            best_pos = pos;
          }
        }
        r.erase(r.begin() + static_cast<std::ptrdiff_t>(pos));
      }
    }
    if (best_slot >= 0) {
      routes[best_slot].insert(routes[best_slot].begin() + static_cast<std::ptrdiff_t>(best_pos),
                               c);
    }
  }
  return routes;
}

Route schedule(const Problem& problem, const Model& model, int slot,
               const std::vector<int>& visits) {
  const Vehicle& v = problem.vehicles[slot];
  Route route;
  route.vehicle = static_cast<std::size_t>(slot);
  std::size_t at = v.start_location;
  const Visit& first = problem.visits[model.visit_of(visits.front())];
  // Leave no earlier than needed: waiting at the first stop is pointless.
  route.departure = std::max(
      v.shift_open, first.window_open - problem.travel_time(v.profile, at, first.location));
  double t = route.departure;
  for (int node : visits) {
    const std::size_t index = model.visit_of(node);
    const Visit& visit = problem.visits[index];
    const double leg = problem.travel_time(v.profile, at, visit.location);
    ScheduledVisit s;
    s.visit = index;
    s.arrival = t + leg;
    s.start = std::max(s.arrival, visit.window_open);
    s.departure = s.start + visit.service;
    route.travel += leg;
    route.load += visit.demand;
    route.visits.push_back(s);
    t = s.departure;
    at = visit.location;
  }
  const double leg = problem.travel_time(v.profile, at, v.end_location);
  route.travel += leg;
  route.return_time = t + leg;
  return route;
}

std::uint64_t thread_seed(std::uint64_t seed, unsigned thread) {
  std::uint64_t z = seed * 0x9e3779b97f4a7c15ULL + thread + 1;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace

Plan solve(const Problem& problem, const SolveOptions& options) {
  const auto start = detail::Clock::now();
  assert(problem.travel.size() >= 1 || problem.visits.empty());
  Plan plan;
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < problem.visits.size(); ++i) {
    if (auto reason = alone_reason(problem, problem.visits[i])) {
      plan.unserved.push_back({i, *reason});
    } else {
      candidates.push_back(i);
    }
  }
  if (candidates.empty()) {
    plan.seconds_to_feasible = 0;
    return plan;
  }

  const Model model(problem, candidates);
  const detail::SearchLimits limits{start, start + options.time_limit, options.max_iterations};
  std::vector<int> priority(model.nodes(), 0);
  for (int c = model.depots(); c < model.nodes(); ++c) {
    priority[c] = problem.visits[model.visit_of(c)].priority;
  }
  // Large instances start from a feasible plan: the visits by priority,
  // each at its cheapest feasible place while one exists. Overbooked ones
  // may otherwise find nothing feasible in their time, and the others get
  // a feasible plan at once.
  std::optional<detail::Routes> construction;
  if (model.clients() > kConstructAbove) {
    construction = repair(model, detail::Routes(problem.vehicles.size()), priority);
  }
  const detail::Routes* seed_routes = construction ? &*construction : nullptr;
  const unsigned threads = std::max(1u, options.threads);
  std::vector<detail::SearchOutcome> outcomes(threads);
  {
    std::vector<std::jthread> workers;
    for (unsigned t = 1; t < threads; ++t) {
      workers.emplace_back([&, t] {
        outcomes[t] =
            detail::genetic_search(model, thread_seed(options.seed, t), limits, seed_routes);
      });
    }
    outcomes[0] = detail::genetic_search(model, thread_seed(options.seed, 0), limits, seed_routes);
  }

  const detail::SearchOutcome* chosen = nullptr;
  for (const auto& o : outcomes) {
    plan.iterations += o.iterations;
    if (o.seconds_to_feasible >= 0 &&
        (plan.seconds_to_feasible < 0 || o.seconds_to_feasible < plan.seconds_to_feasible)) {
      plan.seconds_to_feasible = o.seconds_to_feasible;
    }
    if (o.best_feasible &&
        (chosen == nullptr || o.best_feasible->better_than(*chosen->best_feasible))) {
      chosen = &o;
    }
  }
  detail::Routes routes;
  if (chosen != nullptr) {
    routes = chosen->best_feasible->routes;
    plan.seconds_to_best = chosen->seconds_to_best;
  } else {
    const Individual* least = nullptr;
    for (const auto& o : outcomes) {
      if (!o.best_infeasible) continue;
      const double v = o.best_infeasible->time_warp + o.best_infeasible->excess_load;
      if (least == nullptr || v < least->time_warp + least->excess_load) {
        least = &*o.best_infeasible;
      }
    }
    if (least != nullptr) routes = least->routes;
    routes.resize(problem.vehicles.size());
    plan.seconds_to_best = std::chrono::duration<double>(detail::Clock::now() - start).count();
  }
  routes = repair(model, std::move(routes), priority);

  std::vector<char> served(model.nodes(), 0);
  for (int slot = 0; slot < static_cast<int>(routes.size()); ++slot) {
    if (routes[slot].empty()) continue;
    for (int c : routes[slot]) served[c] = 1;
    plan.routes.push_back(schedule(problem, model, slot, routes[slot]));
    plan.cost += plan.routes.back().travel;
  }
  for (int c = model.depots(); c < model.nodes(); ++c) {
    if (!served[c]) plan.unserved.push_back({model.visit_of(c), UnservedReason::fleet_too_small});
  }
  std::sort(plan.unserved.begin(), plan.unserved.end(),
            [](const Unserved& a, const Unserved& b) { return a.visit < b.visit; });
  return plan;
}

}  // namespace siaga::engine::routing
