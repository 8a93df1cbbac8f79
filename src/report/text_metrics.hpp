#pragma once
// Text heights for long tables, without pango for the common case. A cell
// whose text is Latin (and common punctuation) and clearly fits on one line
// is one line tall whatever its words, so its height is the font's line
// height; only text that may wrap, or that needs a fallback font, is laid out
// by pango. Same answers as text_height(), many times faster: a Sprin of a
// Polres has tens of thousands of cells.

#include <string_view>
#include <unordered_map>
#include <vector>

#include "report/cairo_fwd.hpp"
#include "report/text_block.hpp"

namespace siaga::report {

class TextMetrics {
 public:
  // `cr` must stay alive while this is used; measure on the surface type the
  // text will be drawn on (PDF metrics are not hinted).
  explicit TextMetrics(cairo_t* cr) : cr_(cr) {}

  // What text_height(cr, text, width, style) returns.
  double height(std::string_view text, double width, const TextStyle& style);

  // How many heights pango had to lay out (for tests and benchmarks).
  std::size_t pango_layouts() const { return pango_layouts_; }

 private:
  struct Font {
    bool bold = false;
    bool italic = false;
    double size_pt = 0;
    double line_height = 0;
    std::unordered_map<char32_t, double> advance;  // unkerned, per code point
  };
  Font& font_for(const TextStyle& style);
  // Width of one line of `text` with a little to spare for kerning, or a
  // negative number when a code point may come from a fallback font.
  double line_width(Font& font, std::string_view text, const TextStyle& style);

  cairo_t* cr_;
  std::vector<Font> fonts_;
  std::size_t pango_layouts_ = 0;
};

}  // namespace siaga::report
