#include "service/import_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <unordered_set>

#include "io/geojson.hpp"
#include "io/registry_csv.hpp"
#include "service/audit_log.hpp"
#include "service/json_text.hpp"
#include "service/locate.hpp"
#include "service/observation_import.hpp"
#include "service/permission.hpp"
#include "service/roster_import.hpp"

namespace siaga::service {

namespace {

constexpr std::array<std::pair<ImportKind, std::string_view>, 12> kKinds{{
    {ImportKind::regions, "regions"},
    {ImportKind::region_shapes, "region_shapes"},
    {ImportKind::units, "units"},
    {ImportKind::tps, "tps"},
    {ImportKind::objects, "objects"},
    {ImportKind::elections, "elections"},
    {ImportKind::stages, "stages"},
    {ImportKind::candidates, "candidates"},
    {ImportKind::observations, "observations"},
    {ImportKind::personnel, "personnel"},
    {ImportKind::partners, "partners"},
    {ImportKind::items, "items"},
}};

Error unknown(const std::string& field, const std::string& code, const char* what_id,
              const char* what_en) {
  return make_error(ErrorCode::invalid_input, fmt::format("{} '{}' tidak dikenal", what_id, code),
                    fmt::format("unknown {} '{}'", what_en, code), field);
}

Error outside(const std::string& field, const std::string& code) {
  return make_error(ErrorCode::invalid_input,
                    fmt::format("'{}' di luar wilayah hukum satuan Anda", code),
                    fmt::format("'{}' lies outside your unit's jurisdiction", code), field);
}

Error duplicate(const std::string& field, const std::string& key) {
  return make_error(ErrorCode::conflict, fmt::format("'{}' muncul dua kali dalam berkas", key),
                    fmt::format("'{}' appears twice in the file", key), field);
}

Error with_field(Error e, const char* field) {
  e.field = field;
  return e;
}

// Stores rows one by one inside `tx`; a failing row becomes an issue at its
// line and the rest are still checked, so one run reports every problem.
template <typename Row, typename StoreRow>
void store_rows(const std::vector<Row>& rows, const std::vector<int>& lines, ImportOutcome& outcome,
                const ImportProgress& progress, StoreRow store_row) {
  const auto total = static_cast<std::int64_t>(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Status st = store_row(rows[i]);
    if (!st.ok()) {
      outcome.issues.push_back(
          {lines[i], st.error().field, st.error().message, st.error().message_en});
      if (outcome.issues.size() >= kMaxImportIssues) return;
    } else {
      ++outcome.imported;
    }
    if (progress && ((i + 1) % 1000 == 0 || i + 1 == rows.size())) {
      progress(static_cast<std::int64_t>(i + 1), total);
    }
  }
}

Status region_known(store::Transaction& tx, const Actor& actor, const std::string& field,
                    const std::string& code) {
  SIAGA_ASSIGN_OR_RETURN(bool exists, tx.regions().exists(code));
  if (!exists) return unknown(field, code, "kode wilayah", "region code");
  if (!actor.territory.covers(code)) return outside(field, code);
  return ok_status();
}

// Registry imports are Ops' work; the vulnerability list Intelkam's; rosters Ren's.
Permission required_permission(ImportKind kind) {
  switch (kind) {
    case ImportKind::observations:
      return Permission::manage_vulnerability;
    case ImportKind::personnel:
    case ImportKind::partners:
    case ImportKind::items:
      return Permission::manage_readiness;
    default:
      return Permission::import_registry;
  }
}

}  // namespace

std::optional<ImportKind> parse_import_kind(std::string_view text) {
  for (const auto& [kind, name] : kKinds) {
    if (name == text) return kind;
  }
  return std::nullopt;
}

std::string_view to_string(ImportKind kind) {
  for (const auto& [k, name] : kKinds) {
    if (k == kind) return name;
  }
  return "";
}

Result<ImportOutcome> ImportService::run(const Actor& actor, ImportKind kind,
                                         std::string_view content, const ImportProgress& progress) {
  SIAGA_TRY(require(actor, required_permission(kind)));
  ImportOutcome outcome;
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  store::Transaction& t = *tx;
  std::unordered_set<std::string> seen;
  auto first_time = [&](const std::string& field, const std::string& key) -> Status {
    if (!seen.insert(key).second) return duplicate(field, key);
    return ok_status();
  };

  switch (kind) {
    case ImportKind::regions: {
      auto parsed = io::parse_regions_csv(content);
      if (!parsed.ok()) return ImportOutcome{0, std::move(parsed.issues)};
      // As for TPS: check every row (a parent earlier in the file counts),
      // bulk load the good ones, row by row only to name refused lines.
      std::unordered_set<std::string> known;
      std::vector<Region> valid;
      std::vector<int> valid_lines;
      store_rows(parsed.rows, parsed.lines, outcome, progress, [&](const Region& r) -> Status {
        SIAGA_TRY(first_time("code", r.code));
        const std::string parent = parent_region_code(r.code);
        if (!parent.empty() && !known.contains(parent)) {
          SIAGA_ASSIGN_OR_RETURN(bool exists, t.regions().exists(parent));
          if (!exists) return unknown("code", parent, "induk wilayah", "parent region");
          known.insert(parent);
        }
        if (!actor.territory.covers(r.code)) return outside("code", r.code);
        known.insert(r.code);
        valid.push_back(r);
        valid_lines.push_back(parsed.lines[static_cast<std::size_t>(&r - parsed.rows.data())]);
        return ok_status();
      });
      if (outcome.issues.size() >= kMaxImportIssues || t.regions().insert_many(valid).ok()) break;
      ImportOutcome refused;
      store_rows(valid, valid_lines, refused, {},
                 [&](const Region& r) -> Status { return t.regions().insert(r); });
      outcome.issues.insert(outcome.issues.end(), refused.issues.begin(), refused.issues.end());
      std::stable_sort(outcome.issues.begin(), outcome.issues.end(),
                       [](const auto& a, const auto& b) { return a.line < b.line; });
      break;
    }
    case ImportKind::region_shapes: {
      auto parsed = io::parse_region_geojson(content);
      if (!parsed.issues.empty()) return ImportOutcome{0, std::move(parsed.issues)};
      std::vector<int> lines;
      for (const auto& f : parsed.features) lines.push_back(f.index);
      store_rows(parsed.features, lines, outcome, progress,
                 [&](const io::ShapeFeature& f) -> Status {
                   SIAGA_TRY(first_time("properties.code", f.code));
                   SIAGA_TRY(region_known(t, actor, "properties.code", f.code));
                   return t.regions().set_shape(f.code, f.shape);
                 });
      break;
    }
    case ImportKind::units: {
      auto parsed = io::parse_units_csv(content);
      if (!parsed.ok()) return ImportOutcome{0, std::move(parsed.issues)};
      store_rows(parsed.rows, parsed.lines, outcome, progress, [&](Unit u) -> Status {
        SIAGA_TRY(first_time("code", u.code));
        if (!u.parent_code.empty()) {
          SIAGA_ASSIGN_OR_RETURN(auto parent, t.units().find_by_code(u.parent_code));
          if (!parent) return unknown("parent_code", u.parent_code, "satuan induk", "parent unit");
          if (!may_be_parent_of(parent->level, u.level)) {
            return make_error(ErrorCode::invalid_input,
                              fmt::format("{} tidak dapat berada di bawah {}", to_string(u.level),
                                          to_string(parent->level)),
                              fmt::format("a {} cannot sit under a {}", to_string(u.level),
                                          to_string(parent->level)),
                              "parent_code");
          }
          u.parent_id = parent->id;
        }
        for (const std::string& code : u.region_codes) {
          SIAGA_TRY(region_known(t, actor, "region_codes", code));
        }
        if (u.level == UnitLevel::mabes && !actor.territory.is_everywhere()) {
          return outside("code", u.code);
        }
        auto id = t.units().insert(u);
        return id.ok() ? ok_status() : Status(with_field(id.error(), "code"));
      });
      break;
    }
    case ImportKind::tps: {
      auto parsed = io::parse_tps_csv(content);
      if (!parsed.ok()) return ImportOutcome{0, std::move(parsed.issues)};
      // Check every row first (one look-up per desa, not per TPS), then store
      // the good ones in one bulk load. Should the bulk load refuse (a code
      // already in the database), store them row by row to name each line.
      std::unordered_set<std::string> known_desa;
      std::vector<Tps> valid;
      std::vector<int> valid_lines;
      store_rows(parsed.rows, parsed.lines, outcome, progress, [&](const Tps& tps) -> Status {
        SIAGA_TRY(first_time("code", tps.code));
        if (!known_desa.contains(tps.desa_code)) {
          SIAGA_TRY(region_known(t, actor, "desa_code", tps.desa_code));
          known_desa.insert(tps.desa_code);
        }
        valid.push_back(tps);
        valid_lines.push_back(parsed.lines[static_cast<std::size_t>(&tps - parsed.rows.data())]);
        return ok_status();
      });
      if (outcome.issues.size() >= kMaxImportIssues || t.tps().insert_many(valid).ok()) break;
      ImportOutcome refused;
      store_rows(valid, valid_lines, refused, {}, [&](const Tps& tps) -> Status {
        auto id = t.tps().insert(tps);
        return id.ok() ? ok_status() : Status(with_field(id.error(), "code"));
      });
      outcome.issues.insert(outcome.issues.end(), refused.issues.begin(), refused.issues.end());
      std::stable_sort(outcome.issues.begin(), outcome.issues.end(),
                       [](const auto& a, const auto& b) { return a.line < b.line; });
      break;
    }
    case ImportKind::objects: {
      auto parsed = io::parse_objects_csv(content);
      if (!parsed.ok()) return ImportOutcome{0, std::move(parsed.issues)};
      const std::string now = format_utc(ctx_.clock.now());
      store_rows(parsed.rows, parsed.lines, outcome, progress, [&](StrategicObject o) -> Status {
        if (o.desa_code.empty()) {
          SIAGA_ASSIGN_OR_RETURN(auto desa, locate_desa(t, o.position));
          if (!desa) {
            return make_error(ErrorCode::invalid_input,
                              "titik tidak berada di desa mana pun; isi desa_code",
                              "the point lies in no desa; give desa_code", "desa_code");
          }
          o.desa_code = *desa;
        }
        SIAGA_TRY(region_known(t, actor, "desa_code", o.desa_code));
        o.updated_at = now;
        auto id = t.objects().insert(o);
        return id.ok() ? ok_status() : Status(id.error());
      });
      break;
    }
    case ImportKind::elections: {
      auto parsed = io::parse_elections_csv(content);
      if (!parsed.ok()) return ImportOutcome{0, std::move(parsed.issues)};
      store_rows(parsed.rows, parsed.lines, outcome, progress, [&](const Election& e) -> Status {
        SIAGA_TRY(first_time("code", e.code));
        SIAGA_ASSIGN_OR_RETURN(bool exists, t.regions().exists(e.region_code));
        if (!exists) return unknown("region_code", e.region_code, "kode wilayah", "region code");
        auto id = t.elections().insert(e);
        return id.ok() ? ok_status() : Status(with_field(id.error(), "code"));
      });
      break;
    }
    case ImportKind::stages: {
      auto parsed = io::parse_stages_csv(content);
      if (!parsed.ok()) return ImportOutcome{0, std::move(parsed.issues)};
      store_rows(parsed.rows, parsed.lines, outcome, progress, [&](const Stage& s) -> Status {
        SIAGA_TRY(first_time("code", s.code));
        auto id = t.elections().insert_stage(s);
        return id.ok() ? ok_status() : Status(with_field(id.error(), "code"));
      });
      break;
    }
    case ImportKind::candidates: {
      auto parsed = io::parse_candidates_csv(content);
      if (!parsed.ok()) return ImportOutcome{0, std::move(parsed.issues)};
      store_rows(parsed.rows, parsed.lines, outcome, progress, [&](io::CandidateLine c) -> Status {
        SIAGA_TRY(first_time("number", c.election_code + "#" + std::to_string(c.candidate.number)));
        SIAGA_ASSIGN_OR_RETURN(auto election, t.elections().find_by_code(c.election_code));
        if (!election) {
          return unknown("election_code", c.election_code, "pemilihan", "election");
        }
        c.candidate.election_id = election->id;
        auto id = t.elections().insert_candidate(c.candidate);
        return id.ok() ? ok_status() : Status(id.error());
      });
      break;
    }
    case ImportKind::observations: {
      SIAGA_TRY(import_observations(t, actor, ctx_.clock.now(), content, outcome, progress));
      break;
    }
    case ImportKind::personnel:
      SIAGA_TRY(import_personnel(t, actor, content, outcome, progress));
      break;
    case ImportKind::partners:
      SIAGA_TRY(import_partners(t, actor, content, outcome, progress));
      break;
    case ImportKind::items:
      SIAGA_TRY(import_items(t, actor, content, outcome, progress));
      break;
  }

  if (!outcome.issues.empty()) {
    outcome.imported = 0;
    return outcome;  // the transaction rolls back as it goes out of scope
  }
  SIAGA_TRY(append_audit(t, ctx_.clock, actor.unit_id,
                         {actor.username, "import." + std::string(to_string(kind)), "import", "",
                          json_object({{"rows", std::to_string(outcome.imported)}})}));
  SIAGA_TRY(t.commit());
  return outcome;
}

}  // namespace siaga::service
