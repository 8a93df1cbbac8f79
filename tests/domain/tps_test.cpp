#include "domain/tps.hpp"

#include <gtest/gtest.h>

namespace siaga {
namespace {

Tps valid_tps() {
  Tps t;
  t.code = "3509191001001";
  t.number = 1;
  t.desa_code = "35.09.19.1001";
  t.position = {-8.17, 113.69};
  t.voters = 400;
  return t;
}

TEST(Tps, CodeIsDesaDigitsAndThreeDigitNumber) {
  EXPECT_EQ(tps_code_for("33.20.01.2001", 7), "3320012001007");
  EXPECT_EQ(tps_code_for("33.20.01.2001", 901), "3320012001901");
}

TEST(Tps, ValidationNamesTheWrongField) {
  EXPECT_TRUE(validate_tps(valid_tps()).ok());
  Tps t = valid_tps();
  t.code = "3509191001002";
  EXPECT_EQ(validate_tps(t).error().field, "code");
  t = valid_tps();
  t.position = {40.0, 113.69};
  EXPECT_EQ(validate_tps(t).error().field, "lat");
  t = valid_tps();
  t.voters = 601;
  EXPECT_EQ(validate_tps(t).error().field, "voters");
  t = valid_tps();
  t.desa_code = "35.09.19";
  EXPECT_EQ(validate_tps(t).error().field, "desa_code");
}

}  // namespace
}  // namespace siaga
