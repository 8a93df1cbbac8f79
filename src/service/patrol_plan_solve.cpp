// A patrol plan as a VRPTW for the routing engine, and its answer as rows.

#include <cmath>

#include "engine/routing/travel_times.hpp"
#include "service/patrol_plan_parts.hpp"

namespace siaga::service {

namespace {

namespace routing = engine::routing;

constexpr std::size_t kProfiles =
    2;  // TravelProfile::mobil, TravelProfile::motor: the speeds' order

SysSeconds instant_or(const std::string& text, SysSeconds fallback) {
  SysSeconds t{};
  return parse_utc(text, t) ? t : fallback;
}

double seconds_between(SysSeconds from, SysSeconds to) {
  return static_cast<double>((to - from).count());
}

std::string at(SysSeconds origin, double seconds) {
  return format_utc(origin + std::chrono::seconds(std::llround(seconds)));
}

std::vector<LatLon> points_of(const PatrolPlan& plan) {
  std::vector<LatLon> points;
  points.reserve(plan.stops.size() + 1);
  points.push_back(plan.depot);
  for (const PatrolStop& s : plan.stops) points.push_back(s.position);
  return points;
}

}  // namespace

std::string local_time_of_day(const std::string& utc, TimeZone zone) {
  SysSeconds t{};
  if (!parse_utc(utc, t)) return {};
  const auto local = t + utc_offset(zone);
  const auto day = std::chrono::floor<std::chrono::days>(local);
  const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(local - day).count();
  return format_time_of_day(static_cast<int>(minutes));
}

routing::Problem routing_problem(const PatrolPlan& plan) {
  const SysSeconds origin = instant_or(plan.shift_start_at, SysSeconds{});
  const SysSeconds shift_end = instant_or(plan.shift_end_at, origin);
  const std::vector<LatLon> points = points_of(plan);
  const routing::StraightLineTravel travel;
  routing::Problem problem;
  problem.locations = points.size();
  // For the solver's geometric heuristics (route sectors): x = lon, y = lat.
  for (const LatLon& p : points) problem.points.push_back(routing::PlanarPoint{p.lon, p.lat});
  for (std::size_t i = 0; i < plan.stops.size(); ++i) {
    const PatrolStop& s = plan.stops[i];
    routing::Visit v;
    v.id = s.id;
    v.location = i + 1;
    v.window_open = seconds_between(origin, instant_or(s.window_open_at, origin));
    v.window_close = seconds_between(origin, instant_or(s.window_close_at, shift_end));
    v.service = s.service_s;
    v.demand = s.demand;
    v.priority = std::max(1, s.priority);
    problem.visits.push_back(v);
  }
  constexpr std::size_t kNone = kProfiles;
  std::size_t matrix_of[kProfiles] = {kNone, kNone};
  for (const PatrolTeam& t : plan.teams) {
    routing::Vehicle v;
    v.id = t.id;
    v.start_location = 0;
    v.end_location = 0;
    v.shift_open = 0;
    v.shift_close = seconds_between(origin, shift_end);
    v.capacity = t.capacity ? *t.capacity : routing::kNoLimit;
    // Only the profiles some team uses get a matrix (2,000 stops: 32 MB each).
    const auto profile = static_cast<std::size_t>(t.profile);
    if (matrix_of[profile] == kNone) {
      matrix_of[profile] = problem.travel.size();
      problem.travel.push_back(travel.matrix(points, profile));
    }
    v.profile = matrix_of[profile];
    problem.vehicles.push_back(v);
  }
  return problem;
}

store::PatrolSolution patrol_solution(const PatrolPlan& plan, const routing::Problem& problem,
                                      const routing::Plan& routes, SysSeconds now,
                                      double solve_seconds) {
  const SysSeconds origin = instant_or(plan.shift_start_at, SysSeconds{});
  const std::vector<LatLon> points = points_of(plan);
  const routing::StraightLineTravel travel;
  store::PatrolSolution sol;
  sol.status = PatrolPlanStatus::direncanakan;
  sol.solved_at = format_utc(now);
  sol.updated_at = sol.solved_at;
  sol.solve_seconds = solve_seconds;
  sol.teams.resize(plan.teams.size());
  for (std::size_t i = 0; i < plan.teams.size(); ++i) sol.teams[i].team_id = plan.teams[i].id;
  sol.stops.resize(plan.stops.size());
  for (std::size_t i = 0; i < plan.stops.size(); ++i) sol.stops[i].stop_id = plan.stops[i].id;
  std::vector<bool> placed(plan.stops.size(), false);
  for (const routing::Route& r : routes.routes) {
    if (r.vehicle >= plan.teams.size()) continue;
    store::PatrolTeamRoute& team = sol.teams[r.vehicle];
    team.departure_at = at(origin, r.departure);
    team.return_at = at(origin, r.return_time);
    team.travel_s = r.travel;
    team.load = r.load;
    std::size_t from = problem.vehicles[r.vehicle].start_location;
    int order = 0;
    for (const routing::ScheduledVisit& v : r.visits) {
      if (v.visit >= plan.stops.size()) continue;
      const std::size_t location = problem.visits[v.visit].location;
      team.distance_m += travel.distance_m(points[from], points[location]);
      from = location;
      store::PatrolStopRoute& stop = sol.stops[v.visit];
      stop.team_id = plan.teams[r.vehicle].id;
      stop.route_order = ++order;
      stop.planned_arrival_at = at(origin, v.arrival);
      stop.planned_start_at = at(origin, v.start);
      placed[v.visit] = true;
    }
    team.distance_m +=
        travel.distance_m(points[from], points[problem.vehicles[r.vehicle].end_location]);
    sol.cost_s += r.travel;
    sol.distance_m += team.distance_m;
  }
  for (const routing::Unserved& u : routes.unserved) {
    if (u.visit < plan.stops.size() && !placed[u.visit]) {
      sol.stops[u.visit].unserved_reason = std::string(routing::to_string(u.reason));
      placed[u.visit] = true;
    }
  }
  // The solver lists every visit it leaves out; one it forgot is still named.
  for (std::size_t i = 0; i < placed.size(); ++i) {
    if (!placed[i]) {
      sol.stops[i].unserved_reason =
          std::string(routing::to_string(routing::UnservedReason::fleet_too_small));
    }
  }
  return sol;
}

}  // namespace siaga::service
