// The readiness recap is checked by reading it back with independent tools:
// poppler (pdfinfo, pdftoppm, pdftotext) for the PDF, unzip and the sheet XML
// for the XLSX. The service that gathers the figures is checked against a
// small roster in a real database.

#include "report/readiness_report.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "http/api.hpp"
#include "http/router.hpp"
#include "report/report_test_support.hpp"
#include "service/readiness_recap.hpp"
#include "support/fixture.hpp"

namespace siaga::report {
namespace {

namespace fs = std::filesystem;
using namespace readback;

// ---- the synthetic Polres ------------------------------------------------

const std::vector<std::string> kPolsek{"Polsek Kaliwates", "Polsek Sumbersari", "Polsek Patrang"};

// Three Polsek, twelve vehicles (three of them not fit), two open reports.
ReadinessReport sample_report() {
  ReadinessReport r;
  r.unit_name = "Polres Jember";
  r.date = "27 November 2024";
  r.generated_at = "27-11-2024 14:05 WIB";
  r.unit = {"Polres Jember", 105.0 / 132.0, 120, 96, 12, 9};
  for (std::size_t k = 0; k < kPolsek.size(); ++k) {
    const auto n = static_cast<std::int64_t>(k);
    r.children.push_back({kPolsek[k], 0.7 + 0.1 * double(k), 30, 20 + 3 * n, 3, 2 + (k > 0)});
  }
  r.missing = {
      {"item_missing", "ht", "Tidak memegang: HT / radio", "Not held: Handheld radio", 9},
      {"cuti", "", "Cuti", "On leave", 6},
      {"item_broken", "senter", "Rusak: Senter", "Broken: Flashlight", 4},
      {"vehicle_unfit", "", "Kendaraan tidak layak", "Vehicle unfit", 2},
      {"fuel_low", "", "BBM kendaraan kurang dari 25 %", "Vehicle fuel under 25 %", 1},
  };
  r.kinds = {
      {"rompi_anti_sayat", "Rompi anti sayat", "Stab-proof vest", 80, 80, 0, 0},
      {"senter", "Senter", "Flashlight", 60, 56, 0, 4},
      {"ht", "HT / radio", "Handheld radio", 90, 81, 9, 0},
  };
  for (int i = 0; i < 12; ++i) {
    ReadinessVehicleRow v;
    v.plate = fmt::format("P {} JB", 1001 + i);
    v.kind = i % 3 == 0 ? "kendaraan_r4" : "kendaraan_r2";
    v.unit_name = kPolsek[static_cast<std::size_t>(i) % kPolsek.size()];
    v.condition = i == 4   ? ItemCondition::rusak_berat
                  : i == 7 ? ItemCondition::hilang
                           : ItemCondition::baik;
    v.fuel_percent = i == 10 ? 10 : 60 + i;
    if (i == 11) v.fuel_percent.reset();  // never recorded
    v.fit = is_usable(v.condition) && v.fuel_percent.value_or(0) >= kMinFuelPercent;
    r.vehicles.push_back(v);
  }
  r.defects = {
      {"Polsek Patrang", "R2 P 1005 JB", DefectKind::kerusakan, DefectStatus::ditindaklanjuti,
       "Rem belakang blong", "22-11-2024 08:00 WIB", 126, true},
      {"Polsek Kaliwates", "R2 P 1011 JB", DefectKind::bbm, DefectStatus::dilaporkan,
       "Tangki kosong setelah patroli malam", "27-11-2024 09:00 WIB", 5, false},
  };
  return r;
}

// ---- PDF ------------------------------------------------------------------

TEST(ReportReadinessPdf, RendersSummaryTablesAndKabagRenSignature) {
  const auto pdf = render_readiness_pdf(sample_report());
  ASSERT_TRUE(pdf.ok()) << pdf.error().message_en;
  ASSERT_EQ(pdf->rfind("%PDF-", 0), 0u);

  testing::TempDir dir;
  const PdfReadback back = read_back_pdf(dir.path(), "rekap.pdf", *pdf);
  const int pages = back.pages;
  ASSERT_GE(pages, 1);
  ASSERT_EQ(static_cast<int>(back.grey.size()), pages);
  for (std::size_t i = 0; i < back.grey.size(); ++i) {
    EXPECT_GT(ink_share(back.grey[i]), 0.01) << "page " << i + 1 << " is nearly blank";
  }

  const std::string& text = back.text;
  EXPECT_NE(text.find("REKAPITULASI KESIAPAN PERSONEL DAN SARANA PRASARANA"), std::string::npos)
      << text;
  EXPECT_NE(text.find("Polres Jember"), std::string::npos);
  EXPECT_NE(text.find("27 November 2024"), std::string::npos);
  EXPECT_NE(text.find("Polsek Sumbersari"), std::string::npos);
  EXPECT_NE(text.find("79,5%"), std::string::npos);  // readiness with a decimal comma
  EXPECT_NE(text.find("Tidak memegang: HT / radio"), std::string::npos);
  EXPECT_NE(text.find("Rompi anti sayat"), std::string::npos);
  // Unfit or short of fuel: P 1005 (rusak berat), P 1008 (hilang), P 1011 (10 %), P 1012
  // (fuel never recorded); the fit ones are spreadsheet only.
  EXPECT_NE(text.find("P 1005 JB"), std::string::npos);
  EXPECT_NE(text.find("P 1008 JB"), std::string::npos);
  EXPECT_NE(text.find("P 1011 JB"), std::string::npos);
  EXPECT_NE(text.find("P 1012 JB"), std::string::npos);
  EXPECT_NE(text.find("BBM belum dicatat"), std::string::npos);
  EXPECT_EQ(text.find("P 1001 JB"), std::string::npos);
  EXPECT_NE(text.find("Rem belakang blong"), std::string::npos);
  EXPECT_NE(text.find("126 jam"), std::string::npos);
  EXPECT_NE(text.find("KABAG REN POLRES JEMBER"), std::string::npos);
  EXPECT_NE(text.find("Kepala Bagian Perencanaan"), std::string::npos);
  EXPECT_NE(text.find("NRP"), std::string::npos);
  EXPECT_NE(text.find(fmt::format("Halaman {} dari {}", pages, pages)), std::string::npos);
}

TEST(ReportReadinessPdf, EmptyReportStillHasHeadingAndSignature) {
  ReadinessReport empty;
  empty.unit_name = "Polsek Kaliwates";
  const auto pdf = render_readiness_pdf(empty);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message_en;

  testing::TempDir dir;
  const PdfReadback back = read_back_pdf(dir.path(), "kosong.pdf", *pdf);
  EXPECT_EQ(back.pages, 1);
  ASSERT_EQ(back.grey.size(), 1u);
  EXPECT_GT(ink_share(back.grey[0]), 0.005);

  const std::string& text = back.text;
  EXPECT_NE(text.find("REKAPITULASI KESIAPAN"), std::string::npos) << text;
  EXPECT_NE(text.find("Tidak ada kekurangan tercatat"), std::string::npos);
  EXPECT_NE(text.find("Tidak ada kendaraan tercatat"), std::string::npos);
  EXPECT_NE(text.find("Tidak ada laporan terbuka"), std::string::npos);
  EXPECT_NE(text.find("KABAG REN POLSEK KALIWATES"), std::string::npos);
}

TEST(ReportReadinessPdf, LongListsFlowOntoMorePagesAndStopAtTheLimit) {
  ReadinessReport report = sample_report();
  for (int i = 0; i < 60; ++i) {
    report.children.push_back({fmt::format("Polsek Nomor {}", i), 0.5, 10, 5, 1, 0});
  }
  for (std::size_t i = 0; i < kRecapPdfRowLimit + 20; ++i) {
    report.vehicles.push_back({fmt::format("DK {} ZZ", 5000 + i), "kendaraan_r2", "Polsek Patrang",
                               ItemCondition::baik, 5, false});
  }
  const auto pdf = render_readiness_pdf(report);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message_en;

  testing::TempDir dir;
  const PdfReadback back = read_back_pdf(dir.path(), "panjang.pdf", *pdf);
  const int pages = back.pages;
  EXPECT_GE(pages, 4);
  ASSERT_EQ(static_cast<int>(back.grey.size()), pages);
  for (const Image& page : back.grey) EXPECT_GT(ink_share(page), 0.005);

  const std::string& text = back.text;
  EXPECT_NE(text.find("Polsek Nomor 59"), std::string::npos);
  EXPECT_GE(occurrences(text, "Readiness by sub-unit"), 1u);
  EXPECT_GE(occurrences(text, "Personnel ready"), 3u);  // summary box + repeated headers
  // 4 + 170 vehicles need attention; 150 are listed, the rest counted.
  EXPECT_NE(text.find("dan 24 kendaraan lain"), std::string::npos) << text;
  EXPECT_NE(text.find(fmt::format("Halaman {} dari {}", pages, pages)), std::string::npos);
  EXPECT_NE(text.find("KABAG REN POLRES JEMBER"), std::string::npos);
}

// ---- XLSX -----------------------------------------------------------------

TEST(ReportReadinessXlsx, FourSheetsWithEveryVehicleAndReport) {
  const ReadinessReport report = sample_report();
  const auto xlsx = render_readiness_xlsx(report);
  ASSERT_TRUE(xlsx.ok()) << xlsx.error().message_en;
  ASSERT_EQ(xlsx->rfind("PK\x03\x04", 0), 0u);  // a zip archive

  testing::TempDir dir;
  const fs::path file = write_file(dir.path() / "rekap.xlsx", *xlsx);
  const std::string workbook = xlsx_part(file, "xl/workbook.xml");
  std::size_t last = 0;
  for (const char* name : {"Ringkasan", "Kekurangan", "Kendaraan", "Kerusakan"}) {
    const std::size_t at = workbook.find(fmt::format(R"(name="{}")", name));
    ASSERT_NE(at, std::string::npos) << name << " in " << workbook;
    EXPECT_GT(at, last) << name;
    last = at;
  }

  const Sheet vehicles = read_sheet(file, 3);
  EXPECT_EQ(vehicles.rows, 13);  // header + 12
  EXPECT_EQ(cell(vehicles, "A1"), "Nomor polisi");
  EXPECT_EQ(cell(vehicles, "B1"), "Jenis");
  EXPECT_EQ(cell(vehicles, "C1"), "Satuan");
  EXPECT_EQ(cell(vehicles, "D1"), "Kondisi");
  EXPECT_EQ(cell(vehicles, "E1"), "BBM (%)");
  EXPECT_EQ(cell(vehicles, "F1"), "Layak");
  EXPECT_EQ(cell(vehicles, "A2"), "P 1001 JB");
  EXPECT_EQ(cell(vehicles, "B2"), "Kendaraan R4 (mobil)");
  EXPECT_EQ(cell(vehicles, "C2"), "Polsek Kaliwates");
  EXPECT_EQ(cell(vehicles, "D2"), "Baik");
  EXPECT_EQ(std::stoi(cell(vehicles, "E2")), 60);
  EXPECT_EQ(cell(vehicles, "F2"), "Ya");
  EXPECT_EQ(cell(vehicles, "A6"), "P 1005 JB");
  EXPECT_EQ(cell(vehicles, "D6"), "Rusak berat");
  EXPECT_EQ(cell(vehicles, "F6"), "Tidak");
  EXPECT_EQ(cell(vehicles, "D9"), "Hilang");
  EXPECT_EQ(std::stoi(cell(vehicles, "E12")), 10);
  EXPECT_EQ(cell(vehicles, "F12"), "Tidak");
  EXPECT_EQ(cell(vehicles, "A13"), "P 1012 JB");
  EXPECT_EQ(cell(vehicles, "E13"), "<none>");  // fuel never recorded: blank, not 0
  EXPECT_EQ(cell(vehicles, "F13"), "Tidak");
  EXPECT_NE(vehicles.xml.find(R"(<autoFilter ref="A1:F13")"), std::string::npos);
  EXPECT_NE(vehicles.xml.find(R"(ySplit="1")"), std::string::npos);  // frozen header

  const Sheet summary = read_sheet(file, 1);
  EXPECT_EQ(cell(summary, "A1"), "REKAPITULASI KESIAPAN PERSONEL DAN SARANA PRASARANA");
  EXPECT_EQ(cell(summary, "B4"), "Polres Jember");
  EXPECT_EQ(cell(summary, "A9"), "Polsek Kaliwates");
  EXPECT_EQ(cell(summary, "A12"), "Jumlah / Total");
  EXPECT_NEAR(std::stod(cell(summary, "B12")), 105.0 / 132.0, 1e-9);
  EXPECT_EQ(std::stoi(cell(summary, "C12")), 120);
  EXPECT_EQ(std::stoi(cell(summary, "D12")), 96);
  EXPECT_EQ(cell(summary, "A16"), "Rompi anti sayat");
  EXPECT_EQ(std::stoi(cell(summary, "D18")), 9);  // HT not held

  const Sheet missing = read_sheet(file, 2);
  EXPECT_EQ(missing.rows, 6);
  EXPECT_EQ(cell(missing, "A2"), "Tidak memegang: HT / radio");
  EXPECT_EQ(cell(missing, "B2"), "Not held: Handheld radio");
  EXPECT_EQ(cell(missing, "D2"), "ht");
  EXPECT_EQ(std::stoi(cell(missing, "E2")), 9);

  const Sheet defects = read_sheet(file, 4);
  EXPECT_EQ(defects.rows, 3);
  EXPECT_EQ(cell(defects, "A2"), "Polsek Patrang");
  EXPECT_EQ(cell(defects, "C2"), "Kerusakan");
  EXPECT_EQ(cell(defects, "E2"), "Ditindaklanjuti");
  EXPECT_EQ(std::stoi(cell(defects, "G2")), 126);
  EXPECT_EQ(cell(defects, "H2"), "Ya");
  EXPECT_EQ(cell(defects, "C3"), "BBM habis");
  EXPECT_EQ(cell(defects, "H3"), "Tidak");
}

TEST(ReportReadinessXlsx, EmptyReportHasHeadersOnly) {
  const auto xlsx = render_readiness_xlsx(ReadinessReport{});
  ASSERT_TRUE(xlsx.ok()) << xlsx.error().message_en;
  testing::TempDir dir;
  const fs::path file = write_file(dir.path() / "kosong.xlsx", *xlsx);
  const Sheet vehicles = read_sheet(file, 3);
  EXPECT_EQ(vehicles.rows, 1);
  EXPECT_EQ(cell(vehicles, "A1"), "Nomor polisi");
  EXPECT_EQ(read_sheet(file, 4).rows, 1);
}

}  // namespace
}  // namespace siaga::report

