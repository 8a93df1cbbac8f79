#pragma once
// Laporan kerusakan dan kehabisan BBM: a field report that an item or vehicle
// is broken or out of fuel, so it does not block the task.
//   dilaporkan → ditindaklanjuti → selesai  (dilaporkan → selesai for a quick fix)

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace siaga {

enum class DefectKind { kerusakan, bbm };
enum class DefectStatus { dilaporkan, ditindaklanjuti, selesai };

std::string_view to_string(DefectKind kind);
std::optional<DefectKind> parse_defect_kind(std::string_view text);
std::string_view to_string(DefectStatus status);
std::optional<DefectStatus> parse_defect_status(std::string_view text);

Status check_defect_transition(DefectStatus from, DefectStatus to);

// An open report older than this is overdue: an empty tank stops a patrol
// today, a broken radio within days.
std::chrono::hours overdue_after(DefectKind kind);

struct Defect {
  std::int64_t id = 0;
  std::int64_t unit_id = 0;
  std::string unit_code;
  std::optional<std::int64_t> item_id;
  std::string item_label;  // "HT SN-123" / "R2 DK 1234 AB"
  DefectKind kind = DefectKind::kerusakan;
  std::string description;
  bool has_photo = false;
  DefectStatus status = DefectStatus::dilaporkan;
  std::string reported_by, reported_at;
  std::string followed_by, followed_at;
  std::string closed_by, closed_at;
  std::string note;  // what was done
  friend bool operator==(const Defect&, const Defect&) = default;
};

inline constexpr std::size_t kMaxDefectText = 2000;
inline constexpr std::size_t kMaxPhotoBytes = 2 * 1024 * 1024;

// A JPEG or PNG by its first bytes; nothing else is stored as a photo.
std::optional<std::string> photo_content_type(std::string_view bytes);

}  // namespace siaga
