// The Laphar as the operations section files it each evening: the day's
// figures (by level, type, status and kecamatan), the incidents that stood
// out, how quickly each Polsek answered, and the Kabag Ops' signature block.
// A quiet day still gives the whole document, each section reading "Nihil".

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "report/laphar_report.hpp"
#include "report/number_text.hpp"
#include "report/pdf_document.hpp"
#include "report/pdf_sections.hpp"
#include "report/pdf_table.hpp"
#include "report/signature_block.hpp"
#include "report/utf8_text.hpp"

namespace siaga::report {
namespace {

const TextStyle kNote{.size_pt = 6.5, .colour = colours::kMuted};
const TextStyle kNihil{.size_pt = 9, .bold = true};

// Room for a section title, a tall table header and a row or two, so that the
// title does not end a page without its table.
constexpr double kTableStart = 110;

constexpr std::string_view kNihilText = "Nihil. / None.";

std::string percent(int part, int whole) {
  return whole > 0 ? decimal(100.0 * part / whole) + "%" : "–";
}

std::string or_dash(std::string_view text) {
  return text.empty() ? std::string("–") : std::string(text);
}

// At most `limit` characters' worth of bytes, cut before a UTF-8 sequence
// and marked with an ellipsis.
std::string shortened(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return std::string(text);
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

void nihil(PdfDocument& doc) {
  doc.text(kNihilText, kNihil, 12);
}

void draw_heading(PdfDocument& doc, const LapharReport& r) {
  std::vector<std::string> office = kop_lines(r.parent_unit_name, r.unit_name);
  if (!r.issuing_section.empty()) office.push_back(r.issuing_section);
  std::string title = "LAPORAN HARIAN (LAPHAR) SITUASI KAMTIBMAS PILKADA";
  if (!r.date.empty()) title += "\nTANGGAL " + upper_ascii(r.date);
  draw_document_heading(doc, {.office = std::move(office),
                              .title = title,
                              .title_size_pt = 13,
                              .subtitle = "Daily situation report: security and public order "
                                          "during the regional election",
                              .facts = {{"Satuan / Unit", r.unit_name},
                                        {"Tanggal / Date", r.date},
                                        {"Dibuat / Generated", r.generated_at}},
                              .space_after = 10});
}

// I. The total, and how the day's incidents spread over the levels.
void draw_total(PdfDocument& doc, const LapharReport& r) {
  section_title(doc, "I. JUMLAH KEJADIAN", "Number of incidents");
  if (r.total <= 0) {
    doc.text("Jumlah kejadian: 0", TextStyle{.size_pt = 9}, 2);
    doc.text(
        "NIHIL: tidak ada kejadian yang dilaporkan pada hari ini. / None: no incidents "
        "were reported on this day.",
        kNihil, 12);
    return;
  }
  Table table{.columns = {}, .stripes = false};
  TableRow counts;
  TableRow shares;
  for (const LapharCount& level : r.by_level) {
    table.columns.push_back({laphar_level_label(level.key), "", 1, Align::right});
    counts.push_back({std::to_string(level.count), laphar_level_colour(level.key), true});
    shares.push_back({percent(level.count, r.total)});
  }
  table.columns.push_back({"Jumlah", "Total", 1, Align::right});
  counts.push_back({std::to_string(r.total), std::nullopt, true});
  shares.push_back({"100%"});
  table.rows = {std::move(counts), std::move(shares)};
  if (!r.by_level.empty()) {
    doc.text("Menurut tingkat eskalasi / By escalation level", TextStyle{.size_pt = 8}, 3);
  }
  draw_table(doc, table);
  doc.advance(12);
}

// II.–IV.: one breakdown as No, name, count and share, with its total.
void draw_breakdown(PdfDocument& doc, std::string_view title, std::string_view title_en,
                    std::string_view column, std::string_view column_en,
                    const std::vector<LapharCount>& counts, int total) {
  section_title(doc, title, title_en);
  if (total <= 0 || counts.empty()) {
    nihil(doc);
    return;
  }
  Table table;
  table.columns = {
      {"No", "", 0.4, Align::right},
      {std::string(column), std::string(column_en), 4, Align::left},
      {"Jumlah", "Count", 1, Align::right},
      {"Persen", "Share", 1, Align::right},
  };
  int sum = 0;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const LapharCount& c = counts[i];
    sum += c.count;
    table.rows.push_back({{std::to_string(i + 1)},
                          {or_dash(c.label.empty() ? c.key : c.label)},
                          {std::to_string(c.count)},
                          {percent(c.count, total)}});
  }
  table.rows.push_back({{""},
                        {"Jumlah / Total", std::nullopt, true},
                        {std::to_string(sum), std::nullopt, true},
                        {percent(sum, total), std::nullopt, true}});
  draw_table(doc, table);
  doc.advance(12);
}

// V. The notable incidents, level merah marked red.
void draw_notable(PdfDocument& doc, const LapharReport& r) {
  doc.ensure_space(kTableStart);
  section_title(doc, "V. KEJADIAN MENONJOL", "Notable incidents");
  if (r.notable.empty()) {
    nihil(doc);
    return;
  }
  Table table;
  table.font_size = 7;
  table.columns = {
      {"No", "", 0.4, Align::right},
      {"Kode lacak", "Tracking code", 1.15, Align::left},
      {"Waktu lapor", "Reported", 1.0, Align::left},
      {"Jenis", "Type", 1.2, Align::left},
      {"Tingkat", "Level", 0.75, Align::left},
      {"Status", "Status", 0.9, Align::left},
      {"Lokasi", "Place", 1.2, Align::left},
      {"Uraian", "Description", 2.0, Align::left},
      {"Unit", "Field unit", 1.05, Align::left},
  };
  const std::size_t shown = std::min(r.notable.size(), kLapharPdfRowLimit);
  bool any_merah = false;
  for (std::size_t i = 0; i < shown; ++i) {
    const LapharIncident& n = r.notable[i];
    const bool merah = laphar_is_merah(n);
    any_merah = any_merah || merah;
    // A merah row: a red dot before its code, its code and level in bold.
    table.rows.push_back({
        {std::to_string(i + 1)},
        {or_dash(n.tracking_code),
         merah ? std::optional(laphar_level_colour(n.level)) : std::nullopt, merah},
        {or_dash(n.reported_at)},
        {or_dash(n.type_label)},
        {or_dash(laphar_level_label(n.level)), laphar_level_colour(n.level), merah},
        {or_dash(n.status_label)},
        {or_dash(n.place)},
        {or_dash(shortened(n.description, kLapharPdfDescriptionLimit))},
        {or_dash(n.unit)},
    });
  }
  draw_table(doc, table);
  doc.advance(4);
  if (shown < r.notable.size()) {
    const std::size_t more = r.notable.size() - shown;
    doc.text(fmt::format("… dan {} kejadian lain: lihat lembar Kejadian Menonjol pada XLSX. / … "
                         "and {} more: see the Kejadian Menonjol sheet of the XLSX.",
                         more, more),
             kNote);
  }
  if (any_merah) {
    doc.text("Bertanda merah: tingkat Merah. / Marked red: level Merah (red).", kNote);
  }
  doc.advance(8);
}

TableRow response_row(const LapharResponse& row, bool bold) {
  auto spread_cells = [bold](TableRow& cells, const Spread& s) {
    cells.push_back({std::to_string(s.count), std::nullopt, bold});
    cells.push_back({laphar_median_text(s), std::nullopt, bold});
    cells.push_back({laphar_p90_text(s), std::nullopt, bold});
  };
  TableRow cells{{or_dash(row.sector), std::nullopt, bold}};
  spread_cells(cells, row.to_dispatch);
  spread_cells(cells, row.to_arrival);
  return cells;
}

// VI. Median and p90 of report → dispatch and dispatch → arrival per Polsek.
void draw_response(PdfDocument& doc, const LapharReport& r) {
  doc.ensure_space(kTableStart);
  section_title(doc, "VI. WAKTU TANGGAP", "Response times");
  if (r.response.empty()) {
    nihil(doc);
    return;
  }
  Table table;
  table.font_size = 7;
  table.columns = {
      {"Polsek", "Sector", 1.5, Align::left},
      {"Dikirim", "Dispatched", 0.75, Align::right},
      {"Median lapor → kirim", "Report → dispatch", 1.25, Align::right},
      {"P90 lapor → kirim", "Report → dispatch", 1.25, Align::right},
      {"Tiba", "Arrived", 0.75, Align::right},
      {"Median kirim → tiba", "Dispatch → arrival", 1.25, Align::right},
      {"P90 kirim → tiba", "Dispatch → arrival", 1.25, Align::right},
  };
  for (std::size_t i = 0; i < r.response.size(); ++i) {
    table.rows.push_back(response_row(r.response[i], i + 1 == r.response.size()));
  }
  draw_table(doc, table);
  doc.advance(4);
  doc.text(
      "Lapor → kirim: dari laporan diterima sampai unit dikirim; kirim → tiba: dari unit dikirim "
      "sampai tiba di lokasi. Median: nilai tengah; P90: 90% kejadian dalam waktu ini atau lebih "
      "cepat (peringkat terdekat). \"-\": tidak ada data. / Report → dispatch: from the report "
      "to a unit sent; dispatch → arrival: from the unit sent to its arrival. Median: the middle "
      "value; P90: 90% of incidents within this time (nearest rank). \"-\": no data.",
      kNote, 10);
}

void draw_signer(PdfDocument& doc, const LapharReport& r) {
  std::string title = r.signer_office;
  if (!r.unit_name.empty()) title += " " + upper_ascii(r.unit_name);
  draw_signature_block(doc, title, r.signer_office_full);
}

Status draw_report(PdfDocument& doc, const LapharReport& r) {
  draw_heading(doc, r);
  draw_total(doc, r);
  draw_breakdown(doc, "II. MENURUT JENIS KEJADIAN", "By type of incident", "Jenis kejadian", "Type",
                 r.by_type, r.total);
  draw_breakdown(doc, "III. MENURUT STATUS PENANGANAN", "By handling status", "Status", "Status",
                 r.by_status, r.total);
  draw_breakdown(doc, "IV. MENURUT KECAMATAN", "By district (kecamatan)", "Kecamatan", "District",
                 r.by_kecamatan, r.total);
  draw_notable(doc, r);
  draw_response(doc, r);
  draw_signer(doc, r);
  return ok_status();
}

}  // namespace

Result<std::string> laphar_pdf(const LapharReport& r) {
  std::string title = "Laporan Harian (Laphar)";
  if (!r.unit_name.empty()) title += " — " + r.unit_name;
  std::string footer = "Siaga · " + title;
  if (!r.date.empty()) footer += " · " + r.date;
  if (!r.generated_at.empty()) footer += " · dibuat " + r.generated_at;
  return render_pdf(title, footer, [&r](PdfDocument& doc) { return draw_report(doc, r); });
}

}  // namespace siaga::report
