#include <fmt/format.h>

#include "store/sql/paged_query.hpp"
#include "store/sql/repos.hpp"
#include "store/sql/shape_blob.hpp"

namespace siaga::store::sql {

namespace {

constexpr const char* kColumns = "id, code, name, level, lat, lon";

struct RegionRow : Region {
  std::int64_t id = 0;
};

RegionRow read_region(Statement& s) {
  RegionRow r;
  r.id = s.int64(0);
  r.code = s.text(1);
  r.name = s.text(2);
  r.level = parse_region_level(s.text(3)).value_or(RegionLevel::desa);
  if (!s.is_null(4) && !s.is_null(5)) r.centroid = LatLon{s.real(4), s.real(5)};
  return r;
}

}  // namespace

Status SqlRegionRepo::insert(const Region& region) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("INSERT INTO regions (code, name, level, depth, parent_code, lat, lon)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?)"));
  const std::string parent = parent_region_code(region.code);
  s.bind_all(region.code, region.name, to_string(region.level), region_depth(region.level));
  if (parent.empty()) {
    s.bind_null(5);
  } else {
    s.bind(5, parent);
  }
  if (region.centroid) {
    s.bind(6, region.centroid->lat).bind(7, region.centroid->lon);
  } else {
    s.bind_null(6).bind_null(7);
  }
  return s.run();
}

Status SqlRegionRepo::insert_many(const std::vector<Region>& rows) {
  if (c_.dialect() != Dialect::postgres) {
    SIAGA_TRY(c_.execute("SAVEPOINT siaga_bulk"));
    for (const Region& r : rows) {
      if (Status st = insert(r); !st.ok()) {
        (void)c_.execute("ROLLBACK TO siaga_bulk; RELEASE siaga_bulk");
        return st;
      }
    }
    return c_.execute("RELEASE siaga_bulk");
  }
  std::string data;
  for (const Region& r : rows) {
    copy_field(data, r.code);
    data += '\t';
    copy_field(data, r.name);
    data += '\t';
    copy_field(data, to_string(r.level));
    data += '\t' + std::to_string(region_depth(r.level)) + '\t';
    const std::string parent = parent_region_code(r.code);
    if (parent.empty()) {
      copy_null(data);
    } else {
      copy_field(data, parent);
    }
    if (r.centroid) {
      data += fmt::format("\t{}\t{}\n", r.centroid->lat, r.centroid->lon);
    } else {
      data += "\t\\N\t\\N\n";
    }
  }
  return c_.copy_in("regions (code, name, level, depth, parent_code, lat, lon)", data);
}

Status SqlRegionRepo::set_shape(const std::string& code, const MultiPolygon& shape) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("UPDATE regions SET shape = ?, min_lat = ?, "
                                                 "min_lon = ?, max_lat = ?, max_lon = ? "
                                                 "WHERE code = ?"));
  const auto blob = encode_shape(shape);
  const BBox box = bounds_of(shape);
  s.bind_blob(1, blob.data(), blob.size());
  s.bind(2, box.min_lat).bind(3, box.min_lon).bind(4, box.max_lat).bind(5, box.max_lon);
  s.bind(6, code);
  return s.run();
}

Result<std::optional<Region>> SqlRegionRepo::find(const std::string& code) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare(std::string("SELECT ") + kColumns + " FROM regions WHERE code = ?"));
  s.bind(1, code);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  if (!row) return std::optional<Region>{};
  return std::optional<Region>{static_cast<Region>(read_region(s))};
}

Result<bool> SqlRegionRepo::exists(const std::string& code) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("SELECT 1 FROM regions WHERE code = ?"));
  s.bind(1, code);
  return s.step();
}

Result<std::optional<MultiPolygon>> SqlRegionRepo::shape(const std::string& code) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("SELECT shape FROM regions WHERE code = ?"));
  s.bind(1, code);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  if (!row || s.is_null(0)) return std::optional<MultiPolygon>{};
  return decode_shape(s.blob(0));
}

Result<std::vector<std::string>> SqlRegionRepo::candidates_at(LatLon point, int depth) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("SELECT code FROM regions WHERE depth = ? AND "
                                                 "min_lat <= ? AND max_lat >= ? AND "
                                                 "min_lon <= ? AND max_lon >= ?"));
  s.bind_all(depth, point.lat, point.lat, point.lon, point.lon);
  std::vector<std::string> codes;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    codes.push_back(s.text(0));
  }
  return codes;
}

Result<Page<Region>> SqlRegionRepo::list(const RegionQuery& query, const Territory& territory) {
  WhereBuilder where;
  if (query.parent_code) where.add("parent_code = ?", {*query.parent_code});
  if (query.depth) where.add("depth = ?", {static_cast<std::int64_t>(*query.depth)});
  if (query.name_prefix) {
    where.add(std::string("name ") + like_any_case(c_) + " ? ESCAPE '\\'",
              {like_escape(*query.name_prefix) + "%"});
  }
  if (!territory.is_everywhere()) {
    // Inside the territory, or an ancestor of it (so the tree can be walked down).
    std::string condition = "(";
    std::vector<SqlParam> params;
    for (const std::string& root : territory.region_codes()) {
      if (!params.empty()) condition += " OR ";
      condition += "code = ? OR code LIKE ? OR ? LIKE code || '.%'";
      params.emplace_back(root);
      params.emplace_back(root + ".%");
      params.emplace_back(root);
    }
    condition += params.empty() ? "1 = 0)" : ")";
    where.add(std::move(condition), std::move(params));
  }
  SIAGA_ASSIGN_OR_RETURN(
      auto rows, (paged_query<RegionRow>(c_, kColumns, "regions", where, query.page, read_region)));
  Page<Region> page;
  page.total = rows.total;
  page.next = rows.next;
  for (auto& r : rows.items) page.items.push_back(static_cast<Region>(r));
  return page;
}

Result<std::vector<Region>> SqlRegionRepo::search(const std::string& text,
                                                  const Territory& territory, int limit) {
  const std::string escaped = like_escape(text);
  WhereBuilder where;
  where.add(std::string("name ") + like_any_case(c_) + " ? ESCAPE '\\'", {"%" + escaped + "%"});
  if (!territory.is_everywhere()) {
    std::string condition = "(";
    std::vector<SqlParam> params;
    for (const std::string& root : territory.region_codes()) {
      if (!params.empty()) condition += " OR ";
      condition += "code = ? OR code LIKE ?";
      params.emplace_back(root);
      params.emplace_back(root + ".%");
    }
    condition += params.empty() ? "1 = 0)" : ")";
    where.add(std::move(condition), std::move(params));
  }
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare(std::string("SELECT ") + kColumns + " FROM regions" + where.sql() +
                              " ORDER BY (name " + like_any_case(c_) +
                              " ? ESCAPE '\\') DESC, depth, name LIMIT ?"));
  where.bind(s);
  const int next = static_cast<int>(where.params().size()) + 1;
  s.bind(next, escaped + "%").bind(next + 1, limit);
  std::vector<Region> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    out.push_back(static_cast<Region>(read_region(s)));
  }
  return out;
}

Result<std::int64_t> SqlRegionRepo::count() {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("SELECT count(*) FROM regions"));
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  return row ? s.int64(0) : 0;
}

}  // namespace siaga::store::sql
