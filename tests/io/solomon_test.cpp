#include "io/solomon.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace siaga::io {
namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

const char* kSmall =
    "TINY\n"
    "\n"
    "VEHICLE\n"
    "NUMBER     CAPACITY\n"
    "  3         50\n"
    "\n"
    "CUSTOMER\n"
    "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\n"
    "\n"
    "    0      40         50          0          0       1236          0\n"
    "    1      45         68         10        912        967         90\n";

TEST(SolomonReader, ParsesC101) {
  const auto parsed = parse_solomon(
      read(std::string(SIAGA_SOURCE_DIR) + "/tests/engine/routing/testdata/C101.txt"));
  ASSERT_TRUE(parsed.ok()) << parsed.error().message_en;
  EXPECT_EQ(parsed->name, "C101");
  EXPECT_EQ(parsed->vehicles, 25);
  EXPECT_EQ(parsed->capacity, 200);
  ASSERT_EQ(parsed->customers.size(), 101u);
  EXPECT_EQ(parsed->customers[0].number, 0);
  EXPECT_EQ(parsed->customers[0].due, 1236);
  const auto& last = parsed->customers.back();
  EXPECT_EQ(last.number, 100);
  EXPECT_EQ(last.service, 90);
}

TEST(SolomonReader, ParsesASmallFileWithCrlf) {
  std::string text = kSmall;
  std::string crlf;
  for (char c : text) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  const auto parsed = parse_solomon(crlf);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message_en;
  ASSERT_EQ(parsed->customers.size(), 2u);
  EXPECT_EQ(parsed->customers[1].x, 45);
  EXPECT_EQ(parsed->customers[1].ready, 912);
}

TEST(SolomonReader, RejectsAMalformedRowNamingItsLine) {
  std::string text = kSmall;
  text += "    2      45         x70        30        825        870         90\n";
  const auto parsed = parse_solomon(text);
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().field, "12");
  EXPECT_NE(parsed.error().message_en.find("line 12"), std::string::npos);
  EXPECT_NE(parsed.error().message.find("baris 12"), std::string::npos);
}

TEST(SolomonReader, RejectsAWindowThatEndsBeforeItStarts) {
  std::string text = kSmall;
  text += "    2      45         70         30        870        825         90\n";
  const auto parsed = parse_solomon(text);
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().field, "12");
}

TEST(SolomonReader, RejectsAMissingFleetLine) {
  const auto parsed = parse_solomon("C1\nVEHICLE\nNUMBER CAPACITY\nCUSTOMER\n");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().field, "4");
}

TEST(SolomonReader, RejectsAFileWithoutCustomers) {
  const auto parsed = parse_solomon("C1\nVEHICLE\nNUMBER CAPACITY\n 2 10\nCUSTOMER\nCUST NO.\n");
  ASSERT_FALSE(parsed.ok());
}

}  // namespace
}  // namespace siaga::io
