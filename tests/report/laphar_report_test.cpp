// The Laphar is checked by reading it back with independent tools: poppler
// (pdfinfo, pdftotext, pdftoppm) for the PDF, unzip and the sheet XML for the
// XLSX. The report is built by hand: a day of seven incidents in Polres
// Jember, three of them notable, and the response times of three Polsek.

#include "report/laphar_report.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "domain/response_times.hpp"
#include "report/report_test_support.hpp"
#include "support/fixture.hpp"

namespace siaga::report {
namespace {

namespace fs = std::filesystem;
using namespace readback;

LapharReport sample_laphar() {
  LapharReport r;
  r.unit_name = "Polres Jember";
  r.parent_unit_name = "Polda Jawa Timur";
  r.date = "28 November 2026";
  r.generated_at = "28-11-2026 21:00 WIB";
  r.total = 7;
  r.by_level = {{"hijau", "Hijau", 3}, {"kuning", "Kuning", 2}, {"merah", "Merah", 2}};
  r.by_type = {{"kerumunan", "Kerumunan / unjuk rasa", 3},
               {"bentrok", "Bentrok antarpendukung", 2},
               {"hoaks", "Hoaks / ujaran kebencian", 1},
               {"politik_uang", "Politik uang (diteruskan ke Bawaslu/Gakkumdu)", 1}};
  r.by_status = {{"selesai", "Selesai", 4},
                 {"tiba_di_lokasi", "Tiba di lokasi", 1},
                 {"menuju_lokasi", "Menuju lokasi", 1},
                 {"baru", "Baru", 1}};
  r.by_kecamatan = {
      {"35.09.01", "Kaliwates", 4}, {"35.09.02", "Sumbersari", 2}, {"35.09.03", "Patrang", 1}};
  r.notable = {
      {"LP-7Q2K9M", "28-11-2026 09:14 WIB", "Bentrok antarpendukung", "merah", "Selesai",
       "Desa Kaliwates, Kec. Kaliwates",
       "Dua kelompok pendukung saling lempar batu di depan posko pemenangan.", "RAJAWALI-12"},
      {"LP-X3N8TA", "28-11-2026 11:02 WIB", "Kerumunan / unjuk rasa", "kuning", "Tiba di lokasi",
       "Desa Antirogo, Kec. Sumbersari", "Massa sekitar 200 orang berkumpul di kantor PPK.",
       "ELANG-03"},
      {"LP-B5R1ZD", "28-11-2026 16:40 WIB", "Kerumunan / unjuk rasa", "merah", "Menuju lokasi",
       "Desa Baratan, Kec. Patrang", "Massa menghadang truk logistik surat suara.", ""},
  };
  const std::vector<double> kaliwates_dispatch{120, 240, 300, 600};
  const std::vector<double> sumbersari_dispatch{90, 150};
  const std::vector<double> arrival{480, 720, 900};
  std::vector<double> all_dispatch = kaliwates_dispatch;
  all_dispatch.insert(all_dispatch.end(), sumbersari_dispatch.begin(), sumbersari_dispatch.end());
  r.response = {
      {"Polsek Kaliwates", spread_of(kaliwates_dispatch), spread_of(arrival)},
      {"Polsek Sumbersari", spread_of(sumbersari_dispatch), spread_of({})},
      {"Polsek Patrang", spread_of({}), spread_of({})},
      {"Seluruh / All", spread_of(all_dispatch), spread_of(arrival)},
  };
  return r;
}

LapharReport empty_laphar() {
  LapharReport r;
  r.unit_name = "Polres Jember";
  r.parent_unit_name = "Polda Jawa Timur";
  r.date = "29 November 2026";
  r.generated_at = "29-11-2026 21:00 WIB";
  r.by_level = {{"hijau", "Hijau", 0}, {"kuning", "Kuning", 0}, {"merah", "Merah", 0}};
  return r;
}

// Pixels of the merah red (0xc62828) on the pages rendered in colour.
std::size_t red_pixels(const fs::path& pdf, const fs::path& dir) {
  std::size_t n = 0;
  for (const Image& page : rasterise(pdf, dir, "-r 60")) {
    if (page.channels != 3) continue;
    for (int y = 0; y < page.height; ++y) {
      for (int x = 0; x < page.width; ++x) {
        const unsigned char* p = page.at(x, y);
        n += p[0] > 150 && p[1] < 90 && p[2] < 90;
      }
    }
  }
  return n;
}

// ---- PDF ------------------------------------------------------------------

TEST(ReportLapharPdf, PolriLayoutWithCountsNotableIncidentsAndResponseTimes) {
  const auto pdf = laphar_pdf(sample_laphar());
  ASSERT_TRUE(pdf.ok()) << pdf.error().message_en;
  ASSERT_EQ(pdf->rfind("%PDF-", 0), 0u);

  testing::TempDir dir;
  const PdfReadback back = read_back_pdf(dir.path(), "laphar.pdf", *pdf);
  const int pages = back.pages;
  ASSERT_GE(pages, 1);
  ASSERT_EQ(static_cast<int>(back.grey.size()), pages);
  for (std::size_t i = 0; i < back.grey.size(); ++i) {
    EXPECT_GT(ink_share(back.grey[i]), 0.005) << "page " << i + 1 << " is nearly blank";
  }

  const std::string& text = back.text;
  for (const char* part :
       {// Kop, title and date.
        "KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH JAWA TIMUR", "RESOR JEMBER",
        "BAGIAN OPERASIONAL", "LAPORAN HARIAN (LAPHAR) SITUASI KAMTIBMAS PILKADA",
        "TANGGAL 28 NOVEMBER 2026", "Daily situation report", "28-11-2026 21:00 WIB",
        // The sections, Indonesian first with the English gloss.
        "I. JUMLAH KEJADIAN", "Number of incidents", "II. MENURUT JENIS KEJADIAN",
        "III. MENURUT STATUS PENANGANAN", "IV. MENURUT KECAMATAN", "V. KEJADIAN MENONJOL",
        "Notable incidents", "VI. WAKTU TANGGAP", "Response times",
        // Counts.
        "Hijau", "Kuning", "Merah", "Kerumunan / unjuk rasa", "Tiba di lokasi", "Sumbersari",
        "42,9%",  // 3 of 7 with a decimal comma
                  // Notable incidents.
        "LP-7Q2K9M", "LP-X3N8TA", "LP-B5R1ZD", "RAJAWALI-12", "Desa Antirogo", "16:40 WIB",
        // Response times per Polsek and over all of them.
        "Polsek Kaliwates", "Polsek Sumbersari", "Polsek Patrang", "Seluruh / All",
        "4 menit 30 detik",  // Kaliwates report → dispatch median (240 + 300) / 2
        "10 menit",          // and its p90
        "3 menit 15 detik",  // over all: median of six, (150 + 240) / 2
        "12 menit", "15 menit",
        // The Kabag Ops signs.
        "KABAG OPS POLRES JEMBER", "Kepala Bagian Operasional", "NRP"}) {
    EXPECT_NE(text.find(part), std::string::npos) << part;
  }
  EXPECT_EQ(text.find("Nihil"), std::string::npos);
  EXPECT_NE(text.find(fmt::format("Halaman {} dari {}", pages, pages)), std::string::npos);
}

TEST(ReportLapharPdf, PolsekWithoutTimesShowsDashes) {
  LapharReport r = sample_laphar();
  r.response = {{"Polsek Patrang", spread_of({}), spread_of({})}};
  const auto pdf = laphar_pdf(r);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message_en;
  testing::TempDir dir;
  const std::string text = pdf_text(write_file(dir.path() / "l.pdf", *pdf), "-layout");
  const std::size_t at = text.find("Polsek Patrang");
  ASSERT_NE(at, std::string::npos) << text;
  const std::string line = text.substr(at, text.find('\n', at) - at);
  EXPECT_EQ(occurrences(line, "-"), 4u) << line;  // median and p90 twice
  EXPECT_EQ(occurrences(line, "0"), 2u) << line;  // the two counts
}

TEST(ReportLapharPdf, MerahIncidentsAreMarkedRed) {
  testing::TempDir dir;
  LapharReport r = sample_laphar();
  const auto marked = laphar_pdf(r);
  ASSERT_TRUE(marked.ok());
  for (LapharIncident& n : r.notable) n.level = "kuning";
  const auto unmarked = laphar_pdf(r);
  ASSERT_TRUE(unmarked.ok());
  const std::size_t with_merah = red_pixels(write_file(dir.path() / "a.pdf", *marked), dir.path());
  const std::size_t without = red_pixels(write_file(dir.path() / "b.pdf", *unmarked), dir.path());
  EXPECT_GT(with_merah, without + 10) << with_merah << " vs " << without;

  const std::string text = pdf_text(dir.path() / "a.pdf");
  EXPECT_NE(text.find("Bertanda merah"), std::string::npos);
  EXPECT_EQ(pdf_text(dir.path() / "b.pdf").find("Bertanda merah"), std::string::npos);
}

TEST(ReportLapharPdf, EmptyDayIsAValidDocumentSayingNihil) {
  const auto pdf = laphar_pdf(empty_laphar());
  ASSERT_TRUE(pdf.ok()) << pdf.error().message_en;
  ASSERT_EQ(pdf->rfind("%PDF-", 0), 0u);

  testing::TempDir dir;
  const PdfReadback back = read_back_pdf(dir.path(), "nihil.pdf", *pdf);
  EXPECT_EQ(back.pages, 1);
  ASSERT_EQ(back.grey.size(), 1u);
  EXPECT_GT(ink_share(back.grey[0]), 0.005);

  const std::string& text = back.text;
  EXPECT_NE(text.find("LAPORAN HARIAN (LAPHAR)"), std::string::npos) << text;
  EXPECT_NE(text.find("TANGGAL 29 NOVEMBER 2026"), std::string::npos);
  EXPECT_NE(text.find("NIHIL"), std::string::npos);
  EXPECT_NE(text.find("Jumlah kejadian: 0"), std::string::npos);
  // Sections II to VI each say so.
  EXPECT_EQ(occurrences(text, "Nihil. / None."), 5u) << text;
  EXPECT_NE(text.find("VI. WAKTU TANGGAP"), std::string::npos);
  EXPECT_NE(text.find("KABAG OPS POLRES JEMBER"), std::string::npos);
}

TEST(ReportLapharPdf, ManyNotableIncidentsFlowOverPagesAndStopAtTheLimit) {
  LapharReport r = sample_laphar();
  const std::string long_text(2000, 'x');
  for (std::size_t i = 0; i < kLapharPdfRowLimit + 30; ++i) {
    r.notable.push_back({fmt::format("LP-N{:05}", i), "28-11-2026 12:00 WIB", "Gangguan di TPS",
                         i % 5 == 0 ? "merah" : "kuning", "Baru", "Desa Nomor " + std::to_string(i),
                         i == 0 ? long_text : "Keributan kecil di TPS.", "POS-1"});
  }
  r.total = static_cast<int>(r.notable.size());
  const auto pdf = laphar_pdf(r);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message_en;

  testing::TempDir dir;
  const PdfReadback back = read_back_pdf(dir.path(), "panjang.pdf", *pdf);
  const int pages = back.pages;
  EXPECT_GE(pages, 4);
  ASSERT_EQ(static_cast<int>(back.grey.size()), pages);
  for (const Image& page : back.grey) EXPECT_GT(ink_share(page), 0.005);

  const std::string& text = back.text;
  // 3 + 230 notable; 200 are listed, the rest counted.
  EXPECT_NE(text.find("LP-N00196"), std::string::npos);
  EXPECT_EQ(text.find("LP-N00197"), std::string::npos);
  EXPECT_NE(text.find("dan 33 kejadian lain"), std::string::npos) << text;
  EXPECT_GE(occurrences(text, "Tracking code"), 3u);  // the header on every page
  EXPECT_NE(text.find("Polsek Sumbersari"), std::string::npos);
  EXPECT_NE(text.find("KABAG OPS POLRES JEMBER"), std::string::npos);
  EXPECT_NE(text.find(fmt::format("Halaman {} dari {}", pages, pages)), std::string::npos);
}

// ---- XLSX -----------------------------------------------------------------

TEST(ReportLapharXlsx, ThreeSheetsWithEveryNotableIncidentAndSector) {
  const LapharReport report = sample_laphar();
  const auto xlsx = laphar_xlsx(report);
  ASSERT_TRUE(xlsx.ok()) << xlsx.error().message_en;
  ASSERT_EQ(xlsx->rfind("PK", 0), 0u);

  testing::TempDir dir;
  const fs::path file = write_file(dir.path() / "laphar.xlsx", *xlsx);
  const std::string workbook = xlsx_part(file, "xl/workbook.xml");
  EXPECT_NE(workbook.find(R"(name="Ringkasan")"), std::string::npos) << workbook;
  EXPECT_NE(workbook.find(R"(name="Kejadian Menonjol")"), std::string::npos);
  EXPECT_NE(workbook.find(R"(name="Waktu Tanggap")"), std::string::npos);

  const Sheet notable = read_sheet(file, 2);
  EXPECT_EQ(notable.rows, 1 + static_cast<int>(report.notable.size()));
  EXPECT_EQ(cell(notable, "A1"), "Kode lacak");
  EXPECT_EQ(cell(notable, "D1"), "Tingkat");
  for (std::size_t i = 0; i < report.notable.size(); ++i) {
    const LapharIncident& n = report.notable[i];
    const std::string row = std::to_string(i + 2);
    EXPECT_EQ(cell(notable, "A" + row), n.tracking_code);
    EXPECT_EQ(cell(notable, "B" + row), n.reported_at);
    EXPECT_EQ(cell(notable, "C" + row), n.type_label);
    EXPECT_EQ(cell(notable, "E" + row), n.status_label);
    EXPECT_EQ(cell(notable, "F" + row), n.place);
    EXPECT_EQ(cell(notable, "G" + row), n.description);
  }
  EXPECT_EQ(cell(notable, "D2"), "Merah");
  EXPECT_EQ(cell(notable, "D3"), "Kuning");
  EXPECT_EQ(cell(notable, "H2"), "RAJAWALI-12");
  EXPECT_EQ(cell(notable, "H4"), "<none>");  // no unit sent yet

  const Sheet response = read_sheet(file, 3);
  EXPECT_EQ(response.rows, 1 + static_cast<int>(report.response.size()));
  EXPECT_EQ(cell(response, "A1"), "Polsek / Sektor");
  EXPECT_EQ(cell(response, "A2"), "Polsek Kaliwates");
  EXPECT_EQ(std::stoi(cell(response, "B2")), 4);
  EXPECT_DOUBLE_EQ(std::stod(cell(response, "C2")), 4.5);  // 270 s
  EXPECT_DOUBLE_EQ(std::stod(cell(response, "D2")), 10);
  EXPECT_EQ(std::stoi(cell(response, "E2")), 3);
  EXPECT_DOUBLE_EQ(std::stod(cell(response, "F2")), 12);
  EXPECT_DOUBLE_EQ(std::stod(cell(response, "G2")), 15);
  EXPECT_EQ(cell(response, "A3"), "Polsek Sumbersari");
  EXPECT_DOUBLE_EQ(std::stod(cell(response, "C3")), 2);
  EXPECT_DOUBLE_EQ(std::stod(cell(response, "D3")), 2.5);
  EXPECT_EQ(std::stoi(cell(response, "E3")), 0);
  EXPECT_EQ(cell(response, "F3"), "<none>");  // nothing arrived: blank, not 0
  EXPECT_EQ(cell(response, "G3"), "<none>");
  EXPECT_EQ(cell(response, "A4"), "Polsek Patrang");
  EXPECT_EQ(std::stoi(cell(response, "B4")), 0);
  EXPECT_EQ(cell(response, "C4"), "<none>");
  EXPECT_EQ(cell(response, "A5"), "Seluruh / All");
  EXPECT_EQ(std::stoi(cell(response, "B5")), 6);
  EXPECT_DOUBLE_EQ(std::stod(cell(response, "C5")), 3.25);  // 195 s
  EXPECT_DOUBLE_EQ(std::stod(cell(response, "D5")), 10);

  const Sheet summary = read_sheet(file, 1);
  EXPECT_EQ(cell(summary, "A1"), "LAPORAN HARIAN (LAPHAR) SITUASI KAMTIBMAS PILKADA");
  EXPECT_EQ(cell(summary, "B4"), "Polres Jember");
  EXPECT_EQ(cell(summary, "B5"), "Polda Jawa Timur");
  EXPECT_EQ(cell(summary, "B6"), "28 November 2026");
  EXPECT_EQ(cell(summary, "A9"), "Jumlah kejadian / Number of incidents");
  EXPECT_EQ(std::stoi(cell(summary, "B9")), 7);
  // By level from row 13: Hijau, Kuning, Merah with shares of the day.
  EXPECT_EQ(cell(summary, "A13"), "Hijau");
  EXPECT_EQ(std::stoi(cell(summary, "B15")), 2);
  EXPECT_NEAR(std::stod(cell(summary, "C15")), 2.0 / 7.0, 1e-9);
  EXPECT_EQ(cell(summary, "D15"), "merah");
  // Every breakdown line is on the sheet once.
  for (const auto* list : {&report.by_type, &report.by_status, &report.by_kecamatan}) {
    for (const LapharCount& c : *list) {
      int found = 0;
      for (const auto& [ref, value] : summary.cells) {
        if (ref[0] != 'A' || value != c.label) continue;
        ++found;
        EXPECT_EQ(std::stoi(cell(summary, "B" + ref.substr(1))), c.count) << c.label;
        EXPECT_EQ(cell(summary, "D" + ref.substr(1)), c.key);
      }
      EXPECT_EQ(found, 1) << c.label;
    }
  }
}

TEST(ReportLapharXlsx, EmptyDaySaysNihilAndHasHeadersOnly) {
  const auto xlsx = laphar_xlsx(empty_laphar());
  ASSERT_TRUE(xlsx.ok()) << xlsx.error().message_en;
  testing::TempDir dir;
  const fs::path file = write_file(dir.path() / "nihil.xlsx", *xlsx);
  const Sheet summary = read_sheet(file, 1);
  EXPECT_EQ(std::stoi(cell(summary, "B9")), 0);
  EXPECT_EQ(cell(summary, "C9"), "Nihil");
  const Sheet notable = read_sheet(file, 2);
  EXPECT_EQ(notable.rows, 1);
  EXPECT_EQ(cell(notable, "A1"), "Kode lacak");
  const Sheet response = read_sheet(file, 3);
  EXPECT_EQ(response.rows, 1);
  EXPECT_EQ(cell(response, "A1"), "Polsek / Sektor");
}

// ---- Shared words ---------------------------------------------------------

TEST(ReportLapharText, DurationsInMinutesAndSeconds) {
  EXPECT_EQ(laphar_duration_text(0), "0 detik");
  EXPECT_EQ(laphar_duration_text(45.4), "45 detik");
  EXPECT_EQ(laphar_duration_text(59.6), "1 menit");
  EXPECT_EQ(laphar_duration_text(420), "7 menit");
  EXPECT_EQ(laphar_duration_text(725), "12 menit 5 detik");
  EXPECT_EQ(laphar_duration_text(3600), "1 jam");
  EXPECT_EQ(laphar_duration_text(4500), "1 jam 15 menit");
  EXPECT_EQ(laphar_median_text(Spread{}), "-");
  EXPECT_EQ(laphar_p90_text(Spread{}), "-");
  EXPECT_EQ(laphar_median_text(spread_of({100, 200})), "2 menit 30 detik");
  EXPECT_EQ(laphar_p90_text(spread_of({100, 200})), "3 menit 20 detik");
}

}  // namespace
}  // namespace siaga::report
