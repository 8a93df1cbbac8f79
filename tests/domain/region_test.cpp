#include "domain/region.hpp"

#include <gtest/gtest.h>

#include "domain/territory.hpp"

namespace siaga {
namespace {

TEST(RegionCode, AcceptsEveryLevelAndReportsItsDepth) {
  EXPECT_EQ(*validate_region_code("35"), 1);
  EXPECT_EQ(*validate_region_code("35.09"), 2);
  EXPECT_EQ(*validate_region_code("35.09.22"), 3);
  EXPECT_EQ(*validate_region_code("35.09.22.2001"), 4);
}

TEST(RegionCode, RejectsMalformedCodesNamingTheField) {
  for (const char* bad : {"", "3", "350", "35.9", "35.09.2", "35.09.22.201", "35.09.22.2001.1",
                          "35-09", "ab.cd", "35..09", "35.09."}) {
    auto result = validate_region_code(bad);
    ASSERT_FALSE(result.ok()) << bad;
    EXPECT_EQ(result.error().field, "code");
    EXPECT_EQ(result.error().code, ErrorCode::invalid_input);
  }
}

TEST(RegionCode, ParentAndPrefixFollowTheSegments) {
  EXPECT_EQ(parent_region_code("35.09.22.2001"), "35.09.22");
  EXPECT_EQ(parent_region_code("35"), "");
  EXPECT_EQ(region_prefix("35.09.22.2001", 1), "35");
  EXPECT_EQ(region_prefix("35.09.22.2001", 2), "35.09");
  EXPECT_EQ(region_prefix("35.09.22.2001", 3), "35.09.22");
  EXPECT_EQ(region_prefix("35.09.22.2001", 4), "35.09.22.2001");
}

TEST(RegionCode, WithinMatchesWholeSegmentsOnly) {
  EXPECT_TRUE(region_within("35.09.22.2001", "35.09"));
  EXPECT_TRUE(region_within("35.09", "35.09"));
  EXPECT_FALSE(region_within("35.091", "35.09"));
  EXPECT_FALSE(region_within("35", "35.09"));
  EXPECT_FALSE(region_within("73.07.03", "35"));
}

TEST(Territory, PolresCoversItsRegencyAndTouchesItsProvince) {
  const Territory jember = Territory::of_regions({"35.09"});
  EXPECT_TRUE(jember.covers("35.09.19.1001"));
  EXPECT_FALSE(jember.covers("35"));
  EXPECT_TRUE(jember.touches("35"));
  EXPECT_FALSE(jember.covers("73.07.03.2001"));
  EXPECT_FALSE(jember.touches("73.07"));
}

TEST(Territory, EverywhereCoversTheCountryAndEmptyCoversNothing) {
  EXPECT_TRUE(Territory::everywhere().covers("91.01"));
  EXPECT_FALSE(Territory::of_regions({}).covers("35"));
}

}  // namespace
}  // namespace siaga
