#pragma once
// A vehicle routing problem with time windows (VRPTW) as the solver sees it:
// locations by index, travel-time matrices per vehicle profile, the visits to
// make and the fixed fleet that makes them. Times are seconds from a
// reference instant the caller chose (for a patrol plan: 00:00 of the plan's
// day in the unit's zone); a Solomon instance uses its own time units.
//
// Plain data, no I/O: the service or the Solomon reader fills it in.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace siaga::engine::routing {

inline constexpr double kNoLimit = std::numeric_limits<double>::infinity();

// One stop to serve: where, when, for how long, how much load.
struct Visit {
  std::int64_t id = 0;             // the caller's id, echoed in the plan
  std::size_t location = 0;        // index into the travel matrices
  double window_open = 0;          // earliest start of service
  double window_close = kNoLimit;  // latest start of service
  double service = 0;              // time spent at the stop
  double demand = 0;               // load picked up or delivered (ballot boxes)
  // When not every visit fits, the plan keeps the largest total priority
  // served first, then the least travel. Must be >= 1.
  int priority = 1;
};

// One vehicle of the fixed fleet with its crew's shift.
struct Vehicle {
  std::int64_t id = 0;
  std::size_t start_location = 0;  // the depot (Polres or Polsek)
  std::size_t end_location = 0;
  double shift_open = 0;          // earliest departure from the depot
  double shift_close = kNoLimit;  // latest return to the depot
  double capacity = kNoLimit;
  std::size_t profile = 0;  // index into Problem::travel (car, motorbike, ...)
};

// A planar position (x, y; for WGS84 points: lon, lat) of a location, used
// only by geometric heuristics (the polar sectors of routes); distances and
// times always come from the matrices.
struct PlanarPoint {
  double x = 0;
  double y = 0;
};

struct Problem {
  std::size_t locations = 0;
  // travel[profile][from * locations + to]: travel time, and the cost the
  // solver minimises. Square, non-negative, zero on the diagonal.
  std::vector<std::vector<double>> travel;
  std::vector<Visit> visits;
  std::vector<Vehicle> vehicles;
  // Optional: one point per location (empty when unknown; the solver then
  // treats every pair of routes as neighbours).
  std::vector<PlanarPoint> points;

  double travel_time(std::size_t profile, std::size_t from, std::size_t to) const {
    return travel[profile][from * locations + to];
  }
};

}  // namespace siaga::engine::routing
