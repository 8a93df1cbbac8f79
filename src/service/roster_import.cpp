#include "service/roster_import.hpp"

#include <fmt/format.h>

#include <unordered_map>
#include <unordered_set>

#include "io/roster_csv.hpp"
#include "service/unit_scope.hpp"

namespace siaga::service {

namespace {

void add_issue(ImportOutcome& outcome, int line, const std::string& column, std::string id,
               std::string en) {
  outcome.issues.push_back({line, column, std::move(id), std::move(en)});
}

// Units by code, looked up once each, with visibility for the actor.
class UnitLookup {
 public:
  UnitLookup(store::Transaction& tx, const Actor& actor) : tx_(tx), actor_(actor) {}

  // The unit, or an issue at `line` (unknown, or outside the territory).
  Result<const Unit*> get(const std::string& code) {
    auto it = cache_.find(code);
    if (it == cache_.end()) {
      SIAGA_ASSIGN_OR_RETURN(auto unit, tx_.units().find_by_code(code));
      it = cache_.emplace(code, unit).first;
    }
    if (!it->second || !unit_visible(actor_, *it->second)) return static_cast<const Unit*>(nullptr);
    return &*it->second;
  }
  // The Polres a unit belongs to (itself, or its parent for a Polsek).
  Result<std::int64_t> polres_of(const Unit& unit) {
    if (unit.level != UnitLevel::polsek || !unit.parent_id) return unit.id;
    return *unit.parent_id;
  }

