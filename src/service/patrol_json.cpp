#include "service/patrol_json.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "service/json_text.hpp"
#include "service/patrol_plan_parts.hpp"

namespace siaga::service {

namespace {

// {"total":…,"selesai":…,…}: stops by execution status.
std::string counts_json(int total, int selesai, int terlambat, int terlewat, int menunggu) {
  return fmt::format(
      "{{\"total\":{},\"selesai\":{},\"terlambat\":{},\"terlewat\":{},\"menunggu\":{}}}", total,
      selesai, terlambat, terlewat, menunggu);
}

std::string number(double value) {
  if (!std::isfinite(value)) return "null";
  return fmt::format("{}", std::round(value * 1000) / 1000);
}

std::string id_or_null(const std::optional<std::int64_t>& id) {
  return id ? std::to_string(*id) : "null";
}

std::string text_or_null(const std::string& text) {
  return text.empty() ? "null" : json_quote(text);
}

std::string position(LatLon p) {
  return fmt::format("{{\"lat\":{:.6f},\"lon\":{:.6f}}}", p.lat, p.lon);
}

std::string crew_json(const CrewMember& m) {
  return json_raw_object({{"personnel_id", id_or_null(m.personnel_id)},
                          {"partner_member_id", id_or_null(m.partner_member_id)},
                          {"name", json_quote(m.name)},
                          {"rank", json_quote(m.rank)},
                          {"force", json_quote(m.force)}});
}

// The team's stops in route order.
std::vector<const PatrolStop*> route_of(const PatrolPlan& plan, std::int64_t team_id) {
  std::vector<const PatrolStop*> stops;
  for (const PatrolStop& s : plan.stops) {
    if (s.team_id == team_id && s.route_order) stops.push_back(&s);
  }
  std::sort(stops.begin(), stops.end(), [](const PatrolStop* a, const PatrolStop* b) {
    return *a->route_order < *b->route_order;
  });
  return stops;
}

}  // namespace

std::string patrol_stop_json(const PatrolStop& s, TimeZone zone) {
  const std::string reason = s.unserved_reason;
  return json_raw_object({
      {"id", std::to_string(s.id)},
      {"object_id", id_or_null(s.object_id)},
      {"tps_id", id_or_null(s.tps_id)},
      {"need_id", id_or_null(s.need_id)},
      {"name", json_quote(s.name)},
      {"position", position(s.position)},
      {"window_open", json_quote(local_time_of_day(s.window_open_at, zone))},
      {"window_close", json_quote(local_time_of_day(s.window_close_at, zone))},
      {"window_open_at", json_quote(s.window_open_at)},
      {"window_close_at", json_quote(s.window_close_at)},
      {"service_minutes", number(s.service_s / 60.0)},
      {"priority", std::to_string(s.priority)},
      {"demand", number(s.demand)},
      {"team_id", id_or_null(s.team_id)},
      {"route_order", s.route_order ? std::to_string(*s.route_order) : "null"},
      {"planned_arrival_at", text_or_null(s.planned_arrival_at)},
      {"planned_start_at", text_or_null(s.planned_start_at)},
      {"unserved_reason", text_or_null(reason)},
      {"unserved_label", reason.empty() ? "null" : json_quote(unserved_label_id(reason))},
      {"unserved_label_en", reason.empty() ? "null" : json_quote(unserved_label_en(reason))},
      {"status", json_quote(to_string(s.status))},
      {"status_label", json_quote(label_id(s.status))},
      {"status_label_en", json_quote(label_en(s.status))},
      {"visited_at", text_or_null(s.visited_at)},
  });
}

std::string patrol_team_json(const PatrolTeam& t, const PatrolPlan& plan) {
  std::string crew = "[";
  for (std::size_t i = 0; i < t.crew.size(); ++i) {
    if (i) crew += ',';
    crew += crew_json(t.crew[i]);
  }
  crew += ']';
  std::string route = "null";
  if (!t.departure_at.empty()) {
    std::string ids = "[";
    const auto stops = route_of(plan, t.id);
    for (std::size_t i = 0; i < stops.size(); ++i) {
      if (i) ids += ',';
      ids += std::to_string(stops[i]->id);
    }
    ids += ']';
    route = json_raw_object({{"departure_at", json_quote(t.departure_at)},
                             {"return_at", json_quote(t.return_at)},
                             {"travel_s", number(t.travel_s)},
                             {"distance_m", number(t.distance_m)},
                             {"load", number(t.load)},
                             {"stop_ids", ids}});
  }
  return json_raw_object({
      {"id", std::to_string(t.id)},
      {"field_unit_id", std::to_string(t.field_unit_id)},
      {"call_sign", json_quote(t.call_sign)},
      {"vehicle_item_id", id_or_null(t.vehicle_item_id)},
      {"vehicle_label", text_or_null(t.vehicle_label)},
      {"profile", json_quote(to_string(t.profile))},
      {"capacity", t.capacity ? number(*t.capacity) : "null"},
      {"partners", json_quote(t.partners)},
      {"crew", crew},
      {"route", route},
  });
}

std::string patrol_depot_json(const PatrolPlanView& view) {
  return json_raw_object({{"unit_id", std::to_string(view.plan.depot_unit_id)},
                          {"name", json_quote(view.depot_name)},
                          {"position", position(view.plan.depot)}});
}

std::string patrol_counts_json(const PatrolPlan& plan) {
  int counts[4] = {0, 0, 0, 0};
  for (const PatrolStop& s : plan.stops) ++counts[static_cast<int>(s.status)];
  return counts_json(static_cast<int>(plan.stops.size()),
                     counts[static_cast<int>(StopStatus::selesai)],
                     counts[static_cast<int>(StopStatus::terlambat)],
                     counts[static_cast<int>(StopStatus::terlewat)],
                     counts[static_cast<int>(StopStatus::menunggu)]);
}

std::string patrol_plan_json(const PatrolPlanView& view) {
  const PatrolPlan& p = view.plan;
  std::string teams = "[";
  for (std::size_t i = 0; i < p.teams.size(); ++i) {
    if (i) teams += ',';
    teams += patrol_team_json(p.teams[i], p);
  }
  teams += ']';
  std::string stops = "[";
  std::string unserved = "[";
  for (std::size_t i = 0; i < p.stops.size(); ++i) {
    const PatrolStop& s = p.stops[i];
    if (i) stops += ',';
    stops += patrol_stop_json(s, view.zone);
    if (!s.unserved_reason.empty()) {
      if (unserved.size() > 1) unserved += ',';
      unserved += json_raw_object({{"stop_id", std::to_string(s.id)},
                                   {"name", json_quote(s.name)},
                                   {"reason", json_quote(s.unserved_reason)},
                                   {"label", json_quote(unserved_label_id(s.unserved_reason))},
                                   {"label_en", json_quote(unserved_label_en(s.unserved_reason))}});
    }
  }
  stops += ']';
  unserved += ']';
  return json_raw_object({
      {"id", std::to_string(p.id)},
      {"unit_id", std::to_string(p.unit_id)},
      {"unit_name", json_quote(p.unit_name)},
      {"kind", json_quote(to_string(p.kind))},
      {"kind_label", json_quote(label_id(p.kind))},
      {"kind_label_en", json_quote(label_en(p.kind))},
      {"name", json_quote(p.name)},
      {"date", json_quote(p.date)},
      {"zone", json_quote(to_string(view.zone))},
      {"shift_start", json_quote(p.shift_start)},
      {"shift_end", json_quote(p.shift_end)},
      {"shift_start_at", json_quote(p.shift_start_at)},
      {"shift_end_at", json_quote(p.shift_end_at)},
      {"depot", patrol_depot_json(view)},
      {"status", json_quote(to_string(p.status))},
      {"solved_at", text_or_null(p.solved_at)},
      {"solve_seconds", number(p.solve_seconds)},
      {"cost_s", number(p.cost_s)},
      {"distance_m", number(p.distance_m)},
      {"created_by", json_quote(p.created_by)},
      {"created_at", json_quote(p.created_at)},
      {"updated_at", json_quote(p.updated_at)},
      {"teams", teams},
      {"stops", stops},
      {"unserved", unserved},
      {"compliance", patrol_counts_json(p)},
  });
}

std::string patrol_plan_summary_json(const store::PatrolPlanSummary& s) {
  return json_raw_object({
      {"id", std::to_string(s.id)},
      {"unit_id", std::to_string(s.unit_id)},
      {"unit_name", json_quote(s.unit_name)},
      {"kind", json_quote(to_string(s.kind))},
      {"kind_label", json_quote(label_id(s.kind))},
      {"kind_label_en", json_quote(label_en(s.kind))},
      {"name", json_quote(s.name)},
      {"date", json_quote(s.date)},
      {"zone", json_quote(s.zone)},
      {"shift_start", json_quote(s.shift_start)},
      {"shift_end", json_quote(s.shift_end)},
      {"shift_start_at", json_quote(s.shift_start_at)},
      {"shift_end_at", json_quote(s.shift_end_at)},
      {"status", json_quote(to_string(s.status))},
      {"solved_at", text_or_null(s.solved_at)},
      {"cost_s", number(s.cost_s)},
      {"distance_m", number(s.distance_m)},
      {"teams", std::to_string(s.teams)},
      {"stops", std::to_string(s.stops)},
      {"unserved", std::to_string(s.unserved)},
      {"compliance", counts_json(s.stops, s.selesai, s.terlambat, s.terlewat, s.menunggu)},
  });
}

std::string patrol_team_of_day_json(const store::PatrolTeamOfDay& t) {
  return json_raw_object({
      {"plan_id", std::to_string(t.plan_id)},
      {"plan_name", json_quote(t.plan_name)},
      {"kind", json_quote(to_string(t.kind))},
      {"kind_label", json_quote(label_id(t.kind))},
      {"kind_label_en", json_quote(label_en(t.kind))},
      {"date", json_quote(t.date)},
      {"zone", json_quote(t.zone)},
      {"shift_start", json_quote(t.shift_start)},
      {"shift_end", json_quote(t.shift_end)},
      {"shift_start_at", json_quote(t.shift_start_at)},
      {"status", json_quote(to_string(t.status))},
      {"team_id", std::to_string(t.team_id)},
      {"field_unit_id", std::to_string(t.field_unit_id)},
      {"call_sign", json_quote(t.call_sign)},
      {"compliance", counts_json(t.stops, t.selesai, t.terlambat, t.terlewat, t.menunggu)},
  });
}

std::string patrol_team_route_json(const PatrolPlanView& view, std::int64_t team_id) {
  const PatrolPlan& p = view.plan;
  std::string team = "null";
  for (const PatrolTeam& t : p.teams) {
    if (t.id == team_id) team = patrol_team_json(t, p);
  }
  std::string stops = "[";
  const auto route = route_of(p, team_id);
  for (std::size_t i = 0; i < route.size(); ++i) {
    if (i) stops += ',';
    stops += patrol_stop_json(*route[i], view.zone);
  }
  stops += ']';
  return json_raw_object({
      {"plan", json_raw_object({{"id", std::to_string(p.id)},
                                {"name", json_quote(p.name)},
                                {"kind", json_quote(to_string(p.kind))},
                                {"kind_label", json_quote(label_id(p.kind))},
                                {"kind_label_en", json_quote(label_en(p.kind))},
                                {"date", json_quote(p.date)},
                                {"zone", json_quote(to_string(view.zone))},
                                {"shift_start", json_quote(p.shift_start)},
                                {"shift_end", json_quote(p.shift_end)},
                                {"shift_start_at", json_quote(p.shift_start_at)},
                                {"shift_end_at", json_quote(p.shift_end_at)},
                                {"status", json_quote(to_string(p.status))}})},
      {"team", team},
      {"depot", patrol_depot_json(view)},
      {"stops", stops},
  });
}

}  // namespace siaga::service
