#pragma once
// The append-only audit log. Each entry carries the hash of the entry before
// it, so an edited or deleted row breaks the chain at a findable place.

#include <cstdint>
#include <string>

namespace siaga {

struct AuditEntry {
  std::int64_t id = 0;
  std::string at;  // UTC ISO-8601
  std::string username;
  std::int64_t unit_id = 0;  // the actor's unit; 0 for the server console
  std::string action;        // e.g. object.create, session.login
  std::string entity;        // e.g. object
  std::string entity_id;
  std::string detail;     // compact JSON text
  std::string prev_hash;  // hex SHA-256 of the previous entry ("" for the first)
  std::string hash;       // hex SHA-256 of this entry's canonical text
  friend bool operator==(const AuditEntry&, const AuditEntry&) = default;
};

// The exact bytes that are hashed: every field but `hash`, unambiguous
// (length-prefixed) so that moving text between fields changes the hash.
std::string audit_canonical_text(const AuditEntry& entry);

}  // namespace siaga
