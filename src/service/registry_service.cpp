#include "service/registry_service.hpp"

#include <algorithm>

#include "engine/geo/simplify.hpp"
#include "service/permission.hpp"

namespace siaga::service {

Result<store::Page<Region>> RegistryService::list_regions(const Actor& actor,
                                                          const store::RegionQuery& query) {
  SIAGA_TRY(require(actor, Permission::read_registry));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  return tx->regions().list(query, actor.territory);
}

Result<Region> RegistryService::get_region(const Actor& actor, const std::string& code) {
  SIAGA_TRY(require(actor, Permission::read_registry));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto region, tx->regions().find(code));
  if (!region || !actor.territory.touches(code)) return not_found("wilayah", "region");
  return *region;
}

Result<std::vector<RegionShape>> RegistryService::region_shapes(const Actor& actor,
                                                                const std::string& within,
                                                                int depth, int limit,
                                                                double tolerance_deg) {
  SIAGA_TRY(require(actor, Permission::read_registry));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  std::vector<RegionShape> out;
  store::RegionQuery query;
  query.depth = depth;
  query.page.limit = std::clamp(limit, 1, 10000);
  SIAGA_ASSIGN_OR_RETURN(auto page, tx->regions().list(query, actor.territory));
  for (Region& r : page.items) {
    if (!within.empty() && !region_within(r.code, within)) continue;
    if (!actor.territory.covers(r.code)) continue;
    SIAGA_ASSIGN_OR_RETURN(auto shape, tx->regions().shape(r.code));
    if (!shape) continue;
    out.push_back(RegionShape{std::move(r), tolerance_deg > 0
                                                ? engine::simplify(*shape, tolerance_deg)
                                                : std::move(*shape)});
  }
  return out;
}

Result<store::Page<Unit>> RegistryService::list_units(const Actor& actor,
                                                      std::optional<UnitLevel> level,
                                                      const store::PageRequest& page) {
  SIAGA_TRY(require(actor, Permission::read_registry));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  return tx->units().list(actor.territory, level, page);
}

Result<Unit> RegistryService::get_unit(const Actor& actor, std::int64_t id) {
  SIAGA_TRY(require(actor, Permission::read_registry));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto unit, tx->units().find(id));
  const bool visible =
      unit && (actor.territory.is_everywhere() ||
               (!unit->region_codes.empty() &&
                std::all_of(unit->region_codes.begin(), unit->region_codes.end(),
                            [&](const std::string& c) { return actor.territory.touches(c); })));
  if (!visible) return not_found("satuan", "unit");
  return *unit;
}

Result<store::Page<Tps>> RegistryService::list_tps(const Actor& actor,
                                                   const store::TpsQuery& query) {
  SIAGA_TRY(require(actor, Permission::read_registry));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  if (!query.unit_id) return tx->tps().list(query, actor.territory);
  SIAGA_ASSIGN_OR_RETURN(auto unit, tx->units().find(*query.unit_id));
  if (!unit) return not_found("satuan", "unit");
  store::TpsQuery scoped = query;
  scoped.unit_territory = unit->level == UnitLevel::mabes
                              ? Territory::everywhere()
                              : Territory::of_regions(unit->region_codes);
  return tx->tps().list(scoped, actor.territory);
}

Result<Tps> RegistryService::get_tps(const Actor& actor, std::int64_t id) {
  SIAGA_TRY(require(actor, Permission::read_registry));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto tps, tx->tps().find(id, actor.territory));
  if (!tps) return not_found("TPS", "TPS");
  return *tps;
}

}  // namespace siaga::service
