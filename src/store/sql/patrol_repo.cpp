#include <algorithm>
#include <cctype>

#include "domain/equipment.hpp"
#include "store/patrol_repo.hpp"
#include "store/sql/repos.hpp"
#include "store/sql/sql_builder.hpp"

namespace siaga::store::sql {

namespace {

std::optional<std::int64_t> optional_id(const Statement& s, int col) {
  if (s.is_null(col)) return std::nullopt;
  return s.int64(col);
}

std::string optional_text(const Statement& s, int col) {
  return s.is_null(col) ? std::string() : s.text(col);
}

double real_or_zero(const Statement& s, int col) {
  return s.is_null(col) ? 0.0 : s.real(col);
}

// Empty text is stored as NULL: "not yet".
void bind_text_or_null(Statement& s, int index, const std::string& text) {
  if (text.empty()) {
    s.bind_null(index);
  } else {
    s.bind(index, text);
  }
}

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

std::string vehicle_label(const std::string& kind, const std::string& plate) {
  const EquipmentKind* k = find_equipment_kind(kind);
  std::string label = k ? k->name_id : kind;
  if (!plate.empty()) label += " " + plate;
  return label;
}

constexpr const char* kStopColumns =
    "s.id, s.ordinal, s.object_id, s.tps_id, s.need_id, s.name, s.lat, s.lon, s.window_open_at, "
    "s.window_close_at, s.service_s, s.priority, s.demand, s.team_id, s.route_order, "
    "s.planned_arrival_at, s.planned_start_at, s.unserved_reason, s.status, s.visited_at, "
    "s.alerted_at";
constexpr int kStopColumnCount = 21;

PatrolStop read_stop(const Statement& s) {
  PatrolStop p;
  p.id = s.int64(0);
  p.ordinal = static_cast<int>(s.int64(1));
  p.object_id = optional_id(s, 2);
  p.tps_id = optional_id(s, 3);
  p.need_id = optional_id(s, 4);
  p.name = s.text(5);
  p.position = LatLon{s.real(6), s.real(7)};
  p.window_open_at = s.text(8);
  p.window_close_at = s.text(9);
  p.service_s = s.real(10);
  p.priority = static_cast<int>(s.int64(11));
  p.demand = s.real(12);
  p.team_id = optional_id(s, 13);
  if (!s.is_null(14)) p.route_order = static_cast<int>(s.int64(14));
  p.planned_arrival_at = optional_text(s, 15);
  p.planned_start_at = optional_text(s, 16);
  p.unserved_reason = optional_text(s, 17);
  p.status = parse_stop_status(s.text(18)).value_or(StopStatus::menunggu);
  p.visited_at = optional_text(s, 19);
  p.alerted_at = optional_text(s, 20);
  return p;
}

constexpr const char* kPlanColumns =
    "p.id, p.unit_id, u.name, p.kind, p.name, p.plan_date, p.shift_start, p.shift_end, "
    "p.shift_start_at, p.shift_end_at, p.depot_unit_id, p.depot_lat, p.depot_lon, p.status, "
    "p.district_code, p.regency_code, p.province_code, p.created_by, p.created_at, p.solved_at, "
    "p.solve_seconds, p.cost_s, p.distance_m, p.updated_at, p.depot_name";

PatrolPlan read_plan(const Statement& s) {
  PatrolPlan p;
  p.id = s.int64(0);
  p.unit_id = s.int64(1);
  p.unit_name = s.text(2);
  p.kind = parse_patrol_kind(s.text(3)).value_or(PatrolKind::kryd);
  p.name = s.text(4);
  p.date = s.text(5);
  p.shift_start = s.text(6);
  p.shift_end = s.text(7);
  p.shift_start_at = s.text(8);
  p.shift_end_at = s.text(9);
  p.depot_unit_id = s.int64(10);
  p.depot = LatLon{s.real(11), s.real(12)};
  p.status = parse_patrol_plan_status(s.text(13)).value_or(PatrolPlanStatus::draf);
  p.district_code = optional_text(s, 14);
  p.regency_code = s.text(15);
  p.province_code = s.text(16);
  p.created_by = s.text(17);
  p.created_at = s.text(18);
  p.solved_at = optional_text(s, 19);
  p.solve_seconds = real_or_zero(s, 20);
  p.cost_s = real_or_zero(s, 21);
  p.distance_m = real_or_zero(s, 22);
  p.updated_at = s.text(23);
  p.depot_name = s.text(24);
  return p;
}

constexpr const char* kCheckInColumns =
    "id, plan_id, stop_id, team_id, at, lat, lon, accuracy_m, distance_m, method, late, actor, "
    "photo_type";

PatrolCheckIn read_check_in(const Statement& s) {
  PatrolCheckIn c;
  c.id = s.int64(0);
  c.plan_id = s.int64(1);
  c.stop_id = s.int64(2);
  c.team_id = s.int64(3);
  c.at = s.text(4);
  c.position = LatLon{s.real(5), s.real(6)};
  c.accuracy_m = s.real(7);
  c.distance_m = s.real(8);
  c.method = parse_check_in_method(s.text(9)).value_or(CheckInMethod::tap);
  c.late = s.int64(10) != 0;
  c.actor = s.text(11);
  c.photo_type = optional_text(s, 12);
  return c;
}

}  // namespace

Status SqlPatrolRepo::create_plan(PatrolPlan& p, const std::vector<int>& stop_need_index) {
  {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("INSERT INTO patrol_plans (unit_id, kind, name, plan_date, shift_start, "
                   "shift_end, shift_start_at, shift_end_at, depot_unit_id, depot_lat, depot_lon, "
                   "status, district_code, regency_code, province_code, created_by, created_at, "
                   "updated_at, depot_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                   "?, ?, ?, ?) "
                   "RETURNING id"));
    s.bind_all(p.unit_id, to_string(p.kind), p.name, p.date, p.shift_start, p.shift_end,
               p.shift_start_at, p.shift_end_at, p.depot_unit_id, p.depot.lat, p.depot.lon,
               to_string(p.status));
    bind_text_or_null(s, 13, p.district_code);
    s.bind(14, p.regency_code).bind(15, p.province_code).bind(16, p.created_by);
    s.bind(17, p.created_at).bind(18, p.updated_at.empty() ? p.created_at : p.updated_at);
    s.bind(19, p.depot_name);
    SIAGA_ASSIGN_OR_RETURN(p.id, s.returning_id());
  }
  for (std::size_t t = 0; t < p.teams.size(); ++t) {
    PatrolTeam& team = p.teams[t];
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("INSERT INTO patrol_teams (plan_id, field_unit_id, vehicle_item_id, profile, "
                   "capacity, partners, ordinal) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    s.bind_all(p.id, team.field_unit_id, team.vehicle_item_id, to_string(team.profile),
               team.capacity, team.partners, static_cast<std::int64_t>(t));
    SIAGA_ASSIGN_OR_RETURN(team.id, s.returning_id());
    for (std::size_t m = 0; m < team.crew.size(); ++m) {
      SIAGA_ASSIGN_OR_RETURN(Statement c,
                             c_.prepare("INSERT INTO patrol_team_crew (team_id, personnel_id, "
                                        "partner_member_id, ordinal) VALUES (?, ?, ?, ?)"));
      c.bind_all(team.id, team.crew[m].personnel_id, team.crew[m].partner_member_id,
                 static_cast<std::int64_t>(m));
      SIAGA_TRY(c.run());
    }
  }
  for (PatrolNeed& need : p.needs) {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("INSERT INTO patrol_needs (plan_id, object_id, tps_id, every_minutes, "
                   "from_time, to_time, window_minutes, service_minutes, priority) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    s.bind_all(p.id, need.object_id, need.tps_id, need.every_minutes, need.from_time, need.to_time,
               need.window_minutes, need.service_minutes, need.priority);
    SIAGA_ASSIGN_OR_RETURN(need.id, s.returning_id());
  }
  for (std::size_t i = 0; i < p.stops.size(); ++i) {
    PatrolStop& stop = p.stops[i];
    if (i < stop_need_index.size() && stop_need_index[i] >= 0 &&
        static_cast<std::size_t>(stop_need_index[i]) < p.needs.size()) {
      stop.need_id = p.needs[static_cast<std::size_t>(stop_need_index[i])].id;
    }
    stop.ordinal = static_cast<int>(i);
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("INSERT INTO patrol_stops (plan_id, ordinal, object_id, tps_id, need_id, name, "
                   "lat, lon, window_open_at, window_close_at, service_s, priority, demand, "
                   "status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    s.bind_all(p.id, stop.ordinal, stop.object_id, stop.tps_id, stop.need_id, stop.name,
               stop.position.lat, stop.position.lon, stop.window_open_at, stop.window_close_at,
               stop.service_s, stop.priority, stop.demand, to_string(stop.status));
    SIAGA_ASSIGN_OR_RETURN(stop.id, s.returning_id());
  }
  return ok_status();
}

