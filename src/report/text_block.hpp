#pragma once
// Text on a cairo context through pango: wrapped to a width, in DejaVu Sans
// (which covers Indonesian and the symbols we print), measured before it is
// drawn so that callers can lay out pages and table rows.

#include <string_view>

#include "report/cairo_fwd.hpp"
#include "report/colour.hpp"

namespace siaga::report {

enum class Align { left, centre, right };

struct TextStyle {
  double size_pt = 9;
  bool bold = false;
  bool italic = false;
  Colour colour = colours::kText;
  Align align = Align::left;
};

// Height in points of `text` wrapped to `width` points.
double text_height(cairo_t* cr, std::string_view text, double width, const TextStyle& style);

// Width in points of `text` on one line (no wrapping).
double text_width(cairo_t* cr, std::string_view text, const TextStyle& style);

// Draws `text` with its top-left corner at (x, y), wrapped to `width`;
// returns the height used.
double draw_text(cairo_t* cr, std::string_view text, double x, double y, double width,
                 const TextStyle& style);

}  // namespace siaga::report
