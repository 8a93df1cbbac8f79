#pragma once
// What a user may see: the regions of their unit and everything below them.
// Mabes sees the whole country. A record outside the territory is answered as
// "not found", so its existence does not leak.

#include <string>
#include <string_view>
#include <vector>

namespace siaga {

class Territory {
 public:
  static Territory everywhere() { return Territory(true, {}); }
  static Territory of_regions(std::vector<std::string> region_codes) {
    return Territory(false, std::move(region_codes));
  }

  bool is_everywhere() const { return everywhere_; }
  const std::vector<std::string>& region_codes() const { return region_codes_; }

  // True when the region (any level) lies inside the territory.
  bool covers(std::string_view region_code) const;
  // True when the region contains part of the territory (a Polres user may
  // read its province, to see where it sits).
  bool touches(std::string_view region_code) const;

 private:
  Territory(bool everywhere, std::vector<std::string> codes)
      : everywhere_(everywhere), region_codes_(std::move(codes)) {}

  bool everywhere_ = false;
  std::vector<std::string> region_codes_;
};

}  // namespace siaga
