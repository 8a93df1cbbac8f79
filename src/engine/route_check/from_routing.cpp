#include "engine/route_check/from_routing.hpp"

namespace siaga::engine::route_check {

Checkable from_routing(const routing::Problem& problem, const routing::Plan& plan) {
  Checkable out;
  Instance& instance = out.instance;
  instance.locations = problem.locations;
  instance.travel = problem.travel;
  instance.visits.reserve(problem.visits.size());
  for (const routing::Visit& v : problem.visits) {
    instance.visits.push_back(
        {v.id, v.location, v.window_open, v.window_close, v.service, v.demand});
  }
  instance.vehicles.reserve(problem.vehicles.size());
  for (const routing::Vehicle& v : problem.vehicles) {
    instance.vehicles.push_back({v.id, v.start_location, v.end_location, v.shift_open,
                                 v.shift_close, v.capacity, v.profile});
  }
  Solution& solution = out.solution;
  solution.claimed_cost = plan.cost;
  solution.routes.reserve(plan.routes.size());
  for (const routing::Route& r : plan.routes) {
    Route route;
    route.vehicle = r.vehicle;
    route.departure = r.departure;
    route.return_time = r.return_time;
    route.travel = r.travel;
    route.load = r.load;
    route.visits.reserve(r.visits.size());
    route.stops.reserve(r.visits.size());
    for (const routing::ScheduledVisit& s : r.visits) {
      route.visits.push_back(s.visit);
      route.stops.push_back({s.arrival, s.start, s.departure});
    }
    solution.routes.push_back(std::move(route));
  }
  for (const routing::Unserved& u : plan.unserved) solution.unserved.push_back(u.visit);
  return out;
}

Report check_plan(const routing::Problem& problem, const routing::Plan& plan,
                  const CheckOptions& options) {
  const Checkable c = from_routing(problem, plan);
  return check(c.instance, c.solution, options);
}

}  // namespace siaga::engine::route_check
