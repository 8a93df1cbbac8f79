// The readiness recap as a workbook for the planning staff who sort and
// filter: the figures on one sheet, then one sheet per list (what is missing,
// every vehicle, every open report), counts and percentages as real numbers.

#include <xlsxwriter.h>

#include <array>
#include <memory>
#include <string>
#include <utility>

#include "report/colour.hpp"
#include "report/readiness_report.hpp"
#include "report/xlsx_book.hpp"

namespace siaga::report {
namespace {

struct Formats {
  lxw_format* title = nullptr;
  lxw_format* subtitle = nullptr;
  lxw_format* label = nullptr;
  lxw_format* header = nullptr;
  lxw_format* text = nullptr;
  lxw_format* count = nullptr;
  lxw_format* total = nullptr;
  lxw_format* share = nullptr;
  lxw_format* share_bold = nullptr;
  lxw_format* alarm = nullptr;  // unfit, overdue
};

lxw_color_t rgb(Colour c) {
  auto byte = [](double v) { return static_cast<lxw_color_t>(v * 255 + 0.5); };
  return (byte(c.r) << 16) | (byte(c.g) << 8) | byte(c.b);
}

Formats make_formats(XlsxBook& book) {
  Formats f;
  f.title = book.add_format();
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.subtitle = book.add_format();
  format_set_italic(f.subtitle);
  format_set_font_color(f.subtitle, rgb(colours::kMuted));
  f.label = book.add_format();
  format_set_bold(f.label);
  f.header = book.add_format();
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bg_color(f.header, rgb(colours::kHeaderFill));
  format_set_border(f.header, LXW_BORDER_THIN);
  f.text = book.add_format();
  format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
  f.count = book.add_format();
  format_set_num_format(f.count, "0");
  f.total = book.add_format();
  format_set_num_format(f.total, "0");
  format_set_bold(f.total);
  f.share = book.add_format();
  format_set_num_format(f.share, "0.0%");
  f.share_bold = book.add_format();
  format_set_num_format(f.share_bold, "0.0%");
  format_set_bold(f.share_bold);
  f.alarm = book.add_format();
  format_set_bold(f.alarm);
  format_set_font_color(f.alarm, rgb(Colour::hex(0xc62828)));
  format_set_align(f.alarm, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

// Header cells of a list sheet, with their widths.
template <std::size_t N>
void write_header(XlsxSheet& sheet, int row,
                  const std::array<std::pair<std::string_view, double>, N>& columns,
                  const Formats& f) {
  for (std::size_t i = 0; i < N; ++i) {
    const int column = static_cast<int>(i);
    sheet.column_width(column, column, columns[i].second);
    sheet.text(row, column, columns[i].first, f.header);
  }
}

// Name, readiness, people, ready, vehicles, fit from column 0.
void write_unit(XlsxSheet& sheet, int row, const ReadinessUnitRow& u, const Formats& f, bool bold) {
  sheet.text(row, 0, u.name, bold ? f.label : f.text);
  if (u.people + u.vehicles > 0) sheet.number(row, 1, u.readiness, bold ? f.share_bold : f.share);
  sheet.number(row, 2, double(u.people), bold ? f.total : f.count);
  sheet.number(row, 3, double(u.people_ready), bold ? f.total : f.count);
  sheet.number(row, 4, double(u.vehicles), bold ? f.total : f.count);
  sheet.number(row, 5, double(u.vehicles_fit), bold ? f.total : f.count);
}

void write_summary(XlsxSheet& sheet, const ReadinessReport& report, const Formats& f) {
  sheet.column_width(0, 0, 36);
  sheet.column_width(1, 6, 16);
  sheet.text(0, 0, "REKAPITULASI KESIAPAN PERSONEL DAN SARANA PRASARANA", f.title);
  sheet.text(1, 0, "Readiness recap: personnel, equipment and vehicles", f.subtitle);
  sheet.text(3, 0, "Satuan / Unit", f.label);
  sheet.text(3, 1, report.unit_name);
  sheet.text(4, 0, "Keadaan per / Figures for", f.label);
  sheet.text(4, 1, report.date);
  sheet.text(5, 0, "Dibuat / Generated", f.label);
  sheet.text(5, 1, report.generated_at);

  int row = 7;
  static constexpr std::array<std::string_view, 6> kUnitColumns{
      "Satuan / Unit",         "Kesiapan / Readiness", "Personel / Personnel",
      "Personel siap / Ready", "Kendaraan / Vehicles", "Kendaraan layak / Fit"};
  for (std::size_t i = 0; i < kUnitColumns.size(); ++i) {
    sheet.text(row, static_cast<int>(i), kUnitColumns[i], f.header);
  }
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
  for (std::size_t i = 0; i < kKindColumns.size(); ++i) {
    sheet.text(row, static_cast<int>(i), kKindColumns[i], f.header);
  }
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
  static constexpr std::array<std::pair<std::string_view, double>, 5> kColumns{{
      {"Uraian", 40},
      {"Reason", 36},
      {"Kode", 18},
      {"Jenis perlengkapan", 20},
      {"Jumlah", 10},
  }};
  write_header(sheet, 0, kColumns, f);
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
  static constexpr std::array<std::pair<std::string_view, double>, 6> kColumns{{
      {"Nomor polisi", 16},
      {"Jenis", 26},
      {"Satuan", 28},
      {"Kondisi", 14},
      {"BBM (%)", 10},
      {"Layak", 8},
  }};
  write_header(sheet, 0, kColumns, f);
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
  static constexpr std::array<std::pair<std::string_view, double>, 8> kColumns{{
      {"Satuan", 26},
      {"Barang", 22},
      {"Jenis", 12},
      {"Uraian", 44},
      {"Status", 16},
      {"Dilaporkan", 20},
      {"Umur (jam)", 11},
      {"Terlambat", 10},
  }};
  write_header(sheet, 0, kColumns, f);
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
