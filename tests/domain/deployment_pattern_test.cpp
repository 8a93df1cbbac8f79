#include "domain/deployment.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace siaga {
namespace {

TEST(DeploymentPattern, NationalDefaultsAre2020PatternWithTwoLinmas) {
  const PatternSet set = national_pattern_2020();
  EXPECT_TRUE(validate_patterns(set).ok());
  EXPECT_EQ(set.at(TpsClass::kurang_rawan).tps_per_post, 10);
  EXPECT_EQ(set.at(TpsClass::rawan).tps_per_post, 2);
  EXPECT_EQ(set.at(TpsClass::sangat_rawan).tps_per_post, 1);
  EXPECT_EQ(set.at(TpsClass::khusus).tps_per_post, 1);
  for (const auto& p : set.by_class) {
    EXPECT_EQ(p.officers, 2);
    EXPECT_EQ(p.linmas_per_tps, 2);
  }
  EXPECT_GT(set.at(TpsClass::kurang_rawan).max_distance_m, set.at(TpsClass::rawan).max_distance_m);
}

TEST(DeploymentPattern, RejectionsNameTheField) {
  auto field_of = [](GuardPattern p) {
    Status s = validate_pattern(p);
    EXPECT_FALSE(s.ok());
    if (s.ok()) return std::string();
    EXPECT_EQ(s.error().code, ErrorCode::invalid_input);
    return s.error().field;
  };
  EXPECT_EQ(field_of({1, 10, 2, 0, 2000}), "officers");  // body system needs two
  EXPECT_EQ(field_of({2, 0, 2, 0, 2000}), "tps_per_post");
  EXPECT_EQ(field_of({2, 10, -1, 0, 2000}), "linmas_per_tps");
  EXPECT_EQ(field_of({2, 10, 2, -3, 2000}), "tni_per_post");
  EXPECT_EQ(field_of({2, 10, 2, 0, -1}), "max_distance_m");
  EXPECT_EQ(field_of({2, 10, 2, 0, std::numeric_limits<double>::quiet_NaN()}), "max_distance_m");
  EXPECT_TRUE(validate_pattern({2, 1, 0, 0, 0}).ok());  // no Linmas, no distance: allowed
}

TEST(DeploymentPattern, SetErrorNamesTheClass) {
  PatternSet set = national_pattern_2020();
  set.at(TpsClass::rawan).officers = 1;
  Status s = validate_patterns(set);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().field, "rawan.officers");
}

}  // namespace
}  // namespace siaga