Result<std::optional<PatrolPlan>> SqlPatrolRepo::find_plan(std::int64_t id,
                                                           const Territory& territory) {
  PatrolPlan plan;
  {
    WhereBuilder where;
    where.add("p.id = ?", {id});
    if (!territory.is_everywhere()) {
      // The builder names bare code columns; qualify through a sub-select.
      WhereBuilder inner;
      inner.territory(territory);
      where.add("p.id IN (SELECT id FROM patrol_plans" + inner.sql() + ")", inner.params());
    }
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare(std::string("SELECT ") + kPlanColumns +
                   " FROM patrol_plans p JOIN units u ON u.id = p.unit_id" + where.sql()));
    where.bind(s);
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) return std::optional<PatrolPlan>{};
    plan = read_plan(s);
  }
  {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("SELECT t.id, t.field_unit_id, f.call_sign, t.vehicle_item_id, i.kind, i.plate, "
                   "t.profile, t.capacity, t.partners, t.departure_at, t.return_at, t.travel_s, "
                   "t.distance_m, t.load FROM patrol_teams t "
                   "JOIN field_units f ON f.id = t.field_unit_id "
                   "LEFT JOIN items i ON i.id = t.vehicle_item_id "
                   "WHERE t.plan_id = ? ORDER BY t.ordinal"));
    s.bind(1, plan.id);
    while (true) {
      SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
      if (!row) break;
      PatrolTeam t;
      t.id = s.int64(0);
      t.field_unit_id = s.int64(1);
      t.call_sign = s.text(2);
      t.vehicle_item_id = optional_id(s, 3);
      if (t.vehicle_item_id) t.vehicle_label = vehicle_label(s.text(4), optional_text(s, 5));
      t.profile = parse_travel_profile(s.text(6)).value_or(TravelProfile::mobil);
      t.capacity = s.optional_real(7);
      t.partners = s.text(8);
      t.departure_at = optional_text(s, 9);
      t.return_at = optional_text(s, 10);
      t.travel_s = real_or_zero(s, 11);
      t.distance_m = real_or_zero(s, 12);
      t.load = real_or_zero(s, 13);
      plan.teams.push_back(std::move(t));
    }
  }
  for (PatrolTeam& t : plan.teams) {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("SELECT c.personnel_id, c.partner_member_id, "
                   "COALESCE(pe.name, pm.name, ''), COALESCE(pe.rank, pm.rank, ''), pm.force "
                   "FROM patrol_team_crew c LEFT JOIN personnel pe ON pe.id = c.personnel_id "
                   "LEFT JOIN partner_members pm ON pm.id = c.partner_member_id "
                   "WHERE c.team_id = ? ORDER BY c.ordinal"));
    s.bind(1, t.id);
    while (true) {
      SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
      if (!row) break;
      CrewMember m;
      m.personnel_id = optional_id(s, 0);
      m.partner_member_id = optional_id(s, 1);
      m.name = s.text(2);
      m.rank = s.text(3);
      m.force = m.personnel_id ? std::string("POLRI") : upper(optional_text(s, 4));
      t.crew.push_back(std::move(m));
    }
  }
  {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s, c_.prepare("SELECT id, object_id, tps_id, every_minutes, from_time, to_time, "
                                "window_minutes, service_minutes, priority FROM patrol_needs "
                                "WHERE plan_id = ? ORDER BY id"));
    s.bind(1, plan.id);
    while (true) {
      SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
      if (!row) break;
      PatrolNeed n;
      n.id = s.int64(0);
      n.object_id = optional_id(s, 1);
      n.tps_id = optional_id(s, 2);
      n.every_minutes = static_cast<int>(s.int64(3));
      n.from_time = s.text(4);
      n.to_time = s.text(5);
      n.window_minutes = static_cast<int>(s.int64(6));
      n.service_minutes = static_cast<int>(s.int64(7));
      n.priority = static_cast<int>(s.int64(8));
      plan.needs.push_back(std::move(n));
    }
  }
  {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s, c_.prepare(std::string("SELECT ") + kStopColumns +
                                " FROM patrol_stops s WHERE s.plan_id = ? ORDER BY s.ordinal"));
    s.bind(1, plan.id);
    while (true) {
      SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
      if (!row) break;
      plan.stops.push_back(read_stop(s));
    }
  }
  return std::optional<PatrolPlan>{std::move(plan)};
}

