#include "io/observation_csv.hpp"

#include <gtest/gtest.h>

#include <string>

namespace siaga::io {
namespace {

constexpr const char* kHeader = "tps_code,desa_code,indicator,value,observed_at,note,source\n";

// The one issue of a file expected to have exactly one.
ImportIssue only_issue(const Lines<Observation>& lines) {
  EXPECT_EQ(lines.issues.size(), 1u);
  if (lines.issues.empty()) return {};
  return lines.issues.front();
}

TEST(ObservationCsv, ReadsAGoodFile) {
  const auto lines = parse_observations_csv(
      std::string(kHeader) +
      "5303012001001,,riwayat_kekerasan,1,2024-11-12,,bawaslu\n"
      ",53.03.01.2001,potensi_konflik_sosial,1,2024-11-12T09:00:00Z,rapat desa,intelkam\n"
      "5303012001002,,potensi_dpk, 12 ,2024-11-13T23:59:59Z,\"catatan, dengan koma\",masyarakat\n");
  ASSERT_TRUE(lines.ok()) << lines.issues.front().message_en;
  ASSERT_EQ(lines.rows.size(), 3u);
  EXPECT_EQ(lines.lines, (std::vector<int>{2, 3, 4}));

  const Observation& a = lines.rows[0];
  EXPECT_EQ(a.tps_code, "5303012001001");
  EXPECT_EQ(a.desa_code, "");
  EXPECT_EQ(a.indicator_code, "riwayat_kekerasan");
  EXPECT_EQ(a.value, 1);
  EXPECT_EQ(a.observed_at, "2024-11-12T00:00:00Z");  // a date is midnight UTC
  EXPECT_EQ(a.source, ObservationSource::bawaslu);

  const Observation& b = lines.rows[1];
  EXPECT_EQ(b.tps_code, "");
  EXPECT_EQ(b.desa_code, "53.03.01.2001");
  EXPECT_EQ(b.observed_at, "2024-11-12T09:00:00Z");
  EXPECT_EQ(b.note, "rapat desa");
  EXPECT_EQ(b.source, ObservationSource::intelkam);

  const Observation& c = lines.rows[2];
  EXPECT_EQ(c.value, 12);
  EXPECT_EQ(c.note, "catatan, dengan koma");
  EXPECT_EQ(c.source, ObservationSource::masyarakat);
}

TEST(ObservationCsv, SourceAndNoteColumnsAreOptionalSourceDefaultsToBawaslu) {
  const auto lines = parse_observations_csv(
      "indicator,tps_code,value,observed_at\n"
      "riwayat_kekerasan,5303012001001,1,2024-11-12\n");
  ASSERT_TRUE(lines.ok());
  ASSERT_EQ(lines.rows.size(), 1u);
  EXPECT_EQ(lines.rows[0].source, ObservationSource::bawaslu);
  EXPECT_EQ(lines.rows[0].note, "");
  EXPECT_EQ(lines.rows[0].desa_code, "");
}

TEST(ObservationCsv, BadTimeIsNamedWithLineAndColumn) {
  for (const char* when :
       {"12/11/2024", "2024-11-12 09:00", "2024-13-01", "2024-11-12T09:00:00+07:00", "besok"}) {
    const auto lines = parse_observations_csv(
        std::string(kHeader) + "5303012001001,,riwayat_kekerasan,1,2024-11-12,,\n" +
        "5303012001001,,riwayat_kekerasan,1," + when + ",,\n");
    const ImportIssue issue = only_issue(lines);
    EXPECT_EQ(issue.line, 3) << when;
    EXPECT_EQ(issue.column, "observed_at") << when;
    EXPECT_NE(issue.message.find(when), std::string::npos) << issue.message;
    EXPECT_EQ(lines.rows.size(), 1u);  // the good line is still read
  }
}

TEST(ObservationCsv, MissingTimeOrValueOrIndicatorIsNamed) {
  const auto lines = parse_observations_csv(std::string(kHeader) +
                                            "5303012001001,,riwayat_kekerasan,1,,,\n"
                                            "5303012001001,,riwayat_kekerasan,,2024-11-12,,\n"
                                            "5303012001001,,,1,2024-11-12,,\n"
                                            "5303012001001,,riwayat_kekerasan,satu,2024-11-12,,\n");
  ASSERT_EQ(lines.issues.size(), 4u);
  EXPECT_EQ(lines.issues[0].line, 2);
  EXPECT_EQ(lines.issues[0].column, "observed_at");
  EXPECT_EQ(lines.issues[1].line, 3);
  EXPECT_EQ(lines.issues[1].column, "value");
  EXPECT_EQ(lines.issues[2].line, 4);
  EXPECT_EQ(lines.issues[2].column, "indicator");
  EXPECT_EQ(lines.issues[3].line, 5);
  EXPECT_EQ(lines.issues[3].column, "value");
  EXPECT_TRUE(lines.rows.empty());
}

TEST(ObservationCsv, UnknownSourceIsNamed) {
  const ImportIssue issue = only_issue(parse_observations_csv(
      std::string(kHeader) + "5303012001001,,riwayat_kekerasan,1,2024-11-12,,koran\n"));
  EXPECT_EQ(issue.line, 2);
  EXPECT_EQ(issue.column, "source");
  EXPECT_NE(issue.message_en.find("koran"), std::string::npos);
}

TEST(ObservationCsv, NeitherTpsNorDesaIsNamed) {
  const ImportIssue issue = only_issue(
      parse_observations_csv(std::string(kHeader) + ",,riwayat_kekerasan,1,2024-11-12,,\n"));
  EXPECT_EQ(issue.line, 2);
  EXPECT_EQ(issue.column, "tps_code");
}

TEST(ObservationCsv, BadDesaCodeIsNamed) {
  // A kecamatan, a malformed code, a province: none is a desa.
  for (const char* desa : {"53.03.01", "53-03-01-2001", "53", "53.03.01.20011"}) {
    const auto lines = parse_observations_csv(std::string(kHeader) + "," + desa +
                                              ",potensi_konflik_sosial,1,2024-11-12,,\n");
    const ImportIssue issue = only_issue(lines);
    EXPECT_EQ(issue.line, 2) << desa;
    EXPECT_EQ(issue.column, "desa_code") << desa;
    EXPECT_TRUE(lines.rows.empty());
  }
  // With a TPS code the desa column is not needed (the TPS names its desa).
  EXPECT_TRUE(parse_observations_csv(std::string(kHeader) +
                                     "5303012001001,,riwayat_kekerasan,1,2024-11-12,,\n")
                  .ok());
}

TEST(ObservationCsv, MissingRequiredColumnIsNamed) {
  {
    const ImportIssue issue = only_issue(parse_observations_csv(
        "tps_code,indicator,observed_at\n5303012001001,riwayat_kekerasan,2024-11-12\n"));
    EXPECT_EQ(issue.column, "value");
    EXPECT_EQ(issue.line, 1);
  }
  {
    const ImportIssue issue = only_issue(
        parse_observations_csv("tps_code,indicator,value\n5303012001001,riwayat_kekerasan,1\n"));
    EXPECT_EQ(issue.column, "observed_at");
  }
  {
    // Neither place column at all.
    const auto lines =
        parse_observations_csv("indicator,value,observed_at\nriwayat_kekerasan,1,2024-11-12\n");
    const ImportIssue issue = only_issue(lines);
    EXPECT_EQ(issue.line, 1);
    EXPECT_EQ(issue.column, "tps_code");
    EXPECT_TRUE(lines.rows.empty());
  }
}

TEST(ObservationCsv, WrongColumnCountNamesTheLine) {
  const auto lines = parse_observations_csv(std::string(kHeader) +
                                            "5303012001001,,riwayat_kekerasan,1,2024-11-12,,\n"
                                            "5303012001001,,riwayat_kekerasan,1\n");
  ASSERT_FALSE(lines.ok());
  EXPECT_EQ(lines.issues.front().line, 3);
}

TEST(ObservationCsv, OverlongNoteIsNamed) {
  const std::string note(kMaxObservationNote + 1, 'x');
  const ImportIssue issue = only_issue(parse_observations_csv(
      std::string(kHeader) + "5303012001001,,riwayat_kekerasan,1,2024-11-12," + note + ",\n"));
  EXPECT_EQ(issue.column, "note");
}

}  // namespace
}  // namespace siaga::io
