#include "domain/polygon.hpp"

#include <algorithm>
#include <limits>

namespace siaga {

BBox bounds_of(const MultiPolygon& shape) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  BBox box{kInf, kInf, -kInf, -kInf};
  for (const PolygonPart& part : shape.parts) {
    for (const Ring& ring : part.rings) {
      for (const LatLon& p : ring) {
        box.min_lat = std::min(box.min_lat, p.lat);
        box.max_lat = std::max(box.max_lat, p.lat);
        box.min_lon = std::min(box.min_lon, p.lon);
        box.max_lon = std::max(box.max_lon, p.lon);
      }
    }
  }
  return box;
}

std::size_t vertex_count(const MultiPolygon& shape) {
  std::size_t n = 0;
  for (const PolygonPart& part : shape.parts) {
    for (const Ring& ring : part.rings) n += ring.size();
  }
  return n;
}

}  // namespace siaga
