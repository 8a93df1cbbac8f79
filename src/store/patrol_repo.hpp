#pragma once
// Patrol plans, their teams, stops, routes and check-ins (issue 9).
//
// The plan side (service/patrol_plan_service) creates plans, loads them and
// stores the solver's routes; the execution side (service/patrol_execution)
// finds the teams a GPS point belongs to, records check-ins, sweeps overdue
// stops and replays tracks. Times are UTC ISO-8601 strings throughout, so
// text comparison orders them.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/geo.hpp"
#include "domain/patrol.hpp"
#include "domain/result.hpp"
#include "domain/territory.hpp"

namespace siaga::store {

struct PatrolPlanQuery {
  std::vector<std::int64_t> unit_ids;  // empty: any unit
  std::string date;                    // YYYY-MM-DD; empty: any day
  int limit = 500;
};

// One line of the plan list.
struct PatrolPlanSummary {
  std::int64_t id = 0;
  std::int64_t unit_id = 0;
  std::string unit_name;
  std::string zone;  // of the unit: "WIB", "WITA", "WIT"
  PatrolKind kind = PatrolKind::kryd;
  std::string name;
  std::string date;
  std::string shift_start;
  std::string shift_end;
  std::string shift_start_at;
  std::string shift_end_at;
  PatrolPlanStatus status = PatrolPlanStatus::draf;
  std::string solved_at;
  double cost_s = 0;
  double distance_m = 0;
  int teams = 0;
  int stops = 0;
  int unserved = 0;
  // Stops by execution status.
  int selesai = 0;
  int terlambat = 0;
  int terlewat = 0;
  int menunggu = 0;
};

// The solved route of one team; empty times when the team stays home.
struct PatrolTeamRoute {
  std::int64_t team_id = 0;
  std::string departure_at;
  std::string return_at;
  double travel_s = 0;
  double distance_m = 0;
  double load = 0;
};

// Where the solver put one stop: a team and an order, or a reason why not.
struct PatrolStopRoute {
  std::int64_t stop_id = 0;
  std::optional<std::int64_t> team_id;
  std::optional<int> route_order;  // 1-based within the team
  std::string planned_arrival_at;
  std::string planned_start_at;
  std::string unserved_reason;  // empty when served
};

struct PatrolSolution {
  PatrolPlanStatus status = PatrolPlanStatus::direncanakan;
  std::string solved_at;
  double solve_seconds = 0;
  double cost_s = 0;
  double distance_m = 0;
  std::string updated_at;
  std::vector<PatrolTeamRoute> teams;  // every team of the plan
  std::vector<PatrolStopRoute> stops;  // every stop of the plan
};

// A team of a plan whose shift covers a given instant.
struct ActivePatrolTeam {
  std::int64_t plan_id = 0;
  std::int64_t team_id = 0;
};

// A stop still waiting after its window closed, with what a live alert and
// its territory filter need.
struct OverduePatrolStop {
  PatrolStop stop;
  std::int64_t plan_id = 0;
  std::string plan_name;
  std::int64_t unit_id = 0;
  std::int64_t team_id = 0;  // 0 when the stop was never routed
  std::string call_sign;
  std::string district_code;  // of the plan; empty for a Polres plan
  std::string regency_code;
  std::string province_code;
};

// A team's shift in one plan, as the geofence check-in needs it.
struct PatrolShiftOfTeam {
  std::int64_t plan_id = 0;
  std::int64_t team_id = 0;
  std::string shift_start_at;
  std::string shift_end_at;
  std::string district_code;  // of the plan; empty for a Polres plan
  std::string regency_code;
};

// A team's route in a plan of one day, as the crew's phone lists it.
struct PatrolTeamOfDay {
  std::int64_t plan_id = 0;
  std::string plan_name;
  PatrolKind kind = PatrolKind::kryd;
  std::string date;
  std::string zone;  // of the plan's unit
  std::string shift_start;
  std::string shift_end;
  std::string shift_start_at;
  PatrolPlanStatus status = PatrolPlanStatus::draf;
  std::int64_t team_id = 0;
  std::int64_t field_unit_id = 0;
  std::string call_sign;
  // The team's routed stops by execution status.
  int stops = 0;
  int selesai = 0;
  int terlambat = 0;
  int terlewat = 0;
  int menunggu = 0;
};

struct TrackPoint {
  LatLon position;
  std::string at;
  double accuracy_m = 0;
};

class PatrolRepo {
 public:
  virtual ~PatrolRepo() = default;

  // Inserts the plan, its teams (with crew), needs and stops in order, and
  // fills in every id (plan.id, teams[i].id, needs[i].id, stops[i].id).
  // stop_need_index[i] is the index into plan.needs of the need stop i was
  // expanded from, or -1; stops' need_id are set from it (may be empty).
  virtual Status create_plan(PatrolPlan& plan, const std::vector<int>& stop_need_index) = 0;

