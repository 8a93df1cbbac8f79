#pragma once
// The planner's input gathered from the database for one plan: TPS with
// class, desa, kecamatan, Polsek sector and Polres; available officers with
// their home unit (BKO of the day under the unit they reinforce); Linmas and
// TNI rosters per desa. Indices into these vectors are the engine's indices.

#include <cstdint>
#include <string>
#include <vector>

#include "engine/deployment/planner.hpp"
#include "service/deployment_service.hpp"
#include "store/database.hpp"

namespace siaga::service {

struct PlanningData {
  std::vector<store::PlanUnitRow> units;  // the plan's unit and every unit below it
  std::vector<store::PlanTpsRow> tps_rows;
  std::vector<engine::deployment::PlanTps> tps;
  std::vector<bool> class_defaulted;  // per TPS: no class yet, kurang rawan assumed
  std::vector<engine::deployment::PlanOfficer> officers;
  std::vector<std::int64_t> officer_person;  // per officer: personnel id
  std::vector<bool> officer_bko;
  std::int64_t unavailable = 0;                           // people out for the day
  std::vector<int> linmas_per_desa;                       // per desa index
  std::vector<std::vector<std::int64_t>> linmas_of_desa;  // partner ids per desa
  std::vector<std::vector<std::int64_t>> tni_of_desa;     // partner ids per desa
  std::vector<std::vector<std::int64_t>> tni_of_polres;   // TNI without a desa, per Polres
  std::vector<std::int64_t> sector_unit;  // sector index → Polsek id (or Polres id: its HQ sector)
  std::vector<std::int64_t> polres_unit;  // Polres index → unit id
  std::vector<PlanWarning> warnings;
};

// Unknown NRPs in the plan's BKO or unavailable lists are an error naming
// the NRP (checked before a plan is stored; here again in case they were
// removed since).
Result<PlanningData> load_planning_data(store::Transaction& tx, const store::PlanRecord& plan,
                                        const PatternSet& patterns);

}  // namespace siaga::service
