#pragma once
// Patrols in the field (issue 9, execution): check-ins at the stops (a tap
// with the device position, or automatic when a team's GPS point comes
// within 100 m), the sweep that marks stops missed once their window closed
// and the grace passed, compliance counts, track replay, and the schedule
// (jadwal) and compliance (kepatuhan) documents. docs/patrols.md is the
// contract; the plans themselves come from PatrolPlanService.
//
// Live events, after the commit, on the plan's region:
//   patrol.checkin {plan_id, team_id, stop_id, status, method}
//   patrol.alert   {plan_id, team_id, stop_id, kind, stop_name, call_sign, window_close_at}

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/field_unit.hpp"
#include "domain/patrol.hpp"
#include "domain/patrol_compliance.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"
#include "store/patrol_repo.hpp"

namespace siaga::service {

struct TapCheckInInput {
  std::optional<std::int64_t> team_id;
  std::optional<std::int64_t> stop_id;
  std::optional<LatLon> position;
  std::optional<double> accuracy_m;
  std::optional<std::string> at;  // UTC ISO-8601; default now
  std::string photo;              // JPEG or PNG bytes; empty when none
};

struct CheckInView {
  PatrolCheckIn check_in;
  StopStatus status = StopStatus::selesai;
};

// One stop in the compliance answer.
struct StopComplianceView {
  std::int64_t stop_id = 0;
  std::string name;
  std::optional<std::int64_t> team_id;
  std::optional<int> route_order;
  StopStatus status = StopStatus::menunggu;
  std::string window_open_at;
  std::string window_close_at;
  std::string planned_arrival_at;
  std::string visited_at;
  std::string method;                       // of the check-in that counted; empty when none
  std::optional<std::int64_t> check_in_id;  // that check-in
  bool photo = false;                       // it carries a photo
};

struct TeamComplianceView {
  std::int64_t team_id = 0;
  std::string call_sign;
  ComplianceCounts counts;
};

struct ComplianceView {
  std::int64_t plan_id = 0;
  ComplianceCounts plan;
  std::vector<TeamComplianceView> teams;
  std::vector<StopComplianceView> stops;  // teams' stops in route order, then unserved
};

struct TeamTrack {
  std::int64_t team_id = 0;
  std::string call_sign;
  std::int64_t field_unit_id = 0;
  std::vector<store::TrackPoint> points;
};

// What a use case changed that live screens must hear of, published after
// the commit (announce_patrol).
struct PatrolNews {
  struct CheckIn {
    std::int64_t plan_id = 0;
    std::int64_t team_id = 0;
    std::int64_t stop_id = 0;
    StopStatus status = StopStatus::selesai;
    CheckInMethod method = CheckInMethod::tap;
    std::string region_code;  // the plan's: decides who may see it
  };
  struct Alert {
    std::int64_t plan_id = 0;
    std::int64_t team_id = 0;
    std::int64_t stop_id = 0;
    StopStatus kind = StopStatus::terlewat;  // terlewat or terlambat
    std::string stop_name;
    std::string call_sign;
    std::string window_close_at;
    std::string region_code;
  };
  std::vector<CheckIn> check_ins;
  std::vector<Alert> alerts;
};

struct SweepResult {
  int missed = 0;  // stops marked terlewat (and alerted) by this sweep
};

// Geofence check-ins from a batch of positions of `unit`, inside the
// caller's write transaction (the positions batch of FieldUnitService), so
// that positions and the visits they prove are stored together. One indexed
// query when the unit is on no patrol. `pings` are the good points only.
Result<PatrolNews> check_in_by_geofence(store::Transaction& tx, const Clock& clock,
                                        const PatrolPolicy& policy, const FieldUnit& unit,
                                        const std::vector<PositionPing>& pings,
                                        const std::string& actor, std::int64_t audit_unit);

// Publishes the news once committed; nothing without an event bus.
void announce_patrol(Context& ctx, const PatrolNews& news);

class PatrolExecutionService {
 public:
  explicit PatrolExecutionService(Context& ctx) : ctx_(ctx) {}

  // check_in_patrol; the plan in the actor's territory; the stop on the
  // team's route; the position within 100 m of the stop (else 422 on
  // `position` giving the distance); 409 when already checked in. A visit
  // after the window closed is terlambat and raises an alert.
  Result<CheckInView> check_in(const Actor& actor, std::int64_t plan_id,
                               const TapCheckInInput& input);

  // Marks every stop still waiting whose window closed more than the grace
  // before `now` as terlewat and alerts each once. Run by the serve ticker.
  Result<SweepResult> sweep(SysSeconds now);

  // read_patrols: counts per plan and team, and each stop, with statuses as
  // of now (a waiting stop past its grace counts as missed even before the
  // sweep has run).
  Result<ComplianceView> compliance(const Actor& actor, std::int64_t plan_id);

  // read_patrols: the GPS points of the team's field unit (or of every team
  // when `team_id` is none) from the shift's start to its end, by time.
  Result<std::vector<TeamTrack>> tracks(const Actor& actor, std::int64_t plan_id,
                                        std::optional<std::int64_t> team_id);

  // read_patrols: (bytes, content type) of a check-in's photo; not_found
  // when the check-in is not the plan's or has no photo.
  Result<std::pair<std::string, std::string>> check_in_photo(const Actor& actor,
                                                             std::int64_t plan_id,
                                                             std::int64_t check_in_id);

  // read_patrols: the documents.
  Result<std::string> schedule_pdf(const Actor& actor, std::int64_t plan_id);
  Result<std::string> schedule_xlsx(const Actor& actor, std::int64_t plan_id);
  Result<std::string> compliance_pdf(const Actor& actor, std::int64_t plan_id);
  Result<std::string> compliance_xlsx(const Actor& actor, std::int64_t plan_id);

 private:
  Context& ctx_;
};

}  // namespace siaga::service
