#pragma once
// Local plane coordinates in metres for one Polres: an equirectangular
// projection around the area's mean latitude. Over a regency (< 150 km) it is
// within a fraction of a percent of the great circle and costs no
// trigonometry per pair, which the planner evaluates millions of times.

#include <cmath>
#include <span>

#include "domain/geo.hpp"

namespace siaga::engine::deployment {

struct PlanePoint {
  double x = 0;  // metres east
  double y = 0;  // metres north
  friend bool operator==(const PlanePoint&, const PlanePoint&) = default;
};

inline double distance_m(PlanePoint a, PlanePoint b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

class Projection {
 public:
  explicit Projection(double reference_lat_deg);
  // Centred on the mean latitude of the points (0 when there are none).
  static Projection around(std::span<const LatLon> points);
  PlanePoint operator()(LatLon p) const;

 private:
  double cos_ref_ = 1;
};

}  // namespace siaga::engine::deployment