  // The whole plan: teams with crew names (personnel / partner_members),
  // call signs (field_units), vehicle labels (items), needs, stops by
  // ordinal. Outside the territory: nullopt. `unit_name` is filled in.
  virtual Result<std::optional<PatrolPlan>> find_plan(std::int64_t id,
                                                      const Territory& territory) = 0;

  // Newest plan date first, then newest id.
  virtual Result<std::vector<PatrolPlanSummary>> list_plans(const PatrolPlanQuery& query,
                                                            const Territory& territory) = 0;

  // Stores a solver's answer: every team's route fields, every stop's team,
  // order, planned times and unserved reason, and the plan's cost,
  // distance, status and solve time. Stops' execution status is left as is.
  virtual Status save_solution(std::int64_t plan_id, const PatrolSolution& solution) = 0;

  // The unit whose roster holds a partner member (TNI, Satpol PP, ...).
  virtual Result<std::optional<std::int64_t>> unit_of_partner_member(std::int64_t id) = 0;

  // --- execution ---

  // Teams of the field unit in plans whose shift covers `at_utc`
  // (shift_start_at <= at <= shift_end_at), planned or not.
  virtual Result<std::vector<ActivePatrolTeam>> active_teams_of_field_unit(
      std::int64_t field_unit_id, const std::string& at_utc) = 0;

  // Stops routed to the team that still wait (status menunggu), in route order.
  virtual Result<std::vector<PatrolStop>> pending_stops_of_team(std::int64_t team_id) = 0;

  // One stop by id (any status) with its plan id; nullopt when unknown.
  virtual Result<std::optional<PatrolStop>> find_stop(std::int64_t plan_id,
                                                      std::int64_t stop_id) = 0;

  // Returns the new id. `photo` empty: no photo (check_in.photo_type ignored).
  virtual Result<std::int64_t> insert_check_in(const PatrolCheckIn& check_in,
                                               const std::string& photo) = 0;

  // visited_at empty: stored as NULL.
  virtual Status set_stop_status(std::int64_t stop_id, StopStatus status,
                                 const std::string& visited_at) = 0;

  // Stops still menunggu whose window_close_at < cutoff_utc (now minus the
  // grace) and that were never alerted, oldest window first, at most `limit`.
  // Only stops of solved plans (status direncanakan).
  virtual Result<std::vector<OverduePatrolStop>> overdue_stops(const std::string& cutoff_utc,
                                                               int limit) = 0;

  virtual Status mark_alerted(std::int64_t stop_id, const std::string& at) = 0;

  // Every check-in of the plan, by time (no photo bytes).
  virtual Result<std::vector<PatrolCheckIn>> check_ins_of_plan(std::int64_t plan_id) = 0;

  // (bytes, content type) of a check-in's photo.
  virtual Result<std::optional<std::pair<std::string, std::string>>> check_in_photo(
      std::int64_t check_in_id) = 0;

  // Positions of a field unit with from_utc <= at <= to_utc, by time.
  virtual Result<std::vector<TrackPoint>> track(std::int64_t field_unit_id,
                                                const std::string& from_utc,
                                                const std::string& to_utc) = 0;

  // --- execution, added for the geofence check-ins of a position batch ---

  // Teams of the field unit in plans whose shift overlaps [from_utc, to_utc]
  // (shift_start_at <= to and shift_end_at >= from), with the shift and the
  // plan's region: one indexed query (patrol_teams_field_unit), so a batch of
  // a unit on no patrol costs one look-up.
  virtual Result<std::vector<PatrolShiftOfTeam>> shifts_of_field_unit(
      std::int64_t field_unit_id, const std::string& from_utc, const std::string& to_utc) = 0;

  // Records a visit on a stop not yet visited (menunggu or terlewat): sets
  // its status and visited_at in one conditional update, so two check-ins
  // racing for one stop cannot both win. False when it was visited already.
  virtual Result<bool> claim_visit(std::int64_t stop_id, StopStatus status,
                                   const std::string& visited_at) = 0;

  // Marks a stop terlewat and alerted at `at`, only while it is still
  // menunggu and never alerted: two sweeps (two instances) alert once.
  virtual Result<bool> claim_missed(std::int64_t stop_id, const std::string& at) = 0;

  // Teams of plans on `date` whose field unit is in the territory (a Polsek
  // crew in its Polres's plan too), by shift start then team.
  virtual Result<std::vector<PatrolTeamOfDay>> teams_of_day(const std::string& date,
                                                            const Territory& territory) = 0;
};

}  // namespace siaga::store
