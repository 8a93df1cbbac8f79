#include "domain/region.hpp"
#include "store/sql/repos.hpp"
#include "store/sql/sql_builder.hpp"

namespace siaga::store::sql {

namespace {

constexpr const char* kIncidentColumns =
    "id, tracking_code, type, description, severity, level, status, source, lat, lon, "
    "desa_code, tps_id, reporter_name, reporter_phone, reported_by, field_unit_id, "
    "duplicate_of, reported_at, dispatched_at, arrived_at, resolved_at, updated_at";

std::optional<std::int64_t> optional_id(const Statement& s, int col) {
  if (s.is_null(col)) return std::nullopt;
  return s.int64(col);
}

std::string optional_text(const Statement& s, int col) {
  return s.is_null(col) ? std::string() : s.text(col);
}

Incident read_incident(const Statement& s) {
  Incident i;
  i.id = s.int64(0);
  i.tracking_code = s.text(1);
  i.type = s.text(2);
  i.description = s.text(3);
  i.severity = static_cast<int>(s.int64(4));
  i.level = parse_escalation_level(s.text(5)).value_or(EscalationLevel::hijau);
  i.status = parse_incident_status(s.text(6)).value_or(IncidentStatus::baru);
  i.source = parse_incident_source(s.text(7)).value_or(IncidentSource::publik);
  i.position = LatLon{s.real(8), s.real(9)};
  i.desa_code = s.text(10);
  i.tps_id = optional_id(s, 11);
  i.reporter_name = s.text(12);
  i.reporter_phone = s.text(13);
  i.reported_by = s.text(14);
  i.field_unit_id = optional_id(s, 15);
  i.duplicate_of = optional_id(s, 16);
  i.reported_at = s.text(17);
  i.dispatched_at = optional_text(s, 18);
  i.arrived_at = optional_text(s, 19);
  i.resolved_at = optional_text(s, 20);
  i.updated_at = s.text(21);
  return i;
}

// Empty text is stored as NULL: "not yet".
void bind_time(Statement& s, int index, const std::string& time) {
  if (time.empty()) {
    s.bind_null(index);
  } else {
    s.bind(index, time);
  }
}

constexpr const char* kUnitColumns =
    "id, call_sign, kind, crew, unit_id, status, lat, lon, position_at, "
    "COALESCE(district_code, regency_code)";

FieldUnit read_unit(const Statement& s) {
  FieldUnit u;
  u.id = s.int64(0);
  u.call_sign = s.text(1);
  u.kind = parse_field_unit_kind(s.text(2)).value_or(FieldUnitKind::mobil_patroli);
  u.crew = s.text(3);
  u.unit_id = s.int64(4);
  u.status = parse_field_unit_status(s.text(5)).value_or(FieldUnitStatus::tidak_aktif);
  if (!s.is_null(6) && !s.is_null(7)) u.position = LatLon{s.real(6), s.real(7)};
  u.position_at = optional_text(s, 8);
  u.home_region = s.text(9);
  return u;
}

}  // namespace

Result<std::int64_t> SqlIncidentRepo::insert(const Incident& i) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("INSERT INTO incidents (tracking_code, type, description, severity, level, "
                 "status, source, lat, lon, desa_code, district_code, regency_code, "
                 "province_code, tps_id, reporter_name, reporter_phone, reported_by, "
                 "field_unit_id, duplicate_of, reported_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "RETURNING id"));
  s.bind_all(i.tracking_code, i.type, i.description, i.severity, to_string(i.level),
             to_string(i.status), to_string(i.source), i.position.lat, i.position.lon, i.desa_code,
             region_prefix(i.desa_code, 3), region_prefix(i.desa_code, 2),
             region_prefix(i.desa_code, 1), i.tps_id, i.reporter_name, i.reporter_phone,
             i.reported_by, i.field_unit_id, i.duplicate_of, i.reported_at, i.updated_at);
  return s.returning_id();
}

Status SqlIncidentRepo::update(const Incident& i) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("UPDATE incidents SET level = ?, status = ?, severity = ?, field_unit_id = ?, "
                 "duplicate_of = ?, dispatched_at = ?, arrived_at = ?, resolved_at = ?, "
                 "updated_at = ? WHERE id = ?"));
  s.bind_all(to_string(i.level), to_string(i.status), i.severity, i.field_unit_id, i.duplicate_of);
  bind_time(s, 6, i.dispatched_at);
  bind_time(s, 7, i.arrived_at);
  bind_time(s, 8, i.resolved_at);
  s.bind(9, i.updated_at);
  s.bind(10, i.id);
  return s.run();
}

