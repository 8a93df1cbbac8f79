// The readiness recap as the planning section files it for signature: the
// figures first, then what keeps the unit from being ready, then the Kabag
// Ren's signature block.

#include <cairo.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "report/number_text.hpp"
#include "report/pdf_document.hpp"
#include "report/pdf_sections.hpp"
#include "report/pdf_table.hpp"
#include "report/readiness_report.hpp"
#include "report/signature_block.hpp"
#include "report/utf8_text.hpp"

namespace siaga::report {
namespace {

constexpr Colour kAlarm = Colour::hex(0xc62828);  // unfit, overdue
constexpr Colour kWarn = Colour::hex(0xef6c00);   // short of fuel, open
constexpr Colour kGood = Colour::hex(0x2e7d32);

const TextStyle kNote{.size_pt = 6.5, .colour = colours::kMuted};

std::string share(double fraction) {
  return decimal(100.0 * fraction) + "%";
}

// "12 / 15 (80,0%)"; a dash when there is nothing to count.
std::string of_total(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return "–";
  return fmt::format("{} / {} ({})", part, whole, share(double(part) / double(whole)));
}

// Readiness as a colour: red under 60 %, amber under 85 %, green above.
Colour readiness_colour(double fraction) {
  return fraction < 0.6 ? kAlarm : fraction < 0.85 ? kWarn : kGood;
}

void draw_heading(PdfDocument& doc, const ReadinessReport& report) {
  draw_document_heading(doc,
                        {.office = {report.unit_name.empty() ? "-" : upper_ascii(report.unit_name),
                                    "BAGIAN PERENCANAAN"},
                         .title = "REKAPITULASI KESIAPAN PERSONEL DAN SARANA PRASARANA",
                         .title_size_pt = 13,
                         .subtitle = "Readiness recap: personnel, equipment and vehicles",
                         .facts = {{"Satuan / Unit", report.unit_name},
                                   {"Keadaan per / Figures for", report.date},
                                   {"Dibuat / Generated", report.generated_at}},
                         .space_after = 10});
}

// Three boxes side by side: readiness, people ready, vehicles fit.
void draw_summary(PdfDocument& doc, const ReadinessReport& report) {
  section_title(doc, "RINGKASAN", "Summary");
  const ReadinessUnitRow& u = report.unit;
  struct Box {
    std::string value;
    std::string detail;
    std::string_view id;
    std::string_view en;
    Colour colour;
  };
  const bool anything = u.people + u.vehicles > 0;
  const std::array<Box, 3> boxes{{
      {anything ? share(u.readiness) : "–", "", "Tingkat kesiapan", "Readiness",
       anything ? readiness_colour(u.readiness) : colours::kMuted},
      {u.people > 0 ? share(double(u.people_ready) / double(u.people)) : "–",
       fmt::format("{} dari {} siap", u.people_ready, u.people), "Personel siap", "Personnel ready",
       colours::kText},
      {u.vehicles > 0 ? share(double(u.vehicles_fit) / double(u.vehicles)) : "–",
       fmt::format("{} dari {} layak", u.vehicles_fit, u.vehicles), "Kendaraan layak",
       "Vehicles fit", colours::kText},
  }};
  constexpr double kHeight = 74;
  constexpr double kGap = 10;
  doc.ensure_space(kHeight);
  cairo_t* cr = doc.cr();
  const double w = (doc.width() - 2 * kGap) / 3;
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    const Box& b = boxes[i];
    const double x = doc.left() + double(i) * (w + kGap);
    const double y = doc.y();
    cairo_save(cr);
    cairo_new_path(cr);
    cairo_rectangle(cr, x, y, w, kHeight);
    cairo_set_source_rgb(cr, colours::kStripeFill.r, colours::kStripeFill.g,
                         colours::kStripeFill.b);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, colours::kRule.r, colours::kRule.g, colours::kRule.b);
    cairo_set_line_width(cr, 0.5);
    cairo_stroke(cr);
    cairo_restore(cr);
    double ty = y + 6;
    ty += draw_text(cr, b.id, x, ty, w,
                    TextStyle{.size_pt = 8.5, .bold = true, .align = Align::centre});
    ty += draw_text(
        cr, b.en, x, ty, w,
        TextStyle{
            .size_pt = 6.5, .italic = true, .colour = colours::kMuted, .align = Align::centre});
    ty += draw_text(
        cr, b.value, x, ty + 2, w,
        TextStyle{.size_pt = 20, .bold = true, .colour = b.colour, .align = Align::centre});
    if (!b.detail.empty()) {
      draw_text(cr, b.detail, x, ty + 2, w, TextStyle{.size_pt = 7.5, .align = Align::centre});
    }
  }
  doc.advance(kHeight + 6);
  doc.text(
      "Kesiapan = (personel siap + kendaraan layak) / (personel + kendaraan). Personel siap: hadir "
      "dan memegang perlengkapan wajib yang layak. / Readiness = (ready people + fit vehicles) / "
      "(people + vehicles). Ready: present and holding every required item in usable condition.",
      kNote, 12);
}

