#pragma once
// Patrol and escort plans (rencana patroli / pengawalan): teams of a field
// unit, a vehicle and a crew; stops with time windows, some expanded from
// recurring needs; the solved route of each team; and the check-ins that
// prove each visit. Times are UTC ISO-8601 strings; the HH:MM texts are the
// unit's local time of day as the planner typed them.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/geo.hpp"
#include "domain/result.hpp"
#include "domain/time_zone.hpp"

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
  std::string depot_name;  // empty: the depot unit's station
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

// --- Times of a plan -------------------------------------------------------
// A plan's times of day are minutes from 00:00 local of the plan's date; a
// time of day earlier than the shift start belongs to the next day (+1440).

inline constexpr int kMinutesPerDay = 1440;

// "HH:MM" (00:00..23:59) to minutes since midnight; nullopt when malformed.
std::optional<int> parse_time_of_day(std::string_view text);
// Minutes (any, taken modulo a day) to "HH:MM".
std::string format_time_of_day(int minutes);

// A time of day typed for a plan whose shift starts at `shift_start`
// (both minutes since midnight), as minutes from 00:00 of the plan's date.
int plan_minutes(int time_of_day, int shift_start);
// The shift's end from 00:00 of the plan's date: an end <= start is the next day.
int shift_end_minutes(int shift_start, int shift_end);

// The occurrences of a recurring need, in plan minutes: from, from + every,
// ... strictly before `to` (a `to` at or before `from` is the next day).
// REQUIRES: every_minutes >= 1.
std::vector<int> need_occurrences(int from, int to, int every_minutes, int shift_start);

// The UTC instant of plan minutes `minutes` on `date` in `zone`.
SysSeconds plan_instant(std::chrono::sys_days date, TimeZone zone, int minutes);

// Why a stop was left out of the routes (routing::UnservedReason text), in words.
std::string_view unserved_label_id(std::string_view reason);
std::string_view unserved_label_en(std::string_view reason);

// Checks of a stop's window in plan minutes; the error names
// `<field>.window_close` (ends before it starts) or `<field>.service_minutes`
// (the service does not fit in the window). `field` is e.g. "stops[2]".
Status validate_stop_window(int open, int close, int service_minutes, const std::string& field);

// Limits of a plan: priority 1..5, service up to a day, stops per plan.
inline constexpr int kMinPriority = 1;
inline constexpr int kMaxPriority = 5;
inline constexpr int kMaxServiceMinutes = 24 * 60;
inline constexpr std::size_t kMaxPlanStops = 2000;

}  // namespace siaga
