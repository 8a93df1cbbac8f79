#include "domain/patrol_compliance.hpp"

namespace siaga {

namespace {

constexpr double kGeofenceToleranceM = 0.001;

}  // namespace

double distance_to_stop_m(LatLon stop, LatLon position) {
  return haversine_m(stop, position);
}

bool inside_geofence(double distance_m) {
  return distance_m <= kGeofenceRadiusM + kGeofenceToleranceM;
}

bool is_late(SysSeconds at, SysSeconds window_close) {
  return at > window_close;
}

StopStatus checked_in_status(SysSeconds at, SysSeconds window_close) {
  return is_late(at, window_close) ? StopStatus::terlambat : StopStatus::selesai;
}

StopStatus stop_status(SysSeconds window_close, std::optional<SysSeconds> checked_in_at,
                       SysSeconds now, std::chrono::seconds grace) {
  if (checked_in_at) return checked_in_status(*checked_in_at, window_close);
  return now - window_close > grace ? StopStatus::terlewat : StopStatus::menunggu;
}

bool geofence_may_check_in(SysSeconds at, SysSeconds window_open, SysSeconds window_close,
                           std::chrono::seconds grace) {
  return at >= window_open && at - window_close <= grace;
}

bool is_overdue(StopStatus status, SysSeconds window_close, SysSeconds now,
                std::chrono::seconds grace) {
  return status == StopStatus::menunggu && now - window_close > grace;
}

void ComplianceCounts::add(StopStatus status) {
  ++total;
  switch (status) {
    case StopStatus::menunggu:
      ++menunggu;
      break;
    case StopStatus::selesai:
      ++selesai;
      break;
    case StopStatus::terlambat:
      ++terlambat;
      break;
    case StopStatus::terlewat:
      ++terlewat;
      break;
  }
}

PlanCompliance count_compliance(const PatrolPlan& plan) {
  PlanCompliance out;
  for (const PatrolTeam& team : plan.teams) out.teams.push_back({team.id, {}});
  for (const PatrolStop& stop : plan.stops) {
    out.plan.add(stop.status);
    if (!stop.team_id) continue;
    for (TeamCompliance& team : out.teams) {
      if (team.team_id == *stop.team_id) {
        team.counts.add(stop.status);
        break;
      }
    }
  }
  return out;
}

StopStatus effective_status(const PatrolStop& stop, SysSeconds now, std::chrono::seconds grace) {
  if (stop.status != StopStatus::menunggu) return stop.status;
  SysSeconds close{};
  if (!parse_utc(stop.window_close_at, close)) return stop.status;
  return is_overdue(stop.status, close, now, grace) ? StopStatus::terlewat : stop.status;
}

}  // namespace siaga
