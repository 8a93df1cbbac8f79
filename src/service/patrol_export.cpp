// What the command post reads back from a patrol: compliance counts, the
// teams' tracks, and the jadwal and kepatuhan documents (PDF, XLSX) with
// times in the unit's zone.

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "report/patrol_report.hpp"
#include "service/patrol_execution_service.hpp"
#include "service/permission.hpp"

namespace siaga::service {

namespace {

Result<PatrolPlan> readable_plan(store::Transaction& tx, const Actor& actor, std::int64_t plan_id) {
  SIAGA_TRY(require(actor, Permission::read_patrols));
  SIAGA_ASSIGN_OR_RETURN(auto found, tx.patrols().find_plan(plan_id, actor.territory));
  if (!found) return not_found("rencana patroli", "patrol plan");
  return std::move(*found);
}

// Teams' stops in their team order and route order, then the unserved ones
// by ordinal.
std::vector<const PatrolStop*> stops_in_route_order(const PatrolPlan& plan) {
  std::map<std::int64_t, std::size_t> team_rank;
  for (std::size_t i = 0; i < plan.teams.size(); ++i) team_rank[plan.teams[i].id] = i;
  std::vector<const PatrolStop*> out;
  for (const PatrolStop& s : plan.stops) out.push_back(&s);
  auto key = [&](const PatrolStop* s) {
    const std::size_t rank =
        s->team_id && team_rank.count(*s->team_id) ? team_rank[*s->team_id] : plan.teams.size();
    return std::tuple(rank, s->route_order.value_or(0), s->ordinal);
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const auto* a, const auto* b) { return key(a) < key(b); });
  return out;
}

// The check-in that counted for each stop (the first one).
Result<std::map<std::int64_t, PatrolCheckIn>> check_ins_by_stop(store::Transaction& tx,
                                                                std::int64_t plan_id) {
  SIAGA_ASSIGN_OR_RETURN(auto check_ins, tx.patrols().check_ins_of_plan(plan_id));
  std::map<std::int64_t, PatrolCheckIn> out;
  for (PatrolCheckIn& c : check_ins) out.try_emplace(c.stop_id, std::move(c));
  return out;
}

// The plan with every stop's status as of now.
void apply_effective_statuses(PatrolPlan& plan, SysSeconds now, std::chrono::seconds grace) {
  for (PatrolStop& s : plan.stops) s.status = effective_status(s, now, grace);
}

// ---- documents --------------------------------------------------------------

// "21:05" in the zone; "" for an empty time.
std::string local_hm(const std::string& utc, TimeZone zone) {
  if (utc.empty()) return "";
  SysSeconds t{};
  if (!parse_utc(utc, t)) return utc;
  const auto local = t + utc_offset(zone);
  const auto day = std::chrono::floor<std::chrono::days>(local);
  const std::chrono::hh_mm_ss hms{local - day};
  return fmt::format("{:02}:{:02}", hms.hours().count(), hms.minutes().count());
}

std::string with_zone(const std::string& hm, TimeZone zone) {
  return hm.empty() ? hm : hm + " " + std::string(to_string(zone));
}

std::string profile_label(TravelProfile p) {
  return p == TravelProfile::motor ? "Motor" : "Mobil";
}

std::string minutes_text(double seconds) {
  return fmt::format("{:.0f} menit", seconds / 60);
}

report::PatrolReportStop report_stop(const PatrolStop& s, TimeZone zone,
                                     const std::map<std::int64_t, PatrolCheckIn>& check_ins) {
  report::PatrolReportStop r;
  r.order = s.route_order.value_or(0);
  r.name = s.name;
  r.window = fmt::format("{}–{} {}", local_hm(s.window_open_at, zone),
                         local_hm(s.window_close_at, zone), to_string(zone));
  r.planned = with_zone(local_hm(s.planned_arrival_at, zone), zone);
  r.visited = with_zone(local_hm(s.visited_at, zone), zone);
  r.status = std::string(to_string(s.status));
  r.status_label = std::string(label_id(s.status));
  if (auto it = check_ins.find(s.id); it != check_ins.end()) {
    r.method = std::string(to_string(it->second.method));
  }
  r.service = minutes_text(s.service_s);
  if (!s.unserved_reason.empty()) r.note = std::string(unserved_label_id(s.unserved_reason));
  return r;
}

Result<report::PatrolReport> report_of(store::Transaction& tx, PatrolPlan& plan, SysSeconds now,
                                       std::chrono::seconds grace) {
  apply_effective_statuses(plan, now, grace);
  report::PatrolReport r;
  TimeZone zone = zone_of_region(plan.regency_code);
  SIAGA_ASSIGN_OR_RETURN(auto unit, tx.units().find(plan.unit_id));
  if (unit) {
    zone = unit->zone;
    r.unit_name = unit->name;
    if (unit->parent_id) {
      SIAGA_ASSIGN_OR_RETURN(auto parent, tx.units().find(*unit->parent_id));
      if (parent && parent->level != UnitLevel::mabes) r.parent_unit_name = parent->name;
    }
  }
  if (!plan.unit_name.empty()) r.unit_name = plan.unit_name;
  SIAGA_ASSIGN_OR_RETURN(auto depot, tx.units().find(plan.depot_unit_id));
  r.depot = depot ? depot->name : r.unit_name;
  r.plan_name = plan.name;
  r.kind_label = std::string(label_id(plan.kind));
  r.date = long_date_id(plan.date);
  r.zone = std::string(to_string(zone));
  r.shift = fmt::format("{}–{} {}", plan.shift_start, plan.shift_end, r.zone);
  r.status_label = plan.status == PatrolPlanStatus::direncanakan ? "Direncanakan" : "Draf";
  r.generated_at = format_local(now, zone);
  SIAGA_ASSIGN_OR_RETURN(auto check_ins, check_ins_by_stop(tx, plan.id));

  const PlanCompliance counts = count_compliance(plan);
  r.counts = counts.plan;
  std::map<std::int64_t, std::size_t> team_index;
  for (std::size_t i = 0; i < plan.teams.size(); ++i) {
    const PatrolTeam& t = plan.teams[i];
    report::PatrolReportTeam team;
    team.call_sign = t.call_sign;
    team.vehicle = t.vehicle_label;
    team.profile = profile_label(t.profile);
    team.partners = t.partners;
    for (const CrewMember& c : t.crew) team.crew.push_back({c.name, c.rank, c.force});
    team.departure = with_zone(local_hm(t.departure_at, zone), zone);
    team.return_time = with_zone(local_hm(t.return_at, zone), zone);
    team.distance_km = t.distance_m / 1000;
    team.counts = counts.teams[i].counts;
    team_index[t.id] = i;
    r.teams.push_back(std::move(team));
  }
  for (const PatrolStop* s : stops_in_route_order(plan)) {
    auto stop = report_stop(*s, zone, check_ins);
    if (s->team_id && team_index.count(*s->team_id)) {
      r.teams[team_index[*s->team_id]].stops.push_back(std::move(stop));
    } else {
      r.unserved.push_back(std::move(stop));
    }
  }
  return r;
}

}  // namespace

