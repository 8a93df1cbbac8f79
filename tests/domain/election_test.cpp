#include "domain/election.hpp"

#include <gtest/gtest.h>

#include "domain/time_zone.hpp"

namespace siaga {
namespace {

std::chrono::sys_days day(const char* text) {
  std::chrono::sys_days d;
  EXPECT_TRUE(parse_date(text, d));
  return d;
}

const std::vector<Stage> kStages{
    {1, "kampanye", "Kampanye", "Campaign", "2024-09-25", "2024-11-23", "", ""},
    {2, "tenang", "Masa tenang", "Quiet", "2024-11-24", "2024-11-26", "", ""},
    {3, "pemungutan", "Pemungutan", "Voting", "2024-11-27", "2024-11-27", "", ""},
    {4, "rekap", "Rekapitulasi", "Counting", "2024-11-27", "2024-12-16", "", ""},
};

TEST(CurrentStage, IsTheStageHoldingToday) {
  EXPECT_EQ(current_stage_index(kStages, day("2024-10-01")), 0u);
  EXPECT_EQ(current_stage_index(kStages, day("2024-11-25")), 1u);
}

TEST(CurrentStage, OverlapPrefersTheMostSpecificStage) {
  // Voting day and the counting stage both start on 27 Nov: voting day, the
  // shorter one, is current; the day after, counting is.
  EXPECT_EQ(current_stage_index(kStages, day("2024-11-27")), 2u);
  EXPECT_EQ(current_stage_index(kStages, day("2024-11-28")), 3u);
}

TEST(CurrentStage, NoneBeforeTheFirstAndTheLastEndedAfterwards) {
  EXPECT_FALSE(current_stage_index(kStages, day("2024-01-01")).has_value());
  EXPECT_EQ(current_stage_index(kStages, day("2026-11-22")), 3u);
}

}  // namespace
}  // namespace siaga