TableRow unit_cells(const ReadinessUnitRow& u, bool bold) {
  const bool anything = u.people + u.vehicles > 0;
  return {
      {u.name, std::nullopt, bold},
      {anything ? share(u.readiness) : "–",
       anything ? std::optional(readiness_colour(u.readiness)) : std::nullopt, true},
      {std::to_string(u.people), std::nullopt, bold},
      {of_total(u.people_ready, u.people), std::nullopt, bold},
      {std::to_string(u.vehicles), std::nullopt, bold},
      {of_total(u.vehicles_fit, u.vehicles), std::nullopt, bold},
  };
}

void draw_children(PdfDocument& doc, const ReadinessReport& report) {
  if (report.children.empty()) return;
  section_title(doc, "KESIAPAN PER SATUAN JAJARAN", "Readiness by sub-unit");
  Table table;
  table.columns = {
      {"Satuan", "Unit", 2.4, Align::left},
      {"Kesiapan", "Readiness", 1.1, Align::right},
      {"Personel", "Personnel", 0.9, Align::right},
      {"Personel siap", "Personnel ready", 1.6, Align::right},
      {"Kendaraan", "Vehicles", 0.9, Align::right},
      {"Kendaraan layak", "Vehicles fit", 1.6, Align::right},
  };
  for (const ReadinessUnitRow& child : report.children) {
    table.rows.push_back(unit_cells(child, false));
  }
  TableRow total = unit_cells(report.unit, true);
  total[0].text = "Jumlah / Total";
  table.rows.push_back(std::move(total));
  draw_table(doc, table);
  doc.advance(4);
  doc.text(
      "Jumlah termasuk personel dan kendaraan satuan induk sendiri. / The total includes the "
      "parent unit's own people and vehicles.",
      kNote, 10);
}

void draw_kinds(PdfDocument& doc, const ReadinessReport& report) {
  if (report.kinds.empty()) return;
  section_title(doc, "PERLENGKAPAN PERORANGAN PER JENIS", "Personal equipment by kind");
  Table table;
  table.columns = {
      {"Jenis perlengkapan", "Equipment kind", 2.6, Align::left},
      {"Wajib", "Required", 1, Align::right},
      {"Dipegang, layak", "Held, usable", 1.2, Align::right},
      {"Tidak dipegang", "Not held", 1.2, Align::right},
      {"Rusak", "Broken", 1, Align::right},
      {"Terpenuhi", "Covered", 1, Align::right},
  };
  for (const ReadinessKindRow& k : report.kinds) {
    const bool short_of = k.missing + k.broken > 0;
    table.rows.push_back({
        {k.name_id + (k.name_en.empty() ? "" : " / " + k.name_en)},
        {std::to_string(k.required)},
        {std::to_string(k.held_usable)},
        {std::to_string(k.missing), std::nullopt, k.missing > 0},
        {std::to_string(k.broken), std::nullopt, k.broken > 0},
        {k.required > 0 ? share(double(k.held_usable) / double(k.required)) : "–",
         short_of ? std::optional(kWarn) : std::nullopt},
    });
  }
  draw_table(doc, table);
  doc.advance(12);
}

