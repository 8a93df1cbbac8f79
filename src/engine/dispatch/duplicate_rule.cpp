#include "engine/dispatch/duplicate_rule.hpp"

#include <algorithm>
#include <utility>

namespace siaga::engine::dispatch {

bool may_duplicate(const ReportPoint& a, const ReportPoint& b) {
  if (a.id == b.id || a.type != b.type) return false;
  const auto gap =
      a.reported_at > b.reported_at ? a.reported_at - b.reported_at : b.reported_at - a.reported_at;
  return gap <= kDuplicateWindow && haversine_m(a.position, b.position) <= kDuplicateRadiusM;
}

std::vector<std::int64_t> possible_duplicates(const ReportPoint& report,
                                              std::span<const ReportPoint> others) {
  std::vector<std::pair<double, std::int64_t>> hits;
  for (const ReportPoint& o : others) {
    if (may_duplicate(report, o)) hits.emplace_back(haversine_m(report.position, o.position), o.id);
  }
  std::sort(hits.begin(), hits.end());
  std::vector<std::int64_t> ids;
  for (const auto& [d, id] : hits) ids.push_back(id);
  return ids;
}

}  // namespace siaga::engine::dispatch
