#include "domain/patrol.hpp"

#include <array>

#include <fmt/format.h>

namespace siaga {

namespace {

template <std::size_t N, typename E>
std::optional<E> parse_from(const std::array<std::string_view, N>& names, std::string_view text) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == text) return static_cast<E>(i);
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 4> kKinds{"kryd", "patroli_gabungan", "patroli_dialogis",
                                                 "pengawalan_logistik"};
constexpr std::array<std::string_view, 4> kKindLabelsId{
    "KRYD (Kegiatan Rutin Yang Ditingkatkan)", "Patroli gabungan (tiga pilar)", "Patroli dialogis",
    "Pengawalan logistik pemilu"};
constexpr std::array<std::string_view, 4> kKindLabelsEn{
    "KRYD (intensified routine operation)", "Joint patrol (three pillars)", "Dialogue patrol",
    "Election logistics escort"};

constexpr std::array<std::string_view, 2> kPlanStatuses{"draf", "direncanakan"};
constexpr std::array<std::string_view, 2> kProfiles{"mobil", "motor"};
constexpr std::array<std::string_view, 4> kStopStatuses{"menunggu", "selesai", "terlambat",
                                                        "terlewat"};
constexpr std::array<std::string_view, 4> kStopLabelsId{"Menunggu", "Selesai", "Terlambat",
                                                        "Terlewat"};
constexpr std::array<std::string_view, 4> kStopLabelsEn{"Waiting", "Done", "Late", "Missed"};
constexpr std::array<std::string_view, 2> kMethods{"geofence", "tap"};

struct ReasonLabel {
  std::string_view reason;
  std::string_view id;
  std::string_view en;
};
constexpr std::array<ReasonLabel, 3> kReasons{{
    {"over_capacity", "Muatan melebihi kapasitas setiap kendaraan",
     "Load over every vehicle's capacity"},
    {"window_unreachable",
     "Tidak terjangkau dalam jendela waktunya dan kembali sebelum akhir shift",
     "Cannot be reached within its window and back before the shift ends"},
    {"fleet_too_small", "Tim tidak cukup: prioritasnya terendah di antara yang bersaing",
     "Not enough teams: lowest priority among the competing stops"},
}};

}  // namespace

std::string_view to_string(PatrolKind kind) {
  return kKinds[static_cast<std::size_t>(kind)];
}
std::optional<PatrolKind> parse_patrol_kind(std::string_view text) {
  return parse_from<4, PatrolKind>(kKinds, text);
}
std::string_view label_id(PatrolKind kind) {
  return kKindLabelsId[static_cast<std::size_t>(kind)];
}
std::string_view label_en(PatrolKind kind) {
  return kKindLabelsEn[static_cast<std::size_t>(kind)];
}

std::string_view to_string(PatrolPlanStatus status) {
  return kPlanStatuses[static_cast<std::size_t>(status)];
}
std::optional<PatrolPlanStatus> parse_patrol_plan_status(std::string_view text) {
  return parse_from<2, PatrolPlanStatus>(kPlanStatuses, text);
}

std::string_view to_string(TravelProfile profile) {
  return kProfiles[static_cast<std::size_t>(profile)];
}
std::optional<TravelProfile> parse_travel_profile(std::string_view text) {
  return parse_from<2, TravelProfile>(kProfiles, text);
}

std::string_view to_string(StopStatus status) {
  return kStopStatuses[static_cast<std::size_t>(status)];
}
std::optional<StopStatus> parse_stop_status(std::string_view text) {
  return parse_from<4, StopStatus>(kStopStatuses, text);
}
std::string_view label_id(StopStatus status) {
  return kStopLabelsId[static_cast<std::size_t>(status)];
}
std::string_view label_en(StopStatus status) {
  return kStopLabelsEn[static_cast<std::size_t>(status)];
}

std::string_view to_string(CheckInMethod method) {
  return kMethods[static_cast<std::size_t>(method)];
}
std::optional<CheckInMethod> parse_check_in_method(std::string_view text) {
  return parse_from<2, CheckInMethod>(kMethods, text);
}

std::optional<int> parse_time_of_day(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (std::size_t i : {0u, 1u, 3u, 4u}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const int h = (text[0] - '0') * 10 + (text[1] - '0');
  const int m = (text[3] - '0') * 10 + (text[4] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return h * 60 + m;
}

std::string format_time_of_day(int minutes) {
  const int m = ((minutes % kMinutesPerDay) + kMinutesPerDay) % kMinutesPerDay;
  return fmt::format("{:02}:{:02}", m / 60, m % 60);
}

int plan_minutes(int time_of_day, int shift_start) {
  return time_of_day < shift_start ? time_of_day + kMinutesPerDay : time_of_day;
}

int shift_end_minutes(int shift_start, int shift_end) {
  return shift_end <= shift_start ? shift_end + kMinutesPerDay : shift_end;
}

std::vector<int> need_occurrences(int from, int to, int every_minutes, int shift_start) {
  std::vector<int> out;
  if (every_minutes < 1) return out;
  const int first = plan_minutes(from, shift_start);
  int last = plan_minutes(to, shift_start);
  if (last <= first) last += kMinutesPerDay;
  for (int t = first; t < last; t += every_minutes) out.push_back(t);
  return out;
}

SysSeconds plan_instant(std::chrono::sys_days date, TimeZone zone, int minutes) {
  return std::chrono::time_point_cast<std::chrono::seconds>(date) + std::chrono::minutes(minutes) -
         utc_offset(zone);
}

std::string_view unserved_label_id(std::string_view reason) {
  for (const ReasonLabel& r : kReasons) {
    if (r.reason == reason) return r.id;
  }
  return reason;
}

std::string_view unserved_label_en(std::string_view reason) {
  for (const ReasonLabel& r : kReasons) {
    if (r.reason == reason) return r.en;
  }
  return reason;
}

Status validate_stop_window(int open, int close, int service_minutes, const std::string& field) {
  if (close < open) {
    return make_error(ErrorCode::invalid_input,
                      fmt::format("Jendela waktu berakhir ({}) sebelum dimulai ({})",
                                  format_time_of_day(close), format_time_of_day(open)),
                      fmt::format("The window ends ({}) before it starts ({})",
                                  format_time_of_day(close), format_time_of_day(open)),
                      field + ".window_close");
  }
  if (service_minutes > close - open) {
    return make_error(
        ErrorCode::invalid_input,
        fmt::format("Waktu layanan {} menit lebih panjang dari jendela waktunya ({} menit)",
                    service_minutes, close - open),
        fmt::format("A service of {} minutes is longer than its window ({} minutes)",
                    service_minutes, close - open),
        field + ".service_minutes");
  }
  return ok_status();
}

}  // namespace siaga
