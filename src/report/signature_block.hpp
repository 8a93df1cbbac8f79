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

// Draws the block at the cursor, moving to a new page when it does not fit.
void draw_signature_block(PdfDocument& doc, std::string_view unit_name);

}  // namespace siaga::report
