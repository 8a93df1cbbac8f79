#include "report/text_block.hpp"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>

#include "report/utf8_text.hpp"

namespace siaga::report {
namespace {

constexpr const char* kFontFamily = "DejaVu Sans";

struct GObjectUnref {
  void operator()(void* object) const { g_object_unref(object); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;

LayoutPtr make_layout(cairo_t* cr, std::string_view text, double width, const TextStyle& style) {
  LayoutPtr layout(pango_cairo_create_layout(cr));
  PangoFontDescription* font = pango_font_description_new();
  pango_font_description_set_family(font, kFontFamily);
  pango_font_description_set_absolute_size(font, style.size_pt * PANGO_SCALE);
  pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description(layout.get(), font);
  pango_font_description_free(font);

  if (width > 0) {
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    // Long KPU codes and indicator lists have no spaces to break at.
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  }
  switch (style.align) {
    case Align::left:
      pango_layout_set_alignment(layout.get(), PANGO_ALIGN_LEFT);
      break;
    case Align::centre:
      pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
      break;
    case Align::right:
      pango_layout_set_alignment(layout.get(), PANGO_ALIGN_RIGHT);
      break;
  }
  const std::string valid = valid_utf8(text);
  pango_layout_set_text(layout.get(), valid.data(), static_cast<int>(valid.size()));
  return layout;
}

}  // namespace

double text_height(cairo_t* cr, std::string_view text, double width, const TextStyle& style) {
  const LayoutPtr layout = make_layout(cr, text, width, style);
  int w = 0;
  int h = 0;
  pango_layout_get_size(layout.get(), &w, &h);
  return static_cast<double>(h) / PANGO_SCALE;
}

double text_width(cairo_t* cr, std::string_view text, const TextStyle& style) {
  const LayoutPtr layout = make_layout(cr, text, 0, style);
  int w = 0;
  int h = 0;
  pango_layout_get_size(layout.get(), &w, &h);
  return static_cast<double>(w) / PANGO_SCALE;
}

double draw_text(cairo_t* cr, std::string_view text, double x, double y, double width,
                 const TextStyle& style) {
  const LayoutPtr layout = make_layout(cr, text, width, style);
  cairo_save(cr);
  cairo_set_source_rgba(cr, style.colour.r, style.colour.g, style.colour.b, style.colour.a);
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, layout.get());
  cairo_restore(cr);
  int w = 0;
  int h = 0;
  pango_layout_get_size(layout.get(), &w, &h);
  return static_cast<double>(h) / PANGO_SCALE;
}

}  // namespace siaga::report
