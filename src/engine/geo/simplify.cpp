#include "engine/geo/simplify.hpp"

#include <cmath>
#include <utility>
#include <vector>

namespace siaga::engine {

namespace {

double distance_to_segment(LatLon p, LatLon a, LatLon b) {
  const double dx = b.lon - a.lon, dy = b.lat - a.lat;
  const double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((p.lon - a.lon) * dx + (p.lat - a.lat) * dy) / len2 : 0;
  t = std::fmax(0, std::fmin(1, t));
  const double ex = a.lon + t * dx - p.lon, ey = a.lat + t * dy - p.lat;
  return std::sqrt(ex * ex + ey * ey);
}

}  // namespace

Ring simplify_ring(const Ring& ring, double tolerance_deg) {
  if (ring.size() <= 4 || tolerance_deg <= 0) return ring;
  std::vector<bool> keep(ring.size(), false);
  keep.front() = keep.back() = true;
  // An explicit stack instead of recursion: outlines can have many thousand points.
  std::vector<std::pair<std::size_t, std::size_t>> stack{{0, ring.size() - 1}};
  while (!stack.empty()) {
    auto [first, last] = stack.back();
    stack.pop_back();
    double worst = 0;
    std::size_t index = first;
    for (std::size_t i = first + 1; i < last; ++i) {
      const double d = distance_to_segment(ring[i], ring[first], ring[last]);
      if (d > worst) {
        worst = d;
        index = i;
      }
    }
    if (worst > tolerance_deg) {
      keep[index] = true;
      stack.emplace_back(first, index);
      stack.emplace_back(index, last);
    }
  }
  // A closed ring's first and last points coincide, so the split above can
  // degenerate: make sure the farthest point from the start survives.
  if (ring.front() == ring.back()) {
    double worst = 0;
    std::size_t index = 0;
    for (std::size_t i = 1; i + 1 < ring.size(); ++i) {
      const double d = std::hypot(ring[i].lat - ring[0].lat, ring[i].lon - ring[0].lon);
      if (d > worst) {
        worst = d;
        index = i;
      }
    }
    keep[index] = true;
  }
  Ring out;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    if (keep[i]) out.push_back(ring[i]);
  }
  return out.size() >= 4 ? out : ring;
}

MultiPolygon simplify(const MultiPolygon& shape, double tolerance_deg) {
  MultiPolygon out;
  out.parts.reserve(shape.parts.size());
  for (const PolygonPart& part : shape.parts) {
    PolygonPart simplified;
    for (const Ring& ring : part.rings)
      simplified.rings.push_back(simplify_ring(ring, tolerance_deg));
    out.parts.push_back(std::move(simplified));
  }
  return out;
}

}  // namespace siaga::engine
