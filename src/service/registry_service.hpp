#pragma once
// Reading the registry: regions, police units and TPS, always within the
// actor's territory.

#include <optional>
#include <string>
#include <vector>

#include "domain/polygon.hpp"
#include "domain/region.hpp"
#include "domain/tps.hpp"
#include "domain/unit.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"
#include "store/page.hpp"
#include "store/region_repo.hpp"
#include "store/tps_repo.hpp"

namespace siaga::service {

struct RegionShape {
  Region region;
  MultiPolygon shape;
};

class RegistryService {
 public:
  explicit RegistryService(Context& ctx) : ctx_(ctx) {}

  Result<store::Page<Region>> list_regions(const Actor& actor, const store::RegionQuery& query);
  Result<Region> get_region(const Actor& actor, const std::string& code);
  // Outlines of the regions at `depth` inside `within` (and the territory),
  // for the map; at most `limit` of them.
  // `tolerance_deg` > 0 simplifies the outlines for the map (Douglas–Peucker).
  Result<std::vector<RegionShape>> region_shapes(const Actor& actor, const std::string& within,
                                                 int depth, int limit, double tolerance_deg = 0);

  Result<store::Page<Unit>> list_units(const Actor& actor, std::optional<UnitLevel> level,
                                       const store::PageRequest& page);
  Result<Unit> get_unit(const Actor& actor, std::int64_t id);

  Result<store::Page<Tps>> list_tps(const Actor& actor, const store::TpsQuery& query);
  Result<Tps> get_tps(const Actor& actor, std::int64_t id);

 private:
  Context& ctx_;
};

}  // namespace siaga::service
