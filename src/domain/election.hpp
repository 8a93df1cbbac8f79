#pragma once
// Pilkada contests, the national stage calendar (PKPU 2/2024) and candidate
// pairs (paslon).

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace siaga {

enum class ElectionKind { gubernur, bupati, walikota };

std::string_view to_string(ElectionKind kind);
std::optional<ElectionKind> parse_election_kind(std::string_view text);

struct Election {
  std::int64_t id = 0;
  std::string code;  // PILBUP-35.09-2024
  std::string name;
  ElectionKind kind = ElectionKind::bupati;
  std::string region_code;
  std::string voting_date;  // ISO date
  friend bool operator==(const Election&, const Election&) = default;
};

struct Stage {
  std::int64_t id = 0;
  std::string code;
  std::string name_id;
  std::string name_en;
  std::string starts_on;   // ISO date, inclusive
  std::string ends_on;     // ISO date, inclusive
  std::string posture_id;  // the security posture for this stage
  std::string posture_en;
  friend bool operator==(const Stage&, const Stage&) = default;
};

// The stage that holds `today`; when stages overlap, the one that started
// last, and of those the one that ends first (the most specific: voting day
// over the counting stage that starts the same day). Before the first stage: none. After the last:
// the last one that ended.
std::optional<std::size_t> current_stage_index(const std::vector<Stage>& stages,
                                               std::chrono::sys_days today);

struct Candidate {
  std::int64_t id = 0;
  std::int64_t election_id = 0;
  int number = 0;  // ballot number
  std::string head_name;
  std::string deputy_name;
  std::string parties;
  friend bool operator==(const Candidate&, const Candidate&) = default;
};

}  // namespace siaga
