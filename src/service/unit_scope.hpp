#pragma once
// A unit's territory and whether an actor may see the unit: shared by the
// readiness and vulnerability use cases.

#include "domain/territory.hpp"
#include "domain/unit.hpp"
#include "domain/user.hpp"

namespace siaga::service {

inline Territory unit_territory(const Unit& unit) {
  return unit.level == UnitLevel::mabes ? Territory::everywhere()
                                        : Territory::of_regions(unit.region_codes);
}

// Inside the actor's territory: every region of the unit is covered.
inline bool unit_visible(const Actor& actor, const Unit& unit) {
  if (actor.territory.is_everywhere()) return true;
  if (unit.region_codes.empty()) return false;
  for (const std::string& c : unit.region_codes) {
    if (!actor.territory.covers(c)) return false;
  }
  return true;
}

}  // namespace siaga::service