Result<std::vector<PatrolPlanSummary>> SqlPatrolRepo::list_plans(const PatrolPlanQuery& q,
                                                                 const Territory& territory) {
  WhereBuilder inner;
  if (!q.unit_ids.empty()) {
    std::string in = "unit_id IN (";
    std::vector<SqlParam> params;
    for (std::size_t i = 0; i < q.unit_ids.size(); ++i) {
      in += i ? ", ?" : "?";
      params.emplace_back(q.unit_ids[i]);
    }
    inner.add(in + ")", std::move(params));
  }
  if (!q.date.empty()) inner.add("plan_date = ?", {q.date});
  inner.territory(territory);
  const std::string sql =
      "SELECT p.id, p.unit_id, u.name, u.zone, p.kind, p.name, p.plan_date, p.shift_start, "
      "p.shift_end, p.shift_start_at, p.shift_end_at, p.status, p.solved_at, p.cost_s, "
      "p.distance_m, "
      "(SELECT count(*) FROM patrol_teams t WHERE t.plan_id = p.id), "
      "(SELECT count(*) FROM patrol_stops s WHERE s.plan_id = p.id), "
      "(SELECT count(*) FROM patrol_stops s WHERE s.plan_id = p.id AND s.unserved_reason IS NOT "
      "NULL), "
      "(SELECT count(*) FROM patrol_stops s WHERE s.plan_id = p.id AND s.status = 'selesai'), "
      "(SELECT count(*) FROM patrol_stops s WHERE s.plan_id = p.id AND s.status = 'terlambat'), "
      "(SELECT count(*) FROM patrol_stops s WHERE s.plan_id = p.id AND s.status = 'terlewat'), "
      "(SELECT count(*) FROM patrol_stops s WHERE s.plan_id = p.id AND s.status = 'menunggu') "
      "FROM patrol_plans p JOIN units u ON u.id = p.unit_id WHERE p.id IN (SELECT id FROM "
      "patrol_plans" +
      inner.sql() + ") ORDER BY p.plan_date DESC, p.id DESC LIMIT ?";
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(sql));
  inner.bind(s);
  s.bind(static_cast<int>(inner.params().size()) + 1, std::clamp(q.limit, 1, 5000));
  std::vector<PatrolPlanSummary> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    PatrolPlanSummary p;
    p.id = s.int64(0);
    p.unit_id = s.int64(1);
    p.unit_name = s.text(2);
    p.zone = s.text(3);
    p.kind = parse_patrol_kind(s.text(4)).value_or(PatrolKind::kryd);
    p.name = s.text(5);
    p.date = s.text(6);
    p.shift_start = s.text(7);
    p.shift_end = s.text(8);
    p.shift_start_at = s.text(9);
    p.shift_end_at = s.text(10);
    p.status = parse_patrol_plan_status(s.text(11)).value_or(PatrolPlanStatus::draf);
    p.solved_at = optional_text(s, 12);
    p.cost_s = real_or_zero(s, 13);
    p.distance_m = real_or_zero(s, 14);
    p.teams = static_cast<int>(s.int64(15));
    p.stops = static_cast<int>(s.int64(16));
    p.unserved = static_cast<int>(s.int64(17));
    p.selesai = static_cast<int>(s.int64(18));
    p.terlambat = static_cast<int>(s.int64(19));
    p.terlewat = static_cast<int>(s.int64(20));
    p.menunggu = static_cast<int>(s.int64(21));
    out.push_back(std::move(p));
  }
  return out;
}

