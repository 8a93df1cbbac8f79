#include "store/sql/paged_query.hpp"
#include "store/sql/repos.hpp"

#include "domain/region.hpp"

namespace siaga::store::sql {

namespace {

constexpr const char* kColumns =
    "id, applicant_name, nik, domicile_code, election_id, issuing_unit_id, "
    "(SELECT name FROM units u WHERE u.id = issuing_unit_id), status, number, reason, "
    "submitted_by, submitted_at, processed_by, processed_at, decided_by, decided_at";

SkckRequest read_request(Statement& s) {
  SkckRequest r;
  r.id = s.int64(0);
  r.applicant_name = s.text(1);
  r.nik = s.text(2);
  r.domicile_code = s.text(3);
  if (!s.is_null(4)) r.election_id = s.int64(4);
  r.issuing_unit_id = s.int64(5);
  r.issuing_unit_name = s.text(6);
  r.status = parse_skck_status(s.text(7)).value_or(SkckStatus::diajukan);
  r.number = s.text(8);
  r.reason = s.text(9);
  r.submitted_by = s.text(10);
  r.submitted_at = s.text(11);
  r.processed_by = s.text(12);
  r.processed_at = s.text(13);
  r.decided_by = s.text(14);
  r.decided_at = s.text(15);
  return r;
}

}  // namespace

Result<std::int64_t> SqlSkckRepo::insert(const SkckRequest& r) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("INSERT INTO skck_requests (applicant_name, nik, domicile_code, desa_code, "
                 "district_code, regency_code, province_code, election_id, issuing_unit_id, "
                 "status, submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "RETURNING id"));
  s.bind_all(r.applicant_name, r.nik, r.domicile_code, region_prefix(r.domicile_code, 4),
             region_prefix(r.domicile_code, 3), region_prefix(r.domicile_code, 2),
             region_prefix(r.domicile_code, 1), r.election_id, r.issuing_unit_id,
             to_string(r.status), r.submitted_by, r.submitted_at);
  return s.returning_id();
}

Status SqlSkckRepo::update(const SkckRequest& r) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("UPDATE skck_requests SET status = ?, number = ?, reason = ?, "
                              "processed_by = ?, processed_at = ?, decided_by = ?, decided_at = ? "
                              "WHERE id = ?"));
  s.bind_all(to_string(r.status), r.number, r.reason, r.processed_by, r.processed_at, r.decided_by,
             r.decided_at, r.id);
  return s.run();
}

Result<std::optional<SkckRequest>> SqlSkckRepo::find(std::int64_t id, const Territory& territory) {
  WhereBuilder where;
  where.add("id = ?", {id}).territory(territory);
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(std::string("SELECT ") + kColumns +
                                                 " FROM skck_requests" + where.sql()));
  where.bind(s);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  if (!row) return std::optional<SkckRequest>{};
  return std::optional<SkckRequest>{read_request(s)};
}

Result<Page<SkckRequest>> SqlSkckRepo::list(std::optional<SkckStatus> status,
                                            const Territory& territory, const PageRequest& page) {
  WhereBuilder where;
  if (status) where.add("status = ?", {std::string(to_string(*status))});
  where.territory(territory);
  return paged_query<SkckRequest>(c_, kColumns, "skck_requests", where, page, read_request);
}

Result<std::optional<IdempotentResult>> SqlIdempotencyRepo::find(std::int64_t user_id,
                                                                 const std::string& scope,
                                                                 const std::string& key) {
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare("SELECT fingerprint, entity_id FROM idempotency_keys WHERE "
                                    "user_id = ? AND scope = ? AND key = ?"));
  s.bind_all(user_id, scope, key);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  if (!row) return std::optional<IdempotentResult>{};
  return std::optional<IdempotentResult>{IdempotentResult{s.text(0), s.int64(1)}};
}

Status SqlIdempotencyRepo::put(std::int64_t user_id, const std::string& scope,
                               const std::string& key, const IdempotentResult& result) {
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare("INSERT INTO idempotency_keys (user_id, scope, key, "
                                    "fingerprint, entity_id) VALUES (?, ?, ?, ?, ?)"));
  s.bind_all(user_id, scope, key, result.fingerprint, result.entity_id);
  return s.run();
}

}  // namespace siaga::store::sql