// ---- the service ----------------------------------------------------------

namespace siaga::service {
namespace {

struct RecapRoster {
  explicit RecapRoster(testing::Fixture& f) : f(f) {}

  std::int64_t unit_id(const std::string& code) {
    auto tx = f.db->begin(store::TxMode::read);
    auto unit = (*tx)->units().find_by_code(code);
    EXPECT_TRUE(unit.ok() && unit->has_value()) << code;
    return (*unit)->id;
  }

  std::int64_t person(const std::string& unit_code, PersonFunction function) {
    Person p;
    p.nrp = std::to_string(87020000 + ++serial);
    p.name = fmt::format("Personel {}", serial);
    p.rank = "Bripda";
    p.function = function;
    p.unit_id = unit_id(unit_code);
    auto tx = f.db->begin(store::TxMode::write);
    auto id = (*tx)->readiness().insert_person(p);
    EXPECT_TRUE(id.ok()) << id.error().message_en;
    EXPECT_TRUE((*tx)->commit().ok());
    return *id;
  }

  std::int64_t item(const std::string& unit_code, const std::string& kind,
                    std::optional<std::int64_t> holder, ItemCondition condition) {
    Item i;
    i.kind = kind;
    i.serial = "SN-" + std::to_string(++serial);
    i.unit_id = unit_id(unit_code);
    i.holder_id = holder;
    i.condition = condition;
    return insert(i);
  }