Status SqlPatrolRepo::save_solution(std::int64_t plan_id, const PatrolSolution& sol) {
  {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("UPDATE patrol_plans SET status = ?, solved_at = ?, solve_seconds = ?, "
                   "cost_s = ?, distance_m = ?, updated_at = ? WHERE id = ?"));
    s.bind(1, to_string(sol.status));
    bind_text_or_null(s, 2, sol.solved_at);
    s.bind(3, sol.solve_seconds).bind(4, sol.cost_s).bind(5, sol.distance_m);
    s.bind(6, sol.updated_at.empty() ? sol.solved_at : sol.updated_at).bind(7, plan_id);
    SIAGA_TRY(s.run());
  }
  for (const PatrolTeamRoute& t : sol.teams) {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("UPDATE patrol_teams SET departure_at = ?, return_at = ?, travel_s = ?, "
                   "distance_m = ?, load = ? WHERE id = ? AND plan_id = ?"));
    bind_text_or_null(s, 1, t.departure_at);
    bind_text_or_null(s, 2, t.return_at);
    if (t.departure_at.empty()) {
      s.bind_null(3).bind_null(4).bind_null(5);
    } else {
      s.bind(3, t.travel_s).bind(4, t.distance_m).bind(5, t.load);
    }
    s.bind(6, t.team_id).bind(7, plan_id);
    SIAGA_TRY(s.run());
  }
  for (const PatrolStopRoute& r : sol.stops) {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("UPDATE patrol_stops SET team_id = ?, route_order = ?, planned_arrival_at = ?, "
                   "planned_start_at = ?, unserved_reason = ? WHERE id = ? AND plan_id = ?"));
    s.bind(1, r.team_id);
    s.bind(2, r.route_order);
    bind_text_or_null(s, 3, r.planned_arrival_at);
    bind_text_or_null(s, 4, r.planned_start_at);
    bind_text_or_null(s, 5, r.unserved_reason);
    s.bind(6, r.stop_id).bind(7, plan_id);
    SIAGA_TRY(s.run());
  }
  return ok_status();
}

