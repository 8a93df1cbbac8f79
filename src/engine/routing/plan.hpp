#pragma once
// The solver's answer: one route per used vehicle with its timetable, and
// the visits left out with the reason why.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace siaga::engine::routing {

struct ScheduledVisit {
  std::size_t visit = 0;  // index into Problem::visits
  double arrival = 0;     // at the stop
  double start = 0;       // of service: max(arrival, window_open)
  double departure = 0;   // start + service
};

struct Route {
  std::size_t vehicle = 0;  // index into Problem::vehicles
  double departure = 0;     // from the depot
  double return_time = 0;   // back at the depot
  double travel = 0;        // total travel time (the cost) of this route
  double load = 0;          // total demand carried
  std::vector<ScheduledVisit> visits;
};

enum class UnservedReason : std::uint8_t {
  // No vehicle can carry the visit's demand.
  over_capacity,
  // No vehicle can reach it inside its window and get back within its shift,
  // even going there alone.
  window_unreachable,
  // Each visit fits alone, but the fleet cannot fit them all; this one has
  // the lowest priority among those that compete.
  fleet_too_small,
};
std::string_view to_string(UnservedReason reason);  // "over_capacity"

struct Unserved {
  std::size_t visit = 0;
  UnservedReason reason = UnservedReason::fleet_too_small;
};

struct Plan {
  std::vector<Route> routes;  // only vehicles that leave the depot
  std::vector<Unserved> unserved;
  double cost = 0;               // sum of the routes' travel
  std::uint64_t iterations = 0;  // of the search, summed over threads
  double seconds_to_best = 0;    // wall time when the returned plan was found
  // Wall time when a plan first served every visit that can be served
  // (negative when none did by the deadline).
  double seconds_to_feasible = -1;
};

}  // namespace siaga::engine::routing