void draw_missing(PdfDocument& doc, const ReadinessReport& report) {
  section_title(doc, "YANG MENGURANGI KESIAPAN", "What keeps people and vehicles from being ready");
  if (report.missing.empty()) {
    doc.text("Tidak ada kekurangan tercatat. / Nothing missing on record.",
             TextStyle{.size_pt = 9, .colour = colours::kMuted}, 12);
    return;
  }
  Table table;
  table.columns = {
      {"No", "", 0.4, Align::right},
      {"Uraian", "Reason (Indonesian)", 3, Align::left},
      {"Keterangan", "Reason (English)", 2.6, Align::left},
      {"Jumlah", "Count", 0.9, Align::right},
  };
  for (std::size_t i = 0; i < report.missing.size(); ++i) {
    const ReadinessMissingRow& m = report.missing[i];
    table.rows.push_back(
        {{std::to_string(i + 1)}, {m.label_id}, {m.label_en}, {std::to_string(m.count)}});
  }
  draw_table(doc, table);
  doc.advance(4);
  doc.text(
      "Seorang personel dapat terhitung pada lebih dari satu uraian. / One person may be counted "
      "under more than one reason.",
      kNote, 10);
}

void draw_vehicles(PdfDocument& doc, const ReadinessReport& report) {
  section_title(doc, fmt::format("KENDARAAN TIDAK LAYAK ATAU BBM DI BAWAH {}%", kMinFuelPercent),
                fmt::format("Vehicles unfit or under {}% fuel", kMinFuelPercent));
  std::vector<const ReadinessVehicleRow*> listed;
  for (const ReadinessVehicleRow& v : report.vehicles) {
    if (!v.fit) listed.push_back(&v);
  }
  if (listed.empty()) {
    const std::string_view text = report.vehicles.empty()
                                      ? "Tidak ada kendaraan tercatat. / No vehicles on record."
                                      : "Semua kendaraan layak. / Every vehicle is fit.";
    doc.text(text, TextStyle{.size_pt = 9, .colour = colours::kMuted}, 12);
    return;
  }
  Table table;
  table.columns = {
      {"No", "", 0.4, Align::right},
      {"Nomor polisi", "Plate", 1.3, Align::left},
      {"Jenis", "Kind", 1.8, Align::left},
      {"Satuan", "Unit", 1.8, Align::left},
      {"Kondisi", "Condition", 1.1, Align::left},
      {"BBM", "Fuel", 0.7, Align::right},
      {"Masalah", "Problem", 1.5, Align::left},
  };
  const std::size_t shown = std::min(listed.size(), kRecapPdfRowLimit);
  for (std::size_t i = 0; i < shown; ++i) {
    const ReadinessVehicleRow& v = *listed[i];
    const bool usable = is_usable(v.condition);
    table.rows.push_back({
        {std::to_string(i + 1)},
        {v.plate, std::nullopt, true},
        {recap_kind_label(v.kind)},
        {v.unit_name},
        {std::string(label_id(v.condition))},
        {v.fuel_percent ? fmt::format("{}%", *v.fuel_percent) : "–"},
        {!usable          ? "Tidak layak pakai"
         : v.fuel_percent ? "BBM kurang"
                          : "BBM belum dicatat",
         usable ? kWarn : kAlarm},
    });
  }
  draw_table(doc, table);
  doc.advance(4);
  if (shown < listed.size()) {
    doc.text(fmt::format("… dan {} kendaraan lain: lihat lembar Kendaraan pada XLSX. / … and {} "
                         "more: see the Kendaraan sheet of the XLSX.",
                         listed.size() - shown, listed.size() - shown),
             kNote);
  }
  doc.advance(8);
}

