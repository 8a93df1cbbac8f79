#include "domain/response_times.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace siaga {
namespace {

TEST(ResponseTimeSpread, EmptyHasNoCountAndZeroes) {
  const Spread s = spread_of({});
  EXPECT_EQ(s.count, 0u);
  EXPECT_EQ(s.median_s, 0);
  EXPECT_EQ(s.p90_s, 0);
}

TEST(ResponseTimeSpread, OneValueIsItsOwnMedianAndP90) {
  const Spread s = spread_of({420});
  EXPECT_EQ(s.count, 1u);
  EXPECT_EQ(s.median_s, 420);
  EXPECT_EQ(s.p90_s, 420);
}

TEST(ResponseTimeSpread, OddCountTakesTheMiddleValueWhateverTheOrder) {
  const Spread s = spread_of({300, 60, 900, 120, 180});
  EXPECT_EQ(s.count, 5u);
  EXPECT_EQ(s.median_s, 180);
  EXPECT_EQ(s.p90_s, 900);  // ceil(4.5) = 5th smallest
}

TEST(ResponseTimeSpread, EvenCountTakesTheMidpointOfTheTwoMiddleValues) {
  const Spread s = spread_of({40, 10, 30, 20});
  EXPECT_EQ(s.count, 4u);
  EXPECT_DOUBLE_EQ(s.median_s, 25);
  EXPECT_EQ(s.p90_s, 40);  // ceil(3.6) = 4th smallest

  EXPECT_DOUBLE_EQ(spread_of({61, 62}).median_s, 61.5);
}

TEST(ResponseTimeSpread, P90IsTheNearestRank) {
  // 1..10: ceil(9.0) = 9th smallest, not an interpolation towards 10.
  EXPECT_EQ(spread_of({10, 9, 8, 7, 6, 5, 4, 3, 2, 1}).p90_s, 9);
  EXPECT_DOUBLE_EQ(spread_of({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}).median_s, 5.5);

  // 1..11: ceil(9.9) = 10th; 1..20: ceil(18) = 18th; 1..21: ceil(18.9) = 19th.
  auto one_to = [](int n) {
    std::vector<double> v;
    for (int i = 1; i <= n; ++i) v.push_back(i);
    return v;
  };
  EXPECT_EQ(spread_of(one_to(11)).p90_s, 10);
  EXPECT_EQ(spread_of(one_to(20)).p90_s, 18);
  EXPECT_EQ(spread_of(one_to(21)).p90_s, 19);
  EXPECT_EQ(spread_of(one_to(2)).p90_s, 2);  // ceil(1.8) = 2nd
  EXPECT_EQ(spread_of(one_to(100)).p90_s, 90);
}

TEST(ResponseTimeSpread, DuplicatesCountEachTime) {
  const Spread s = spread_of({60, 60, 60, 600});
  EXPECT_EQ(s.count, 4u);
  EXPECT_EQ(s.median_s, 60);
  EXPECT_EQ(s.p90_s, 600);
}

TEST(ResponseTimeSpread, ValuesThatAreNotNumbersAreLeftOut) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  const Spread s = spread_of({nan, 30, inf, 10, 20});
  EXPECT_EQ(s.count, 3u);
  EXPECT_EQ(s.median_s, 20);
  EXPECT_EQ(s.p90_s, 30);
  EXPECT_EQ(spread_of({nan}).count, 0u);
}

}  // namespace
}  // namespace siaga
