#include "service/audit_log.hpp"

#include <fmt/format.h>

#include "service/crypto.hpp"

namespace siaga::service {

Status append_audit(store::Transaction& tx, const Clock& clock, const AuditRecord& record) {
  SIAGA_ASSIGN_OR_RETURN(auto last, tx.audit().last());
  AuditEntry entry;
  entry.id = last ? last->id + 1 : 1;
  entry.at = format_utc(clock.now());
  entry.username = record.username;
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

}  // namespace siaga::service
