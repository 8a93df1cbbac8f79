#pragma once
// Where the travel matrices come from. The default provider is straight-line
// distance x a detour factor / a speed per vehicle profile; a road-network
// provider (OSRM, Valhalla) can implement the same interface later.

#include <cstddef>
#include <vector>

#include "domain/geo.hpp"

namespace siaga::engine::routing {

class TravelTimeProvider {
 public:
  virtual ~TravelTimeProvider() = default;
  // Row-major seconds between every pair of `points` for one profile.
  virtual std::vector<double> matrix(const std::vector<LatLon>& points,
                                     std::size_t profile) const = 0;
  // Metres between two points, for reports ("route length").
  virtual double distance_m(LatLon from, LatLon to) const = 0;
};

struct StraightLineSpeeds {
  std::vector<double> kmh{40, 35};  // per profile: patrol car, motorbike
  double detour = 1.3;              // road length / straight line
};

class StraightLineTravel final : public TravelTimeProvider {
 public:
  explicit StraightLineTravel(StraightLineSpeeds speeds = {});
  std::vector<double> matrix(const std::vector<LatLon>& points, std::size_t profile) const override;
  double distance_m(LatLon from, LatLon to) const override;

 private:
  StraightLineSpeeds speeds_;
};

}  // namespace siaga::engine::routing
