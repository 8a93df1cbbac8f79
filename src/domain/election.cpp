#include "domain/election.hpp"

#include "domain/time_zone.hpp"

namespace siaga {

std::string_view to_string(ElectionKind kind) {
  switch (kind) {
    case ElectionKind::gubernur:
      return "gubernur";
    case ElectionKind::bupati:
      return "bupati";
    case ElectionKind::walikota:
      return "walikota";
  }
  return "";
}

std::optional<ElectionKind> parse_election_kind(std::string_view text) {
  for (ElectionKind k : {ElectionKind::gubernur, ElectionKind::bupati, ElectionKind::walikota}) {
    if (to_string(k) == text) return k;
  }
  return std::nullopt;
}

std::optional<std::size_t> current_stage_index(const std::vector<Stage>& stages,
                                               std::chrono::sys_days today) {
  std::optional<std::size_t> holding;
  std::chrono::sys_days holding_start{}, holding_end{};
  std::optional<std::size_t> last_ended;
  std::chrono::sys_days last_end{};
  for (std::size_t i = 0; i < stages.size(); ++i) {
    std::chrono::sys_days start, end;
    if (!parse_date(stages[i].starts_on, start) || !parse_date(stages[i].ends_on, end)) continue;
    if (start <= today && today <= end) {
      const bool more_specific =
          !holding || start > holding_start || (start == holding_start && end < holding_end);
      if (more_specific) {
        holding = i;
        holding_start = start;
        holding_end = end;
      }
    } else if (end < today && (!last_ended || end >= last_end)) {
      last_ended = i;
      last_end = end;
    }
  }
  return holding ? holding : last_ended;
}

}  // namespace siaga
