#include <algorithm>

#include "store/sql/repos.hpp"

namespace siaga::store::sql {

namespace {

constexpr const char* kSelect =
    "SELECT u.id, u.code, u.name, u.level, u.parent_id, p.code, u.lat, u.lon, u.zone "
    "FROM units u LEFT JOIN units p ON p.id = u.parent_id";

Unit read_unit(Statement& s) {
  Unit u;
  u.id = s.int64(0);
  u.code = s.text(1);
  u.name = s.text(2);
  u.level = parse_unit_level(s.text(3)).value_or(UnitLevel::polsek);
  if (!s.is_null(4)) u.parent_id = s.int64(4);
  u.parent_code = s.text(5);
  if (!s.is_null(6) && !s.is_null(7)) u.position = LatLon{s.real(6), s.real(7)};
  const std::string zone = s.text(8);
  u.zone = zone == "WIT" ? TimeZone::wit : zone == "WITA" ? TimeZone::wita : TimeZone::wib;
  return u;
}

}  // namespace

Result<std::int64_t> SqlUnitRepo::insert(const Unit& unit) {
  std::int64_t id = 0;
  {
    SIAGA_ASSIGN_OR_RETURN(Statement s,
                           c_.prepare("INSERT INTO units (code, name, level, parent_id, lat, lon, "
                                      "zone) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    s.bind_all(unit.code, unit.name, to_string(unit.level), unit.parent_id);
    if (unit.position) {
      s.bind(5, unit.position->lat).bind(6, unit.position->lon);
    } else {
      s.bind_null(5).bind_null(6);
    }
    s.bind(7, to_string(unit.zone));
    SIAGA_ASSIGN_OR_RETURN(id, s.returning_id());
  }
  for (const std::string& code : unit.region_codes) {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s, c_.prepare("INSERT INTO unit_regions (unit_id, region_code) VALUES (?, ?)"));
    s.bind_all(id, code);
    SIAGA_TRY(s.run());
  }
  return id;
}

Result<std::vector<Unit>> SqlUnitRepo::load(const std::string& where, const std::string& param) {
  std::vector<Unit> units;
  {
    SIAGA_ASSIGN_OR_RETURN(Statement s,
                           c_.prepare(std::string(kSelect) + where + " ORDER BY u.id"));
    if (!param.empty()) s.bind(1, param);
    while (true) {
      SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
      if (!row) break;
      units.push_back(read_unit(s));
    }
  }
  for (Unit& u : units) {
    SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("SELECT region_code FROM unit_regions WHERE "
                                                   "unit_id = ? ORDER BY region_code"));
    s.bind(1, u.id);
    while (true) {
      SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
      if (!row) break;
      u.region_codes.push_back(s.text(0));
    }
  }
  return units;
}

Result<std::optional<Unit>> SqlUnitRepo::find(std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(auto units, load(" WHERE u.id = ?1", std::to_string(id)));
  if (units.empty()) return std::optional<Unit>{};
  return std::optional<Unit>{units.front()};
}

Result<std::optional<Unit>> SqlUnitRepo::find_by_code(const std::string& code) {
  SIAGA_ASSIGN_OR_RETURN(auto units, load(" WHERE u.code = ?1", code));
  if (units.empty()) return std::optional<Unit>{};
  return std::optional<Unit>{units.front()};
}

Result<std::vector<Unit>> SqlUnitRepo::all_of_level(UnitLevel level) {
  return load(" WHERE u.level = ?1", std::string(to_string(level)));
}

Result<Page<Unit>> SqlUnitRepo::list(const Territory& territory, std::optional<UnitLevel> level,
                                     const PageRequest& page) {
  // Units are few (about 6,300 nationally): filter by territory in memory.
  SIAGA_ASSIGN_OR_RETURN(
      auto all, level ? load(" WHERE u.level = ?1", std::string(to_string(*level))) : load("", ""));
  Page<Unit> out;
  const int limit = std::clamp(page.limit, 1, 10000);
  for (Unit& u : all) {
    const bool visible =
        territory.is_everywhere() ||
        (!u.region_codes.empty() &&
         std::all_of(u.region_codes.begin(), u.region_codes.end(),
                     [&](const std::string& code) { return territory.touches(code); }));
    if (!visible) continue;
    ++out.total;
    if (u.id <= page.after_id) continue;
    if (static_cast<int>(out.items.size()) < limit) {
      out.items.push_back(std::move(u));
    } else if (!out.next) {
      out.next = out.items.back().id;
    }
  }
  return out;
}

}  // namespace siaga::store::sql