Result<std::optional<std::int64_t>> SqlPatrolRepo::unit_of_partner_member(std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare("SELECT unit_id FROM partner_members WHERE id = ?"));
  s.bind(1, id);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  if (!row) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{s.int64(0)};
}

Result<std::vector<ActivePatrolTeam>> SqlPatrolRepo::active_teams_of_field_unit(
    std::int64_t field_unit_id, const std::string& at_utc) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("SELECT p.id, t.id FROM patrol_teams t JOIN patrol_plans p ON p.id = t.plan_id "
                 "WHERE t.field_unit_id = ? AND p.shift_start_at <= ? AND p.shift_end_at >= ? "
                 "ORDER BY p.id, t.id"));
  s.bind(1, field_unit_id).bind(2, at_utc).bind(3, at_utc);
  std::vector<ActivePatrolTeam> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    out.push_back(ActivePatrolTeam{s.int64(0), s.int64(1)});
  }
  return out;
}

Result<std::vector<PatrolStop>> SqlPatrolRepo::pending_stops_of_team(std::int64_t team_id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare(std::string("SELECT ") + kStopColumns +
                                    " FROM patrol_stops s WHERE s.team_id = ? AND s.status = "
                                    "'menunggu' ORDER BY s.route_order, s.ordinal"));
  s.bind(1, team_id);
  std::vector<PatrolStop> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    out.push_back(read_stop(s));
  }
  return out;
}

Result<std::optional<PatrolStop>> SqlPatrolRepo::find_stop(std::int64_t plan_id,
                                                           std::int64_t stop_id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare(std::string("SELECT ") + kStopColumns +
                                    " FROM patrol_stops s WHERE s.plan_id = ? AND s.id = ?"));
  s.bind(1, plan_id).bind(2, stop_id);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  if (!row) return std::optional<PatrolStop>{};
  return std::optional<PatrolStop>{read_stop(s)};
}

Result<std::int64_t> SqlPatrolRepo::insert_check_in(const PatrolCheckIn& c,
                                                    const std::string& photo) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("INSERT INTO patrol_check_ins (plan_id, stop_id, team_id, at, lat, lon, "
                 "accuracy_m, distance_m, method, late, actor, photo_type, photo) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
  s.bind_all(c.plan_id, c.stop_id, c.team_id, c.at, c.position.lat, c.position.lon, c.accuracy_m,
             c.distance_m, to_string(c.method), c.late ? 1 : 0, c.actor);
  if (photo.empty()) {
    s.bind_null(12).bind_null(13);
  } else {
    s.bind(12, c.photo_type).bind_blob(13, photo.data(), photo.size());
  }
  return s.returning_id();
}

