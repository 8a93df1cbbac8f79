#pragma once
// Region outlines: a multipolygon of rings of WGS84 points; the first ring of
// each part is its outer boundary, the others are holes.

#include <vector>

#include "domain/geo.hpp"

namespace siaga {

using Ring = std::vector<LatLon>;
struct PolygonPart {
  std::vector<Ring> rings;  // rings[0] outer, rings[1..] holes
  friend bool operator==(const PolygonPart&, const PolygonPart&) = default;
};
struct MultiPolygon {
  std::vector<PolygonPart> parts;
  friend bool operator==(const MultiPolygon&, const MultiPolygon&) = default;
  bool empty() const { return parts.empty(); }
};

BBox bounds_of(const MultiPolygon& shape);
std::size_t vertex_count(const MultiPolygon& shape);

}  // namespace siaga