Result<ComplianceView> PatrolExecutionService::compliance(const Actor& actor,
                                                          std::int64_t plan_id) {
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(PatrolPlan plan, readable_plan(*tx, actor, plan_id));
  apply_effective_statuses(plan, ctx_.clock.now(), ctx_.patrols.grace);
  SIAGA_ASSIGN_OR_RETURN(auto check_ins, check_ins_by_stop(*tx, plan.id));
  const PlanCompliance counts = count_compliance(plan);
  ComplianceView out;
  out.plan_id = plan.id;
  out.plan = counts.plan;
  for (std::size_t i = 0; i < plan.teams.size(); ++i) {
    out.teams.push_back({plan.teams[i].id, plan.teams[i].call_sign, counts.teams[i].counts});
  }
  for (const PatrolStop* s : stops_in_route_order(plan)) {
    StopComplianceView v;
    v.stop_id = s->id;
    v.name = s->name;
    v.team_id = s->team_id;
    v.route_order = s->route_order;
    v.status = s->status;
    v.window_open_at = s->window_open_at;
    v.window_close_at = s->window_close_at;
    v.planned_arrival_at = s->planned_arrival_at;
    v.visited_at = s->visited_at;
    if (auto it = check_ins.find(s->id); it != check_ins.end()) {
      v.method = std::string(to_string(it->second.method));
      v.check_in_id = it->second.id;
      v.photo = !it->second.photo_type.empty();
    }
    out.stops.push_back(std::move(v));
  }
  return out;
}

