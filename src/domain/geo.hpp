#pragma once
// WGS84 positions and boxes. Everything stored is degrees; metres appear only
// in names that say so.

#include <optional>

namespace siaga {

struct LatLon {
  double lat = 0;
  double lon = 0;
  friend bool operator==(const LatLon&, const LatLon&) = default;
};

struct BBox {
  double min_lon = 0;
  double min_lat = 0;
  double max_lon = 0;
  double max_lat = 0;
  friend bool operator==(const BBox&, const BBox&) = default;

  bool contains(LatLon p) const {
    return p.lat >= min_lat && p.lat <= max_lat && p.lon >= min_lon && p.lon <= max_lon;
  }
  bool valid() const { return min_lat <= max_lat && min_lon <= max_lon; }
};

// Indonesia's extent with a margin for outer islands (Sabang to Merauke,
// Miangas to Rote): anything outside is a data error, usually swapped lat/lon.
inline constexpr BBox kIndonesiaBounds{94.0, -11.5, 141.5, 6.5};

inline bool inside_indonesia(LatLon p) {
  return kIndonesiaBounds.contains(p);
}

// Great-circle distance, for sanity checks and ordering; not for surveying.
double haversine_m(LatLon a, LatLon b);

}  // namespace siaga
