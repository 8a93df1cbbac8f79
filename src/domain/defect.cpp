#include "domain/defect.hpp"

#include <fmt/format.h>

namespace siaga {

std::string_view to_string(DefectKind kind) {
  return kind == DefectKind::bbm ? "bbm" : "kerusakan";
}

std::optional<DefectKind> parse_defect_kind(std::string_view text) {
  if (text == "kerusakan") return DefectKind::kerusakan;
  if (text == "bbm") return DefectKind::bbm;
  return std::nullopt;
}

std::string_view to_string(DefectStatus status) {
  switch (status) {
    case DefectStatus::dilaporkan:
      return "dilaporkan";
    case DefectStatus::ditindaklanjuti:
      return "ditindaklanjuti";
    case DefectStatus::selesai:
      return "selesai";
  }
  return "dilaporkan";
}

std::optional<DefectStatus> parse_defect_status(std::string_view text) {
  for (auto s : {DefectStatus::dilaporkan, DefectStatus::ditindaklanjuti, DefectStatus::selesai}) {
    if (to_string(s) == text) return s;
  }
  return std::nullopt;
}

Status check_defect_transition(DefectStatus from, DefectStatus to) {
  const bool legal = (from == DefectStatus::dilaporkan && to != DefectStatus::dilaporkan) ||
                     (from == DefectStatus::ditindaklanjuti && to == DefectStatus::selesai);
  if (legal) return ok_status();
  return make_error(
      ErrorCode::conflict,
      fmt::format("laporan berstatus {} tidak dapat menjadi {}", to_string(from), to_string(to)),
      fmt::format("a report in status {} cannot move to {}", to_string(from), to_string(to)),
      "status");
}

std::chrono::hours overdue_after(DefectKind kind) {
  return kind == DefectKind::bbm ? std::chrono::hours(12) : std::chrono::hours(72);
}

std::optional<std::string> photo_content_type(std::string_view b) {
  if (b.size() >= 3 && static_cast<unsigned char>(b[0]) == 0xFF &&
      static_cast<unsigned char>(b[1]) == 0xD8 && static_cast<unsigned char>(b[2]) == 0xFF) {
    return "image/jpeg";
  }
  if (b.size() >= 8 && b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8)) {
    return "image/png";
  }
  return std::nullopt;
}

}  // namespace siaga
