#pragma once
// What the two patrol PDFs (jadwal, kepatuhan) share: the document title,
// the page footer and the signing office under the last table.

#include <string>
#include <string_view>

#include "report/patrol_report.hpp"

namespace siaga::report {

class PdfDocument;

// "<kind> — <plan name>".
std::string patrol_pdf_title(std::string_view kind, const PatrolReport& r);
// "Siaga · <title> · <date> · dibuat <generated_at>".
std::string patrol_pdf_footer(const std::string& title, const PatrolReport& r);
// The signature block of the plan's unit (the Kabag Ops / Kapolsek).
void draw_patrol_signature(PdfDocument& doc, const PatrolReport& r);

}  // namespace siaga::report