Result<std::optional<Incident>> SqlIncidentRepo::find(std::int64_t id, const Territory& territory) {
  WhereBuilder where;
  where.add("id = ?", {id}).territory(territory);
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(std::string("SELECT ") + kIncidentColumns +
                                                 " FROM incidents" + where.sql()));
  where.bind(s);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  if (!row) return std::optional<Incident>{};
  return std::optional<Incident>{read_incident(s)};
}

Result<std::optional<Incident>> SqlIncidentRepo::find_by_tracking_code(const std::string& code) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(std::string("SELECT ") + kIncidentColumns +
                                                 " FROM incidents WHERE tracking_code = ?"));
  s.bind(1, code);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  if (!row) return std::optional<Incident>{};
  return std::optional<Incident>{read_incident(s)};
}

Result<Page<Incident>> SqlIncidentRepo::list(const IncidentQuery& q, const Territory& territory) {
  WhereBuilder where;
  if (q.status) where.add("status = ?", {std::string(to_string(*q.status))});
  if (q.type) where.add("type = ?", {*q.type});
  if (q.level) where.add("level = ?", {std::string(to_string(*q.level))});
  if (q.open_only) {
    where.add("status NOT IN ('ditolak', 'duplikat', 'selesai', 'ditutup')");
  }
  if (q.region_code) where.within_region(*q.region_code);
  if (!q.reported_from.empty()) where.add("reported_at >= ?", {q.reported_from});
  if (!q.reported_until.empty()) where.add("reported_at < ?", {q.reported_until});
  where.territory(territory);
  Page<Incident> page;
  {
    SIAGA_ASSIGN_OR_RETURN(Statement count,
                           c_.prepare("SELECT count(*) FROM incidents" + where.sql()));
    where.bind(count);
    SIAGA_ASSIGN_OR_RETURN(bool row, count.step());
    page.total = row ? count.int64(0) : 0;
  }
  const int limit = std::clamp(q.page.limit, 1, 10000);
  std::string sql = std::string("SELECT ") + kIncidentColumns + " FROM incidents" + where.sql();
  if (q.page.after_id > 0) sql += where.sql().empty() ? " WHERE id < ?" : " AND id < ?";
  sql += " ORDER BY id DESC LIMIT ?";
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(sql));
  where.bind(s);
  int next = static_cast<int>(where.params().size()) + 1;
  if (q.page.after_id > 0) s.bind(next++, q.page.after_id);
  s.bind(next, limit + 1);
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    if (static_cast<int>(page.items.size()) == limit) {
      page.next = page.items.back().id;
      break;
    }
    page.items.push_back(read_incident(s));
  }
  return page;
}

Result<std::vector<Incident>> SqlIncidentRepo::of_type_near(const std::string& type,
                                                            const BBox& box,
                                                            const std::string& from,
                                                            const std::string& until) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare(std::string("SELECT ") + kIncidentColumns +
                 " FROM incidents WHERE type = ? AND reported_at >= ? AND reported_at <= ? "
                 "AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? ORDER BY id"));
  s.bind_all(type, from, until, box.min_lat, box.max_lat, box.min_lon, box.max_lon);
  std::vector<Incident> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    out.push_back(read_incident(s));
  }
  return out;
}

Result<std::optional<std::pair<std::string, std::int64_t>>> SqlIncidentRepo::public_key(
    const std::string& key) {
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare("SELECT fingerprint, incident_id FROM public_report_keys "
                                    "WHERE idempotency_key = ?"));
  s.bind(1, key);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  using Seen = std::optional<std::pair<std::string, std::int64_t>>;
  if (!row) return Seen{};
  return Seen{std::pair{s.text(0), s.int64(1)}};
}

Status SqlIncidentRepo::put_public_key(const std::string& key, const std::string& fingerprint,
                                       std::int64_t incident_id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare("INSERT INTO public_report_keys (idempotency_key, fingerprint, "
                                    "incident_id) VALUES (?, ?, ?)"));
  s.bind_all(key, fingerprint, incident_id);
  return s.run();
}

Result<std::int64_t> SqlIncidentRepo::insert_event(const IncidentEvent& e) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("INSERT INTO incident_events (incident_id, at, action, status, level, actor, "
                 "note, field_unit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
  s.bind_all(e.incident_id, e.at, e.action, to_string(e.status), to_string(e.level), e.actor,
             e.note, e.field_unit_id);
  return s.returning_id();
}

Result<std::vector<IncidentEvent>> SqlIncidentRepo::events(std::int64_t incident_id) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("SELECT id, incident_id, at, action, status, level, actor, note, field_unit_id "
                 "FROM incident_events WHERE incident_id = ? ORDER BY id"));
  s.bind(1, incident_id);
  std::vector<IncidentEvent> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    IncidentEvent e;
    e.id = s.int64(0);
    e.incident_id = s.int64(1);
    e.at = s.text(2);
    e.action = s.text(3);
    e.status = parse_incident_status(s.text(4)).value_or(IncidentStatus::baru);
    e.level = parse_escalation_level(s.text(5)).value_or(EscalationLevel::hijau);
    e.actor = s.text(6);
    e.note = s.text(7);
    e.field_unit_id = optional_id(s, 8);
    out.push_back(std::move(e));
  }
  return out;
}

