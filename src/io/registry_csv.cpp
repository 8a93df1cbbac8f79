#include "io/registry_csv.hpp"

#include <fmt/format.h>

#include "domain/time_zone.hpp"
#include "io/csv.hpp"
#include "io/field_reader.hpp"
#include "io/parse_table.hpp"

namespace siaga::io {

namespace {

void check_region_code(FieldReader& f, const std::string& column, const std::string& code,
                       int depth_wanted = 0) {
  if (code.empty()) return;
  auto depth = validate_region_code(code);
  if (!depth.ok()) {
    f.issue(column, depth.error().message, depth.error().message_en);
  } else if (depth_wanted && *depth != depth_wanted) {
    f.issue(column, fmt::format("'{}' bukan kode tingkat {}", code, depth_wanted),
            fmt::format("'{}' is not a level-{} code", code, depth_wanted));
  }
}

void check_position(FieldReader& f, std::optional<double> lat, std::optional<double> lon) {
  if (!lat || !lon) return;
  if (!inside_indonesia(LatLon{*lat, *lon})) {
    f.issue(
        "lat",
        fmt::format("koordinat ({}, {}) di luar wilayah Indonesia; lintang/bujur tertukar?", *lat,
                    *lon),
        fmt::format("coordinates ({}, {}) lie outside Indonesia; lat/lon swapped?", *lat, *lon));
  }
}

void check_date(FieldReader& f, const std::string& column, const std::string& text) {
  std::chrono::sys_days day;
  if (!text.empty() && !parse_date(text, day)) {
    f.issue(column, fmt::format("'{}' bukan tanggal TTTT-BB-HH", text),
            fmt::format("'{}' is not a YYYY-MM-DD date", text));
  }
}

}  // namespace

Lines<Region> parse_regions_csv(std::string_view text) {
  return parse_table<Region>(text, {"code", "name", "level", "lat", "lon"}, [](FieldReader& f) {
    Region r;
    r.code = f.required("code");
    r.name = f.required("name");
    const std::string level = f.required("level");
    if (auto parsed = parse_region_level(level)) {
      r.level = *parsed;
      check_region_code(f, "code", r.code, region_depth(r.level));
    } else if (!level.empty()) {
      f.issue("level",
              fmt::format("tingkat '{}' tidak dikenal (provinsi, kabupaten, kota, kecamatan, "
                          "desa, kelurahan)",
                          level),
              fmt::format("unknown level '{}' (provinsi, kabupaten, kota, kecamatan, desa, "
                          "kelurahan)",
                          level));
    }
    auto lat = f.number("lat", false);
    auto lon = f.number("lon", false);
    check_position(f, lat, lon);
    if (lat && lon) r.centroid = LatLon{*lat, *lon};
    return r;
  });
}

Lines<Unit> parse_units_csv(std::string_view text) {
  return parse_table<Unit>(
      text, {"code", "name", "level", "parent_code", "region_codes", "lat", "lon"},
      [](FieldReader& f) {
        Unit u;
        u.code = f.required("code");
        u.name = f.required("name");
        const std::string level = f.required("level");
        if (auto parsed = parse_unit_level(level)) {
          u.level = *parsed;
        } else if (!level.empty()) {
          f.issue("level", fmt::format("tingkat satuan '{}' tidak dikenal", level),
                  fmt::format("unknown unit level '{}'", level));
        }
        u.parent_code = f.text("parent_code");
        if (u.level != UnitLevel::mabes && u.parent_code.empty()) {
          f.issue("parent_code", "satuan induk wajib diisi", "parent unit is required");
        }
        const std::string regions = f.text("region_codes");
        std::size_t start = 0;
        while (start <= regions.size() && !regions.empty()) {
          const std::size_t end = regions.find(';', start);
          std::string code = regions.substr(start, end == std::string::npos ? end : end - start);
          check_region_code(f, "region_codes", code);
          if (!code.empty()) u.region_codes.push_back(code);
          if (end == std::string::npos) break;
          start = end + 1;
        }
        if (u.level != UnitLevel::mabes && u.region_codes.empty()) {
          f.issue("region_codes", "wilayah hukum wajib diisi", "territory is required");
        }
        auto lat = f.number("lat", false);
        auto lon = f.number("lon", false);
        check_position(f, lat, lon);
        if (lat && lon) u.position = LatLon{*lat, *lon};
        u.zone = zone_of_region(u.region_codes.empty() ? "31" : u.region_codes.front());
        return u;
      });
}

Lines<Tps> parse_tps_csv(std::string_view text) {
  return parse_table<Tps>(
      text, {"code", "number", "desa_code", "lat", "lon", "voters", "address"}, [](FieldReader& f) {
        Tps t;
        t.code = f.required("code");
        t.number = static_cast<int>(f.integer("number").value_or(0));
        t.desa_code = f.required("desa_code");
        check_region_code(f, "desa_code", t.desa_code, 4);
        auto lat = f.number("lat");
        auto lon = f.number("lon");
        check_position(f, lat, lon);
        t.position = LatLon{lat.value_or(0), lon.value_or(0)};
        t.voters = static_cast<int>(f.integer("voters", false).value_or(0));
        t.address = f.text("address");
        if (!f.row_has_issues()) {
          const Status st = validate_tps(t);
          if (!st.ok()) f.issue(st.error().field, st.error().message, st.error().message_en);
        }
        return t;
      });
}

Lines<StrategicObject> parse_objects_csv(std::string_view text) {
  return parse_table<StrategicObject>(
      text, {"kind", "name", "lat", "lon", "desa_code", "notes"}, [](FieldReader& f) {
        StrategicObject o;
        const std::string kind = f.required("kind");
        if (auto parsed = parse_object_kind(kind)) {
          o.kind = *parsed;
        } else if (!kind.empty()) {
          f.issue("kind", fmt::format("jenis objek '{}' tidak dikenal", kind),
                  fmt::format("unknown object kind '{}'", kind));
        }
        o.name = f.required("name");
        auto lat = f.number("lat");
        auto lon = f.number("lon");
        check_position(f, lat, lon);
        o.position = LatLon{lat.value_or(0), lon.value_or(0)};
        o.desa_code = f.text("desa_code");
        check_region_code(f, "desa_code", o.desa_code, 4);
        o.notes = f.text("notes");
        return o;
      });
}

Lines<Election> parse_elections_csv(std::string_view text) {
  return parse_table<Election>(
      text, {"code", "name", "kind", "region_code", "voting_date"}, [](FieldReader& f) {
        Election e;
        e.code = f.required("code");
        e.name = f.required("name");
        const std::string kind = f.required("kind");
        if (auto parsed = parse_election_kind(kind)) {
          e.kind = *parsed;
        } else if (!kind.empty()) {
          f.issue("kind", fmt::format("jenis pemilihan '{}' tidak dikenal", kind),
                  fmt::format("unknown election kind '{}'", kind));
        }
        e.region_code = f.required("region_code");
        check_region_code(f, "region_code", e.region_code);
        e.voting_date = f.required("voting_date");
        check_date(f, "voting_date", e.voting_date);
        return e;
      });
}

Lines<Stage> parse_stages_csv(std::string_view text) {
  return parse_table<Stage>(
      text, {"code", "name_id", "name_en", "starts_on", "ends_on", "posture_id", "posture_en"},
      [](FieldReader& f) {
        Stage s;
        s.code = f.required("code");
        s.name_id = f.required("name_id");
        s.name_en = f.required("name_en");
        s.starts_on = f.required("starts_on");
        s.ends_on = f.required("ends_on");
        check_date(f, "starts_on", s.starts_on);
        check_date(f, "ends_on", s.ends_on);
        if (s.starts_on.size() == 10 && s.ends_on.size() == 10 && s.ends_on < s.starts_on) {
          f.issue("ends_on", "tanggal selesai sebelum tanggal mulai", "ends before it starts");
        }
        s.posture_id = f.text("posture_id");
        s.posture_en = f.text("posture_en");
        return s;
      });
}

Lines<CandidateLine> parse_candidates_csv(std::string_view text) {
  return parse_table<CandidateLine>(
      text, {"election_code", "number", "head_name", "deputy_name", "parties"}, [](FieldReader& f) {
        CandidateLine c;
        c.election_code = f.required("election_code");
        c.candidate.number = static_cast<int>(f.integer("number").value_or(0));
        c.candidate.head_name = f.required("head_name");
        c.candidate.deputy_name = f.required("deputy_name");
        c.candidate.parties = f.text("parties");
        return c;
      });
}

Lines<AccountLine> parse_accounts_csv(std::string_view text) {
  return parse_table<AccountLine>(text, {"username", "password", "role", "unit_code"},
                                  [](FieldReader& f) {
                                    AccountLine a;
                                    a.username = f.required("username");
                                    a.password = f.required("password");
                                    const std::string role = f.required("role");
                                    if (auto parsed = parse_role(role)) {
                                      a.role = *parsed;
                                    } else if (!role.empty()) {
                                      f.issue("role", fmt::format("peran '{}' tidak dikenal", role),
                                              fmt::format("unknown role '{}'", role));
                                    }
                                    a.unit_code = f.required("unit_code");
                                    return a;
                                  });
}

}  // namespace siaga::io