  std::int64_t vehicle(const std::string& unit_code, const std::string& plate,
                       ItemCondition condition, int fuel) {
    Item i;
    i.kind = "kendaraan_r2";
    i.serial = "RANGKA-" + std::to_string(++serial);
    i.plate = plate;
    i.unit_id = unit_id(unit_code);
    i.condition = condition;
    i.fuel_percent = fuel;
    return insert(i);
  }

  void defect(const std::string& unit_code, DefectKind kind, const std::string& description,
              SysSeconds reported_at, DefectStatus status = DefectStatus::dilaporkan) {
    Defect d;
    d.unit_id = unit_id(unit_code);
    d.kind = kind;
    d.item_label = "R2";
    d.description = description;
    d.status = status;
    d.reported_by = "test";
    d.reported_at = format_utc(reported_at);
    auto tx = f.db->begin(store::TxMode::write);
    auto id = (*tx)->readiness().insert_defect(d, "", "");
    EXPECT_TRUE(id.ok()) << id.error().message_en;
    EXPECT_TRUE((*tx)->commit().ok());
  }

  std::int64_t insert(const Item& i) {
    auto tx = f.db->begin(store::TxMode::write);
    auto id = (*tx)->readiness().insert_item(i);
    EXPECT_TRUE(id.ok()) << id.error().message_en;
    EXPECT_TRUE((*tx)->commit().ok());
    return *id;
  }

