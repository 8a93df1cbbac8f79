#include "io/csv.hpp"

#include <gtest/gtest.h>

#include "io/registry_csv.hpp"

namespace siaga::io {
namespace {

TEST(Csv, ReadsQuotedFieldsWithCommasQuotesAndNewlines) {
  const auto t = parse_csv("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z\n", {"a", "b"});
  ASSERT_TRUE(t.issues.empty());
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].fields[0], "x, y");
  EXPECT_EQ(t.rows[0].fields[1], "say \"hi\"");
  EXPECT_EQ(t.rows[1].fields[0], "multi\nline");
  EXPECT_EQ(t.rows[1].line, 3);
}

TEST(Csv, StripsByteOrderMarkAndSkipsBlankLines) {
  const auto t = parse_csv(
      "\xEF\xBB\xBF"
      "a\n1\n\n2\n",
      {"a"});
  ASSERT_TRUE(t.issues.empty());
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[1].line, 4);
}

TEST(Csv, ReportsWrongColumnCountWithItsLine) {
  const auto t = parse_csv("a,b\n1,2\n3\n4,5,6\n", {"a", "b"});
  ASSERT_EQ(t.issues.size(), 2u);
  EXPECT_EQ(t.issues[0].line, 3);
  EXPECT_EQ(t.issues[1].line, 4);
}

TEST(Csv, ReportsMissingHeaderColumn) {
  const auto t = parse_csv("a,c\n1,2\n", {"a", "b"});
  ASSERT_EQ(t.issues.size(), 1u);
  EXPECT_EQ(t.issues[0].column, "b");
}

TEST(Csv, RejectsInvalidUtf8NamingTheLine) {
  const auto t = parse_csv("a\nok\nbad\xC3\x28\n", {"a"});
  ASSERT_EQ(t.issues.size(), 1u);
  EXPECT_EQ(t.issues[0].line, 3);
  std::size_t at = 0;
  EXPECT_FALSE(valid_utf8("\xED\xA0\x80", at));  // a UTF-16 surrogate
  EXPECT_FALSE(valid_utf8("\xC0\xAF", at));      // overlong
  EXPECT_TRUE(valid_utf8("Kabupaten Timor Tengah Utara — é", at));
}

TEST(Csv, UnterminatedQuoteIsAnIssue) {
  const auto t = parse_csv("a\n\"open\n", {"a"});
  ASSERT_EQ(t.issues.size(), 1u);
  EXPECT_EQ(t.issues[0].line, 2);
}

TEST(RegistryCsv, TpsRowsReportLineColumnAndReason) {
  const auto lines = parse_tps_csv(
      "code,number,desa_code,lat,lon,voters,address\n"
      "3509191001001,1,35.09.19.1001,-8.17,113.69,400,ok\n"
      "3509191001002,2,35.09.19,-8.17,113.69,400,bad desa\n"
      "3509191001003,3,35.09.19.1001,40.0,113.69,400,outside\n"
      "3509191001004,x,35.09.19.1001,-8.17,113.69,400,bad number\n"
      "3509191001099,5,35.09.19.1001,-8.17,113.69,400,code mismatch\n");
  ASSERT_EQ(lines.issues.size(), 4u);
  EXPECT_EQ(lines.issues[0].line, 3);
  EXPECT_EQ(lines.issues[0].column, "desa_code");
  EXPECT_EQ(lines.issues[1].line, 4);
  EXPECT_EQ(lines.issues[1].column, "lat");
  EXPECT_EQ(lines.issues[2].line, 5);
  EXPECT_EQ(lines.issues[2].column, "number");
  EXPECT_EQ(lines.issues[3].line, 6);
  EXPECT_EQ(lines.issues[3].column, "code");
  EXPECT_EQ(lines.rows.size(), 1u);
}

TEST(RegistryCsv, RegionLevelMustMatchCodeDepth) {
  const auto lines = parse_regions_csv("code,name,level,lat,lon\n35.09,Jember,kecamatan,,\n");
  ASSERT_EQ(lines.issues.size(), 1u);
  EXPECT_EQ(lines.issues[0].column, "code");
}

TEST(RegistryCsv, UnitsSplitTheirRegionsAndTakeTheZone) {
  const auto lines = parse_units_csv(
      "code,name,level,parent_code,region_codes,lat,lon\n"
      "POLRES-X,Polres X,polres,POLDA-Y,73.07;73.08,,\n");
  ASSERT_TRUE(lines.ok());
  EXPECT_EQ(lines.rows[0].region_codes, (std::vector<std::string>{"73.07", "73.08"}));
  EXPECT_EQ(lines.rows[0].zone, TimeZone::wita);
}

}  // namespace
}  // namespace siaga::io
