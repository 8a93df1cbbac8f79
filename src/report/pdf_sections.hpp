#pragma once
// The pieces both PDF reports are built from: the letterhead and title block
// that open a Polri document, section titles, and ruled lines. One copy, so
// the readiness recap and the Peta Kerawanan keep one house style.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report/cairo_fwd.hpp"
#include "report/pdf_document.hpp"

namespace siaga::report {

struct DocumentHeading {
  // The kop surat lines under "KEPOLISIAN NEGARA REPUBLIK INDONESIA": the
  // issuing unit, and the section within it when one issues the document.
  std::vector<std::string> office;
  std::string_view title;  // Bahasa Indonesia, centred
  double title_size_pt = 15;
  std::string_view subtitle;  // English
  // "Satuan / Unit" and the like with their values; an empty value prints "-".
  std::vector<std::pair<std::string_view, std::string>> facts;
  double space_after = 8;
};

// The kop lines of a document a unit issues: its parent's and its own, as
// office names say them ("Polda Jawa Timur", "Polres Jember" -> "DAERAH JAWA
// TIMUR", "RESOR JEMBER"); empty names are left out, and "-" when none is left.
std::vector<std::string> kop_lines(std::string_view parent_unit, std::string_view unit);

// Letterhead top left and underlined, then title, subtitle and facts.
void draw_document_heading(PdfDocument& doc, const DocumentHeading& heading);

// A bold title with its English gloss; never left alone at a page's foot.
void section_title(PdfDocument& doc, std::string_view id, std::string_view en);

// A horizontal line in the text colour from x0 to x1 at y.
void draw_rule(cairo_t* cr, double x0, double x1, double y, double width);

}  // namespace siaga::report
