#pragma once
// Patrol and escort plans (issue 9): a Polres or Polsek plans KRYD, joint
// ("tiga pilar") and dialogue patrols and ballot-logistics escorts: teams of
// field units with a vehicle and a crew, stops with time windows (typed,
// expanded from recurring needs, or generated along the escort chain
// warehouse -> PPK -> PPS -> TPS), then routes from the VRPTW solver.
// docs/patrols.md is the contract; the execution side (check-ins, tracks,
// compliance) lives in patrol_execution_service.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/geo.hpp"
#include "domain/patrol.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"
#include "store/patrol_repo.hpp"

namespace siaga::service {

struct PatrolCrewInput {
  std::optional<std::int64_t> personnel_id;
  std::optional<std::int64_t> partner_member_id;
};

struct PatrolTeamInput {
  std::optional<std::int64_t> field_unit_id;
  std::optional<std::int64_t> vehicle_item_id;
  std::optional<std::string> profile;  // mobil (default) or motor
  std::optional<double> capacity;      // ballot boxes; none: no limit
  std::vector<PatrolCrewInput> crew;
  std::string partners;
};

struct PatrolStopInput {
  std::optional<std::int64_t> object_id;
  std::optional<std::int64_t> tps_id;
  std::optional<std::string> name;
  std::optional<LatLon> position;
  std::optional<std::string> window_open;  // HH:MM local
  std::optional<std::string> window_close;
  std::optional<int> service_minutes;  // default 10
  std::optional<int> priority;         // 1..5, default 3
  std::optional<double> demand;        // >= 0, default 0
};

struct PatrolNeedInput {
  std::optional<std::int64_t> object_id;
  std::optional<std::int64_t> tps_id;
  std::optional<int> every_minutes;
  std::optional<std::string> from;  // HH:MM local
  std::optional<std::string> to;
  std::optional<int> window_minutes;   // default 60
  std::optional<int> service_minutes;  // default 15
  std::optional<int> priority;         // default 3
};

// The escort chain of a pengawalan_logistik plan.
struct PatrolChainInput {
  std::optional<std::string> direction;        // berangkat (default) or kembali
  std::optional<std::string> leg;              // gudang_ppk, ppk_pps, pps_tps
  std::optional<std::int64_t> from_object_id;  // the PPK (ppk_pps) or PPS (pps_tps)
  std::optional<int> boxes_per_tps;            // default 1
  std::optional<std::string> window_open;      // default 06:00
  std::optional<std::string> window_close;     // default 18:00
  std::optional<int> service_minutes;          // default 20
  std::optional<int> priority;                 // default 3
};

struct PatrolPlanInput {
  std::optional<std::int64_t> unit_id;  // default: the actor's unit
  std::optional<std::string> kind;
  std::optional<std::string> name;
  std::optional<std::string> date;         // YYYY-MM-DD
  std::optional<std::string> shift_start;  // HH:MM
  std::optional<std::string> shift_end;
  std::optional<std::int64_t> depot_unit_id;  // default: the plan's unit
  std::vector<PatrolTeamInput> teams;
  std::vector<PatrolStopInput> stops;
  std::vector<PatrolNeedInput> needs;
  std::optional<PatrolChainInput> chain;
};

// A plan with what its screens show beside it.
struct PatrolPlanView {
  PatrolPlan plan;
  TimeZone zone = TimeZone::wib;
  std::string depot_name;
};

struct PatrolPlanCreated {
  PatrolPlanView view;
  bool replayed = false;
};

struct PatrolPlanFilter {
  std::optional<std::int64_t> unit_id;  // the unit and every unit under it
  std::string date;                     // YYYY-MM-DD; empty: any
};

inline constexpr double kDefaultSolveSeconds = 2;
inline constexpr double kMinSolveSeconds = 0.2;
inline constexpr double kMaxSolveSeconds = 30;

class PatrolPlanService {
 public:
  explicit PatrolPlanService(Context& ctx) : ctx_(ctx) {}

  // manage_patrols; the plan's unit in the actor's territory. Every bad input
  // is a 422 naming the field as docs/patrols.md does; nothing is stored.
  Result<PatrolPlanCreated> create(const Actor& actor, const PatrolPlanInput& input,
                                   const std::string& idempotency_key = {},
                                   const std::string& fingerprint = {});
  // manage_patrols: routes for every team by the VRPTW solver within
  // `seconds` (clamped to 0.2..30); re-solving replaces the routes. What
  // cannot be served is listed with its reason; never an error for that.
  Result<PatrolPlanView> solve(const Actor& actor, std::int64_t plan_id,
                               std::optional<double> seconds = std::nullopt);
  // read_patrols
  Result<PatrolPlanView> get(const Actor& actor, std::int64_t plan_id);
  Result<std::vector<store::PatrolPlanSummary>> list(const Actor& actor,
                                                     const PatrolPlanFilter& filter);
  // read_patrols or check_in_patrol: the plan with only the team's stops in
  // route order (and its other teams dropped).
  Result<PatrolPlanView> team_route(const Actor& actor, std::int64_t plan_id, std::int64_t team_id);
  // read_patrols or check_in_patrol: the teams of the day's plans whose
  // field unit is in the actor's territory, so that a Polsek crew finds its
  // route in the Polres's plan. `date` empty: today in the actor's zone.
  Result<std::vector<store::PatrolTeamOfDay>> teams_of_day(const Actor& actor,
                                                           const std::string& date);

 private:
  Context& ctx_;
};

}  // namespace siaga::service
