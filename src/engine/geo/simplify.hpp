#pragma once
// Douglas–Peucker simplification of region outlines for the map: a ring keeps
// the points that stray more than `tolerance` degrees from the line between
// its kept neighbours. Rings stay closed and keep at least 4 points; a ring
// that would collapse is kept as it was.

#include "domain/polygon.hpp"

namespace siaga::engine {

Ring simplify_ring(const Ring& ring, double tolerance_deg);
MultiPolygon simplify(const MultiPolygon& shape, double tolerance_deg);

}  // namespace siaga::engine
