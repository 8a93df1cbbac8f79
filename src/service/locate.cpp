#include "service/locate.hpp"

#include "engine/geo/point_in_polygon.hpp"

namespace siaga::service {

Result<std::optional<std::string>> locate_desa(store::Transaction& tx, LatLon point) {
  SIAGA_ASSIGN_OR_RETURN(auto candidates, tx.regions().candidates_at(point, 4));
  for (const std::string& code : candidates) {
    SIAGA_ASSIGN_OR_RETURN(auto shape, tx.regions().shape(code));
    if (shape && engine::contains(*shape, point)) return std::optional<std::string>{code};
  }
  return std::optional<std::string>{};
}

}  // namespace siaga::service
