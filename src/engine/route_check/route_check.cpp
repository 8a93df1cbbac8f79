#include "engine/route_check/route_check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <unordered_map>

namespace siaga::engine::route_check {

namespace {

// `value` is beyond `limit` by more than the tolerance (never for an
// unbounded limit).
bool exceeds(double value, double limit, double tolerance, double slack = 0) {
  if (std::isinf(limit) && limit > 0) return false;
  return value > limit + tolerance * std::max(1.0, std::abs(limit)) + slack;
}

// Two figures disagree beyond the tolerance (NaN always disagrees).
bool differs(double a, double b, double tolerance, double slack = 0) {
  const double scale = std::max({1.0, std::abs(a), std::abs(b)});
  return !(std::abs(a - b) <= tolerance * scale + slack);
}

[[maybe_unused]] bool well_formed(const Instance& instance) {
  const std::size_t cells = instance.locations * instance.locations;
  for (const auto& matrix : instance.travel) {
    if (matrix.size() != cells) return false;
  }
  for (const auto& visit : instance.visits) {
    if (visit.location >= instance.locations) return false;
  }
  for (const auto& vehicle : instance.vehicles) {
    if (vehicle.start >= instance.locations || vehicle.end >= instance.locations ||
        vehicle.profile >= instance.travel.size()) {
      return false;
    }
  }
  return true;
}

class Checker {
 public:
  Checker(const Instance& instance, const Solution& solution, const CheckOptions& options)
      : instance_(instance), solution_(solution), options_(options) {}

  Report run() {
    if (solution_.routes.size() > instance_.vehicles.size()) {
      add(ViolationKind::too_many_routes, kNone, kNone,
          fmt::format("{} routes for {} vehicles", solution_.routes.size(),
                      instance_.vehicles.size()));
    }
    served_.assign(instance_.visits.size(), 0);
    listed_.assign(instance_.visits.size(), 0);
    std::vector<std::size_t> route_of_vehicle(instance_.vehicles.size(), kNone);
    for (std::size_t r = 0; r < solution_.routes.size(); ++r) {
      const Route& route = solution_.routes[r];
      if (route.vehicle >= instance_.vehicles.size()) {
        add(ViolationKind::unknown_vehicle, r, kNone,
            fmt::format("vehicle index {} of {}", route.vehicle, instance_.vehicles.size()));
        count_visits(r, route);
        continue;
      }
      if (route_of_vehicle[route.vehicle] != kNone) {
        add(ViolationKind::vehicle_reused, r, kNone,
            fmt::format("vehicle {} already drives route {}", instance_.vehicles[route.vehicle].id,
                        route_of_vehicle[route.vehicle]));
      } else {
        route_of_vehicle[route.vehicle] = r;
      }
      count_visits(r, route);
      schedule(r, route);
    }
    for (const std::size_t v : solution_.unserved) {
      if (v >= instance_.visits.size()) {
        add(ViolationKind::unknown_visit, kNone, kNone,
            fmt::format("unserved visit index {} of {}", v, instance_.visits.size()));
        continue;
      }
      ++listed_[v];
    }
    for (std::size_t v = 0; v < instance_.visits.size(); ++v) {
      if (served_[v] + listed_[v] == 0) {
        add(ViolationKind::missing_visit, kNone, v, "neither served nor listed unserved");
      } else if (served_[v] + listed_[v] > 1) {
        add(ViolationKind::duplicate_visit, kNone, v,
            fmt::format("served {} times, listed unserved {} times", served_[v], listed_[v]));
      }
      if (served_[v] > 0) ++report_.served;
      if (served_[v] == 0 && listed_[v] > 0) ++report_.unserved;
    }
    if (differs(solution_.claimed_cost, report_.cost, options_.cost_tolerance)) {
      add(ViolationKind::cost_mismatch, kNone, kNone,
          fmt::format("claimed {:.9g}, recomputed {:.9g}", solution_.claimed_cost, report_.cost));
    }
    return std::move(report_);
  }

 private:
  void add(ViolationKind kind, std::size_t route, std::size_t visit, std::string detail) {
    report_.violations.push_back({kind, route, visit, std::move(detail)});
  }

