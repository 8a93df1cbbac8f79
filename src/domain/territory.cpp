#include "domain/territory.hpp"

#include "domain/region.hpp"

namespace siaga {

bool Territory::covers(std::string_view region_code) const {
  if (everywhere_) return true;
  for (const std::string& root : region_codes_) {
    if (region_within(region_code, root)) return true;
  }
  return false;
}

bool Territory::touches(std::string_view region_code) const {
  if (everywhere_ || covers(region_code)) return true;
  for (const std::string& root : region_codes_) {
    if (region_within(root, region_code)) return true;
  }
  return false;
}

}  // namespace siaga
