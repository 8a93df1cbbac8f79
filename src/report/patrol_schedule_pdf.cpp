// The jadwal patroli as the operations section hands it to the teams before
// the shift: per team its vehicle, crew and partners, then its stops in route
// order with the window, the planned arrival and the time to spend there, all
// in the unit's zone. Stops no team can serve are listed with the reason, so
// that the Kabag Ops sees the gap before the night starts.

#include <fmt/format.h>

#include <string>
#include <vector>

#include "report/number_text.hpp"
#include "report/patrol_pdf_frame.hpp"
#include "report/patrol_report.hpp"
#include "report/pdf_document.hpp"
#include "report/pdf_sections.hpp"
#include "report/pdf_table.hpp"
#include "report/utf8_text.hpp"

namespace siaga::report {
namespace {

const TextStyle kTeamTitle{.size_pt = 9.5, .bold = true};
const TextStyle kBody{.size_pt = 8};
const TextStyle kNote{.size_pt = 6.5, .colour = colours::kMuted};
const TextStyle kNihil{.size_pt = 9, .bold = true};

// Room for a team's title, its crew line and a table header with a row.
constexpr double kTeamStart = 120;

std::string or_dash(std::string_view text) {
  return text.empty() ? std::string("–") : std::string(text);
}

std::string crew_text(const PatrolReportTeam& t) {
  if (t.crew.empty()) return "–";
  std::string out;
  for (std::size_t i = 0; i < t.crew.size(); ++i) {
    const PatrolReportCrew& c = t.crew[i];
    if (i) out += "; ";
    out += fmt::format("{}. ", i + 1);
    if (!c.rank.empty()) out += c.rank + " ";
    out += c.name;
    if (!c.force.empty() && c.force != "POLRI") out += " (" + c.force + ")";
  }
  return out;
}

void draw_heading(PdfDocument& doc, const PatrolReport& r) {
  std::vector<std::string> office = kop_lines(r.parent_unit_name, r.unit_name);
  if (!r.issuing_section.empty()) office.push_back(r.issuing_section);
  std::string title = "JADWAL PATROLI";
  if (!r.plan_name.empty()) title += "\n" + upper_ascii(r.plan_name);
  if (!r.date.empty()) title += "\nTANGGAL " + upper_ascii(r.date);
  draw_document_heading(doc, {.office = std::move(office),
                              .title = title,
                              .title_size_pt = 13,
                              .subtitle = "Patrol schedule: teams, crews and stops in route order",
                              .facts = {{"Satuan / Unit", r.unit_name},
                                        {"Jenis / Kind", r.kind_label},
                                        {"Tanggal / Date", r.date},
                                        {"Giat / Shift", r.shift},
                                        {"Titik berangkat / Depot", r.depot},
                                        {"Status", r.status_label},
                                        {"Dibuat / Generated", r.generated_at}},
                              .space_after = 10});
}

void draw_team(PdfDocument& doc, const PatrolReportTeam& t, int number) {
  doc.ensure_space(kTeamStart);
  doc.text(fmt::format("{}. Tim {}", number, t.call_sign), kTeamTitle, 2);
  std::string vehicle = or_dash(t.vehicle);
  if (!t.profile.empty()) vehicle += " (" + t.profile + ")";
  doc.text("Kendaraan / Vehicle: " + vehicle, kBody, 1);
  doc.text("Personel / Crew: " + crew_text(t), kBody, 1);
  if (!t.partners.empty()) doc.text("Unsur mitra / Partners: " + t.partners, kBody, 1);
  if (t.departure.empty()) {
    doc.text("Berangkat / Departs: – (tim tidak mendapat rute / no route)", kBody, 4);
  } else {
    doc.text(
        fmt::format("Berangkat / Departs: {}   Kembali / Returns: {}   Jarak / Distance: {} km",
                    t.departure, or_dash(t.return_time), decimal(t.distance_km)),
        kBody, 4);
  }
  if (t.stops.empty()) {
    doc.text("Nihil. / No stops.", kNihil, 12);
    return;
  }
  Table table;
  table.font_size = 7.5;
  table.columns = {
      {"No", "", 0.4, Align::right},
      {"Sasaran / titik", "Stop", 3.0, Align::left},
      {"Jendela waktu", "Time window", 1.4, Align::left},
      {"Rencana tiba", "Planned arrival", 1.1, Align::left},
      {"Lama", "Service", 0.8, Align::right},
      {"Paraf", "Initials", 0.8, Align::left},
  };
  for (const PatrolReportStop& s : t.stops) {
    table.rows.push_back({{s.order > 0 ? std::to_string(s.order) : std::string("–")},
                          {or_dash(s.name)},
                          {or_dash(s.window)},
                          {or_dash(s.planned)},
                          {or_dash(s.service)},
                          {""}});
  }
  draw_table(doc, table);
  doc.advance(12);
}

void draw_unserved(PdfDocument& doc, const PatrolReport& r) {
  if (r.unserved.empty()) return;
  doc.ensure_space(kTeamStart);
  section_title(doc, "TITIK TIDAK TERLAYANI", "Stops no team can serve");
  Table table;
  table.font_size = 7.5;
  table.columns = {
      {"Sasaran / titik", "Stop", 3.0, Align::left},
      {"Jendela waktu", "Time window", 1.4, Align::left},
      {"Alasan", "Reason", 3.0, Align::left},
  };
  for (const PatrolReportStop& s : r.unserved) {
    table.rows.push_back({{or_dash(s.name)},
                          {or_dash(s.window)},
                          {or_dash(s.note), patrol_status_colour("terlewat"), false}});
  }
  draw_table(doc, table);
  doc.advance(12);
}

Status draw_report(PdfDocument& doc, const PatrolReport& r) {
  draw_heading(doc, r);
  section_title(doc, "RUTE PER TIM", "Route of each team");
  if (r.teams.empty()) doc.text("Nihil. / None.", kNihil, 12);
  for (std::size_t i = 0; i < r.teams.size(); ++i) {
    draw_team(doc, r.teams[i], static_cast<int>(i + 1));
  }
  draw_unserved(doc, r);
  doc.text(fmt::format("Semua waktu dalam {} (waktu setempat). Paraf diisi petugas di titik. / "
                       "All times in {} (local time). Initials are written by the officer at "
                       "the stop.",
                       or_dash(r.zone), or_dash(r.zone)),
           kNote, 10);
  draw_patrol_signature(doc, r);
  return ok_status();
}

}  // namespace

Result<std::string> patrol_schedule_pdf(const PatrolReport& r) {
  const std::string title = patrol_pdf_title("Jadwal Patroli", r);
  return render_pdf(title, patrol_pdf_footer(title, r),
                    [&r](PdfDocument& doc) { return draw_report(doc, r); });
}

}  // namespace siaga::report
