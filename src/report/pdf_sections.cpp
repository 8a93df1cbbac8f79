#include "report/pdf_sections.hpp"

#include <cairo.h>

#include "report/signature_block.hpp"
#include "report/utf8_text.hpp"

namespace siaga::report {
namespace {

// "Polres Jember" -> "RESOR JEMBER": the unit as its kop line names it.
std::string kop_line(std::string_view unit) {
  const std::string head = head_of_unit_title(unit);
  constexpr std::string_view kPrefix = "KEPALA KEPOLISIAN ";
  if (head.rfind(kPrefix, 0) == 0) return head.substr(kPrefix.size());
  return upper_ascii(unit);
}

}  // namespace

std::vector<std::string> kop_lines(std::string_view parent_unit, std::string_view unit) {
  std::vector<std::string> lines;
  for (const std::string_view name : {parent_unit, unit}) {
    if (name.empty()) continue;
    std::string kop = kop_line(name);
    if (kop != "NEGARA REPUBLIK INDONESIA") lines.push_back(std::move(kop));
  }
  if (lines.empty()) lines.push_back("-");
  return lines;
}

void draw_document_heading(PdfDocument& doc, const DocumentHeading& heading) {
  // Kop surat: the issuing office, top left, underlined.
  const double kop_w = doc.width() * 0.5;
  const TextStyle kop{.size_pt = 8.5, .bold = true, .align = Align::centre};
  double y = doc.y();
  y += draw_text(doc.cr(), "KEPOLISIAN NEGARA REPUBLIK INDONESIA", doc.left(), y, kop_w, kop);
  for (const std::string& line : heading.office) {
    y += draw_text(doc.cr(), line, doc.left(), y, kop_w, kop);
  }
  y += 2;
  draw_rule(doc.cr(), doc.left(), doc.left() + kop_w, y, 0.8);
  doc.advance(y - doc.y() + 16);

  doc.text(heading.title,
           TextStyle{.size_pt = heading.title_size_pt, .bold = true, .align = Align::centre});
  doc.text(
      heading.subtitle,
      TextStyle{.size_pt = 8.5, .italic = true, .colour = colours::kMuted, .align = Align::centre},
      10);

  // Label and value in two columns: spaces cannot align a proportional font.
  const TextStyle label{.size_pt = 8.5, .colour = colours::kMuted};
  const TextStyle value{.size_pt = 8.5, .bold = true};
  const double label_w = 150;
  for (const auto& [name, text] : heading.facts) {
    draw_text(doc.cr(), name, doc.left(), doc.y(), label_w, label);
    doc.advance(draw_text(doc.cr(), text.empty() ? "-" : text, doc.left() + label_w, doc.y(),
                          doc.width() - label_w, value) +
                1);
  }
  doc.advance(heading.space_after);
}

void section_title(PdfDocument& doc, std::string_view id, std::string_view en) {
  doc.ensure_space(60);  // a title never ends a page without its table
  doc.text(id, TextStyle{.size_pt = 10, .bold = true});
  doc.text(en, TextStyle{.size_pt = 7.5, .italic = true, .colour = colours::kMuted}, 4);
}

void draw_rule(cairo_t* cr, double x0, double x1, double y, double width) {
  cairo_save(cr);
  cairo_set_source_rgb(cr, colours::kText.r, colours::kText.g, colours::kText.b);
  cairo_set_line_width(cr, width);
  cairo_move_to(cr, x0, y);
  cairo_line_to(cr, x1, y);
  cairo_stroke(cr);
  cairo_restore(cr);
}

}  // namespace siaga::report
