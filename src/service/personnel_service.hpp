#pragma once
// Personnel and partner rosters: who serves where, their desa binaan, their
// absences. One model for readiness and the deployment planner.

#include <optional>
#include <string>
#include <vector>

#include "domain/personnel.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"
#include "store/readiness_repo.hpp"

namespace siaga::service {

struct PersonDetail {
  Person person;
  std::vector<Item> items;
  std::vector<Absence> absences;
  std::vector<store::Handover> handovers;
};

struct AbsenceInput {
  std::optional<std::string> kind;
  std::optional<std::string> starts_on;
  std::optional<std::string> ends_on;
  std::optional<std::string> bko_unit;  // unit code
  std::optional<std::string> note;
};

class PersonnelService {
 public:
  explicit PersonnelService(Context& ctx) : ctx_(ctx) {}

  Result<store::Page<Person>> list(const Actor& actor, const store::PersonQuery& query);
  Result<PersonDetail> get(const Actor& actor, std::int64_t id);
  // The person linked to the actor's own account, if any.
  Result<std::optional<PersonDetail>> me(const Actor& actor);
  Result<Absence> add_absence(const Actor& actor, std::int64_t person_id,
                              const AbsenceInput& input);
  Result<store::Page<PartnerMember>> partners(const Actor& actor, const store::PartnerQuery& query);
  // Links a person to their own account (to acknowledge handovers, see their kit).
  Status link_account(const Actor& actor, std::int64_t person_id, const std::string& username);

 private:
  Context& ctx_;
};

}  // namespace siaga::service
