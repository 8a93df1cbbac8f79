#include "domain/region.hpp"

#include <array>
#include <cctype>

namespace siaga {

int region_depth(RegionLevel level) {
  switch (level) {
    case RegionLevel::provinsi:
      return 1;
    case RegionLevel::kabupaten:
    case RegionLevel::kota:
      return 2;
    case RegionLevel::kecamatan:
      return 3;
    case RegionLevel::desa:
    case RegionLevel::kelurahan:
      return 4;
  }
  return 0;
}

std::string_view to_string(RegionLevel level) {
  switch (level) {
    case RegionLevel::provinsi:
      return "provinsi";
    case RegionLevel::kabupaten:
      return "kabupaten";
    case RegionLevel::kota:
      return "kota";
    case RegionLevel::kecamatan:
      return "kecamatan";
    case RegionLevel::desa:
      return "desa";
    case RegionLevel::kelurahan:
      return "kelurahan";
  }
  return "";
}

std::optional<RegionLevel> parse_region_level(std::string_view text) {
  static constexpr std::array kAll{RegionLevel::provinsi, RegionLevel::kabupaten,
                                   RegionLevel::kota,     RegionLevel::kecamatan,
                                   RegionLevel::desa,     RegionLevel::kelurahan};
  for (RegionLevel level : kAll) {
    if (to_string(level) == text) return level;
  }
  return std::nullopt;
}

Result<int> validate_region_code(std::string_view code) {
  static constexpr std::array<std::size_t, 4> kGroupDigits{2, 2, 2, 4};
  auto bad = [&] {
    return make_error(ErrorCode::invalid_input,
                      "kode wilayah '" + std::string(code) +
                          "' tidak sah: harus seperti 33, 33.20, 33.20.01 atau 33.20.01.2001",
                      "region code '" + std::string(code) +
                          "' is malformed: expected 33, 33.20, 33.20.01 or 33.20.01.2001",
                      "code");
  };
  int depth = 0;
  std::size_t pos = 0;
  while (true) {
    if (depth >= 4) return bad();
    const std::size_t dot = code.find('.', pos);
    const std::string_view group =
        code.substr(pos, dot == std::string_view::npos ? dot : dot - pos);
    if (group.size() != kGroupDigits[static_cast<std::size_t>(depth)]) return bad();
    for (char c : group) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return bad();
    }
    ++depth;
    if (dot == std::string_view::npos) break;
    pos = dot + 1;
  }
  return depth;
}

std::string parent_region_code(std::string_view code) {
  const std::size_t dot = code.rfind('.');
  return dot == std::string_view::npos ? std::string{} : std::string(code.substr(0, dot));
}

bool region_within(std::string_view code, std::string_view ancestor) {
  if (ancestor.empty()) return false;
  if (code.size() < ancestor.size() || code.substr(0, ancestor.size()) != ancestor) return false;
  return code.size() == ancestor.size() || code[ancestor.size()] == '.';
}

std::string region_prefix(std::string_view code, int depth) {
  std::size_t pos = 0;
  for (int d = 0; d < depth; ++d) {
    pos = code.find('.', pos);
    if (pos == std::string_view::npos) return std::string(code);
    if (d + 1 < depth) ++pos;
  }
  return std::string(code.substr(0, pos));
}

}  // namespace siaga
