#pragma once
// Solomon's VRPTW text format read into the checker's instance: its own
// small reader, not the solver's (io/solomon), so a misreading on either side
// shows up as a disagreement. The first row of the customer table is the
// depot; travel time and cost are the Euclidean distance in double
// precision; the fleet is VEHICLE NUMBER copies of one vehicle with the
// depot's window as its shift. Takes the text; the caller reads the file.

#include <string_view>

#include "domain/result.hpp"
#include "engine/route_check/route_check.hpp"

namespace siaga::engine::route_check {

// Visits keep the customer numbers as ids; location i is the table's row i.
Result<Instance> instance_from_solomon(std::string_view text);

}  // namespace siaga::engine::route_check
