// The laporan kepatuhan as a workbook: the counts of the plan and of each
// team as numbers (so days can be summed), and every stop as a row with its
// window, the planned and actual visit, the method and the status in colour.

#include <xlsxwriter.h>

#include <array>
#include <memory>
#include <string>

#include "report/patrol_report.hpp"
#include "report/xlsx_book.hpp"
#include "report/xlsx_formats.hpp"
#include "report/xlsx_layout.hpp"

namespace siaga::report {
namespace {

struct Formats : XlsxFormats {
  lxw_format* selesai = nullptr;
  lxw_format* terlambat = nullptr;
  lxw_format* terlewat = nullptr;

  lxw_format* status(std::string_view key) const {
    if (key == "selesai") return selesai;
    if (key == "terlambat") return terlambat;
    if (key == "terlewat") return terlewat;
    return text;
  }
};

lxw_format* status_format(XlsxBook& book, std::string_view key) {
  lxw_format* format = book.add_format();
  format_set_bold(format);
  format_set_font_color(format, xlsx_colour(patrol_status_colour(key)));
  format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
  return format;
}

Formats make_formats(XlsxBook& book) {
  Formats f{make_xlsx_formats(book)};
  f.selesai = status_format(book, "selesai");
  f.terlambat = status_format(book, "terlambat");
  f.terlewat = status_format(book, "terlewat");
  return f;
}

void write_counts(XlsxSheet& sheet, int row, std::string_view name, const ComplianceCounts& c,
                  const Formats& f, bool bold) {
  sheet.text(row, 0, name, bold ? f.label : f.text);
  sheet.number(row, 1, c.total, f.count_or_total(bold));
  sheet.number(row, 2, c.selesai, f.count_or_total(bold));
  sheet.number(row, 3, c.terlambat, f.count_or_total(bold));
  sheet.number(row, 4, c.terlewat, f.count_or_total(bold));
  sheet.number(row, 5, c.menunggu, f.count_or_total(bold));
  if (c.total > 0) sheet.number(row, 6, static_cast<double>(c.visited()) / c.total, f.share);
}

void write_summary(XlsxSheet& sheet, const PatrolReport& r, const Formats& f) {
  sheet.column_width(0, 0, 32);
  sheet.column_width(1, 6, 14);
  int row = write_sheet_heading(sheet, f, "LAPORAN KEPATUHAN PATROLI",
                                "Patrol compliance report: stops visited, late and missed",
                                {{"Satuan / Unit", r.unit_name},
                                 {"Rencana / Plan", r.plan_name},
                                 {"Jenis / Kind", r.kind_label},
                                 {"Tanggal / Date", r.date},
                                 {"Giat / Shift", r.shift},
                                 {"Dibuat / Generated", r.generated_at}});
  static constexpr std::array<std::string_view, 7> kHeader{
      "Tim / Team",        "Jumlah titik / Stops", "Selesai / Done",      "Terlambat / Late",
      "Terlewat / Missed", "Menunggu / Waiting",   "Dikunjungi / Visited"};
  write_header_cells(sheet, row, 0, kHeader, f);
  for (const PatrolReportTeam& t : r.teams)
    write_counts(sheet, ++row, t.call_sign, t.counts, f, false);
  write_counts(sheet, ++row, "Rencana / Plan", r.counts, f, true);
}

void write_stops(XlsxSheet& sheet, const PatrolReport& r, const Formats& f) {
  static constexpr std::array<XlsxColumn, 8> kColumns{{
      {"Tim / Team", 24},
      {"Urutan / Order", 10},
      {"Sasaran / Stop", 36},
      {"Jendela waktu / Window", 20},
      {"Rencana / Planned", 14},
      {"Kunjungan / Visited", 14},
      {"Cara / Method", 12},
      {"Status", 14},
  }};
  write_column_headers(sheet, 0, kColumns, f);
  int row = 0;
  auto put = [&](std::string_view team, const PatrolReportStop& s) {
    ++row;
    sheet.text(row, 0, team, f.text);
    if (s.order > 0) sheet.number(row, 1, s.order, f.count);
    sheet.text(row, 2, s.name, f.text);
    sheet.text(row, 3, s.window, f.text);
    sheet.text(row, 4, s.planned, f.text);
    sheet.text(row, 5, s.visited, f.text);
    sheet.text(row, 6, s.method, f.text);
    sheet.text(row, 7, s.status_label.empty() ? patrol_status_label(s.status) : s.status_label,
               f.status(s.status));
  };
  for (const PatrolReportTeam& t : r.teams) {
    for (const PatrolReportStop& s : t.stops) put(t.call_sign, s);
  }
  for (const PatrolReportStop& s : r.unserved) put("Tidak terlayani / Not served", s);
  sheet.header_with_filter(row, static_cast<int>(kColumns.size()) - 1);
}

}  // namespace

Result<std::string> patrol_compliance_xlsx(const PatrolReport& r) {
  std::string title = "Laporan Kepatuhan Patroli";
  if (!r.plan_name.empty()) title += " — " + r.plan_name;
  if (!r.date.empty()) title += " — " + r.date;
  SIAGA_ASSIGN_OR_RETURN(std::unique_ptr<XlsxBook> book, XlsxBook::create(title));
  const Formats formats = make_formats(*book);
  XlsxSheet summary = book->add_sheet("Ringkasan");
  XlsxSheet stops = book->add_sheet("Titik");
  write_summary(summary, r, formats);
  write_stops(stops, r, formats);
  return book->finish();
}

}  // namespace siaga::report
