#include "io/observation_csv.hpp"

#include <fmt/format.h>

#include "domain/region.hpp"
#include "domain/time_zone.hpp"
#include "io/field_reader.hpp"

namespace siaga::io {

namespace {

// "2024-11-12" or "2024-11-12T09:00:00Z" → the UTC form the store keeps.
std::optional<std::string> observation_time(const std::string& text) {
  SysSeconds t;
  if (parse_utc(text, t)) return format_utc(t);
  if (text.size() == 10 && parse_utc(text + "T00:00:00Z", t)) return format_utc(t);
  return std::nullopt;
}

}  // namespace

Lines<Observation> parse_observations_csv(std::string_view text) {
  Lines<Observation> out;
  CsvTable table = parse_csv(text, {"indicator", "value", "observed_at"});
  out.issues = std::move(table.issues);
  if (!out.issues.empty()) return out;
  if (!table.column("tps_code") && !table.column("desa_code")) {
    out.issues.push_back({1, "tps_code", "kolom tps_code atau desa_code wajib ada",
                          "a tps_code or desa_code column is required"});
    return out;
  }
  for (const CsvRow& row : table.rows) {
    const std::size_t before = out.issues.size();
    FieldReader f(table, row, out.issues);
    Observation o;
    o.tps_code = f.text("tps_code");
    o.desa_code = f.text("desa_code");
    if (o.tps_code.empty() && o.desa_code.empty()) {
      f.issue("tps_code", "isi tps_code atau desa_code", "give tps_code or desa_code");
    } else if (o.tps_code.empty()) {
      auto depth = validate_region_code(o.desa_code);
      if (!depth.ok() || *depth != 4) {
        f.issue("desa_code", fmt::format("'{}' bukan kode desa", o.desa_code),
                fmt::format("'{}' is not a desa code", o.desa_code));
      }
    }
    o.indicator_code = f.required("indicator");
    o.value = f.number("value").value_or(0);
    const std::string when = f.required("observed_at");
    if (!when.empty()) {
      if (auto t = observation_time(when)) {
        o.observed_at = *t;
      } else {
        f.issue("observed_at",
                fmt::format("waktu '{}' tidak dikenal (YYYY-MM-DD atau ISO 8601 UTC)", when),
                fmt::format("time '{}' not understood (YYYY-MM-DD or ISO 8601 UTC)", when));
      }
    }
    o.note = f.text("note");
    if (o.note.size() > kMaxObservationNote) {
      f.issue("note", "catatan paling panjang 1000 karakter", "note is at most 1000 characters");
    }
    const std::string source = f.text("source");
    if (source.empty()) {
      o.source = ObservationSource::bawaslu;
    } else if (auto s = parse_observation_source(source)) {
      o.source = *s;
    } else {
      f.issue("source", fmt::format("sumber '{}' tidak dikenal", source),
              fmt::format("unknown source '{}'", source));
    }
    if (out.issues.size() == before) {
      out.rows.push_back(std::move(o));
      out.lines.push_back(row.line);
    }
    if (out.issues.size() >= kMaxImportIssues) break;
  }
  return out;
}

}  // namespace siaga::io
