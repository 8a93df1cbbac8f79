#include "service/audit_log.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "service/crypto.hpp"
#include "service/permission.hpp"

namespace siaga::service {

Status append_audit(store::Transaction& tx, const Clock& clock, std::int64_t unit_id,
                    const AuditRecord& record) {
  SIAGA_ASSIGN_OR_RETURN(auto last, tx.audit().last());
  AuditEntry entry;
  entry.id = last ? last->id + 1 : 1;
  entry.at = format_utc(clock.now());
  entry.username = record.username;
  entry.unit_id = unit_id;
  entry.action = record.action;
  entry.entity = record.entity;
  entry.entity_id = record.entity_id;
  entry.detail = record.detail;
  entry.prev_hash = last ? last->hash : std::string{};
  entry.hash = sha256_hex(audit_canonical_text(entry));
  return tx.audit().append(entry);
}

Result<AuditVerdict> verify_audit(store::Database& db) {
  SIAGA_ASSIGN_OR_RETURN(auto tx, db.begin(store::TxMode::read));
  AuditVerdict verdict;
  std::string prev_hash;
  std::int64_t expected_id = 1;
  auto fail = [&](std::int64_t id, std::string id_text, std::string en_text) {
    verdict.intact = false;
    verdict.first_bad_id = id;
    verdict.problem_id = std::move(id_text);
    verdict.problem_en = std::move(en_text);
    return false;
  };
  SIAGA_TRY(tx->audit().scan([&](const AuditEntry& e) {
    ++verdict.entries;
    if (e.id != expected_id) {
      return fail(expected_id,
                  fmt::format("entri {} hilang (berikutnya yang ada: {})", expected_id, e.id),
                  fmt::format("entry {} is missing (next present: {})", expected_id, e.id));
    }
    if (e.prev_hash != prev_hash) {
      return fail(e.id, fmt::format("entri {}: hash entri sebelumnya tidak cocok", e.id),
                  fmt::format("entry {}: previous-entry hash does not match", e.id));
    }
    if (sha256_hex(audit_canonical_text(e)) != e.hash) {
      return fail(e.id, fmt::format("entri {}: isi telah diubah (hash tidak cocok)", e.id),
                  fmt::format("entry {}: content was altered (hash mismatch)", e.id));
    }
    prev_hash = e.hash;
    ++expected_id;
    return true;
  }));
  return verdict;
}

Result<store::Page<AuditEntry>> list_audit(store::Database& db, const Actor& actor,
                                           const store::PageRequest& page) {
  SIAGA_TRY(require(actor, Permission::read_audit));
  SIAGA_ASSIGN_OR_RETURN(auto tx, db.begin(store::TxMode::read));
  std::optional<std::vector<std::int64_t>> unit_ids;
  if (!actor.territory.is_everywhere()) {
    SIAGA_ASSIGN_OR_RETURN(auto units, tx->units().list(actor.territory, std::nullopt, {10000, 0}));
    unit_ids.emplace();
    for (const Unit& u : units.items) {
      // Units below the actor only: a Polres does not read its Polda's entries.
      const bool below =
          !u.region_codes.empty() &&
          std::all_of(u.region_codes.begin(), u.region_codes.end(),
                      [&](const std::string& c) { return actor.territory.covers(c); });
      if (below) unit_ids->push_back(u.id);
    }
  }
  return tx->audit().list(page, unit_ids);
}

Result<AuditVerdict> verify_audit_as(store::Database& db, const Actor& actor) {
  SIAGA_TRY(require(actor, Permission::read_audit));
  return verify_audit(db);
}

}  // namespace siaga::service
