#include "report/patrol_pdf_frame.hpp"

#include "report/pdf_document.hpp"
#include "report/signature_block.hpp"
#include "report/utf8_text.hpp"

namespace siaga::report {

std::string patrol_pdf_title(std::string_view kind, const PatrolReport& r) {
  std::string title(kind);
  if (!r.plan_name.empty()) title += " — " + r.plan_name;
  return title;
}

std::string patrol_pdf_footer(const std::string& title, const PatrolReport& r) {
  std::string footer = "Siaga · " + title;
  if (!r.date.empty()) footer += " · " + r.date;
  if (!r.generated_at.empty()) footer += " · dibuat " + r.generated_at;
  return footer;
}

void draw_patrol_signature(PdfDocument& doc, const PatrolReport& r) {
  std::string title = r.signer_office;
  if (!r.unit_name.empty()) title += " " + upper_ascii(r.unit_name);
  draw_signature_block(doc, title, r.signer_office_full);
}

}  // namespace siaga::report
