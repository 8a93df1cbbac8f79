#pragma once
// Appending to and verifying the hash-chained audit log.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/result.hpp"
#include "domain/user.hpp"
#include "service/clock.hpp"
#include "store/database.hpp"

namespace siaga::service {

struct AuditRecord {
  std::string username;
  std::string action;
  std::string entity;
  std::string entity_id;
  std::string detail = "{}";  // compact JSON
};

// Appends inside the caller's transaction, so the entry commits with the change.
// `unit_id`: the acting person's unit (0 for the server console), which decides
// who may read the entry.
Status append_audit(store::Transaction& tx, const Clock& clock, std::int64_t unit_id,
                    const AuditRecord& record);

struct AuditVerdict {
  std::int64_t entries = 0;
  bool intact = true;
  std::optional<std::int64_t> first_bad_id;  // the first entry whose chain breaks
  std::string problem_id;                    // what is wrong, in Bahasa Indonesia
  std::string problem_en;
};

Result<AuditVerdict> verify_audit(store::Database& db);

// The audit log as the actor may read it: everything for Mabes, otherwise the
// entries written by people of the actor's unit and the units below it.
Result<store::Page<AuditEntry>> list_audit(store::Database& db, const Actor& actor,
                                           const store::PageRequest& page);
// Verification for an API caller (needs read_audit).
Result<AuditVerdict> verify_audit_as(store::Database& db, const Actor& actor);

}  // namespace siaga::service