 private:
  store::Transaction& tx_;
  const Actor& actor_;
  std::unordered_map<std::string, std::optional<Unit>> cache_;
};

void report_progress(const ImportProgress& progress, std::size_t done, std::size_t total) {
  if (progress && (done % 1000 == 0 || done == total)) {
    progress(static_cast<std::int64_t>(done), static_cast<std::int64_t>(total));
  }
}

}  // namespace

Status import_personnel(store::Transaction& tx, const Actor& actor, std::string_view content,
                        ImportOutcome& outcome, const ImportProgress& progress) {
  auto parsed = io::parse_personnel_csv(content);
  if (!parsed.ok()) {
    outcome.issues = std::move(parsed.issues);
    return ok_status();
  }
  UnitLookup units(tx, actor);
  std::unordered_set<std::string> nrps;
  std::unordered_set<std::string> known_desa;
  auto& repo = tx.readiness();
  for (std::size_t n = 0; n < parsed.rows.size(); ++n) {
    if (outcome.issues.size() >= kMaxImportIssues) break;
    Person p = parsed.rows[n];
    const int line = parsed.lines[n];
    SIAGA_ASSIGN_OR_RETURN(const Unit* unit, units.get(p.unit_code));
    if (!unit) {
      add_issue(outcome, line, "unit_code",
                fmt::format("satuan '{}' tidak dikenal atau di luar wilayah Anda", p.unit_code),
                fmt::format("unit '{}' is unknown or outside your territory", p.unit_code));
      continue;
    }
    p.unit_id = unit->id;
    SIAGA_ASSIGN_OR_RETURN(auto existing, repo.find_person_by_nrp(p.nrp));
    if (!nrps.insert(p.nrp).second || existing) {
      add_issue(outcome, line, "nrp", fmt::format("NRP {} sudah terdaftar", p.nrp),
                fmt::format("NRP {} is already registered", p.nrp));
      continue;
    }
    bool desa_ok = true;
    for (const std::string& desa : p.desa_binaan) {
      if (!known_desa.contains(desa)) {
        SIAGA_ASSIGN_OR_RETURN(bool exists, tx.regions().exists(desa));
        if (exists) known_desa.insert(desa);
      }
      if (!known_desa.contains(desa) || !unit_territory(*unit).covers(desa)) {
        add_issue(outcome, line, "desa_binaan",
                  fmt::format("desa {} tidak dikenal atau di luar wilayah {}", desa, unit->name),
                  fmt::format("desa {} is unknown or outside {}", desa, unit->name));
        desa_ok = false;
        break;
      }
    }
    if (!desa_ok) continue;
    if (auto id = repo.insert_person(p); !id.ok()) {
      add_issue(outcome, line, "nrp", id.error().message, id.error().message_en);
      continue;
    }
    ++outcome.imported;
    report_progress(progress, n + 1, parsed.rows.size());
  }
  return ok_status();
}

Status import_partners(store::Transaction& tx, const Actor& actor, std::string_view content,
                       ImportOutcome& outcome, const ImportProgress& progress) {
  auto parsed = io::parse_partners_csv(content);
  if (!parsed.ok()) {
    outcome.issues = std::move(parsed.issues);
    return ok_status();
  }
  UnitLookup units(tx, actor);
  std::unordered_set<std::string> keys;
  std::unordered_set<std::string> known_desa;
  for (std::size_t n = 0; n < parsed.rows.size(); ++n) {
    if (outcome.issues.size() >= kMaxImportIssues) break;
    PartnerMember m = parsed.rows[n];
    const int line = parsed.lines[n];
    SIAGA_ASSIGN_OR_RETURN(const Unit* unit, units.get(m.unit_code));
    if (!unit) {
      add_issue(outcome, line, "unit_code",
                fmt::format("satuan '{}' tidak dikenal atau di luar wilayah Anda", m.unit_code),
                fmt::format("unit '{}' is unknown or outside your territory", m.unit_code));
      continue;
    }
    m.unit_id = unit->id;
    if (!keys.insert(std::string(to_string(m.force)) + "#" + m.identifier).second) {
      add_issue(outcome, line, "identifier", fmt::format("nomor {} muncul dua kali", m.identifier),
                fmt::format("identifier {} appears twice", m.identifier));
      continue;
    }
    if (!m.desa_code.empty()) {
      if (!known_desa.contains(m.desa_code)) {
        SIAGA_ASSIGN_OR_RETURN(bool exists, tx.regions().exists(m.desa_code));
        if (exists) known_desa.insert(m.desa_code);
      }
      if (!known_desa.contains(m.desa_code) || !unit_territory(*unit).covers(m.desa_code)) {
        add_issue(
            outcome, line, "desa_code",
            fmt::format("desa {} tidak dikenal atau di luar wilayah {}", m.desa_code, unit->name),
            fmt::format("desa {} is unknown or outside {}", m.desa_code, unit->name));
        continue;
      }
    }
    if (auto id = tx.readiness().insert_partner(m); !id.ok()) {
      add_issue(outcome, line, "identifier", fmt::format("nomor {} sudah terdaftar", m.identifier),
                fmt::format("identifier {} is already registered", m.identifier));
      continue;
    }
    ++outcome.imported;
    report_progress(progress, n + 1, parsed.rows.size());
  }
  return ok_status();
}

Status import_items(store::Transaction& tx, const Actor& actor, std::string_view content,
                    ImportOutcome& outcome, const ImportProgress& progress) {
  auto parsed = io::parse_items_csv(content);
  if (!parsed.ok()) {
    outcome.issues = std::move(parsed.issues);
    return ok_status();
  }
  UnitLookup units(tx, actor);
  std::unordered_set<std::string> serials;
  std::unordered_map<std::string, std::pair<std::int64_t, std::int64_t>>
      holders;  // nrp → (id, polres)
  std::unordered_map<std::int64_t, std::optional<Unit>> units_by_id;
  auto& repo = tx.readiness();
  for (std::size_t n = 0; n < parsed.rows.size(); ++n) {
    if (outcome.issues.size() >= kMaxImportIssues) break;
    Item item = parsed.rows[n];
    const int line = parsed.lines[n];
    SIAGA_ASSIGN_OR_RETURN(const Unit* unit, units.get(item.unit_code));
    if (!unit) {
      add_issue(outcome, line, "unit_code",
                fmt::format("satuan '{}' tidak dikenal atau di luar wilayah Anda", item.unit_code),
                fmt::format("unit '{}' is unknown or outside your territory", item.unit_code));
      continue;
    }
    item.unit_id = unit->id;
    if (!serials.insert(item.serial).second) {
      add_issue(outcome, line, "serial", fmt::format("nomor seri {} muncul dua kali", item.serial),
                fmt::format("serial {} appears twice", item.serial));
      continue;
    }
    if (!item.holder_nrp.empty()) {
      auto it = holders.find(item.holder_nrp);
      if (it == holders.end()) {
        SIAGA_ASSIGN_OR_RETURN(auto person, repo.find_person_by_nrp(item.holder_nrp));
        std::pair<std::int64_t, std::int64_t> entry{0, 0};
        if (person) {
          auto u = units_by_id.find(person->unit_id);
          if (u == units_by_id.end()) {
            SIAGA_ASSIGN_OR_RETURN(auto found, tx.units().find(person->unit_id));
            u = units_by_id.emplace(person->unit_id, found).first;
          }
          SIAGA_ASSIGN_OR_RETURN(std::int64_t polres, units.polres_of(*u->second));
          entry = {person->id, polres};
        }
        it = holders.emplace(item.holder_nrp, entry).first;
      }
      if (it->second.first == 0) {
        add_issue(outcome, line, "holder_nrp",
                  fmt::format("NRP {} tidak terdaftar", item.holder_nrp),
                  fmt::format("NRP {} is not registered", item.holder_nrp));
        continue;
      }
      SIAGA_ASSIGN_OR_RETURN(std::int64_t item_polres, units.polres_of(*unit));
      if (it->second.second != item_polres) {
        add_issue(outcome, line, "holder_nrp",
                  fmt::format("pemegang {} bukan anggota Polres pemilik barang", item.holder_nrp),
                  fmt::format("holder {} is not of the item's Polres", item.holder_nrp));
        continue;
      }
      item.holder_id = it->second.first;
    }
    if (auto id = repo.insert_item(item); !id.ok()) {
      add_issue(outcome, line, "serial", fmt::format("nomor seri {} sudah terdaftar", item.serial),
                fmt::format("serial {} is already registered", item.serial));
      continue;
    }
    ++outcome.imported;
    report_progress(progress, n + 1, parsed.rows.size());
  }
  return ok_status();
}

}  // namespace siaga::service
