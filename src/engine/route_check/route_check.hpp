#pragma once
// An independent feasibility checker for vehicle routes with time windows.
// It shares no code with the solver (engine/routing): its own instance and
// solution types, its own schedule arithmetic. Tests and the benchmark run
// every plan through it, so a bug in the solver's bookkeeping (time-warp
// segments, load sums, cost caches) cannot hide behind the same bug here.
//
// Times are in the instance's units (seconds for a patrol, Solomon's own
// units for a Solomon instance); the travel matrix is both time and cost.
// Plain data, no I/O.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace siaga::engine::route_check {

inline constexpr double kUnbounded = std::numeric_limits<double>::infinity();

struct Visit {
  std::int64_t id = 0;        // the caller's id, used in messages
  std::size_t location = 0;   // index into the travel matrices
  double open = 0;            // earliest start of service
  double close = kUnbounded;  // latest start of service
  double service = 0;
  double demand = 0;
};

struct Vehicle {
  std::int64_t id = 0;
  std::size_t start = 0;  // depot locations
  std::size_t end = 0;
  double shift_open = 0;            // earliest departure from `start`
  double shift_close = kUnbounded;  // latest return to `end`
  double capacity = kUnbounded;
  std::size_t profile = 0;  // index into Instance::travel
};

struct Instance {
  std::string name;
  std::size_t locations = 0;
  // travel[profile][from * locations + to]
  std::vector<std::vector<double>> travel;
  std::vector<Visit> visits;
  std::vector<Vehicle> vehicles;
};

// A timetable the solver claims for one stop; checked against the
// recomputation when present.
struct ClaimedStop {
  double arrival = 0;
  double start = 0;
  double departure = 0;
};

struct Route {
  std::size_t vehicle = 0;          // index into Instance::vehicles
  std::vector<std::size_t> visits;  // indices into Instance::visits, in order
  // What the solver says about the route (all optional). When `departure`
  // is given the schedule is recomputed from it instead of from the shift's
  // opening; `stops`, when not empty, has one entry per visit.
  std::optional<double> departure;
  std::optional<double> return_time;
  std::optional<double> travel;
  std::optional<double> load;
  std::vector<ClaimedStop> stops;
};

struct Solution {
  std::vector<Route> routes;
  std::vector<std::size_t> unserved;  // visit indices the solver left out
  double claimed_cost = 0;
};

enum class ViolationKind : std::uint8_t {
  unknown_vehicle,         // route names a vehicle the instance does not have
  unknown_visit,           // index or id the instance does not have
  vehicle_reused,          // two routes for one vehicle
  too_many_routes,         // more routes than vehicles
  early_departure,         // claimed departure before the shift opens
  late_start,              // service starts after the window closes
  over_capacity,           // route load above the vehicle's capacity
  shift_overrun,           // back at the depot after the shift closes
  duplicate_visit,         // served twice, listed unserved twice, or both
  missing_visit,           // neither served nor listed unserved
  timetable_mismatch,      // claimed arrival/start/departure/return differs
  route_figure_mismatch,   // claimed route travel or load differs
  cost_mismatch,           // claimed total cost differs from the recomputed one
  vehicle_count_mismatch,  // claimed number of vehicles used differs
};
std::string_view to_string(ViolationKind kind);  // "late_start"

inline constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

struct Violation {
  ViolationKind kind = ViolationKind::late_start;
  std::size_t route = kNone;  // index into Solution::routes, or kNone
  std::size_t visit = kNone;  // index into Instance::visits, or kNone
  std::string detail;         // what, with the figures
};

// The recomputed schedule of one route, from the earliest departure (or the
// claimed one).
struct RouteFigures {
  std::size_t vehicle = 0;
  double departure = 0;
  double return_time = 0;
  double travel = 0;
  double load = 0;
  std::size_t visits = 0;
};

struct Report {
  std::vector<Violation> violations;
  double cost = 0;  // recomputed total travel
  std::size_t served = 0;
  std::size_t unserved = 0;
  std::vector<RouteFigures> routes;

  bool ok() const { return violations.empty(); }
  std::size_t count(ViolationKind kind) const;
  // One line per violation: "route 3, visit 17 (id 18), late_start: ...".
  std::string describe(const Instance& instance) const;
};

struct CheckOptions {
  // Slack on every time comparison and on claimed times, relative to the
  // magnitude compared (absolute below 1).
  double time_tolerance = 1e-6;
  // Absolute slack added to every time comparison, for times stored rounded
  // (a patrol plan keeps its timetable to the second).
  double time_slack = 0;
  // Claimed cost, route travel and load must match within this, relative.
  double cost_tolerance = 1e-6;
};

// Every violation of the solution, and the recomputed figures. Never throws;
// out-of-range indices are reported, not dereferenced.
// REQUIRES: every travel matrix has locations * locations entries.
Report check(const Instance& instance, const Solution& solution, const CheckOptions& options = {});

// An answer naming visits by their ids, as the CLI prints it (route i is
// vehicle i's; the fleet is homogeneous there).
struct IdAnswer {
  std::vector<std::vector<std::int64_t>> routes;
  std::vector<std::int64_t> unserved;
  double cost = 0;
  std::optional<std::size_t> vehicles;  // claimed count of routes used
};

// Maps ids to indices (an unknown id is an unknown_visit violation), then
// check(); also compares the claimed vehicle count with the non-empty routes.
Report check_ids(const Instance& instance, const IdAnswer& answer,
                 const CheckOptions& options = {});

}  // namespace siaga::engine::route_check
