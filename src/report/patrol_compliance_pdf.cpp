// The laporan kepatuhan patroli: proof of what the teams did against the plan.
// The plan's counts (done, late, missed, waiting), the same per team, then
// every stop with its window, the planned and the actual visit, how it was
// checked in and its status, missed stops in red and late ones in amber.

#include <fmt/format.h>

#include <optional>
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

const TextStyle kNote{.size_pt = 6.5, .colour = colours::kMuted};
const TextStyle kNihil{.size_pt = 9, .bold = true};
const TextStyle kTeamTitle{.size_pt = 8.5, .bold = true};

constexpr double kTableStart = 110;

std::string or_dash(std::string_view text) {
  return text.empty() ? std::string("–") : std::string(text);
}

std::string percent(int part, int whole) {
  return whole > 0 ? decimal(100.0 * part / whole) + "%" : "–";
}

std::string method_label(std::string_view method) {
  if (method == "geofence") return "Otomatis (geofence)";
  if (method == "tap") return "Ketuk / tap";
  return "–";
}

void draw_heading(PdfDocument& doc, const PatrolReport& r) {
  std::vector<std::string> office = kop_lines(r.parent_unit_name, r.unit_name);
  if (!r.issuing_section.empty()) office.push_back(r.issuing_section);
  std::string title = "LAPORAN KEPATUHAN PATROLI";
  if (!r.plan_name.empty()) title += "\n" + upper_ascii(r.plan_name);
  if (!r.date.empty()) title += "\nTANGGAL " + upper_ascii(r.date);
  draw_document_heading(doc, {.office = std::move(office),
                              .title = title,
                              .title_size_pt = 13,
                              .subtitle = "Patrol compliance report: stops visited, late and "
                                          "missed against the plan",
                              .facts = {{"Satuan / Unit", r.unit_name},
                                        {"Jenis / Kind", r.kind_label},
                                        {"Tanggal / Date", r.date},
                                        {"Giat / Shift", r.shift},
                                        {"Dibuat / Generated", r.generated_at}},
                              .space_after = 10});
}

// A count with its status dot, the dot only where something is counted.
TableCell count_cell(int count, std::string_view status, bool bold) {
  return {std::to_string(count),
          count > 0 ? std::optional(patrol_status_colour(status)) : std::nullopt, bold};
}

TableRow counts_row(std::string_view name, const ComplianceCounts& c, bool bold) {
  return {{std::string(name), std::nullopt, bold},
          {std::to_string(c.total), std::nullopt, bold},
          count_cell(c.selesai, "selesai", bold),
          count_cell(c.terlambat, "terlambat", bold),
          count_cell(c.terlewat, "terlewat", bold),
          count_cell(c.menunggu, "menunggu", bold),
          {percent(c.visited(), c.total), std::nullopt, bold}};
}

Table counts_table() {
  Table table;
  table.columns = {
      {"Tim", "Team", 2.4, Align::left},          {"Jumlah titik", "Stops", 1, Align::right},
      {"Selesai", "Done", 1, Align::right},       {"Terlambat", "Late", 1, Align::right},
      {"Terlewat", "Missed", 1, Align::right},    {"Menunggu", "Waiting", 1, Align::right},
      {"Dikunjungi", "Visited", 1, Align::right},
  };
  return table;
}

// I. The plan as a whole; II. each team, with the plan's row last.
void draw_counts(PdfDocument& doc, const PatrolReport& r) {
  section_title(doc, "I. KEPATUHAN RENCANA", "Compliance of the plan");
  Table plan = counts_table();
  plan.columns[0] = {"Rencana", "Plan", 2.4, Align::left};
  plan.stripes = false;
  plan.rows.push_back(counts_row(or_dash(r.plan_name), r.counts, true));
  draw_table(doc, plan);
  doc.advance(12);

  section_title(doc, "II. KEPATUHAN PER TIM", "Compliance per team");
  if (r.teams.empty()) {
    doc.text("Nihil. / None.", kNihil, 12);
    return;
  }
  Table teams = counts_table();
  for (const PatrolReportTeam& t : r.teams)
    teams.rows.push_back(counts_row(t.call_sign, t.counts, false));
  teams.rows.push_back(counts_row("Jumlah / Total", r.counts, true));
  draw_table(doc, teams);
  doc.advance(12);
}

TableRow stop_row(const PatrolReportStop& s) {
  const bool bad = s.status == "terlewat" || s.status == "terlambat";
  return {{s.order > 0 ? std::to_string(s.order) : std::string("–")},
          {or_dash(s.name)},
          {or_dash(s.window)},
          {or_dash(s.planned)},
          {or_dash(s.visited)},
          {method_label(s.method)},
          {s.status_label.empty() ? patrol_status_label(s.status) : s.status_label,
           patrol_status_colour(s.status), bad}};
}

// III. Every stop of every team in route order, then those no team served.
void draw_stops(PdfDocument& doc, const PatrolReport& r) {
  doc.ensure_space(kTableStart);
  section_title(doc, "III. RINCIAN TITIK", "Stops in detail");
  const auto columns = std::vector<TableColumn>{
      {"No", "", 0.4, Align::right},
      {"Sasaran / titik", "Stop", 2.6, Align::left},
      {"Jendela waktu", "Window", 1.3, Align::left},
      {"Rencana", "Planned", 0.9, Align::left},
      {"Kunjungan", "Visited", 0.9, Align::left},
      {"Cara", "Method", 1.2, Align::left},
      {"Status", "Status", 1.0, Align::left},
  };
  bool any = false;
  for (const PatrolReportTeam& t : r.teams) {
    if (t.stops.empty()) continue;
    any = true;
    doc.ensure_space(kTableStart);
    doc.text("Tim " + t.call_sign, kTeamTitle, 3);
    Table table{.columns = columns, .font_size = 7};
    for (const PatrolReportStop& s : t.stops) table.rows.push_back(stop_row(s));
    draw_table(doc, table);
    doc.advance(10);
  }
  if (!r.unserved.empty()) {
    any = true;
    doc.ensure_space(kTableStart);
    doc.text("Tidak terlayani / Not served", kTeamTitle, 3);
    Table table{.columns = columns, .font_size = 7};
    for (const PatrolReportStop& s : r.unserved) table.rows.push_back(stop_row(s));
    draw_table(doc, table);
    doc.advance(10);
  }
  if (!any) doc.text("Nihil. / None.", kNihil, 12);
  doc.text(
      fmt::format("Selesai: dikunjungi dalam jendela waktu; Terlambat: dikunjungi setelah jendela "
                  "ditutup; Terlewat: jendela ditutup tanpa kunjungan; Menunggu: belum waktunya. "
                  "Otomatis: posisi GPS tim dalam radius 100 m. Waktu dalam {}. / Done: visited in "
                  "its window; Late: visited after it closed; Missed: closed without a visit; "
                  "Waiting: not yet due. Automatic: the team's GPS within 100 m. Times in {}.",
                  or_dash(r.zone), or_dash(r.zone)),
      kNote, 10);
}

Status draw_report(PdfDocument& doc, const PatrolReport& r) {
  draw_heading(doc, r);
  draw_counts(doc, r);
  draw_stops(doc, r);
  draw_patrol_signature(doc, r);
  return ok_status();
}

}  // namespace

Result<std::string> patrol_compliance_pdf(const PatrolReport& r) {
  const std::string title = patrol_pdf_title("Laporan Kepatuhan Patroli", r);
  return render_pdf(title, patrol_pdf_footer(title, r),
                    [&r](PdfDocument& doc) { return draw_report(doc, r); });
}

}  // namespace siaga::report
