#include "domain/unit.hpp"

#include <array>

namespace siaga {

std::string_view to_string(UnitLevel level) {
  switch (level) {
    case UnitLevel::mabes:
      return "mabes";
    case UnitLevel::polda:
      return "polda";
    case UnitLevel::polres:
      return "polres";
    case UnitLevel::polsek:
      return "polsek";
  }
  return "";
}

std::optional<UnitLevel> parse_unit_level(std::string_view text) {
  for (UnitLevel level :
       {UnitLevel::mabes, UnitLevel::polda, UnitLevel::polres, UnitLevel::polsek}) {
    if (to_string(level) == text) return level;
  }
  return std::nullopt;
}

bool may_be_parent_of(UnitLevel parent, UnitLevel child) {
  return static_cast<int>(child) == static_cast<int>(parent) + 1;
}

}  // namespace siaga
