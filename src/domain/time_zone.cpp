#include "domain/time_zone.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>

namespace siaga {

std::string_view to_string(TimeZone zone) {
  switch (zone) {
    case TimeZone::wib:
      return "WIB";
    case TimeZone::wita:
      return "WITA";
    case TimeZone::wit:
      return "WIT";
  }
  return "WIB";
}

std::chrono::minutes utc_offset(TimeZone zone) {
  switch (zone) {
    case TimeZone::wib:
      return std::chrono::hours(7);
    case TimeZone::wita:
      return std::chrono::hours(8);
    case TimeZone::wit:
      return std::chrono::hours(9);
  }
  return std::chrono::hours(7);
}

TimeZone zone_of_region(std::string_view region_code) {
  // Province codes by zone (Permendagri numbering). Kalimantan Barat (61) and
  // Tengah (62) are WIB; the rest of Kalimantan, Bali, Nusa Tenggara and
  // Sulawesi are WITA; Maluku and the Papua provinces are WIT.
  static constexpr std::string_view kWita[] = {"51", "52", "53", "63", "64", "65",
                                               "71", "72", "73", "74", "75", "76"};
  static constexpr std::string_view kWit[] = {"81", "82", "91", "92", "93", "94", "95", "96"};
  const std::string_view province = region_code.substr(0, 2);
  for (std::string_view p : kWit) {
    if (p == province) return TimeZone::wit;
  }
  for (std::string_view p : kWita) {
    if (p == province) return TimeZone::wita;
  }
  return TimeZone::wib;
}

namespace {

bool parse_int(std::string_view text, int& out) {
  const auto* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, out);
  return ec == std::errc{} && ptr == end;
}

}  // namespace

std::string format_utc(SysSeconds t) {
  const auto day = std::chrono::floor<std::chrono::days>(t);
  const std::chrono::year_month_day ymd{day};
  const std::chrono::hh_mm_ss hms{t - day};
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                     hms.hours().count(), hms.minutes().count(), hms.seconds().count());
}

bool parse_date(std::string_view text, std::chrono::sys_days& out) {
  int y = 0, m = 0, d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  if (!parse_int(text.substr(0, 4), y) || !parse_int(text.substr(5, 2), m) ||
      !parse_int(text.substr(8, 2), d)) {
    return false;
  }
  const std::chrono::year_month_day ymd{std::chrono::year{y},
                                        std::chrono::month{static_cast<unsigned>(m)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return false;
  out = std::chrono::sys_days{ymd};
  return true;
}

std::string format_date(std::chrono::sys_days day) {
  const std::chrono::year_month_day ymd{day};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

bool parse_utc(std::string_view text, SysSeconds& out) {
  // Accepts "YYYY-MM-DDTHH:MM:SSZ" exactly: the one form the system writes.
  std::chrono::sys_days day;
  if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
      text[19] != 'Z' || !parse_date(text.substr(0, 10), day)) {
    return false;
  }
  int h = 0, mi = 0, s = 0;
  if (!parse_int(text.substr(11, 2), h) || !parse_int(text.substr(14, 2), mi) ||
      !parse_int(text.substr(17, 2), s) || h > 23 || mi > 59 || s > 60) {
    return false;
  }
  out =
      SysSeconds{day} + std::chrono::hours(h) + std::chrono::minutes(mi) + std::chrono::seconds(s);
  return true;
}

std::string format_local(SysSeconds t, TimeZone zone) {
  const SysSeconds local = t + utc_offset(zone);
  const auto day = std::chrono::floor<std::chrono::days>(local);
  const std::chrono::year_month_day ymd{day};
  const std::chrono::hh_mm_ss hms{local - day};
  return fmt::format("{:02}-{:02}-{:04} {:02}:{:02} {}", static_cast<unsigned>(ymd.day()),
                     static_cast<unsigned>(ymd.month()), static_cast<int>(ymd.year()),
                     hms.hours().count(), hms.minutes().count(), to_string(zone));
}

std::string long_date_id(const std::string& iso) {
  static constexpr std::array<const char*, 12> kMonths{
      "Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
      "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
  std::chrono::sys_days day{};
  if (!parse_date(iso, day)) return iso;
  const std::chrono::year_month_day ymd{day};
  return fmt::format("{} {} {}", static_cast<unsigned>(ymd.day()),
                     kMonths[static_cast<unsigned>(ymd.month()) - 1], static_cast<int>(ymd.year()));
}

}  // namespace siaga
