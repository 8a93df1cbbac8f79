#include "support/stored_route_check.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "domain/time_zone.hpp"
#include "engine/routing/travel_times.hpp"

namespace siaga::testing {

namespace rc = engine::route_check;

namespace {

double seconds_from(const SysSeconds origin, const std::string& utc, double otherwise) {
  SysSeconds t{};
  if (!parse_utc(utc, t)) return otherwise;
  return static_cast<double>((t - origin).count());
}

}  // namespace

rc::Report check_stored_plan(const PatrolPlan& plan) {
  SysSeconds origin{};
  parse_utc(plan.shift_start_at, origin);
  rc::Instance instance;
  instance.name = plan.name;
  std::vector<LatLon> points{plan.depot};
  for (const PatrolStop& s : plan.stops) points.push_back(s.position);
  instance.locations = points.size();
  const engine::routing::StraightLineTravel travel({{40, 35}, 1.3});
  instance.travel = {travel.matrix(points, 0), travel.matrix(points, 1)};
  const double shift_close = seconds_from(origin, plan.shift_end_at, rc::kUnbounded);
  std::map<std::int64_t, std::size_t> visit_of_stop;
  for (std::size_t i = 0; i < plan.stops.size(); ++i) {
    const PatrolStop& s = plan.stops[i];
    visit_of_stop[s.id] = i;
    instance.visits.push_back(rc::Visit{s.id, i + 1, seconds_from(origin, s.window_open_at, 0),
                                        seconds_from(origin, s.window_close_at, shift_close),
                                        s.service_s, s.demand});
  }
  rc::Solution solution;
  for (std::size_t t = 0; t < plan.teams.size(); ++t) {
    const PatrolTeam& team = plan.teams[t];
    instance.vehicles.push_back(rc::Vehicle{team.id, 0, 0, 0, shift_close,
                                            team.capacity.value_or(rc::kUnbounded),
                                            team.profile == TravelProfile::motor ? 1u : 0u});
    std::vector<const PatrolStop*> route;
    for (const PatrolStop& s : plan.stops) {
      if (s.team_id == team.id) route.push_back(&s);
    }
    if (route.empty()) continue;
    std::sort(route.begin(), route.end(), [](const PatrolStop* a, const PatrolStop* b) {
      return a->route_order < b->route_order;
    });
    rc::Route r;
    r.vehicle = t;
    r.departure = seconds_from(origin, team.departure_at, 0);
    r.return_time = seconds_from(origin, team.return_at, 0);
    r.travel = team.travel_s;
    r.load = team.load;
    for (const PatrolStop* s : route) {
      r.visits.push_back(visit_of_stop.at(s->id));
      const double start = seconds_from(origin, s->planned_start_at, 0);
      r.stops.push_back(rc::ClaimedStop{seconds_from(origin, s->planned_arrival_at, 0), start,
                                        start + s->service_s});
    }
    solution.routes.push_back(std::move(r));
  }
  for (const PatrolStop& s : plan.stops) {
    if (!s.unserved_reason.empty()) solution.unserved.push_back(visit_of_stop.at(s.id));
  }
  solution.claimed_cost = plan.cost_s;
  rc::CheckOptions options;
  options.time_slack = 1.0;
  return rc::check(instance, solution, options);
}

}  // namespace siaga::testing
