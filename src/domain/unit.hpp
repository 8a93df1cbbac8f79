#pragma once
// Police units: Mabes Polri → Polda (province) → Polres (kabupaten/kota) →
// Polsek (kecamatan). A unit's territory is a set of regions; the units below
// it lie inside that territory.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/geo.hpp"
#include "domain/time_zone.hpp"

namespace siaga {

enum class UnitLevel { mabes, polda, polres, polsek };

std::string_view to_string(UnitLevel level);
std::optional<UnitLevel> parse_unit_level(std::string_view text);

// A child must sit exactly one level below its parent.
bool may_be_parent_of(UnitLevel parent, UnitLevel child);

struct Unit {
  std::int64_t id = 0;
  std::string code;  // stable outside key, e.g. POLRES-JEMBER
  std::string name;
  UnitLevel level = UnitLevel::polres;
  std::optional<std::int64_t> parent_id;
  std::string parent_code;
  std::vector<std::string> region_codes;
  std::optional<LatLon> position;
  TimeZone zone = TimeZone::wib;
  friend bool operator==(const Unit&, const Unit&) = default;
};

}  // namespace siaga
