#include "store/sql/paged_query.hpp"
#include "store/sql/repos.hpp"

namespace siaga::store::sql {

namespace {

constexpr const char* kColumns =
    "id, at, username, unit_id, action, entity, entity_id, detail, prev_hash, hash";

AuditEntry read_entry(Statement& s) {
  AuditEntry e;
  e.id = s.int64(0);
  e.at = s.text(1);
  e.username = s.text(2);
  e.unit_id = s.int64(3);
  e.action = s.text(4);
  e.entity = s.text(5);
  e.entity_id = s.text(6);
  e.detail = s.text(7);
  e.prev_hash = s.text(8);
  e.hash = s.text(9);
  return e;
}

}  // namespace

Result<std::optional<AuditEntry>> SqlAuditRepo::last() {
  SIAGA_TRY(c_.lock_audit_log(false));
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(std::string("SELECT ") + kColumns +
                                                 " FROM audit_log ORDER BY id DESC LIMIT 1"));
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  if (!row) return std::optional<AuditEntry>{};
  return std::optional<AuditEntry>{read_entry(s)};
}

Status SqlAuditRepo::append(const AuditEntry& e) {
  SIAGA_TRY(c_.lock_audit_log(true));
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare("INSERT INTO audit_log (id, at, username, unit_id, "
                                    "action, entity, entity_id, detail, prev_hash, "
                                    "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
  s.bind_all(e.id, e.at, e.username, e.unit_id, e.action, e.entity, e.entity_id, e.detail,
             e.prev_hash, e.hash);
  return s.run();
}

Status SqlAuditRepo::scan(const std::function<bool(const AuditEntry&)>& visit) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare(std::string("SELECT ") + kColumns + " FROM audit_log ORDER BY id"));
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row || !visit(read_entry(s))) break;
  }
  return ok_status();
}

Result<Page<AuditEntry>> SqlAuditRepo::list(
    const PageRequest& page, const std::optional<std::vector<std::int64_t>>& unit_ids) {
  WhereBuilder where;
  if (unit_ids) {
    std::string condition = "unit_id IN (";
    std::vector<SqlParam> params;
    for (std::int64_t id : *unit_ids) {
      condition += params.empty() ? "?" : ", ?";
      params.emplace_back(id);
    }
    if (params.empty()) condition += "NULL";
    where.add(condition + ")", std::move(params));
  }
  return paged_query<AuditEntry>(c_, kColumns, "audit_log", where, page, read_entry);
}

}  // namespace siaga::store::sql
