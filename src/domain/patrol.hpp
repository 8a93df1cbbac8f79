#pragma once
// Patrol and escort plans (rencana patroli / pengawalan): teams of a field
// unit, a vehicle and a crew; stops with time windows, some expanded from
// recurring needs; the solved route of each team; and the check-ins that
// prove each visit. Times are UTC ISO-8601 strings; the HH:MM texts are the
// unit's local time of day as the planner typed them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/geo.hpp"
#include "domain/result.hpp"

namespace siaga {

enum class PatrolKind { kryd, patroli_gabungan, patroli_dialogis, pengawalan_logistik };
std::string_view to_string(PatrolKind kind);
std::optional<PatrolKind> parse_patrol_kind(std::string_view text);
std::string_view label_id(PatrolKind kind);  // "Patroli gabungan (tiga pilar)"
std::string_view label_en(PatrolKind kind);  // "Joint patrol (three pillars)"

enum class PatrolPlanStatus { draf, direncanakan };
std::string_view to_string(PatrolPlanStatus status);
std::optional<PatrolPlanStatus> parse_patrol_plan_status(std::string_view text);

// Which travel-time profile a team's vehicle uses.
enum class TravelProfile { mobil, motor };
std::string_view to_string(TravelProfile profile);
std::optional<TravelProfile> parse_travel_profile(std::string_view text);

// Execution state of a stop: waiting, done in its window, done late, missed.
enum class StopStatus { menunggu, selesai, terlambat, terlewat };
std::string_view to_string(StopStatus status);
std::optional<StopStatus> parse_stop_status(std::string_view text);
std::string_view label_id(StopStatus status);
std::string_view label_en(StopStatus status);

enum class CheckInMethod { geofence, tap };
std::string_view to_string(CheckInMethod method);
std::optional<CheckInMethod> parse_check_in_method(std::string_view text);

// A visit counts when the position is within this distance of the stop.
inline constexpr double kGeofenceRadiusM = 100;

struct CrewMember {
  std::optional<std::int64_t> personnel_id;       // a Polri member
  std::optional<std::int64_t> partner_member_id;  // TNI, Satpol PP, Dishub, Linmas
  std::string name;
  std::string rank;
  std::string force;  // "POLRI", "TNI", "SATPOL_PP", ...
};

struct PatrolTeam {
  std::int64_t id = 0;
  std::int64_t field_unit_id = 0;  // whose positions are the team's track
  std::string call_sign;
  std::optional<std::int64_t> vehicle_item_id;
  std::string vehicle_label;  // "Mobil patroli N 1234 XY"
  TravelProfile profile = TravelProfile::mobil;
  std::optional<double> capacity;  // ballot boxes; none = no limit
  std::string partners;            // free text: "TNI 2, Satpol PP 1"
  std::vector<CrewMember> crew;
  // The solved route; empty strings while a draft or when the team stays home.
  std::string departure_at;
  std::string return_at;
  double travel_s = 0;
  double distance_m = 0;
  double load = 0;
};

struct PatrolNeed {
  std::int64_t id = 0;
  std::optional<std::int64_t> object_id;
  std::optional<std::int64_t> tps_id;
  int every_minutes = 240;
  std::string from_time = "22:00";  // HH:MM local
  std::string to_time = "06:00";
  int window_minutes = 60;
  int service_minutes = 15;
  int priority = 3;
};

struct PatrolStop {
  std::int64_t id = 0;
  int ordinal = 0;
  std::optional<std::int64_t> object_id;
  std::optional<std::int64_t> tps_id;
  std::optional<std::int64_t> need_id;
  std::string name;
  LatLon position;
  std::string window_open_at;  // UTC
  std::string window_close_at;
  double service_s = 0;
  int priority = 3;  // 1 (low) .. 5 (high)
  double demand = 0;
  std::optional<std::int64_t> team_id;
  std::optional<int> route_order;
  std::string planned_arrival_at;
  std::string planned_start_at;
  std::string unserved_reason;  // routing::UnservedReason text, empty when served
  StopStatus status = StopStatus::menunggu;
  std::string visited_at;
  std::string alerted_at;
};

struct PatrolPlan {
  std::int64_t id = 0;
  std::int64_t unit_id = 0;
  std::string unit_name;
  PatrolKind kind = PatrolKind::kryd;
  std::string name;
  std::string date;         // YYYY-MM-DD in the unit's zone
  std::string shift_start;  // HH:MM local; an end <= start is the next day
  std::string shift_end;
  std::string shift_start_at;  // UTC
  std::string shift_end_at;
  std::int64_t depot_unit_id = 0;
  LatLon depot;
  PatrolPlanStatus status = PatrolPlanStatus::draf;
  std::string district_code;
  std::string regency_code;
  std::string province_code;
  std::string created_by;
  std::string created_at;
  std::string solved_at;
  double solve_seconds = 0;
  double cost_s = 0;
  double distance_m = 0;
  std::string updated_at;
  std::vector<PatrolTeam> teams;
  std::vector<PatrolNeed> needs;
  std::vector<PatrolStop> stops;
};

struct PatrolCheckIn {
  std::int64_t id = 0;
  std::int64_t plan_id = 0;
  std::int64_t stop_id = 0;
  std::int64_t team_id = 0;
  std::string at;  // UTC, the device's time
  LatLon position;
  double accuracy_m = 0;
  double distance_m = 0;  // from the stop
  CheckInMethod method = CheckInMethod::tap;
  bool late = false;
  std::string actor;
  std::string photo_type;  // empty when no photo
};

}  // namespace siaga
