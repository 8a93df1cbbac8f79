#include "store/sql/paged_query.hpp"
#include "store/sql/repos.hpp"

#include "domain/region.hpp"

namespace siaga::store::sql {

namespace {

constexpr const char* kColumns = "id, kind, name, lat, lon, desa_code, notes, updated_at";

StrategicObject read_object(Statement& s) {
  StrategicObject o;
  o.id = s.int64(0);
  o.kind = parse_object_kind(s.text(1)).value_or(ObjectKind::other);
  o.name = s.text(2);
  o.position = LatLon{s.real(3), s.real(4)};
  o.desa_code = s.text(5);
  o.notes = s.text(6);
  o.updated_at = s.text(7);
  return o;
}

}  // namespace

Result<std::int64_t> SqlObjectRepo::insert(const StrategicObject& o) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("INSERT INTO objects (kind, name, lat, lon, desa_code, district_code, "
                 "regency_code, province_code, notes, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
  s.bind_all(to_string(o.kind), o.name, o.position.lat, o.position.lon, o.desa_code,
             region_prefix(o.desa_code, 3), region_prefix(o.desa_code, 2),
             region_prefix(o.desa_code, 1), o.notes, o.updated_at);
  return s.returning_id();
}

Status SqlObjectRepo::update(const StrategicObject& o) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("UPDATE objects SET kind = ?, name = ?, lat = ?, lon = ?, desa_code = ?, "
                 "district_code = ?, regency_code = ?, province_code = ?, notes = ?, "
                 "updated_at = ? WHERE id = ?"));
  s.bind_all(to_string(o.kind), o.name, o.position.lat, o.position.lon, o.desa_code,
             region_prefix(o.desa_code, 3), region_prefix(o.desa_code, 2),
             region_prefix(o.desa_code, 1), o.notes, o.updated_at, o.id);
  return s.run();
}

Status SqlObjectRepo::remove(std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("DELETE FROM objects WHERE id = ?"));
  s.bind(1, id);
  return s.run();
}

Result<std::optional<StrategicObject>> SqlObjectRepo::find(std::int64_t id,
                                                           const Territory& territory) {
  WhereBuilder where;
  where.add("id = ?", {id}).territory(territory);
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare(std::string("SELECT ") + kColumns + " FROM objects" + where.sql()));
  where.bind(s);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  if (!row) return std::optional<StrategicObject>{};
  return std::optional<StrategicObject>{read_object(s)};
}

Result<Page<StrategicObject>> SqlObjectRepo::list(const ObjectQuery& query,
                                                  const Territory& territory) {
  WhereBuilder where;
  if (query.kind) where.add("kind = ?", {std::string(to_string(*query.kind))});
  if (query.region_code) where.within_region(*query.region_code);
  if (query.name_contains) {
    where.add(std::string("name ") + like_any_case(c_) + " ? ESCAPE '\\'",
              {"%" + like_escape(*query.name_contains) + "%"});
  }
  if (query.bbox) {
    where.add("lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
              {query.bbox->min_lat, query.bbox->max_lat, query.bbox->min_lon, query.bbox->max_lon});
  }
  where.territory(territory);
  return paged_query<StrategicObject>(c_, kColumns, "objects", where, query.page, read_object);
}

}  // namespace siaga::store::sql
