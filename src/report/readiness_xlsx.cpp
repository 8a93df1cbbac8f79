// The readiness recap as a workbook for the planning staff who sort and
// filter: the figures on one sheet, then one sheet per list (what is missing,
// every vehicle, every open report), counts and percentages as real numbers.

#include <xlsxwriter.h>

#include <array>
#include <memory>
#include <string>

#include "report/colour.hpp"
#include "report/readiness_report.hpp"
#include "report/xlsx_book.hpp"
#include "report/xlsx_formats.hpp"
#include "report/xlsx_layout.hpp"

namespace siaga::report {
namespace {

// The shared formats and the two this recap adds.
struct Formats : XlsxFormats {
  lxw_format* share_bold = nullptr;
  lxw_format* alarm = nullptr;  // unfit, overdue
};

Formats make_formats(XlsxBook& book) {
  Formats f{make_xlsx_formats(book)};
  f.share_bold = book.add_format();
  format_set_num_format(f.share_bold, "0.0%");
  format_set_bold(f.share_bold);
  f.alarm = book.add_format();
  format_set_bold(f.alarm);
  format_set_font_color(f.alarm, xlsx_colour(Colour::hex(0xc62828)));
  format_set_align(f.alarm, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

// Name, readiness, people, ready, vehicles, fit from column 0.
void write_unit(XlsxSheet& sheet, int row, const ReadinessUnitRow& u, const Formats& f, bool bold) {
  sheet.text(row, 0, u.name, bold ? f.label : f.text);
  if (u.people + u.vehicles > 0) sheet.number(row, 1, u.readiness, bold ? f.share_bold : f.share);
  sheet.number(row, 2, double(u.people), f.count_or_total(bold));
  sheet.number(row, 3, double(u.people_ready), f.count_or_total(bold));
  sheet.number(row, 4, double(u.vehicles), f.count_or_total(bold));
  sheet.number(row, 5, double(u.vehicles_fit), f.count_or_total(bold));
}

void write_summary(XlsxSheet& sheet, const ReadinessReport& report, const Formats& f) {
  sheet.column_width(0, 0, 36);
  sheet.column_width(1, 6, 16);
  int row = write_sheet_heading(sheet, f, "REKAPITULASI KESIAPAN PERSONEL DAN SARANA PRASARANA",
                                "Readiness recap: personnel, equipment and vehicles",
                                {{"Satuan / Unit", report.unit_name},
                                 {"Keadaan per / Figures for", report.date},
                                 {"Dibuat / Generated", report.generated_at}});
  static constexpr std::array<std::string_view, 6> kUnitColumns{
      "Satuan / Unit",         "Kesiapan / Readiness", "Personel / Personnel",
      "Personel siap / Ready", "Kendaraan / Vehicles", "Kendaraan layak / Fit"};
  write_header_cells(sheet, row, 0, kUnitColumns, f);
  for (const ReadinessUnitRow& child : report.children) write_unit(sheet, ++row, child, f, false);
  ReadinessUnitRow total = report.unit;
  if (!report.children.empty()) total.name = "Jumlah / Total";
  write_unit(sheet, ++row, total, f, true);

  if (report.kinds.empty()) return;
  row += 2;
  sheet.text(row, 0, "Perlengkapan perorangan per jenis / Personal equipment by kind", f.label);
  ++row;
  static constexpr std::array<std::string_view, 5> kKindColumns{
      "Jenis / Kind", "Wajib / Required", "Dipegang, layak / Held, usable",
      "Tidak dipegang / Not held", "Rusak / Broken"};
  write_header_cells(sheet, row, 0, kKindColumns, f);
  for (const ReadinessKindRow& k : report.kinds) {
    ++row;
    sheet.text(row, 0, k.name_id, f.text);
    sheet.number(row, 1, double(k.required), f.count);
    sheet.number(row, 2, double(k.held_usable), f.count);
    sheet.number(row, 3, double(k.missing), f.count);
    sheet.number(row, 4, double(k.broken), f.count);
  }
}

void write_missing(XlsxSheet& sheet, const ReadinessReport& report, const Formats& f) {
  static constexpr std::array<XlsxColumn, 5> kColumns{{
      {"Uraian", 40},
      {"Reason", 36},
      {"Kode", 18},
      {"Jenis perlengkapan", 20},
      {"Jumlah", 10},
  }};
  write_column_headers(sheet, 0, kColumns, f);
  int row = 0;
  for (const ReadinessMissingRow& m : report.missing) {
    ++row;
    sheet.text(row, 0, m.label_id, f.text);
    sheet.text(row, 1, m.label_en, f.text);
    sheet.text(row, 2, m.reason, f.text);
    sheet.text(row, 3, m.kind, f.text);
    sheet.number(row, 4, double(m.count), f.count);
  }
  sheet.header_with_filter(row, static_cast<int>(kColumns.size()) - 1);
}

void write_vehicles(XlsxSheet& sheet, const ReadinessReport& report, const Formats& f) {
  static constexpr std::array<XlsxColumn, 6> kColumns{{
      {"Nomor polisi", 16},
      {"Jenis", 26},
      {"Satuan", 28},
      {"Kondisi", 14},
      {"BBM (%)", 10},
      {"Layak", 8},
  }};
  write_column_headers(sheet, 0, kColumns, f);
  int row = 0;
  for (const ReadinessVehicleRow& v : report.vehicles) {
    ++row;
    sheet.text(row, 0, v.plate, f.text);
    sheet.text(row, 1, recap_kind_label(v.kind), f.text);
    sheet.text(row, 2, v.unit_name, f.text);
    sheet.text(row, 3, label_id(v.condition), is_usable(v.condition) ? f.text : f.alarm);
    if (v.fuel_percent) sheet.number(row, 4, *v.fuel_percent, f.count);
    sheet.text(row, 5, v.fit ? "Ya" : "Tidak", v.fit ? f.text : f.alarm);
  }
  sheet.header_with_filter(row, static_cast<int>(kColumns.size()) - 1);
}

void write_defects(XlsxSheet& sheet, const ReadinessReport& report, const Formats& f) {
  static constexpr std::array<XlsxColumn, 8> kColumns{{
      {"Satuan", 26},
      {"Barang", 22},
      {"Jenis", 12},
      {"Uraian", 44},
      {"Status", 16},
      {"Dilaporkan", 20},
      {"Umur (jam)", 11},
      {"Terlambat", 10},
  }};
  write_column_headers(sheet, 0, kColumns, f);
  int row = 0;
  for (const ReadinessDefectRow& d : report.defects) {
    ++row;
    sheet.text(row, 0, d.unit_name, f.text);
    sheet.text(row, 1, d.item_label, f.text);
    sheet.text(row, 2, recap_defect_kind_label(d.kind), f.text);
    sheet.text(row, 3, d.description, f.text);
    sheet.text(row, 4, recap_defect_status_label(d.status), f.text);
    sheet.text(row, 5, d.reported_at, f.text);
    sheet.number(row, 6, double(d.age_hours), f.count);
    sheet.text(row, 7, d.overdue ? "Ya" : "Tidak", d.overdue ? f.alarm : f.text);
  }
  sheet.header_with_filter(row, static_cast<int>(kColumns.size()) - 1);
}

}  // namespace

Result<std::string> render_readiness_xlsx(const ReadinessReport& report) {
  const std::string title = report.unit_name.empty()
                                ? std::string("Rekapitulasi Kesiapan")
                                : "Rekapitulasi Kesiapan — " + report.unit_name;
  SIAGA_ASSIGN_OR_RETURN(std::unique_ptr<XlsxBook> book, XlsxBook::create(title));
  const Formats formats = make_formats(*book);
  XlsxSheet summary = book->add_sheet("Ringkasan");
  XlsxSheet missing = book->add_sheet("Kekurangan");
  XlsxSheet vehicles = book->add_sheet("Kendaraan");
  XlsxSheet defects = book->add_sheet("Kerusakan");
  write_summary(summary, report, formats);
  write_missing(missing, report, formats);
  write_vehicles(vehicles, report, formats);
  write_defects(defects, report, formats);
  return book->finish();
}

}  // namespace siaga::report