void draw_defects(PdfDocument& doc, const ReadinessReport& report) {
  section_title(doc, "LAPORAN KERUSAKAN / BBM YANG BELUM SELESAI", "Open damage and fuel reports");
  if (report.defects.empty()) {
    doc.text("Tidak ada laporan terbuka. / No open reports.",
             TextStyle{.size_pt = 9, .colour = colours::kMuted}, 12);
    return;
  }
  Table table;
  table.columns = {
      {"No", "", 0.4, Align::right},
      {"Satuan", "Unit", 1.4, Align::left},
      {"Barang", "Item", 1.2, Align::left},
      {"Jenis", "Kind", 0.9, Align::left},
      {"Uraian", "Description", 2.0, Align::left},
      {"Status", "Status", 1.35, Align::left},
      {"Dilaporkan", "Reported", 1.3, Align::left},
      {"Umur", "Age", 1.1, Align::right},
  };
  bool any_overdue = false;
  const std::size_t shown = std::min(report.defects.size(), kRecapPdfRowLimit);
  for (std::size_t i = 0; i < shown; ++i) {
    const ReadinessDefectRow& d = report.defects[i];
    any_overdue = any_overdue || d.overdue;
    table.rows.push_back({
        {std::to_string(i + 1)},
        {d.unit_name},
        {d.item_label.empty() ? "–" : d.item_label},
        {std::string(recap_defect_kind_label(d.kind))},
        {d.description},
        {std::string(recap_defect_status_label(d.status))},
        {d.reported_at},
        {fmt::format("{} jam{}", d.age_hours, d.overdue ? " *" : ""),
         d.overdue ? std::optional(kAlarm) : std::nullopt, d.overdue},
    });
  }
  draw_table(doc, table);
  doc.advance(4);
  if (shown < report.defects.size()) {
    doc.text(fmt::format("… dan {} laporan lain: lihat lembar Kerusakan pada XLSX. / … and {} "
                         "more: see the Kerusakan sheet of the XLSX.",
                         report.defects.size() - shown, report.defects.size() - shown),
             kNote);
  }
  if (any_overdue) {
    doc.text(fmt::format("* Terlambat ditangani: BBM lebih dari {} jam, kerusakan lebih dari {} "
                         "jam. / Overdue: fuel after {} hours, damage after {} hours.",
                         overdue_after(DefectKind::bbm).count(),
                         overdue_after(DefectKind::kerusakan).count(),
                         overdue_after(DefectKind::bbm).count(),
                         overdue_after(DefectKind::kerusakan).count()),
             kNote);
  }
  doc.advance(8);
}

// The planning section's head signs the recap, not the unit's head.
void draw_signer(PdfDocument& doc, const ReadinessReport& report) {
  std::string title = report.signer_office;
  if (!report.unit_name.empty()) title += " " + upper_ascii(report.unit_name);
  draw_signature_block(doc, title, report.signer_office_full);
}

Status draw_report(PdfDocument& doc, const ReadinessReport& report) {
  draw_heading(doc, report);
  draw_summary(doc, report);
  draw_children(doc, report);
  draw_kinds(doc, report);
  draw_missing(doc, report);
  draw_vehicles(doc, report);
  draw_defects(doc, report);
  draw_signer(doc, report);
  return ok_status();
}

}  // namespace

Result<std::string> render_readiness_pdf(const ReadinessReport& report) {
  const std::string title = report.unit_name.empty()
                                ? std::string("Rekapitulasi Kesiapan")
                                : "Rekapitulasi Kesiapan — " + report.unit_name;
  std::string footer = "Siaga · " + title;
  if (!report.generated_at.empty()) footer += " · " + report.generated_at;
  return render_pdf(title, footer,
                    [&report](PdfDocument& doc) { return draw_report(doc, report); });
}

}  // namespace siaga::report
