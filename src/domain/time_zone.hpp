#pragma once
// Indonesia's three civil time zones. Times are stored in UTC and shown in the
// zone of the unit or region they belong to.

#include <chrono>
#include <string>
#include <string_view>

namespace siaga {

enum class TimeZone { wib, wita, wit };  // UTC+7, UTC+8, UTC+9

std::string_view to_string(TimeZone zone);  // "WIB", "WITA", "WIT"
std::chrono::minutes utc_offset(TimeZone zone);

// The zone of a region from its province code (first two digits).
TimeZone zone_of_region(std::string_view region_code);

using SysSeconds = std::chrono::sys_seconds;

// "2024-11-27T01:00:00Z" and back; the API and the database speak UTC ISO-8601.
std::string format_utc(SysSeconds t);
bool parse_utc(std::string_view text, SysSeconds& out);

// "27-11-2024 08:00 WIB": how an officer reads a time.
std::string format_local(SysSeconds t, TimeZone zone);

// A calendar date "2024-11-27" to days since the epoch and back.
bool parse_date(std::string_view text, std::chrono::sys_days& out);
std::string format_date(std::chrono::sys_days day);
// "2024-11-27" -> "27 November 2024" (Indonesian month); the text unchanged when it is no date.
std::string long_date_id(const std::string& iso);

}  // namespace siaga
