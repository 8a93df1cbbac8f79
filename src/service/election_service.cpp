#include "service/election_service.hpp"

#include "service/permission.hpp"

namespace siaga::service {

Result<std::vector<Election>> ElectionService::list(const Actor& actor) {
  SIAGA_TRY(require(actor, Permission::read_registry));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto all, tx->elections().list());
  std::vector<Election> out;
  for (Election& e : all) {
    if (actor.territory.touches(e.region_code)) out.push_back(std::move(e));
  }
  return out;
}

Result<Election> ElectionService::get(const Actor& actor, std::int64_t id) {
  SIAGA_TRY(require(actor, Permission::read_registry));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto e, tx->elections().find(id));
  if (!e || !actor.territory.touches(e->region_code)) return not_found("pemilihan", "election");
  return *e;
}

Result<std::vector<Candidate>> ElectionService::candidates(const Actor& actor,
                                                           std::int64_t election_id) {
  SIAGA_ASSIGN_OR_RETURN(Election e, get(actor, election_id));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  return tx->elections().candidates(e.id);
}

Result<Calendar> ElectionService::calendar(const Actor& actor,
                                           std::optional<std::chrono::sys_days> on) {
  SIAGA_TRY(require(actor, Permission::read_registry));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  Calendar cal;
  SIAGA_ASSIGN_OR_RETURN(cal.stages, tx->elections().stages());
  const auto today =
      on ? *on : std::chrono::floor<std::chrono::days>(ctx_.clock.now() + utc_offset(actor.zone));
  cal.today = format_date(today);
  cal.current = current_stage_index(cal.stages, today);
  SIAGA_ASSIGN_OR_RETURN(auto elections, tx->elections().list());
  for (const Election& e : elections) {
    if (actor.territory.touches(e.region_code)) {
      cal.voting_date = e.voting_date;
      break;
    }
  }
  return cal;
}

}  // namespace siaga::service
