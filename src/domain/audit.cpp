#include "domain/audit.hpp"

namespace siaga {

namespace {

void append_field(std::string& out, const std::string& field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
  out += ';';
}

}  // namespace

std::string audit_canonical_text(const AuditEntry& entry) {
  std::string out;
  append_field(out, std::to_string(entry.id));
  append_field(out, entry.at);
  append_field(out, entry.username);
  append_field(out, std::to_string(entry.unit_id));
  append_field(out, entry.action);
  append_field(out, entry.entity);
  append_field(out, entry.entity_id);
  append_field(out, entry.detail);
  append_field(out, entry.prev_hash);
  return out;
}

}  // namespace siaga
