#include "report/cairo_shapes.hpp"

#include <cairo.h>

#include <numbers>

namespace siaga::report {

void fill_rect(cairo_t* cr, double x, double y, double w, double h, Colour fill) {
  cairo_save(cr);
  cairo_new_path(cr);
  cairo_rectangle(cr, x, y, w, h);
  cairo_set_source_rgba(cr, fill.r, fill.g, fill.b, fill.a);
  cairo_fill(cr);
  cairo_restore(cr);
}

void stroke_rect(cairo_t* cr, double x, double y, double w, double h, Colour colour, double width) {
  cairo_save(cr);
  cairo_new_path(cr);
  cairo_rectangle(cr, x, y, w, h);
  cairo_set_source_rgba(cr, colour.r, colour.g, colour.b, colour.a);
  cairo_set_line_width(cr, width);
  cairo_stroke(cr);
  cairo_restore(cr);
}

void stroke_line(cairo_t* cr, double x0, double y0, double x1, double y1, Colour colour,
                 double width) {
  cairo_save(cr);
  cairo_new_path(cr);
  cairo_move_to(cr, x0, y0);
  cairo_line_to(cr, x1, y1);
  cairo_set_source_rgba(cr, colour.r, colour.g, colour.b, colour.a);
  cairo_set_line_width(cr, width);
  cairo_stroke(cr);
  cairo_restore(cr);
}

void fill_circle(cairo_t* cr, double cx, double cy, double radius, Colour colour) {
  cairo_save(cr);
  cairo_new_path(cr);
  cairo_arc(cr, cx, cy, radius, 0, 2 * std::numbers::pi);
  cairo_set_source_rgba(cr, colour.r, colour.g, colour.b, colour.a);
  cairo_fill(cr);
  cairo_restore(cr);
}

}  // namespace siaga::report