Status SqlPatrolRepo::set_stop_status(std::int64_t stop_id, StopStatus status,
                                      const std::string& visited_at) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("UPDATE patrol_stops SET status = ?, visited_at = ? WHERE id = ?"));
  s.bind(1, to_string(status));
  bind_text_or_null(s, 2, visited_at);
  s.bind(3, stop_id);
  return s.run();
}

Result<std::vector<OverduePatrolStop>> SqlPatrolRepo::overdue_stops(const std::string& cutoff_utc,
                                                                    int limit) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare(std::string("SELECT ") + kStopColumns +
                 ", p.id, p.name, p.unit_id, f.call_sign, p.district_code, p.regency_code, "
                 "p.province_code FROM patrol_stops s JOIN patrol_plans p ON p.id = s.plan_id "
                 "LEFT JOIN patrol_teams t ON t.id = s.team_id "
                 "LEFT JOIN field_units f ON f.id = t.field_unit_id "
                 "WHERE s.status = 'menunggu' AND s.window_close_at < ? AND s.alerted_at IS NULL "
                 "AND p.status = 'direncanakan' ORDER BY s.window_close_at, s.id LIMIT ?"));
  s.bind(1, cutoff_utc).bind(2, std::max(limit, 1));
  std::vector<OverduePatrolStop> out;
  constexpr int k = kStopColumnCount;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    OverduePatrolStop o;
    o.stop = read_stop(s);
    o.plan_id = s.int64(k);
    o.plan_name = s.text(k + 1);
    o.unit_id = s.int64(k + 2);
    o.team_id = o.stop.team_id.value_or(0);
    o.call_sign = optional_text(s, k + 3);
    o.district_code = optional_text(s, k + 4);
    o.regency_code = s.text(k + 5);
    o.province_code = s.text(k + 6);
    out.push_back(std::move(o));
  }
  return out;
}

Status SqlPatrolRepo::mark_alerted(std::int64_t stop_id, const std::string& at) {
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare("UPDATE patrol_stops SET alerted_at = ? WHERE id = ?"));
  s.bind(1, at).bind(2, stop_id);
  return s.run();
}

Result<std::vector<PatrolCheckIn>> SqlPatrolRepo::check_ins_of_plan(std::int64_t plan_id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare(std::string("SELECT ") + kCheckInColumns +
                                    " FROM patrol_check_ins WHERE plan_id = ? ORDER BY at, id"));
  s.bind(1, plan_id);
  std::vector<PatrolCheckIn> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    out.push_back(read_check_in(s));
  }
  return out;
}

Result<std::optional<std::pair<std::string, std::string>>> SqlPatrolRepo::check_in_photo(
    std::int64_t check_in_id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("SELECT photo, photo_type FROM patrol_check_ins "
                                                 "WHERE id = ? AND photo IS NOT NULL"));
  s.bind(1, check_in_id);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  using Found = std::optional<std::pair<std::string, std::string>>;
  if (!row) return Found{};
  const auto bytes = s.blob(0);
  return Found{std::pair{std::string(bytes.begin(), bytes.end()), optional_text(s, 1)}};
}

Result<std::vector<TrackPoint>> SqlPatrolRepo::track(std::int64_t field_unit_id,
                                                     const std::string& from_utc,
                                                     const std::string& to_utc) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("SELECT lat, lon, at, accuracy_m FROM unit_positions WHERE field_unit_id = ? "
                 "AND at >= ? AND at <= ? ORDER BY at, id"));
  s.bind(1, field_unit_id).bind(2, from_utc).bind(3, to_utc);
  std::vector<TrackPoint> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    out.push_back(TrackPoint{LatLon{s.real(0), s.real(1)}, s.text(2), s.real(3)});
  }
  return out;
}

