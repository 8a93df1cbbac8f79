#include "report/signature_block.hpp"

#include <array>
#include <utility>

#include "report/pdf_sections.hpp"
#include "report/utf8_text.hpp"

namespace siaga::report {
namespace {

bool starts_with_word(std::string_view text, std::string_view word) {
  if (text.size() < word.size()) return false;
  if (upper_ascii(text.substr(0, word.size())) != upper_ascii(word)) return false;
  return text.size() == word.size() || text[word.size()] == ' ';
}

}  // namespace

std::string head_of_unit_title(std::string_view unit_name) {
  // Longest prefixes first: "Polresta" must not be read as "Polres" + "ta".
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kOffices{{
      {"Polrestabes", "KEPALA KEPOLISIAN RESOR KOTA BESAR"},
      {"Polresta", "KEPALA KEPOLISIAN RESOR KOTA"},
      {"Polres", "KEPALA KEPOLISIAN RESOR"},
      {"Polsekta", "KEPALA KEPOLISIAN SEKTOR KOTA"},
      {"Polsek", "KEPALA KEPOLISIAN SEKTOR"},
      {"Polda", "KEPALA KEPOLISIAN DAERAH"},
      {"Mabes Polri", "KEPALA KEPOLISIAN NEGARA REPUBLIK INDONESIA"},
  }};
  for (const auto& [prefix, office] : kOffices) {
    if (!starts_with_word(unit_name, prefix)) continue;
    std::string_view rest = unit_name.substr(prefix.size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (prefix == "Mabes Polri" || rest.empty()) return std::string(office);
    return std::string(office) + " " + upper_ascii(rest);
  }
  return "KEPALA " + upper_ascii(unit_name);
}

void draw_signature_block(PdfDocument& doc, std::string_view unit_name) {
  draw_signature_block(doc, head_of_unit_title(unit_name), "");
}

void draw_signature_block(PdfDocument& doc, std::string_view office_title, std::string_view gloss) {
  constexpr double kSignatureRoom = 48;
  const double x = doc.left() + doc.width() * 0.5;
  const double w = doc.width() * 0.5;
  const TextStyle body{.size_pt = 8.5};
  const TextStyle small{
      .size_pt = 6.5, .italic = true, .colour = colours::kMuted, .align = Align::centre};
  const TextStyle office{.size_pt = 8.5, .bold = true, .align = Align::centre};
  cairo_t* cr = doc.cr();

  double height = 2 * text_height(cr, "Dikeluarkan di", w, body) +
                  text_height(cr, office_title, w, office) + kSignatureRoom +
                  3 * text_height(cr, "Nama", w, body) + 30;
  if (!gloss.empty()) height += text_height(cr, gloss, w, small);
  doc.ensure_space(height);

  double y = doc.y() + 12;
  // Label and blank in two columns: spaces cannot align a proportional font.
  const double label_w = w * 0.46;
  for (const std::string_view label : {"Dikeluarkan di / Issued at", "Pada tanggal / Date"}) {
    draw_text(cr, label, x, y, label_w, body);
    y += draw_text(cr, ": ..........................................", x + label_w, y, w - label_w,
                   body);
  }
  y += 8;
  y += draw_text(cr, office_title, x, y, w, office);
  if (!gloss.empty()) y += draw_text(cr, gloss, x, y, w, small);
  y += kSignatureRoom;
  draw_rule(cr, x + w * 0.15, x + w * 0.85, y, 0.6);
  y += 3;
  y += draw_text(cr, "Nama / Name", x, y, w,
                 TextStyle{.size_pt = 7, .colour = colours::kMuted, .align = Align::centre});
  y += draw_text(cr, "Pangkat / Rank ........................  NRP ........................", x, y,
                 w, TextStyle{.size_pt = 8.5, .align = Align::centre});
  y += draw_text(cr, "tanda tangan dan cap dinas / signature and official stamp", x, y + 2, w,
                 small);
  doc.advance(y - doc.y());
}

}  // namespace siaga::report
