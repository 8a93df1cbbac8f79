#pragma once
// The solver's problem and plan in the checker's own types. Reads the
// solver's plain data structs only; the checking itself is route_check's.

#include "engine/route_check/route_check.hpp"
#include "engine/routing/plan.hpp"
#include "engine/routing/problem.hpp"

namespace siaga::engine::route_check {

struct Checkable {
  Instance instance;
  // The plan's routes with everything it claims: departure, timetable,
  // return, travel and load per route, and the total cost.
  Solution solution;
};

Checkable from_routing(const routing::Problem& problem, const routing::Plan& plan);

// from_routing, then check().
Report check_plan(const routing::Problem& problem, const routing::Plan& plan,
                  const CheckOptions& options = {});

}  // namespace siaga::engine::route_check