Result<std::pair<std::string, std::string>> PatrolExecutionService::check_in_photo(
    const Actor& actor, std::int64_t plan_id, std::int64_t check_in_id) {
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(PatrolPlan plan, readable_plan(*tx, actor, plan_id));
  SIAGA_ASSIGN_OR_RETURN(auto check_ins, tx->patrols().check_ins_of_plan(plan.id));
  const bool of_plan = std::any_of(check_ins.begin(), check_ins.end(),
                                   [&](const PatrolCheckIn& c) { return c.id == check_in_id; });
  std::optional<std::pair<std::string, std::string>> photo;
  if (of_plan) {
    SIAGA_ASSIGN_OR_RETURN(photo, tx->patrols().check_in_photo(check_in_id));
  }
  if (!photo) {
    return make_error(ErrorCode::not_found, "foto lapor tiba tidak ditemukan",
                      "check-in photo not found");
  }
  return std::move(*photo);
}

Result<std::vector<TeamTrack>> PatrolExecutionService::tracks(const Actor& actor,
                                                              std::int64_t plan_id,
                                                              std::optional<std::int64_t> team_id) {
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(PatrolPlan plan, readable_plan(*tx, actor, plan_id));
  std::vector<TeamTrack> out;
  for (const PatrolTeam& t : plan.teams) {
    if (team_id && t.id != *team_id) continue;
    TeamTrack track{t.id, t.call_sign, t.field_unit_id, {}};
    SIAGA_ASSIGN_OR_RETURN(
        track.points, tx->patrols().track(t.field_unit_id, plan.shift_start_at, plan.shift_end_at));
    out.push_back(std::move(track));
  }
  if (team_id && out.empty()) {
    return make_error(ErrorCode::invalid_input, "tim ini bukan tim rencana patroli ini",
                      "this team is not a team of this patrol plan", "team_id");
  }
  return out;
}

Result<std::string> PatrolExecutionService::schedule_pdf(const Actor& actor, std::int64_t plan_id) {
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(PatrolPlan plan, readable_plan(*tx, actor, plan_id));
  SIAGA_ASSIGN_OR_RETURN(auto r, report_of(*tx, plan, ctx_.clock.now(), ctx_.patrols.grace));
  return report::patrol_schedule_pdf(r);
}

Result<std::string> PatrolExecutionService::schedule_xlsx(const Actor& actor,
                                                          std::int64_t plan_id) {
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(PatrolPlan plan, readable_plan(*tx, actor, plan_id));
  SIAGA_ASSIGN_OR_RETURN(auto r, report_of(*tx, plan, ctx_.clock.now(), ctx_.patrols.grace));
  return report::patrol_schedule_xlsx(r);
}

Result<std::string> PatrolExecutionService::compliance_pdf(const Actor& actor,
                                                           std::int64_t plan_id) {
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(PatrolPlan plan, readable_plan(*tx, actor, plan_id));
  SIAGA_ASSIGN_OR_RETURN(auto r, report_of(*tx, plan, ctx_.clock.now(), ctx_.patrols.grace));
  return report::patrol_compliance_pdf(r);
}

Result<std::string> PatrolExecutionService::compliance_xlsx(const Actor& actor,
                                                            std::int64_t plan_id) {
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(PatrolPlan plan, readable_plan(*tx, actor, plan_id));
  SIAGA_ASSIGN_OR_RETURN(auto r, report_of(*tx, plan, ctx_.clock.now(), ctx_.patrols.grace));
  return report::patrol_compliance_xlsx(r);
}

}  // namespace siaga::service
