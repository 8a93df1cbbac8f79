#include "engine/geo/point_in_polygon.hpp"

namespace siaga::engine {

namespace {

bool ring_contains(const Ring& ring, LatLon p) {
  bool inside = false;
  const std::size_t n = ring.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
    const LatLon& a = ring[i];
    const LatLon& b = ring[j];
    if ((a.lat > p.lat) != (b.lat > p.lat) &&
        p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon) {
      inside = !inside;
    }
  }
  return inside;
}

}  // namespace

bool contains(const MultiPolygon& shape, LatLon point) {
  for (const PolygonPart& part : shape.parts) {
    if (part.rings.empty() || !ring_contains(part.rings[0], point)) continue;
    bool in_hole = false;
    for (std::size_t r = 1; r < part.rings.size() && !in_hole; ++r) {
      in_hole = ring_contains(part.rings[r], point);
    }
    if (!in_hole) return true;
  }
  return false;
}

}  // namespace siaga::engine
