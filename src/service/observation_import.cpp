#include "service/observation_import.hpp"

#include <fmt/format.h>

#include <set>
#include <unordered_map>

#include "domain/time_zone.hpp"
#include "io/observation_csv.hpp"
#include "service/vulnerability_scoring.hpp"

namespace siaga::service {

namespace {

void add_issue(ImportOutcome& outcome, int line, const char* column, std::string id,
               std::string en) {
  outcome.issues.push_back({line, column, std::move(id), std::move(en)});
}

}  // namespace

Status import_observations(store::Transaction& tx, const Actor& actor, SysSeconds now,
                           std::string_view content, ImportOutcome& outcome,
                           const ImportProgress& progress) {
  auto parsed = io::parse_observations_csv(content);
  if (!parsed.ok()) {
    outcome.issues = std::move(parsed.issues);
    return ok_status();
  }
  SIAGA_ASSIGN_OR_RETURN(auto setup, ScoringSetup::load(tx));
  const engine::Scorer& scorer = setup.scorer();
  // TPS by code, looked up once per desa of the file.
  std::unordered_map<std::string, std::int64_t> tps_ids;
  std::set<std::string> loaded_desa;
  std::set<std::string> known_desa;
  const std::string recorded_at = format_utc(now);
  std::vector<Observation> rows;
  std::set<std::string> touched;
  for (std::size_t n = 0; n < parsed.rows.size(); ++n) {
    if (outcome.issues.size() >= kMaxImportIssues) break;
    Observation o = parsed.rows[n];
    const int line = parsed.lines[n];
    auto k = scorer.index_of(o.indicator_code);
    if (!k || !scorer.indicator(*k).active) {
      add_issue(outcome, line, "indicator",
                fmt::format("indikator '{}' tidak dikenal", o.indicator_code),
                fmt::format("unknown indicator '{}'", o.indicator_code));
      continue;
    }
    const Indicator& indicator = scorer.indicator(*k);
    if (auto st = validate_value(indicator, o.value); !st.ok()) {
      add_issue(outcome, line, "value", st.error().message, st.error().message_en);
      continue;
    }
    SysSeconds observed;
    parse_utc(o.observed_at, observed);
    if (observed > now + std::chrono::minutes(5)) {
      add_issue(outcome, line, "observed_at", "waktu pengamatan tidak boleh di masa depan",
                "the observation time cannot lie in the future");
      continue;
    }
    if (indicator.level == IndicatorLevel::tps) {
      if (o.tps_code.size() != 13) {
        add_issue(
            outcome, line, "tps_code",
            fmt::format("indikator {} diamati per TPS: isi tps_code (13 digit)", o.indicator_code),
            fmt::format("indicator {} is observed per TPS: give tps_code (13 digits)",
                        o.indicator_code));
        continue;
      }
      // 13-digit KPU code: the desa code without dots, then the TPS number.
      const std::string& c = o.tps_code;
      const std::string desa = fmt::format("{}.{}.{}.{}", c.substr(0, 2), c.substr(2, 2),
                                           c.substr(4, 2), c.substr(6, 4));
      if (actor.territory.covers(desa) && loaded_desa.insert(desa).second) {
        SIAGA_ASSIGN_OR_RETURN(auto places, tx.vulnerability().tps_of_desa(desa));
        for (const auto& p : places) tps_ids.emplace(p.code, p.id);
      }
      auto id = tps_ids.find(c);
      if (id == tps_ids.end()) {
        add_issue(outcome, line, "tps_code",
                  fmt::format("TPS '{}' tidak dikenal atau di luar wilayah hukum satuan Anda", c),
                  fmt::format("TPS '{}' is unknown or outside your unit's jurisdiction", c));
        continue;
      }
      o.tps_id = id->second;
      o.desa_code = desa;
    } else {
      if (o.desa_code.empty()) {
        add_issue(
            outcome, line, "desa_code",
            fmt::format("indikator {} diamati per desa: isi desa_code", o.indicator_code),
            fmt::format("indicator {} is observed per desa: give desa_code", o.indicator_code));
        continue;
      }
      o.tps_code.clear();
      if (!known_desa.contains(o.desa_code)) {
        SIAGA_ASSIGN_OR_RETURN(bool exists, tx.regions().exists(o.desa_code));
        if (!exists || !actor.territory.covers(o.desa_code)) {
          add_issue(
              outcome, line, "desa_code",
              fmt::format("desa '{}' tidak dikenal atau di luar wilayah hukum satuan Anda",
                          o.desa_code),
              fmt::format("desa '{}' is unknown or outside your unit's jurisdiction", o.desa_code));
          continue;
        }
        known_desa.insert(o.desa_code);
      }
    }
    o.recorded_by = actor.username;
    o.recorded_at = recorded_at;
    touched.insert(o.desa_code);
    rows.push_back(std::move(o));
  }
  if (!outcome.issues.empty()) return ok_status();
  SIAGA_TRY(tx.vulnerability().insert_observations(rows));
  outcome.imported = static_cast<std::int64_t>(rows.size());
  std::int64_t done = 0;
  for (const std::string& desa : touched) {
    SIAGA_TRY(rescore_desa(tx, setup, desa, recorded_at));
    if (progress && (++done % 100 == 0 || done == std::int64_t(touched.size()))) {
      progress(done, std::int64_t(touched.size()));
    }
  }
  return ok_status();
}

}  // namespace siaga::service