Result<std::int64_t> SqlIncidentRepo::insert_photo(std::int64_t incident_id,
                                                   const std::string& bytes,
                                                   const std::string& content_type) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("INSERT INTO incident_photos (incident_id, content_type, bytes) "
                              "VALUES (?, ?, ?) RETURNING id"));
  s.bind(1, incident_id).bind(2, content_type).bind_blob(3, bytes.data(), bytes.size());
  return s.returning_id();
}

Result<std::vector<std::int64_t>> SqlIncidentRepo::photo_ids(std::int64_t incident_id) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("SELECT id FROM incident_photos WHERE incident_id = ? ORDER BY id"));
  s.bind(1, incident_id);
  std::vector<std::int64_t> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    out.push_back(s.int64(0));
  }
  return out;
}

Result<std::optional<std::pair<std::string, std::string>>> SqlIncidentRepo::photo(
    std::int64_t incident_id, std::int64_t photo_id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("SELECT bytes, content_type FROM incident_photos "
                                                 "WHERE incident_id = ? AND id = ?"));
  s.bind(1, incident_id).bind(2, photo_id);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  using Found = std::optional<std::pair<std::string, std::string>>;
  if (!row) return Found{};
  const auto bytes = s.blob(0);
  return Found{std::pair{std::string(bytes.begin(), bytes.end()), s.text(1)}};
}

Result<std::int64_t> SqlIncidentRepo::insert_field_unit(const FieldUnit& u) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("INSERT INTO field_units (call_sign, kind, crew, unit_id, status, lat, lon, "
                 "position_at, district_code, regency_code, province_code) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
  const auto depth = validate_region_code(u.home_region);
  const bool district = depth.ok() && *depth >= 3;
  s.bind_all(u.call_sign, to_string(u.kind), u.crew, u.unit_id, to_string(u.status));
  if (u.position) {
    s.bind(6, u.position->lat).bind(7, u.position->lon);
  } else {
    s.bind_null(6).bind_null(7);
  }
  bind_time(s, 8, u.position_at);
  if (district) {
    s.bind(9, region_prefix(u.home_region, 3));
  } else {
    s.bind_null(9);
  }
  s.bind(10, region_prefix(u.home_region, 2)).bind(11, region_prefix(u.home_region, 1));
  return s.returning_id();
}

Status SqlIncidentRepo::update_field_unit(const FieldUnit& u) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("UPDATE field_units SET status = ?, crew = ?, lat = ?, lon = ?, "
                              "position_at = ? WHERE id = ?"));
  s.bind(1, to_string(u.status)).bind(2, u.crew);
  if (u.position) {
    s.bind(3, u.position->lat).bind(4, u.position->lon);
  } else {
    s.bind_null(3).bind_null(4);
  }
  bind_time(s, 5, u.position_at);
  s.bind(6, u.id);
  return s.run();
}

Result<std::optional<FieldUnit>> SqlIncidentRepo::find_field_unit(std::int64_t id,
                                                                  const Territory& territory) {
  WhereBuilder where;
  where.add("id = ?", {id}).territory(territory);
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(std::string("SELECT ") + kUnitColumns +
                                                 " FROM field_units" + where.sql()));
  where.bind(s);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  if (!row) return std::optional<FieldUnit>{};
  return std::optional<FieldUnit>{read_unit(s)};
}

Result<std::vector<FieldUnit>> SqlIncidentRepo::field_units(const FieldUnitQuery& q,
                                                            const Territory& territory) {
  WhereBuilder where;
  if (q.status) where.add("status = ?", {std::string(to_string(*q.status))});
  if (q.region_code) where.within_region(*q.region_code);
  where.territory(territory);
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare(std::string("SELECT ") + kUnitColumns + " FROM field_units" +
                                    where.sql() + " ORDER BY id"));
  where.bind(s);
  std::vector<FieldUnit> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    out.push_back(read_unit(s));
  }
  return out;
}

Status SqlIncidentRepo::insert_positions(std::int64_t field_unit_id,
                                         const std::vector<PositionPing>& pings,
                                         const std::string& received_at) {
  for (const PositionPing& p : pings) {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("INSERT INTO unit_positions (field_unit_id, lat, lon, accuracy_m, at, "
                   "received_at) VALUES (?, ?, ?, ?, ?, ?)"));
    s.bind_all(field_unit_id, p.position.lat, p.position.lon, p.accuracy_m, p.at, received_at);
    SIAGA_TRY(s.run());
  }
  return ok_status();
}

}  // namespace siaga::store::sql