  void count_visits(std::size_t r, const Route& route) {
    for (const std::size_t v : route.visits) {
      if (v >= instance_.visits.size()) {
        add(ViolationKind::unknown_visit, r, kNone,
            fmt::format("visit index {} of {}", v, instance_.visits.size()));
        continue;
      }
      ++served_[v];
    }
  }

  double tt(std::size_t profile, std::size_t from, std::size_t to) const {
    return instance_.travel[profile][from * instance_.locations + to];
  }

  void claim(std::size_t r, std::size_t v, const char* what, double claimed, double recomputed) {
    if (differs(claimed, recomputed, options_.time_tolerance, options_.time_slack)) {
      add(ViolationKind::timetable_mismatch, r, v,
          fmt::format("{}: claimed {:.9g}, recomputed {:.9g}", what, claimed, recomputed));
    }
  }

  // Walks the route from its departure: arrival, start = max(arrival, open),
  // departure = start + service; then back to the end depot.
  void schedule(std::size_t r, const Route& route) {
    const Vehicle& vehicle = instance_.vehicles[route.vehicle];
    const double tol = options_.time_tolerance;
    double t = vehicle.shift_open;
    if (route.departure) {
      if (exceeds(vehicle.shift_open, *route.departure, tol, options_.time_slack)) {
        add(ViolationKind::early_departure, r, kNone,
            fmt::format("leaves at {:.9g}, shift opens at {:.9g}", *route.departure,
                        vehicle.shift_open));
      }
      t = *route.departure;
    }
    const bool stops_claimed = !route.stops.empty();
    if (stops_claimed && route.stops.size() != route.visits.size()) {
      add(ViolationKind::timetable_mismatch, r, kNone,
          fmt::format("{} timetable entries for {} visits", route.stops.size(),
                      route.visits.size()));
    }
    const bool compare_stops = stops_claimed && route.stops.size() == route.visits.size();
    RouteFigures figures{route.vehicle, t, 0, 0, 0, route.visits.size()};
    std::size_t at = vehicle.start;
    for (std::size_t k = 0; k < route.visits.size(); ++k) {
      const std::size_t v = route.visits[k];
      if (v >= instance_.visits.size()) continue;  // reported by count_visits
      const Visit& visit = instance_.visits[v];
      const double leg = tt(vehicle.profile, at, visit.location);
      figures.travel += leg;
      const double arrival = t + leg;
      const double start = std::max(arrival, visit.open);
      if (exceeds(start, visit.close, tol, options_.time_slack)) {
        add(ViolationKind::late_start, r, v,
            fmt::format("service starts at {:.9g} (arrival {:.9g}), window closes at {:.9g}", start,
                        arrival, visit.close));
      }
      t = start + visit.service;
      figures.load += visit.demand;
      at = visit.location;
      if (compare_stops) {
        claim(r, v, "arrival", route.stops[k].arrival, arrival);
        claim(r, v, "start", route.stops[k].start, start);
        claim(r, v, "departure", route.stops[k].departure, t);
      }
    }
    const double last_leg = tt(vehicle.profile, at, vehicle.end);
    figures.travel += last_leg;
    figures.return_time = t + last_leg;
    if (exceeds(figures.return_time, vehicle.shift_close, tol, options_.time_slack)) {
      add(ViolationKind::shift_overrun, r, kNone,
          fmt::format("back at {:.9g}, shift closes at {:.9g}", figures.return_time,
                      vehicle.shift_close));
    }
    if (exceeds(figures.load, vehicle.capacity, options_.cost_tolerance)) {
      add(ViolationKind::over_capacity, r, kNone,
          fmt::format("load {:.9g}, capacity {:.9g}", figures.load, vehicle.capacity));
    }
    if (route.return_time) claim(r, kNone, "return", *route.return_time, figures.return_time);
    if (route.travel && differs(*route.travel, figures.travel, options_.cost_tolerance)) {
      add(ViolationKind::route_figure_mismatch, r, kNone,
          fmt::format("travel: claimed {:.9g}, recomputed {:.9g}", *route.travel, figures.travel));
    }
    if (route.load && differs(*route.load, figures.load, options_.cost_tolerance)) {
      add(ViolationKind::route_figure_mismatch, r, kNone,
          fmt::format("load: claimed {:.9g}, recomputed {:.9g}", *route.load, figures.load));
    }
    report_.cost += figures.travel;
    report_.routes.push_back(figures);
  }

