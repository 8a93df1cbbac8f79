#pragma once
// The closing block of a Polri document: the office of the unit's head, room
// for the wet signature, and blanks for name, rank and NRP, on the right half
// of the page as the Naskah Dinas rules place it.

#include <string>
#include <string_view>

#include "report/pdf_document.hpp"

namespace siaga::report {

// "Polres Timor Tengah Utara" -> "KEPALA KEPOLISIAN RESOR TIMOR TENGAH UTARA";
// likewise Polresta, Polrestabes, Polda, Polsek; other names get "KEPALA ".
std::string head_of_unit_title(std::string_view unit_name);

// Draws the block of the unit's head at the cursor, moving to a new page when
// it does not fit.
void draw_signature_block(PdfDocument& doc, std::string_view unit_name);

// The same block for an office the caller names, e.g. "KABAG REN POLRES
// JEMBER" when a section head signs, with `gloss` (its name in full and in
// English) in small type under it; an empty gloss leaves that line out.
void draw_signature_block(PdfDocument& doc, std::string_view office_title, std::string_view gloss);

}  // namespace siaga::report
