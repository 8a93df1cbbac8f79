#pragma once
// Which desa a point stands in: a box filter in the store, then an exact
// point-in-polygon test.

#include <optional>
#include <string>

#include "domain/geo.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"

namespace siaga::service {

Result<std::optional<std::string>> locate_desa(store::Transaction& tx, LatLon point);

}  // namespace siaga::service
