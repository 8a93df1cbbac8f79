#pragma once
// The nearest available field units for an incident (Sispamkota dispatch):
// one R-tree (Boost.Geometry) over the last known positions of the units on
// standby, ranked by estimated time of arrival: distance x a road detour
// factor / the kind's speed, plus a fixed handicap for a unit from another
// Polsek sector, so that the sector's own unit goes first unless another is
// clearly faster.
//
// Distances are planar in metres after an equirectangular projection around
// the reference latitude given at construction (a Polres or Polda: within a
// fraction of a percent of the great circle over a few hundred km).

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "domain/geo.hpp"

namespace siaga::engine::dispatch {

// Kinds of field unit; the index into DispatchSpeeds.
enum class UnitKind : std::uint8_t { patrol_car, motorbike, post, dalmas, brimob };
inline constexpr std::size_t kUnitKinds = 5;

struct DispatchSpeeds {
  // Average road speed per kind, km/h (a post's team moves on foot or by motorbike).
  std::array<double, kUnitKinds> kmh{40, 35, 15, 30, 40};
  double detour = 1.3;                   // road length / straight line
  double other_sector_handicap_s = 300;  // added to the ranking, not to the ETA
};

struct FieldUnit {
  std::int64_t id = 0;
  UnitKind kind = UnitKind::patrol_car;
  LatLon position;
  std::size_t sector = 0;  // the Polsek whose sector the unit belongs to
  bool available = true;   // siaga (on standby)
};

struct UnitOffer {
  std::int64_t id = 0;
  UnitKind kind = UnitKind::patrol_car;
  double distance_m = 0;
  double eta_s = 0;
  bool same_sector = false;
  friend bool operator==(const UnitOffer&, const UnitOffer&) = default;
};

// Kinds wanted for an incident, as a bit set over UnitKind.
using KindMask = std::uint32_t;
constexpr KindMask kind_bit(UnitKind k) {
  return KindMask{1} << static_cast<unsigned>(k);
}
inline constexpr KindMask kAllKinds = (KindMask{1} << kUnitKinds) - 1;

class NearestUnits {
 public:
  NearestUnits(double reference_lat_deg, DispatchSpeeds speeds = {});
  ~NearestUnits();
  NearestUnits(NearestUnits&&) noexcept;
  NearestUnits& operator=(NearestUnits&&) noexcept;

  // Adds or replaces the unit with this id.
  void put(const FieldUnit& unit);
  void remove(std::int64_t id);
  std::size_t size() const;

  // The best `k` available units of the wanted kinds for an incident at `at`
  // in `sector`: by ETA plus the other-sector handicap, ties by id.
  std::vector<UnitOffer> best(LatLon at, std::size_t sector, KindMask kinds,
                              std::size_t k = 3) const;

  // The same answer by scanning every unit (the reference for tests and the
  // benchmark).
  std::vector<UnitOffer> best_by_scan(LatLon at, std::size_t sector, KindMask kinds,
                                      std::size_t k = 3) const;

 private:
  struct Index;
  std::unique_ptr<Index> index_;
};

}  // namespace siaga::engine::dispatch
