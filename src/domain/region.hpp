#pragma once
// Administrative regions with Kemendagri codes: provinsi "33", kabupaten/kota
// "33.20", kecamatan "33.20.01", desa/kelurahan "33.20.01.2001". A code's
// segments are its ancestry, so the parent and the level follow from the code.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/geo.hpp"
#include "domain/result.hpp"

namespace siaga {

enum class RegionLevel { provinsi, kabupaten, kota, kecamatan, desa, kelurahan };

// Depth in the tree: 1 province, 2 regency/city, 3 kecamatan, 4 desa/kelurahan.
int region_depth(RegionLevel level);
std::string_view to_string(RegionLevel level);
std::optional<RegionLevel> parse_region_level(std::string_view text);

// Checks the shape of a code: 2 digits, then dot-separated groups of 2, 2 and 4
// digits. Returns the depth (1..4) or an error naming what is wrong.
Result<int> validate_region_code(std::string_view code);

// "33.20.01" -> "33.20"; a province code has no parent (empty).
std::string parent_region_code(std::string_view code);

// True when `code` is `ancestor` itself or lies below it.
bool region_within(std::string_view code, std::string_view ancestor);

// The ancestor of `code` at `depth` ("35.09.22.2001", 2 -> "35.09").
std::string region_prefix(std::string_view code, int depth);

struct Region {
  std::string code;
  std::string name;
  RegionLevel level = RegionLevel::desa;
  std::optional<LatLon> centroid;
  friend bool operator==(const Region&, const Region&) = default;
};

}  // namespace siaga
