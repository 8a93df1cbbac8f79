#pragma once
// Inside the patrol plan use cases: turning a request into a checked plan
// (patrol_plan_build.cpp) and a plan into routes (patrol_plan_solve.cpp).

#include <string>
#include <vector>

#include "domain/strategic_object.hpp"
#include "domain/tps.hpp"
#include "domain/unit.hpp"
#include "domain/user.hpp"
#include "engine/routing/plan.hpp"
#include "engine/routing/problem.hpp"
#include "service/patrol_plan_service.hpp"
#include "store/database.hpp"

namespace siaga::service {

struct BuiltPatrolPlan {
  PatrolPlan plan;  // ids not yet assigned
  std::vector<int> stop_need_index;
};

// Checks every field of the request against the database (units, field
// units, vehicles, crew, objects, TPS, region polygons) and expands needs
// and the escort chain into stops. The error names the field as the API
// contract does ("stops[2].window_close").
Result<BuiltPatrolPlan> build_patrol_plan(store::Transaction& tx, const Actor& actor,
                                          const PatrolPlanInput& input, SysSeconds now);

// A stop at a strategic object or a TPS (name and position; no window yet).
PatrolStop patrol_stop_at(const StrategicObject& object);
PatrolStop patrol_stop_at(const Tps& tps);

// The escort chain's depot and destinations, each with its demand in ballot
// boxes (`boxes_per_tps` x the TPS behind it); no windows yet. `leg` is
// gudang_ppk, ppk_pps or pps_tps (checked by the caller); errors name
// chain.leg or chain.from_object_id.
struct EscortChain {
  StrategicObject depot;
  std::vector<PatrolStop> stops;
};
Result<EscortChain> escort_chain(store::Transaction& tx, const Unit& unit, const std::string& leg,
                                 std::optional<std::int64_t> from_object_id, int boxes_per_tps);

// The routing problem of a plan: location 0 the depot, location i + 1 the
// plan's stop i; times in seconds from the shift start; vehicle t the team t.
engine::routing::Problem routing_problem(const PatrolPlan& plan);

// The solver's answer as the rows to store.
store::PatrolSolution patrol_solution(const PatrolPlan& plan,
                                      const engine::routing::Problem& problem,
                                      const engine::routing::Plan& routes, SysSeconds now,
                                      double solve_seconds);

// "HH:MM" in the zone of a UTC instant ("" when the text is no instant).
std::string local_time_of_day(const std::string& utc, TimeZone zone);

}  // namespace siaga::service
