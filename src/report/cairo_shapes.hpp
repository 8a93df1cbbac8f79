#pragma once
// Plain shapes on a cairo context, each in its own colour and line width. Each
// saves and restores cairo's state and starts a fresh path, so a caller never
// inherits a colour, a width or a half-built path from the shape before.

#include "report/cairo_fwd.hpp"
#include "report/colour.hpp"

namespace siaga::report {

void fill_rect(cairo_t* cr, double x, double y, double w, double h, Colour fill);

// The rectangle's outline, `width` points wide.
void stroke_rect(cairo_t* cr, double x, double y, double w, double h, Colour colour, double width);

// A straight line from (x0, y0) to (x1, y1), `width` points wide.
void stroke_line(cairo_t* cr, double x0, double y0, double x1, double y1, Colour colour,
                 double width);

// A filled circle of `radius` round (cx, cy).
void fill_circle(cairo_t* cr, double cx, double cy, double radius, Colour colour);

}  // namespace siaga::report