  testing::Fixture& f;
  int serial = 0;
};

TEST(ReadinessRecapService, GathersFiguresVehiclesAndOpenReportsOfTheSubtree) {
  testing::Fixture f;
  f.load_registry();
  RecapRoster roster(f);
  // A Bhabinkamtibmas in the Polsek with vest, flashlight and a broken radio;
  // another with nothing at all.
  const auto full = roster.person("POLSEK-35.09.19", PersonFunction::bhabinkamtibmas);
  roster.item("POLSEK-35.09.19", "rompi_anti_sayat", full, ItemCondition::baik);
  roster.item("POLSEK-35.09.19", "senter", full, ItemCondition::baik);
  roster.item("POLSEK-35.09.19", "ht", full, ItemCondition::rusak_berat);
  roster.person("POLSEK-35.09.19", PersonFunction::bhabinkamtibmas);
  roster.vehicle("POLSEK-35.09.19", "P 2001 KW", ItemCondition::baik, 80);
  roster.vehicle("POLRES-JEMBER", "P 1001 JB", ItemCondition::baik, 10);
  roster.vehicle("POLRES-JEMBER", "P 1002 JB", ItemCondition::rusak_berat, 90);
  roster.vehicle("POLRES-SINJAI", "DD 1 SJ", ItemCondition::baik, 90);  // another Polres
  const SysSeconds now = f.clock.now();
  roster.defect("POLSEK-35.09.19", DefectKind::bbm, "Tangki kosong", now - std::chrono::hours(20));
  roster.defect("POLRES-JEMBER", DefectKind::kerusakan, "Rem blong", now - std::chrono::hours(5));
  roster.defect("POLRES-JEMBER", DefectKind::kerusakan, "Sudah diperbaiki",
                now - std::chrono::hours(100), DefectStatus::selesai);
  roster.defect("POLRES-SINJAI", DefectKind::bbm, "Lain Polres", now - std::chrono::hours(1));

  ReadinessRecapService recap(*f.ctx);
  const Actor ren = f.actor_of("POLRES-JEMBER", Role::ren);
  auto r = recap.recap(ren, "POLRES-JEMBER");
  ASSERT_TRUE(r.ok()) << r.error().message_en;

  EXPECT_EQ(r->unit_name, "Polres Jember");
  EXPECT_EQ(r->date, "20 November 2024");
  EXPECT_EQ(r->generated_at, "20-11-2024 07:00 WIB");
  EXPECT_EQ(r->unit.people, 2);
  EXPECT_EQ(r->unit.people_ready, 0);
  EXPECT_EQ(r->unit.vehicles, 3);
  EXPECT_EQ(r->unit.vehicles_fit, 1);
  ASSERT_EQ(r->children.size(), 1u);
  EXPECT_EQ(r->children[0].name, "Polsek Kaliwates");
  EXPECT_EQ(r->children[0].people, 2);

  // Bhabinkamtibmas need vest, flashlight and radio.
  std::map<std::string, report::ReadinessKindRow> kinds;
  for (const auto& k : r->kinds) kinds[k.kind] = k;
  ASSERT_EQ(kinds.count("ht"), 1u);
  EXPECT_EQ(kinds["ht"].required, 2);
  EXPECT_EQ(kinds["ht"].broken, 1);
  EXPECT_EQ(kinds["ht"].missing, 1);
  EXPECT_EQ(kinds["ht"].held_usable, 0);
  EXPECT_EQ(kinds["senter"].required, 2);
  EXPECT_EQ(kinds["senter"].held_usable, 1);
  EXPECT_EQ(kinds["senter"].missing, 1);
  EXPECT_EQ(kinds.count("tameng"), 0u);  // nobody here needs a shield
  EXPECT_FALSE(r->missing.empty());

  ASSERT_EQ(r->vehicles.size(), 3u);  // not Sinjai's
  std::map<std::string, report::ReadinessVehicleRow> vehicles;
  for (const auto& v : r->vehicles) vehicles[v.plate] = v;
  EXPECT_TRUE(vehicles.at("P 2001 KW").fit);
  EXPECT_EQ(vehicles.at("P 2001 KW").unit_name, "Polsek Kaliwates");
  EXPECT_FALSE(vehicles.at("P 1001 JB").fit);  // 10 % fuel
  EXPECT_FALSE(vehicles.at("P 1002 JB").fit);  // broken
  EXPECT_EQ(vehicles.at("P 1002 JB").unit_name, "Polres Jember");

  ASSERT_EQ(r->defects.size(), 2u);  // open ones of Jember only, oldest first
  EXPECT_EQ(r->defects[0].description, "Tangki kosong");
  EXPECT_EQ(r->defects[0].age_hours, 20);
  EXPECT_TRUE(r->defects[0].overdue);  // fuel: 12 hours
  EXPECT_EQ(r->defects[0].unit_name, "Polsek Kaliwates");
  EXPECT_EQ(r->defects[1].description, "Rem blong");
  EXPECT_EQ(r->defects[1].age_hours, 5);
  EXPECT_FALSE(r->defects[1].overdue);  // damage: 72 hours

  // The Polsek's own recap has no children and only its own vehicle.
  auto polsek = recap.recap(ren, "POLSEK-35.09.19");
  ASSERT_TRUE(polsek.ok()) << polsek.error().message_en;
  EXPECT_TRUE(polsek->children.empty());
  ASSERT_EQ(polsek->vehicles.size(), 1u);
  EXPECT_EQ(polsek->defects.size(), 1u);

  // Mabes sees everything.
  auto mabes = recap.recap(f.actor_of("MABES", Role::admin), "MABES");
  ASSERT_TRUE(mabes.ok()) << mabes.error().message_en;
  EXPECT_EQ(mabes->vehicles.size(), 4u);
  EXPECT_EQ(mabes->defects.size(), 3u);

  // The rendered documents of real figures open.
  EXPECT_TRUE(report::render_readiness_pdf(*r).ok());
  EXPECT_TRUE(report::render_readiness_xlsx(*r).ok());
}

TEST(ReadinessRecapService, OtherTerritoryIsNotFoundAndPartnersAreRefused) {
  testing::Fixture f;
  f.load_registry();
  ReadinessRecapService recap(*f.ctx);
  auto other = recap.recap(f.actor_of("POLRES-SINJAI", Role::ren), "POLRES-JEMBER");
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, ErrorCode::not_found);
  auto unknown = recap.recap(f.actor_of("POLRES-JEMBER", Role::ren), "POLRES-NOWHERE");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
  auto partner = recap.recap(f.actor_of("POLRES-JEMBER", Role::partner), "POLRES-JEMBER");
  ASSERT_FALSE(partner.ok());
  EXPECT_EQ(partner.error().code, ErrorCode::forbidden);
}

}  // namespace
}  // namespace siaga::service

