#include "engine/routing/travel_times.hpp"

#include <cassert>

namespace siaga::engine::routing {

StraightLineTravel::StraightLineTravel(StraightLineSpeeds speeds) : speeds_(std::move(speeds)) {}

double StraightLineTravel::distance_m(LatLon from, LatLon to) const {
  return haversine_m(from, to) * speeds_.detour;
}

std::vector<double> StraightLineTravel::matrix(const std::vector<LatLon>& points,
                                               std::size_t profile) const {
  assert(profile < speeds_.kmh.size());
  const double metres_per_second = speeds_.kmh[profile] / 3.6;
  const std::size_t n = points.size();
  std::vector<double> seconds(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      const double s = distance_m(points[i], points[j]) / metres_per_second;
      seconds[i * n + j] = s;
      seconds[j * n + i] = s;
    }
  }
  return seconds;
}

}  // namespace siaga::engine::routing
