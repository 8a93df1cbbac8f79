// The jadwal and kepatuhan documents read back with independent tools
// (poppler for the PDF, unzip and the sheet XML for the XLSX). The plan is
// built by hand: a night joint patrol of Polres Jember with two teams, four
// stops, one of them left unserved.

#include "report/patrol_report.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "report/report_test_support.hpp"
#include "support/fixture.hpp"

namespace siaga::report {
namespace {

namespace fs = std::filesystem;
using namespace readback;

PatrolReportStop stop(int order, const char* name, const char* window, const char* planned,
                      const char* visited, const char* status, const char* method) {
  PatrolReportStop s;
  s.order = order;
  s.name = name;
  s.window = window;
  s.planned = planned;
  s.visited = visited;
  s.status = status;
  s.status_label = patrol_status_label(status);
  s.method = method;
  s.service = "15 menit";
  return s;
}

PatrolReport sample_patrol() {
  PatrolReport r;
  r.unit_name = "Polres Jember";
  r.parent_unit_name = "Polda Jawa Timur";
  r.plan_name = "Patroli KPU malam";
  r.kind_label = "Patroli gabungan (tiga pilar)";
  r.date = "26 November 2024";
  r.shift = "20:00–06:00 WIB";
  r.zone = "WIB";
  r.depot = "Polres Jember";
  r.status_label = "Direncanakan";
  r.generated_at = "26-11-2024 19:00 WIB";
  PatrolReportTeam a;
  a.call_sign = "RAJAWALI-12";
  a.vehicle = "Mobil patroli N 1234 XY";
  a.profile = "Mobil";
  a.partners = "TNI 2, Satpol PP 1";
  a.crew = {{"Budi Santoso", "Bripka", "POLRI"}, {"Agus Salim", "Serda", "TNI"}};
  a.departure = "20:05 WIB";
  a.return_time = "01:40 WIB";
  a.distance_km = 18.4;
  a.stops = {stop(1, "Kantor KPU Kabupaten Jember", "21:00–23:00 WIB", "21:12 WIB", "21:20 WIB",
                  "selesai", "geofence"),
             stop(2, "Kantor Bawaslu Jember", "22:00–23:00 WIB", "22:10 WIB", "23:25 WIB",
                  "terlambat", "tap"),
             stop(3, "Gudang Logistik KPU", "23:00–00:00 WIB", "23:40 WIB", "", "terlewat", "")};
  a.counts = {3, 1, 1, 1, 0};
  PatrolReportTeam b;
  b.call_sign = "ELANG-03";
  b.vehicle = "Motor patroli N 5678 AB";
  b.profile = "Motor";
  b.crew = {{"Siti Aminah", "Briptu", "POLRI"}};
  b.departure = "22:00 WIB";
  b.return_time = "23:30 WIB";
  b.distance_km = 6;
  b.stops = {stop(1, "Simpang Mangli", "23:00–01:00 WIB", "23:05 WIB", "", "menunggu", "")};
  b.counts = {1, 0, 0, 0, 1};
  r.teams = {a, b};
  auto left = stop(0, "Alun-alun Jember", "03:00–03:10 WIB", "", "", "menunggu", "");
  left.note = "Jendela waktu tidak terjangkau";
  r.unserved = {left};
  r.counts = {5, 1, 1, 1, 2};
  return r;
}

TEST(ReportPatrolPdf, ScheduleListsEachTeamWithCrewVehicleAndStopsInOrder) {
  const auto pdf = patrol_schedule_pdf(sample_patrol());
  ASSERT_TRUE(pdf.ok()) << pdf.error().message_en;
  ASSERT_EQ(pdf->rfind("%PDF-", 0), 0u);
  testing::TempDir dir;
  const PdfReadback back = read_back_pdf(dir.path(), "jadwal.pdf", *pdf);
  ASSERT_GE(back.pages, 1);
  EXPECT_GT(ink_share(back.grey[0]), 0.005);
  const std::string& text = back.text;
  for (const char* part : {"KEPOLISIAN NEGARA REPUBLIK INDONESIA",
                           "RESOR JEMBER",
                           "JADWAL PATROLI",
                           "PATROLI KPU MALAM",
                           "TANGGAL 26 NOVEMBER 2024",
                           "Patroli gabungan (tiga pilar)",
                           "20:00–06:00 WIB",
                           "RAJAWALI-12",
                           "ELANG-03",
                           "Mobil patroli N 1234 XY",
                           "Budi Santoso",
                           "Agus Salim (TNI)",
                           "TNI 2, Satpol PP 1",
                           "Kantor KPU Kabupaten Jember",
                           "Kantor Bawaslu Jember",
                           "21:00–23:00 WIB",
                           "21:12 WIB",
                           "Simpang Mangli",
                           "TITIK TIDAK TERLAYANI",
                           "Alun-alun Jember",
                           "Jendela waktu tidak terjangkau",
                           "KABAG OPS"}) {
    EXPECT_NE(text.find(part), std::string::npos) << "missing: " << part;
  }
  // Route order: KPU before Bawaslu before the warehouse.
  EXPECT_LT(text.find("Kantor KPU Kabupaten"), text.find("Kantor Bawaslu"));
  EXPECT_LT(text.find("Kantor Bawaslu"), text.find("Gudang Logistik KPU"));
}

TEST(ReportPatrolPdf, ComplianceShowsCountsAndEveryStopWithItsStatus) {
  const auto pdf = patrol_compliance_pdf(sample_patrol());
  ASSERT_TRUE(pdf.ok()) << pdf.error().message_en;
  testing::TempDir dir;
  const PdfReadback back = read_back_pdf(dir.path(), "kepatuhan.pdf", *pdf);
  ASSERT_GE(back.pages, 1);
  const std::string& text = back.text;
  for (const char* part :
       {"LAPORAN KEPATUHAN PATROLI", "I. KEPATUHAN RENCANA", "II. KEPATUHAN PER TIM",
        "III. RINCIAN TITIK", "RAJAWALI-12", "ELANG-03", "Kantor KPU Kabupaten Jember", "Selesai",
        "Terlambat", "Terlewat", "Menunggu", "Otomatis", "21:20 WIB", "23:25 WIB",
        "Alun-alun Jember", "KABAG OPS"}) {
    EXPECT_NE(text.find(part), std::string::npos) << "missing: " << part;
  }
}

TEST(ReportPatrolPdf, AnEmptyPlanStillRenders) {
  PatrolReport r;
  r.unit_name = "Polres Jember";
  for (auto render : {patrol_schedule_pdf, patrol_compliance_pdf}) {
    const auto pdf = render(r);
    ASSERT_TRUE(pdf.ok()) << pdf.error().message_en;
    testing::TempDir dir;
    const PdfReadback back = read_back_pdf(dir.path(), "empty.pdf", *pdf);
    EXPECT_NE(back.text.find("Nihil"), std::string::npos);
  }
}

bool has_value(const Sheet& sheet, const std::string& value) {
  for (const auto& [ref, text] : sheet.cells) {
    if (text == value) return true;
  }
  return false;
}

TEST(ReportPatrolXlsx, ScheduleHasAStopRowPerTeamStopAndTheCrew) {
  const auto xlsx = patrol_schedule_xlsx(sample_patrol());
  ASSERT_TRUE(xlsx.ok()) << xlsx.error().message_en;
  ASSERT_EQ(xlsx->rfind("PK", 0), 0u);
  testing::TempDir dir;
  const fs::path file = write_file(dir.path() / "jadwal.xlsx", *xlsx);
  const std::string workbook = xlsx_part(file, "xl/workbook.xml");
  EXPECT_NE(workbook.find("name=\"Jadwal\""), std::string::npos);
  EXPECT_NE(workbook.find("name=\"Personel\""), std::string::npos);
  const Sheet schedule = read_sheet(file, 1);
  EXPECT_EQ(cell(schedule, "A1"), "JADWAL PATROLI");
  for (const char* value :
       {"Patroli KPU malam", "RAJAWALI-12", "ELANG-03", "Kantor KPU Kabupaten Jember",
        "Gudang Logistik KPU", "21:12 WIB", "Simpang Mangli", "Alun-alun Jember",
        "Jendela waktu tidak terjangkau"}) {
    EXPECT_TRUE(has_value(schedule, value)) << value;
  }
  const Sheet crew = read_sheet(file, 2);
  EXPECT_EQ(cell(crew, "A1"), "Tim / Team");
  EXPECT_EQ(cell(crew, "A2"), "RAJAWALI-12");
  EXPECT_EQ(cell(crew, "C2"), "Budi Santoso");
  EXPECT_EQ(cell(crew, "D2"), "Bripka");
  EXPECT_EQ(cell(crew, "E3"), "TNI");
  EXPECT_EQ(cell(crew, "C4"), "Siti Aminah");
  EXPECT_EQ(cell(crew, "A5"), "<none>");
}

TEST(ReportPatrolXlsx, ComplianceHasCountsAsNumbersAndAStatusPerStop) {
  const auto xlsx = patrol_compliance_xlsx(sample_patrol());
  ASSERT_TRUE(xlsx.ok()) << xlsx.error().message_en;
  testing::TempDir dir;
  const fs::path file = write_file(dir.path() / "kepatuhan.xlsx", *xlsx);
  const Sheet summary = read_sheet(file, 1);
  EXPECT_EQ(cell(summary, "A1"), "LAPORAN KEPATUHAN PATROLI");
  EXPECT_TRUE(has_value(summary, "RAJAWALI-12"));
  EXPECT_TRUE(has_value(summary, "Rencana / Plan"));
  const Sheet stops = read_sheet(file, 2);
  EXPECT_EQ(cell(stops, "A1"), "Tim / Team");
  EXPECT_EQ(cell(stops, "H1"), "Status");
  EXPECT_EQ(cell(stops, "A2"), "RAJAWALI-12");
  EXPECT_EQ(cell(stops, "B2"), "1");
  EXPECT_EQ(cell(stops, "C2"), "Kantor KPU Kabupaten Jember");
  EXPECT_EQ(cell(stops, "D2"), "21:00–23:00 WIB");
  EXPECT_EQ(cell(stops, "F2"), "21:20 WIB");
  EXPECT_EQ(cell(stops, "G2"), "geofence");
  EXPECT_EQ(cell(stops, "H2"), "Selesai");
  EXPECT_EQ(cell(stops, "H3"), "Terlambat");
  EXPECT_EQ(cell(stops, "H4"), "Terlewat");
  EXPECT_EQ(cell(stops, "A5"), "ELANG-03");
  EXPECT_EQ(cell(stops, "H5"), "Menunggu");
  EXPECT_EQ(cell(stops, "C6"), "Alun-alun Jember");
  EXPECT_EQ(cell(stops, "A7"), "<none>");
}

}  // namespace
}  // namespace siaga::report
