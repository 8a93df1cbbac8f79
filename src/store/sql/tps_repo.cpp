#include <fmt/format.h>

#include <algorithm>

#include "store/sql/paged_query.hpp"
#include "store/sql/repos.hpp"

#include "domain/region.hpp"

namespace siaga::store::sql {

namespace {

constexpr const char* kColumns =
    "id, code, number, desa_code, lat, lon, voters, address, tps_class, "
    "(SELECT name FROM regions r WHERE r.code = tps.desa_code), score";

Tps read_tps(Statement& s) {
  Tps t;
  t.id = s.int64(0);
  t.code = s.text(1);
  t.number = static_cast<int>(s.int64(2));
  t.desa_code = s.text(3);
  t.position = LatLon{s.real(4), s.real(5)};
  t.voters = static_cast<int>(s.int64(6));
  t.address = s.text(7);
  if (!s.is_null(8)) t.tps_class = parse_tps_class(s.text(8));
  t.desa_name = s.text(9);
  if (!s.is_null(10)) t.score = s.real(10);
  return t;
}

}  // namespace

Result<std::int64_t> SqlTpsRepo::insert(const Tps& t) {
  std::int64_t id = 0;
  {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("INSERT INTO tps (code, number, desa_code, district_code, regency_code, "
                   "province_code, lat, lon, voters, address, tps_class) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    s.bind_all(t.code, t.number, t.desa_code, region_prefix(t.desa_code, 3),
               region_prefix(t.desa_code, 2), region_prefix(t.desa_code, 1), t.position.lat,
               t.position.lon, t.voters, t.address);
    if (t.tps_class) {
      s.bind(11, to_string(*t.tps_class));
    } else {
      s.bind_null(11);
    }
    SIAGA_ASSIGN_OR_RETURN(id, s.returning_id());
  }
  // PostgreSQL indexes point(lon, lat) itself (GiST); SQLite keeps a separate R*Tree.
  if (c_.dialect() != Dialect::sqlite) return id;
  SIAGA_ASSIGN_OR_RETURN(Statement r, c_.prepare("INSERT INTO tps_rtree VALUES (?, ?, ?, ?, ?)"));
  r.bind_all(id, t.position.lat, t.position.lat, t.position.lon, t.position.lon);
  SIAGA_TRY(r.run());
  return id;
}

Status SqlTpsRepo::insert_many(const std::vector<Tps>& rows) {
  if (c_.dialect() != Dialect::postgres) {
    // Inside the caller's transaction already (one fsync at its commit); the
    // savepoint makes the batch all or none.
    SIAGA_TRY(c_.execute("SAVEPOINT siaga_bulk"));
    for (const Tps& t : rows) {
      if (auto id = insert(t); !id.ok()) {
        (void)c_.execute("ROLLBACK TO siaga_bulk; RELEASE siaga_bulk");
        return id.error();
      }
    }
    return c_.execute("RELEASE siaga_bulk");
  }
  constexpr std::size_t kBatch = 50000;
  std::string data;
  for (std::size_t start = 0; start < rows.size(); start += kBatch) {
    data.clear();
    const std::size_t end = std::min(rows.size(), start + kBatch);
    for (std::size_t i = start; i < end; ++i) {
      const Tps& t = rows[i];
      copy_field(data, t.code);
      data += '\t';
      data += std::to_string(t.number);
      data += '\t';
      copy_field(data, t.desa_code);
      for (int depth = 3; depth >= 1; --depth) {
        data += '\t';
        copy_field(data, region_prefix(t.desa_code, depth));
      }
      data += fmt::format("\t{}\t{}\t{}\t", t.position.lat, t.position.lon, t.voters);
      copy_field(data, t.address);
      data += '\t';
      if (t.tps_class) {
        copy_field(data, to_string(*t.tps_class));
      } else {
        data += "\\N";
      }
      data += '\n';
    }
    SIAGA_TRY(
        c_.copy_in("tps (code, number, desa_code, district_code, regency_code, "
                   "province_code, lat, lon, voters, address, tps_class)",
                   data));
  }
  return ok_status();
}

Result<std::optional<Tps>> SqlTpsRepo::find(std::int64_t id, const Territory& territory) {
  WhereBuilder where;
  where.add("id = ?", {id}).territory(territory);
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare(std::string("SELECT ") + kColumns + " FROM tps" + where.sql()));
  where.bind(s);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  if (!row) return std::optional<Tps>{};
  return std::optional<Tps>{read_tps(s)};
}

Result<Page<Tps>> SqlTpsRepo::list(const TpsQuery& query, const Territory& territory) {
  WhereBuilder where;
  if (query.region_code) where.within_region(*query.region_code);
  if (query.tps_class) where.add("tps_class = ?", {std::string(to_string(*query.tps_class))});
  if (query.code_prefix) {
    where.add("code LIKE ? ESCAPE '\\'", {like_escape(*query.code_prefix) + "%"});
  }
  if (query.bbox && c_.dialect() == Dialect::postgres) {
    // GiST index on point(lon, lat): the box test runs inside the index.
    where.add("point(lon, lat) <@ box(point(?::float8, ?::float8), point(?::float8, ?::float8))",
              {query.bbox->min_lon, query.bbox->min_lat, query.bbox->max_lon, query.bbox->max_lat});
  } else if (query.bbox) {
    where.add(
        "id IN (SELECT id FROM tps_rtree WHERE min_lat >= ? AND max_lat <= ? AND "
        "min_lon >= ? AND max_lon <= ?)",
        {query.bbox->min_lat, query.bbox->max_lat, query.bbox->min_lon, query.bbox->max_lon});
  }
  if (query.unit_territory) where.territory(*query.unit_territory);
  where.territory(territory);
  return paged_query<Tps>(c_, kColumns, "tps", where, query.page, read_tps);
}

Result<std::int64_t> SqlTpsRepo::count() {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("SELECT count(*) FROM tps"));
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  return row ? s.int64(0) : 0;
}

}  // namespace siaga::store::sql
