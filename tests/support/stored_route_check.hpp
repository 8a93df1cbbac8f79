#pragma once
// Checks a patrol plan as it was stored after a solve (teams' departures,
// stops' teams, orders and planned times, unserved reasons) with the
// independent route checker: the instance is rebuilt here from the stored
// positions, windows and shift with the default travel model (straight line x
// 1.3 at 40 km/h by car, 35 by motorbike), not from the service's problem.

#include <string>

#include "domain/patrol.hpp"
#include "engine/route_check/route_check.hpp"

namespace siaga::testing {

// Stored times are whole seconds, so every time comparison gets 1 s of slack.
engine::route_check::Report check_stored_plan(const PatrolPlan& plan);

}  // namespace siaga::testing
