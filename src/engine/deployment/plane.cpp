#include "engine/deployment/plane.hpp"

#include <numbers>

namespace siaga::engine::deployment {

namespace {
constexpr double kEarthRadiusM = 6371008.8;
constexpr double kRad = std::numbers::pi / 180.0;
}  // namespace

Projection::Projection(double reference_lat_deg) : cos_ref_(std::cos(reference_lat_deg * kRad)) {}

Projection Projection::around(std::span<const LatLon> points) {
  double sum = 0;
  for (const LatLon& p : points) sum += p.lat;
  return Projection(points.empty() ? 0.0 : sum / static_cast<double>(points.size()));
}

PlanePoint Projection::operator()(LatLon p) const {
  return {kEarthRadiusM * cos_ref_ * p.lon * kRad, kEarthRadiusM * p.lat * kRad};
}

}  // namespace siaga::engine::deployment
