#include "service/skck_service.hpp"

#include <fmt/format.h>

#include "service/audit_log.hpp"
#include "service/idempotency.hpp"
#include "service/json_text.hpp"
#include "service/permission.hpp"

namespace siaga::service {

namespace {

constexpr const char* kScope = "skck.create";

Error required(const char* field_id, const char* field) {
  return make_error(ErrorCode::invalid_input, std::string(field_id) + " wajib diisi",
                    std::string(field) + " is required", field);
}

// The Polres whose territory holds the domicile; the Polda when no Polres does.
Result<std::optional<Unit>> issuing_unit(store::Transaction& tx, const std::string& domicile) {
  for (UnitLevel level : {UnitLevel::polres, UnitLevel::polda}) {
    SIAGA_ASSIGN_OR_RETURN(auto units, tx.units().all_of_level(level));
    for (Unit& u : units) {
      for (const std::string& code : u.region_codes) {
        if (region_within(domicile, code)) return std::optional<Unit>{std::move(u)};
      }
    }
  }
  return std::optional<Unit>{};
}

}  // namespace

Result<SkckRequest> SkckService::submit(const Actor& actor, const SkckApplication& app,
                                        const std::string& idempotency_key,
                                        const std::string& fingerprint, bool* replayed) {
  SIAGA_TRY(require(actor, Permission::submit_skck));
  if (!app.applicant_name || app.applicant_name->empty()) {
    return required("nama pemohon", "applicant_name");
  }
  if (app.applicant_name->size() > 200) {
    return make_error(ErrorCode::invalid_input, "nama pemohon paling panjang 200 karakter",
                      "applicant_name is longer than 200 characters", "applicant_name");
  }
  if (!app.nik) return required("NIK", "nik");
  SIAGA_TRY(validate_nik(*app.nik));
  if (!app.domicile_code) return required("kode wilayah domisili", "domicile_code");

  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  const IdempotentRequest replay{actor.user_id, kScope, idempotency_key, fingerprint};
  SIAGA_ASSIGN_OR_RETURN(auto earlier_id, earlier_result(*tx, replay));
  if (earlier_id) {
    SIAGA_ASSIGN_OR_RETURN(auto earlier, tx->skck().find(*earlier_id, actor.territory));
    if (!earlier) return not_found("permohonan SKCK", "SKCK request");
    if (replayed) *replayed = true;
    return *earlier;
  }
  SIAGA_ASSIGN_OR_RETURN(bool known, tx->regions().exists(*app.domicile_code));
  if (!known || validate_region_code(*app.domicile_code).value() < 3) {
    return make_error(
        ErrorCode::invalid_input,
        fmt::format("'{}' bukan kode kecamatan/desa yang dikenal", *app.domicile_code),
        fmt::format("'{}' is not a known kecamatan/desa code", *app.domicile_code),
        "domicile_code");
  }
  SIAGA_ASSIGN_OR_RETURN(auto issuer, issuing_unit(*tx, *app.domicile_code));
  if (!issuer) {
    return make_error(ErrorCode::invalid_input, "tidak ada satuan yang membawahi domisili ini",
                      "no unit covers this domicile", "domicile_code");
  }
  if (!actor.territory.covers(*app.domicile_code)) {
    return make_error(
        ErrorCode::invalid_input,
        fmt::format("SKCK calon diterbitkan oleh satuan domisilinya: {}", issuer->name),
        fmt::format("a candidate's SKCK is issued by the unit of the domicile: {}", issuer->name),
        "domicile_code");
  }
  if (app.election_id) {
    SIAGA_ASSIGN_OR_RETURN(auto election, tx->elections().find(*app.election_id));
    if (!election) {
      return make_error(ErrorCode::invalid_input, "pemilihan tidak dikenal", "unknown election",
                        "election_id");
    }
  }
  SkckRequest request;
  request.applicant_name = *app.applicant_name;
  request.nik = *app.nik;
  request.domicile_code = *app.domicile_code;
  request.election_id = app.election_id;
  request.issuing_unit_id = issuer->id;
  request.issuing_unit_name = issuer->name;
  request.status = SkckStatus::diajukan;
  request.submitted_by = actor.username;
  request.submitted_at = format_utc(ctx_.clock.now());
  SIAGA_ASSIGN_OR_RETURN(request.id, tx->skck().insert(request));
  SIAGA_TRY(remember_result(*tx, replay, request.id));
  SIAGA_TRY(append_audit(
      *tx, ctx_.clock, actor.unit_id,
      {actor.username, "skck.submit", "skck", std::to_string(request.id),
       json_object({{"applicant", request.applicant_name}, {"issuer", issuer->code}})}));
  SIAGA_TRY(tx->commit());
  if (replayed) *replayed = false;
  return request;
}

Result<SkckRequest> SkckService::transition(const Actor& actor, std::int64_t id,
                                            const SkckDecision& decision) {
  SIAGA_TRY(require(actor, Permission::process_skck));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto found, tx->skck().find(id, actor.territory));
  if (!found) return not_found("permohonan SKCK", "SKCK request");
  SkckRequest request = *found;
  SIAGA_TRY(check_skck_transition(request.status, decision.to));
  const std::string now = format_utc(ctx_.clock.now());
  switch (decision.to) {
    case SkckStatus::diproses:
      request.processed_by = actor.username;
      request.processed_at = now;
      break;
    case SkckStatus::terbit: {
      request.decided_by = actor.username;
      request.decided_at = now;
      const auto local =
          std::chrono::floor<std::chrono::days>(ctx_.clock.now() + utc_offset(actor.zone));
      const std::chrono::year_month_day ymd{local};
      request.number =
          fmt::format("SKCK/{:05}/{}/{}/{}", request.id, static_cast<unsigned>(ymd.month()),
                      static_cast<int>(ymd.year()), actor.unit_code);
      break;
    }
    case SkckStatus::ditolak:
      if (decision.reason.find_first_not_of(" \t") == std::string::npos) {
        return make_error(ErrorCode::invalid_input, "alasan penolakan wajib diisi",
                          "a reason for refusal is required", "reason");
      }
      request.reason = decision.reason;
      request.decided_by = actor.username;
      request.decided_at = now;
      break;
    case SkckStatus::diajukan:
      break;  // rejected by check_skck_transition
  }
  request.status = decision.to;
  SIAGA_TRY(tx->skck().update(request));
  SIAGA_TRY(append_audit(*tx, ctx_.clock, actor.unit_id,
                         {actor.username, "skck." + std::string(to_string(decision.to)), "skck",
                          std::to_string(request.id),
                          json_object({{"status", std::string(to_string(decision.to))}})}));
  SIAGA_TRY(tx->commit());
  return request;
}

Result<SkckRequest> SkckService::get(const Actor& actor, std::int64_t id) {
  SIAGA_TRY(require(actor, Permission::read_skck));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto found, tx->skck().find(id, actor.territory));
  if (!found) return not_found("permohonan SKCK", "SKCK request");
  return *found;
}

Result<store::Page<SkckRequest>> SkckService::list(const Actor& actor,
                                                   std::optional<SkckStatus> status,
                                                   const store::PageRequest& page) {
  SIAGA_TRY(require(actor, Permission::read_skck));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  return tx->skck().list(status, actor.territory, page);
}

}  // namespace siaga::service
