#include "service/personnel_service.hpp"

#include <fmt/format.h>

#include "service/audit_log.hpp"
#include "service/json_text.hpp"
#include "service/permission.hpp"
#include "service/unit_scope.hpp"

namespace siaga::service {

namespace {

// The person, if their unit lies inside the actor's territory.
Result<std::optional<Person>> visible_person(store::Transaction& tx, const Actor& actor,
                                             std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(auto person, tx.readiness().find_person(id));
  if (!person) return person;
  SIAGA_ASSIGN_OR_RETURN(auto unit, tx.units().find(person->unit_id));
  if (!unit || !unit_visible(actor, *unit)) return std::optional<Person>{};
  return person;
}

Result<PersonDetail> detail_of(store::Transaction& tx, Person person) {
  PersonDetail d;
  SIAGA_ASSIGN_OR_RETURN(d.items, tx.readiness().items_of_person(person.id));
  SIAGA_ASSIGN_OR_RETURN(d.absences, tx.readiness().absences_of(person.id));
  SIAGA_ASSIGN_OR_RETURN(d.handovers, tx.readiness().handovers_of(person.id));
  d.person = std::move(person);
  return d;
}

}  // namespace

Result<store::Page<Person>> PersonnelService::list(const Actor& actor,
                                                   const store::PersonQuery& query) {
  SIAGA_TRY(require(actor, Permission::read_personnel));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  return tx->readiness().list_people(query, actor.territory);
}

Result<PersonDetail> PersonnelService::get(const Actor& actor, std::int64_t id) {
  SIAGA_TRY(require(actor, Permission::read_personnel));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto person, visible_person(*tx, actor, id));
  if (!person) return not_found("personel", "person");
  return detail_of(*tx, std::move(*person));
}

Result<std::optional<PersonDetail>> PersonnelService::me(const Actor& actor) {
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto person, tx->readiness().find_person_by_username(actor.username));
  if (!person) return std::optional<PersonDetail>{};
  SIAGA_ASSIGN_OR_RETURN(auto detail, detail_of(*tx, std::move(*person)));
  return std::optional<PersonDetail>{std::move(detail)};
}

Result<Absence> PersonnelService::add_absence(const Actor& actor, std::int64_t person_id,
                                              const AbsenceInput& input) {
  SIAGA_TRY(require(actor, Permission::manage_readiness));
  Absence a;
  a.person_id = person_id;
  if (!input.kind) {
    return make_error(ErrorCode::invalid_input, "jenis ketidakhadiran wajib diisi",
                      "absence kind is required", "kind");
  }
  auto kind = parse_absence_kind(*input.kind);
  if (!kind) {
    return make_error(
        ErrorCode::invalid_input,
        fmt::format("jenis '{}' tidak dikenal (cuti, sakit, dinas_luar, bko)", *input.kind),
        fmt::format("unknown kind '{}' (cuti, sakit, dinas_luar, bko)", *input.kind), "kind");
  }
  a.kind = *kind;
  a.starts_on = input.starts_on.value_or("");
  a.ends_on = input.ends_on.value_or("");
  a.note = input.note.value_or("");
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto person, visible_person(*tx, actor, person_id));
  if (!person) return not_found("personel", "person");
  if (input.bko_unit) {
    SIAGA_ASSIGN_OR_RETURN(auto unit, tx->units().find_by_code(*input.bko_unit));
    if (!unit) {
      return make_error(ErrorCode::invalid_input,
                        fmt::format("satuan '{}' tidak dikenal", *input.bko_unit),
                        fmt::format("unknown unit '{}'", *input.bko_unit), "bko_unit");
    }
    a.bko_unit_id = unit->id;
  }
  SIAGA_TRY(validate_absence(a));
  const std::string now = format_utc(ctx_.clock.now());
  SIAGA_ASSIGN_OR_RETURN(a.id, tx->readiness().insert_absence(a, actor.username, now));
  SIAGA_TRY(append_audit(*tx, ctx_.clock, actor.unit_id,
                         {actor.username, "absence.create", "person", person->nrp,
                          json_object({{"kind", std::string(to_string(a.kind))},
                                       {"starts_on", a.starts_on},
                                       {"ends_on", a.ends_on}})}));
  SIAGA_TRY(tx->commit());
  return a;
}

Result<store::Page<PartnerMember>> PersonnelService::partners(const Actor& actor,
                                                              const store::PartnerQuery& query) {
  SIAGA_TRY(require(actor, Permission::read_personnel));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  return tx->readiness().list_partners(query, actor.territory);
}

Status PersonnelService::link_account(const Actor& actor, std::int64_t person_id,
                                      const std::string& username) {
  SIAGA_TRY(require(actor, Permission::manage_users));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto person, visible_person(*tx, actor, person_id));
  if (!person) return not_found("personel", "person");
  SIAGA_ASSIGN_OR_RETURN(auto user, tx->users().find_by_username(username));
  if (!user) {
    return make_error(ErrorCode::invalid_input, fmt::format("akun '{}' tidak dikenal", username),
                      fmt::format("unknown account '{}'", username), "username");
  }
  SIAGA_ASSIGN_OR_RETURN(auto taken, tx->readiness().find_person_by_username(username));
  if (taken && taken->id != person_id) {
    return make_error(
        ErrorCode::conflict, fmt::format("akun '{}' sudah terhubung ke {}", username, taken->name),
        fmt::format("account '{}' is already linked to {}", username, taken->name), "username");
  }
  SIAGA_TRY(tx->readiness().link_username(person_id, username));
  SIAGA_TRY(append_audit(*tx, ctx_.clock, actor.unit_id,
                         {actor.username, "person.link_account", "person", person->nrp,
                          json_object({{"username", username}})}));
  return tx->commit();
}

}  // namespace siaga::service
