#include "report/text_metrics.hpp"

#include <glib.h>

#include <string>

namespace siaga::report {
namespace {

// Code points DejaVu Sans draws itself, so that a line of them has the
// font's own height: Latin with its extensions, and general punctuation
// (dashes, bullets, the ellipsis).
bool in_primary_font(char32_t c) {
  return (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x250) || (c >= 0x2010 && c < 0x2027);
}

// Kerning pairs can only shorten a line by a little; a line within this
// share of the width (less a point) is sure to stay one line.
constexpr double kSlack = 1.03;

}  // namespace

TextMetrics::Font& TextMetrics::font_for(const TextStyle& style) {
  for (Font& font : fonts_) {
    if (font.size_pt == style.size_pt && font.bold == style.bold && font.italic == style.italic) {
      return font;
    }
  }
  Font font;
  font.size_pt = style.size_pt;
  font.bold = style.bold;
  font.italic = style.italic;
  font.line_height = text_height(cr_, "Ag", 0, style);
  ++pango_layouts_;
  fonts_.push_back(std::move(font));
  return fonts_.back();
}

double TextMetrics::line_width(Font& font, std::string_view text, const TextStyle& style) {
  double width = 0;
  const char* p = text.data();
  const char* end = text.data() + text.size();
  while (p < end) {
    char32_t c = 0;
    const auto byte = static_cast<unsigned char>(*p);
    if (byte < 0x80) {
      c = byte;
      ++p;
    } else {
      const gunichar u = g_utf8_get_char_validated(p, static_cast<gssize>(end - p));
      if (u == static_cast<gunichar>(-1) || u == static_cast<gunichar>(-2)) return -1;
      c = u;
      p = g_utf8_next_char(p);
    }
    if (!in_primary_font(c)) return -1;
    auto it = font.advance.find(c);
    if (it == font.advance.end()) {
      char buffer[8];
      const int n = g_unichar_to_utf8(c, buffer);
      it = font.advance.emplace(c, text_width(cr_, std::string_view(buffer, n), style)).first;
      ++pango_layouts_;
    }
    width += it->second;
  }
  return width * kSlack + 1;
}

double TextMetrics::height(std::string_view text, double width, const TextStyle& style) {
  Font& font = font_for(style);
  // Line by line: an explicit break starts a line of the same height.
  double height = 0;
  std::string_view rest = text;
  while (true) {
    const std::size_t cut = rest.find('\n');
    const std::string_view line = rest.substr(0, cut);
    const double w = line_width(font, line, style);
    if (w < 0 || (width > 0 && w > width)) break;
    height += font.line_height;
    if (cut == std::string_view::npos) return height;
    rest.remove_prefix(cut + 1);
  }
  ++pango_layouts_;
  return text_height(cr_, text, width, style);
}

}  // namespace siaga::report
