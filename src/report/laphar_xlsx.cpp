// The Laphar as a workbook for the operations staff who sort, filter and sum
// over days: the figures on one sheet, every notable incident on another, and
// the response times per Polsek in minutes as real numbers.

#include <xlsxwriter.h>

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "report/laphar_report.hpp"
#include "report/xlsx_book.hpp"
#include "report/xlsx_formats.hpp"
#include "report/xlsx_layout.hpp"

namespace siaga::report {
namespace {

// The shared formats and those the Laphar adds: minutes, and each level in
// its colour.
struct Formats : XlsxFormats {
  lxw_format* minutes = nullptr;
  lxw_format* minutes_bold = nullptr;
  lxw_format* hijau = nullptr;
  lxw_format* kuning = nullptr;
  lxw_format* merah = nullptr;

  lxw_format* level(std::string_view key) const {
    if (key == "hijau") return hijau;
    if (key == "kuning") return kuning;
    if (key == "merah") return merah;
    return text;
  }
};

lxw_format* level_format(XlsxBook& book, std::string_view key) {
  lxw_format* format = book.add_format();
  format_set_bold(format);
  format_set_font_color(format, xlsx_colour(laphar_level_colour(key)));
  format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
  return format;
}

Formats make_formats(XlsxBook& book) {
  Formats f{make_xlsx_formats(book)};
  f.minutes = book.add_format();
  format_set_num_format(f.minutes, "0.0");
  f.minutes_bold = book.add_format();
  format_set_num_format(f.minutes_bold, "0.0");
  format_set_bold(f.minutes_bold);
  f.hijau = level_format(book, "hijau");
  f.kuning = level_format(book, "kuning");
  f.merah = level_format(book, "merah");
  return f;
}

// A titled breakdown from `row`: name, count, share of the day, code; "Nihil"
// when it has no lines. Returns the last row written.
int write_breakdown(XlsxSheet& sheet, int row, std::string_view title, std::string_view name_column,
                    const std::vector<LapharCount>& counts, int total, const Formats& f,
                    bool levels = false) {
  sheet.text(row, 0, title, f.label);
  ++row;
  const std::array<std::string_view, 4> columns{name_column, "Jumlah / Count", "Persen / Share",
                                                "Kode / Code"};
  write_header_cells(sheet, row, 0, columns, f);
  if (counts.empty() || total <= 0) {
    sheet.text(++row, 0, "Nihil", f.text);
    return row;
  }
  for (const LapharCount& c : counts) {
    ++row;
    sheet.text(row, 0, c.label.empty() ? c.key : c.label, levels ? f.level(c.key) : f.text);
    sheet.number(row, 1, c.count, f.count);
    sheet.number(row, 2, static_cast<double>(c.count) / total, f.share);
    sheet.text(row, 3, c.key, f.text);
  }
  return row;
}

void write_summary(XlsxSheet& sheet, const LapharReport& r, const Formats& f) {
  sheet.column_width(0, 0, 36);
  sheet.column_width(1, 3, 16);
  int row = write_sheet_heading(sheet, f, "LAPORAN HARIAN (LAPHAR) SITUASI KAMTIBMAS PILKADA",
                                "Daily situation report: security and public order during the "
                                "regional election",
                                {{"Satuan / Unit", r.unit_name},
                                 {"Satuan atas / Parent unit", r.parent_unit_name},
                                 {"Tanggal / Date", r.date},
                                 {"Dibuat / Generated", r.generated_at}});
  sheet.text(row, 0, "Jumlah kejadian / Number of incidents", f.label);
  sheet.number(row, 1, r.total, f.total);
  if (r.total <= 0) sheet.text(row, 2, "Nihil", f.label);
  row = write_breakdown(sheet, row + 2, "Menurut tingkat / By level", "Tingkat / Level", r.by_level,
                        r.total, f, true);
  row = write_breakdown(sheet, row + 2, "Menurut jenis / By type", "Jenis / Type", r.by_type,
                        r.total, f);
  row = write_breakdown(sheet, row + 2, "Menurut status / By status", "Status / Status",
                        r.by_status, r.total, f);
  write_breakdown(sheet, row + 2, "Menurut kecamatan / By district", "Kecamatan / District",
                  r.by_kecamatan, r.total, f);
}

void write_notable(XlsxSheet& sheet, const LapharReport& r, const Formats& f) {
  static constexpr std::array<XlsxColumn, 8> kColumns{{
      {"Kode lacak", 18},
      {"Waktu lapor", 20},
      {"Jenis", 28},
      {"Tingkat", 10},
      {"Status", 18},
      {"Lokasi", 34},
      {"Uraian", 60},
      {"Unit lapangan", 16},
  }};
  write_column_headers(sheet, 0, kColumns, f);
  int row = 0;
  for (const LapharIncident& n : r.notable) {
    ++row;
    const bool merah = laphar_is_merah(n);
    sheet.text(row, 0, n.tracking_code, merah ? f.merah : f.text);
    sheet.text(row, 1, n.reported_at, f.text);
    sheet.text(row, 2, n.type_label, f.text);
    sheet.text(row, 3, laphar_level_label(n.level), f.level(n.level));
    sheet.text(row, 4, n.status_label, f.text);
    sheet.text(row, 5, n.place, f.text);
    sheet.text(row, 6, n.description, f.text);
    sheet.text(row, 7, n.unit, f.text);
  }
  sheet.header_with_filter(row, static_cast<int>(kColumns.size()) - 1);
}

// Count, median and p90 in minutes from `column`; the times blank when
// nothing was counted, so that a sum or average over the column stays true.
void write_spread(XlsxSheet& sheet, int row, int column, const Spread& s, const Formats& f,
                  bool bold) {
  sheet.number(row, column, static_cast<double>(s.count), f.count_or_total(bold));
  if (s.count == 0) return;
  lxw_format* minutes = bold ? f.minutes_bold : f.minutes;
  sheet.number(row, column + 1, s.median_s / 60, minutes);
  sheet.number(row, column + 2, s.p90_s / 60, minutes);
}

void write_response(XlsxSheet& sheet, const LapharReport& r, const Formats& f) {
  static constexpr std::array<XlsxColumn, 7> kColumns{{
      {"Polsek / Sektor", 30},
      {"Lapor → kirim: jumlah", 14},
      {"Lapor → kirim: median (menit)", 16},
      {"Lapor → kirim: P90 (menit)", 16},
      {"Kirim → tiba: jumlah", 14},
      {"Kirim → tiba: median (menit)", 16},
      {"Kirim → tiba: P90 (menit)", 16},
  }};
  write_column_headers(sheet, 0, kColumns, f);
  int row = 0;
  for (std::size_t i = 0; i < r.response.size(); ++i) {
    const LapharResponse& line = r.response[i];
    const bool bold = i + 1 == r.response.size();  // the service's row over all sectors
    ++row;
    sheet.text(row, 0, line.sector, bold ? f.label : f.text);
    write_spread(sheet, row, 1, line.to_dispatch, f, bold);
    write_spread(sheet, row, 4, line.to_arrival, f, bold);
  }
  sheet.header_with_filter(row, static_cast<int>(kColumns.size()) - 1);
}

}  // namespace

Result<std::string> laphar_xlsx(const LapharReport& r) {
  std::string title = "Laporan Harian (Laphar)";
  if (!r.unit_name.empty()) title += " — " + r.unit_name;
  if (!r.date.empty()) title += " — " + r.date;
  SIAGA_ASSIGN_OR_RETURN(std::unique_ptr<XlsxBook> book, XlsxBook::create(title));
  const Formats formats = make_formats(*book);
  XlsxSheet summary = book->add_sheet("Ringkasan");
  XlsxSheet notable = book->add_sheet("Kejadian Menonjol");
  XlsxSheet response = book->add_sheet("Waktu Tanggap");
  write_summary(summary, r, formats);
  write_notable(notable, r, formats);
  write_response(response, r, formats);
  return book->finish();
}

}  // namespace siaga::report
