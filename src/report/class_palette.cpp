#include "report/class_palette.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "domain/vulnerability.hpp"

namespace siaga::report {

Colour class_colour(TpsClass c) {
  switch (c) {
    case TpsClass::kurang_rawan:
      return Colour::hex(0x2e7d32);
    case TpsClass::rawan:
      return Colour::hex(0xf9a825);
    case TpsClass::sangat_rawan:
      return Colour::hex(0xc62828);
    case TpsClass::khusus:
      return Colour::hex(0x6a1b9a);
  }
  return kUnscoredColour;
}

std::string_view class_label_en(TpsClass c) {
  return c == TpsClass::khusus ? "Special" : label_en(c);
}

Colour score_colour(double score) {
  // A three-stop ramp (YlOrRd): two stops alone pass through a muddy orange-
  // brown; the middle stop keeps the warm middle readable in print.
  static constexpr std::array<Colour, 3> kStops{Colour::hex(0xffffcc), Colour::hex(0xfd8d3c),
                                                Colour::hex(0x800026)};
  // A missing (NaN) score shades as 0 rather than poisoning cairo with NaN.
  const double t = std::isfinite(score) ? std::clamp(score, 0.0, 100.0) / 100.0 : 0.0;
  if (t <= 0.5) return mix(kStops[0], kStops[1], t / 0.5);
  return mix(kStops[1], kStops[2], (t - 0.5) / 0.5);
}

}  // namespace siaga::report
