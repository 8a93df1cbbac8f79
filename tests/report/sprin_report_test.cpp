// The Sprin is checked by reading it back with independent tools: poppler
// (pdfinfo, pdftotext, pdftoppm) for the PDF, unzip and the sheet XML for the
// XLSX. The report is built by hand: three posts (one short of people, one
// stretched), a reserve, and every officer's assignment.

#include "report/sprin_report.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "report/pdf_document.hpp"
#include "report/report_test_support.hpp"
#include "report/text_block.hpp"
#include "report/text_metrics.hpp"
#include "support/fixture.hpp"

namespace siaga::report {
namespace {

namespace fs = std::filesystem;
using namespace readback;

SprinPerson officer(std::string name, std::string rank, std::string nrp, std::string unit) {
  return {std::move(name), std::move(rank), std::move(nrp), std::move(unit)};
}

SprinTps tps(std::string desa_code, std::string number, std::string desa, std::string address,
             TpsClass c) {
  return {desa_code + "-" + number, number, std::move(desa), "Kaliwates", std::move(address), c};
}

// Post 1 has its Linmas TPS by TPS; post 2 is stretched, one officer and four
// Linmas short, with a TNI soldier; post 3 guards one sangat rawan TPS.
SprinReport sample_sprin(std::string status) {
  SprinReport r;
  r.unit_name = "Polres Jember";
  r.parent_unit_name = "Polda Jawa Timur";
  r.number = "Sprin/1234/XI/OPS.1.3./2024";
  r.election = "Pemilihan Serentak 2024";
  r.voting_day = "27 November 2024";
  r.generated_at = "20-11-2024 09:00 WIB";
  r.status = std::move(status);
  r.version = 3;
  if (r.status != "draft") {
    r.approved_by = "AKBP Bayu Pratama";
    r.approved_at = "21-11-2024 10:00 WIB";
  }
  r.warnings = {"2 TPS belum berkelas, dianggap kurang rawan"};

  SprinPost p1;
  p1.number = 1;
  p1.sector = "Polsek Kaliwates";
  p1.tps_class = TpsClass::rawan;
  p1.pattern = "2-2-2";
  p1.tps = {tps("35.09.01.2001", "001", "Kaliwates", "Jl. Mawar No. 1", TpsClass::rawan),
            tps("35.09.01.2001", "002", "Kaliwates", "Jl. Melati No. 7", TpsClass::kurang_rawan)};
  p1.officers = {officer("Ahmad Fauzi", "Bripka", "85010123", "Polsek Kaliwates"),
                 officer("Dewi Lestari", "Brigpol", "93040456", "Polsek Kaliwates")};
  p1.linmas = {{"Sutrisno", "Kaliwates", "35.09.01.2001-001"},
               {"Bambang Irawan", "Kaliwates", "35.09.01.2001-001"},
               {"Suparmi", "Kaliwates", "35.09.01.2001-002"},
               {"Wagiman", "Kaliwates", "35.09.01.2001-002"}};

  SprinPost p2;
  p2.number = 2;
  p2.sector = "Polsek Sumbersari";
  p2.tps_class = TpsClass::kurang_rawan;
  p2.pattern = "2-10-2";
  p2.stretched = true;
  p2.tps = {tps("35.09.02.2004", "011", "Antirogo", "Dusun Krajan RT 02", TpsClass::kurang_rawan),
            tps("35.09.02.2004", "012", "Antirogo", "Balai Desa Antirogo", TpsClass::kurang_rawan),
            tps("35.09.02.2005", "003", "Kranjingan", "SDN Kranjingan 2", TpsClass::kurang_rawan)};
  p2.officers = {officer("Rudi Hartono", "Aipda", "78120987", "Polsek Sumbersari")};
  p2.tni = {officer("Joko Susilo", "Serda", "21090012", "Kodim 0824/Jember")};
  p2.linmas = {{"Paijo", "Antirogo", ""}, {"Sumarni", "Antirogo", ""}};
  p2.officers_missing = 1;
  p2.linmas_missing = 4;

  SprinPost p3;
  p3.number = 3;
  p3.sector = "Polsek Patrang";
  p3.tps_class = TpsClass::sangat_rawan;
  p3.pattern = "2-1-2";
  p3.tps = {tps("35.09.03.2001", "005", "Baratan", "Lapangan Baratan", TpsClass::sangat_rawan)};
  p3.officers = {officer("Yusuf Maulana", "Bripda", "00110321", "Polres Jember"),
                 officer("Hendra Wijaya", "Bripka", "84070654", "Polsek Patrang")};
  p3.linmas = {{"Kasiman", "Baratan", "35.09.03.2001-005"},
               {"Ngatini", "Baratan", "35.09.03.2001-005"}};

  r.posts = {p1, p2, p3};
  r.reserve = {officer("Agus Salim", "Bripka", "82030111", "Polres Jember"),
               officer("Siti Aminah", "Brigpol", "95050222", "Polres Jember"),
               officer("Tono Sugiarto", "Aiptu", "76080333", "Polsek Patrang")};
  for (const SprinPost& post : r.posts) {
    for (const SprinPerson& p : post.officers) {
      r.assignments.push_back({p, post.number, post.tps.front().code, post.tps.front().desa});
    }
  }
  for (const SprinPerson& p : r.reserve) r.assignments.push_back({p, 0, "", ""});
  r.tps_count = 6;
  r.officers_assigned = 5;
  r.officers_missing = 1;
  r.linmas_assigned = 8;
  return r;
}

// A Polres-size plan: `posts` posts of four TPS each, `officers` officers
// spread over them two by two, the rest short.
SprinReport big_sprin(int posts, int officers) {
  SprinReport r;
  r.unit_name = "Polres Jember";
  r.parent_unit_name = "Polda Jawa Timur";
  r.election = "Pemilihan Serentak 2024";
  r.voting_day = "27 November 2024";
  r.status = "draft";
  int next_officer = 0;
  for (int p = 1; p <= posts; ++p) {
    SprinPost post;
    post.number = p;
    post.sector = fmt::format("Polsek Sektor {}", p % 31);
    post.tps_class = p % 7 == 0 ? TpsClass::rawan : TpsClass::kurang_rawan;
    post.pattern = p % 7 == 0 ? "2-2-2" : "2-10-2";
    for (int t = 0; t < 4; ++t) {
      const std::string desa_code = fmt::format("35.09.{:02}.{:04}", p % 31 + 1, 2000 + p);
      SprinTps tp{fmt::format("{}-{:03}", desa_code, t + 1),
                  fmt::format("{:03}", t + 1),
                  fmt::format("Desa Nomor {}", p),
                  fmt::format("Kecamatan {}", p % 31),
                  fmt::format("Jl. Raya Dusun {} RT {:02} RW {:02}", p, t + 1, p % 9 + 1),
                  post.tps_class};
      post.linmas.push_back({fmt::format("Linmas {}-{}a", p, t), tp.desa, tp.code});
      post.linmas.push_back({fmt::format("Linmas {}-{}b", p, t), tp.desa, tp.code});
      post.tps.push_back(std::move(tp));
    }
    for (int k = 0; k < 2; ++k) {
      if (next_officer < officers) {
        SprinPerson person{fmt::format("Petugas Nomor {}", next_officer),
                           next_officer % 3 ? "Bripka" : "Brigpol",
                           fmt::format("{:08}", 80000000 + next_officer), post.sector};
        post.officers.push_back(person);
        r.assignments.push_back({person, p, post.tps.front().code, post.tps.front().desa});
        ++next_officer;
      } else {
        ++post.officers_missing;
      }
    }
    r.officers_missing += post.officers_missing;
    r.tps_count += 4;
    r.linmas_assigned += 8;
    r.posts.push_back(std::move(post));
  }
  r.officers_assigned = next_officer;
  return r;
}

// ---- PDF ------------------------------------------------------------------

TEST(ReportSprinPdf, DraftOrderHasPolriLayoutPostsReserveAndAssignments) {
  const SprinReport report = sample_sprin("draft");
  const auto pdf = render_sprin_pdf(report);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message_en;
  ASSERT_EQ(pdf->rfind("%PDF-", 0), 0u);

  testing::TempDir dir;
  const PdfReadback back = read_back_pdf(dir.path(), "sprin.pdf", *pdf);
  const int pages = back.pages;
  ASSERT_GE(pages, 4);  // the order, then three Lampiran on pages of their own
  ASSERT_EQ(static_cast<int>(back.grey.size()), pages);
  for (std::size_t i = 0; i < back.grey.size(); ++i) {
    EXPECT_GT(ink_share(back.grey[i]), 0.005) << "page " << i + 1 << " is nearly blank";
  }

  const std::string& text = back.text;
  // The order.
  EXPECT_NE(text.find("KEPOLISIAN NEGARA REPUBLIK INDONESIA"), std::string::npos) << text;
  EXPECT_NE(text.find("DAERAH JAWA TIMUR"), std::string::npos);
  EXPECT_NE(text.find("RESOR JEMBER"), std::string::npos);
  EXPECT_NE(text.find("SURAT PERINTAH"), std::string::npos);
  EXPECT_NE(text.find("KONSEP / DRAFT"), std::string::npos);
  EXPECT_GE(occurrences(text, "KONSEP / DRAFT"), static_cast<std::size_t>(pages));  // footers
  EXPECT_NE(text.find("Nomor: Sprin/ ...."), std::string::npos);
  EXPECT_EQ(text.find("Sprin/1234/XI/OPS.1.3./2024"), std::string::npos)
      << "a draft has no number yet";
  for (const char* part :
       {"Pertimbangan", "Dasar", "Undang-Undang Nomor 2 Tahun 2002",
        "Undang-Undang Nomor 10 Tahun 2016", "Operasi Mantap Praja", "DIPERINTAHKAN", "Kepada",
        "Untuk", "penuh rasa tanggung jawab", "Selesai.", "Tembusan", "Kapolda Jawa Timur",
        "Kabag Ops Polres Jember", "KEPALA KEPOLISIAN RESOR JEMBER", "27 November 2024"}) {
    EXPECT_NE(text.find(part), std::string::npos) << part;
  }
  // The notes box: figures, shortfall, warnings.
  EXPECT_NE(text.find("2 TPS belum berkelas, dianggap kurang rawan"), std::string::npos);
  EXPECT_NE(text.find("Kurang 1 personel Polri pada 1 pos"), std::string::npos);
  EXPECT_NE(text.find("Kurang 4 Linmas pada 1 pos"), std::string::npos);
  // Lampiran I.
  EXPECT_NE(text.find("LAMPIRAN I SURAT PERINTAH KAPOLRES JEMBER"), std::string::npos);
  EXPECT_NE(text.find("DAFTAR POS PENGAMANAN TPS"), std::string::npos);
  for (const SprinPost& post : report.posts) {
    for (const SprinTps& t : post.tps) EXPECT_NE(text.find(t.code), std::string::npos) << t.code;
    for (const SprinLinmas& l : post.linmas) EXPECT_NE(text.find(l.name), std::string::npos);
    for (const SprinPerson& p : post.officers) EXPECT_NE(text.find(p.nrp), std::string::npos);
  }
  EXPECT_NE(text.find("Jl. Melati No. 7"), std::string::npos);
  EXPECT_NE(text.find("Bripka Ahmad Fauzi"), std::string::npos);
  EXPECT_NE(text.find("Pola 2-10-2"), std::string::npos);
  EXPECT_NE(text.find("DIREGANGKAN"), std::string::npos);
  EXPECT_NE(text.find("KURANG 1 personel Polri"), std::string::npos);
  EXPECT_NE(text.find("Kurang 4 Linmas"), std::string::npos);
  EXPECT_NE(text.find("Serda Joko Susilo"), std::string::npos);
  // Lampiran II and III.
  EXPECT_NE(text.find("DAFTAR PERSONEL CADANGAN (POH)"), std::string::npos);
  EXPECT_NE(text.find("95050222"), std::string::npos);
  EXPECT_NE(text.find("Polsek Patrang (1 personel)"), std::string::npos);
  EXPECT_NE(text.find("DAFTAR PENUGASAN PER PERSONEL"), std::string::npos);
  EXPECT_NE(text.find("Cadangan"), std::string::npos);
  EXPECT_EQ(occurrences(text, "LAMPIRAN"), 3u);
  EXPECT_NE(text.find(fmt::format("Halaman {} dari {}", pages, pages)), std::string::npos);
}

TEST(ReportSprinPdf, ApprovedOrderCarriesItsNumberAndNoDraftMarker) {
  const auto pdf = render_sprin_pdf(sample_sprin("approved"));
  ASSERT_TRUE(pdf.ok()) << pdf.error().message_en;
  testing::TempDir dir;
  const PdfReadback back = read_back_pdf(dir.path(), "sprin.pdf", *pdf);
  ASSERT_GE(back.pages, 4);
  const std::string& text = back.text;
  EXPECT_EQ(text.find("KONSEP"), std::string::npos) << text;
  EXPECT_EQ(text.find("DRAFT"), std::string::npos);
  EXPECT_NE(text.find("Nomor: Sprin/1234/XI/OPS.1.3./2024"), std::string::npos);
  EXPECT_GE(occurrences(text, "Sprin/1234/XI/OPS.1.3./2024"), 4u);  // the order and each Lampiran
  EXPECT_NE(text.find("Disahkan oleh AKBP Bayu Pratama"), std::string::npos);
  EXPECT_NE(text.find("DAFTAR PERSONEL CADANGAN (POH)"), std::string::npos);
}

TEST(ReportSprinPdf, SupersededOrderSaysSo) {
  const auto pdf = render_sprin_pdf(sample_sprin("superseded"));
  ASSERT_TRUE(pdf.ok()) << pdf.error().message_en;
  testing::TempDir dir;
  const std::string text = pdf_text(write_file(dir.path() / "sprin.pdf", *pdf));
  EXPECT_NE(text.find("DIGANTI / SUPERSEDED"), std::string::npos) << text;
  EXPECT_EQ(text.find("KONSEP / DRAFT"), std::string::npos);
}

// The alarm red (0xc62828) on a page rendered in colour; the amber of a
// stretched post (0xe65100) has too much green to count.
bool has_red(const Image& page) {
  for (int y = 0; y < page.height; ++y) {
    for (int x = 0; x < page.width; ++x) {
      const unsigned char* px = page.at(x, y);
      if (px[0] > 150 && px[1] < 60 && px[2] < 60) return true;
    }
  }
  return false;
}

TEST(ReportSprinPdf, ShortfallsArePrintedInRed) {
  SprinReport report = sample_sprin("approved");
  testing::TempDir dir;
  auto red_pages = [&](const SprinReport& r, const std::string& name) {
    const auto pdf = render_sprin_pdf(r);
    EXPECT_TRUE(pdf.ok());
    const fs::path file = write_file(dir.path() / name, pdf.ok() ? *pdf : std::string());
    int n = 0;
    for (const Image& page : rasterise(file, dir.path(), "-r 100")) n += has_red(page);
    return n;
  };
  EXPECT_GE(red_pages(report, "short.pdf"), 2);  // the notes box and Lampiran I

  // Nothing short and no sangat rawan dot: no red anywhere.
  report.officers_missing = 0;
  for (SprinPost& post : report.posts) {
    post.officers_missing = 0;
    post.linmas_missing = 0;
    post.tps_class = TpsClass::rawan;
    for (SprinTps& t : post.tps) t.tps_class = TpsClass::rawan;
  }
  EXPECT_EQ(red_pages(report, "full.pdf"), 0);
}

TEST(ReportSprinPdf, PlanWithoutPostsStillRendersTheOrder) {
  SprinReport empty;
  empty.unit_name = "Polres Jember";
  empty.status = "draft";
  const auto pdf = render_sprin_pdf(empty);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message_en;
  testing::TempDir dir;
  const PdfReadback back = read_back_pdf(dir.path(), "kosong.pdf", *pdf);
  EXPECT_GE(back.pages, 4);
  const std::string& text = back.text;
  EXPECT_NE(text.find("SURAT PERINTAH"), std::string::npos) << text;
  EXPECT_NE(text.find("KONSEP / DRAFT"), std::string::npos);
  EXPECT_NE(text.find("Tidak ada pos pengamanan dalam rencana ini"), std::string::npos);
  EXPECT_NE(text.find("Tidak ada personel cadangan"), std::string::npos);
  EXPECT_NE(text.find("Tidak ada personel dalam rencana ini"), std::string::npos);
  EXPECT_NE(text.find("KEPALA KEPOLISIAN RESOR JEMBER"), std::string::npos);
}

TEST(ReportSprinPdf, PostTallerThanAPageContinuesOnTheNext) {
  SprinReport report = sample_sprin("draft");
  SprinPost& big = report.posts[1];
  big.tps.clear();
  for (int i = 1; i <= 70; ++i) {
    big.tps.push_back(tps("35.09.02.2004", fmt::format("{:03}", i), "Antirogo",
                          fmt::format("Dusun Krajan RT {:02}", i), TpsClass::kurang_rawan));
  }
  const auto pdf = render_sprin_pdf(report);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message_en;
  testing::TempDir dir;
  const PdfReadback back = read_back_pdf(dir.path(), "tinggi.pdf", *pdf);
  const std::string& text = back.text;
  for (const SprinTps& t : big.tps) EXPECT_NE(text.find(t.code), std::string::npos) << t.code;
  EXPECT_GE(occurrences(text, "lanjutan"), 1u) << text;
  // The column header repeats on the page the post continues on.
  EXPECT_GE(occurrences(text, "Community guards"), 2u);
  for (const Image& page : back.grey) EXPECT_GT(ink_share(page), 0.005);
}

// Its speed is measured in bench part h, not here.
TEST(ReportSprinPdf, PolresSizePlanRendersWhole) {
  // About Jember: 1,000 posts, 4,000 TPS, 900 officers (so many posts short).
  const SprinReport report = big_sprin(1000, 900);
  const auto pdf = render_sprin_pdf(report);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message_en;
  const auto xlsx = render_sprin_xlsx(report);
  ASSERT_TRUE(xlsx.ok()) << xlsx.error().message_en;

  testing::TempDir dir;
  const fs::path file = write_file(dir.path() / "besar.pdf", *pdf);
  const int pages = page_count(file);
  EXPECT_GT(pages, 50);
  const std::string text = pdf_text(file);
  EXPECT_NE(text.find("Pos 1000"), std::string::npos);
  EXPECT_NE(text.find(report.posts.back().tps.back().code), std::string::npos);
  EXPECT_NE(text.find(fmt::format("{:08}", 80000000 + 899)), std::string::npos);
  EXPECT_NE(text.find(fmt::format("Halaman {} dari {}", pages, pages)), std::string::npos);

  const fs::path book = write_file(dir.path() / "besar.xlsx", *xlsx);
  EXPECT_EQ(occurrences(xlsx_part(book, "xl/worksheets/sheet2.xml"), "<row "), 1u + 4000);
  EXPECT_EQ(occurrences(xlsx_part(book, "xl/worksheets/sheet3.xml"), "<row "), 1u + 900);
}

// ---- XLSX -----------------------------------------------------------------

TEST(ReportSprinXlsx, SheetsHoldOneRowPerTpsAndPerOfficer) {
  const SprinReport report = sample_sprin("draft");
  const auto xlsx = render_sprin_xlsx(report);
  ASSERT_TRUE(xlsx.ok()) << xlsx.error().message_en;
  ASSERT_EQ(xlsx->rfind("PK\x03\x04", 0), 0u);

  testing::TempDir dir;
  const fs::path file = write_file(dir.path() / "sprin.xlsx", *xlsx);
  const std::string workbook = xlsx_part(file, "xl/workbook.xml");
  std::size_t last = 0;
  for (const char* name : {"Ringkasan", "Pos", "Personel", "Cadangan"}) {
    const std::size_t at = workbook.find(fmt::format(R"(name="{}")", name));
    ASSERT_NE(at, std::string::npos) << name << " in " << workbook;
    EXPECT_GT(at, last) << name;
    last = at;
  }

  const Sheet summary = read_sheet(file, 1);
  EXPECT_EQ(cell(summary, "A1"), "SURAT PERINTAH PENGAMANAN TPS");
  EXPECT_EQ(cell(summary, "B1"), "KONSEP / DRAFT");
  EXPECT_EQ(cell(summary, "B4"), "Polres Jember");
  bool warning_found = false;
  for (const auto& [ref, value] : summary.cells) {
    warning_found = warning_found || value == "2 TPS belum berkelas, dianggap kurang rawan";
  }
  EXPECT_TRUE(warning_found);

  const Sheet posts = read_sheet(file, 2);
  EXPECT_EQ(posts.rows, 1 + 6);  // header + one row per TPS
  EXPECT_EQ(cell(posts, "A1"), "Pos");
  EXPECT_EQ(cell(posts, "F1"), "Kode TPS");
  EXPECT_EQ(cell(posts, "L1"), "Personel Polri");
  EXPECT_EQ(cell(posts, "N1"), "Linmas");
  EXPECT_NE(posts.xml.find(R"(state="frozen")"), std::string::npos);
  EXPECT_EQ(cell(posts, "A2"), "1");
  EXPECT_EQ(cell(posts, "B2"), "Polsek Kaliwates");
  EXPECT_EQ(cell(posts, "C2"), "Rawan");
  EXPECT_EQ(cell(posts, "D2"), "2-2-2");
  EXPECT_EQ(cell(posts, "F2"), "35.09.01.2001-001");
  EXPECT_EQ(cell(posts, "H3"), "Kurang rawan");
  EXPECT_EQ(cell(posts, "I2"), "Kaliwates");
  EXPECT_EQ(cell(posts, "K3"), "Jl. Melati No. 7");
  EXPECT_EQ(cell(posts, "L2"), "Ahmad Fauzi (Bripka, 85010123); Dewi Lestari (Brigpol, 93040456)");
  EXPECT_EQ(cell(posts, "L3"), cell(posts, "L2"));  // the post's officers on each of its TPS
  EXPECT_EQ(cell(posts, "N2"), "Sutrisno; Bambang Irawan");  // Linmas TPS by TPS
  EXPECT_EQ(cell(posts, "N3"), "Suparmi; Wagiman");
  // Post 2: stretched, short, TNI; Linmas for the post as a whole.
  EXPECT_EQ(cell(posts, "A4"), "2");
  EXPECT_EQ(cell(posts, "E4"), "Ya");
  EXPECT_EQ(cell(posts, "M4"), "Joko Susilo (Serda, 21090012)");
  EXPECT_EQ(cell(posts, "N4"), "Paijo; Sumarni");
  EXPECT_EQ(cell(posts, "O4"), "1");
  EXPECT_EQ(cell(posts, "P4"), "4");
  EXPECT_EQ(cell(posts, "O5"), "<none>");  // shortfalls once per post
  EXPECT_EQ(cell(posts, "F7"), "35.09.03.2001-005");

  const Sheet people = read_sheet(file, 3);
  EXPECT_EQ(people.rows, 1 + static_cast<int>(report.assignments.size()));
  EXPECT_EQ(people.rows, 1 + 8);
  EXPECT_EQ(cell(people, "A1"), "Nama");
  EXPECT_EQ(cell(people, "C1"), "NRP");
  EXPECT_EQ(cell(people, "A2"), "Ahmad Fauzi");
  EXPECT_EQ(cell(people, "C2"), "85010123");
  EXPECT_EQ(cell(people, "E2"), "1");
  EXPECT_EQ(cell(people, "F2"), "Polsek Kaliwates");
  EXPECT_EQ(cell(people, "G2"), "35.09.01.2001-001");
  EXPECT_EQ(cell(people, "C5"), "00110321");  // NRP kept as text, leading zeros and all
  EXPECT_EQ(cell(people, "A7"), "Agus Salim");
  EXPECT_EQ(cell(people, "E7"), "<none>");
  EXPECT_EQ(cell(people, "I7"), "Cadangan");

  const Sheet reserve = read_sheet(file, 4);
  EXPECT_EQ(reserve.rows, 1 + 3);
  EXPECT_EQ(cell(reserve, "A4"), "Tono Sugiarto");
  EXPECT_EQ(cell(reserve, "C4"), "76080333");
}

TEST(ReportSprinXlsx, ApprovedAndEmptyPlans) {
  testing::TempDir dir;
  const auto approved = render_sprin_xlsx(sample_sprin("approved"));
  ASSERT_TRUE(approved.ok()) << approved.error().message_en;
  const fs::path file = write_file(dir.path() / "sah.xlsx", *approved);
  const Sheet summary = read_sheet(file, 1);
  EXPECT_EQ(cell(summary, "B1"), "<none>");
  EXPECT_EQ(cell(summary, "B5"), "Sprin/1234/XI/OPS.1.3./2024");

  SprinReport empty;
  empty.unit_name = "Polres Jember";
  const auto xlsx = render_sprin_xlsx(empty);
  ASSERT_TRUE(xlsx.ok()) << xlsx.error().message_en;
  const fs::path none = write_file(dir.path() / "kosong.xlsx", *xlsx);
  EXPECT_EQ(read_sheet(none, 2).rows, 1);
  EXPECT_EQ(read_sheet(none, 3).rows, 1);
  EXPECT_EQ(read_sheet(none, 4).rows, 1);
}

// ---- Measuring without pango -------------------------------------------------

TEST(ReportSprinTextMetrics, AgreesWithPango) {
  // Measured on a PDF surface, as the renderer measures.
  PdfDocument doc("metrics", "", 1);
  cairo_t* cr = doc.cr();
  TextMetrics metrics(cr);
  const std::vector<std::string> texts{
      "",
      "TPS 001",
      "35.09.01.2001-001",
      "Bripka Ahmad Fauzi",
      "NRP 85010123 · Polsek Kaliwates",
      "Sutrisno\nBambang Irawan\nWagiman",
      "Jl. Raya Dusun Krajan Kidul RT 02 RW 05, sebelah utara Balai Desa Antirogo",
      "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
      "Pemilihan Serentak 2024 — Kabupaten Jember",
      "名前 Bripka",
      "Ñoño Çağlar",
      "trailing newline\n",
  };
  const std::vector<TextStyle> styles{TextStyle{.size_pt = 7},
                                      TextStyle{.size_pt = 7, .bold = true},
                                      TextStyle{.size_pt = 6.5, .italic = true}};
  for (const TextStyle& style : styles) {
    for (const std::string& text : texts) {
      for (const double width : {40.0, 90.0, 150.0, 400.0, 0.0}) {
        EXPECT_DOUBLE_EQ(metrics.height(text, width, style), text_height(cr, text, width, style))
            << '"' << text << "\" at " << width << " pt, " << style.size_pt << " pt";
      }
    }
  }
  // Short one-line cells, the bulk of a Sprin, need no layout of their own
  // once their letters have been measured.
  metrics.height("Petugas 0123456789", 150, styles[0]);
  const std::size_t before = metrics.pango_layouts();
  for (int i = 0; i < 100; ++i) metrics.height(fmt::format("Petugas {}", i), 150, styles[0]);
  EXPECT_EQ(metrics.pango_layouts(), before);
}

}  // namespace
}  // namespace siaga::report