Result<std::vector<PatrolShiftOfTeam>> SqlPatrolRepo::shifts_of_field_unit(
    std::int64_t field_unit_id, const std::string& from_utc, const std::string& to_utc) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("SELECT p.id, t.id, p.shift_start_at, p.shift_end_at, p.district_code, "
                 "p.regency_code FROM patrol_teams t JOIN patrol_plans p ON p.id = t.plan_id "
                 "WHERE t.field_unit_id = ? AND p.shift_start_at <= ? AND p.shift_end_at >= ? "
                 "ORDER BY p.id, t.id"));
  s.bind(1, field_unit_id).bind(2, to_utc).bind(3, from_utc);
  std::vector<PatrolShiftOfTeam> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    out.push_back(PatrolShiftOfTeam{s.int64(0), s.int64(1), s.text(2), s.text(3),
                                    optional_text(s, 4), s.text(5)});
  }
  return out;
}

Result<bool> SqlPatrolRepo::claim_visit(std::int64_t stop_id, StopStatus status,
                                        const std::string& visited_at) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("UPDATE patrol_stops SET status = ?, visited_at = ? WHERE id = ? "
                              "AND status IN ('menunggu', 'terlewat') RETURNING id"));
  s.bind(1, to_string(status)).bind(2, visited_at).bind(3, stop_id);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  if (row) {
    while (true) {  // finish the statement
      SIAGA_ASSIGN_OR_RETURN(bool more, s.step());
      if (!more) break;
    }
  }
  return row;
}

Result<bool> SqlPatrolRepo::claim_missed(std::int64_t stop_id, const std::string& at) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("UPDATE patrol_stops SET status = 'terlewat', alerted_at = ? WHERE id = ? "
                 "AND status = 'menunggu' AND alerted_at IS NULL RETURNING id"));
  s.bind(1, at).bind(2, stop_id);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  if (row) {
    while (true) {
      SIAGA_ASSIGN_OR_RETURN(bool more, s.step());
      if (!more) break;
    }
  }
  return row;
}

Result<std::vector<PatrolTeamOfDay>> SqlPatrolRepo::teams_of_day(const std::string& date,
                                                                 const Territory& territory) {
  WhereBuilder units;  // field_units' own region columns
  units.territory(territory);
  const std::string sql =
      "SELECT p.id, p.name, p.kind, p.plan_date, u.zone, p.shift_start, p.shift_end, "
      "p.shift_start_at, p.status, t.id, f.id, f.call_sign, "
      "(SELECT count(*) FROM patrol_stops s WHERE s.team_id = t.id), "
      "(SELECT count(*) FROM patrol_stops s WHERE s.team_id = t.id AND s.status = 'selesai'), "
      "(SELECT count(*) FROM patrol_stops s WHERE s.team_id = t.id AND s.status = 'terlambat'), "
      "(SELECT count(*) FROM patrol_stops s WHERE s.team_id = t.id AND s.status = 'terlewat'), "
      "(SELECT count(*) FROM patrol_stops s WHERE s.team_id = t.id AND s.status = 'menunggu') "
      "FROM patrol_teams t JOIN patrol_plans p ON p.id = t.plan_id "
      "JOIN units u ON u.id = p.unit_id JOIN field_units f ON f.id = t.field_unit_id "
      "WHERE p.plan_date = ? AND t.field_unit_id IN (SELECT id FROM field_units" +
      units.sql() + ") ORDER BY p.shift_start_at, p.id, t.ordinal";
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(sql));
  s.bind(1, date);
  units.bind(s, 2);
  std::vector<PatrolTeamOfDay> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    PatrolTeamOfDay t;
    t.plan_id = s.int64(0);
    t.plan_name = s.text(1);
    t.kind = parse_patrol_kind(s.text(2)).value_or(PatrolKind::kryd);
    t.date = s.text(3);
    t.zone = s.text(4);
    t.shift_start = s.text(5);
    t.shift_end = s.text(6);
    t.shift_start_at = s.text(7);
    t.status = parse_patrol_plan_status(s.text(8)).value_or(PatrolPlanStatus::draf);
    t.team_id = s.int64(9);
    t.field_unit_id = s.int64(10);
    t.call_sign = s.text(11);
    t.stops = static_cast<int>(s.int64(12));
    t.selesai = static_cast<int>(s.int64(13));
    t.terlambat = static_cast<int>(s.int64(14));
    t.terlewat = static_cast<int>(s.int64(15));
    t.menunggu = static_cast<int>(s.int64(16));
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace siaga::store::sql
