#pragma once
// Duplicate reports (issue 8): the same kind of incident within 300 m and 30
// minutes of another is offered to the operator as a merge, never merged
// silently. Both limits are inclusive.

#include <chrono>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "domain/geo.hpp"

namespace siaga::engine::dispatch {

inline constexpr double kDuplicateRadiusM = 300;
inline constexpr std::chrono::seconds kDuplicateWindow{30 * 60};

struct ReportPoint {
  std::int64_t id = 0;
  std::string type;  // catalogue code, e.g. "kerumunan"
  LatLon position;
  std::chrono::sys_seconds reported_at;
};

bool may_duplicate(const ReportPoint& a, const ReportPoint& b);

// Ids of the earlier reports `report` may duplicate, nearest first.
std::vector<std::int64_t> possible_duplicates(const ReportPoint& report,
                                              std::span<const ReportPoint> others);

}  // namespace siaga::engine::dispatch
