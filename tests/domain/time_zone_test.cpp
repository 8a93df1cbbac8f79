#include "domain/time_zone.hpp"

#include <gtest/gtest.h>

namespace siaga {
namespace {

TEST(TimeZone, ProvincesFallInTheirZone) {
  EXPECT_EQ(zone_of_region("35.09"), TimeZone::wib);   // Jawa Timur
  EXPECT_EQ(zone_of_region("33.20"), TimeZone::wib);   // Jawa Tengah
  EXPECT_EQ(zone_of_region("73.07"), TimeZone::wita);  // Sulawesi Selatan
  EXPECT_EQ(zone_of_region("53.03"), TimeZone::wita);  // NTT
  EXPECT_EQ(zone_of_region("61"), TimeZone::wib);      // Kalimantan Barat
  EXPECT_EQ(zone_of_region("64"), TimeZone::wita);     // Kalimantan Timur
  EXPECT_EQ(zone_of_region("91.01"), TimeZone::wit);   // Papua
  EXPECT_EQ(zone_of_region("81"), TimeZone::wit);      // Maluku
}

TEST(TimeZone, UtcRoundTripsAndRejectsOtherForms) {
  SysSeconds t;
  ASSERT_TRUE(parse_utc("2024-11-27T01:02:03Z", t));
  EXPECT_EQ(format_utc(t), "2024-11-27T01:02:03Z");
  EXPECT_FALSE(parse_utc("2024-11-27 01:02:03", t));
  EXPECT_FALSE(parse_utc("2024-02-30T01:02:03Z", t));
  EXPECT_FALSE(parse_utc("2024-11-27T25:02:03Z", t));
}

TEST(TimeZone, LocalTimeShowsTheZone) {
  SysSeconds t;
  ASSERT_TRUE(parse_utc("2024-11-27T00:30:00Z", t));
  EXPECT_EQ(format_local(t, TimeZone::wib), "27-11-2024 07:30 WIB");
  EXPECT_EQ(format_local(t, TimeZone::wita), "27-11-2024 08:30 WITA");
  EXPECT_EQ(format_local(t, TimeZone::wit), "27-11-2024 09:30 WIT");
  ASSERT_TRUE(parse_utc("2024-11-26T20:00:00Z", t));
  EXPECT_EQ(format_local(t, TimeZone::wit), "27-11-2024 05:00 WIT");
}

}  // namespace
}  // namespace siaga
