// The jadwal patroli as a workbook: one row per stop of every team in route
// order (so the staff can filter a team or sort by time), and one row per
// crew member with the team and vehicle they ride in.

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

void write_schedule(XlsxSheet& sheet, const PatrolReport& r, const XlsxFormats& f) {
  sheet.column_width(0, 0, 24);
  sheet.column_width(1, 1, 8);
  sheet.column_width(2, 2, 36);
  sheet.column_width(3, 6, 18);
  int row = write_sheet_heading(sheet, f, "JADWAL PATROLI",
                                "Patrol schedule: teams and stops in route order",
                                {{"Satuan / Unit", r.unit_name},
                                 {"Rencana / Plan", r.plan_name},
                                 {"Jenis / Kind", r.kind_label},
                                 {"Tanggal / Date", r.date},
                                 {"Giat / Shift", r.shift},
                                 {"Titik berangkat / Depot", r.depot},
                                 {"Dibuat / Generated", r.generated_at}});
  static constexpr std::array<std::string_view, 7> kHeader{"Tim / Team",
                                                           "Urutan / Order",
                                                           "Sasaran / Stop",
                                                           "Jendela waktu / Window",
                                                           "Rencana tiba / Planned",
                                                           "Lama / Service",
                                                           "Kendaraan / Vehicle"};
  const int header_row = row;
  write_header_cells(sheet, row, 0, kHeader, f);
  for (const PatrolReportTeam& t : r.teams) {
    for (const PatrolReportStop& s : t.stops) {
      ++row;
      sheet.text(row, 0, t.call_sign, f.text);
      if (s.order > 0) sheet.number(row, 1, s.order, f.count);
      sheet.text(row, 2, s.name, f.text);
      sheet.text(row, 3, s.window, f.text);
      sheet.text(row, 4, s.planned, f.text);
      sheet.text(row, 5, s.service, f.text);
      sheet.text(row, 6, t.vehicle, f.text);
    }
  }
  for (const PatrolReportStop& s : r.unserved) {
    ++row;
    sheet.text(row, 0, "Tidak terlayani / Not served", f.label);
    sheet.text(row, 2, s.name, f.text);
    sheet.text(row, 3, s.window, f.text);
    sheet.text(row, 4, s.note, f.text);
    sheet.text(row, 5, s.service, f.text);
  }
  if (row == header_row) sheet.text(++row, 0, "Nihil", f.text);
  row += 2;
  sheet.text(row, 0, "Semua waktu dalam " + r.zone + " / All times in " + r.zone, f.text);
}

void write_crew(XlsxSheet& sheet, const PatrolReport& r, const XlsxFormats& f) {
  static constexpr std::array<XlsxColumn, 8> kColumns{{
      {"Tim / Team", 24},
      {"Kendaraan / Vehicle", 26},
      {"Nama / Name", 28},
      {"Pangkat / Rank", 14},
      {"Unsur / Force", 14},
      {"Mitra / Partners", 22},
      {"Berangkat / Departs", 14},
      {"Kembali / Returns", 14},
  }};
  write_column_headers(sheet, 0, kColumns, f);
  int row = 0;
  for (const PatrolReportTeam& t : r.teams) {
    for (const PatrolReportCrew& c : t.crew) {
      ++row;
      sheet.text(row, 0, t.call_sign, f.text);
      sheet.text(row, 1, t.vehicle, f.text);
      sheet.text(row, 2, c.name, f.text);
      sheet.text(row, 3, c.rank, f.text);
      sheet.text(row, 4, c.force, f.text);
      sheet.text(row, 5, t.partners, f.text);
      sheet.text(row, 6, t.departure, f.text);
      sheet.text(row, 7, t.return_time, f.text);
    }
  }
  sheet.header_with_filter(row, static_cast<int>(kColumns.size()) - 1);
}

}  // namespace

Result<std::string> patrol_schedule_xlsx(const PatrolReport& r) {
  std::string title = "Jadwal Patroli";
  if (!r.plan_name.empty()) title += " — " + r.plan_name;
  if (!r.date.empty()) title += " — " + r.date;
  SIAGA_ASSIGN_OR_RETURN(std::unique_ptr<XlsxBook> book, XlsxBook::create(title));
  const XlsxFormats formats = make_xlsx_formats(*book);
  XlsxSheet schedule = book->add_sheet("Jadwal");
  XlsxSheet crew = book->add_sheet("Personel");
  write_schedule(schedule, r, formats);
  write_crew(crew, r, formats);
  return book->finish();
}

}  // namespace siaga::report
