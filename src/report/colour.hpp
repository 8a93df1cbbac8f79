#pragma once
// An sRGB colour with alpha, as cairo takes it (0..1 per channel); written in
// code as the hex the web map's stylesheet uses, so both show the same colour.

#include <cstdint>

namespace siaga::report {

struct Colour {
  double r = 0;
  double g = 0;
  double b = 0;
  double a = 1;

  // 0xRRGGBB.
  static constexpr Colour hex(std::uint32_t rgb, double alpha = 1) {
    return Colour{((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0,
                  alpha};
  }
  friend bool operator==(const Colour&, const Colour&) = default;
};

// Straight-line blend in sRGB: t = 0 gives `from`, t = 1 gives `to`.
constexpr Colour mix(Colour from, Colour to, double t) {
  return Colour{from.r + (to.r - from.r) * t, from.g + (to.g - from.g) * t,
                from.b + (to.b - from.b) * t, from.a + (to.a - from.a) * t};
}

namespace colours {
inline constexpr Colour kBlack = Colour::hex(0x000000);
inline constexpr Colour kWhite = Colour::hex(0xffffff);
inline constexpr Colour kText = Colour::hex(0x212121);
inline constexpr Colour kMuted = Colour::hex(0x616161);
inline constexpr Colour kRule = Colour::hex(0x9e9e9e);
inline constexpr Colour kHeaderFill = Colour::hex(0xe0e0e0);
inline constexpr Colour kStripeFill = Colour::hex(0xf5f5f5);
}  // namespace colours

}  // namespace siaga::report
