#pragma once
// Local plane coordinates in metres for one Polres: an equirectangular
// projection around the area's mean latitude. Over a regency (< 150 km) it is
// within a fraction of a percent of the great circle and costs no
// trigonometry per pair, which the planner evaluates millions of times.

#include <cmath>
#include <cstddef>
#include <span>
#include <vector>

#include "domain/geo.hpp"

namespace siaga::engine::deployment {

struct PlanePoint {
  double x = 0;  // metres east
  double y = 0;  // metres north
  friend bool operator==(const PlanePoint&, const PlanePoint&) = default;
};

// A plain square root: std::hypot guards against overflow that metres within
// a regency never reach, at several times the cost (the planner calls this
// millions of times: tours, diameters, arc costs).
inline double distance_m(PlanePoint a, PlanePoint b) {
  const double dx = a.x - b.x, dy = a.y - b.y;
  return std::sqrt(dx * dx + dy * dy);
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

// The k nearest of a fixed set of points to a query point, by squared
// distance and then by index, so that ties are settled the same way as a full
// sort would settle them (the candidate arcs, and so the flow, stay
// deterministic). A uniform grid of about two points a cell, searched ring by
// ring outwards until no unseen cell can hold a nearer point: a query costs
// about k points' worth of cells instead of a pass over all of them.
class NearestPoints {
 public:
  explicit NearestPoints(std::vector<PlanePoint> points);
  std::size_t size() const { return points_.size(); }
  // Indices of the min(k, size()) nearest points, in no particular order.
  std::vector<std::size_t> nearest(PlanePoint from, std::size_t k) const;

 private:
  std::vector<PlanePoint> points_;
  double x0_ = 0, y0_ = 0, cell_ = 1;
  long cols_ = 1, rows_ = 1;
  std::vector<std::size_t> start_;  // per cell, into order_ (CSR); one more at the end
  std::vector<std::size_t> order_;  // point indices by cell
};

}  // namespace siaga::engine::deployment
