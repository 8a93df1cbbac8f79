#pragma once
// Appending to and verifying the hash-chained audit log.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/result.hpp"
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
Status append_audit(store::Transaction& tx, const Clock& clock, const AuditRecord& record);

struct AuditVerdict {
  std::int64_t entries = 0;
  bool intact = true;
  std::optional<std::int64_t> first_bad_id;  // the first entry whose chain breaks
  std::string problem_id;                    // what is wrong, in Bahasa Indonesia
  std::string problem_en;
};

Result<AuditVerdict> verify_audit(store::Database& db);

}  // namespace siaga::service