  const Instance& instance_;
  const Solution& solution_;
  const CheckOptions& options_;
  std::vector<std::size_t> served_;
  std::vector<std::size_t> listed_;
  Report report_;
};

}  // namespace

std::string_view to_string(ViolationKind kind) {
  switch (kind) {
    case ViolationKind::unknown_vehicle:
      return "unknown_vehicle";
    case ViolationKind::unknown_visit:
      return "unknown_visit";
    case ViolationKind::vehicle_reused:
      return "vehicle_reused";
    case ViolationKind::too_many_routes:
      return "too_many_routes";
    case ViolationKind::early_departure:
      return "early_departure";
    case ViolationKind::late_start:
      return "late_start";
    case ViolationKind::over_capacity:
      return "over_capacity";
    case ViolationKind::shift_overrun:
      return "shift_overrun";
    case ViolationKind::duplicate_visit:
      return "duplicate_visit";
    case ViolationKind::missing_visit:
      return "missing_visit";
    case ViolationKind::timetable_mismatch:
      return "timetable_mismatch";
    case ViolationKind::route_figure_mismatch:
      return "route_figure_mismatch";
    case ViolationKind::cost_mismatch:
      return "cost_mismatch";
    case ViolationKind::vehicle_count_mismatch:
      return "vehicle_count_mismatch";
  }
  return "unknown";
}

std::size_t Report::count(ViolationKind kind) const {
  return static_cast<std::size_t>(std::count_if(
      violations.begin(), violations.end(), [kind](const Violation& v) { return v.kind == kind; }));
}

std::string Report::describe(const Instance& instance) const {
  std::string out;
  for (const Violation& v : violations) {
    if (v.route != kNone) out += fmt::format("route {}, ", v.route);
    if (v.visit != kNone && v.visit < instance.visits.size()) {
      out += fmt::format("visit {} (id {}), ", v.visit, instance.visits[v.visit].id);
    }
    out += fmt::format("{}: {}\n", to_string(v.kind), v.detail);
  }
  return out;
}

Report check(const Instance& instance, const Solution& solution, const CheckOptions& options) {
  assert(well_formed(instance));
  return Checker(instance, solution, options).run();
}

Report check_ids(const Instance& instance, const IdAnswer& answer, const CheckOptions& options) {
  std::unordered_map<std::int64_t, std::size_t> index;
  index.reserve(instance.visits.size());
  for (std::size_t v = 0; v < instance.visits.size(); ++v) index.emplace(instance.visits[v].id, v);
  std::vector<Violation> unknown;
  auto find = [&](std::int64_t id, std::size_t route) -> std::optional<std::size_t> {
    const auto it = index.find(id);
    if (it != index.end()) return it->second;
    unknown.push_back({ViolationKind::unknown_visit, route, kNone, fmt::format("id {}", id)});
    return std::nullopt;
  };
  Solution solution;
  solution.claimed_cost = answer.cost;
  std::size_t used = 0;
  for (std::size_t r = 0; r < answer.routes.size(); ++r) {
    Route route;
    route.vehicle = r;
    for (const std::int64_t id : answer.routes[r]) {
      if (const auto v = find(id, r)) route.visits.push_back(*v);
    }
    if (!answer.routes[r].empty()) ++used;
    solution.routes.push_back(std::move(route));
  }
  for (const std::int64_t id : answer.unserved) {
    if (const auto v = find(id, kNone)) solution.unserved.push_back(*v);
  }
  Report report = check(instance, solution, options);
  report.violations.insert(report.violations.begin(), unknown.begin(), unknown.end());
  if (answer.vehicles && *answer.vehicles != used) {
    report.violations.push_back(
        {ViolationKind::vehicle_count_mismatch, kNone, kNone,
         fmt::format("claimed {} vehicles, {} routes leave the depot", *answer.vehicles, used)});
  }
  return report;
}

}  // namespace siaga::engine::route_check
