#pragma once
// Point-in-polygon by ray casting (even-odd rule), honouring holes and
// multiple parts. Points on an edge may fall either way.

#include "domain/polygon.hpp"

namespace siaga::engine {

bool contains(const MultiPolygon& shape, LatLon point);

}  // namespace siaga::engine
