// What the Laphar's PDF and workbook share: level colours and labels, and
// durations as words.

#include <fmt/format.h>

#include <cmath>
#include <cstdint>

#include "report/laphar_report.hpp"

namespace siaga::report {

Colour laphar_level_colour(std::string_view level) {
  if (level == "hijau") return Colour::hex(0x2e7d32);
  if (level == "kuning") return Colour::hex(0xf9a825);
  if (level == "merah") return Colour::hex(0xc62828);
  return colours::kRule;
}

std::string laphar_level_label(std::string_view level) {
  if (level == "hijau") return "Hijau";
  if (level == "kuning") return "Kuning";
  if (level == "merah") return "Merah";
  return std::string(level);
}

std::string laphar_duration_text(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) seconds = 0;
  const auto s = static_cast<std::int64_t>(std::llround(seconds));
  if (s < 60) return fmt::format("{} detik", s);
  if (s < 3600) {
    return s % 60 == 0 ? fmt::format("{} menit", s / 60)
                       : fmt::format("{} menit {} detik", s / 60, s % 60);
  }
  const auto minutes = static_cast<std::int64_t>(std::llround(seconds / 60));
  return minutes % 60 == 0 ? fmt::format("{} jam", minutes / 60)
                           : fmt::format("{} jam {} menit", minutes / 60, minutes % 60);
}

std::string laphar_median_text(const Spread& spread) {
  return spread.count == 0 ? std::string("-") : laphar_duration_text(spread.median_s);
}

std::string laphar_p90_text(const Spread& spread) {
  return spread.count == 0 ? std::string("-") : laphar_duration_text(spread.p90_s);
}

}  // namespace siaga::report