// ---- the routes -------------------------------------------------------------

namespace siaga::http {

// Declared in http/readiness_recap_routes.cpp until api.hpp names it.
void register_readiness_recap_routes(Router& router, Api& api);

namespace {

TEST(ReadinessRecapRoutes, AnswerPdfAndXlsxAsAttachments) {
  testing::Fixture f;
  f.load_registry();
  f.actor_of("POLRES-JEMBER", Role::ren);  // creates the account
  Api api(*f.ctx);
  Router router;
  register_readiness_recap_routes(router, api);
  auto login = api.auth.login("test.polres-jember.ren", "Test-Password-2024");
  ASSERT_TRUE(login.ok()) << login.error().message_en;

  auto get = [&](const std::string& path, bool signed_in) {
    Request request;
    request.method = "GET";
    request.path = path;
    if (signed_in) request.headers["authorization"] = "Bearer " + login->token;
    return router.dispatch(request);
  };
  auto header = [](const Response& r, const std::string& name) {
    for (const auto& [key, value] : r.headers) {
      if (key == name) return value;
    }
    return std::string();
  };

  const Response pdf = get("/api/v1/readiness/POLRES-JEMBER/recap.pdf", true);
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.content_type, "application/pdf");
  EXPECT_EQ(pdf.body.rfind("%PDF-", 0), 0u);
  EXPECT_EQ(header(pdf, "Content-Disposition"),
            "attachment; filename=\"rekap-kesiapan-POLRES-JEMBER.pdf\"");

  const Response xlsx = get("/api/v1/readiness/POLSEK-35.09.19/recap.xlsx", true);
  ASSERT_EQ(xlsx.status, 200) << xlsx.body;
  EXPECT_EQ(xlsx.content_type, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(xlsx.body.rfind("PK\x03\x04", 0), 0u);
  EXPECT_EQ(header(xlsx, "Content-Disposition"),
            "attachment; filename=\"rekap-kesiapan-POLSEK-35.09.19.xlsx\"");

  EXPECT_EQ(get("/api/v1/readiness/POLRES-SINJAI/recap.pdf", true).status, 404);
  EXPECT_EQ(get("/api/v1/readiness/POLRES-JEMBER/recap.pdf", false).status, 401);
}

}  // namespace
}  // namespace siaga::http
