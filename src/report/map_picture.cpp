#include "report/map_picture.hpp"

#include <cairo.h>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

#include "report/text_block.hpp"

namespace siaga::report {
namespace {

constexpr double kMetresPerDegree = 111'320.0;
// A desa outline may carry thousands of vertices closer together than the
// printer's dot; dropping those keeps the PDF small and fast to open.
constexpr double kMinSegmentPt = 0.25;

void set_source(cairo_t* cr, Colour c) {
  cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

void add_ring(cairo_t* cr, const MapProjection& proj, const Ring& ring) {
  if (ring.size() < 3) return;
  double last_x = proj.x(ring.front());
  double last_y = proj.y(ring.front());
  cairo_move_to(cr, last_x, last_y);
  for (std::size_t i = 1; i < ring.size(); ++i) {
    const double px = proj.x(ring[i]);
    const double py = proj.y(ring[i]);
    if (std::abs(px - last_x) + std::abs(py - last_y) < kMinSegmentPt && i + 1 < ring.size()) {
      continue;
    }
    cairo_line_to(cr, px, py);
    last_x = px;
    last_y = py;
  }
  cairo_close_path(cr);
}

void paint_shape(cairo_t* cr, const MapProjection& proj, const MapShape& shape,
                 const MapStyle& style) {
  if (shape.shape == nullptr || shape.shape->empty()) return;
  cairo_new_path(cr);
  for (const PolygonPart& part : shape.shape->parts) {
    for (const Ring& ring : part.rings) add_ring(cr, proj, ring);
  }
  // Holes are later rings of a part; even-odd leaves them unfilled whichever
  // way the source wound them.
  cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
  set_source(cr, shape.fill);
  cairo_fill_preserve(cr);
  set_source(cr, style.outline);
  cairo_set_line_width(cr, style.outline_width);
  cairo_stroke(cr);
}

void paint_point(cairo_t* cr, const MapProjection& proj, const MapPoint& point,
                 const MapStyle& style) {
  cairo_new_path(cr);
  cairo_arc(cr, proj.x(point.position), proj.y(point.position), style.point_radius, 0,
            2 * std::numbers::pi);
  set_source(cr, point.fill);
  cairo_fill_preserve(cr);
  set_source(cr, style.point_outline);
  cairo_set_line_width(cr, style.point_outline_width);
  cairo_stroke(cr);
}

// The largest 1, 2 or 5 times a power of ten not above `metres`.
double round_length(double metres) {
  const double power = std::pow(10.0, std::floor(std::log10(metres)));
  for (const double step : {5.0, 2.0, 1.0}) {
    if (step * power <= metres) return step * power;
  }
  return power;
}

void paint_scale_bar(cairo_t* cr, const MapProjection& proj, Rect area) {
  const double ppm = proj.points_per_metre();
  if (!(ppm > 0) || !std::isfinite(ppm)) return;
  const double metres = round_length(area.width / 5 / ppm);
  const double length = metres * ppm;
  const std::string label =
      metres >= 1000 ? fmt::format("{:g} km", metres / 1000) : fmt::format("{:g} m", metres);

  const TextStyle style{.size_pt = 6.5};
  const double x = area.x + 8;
  const double y = area.y + area.height - 8;  // baseline of the bar
  const double label_h = text_height(cr, label, 0, style);
  cairo_save(cr);
  cairo_rectangle(cr, x - 4, y - label_h - 6, length + 8, label_h + 9);
  set_source(cr, Colour::hex(0xffffff, 0.8));
  cairo_fill(cr);
  set_source(cr, colours::kText);
  cairo_set_line_width(cr, 0.8);
  cairo_move_to(cr, x, y - 3);
  cairo_line_to(cr, x, y);
  cairo_line_to(cr, x + length, y);
  cairo_line_to(cr, x + length, y - 3);
  cairo_stroke(cr);
  cairo_restore(cr);
  draw_text(cr, label, x, y - label_h - 3, length,
            TextStyle{.size_pt = 6.5, .align = Align::centre});
}

void paint_swatch(cairo_t* cr, const LegendEntry& entry, double x, double y, double width,
                  double height) {
  cairo_save(cr);
  cairo_new_path(cr);
  switch (entry.symbol) {
    case LegendSymbol::area:
      cairo_rectangle(cr, x, y, width, height);
      set_source(cr, entry.colour);
      cairo_fill_preserve(cr);
      set_source(cr, colours::kRule);
      cairo_set_line_width(cr, 0.4);
      cairo_stroke(cr);
      break;
    case LegendSymbol::point:
      cairo_arc(cr, x + width / 2, y + height / 2, std::min(width, height) / 2 - 0.5, 0,
                2 * std::numbers::pi);
      set_source(cr, entry.colour);
      cairo_fill(cr);
      break;
    case LegendSymbol::ramp: {
      cairo_pattern_t* gradient = cairo_pattern_create_linear(x, 0, x + width, 0);
      const std::size_t n = entry.ramp.size();
      for (std::size_t i = 0; i < n; ++i) {
        const Colour c = entry.ramp[i];
        const double at = n > 1 ? static_cast<double>(i) / static_cast<double>(n - 1) : 0;
        cairo_pattern_add_color_stop_rgba(gradient, at, c.r, c.g, c.b, c.a);
      }
      cairo_rectangle(cr, x, y, width, height);
      cairo_set_source(cr, gradient);
      cairo_fill_preserve(cr);
      cairo_pattern_destroy(gradient);
      set_source(cr, colours::kRule);
      cairo_set_line_width(cr, 0.4);
      cairo_stroke(cr);
      break;
    }
  }
  cairo_restore(cr);
}

}  // namespace

MapProjection::MapProjection(BBox box, Rect area) {
  const double mid_lat = (box.min_lat + box.max_lat) / 2;
  cos_lat_ = std::max(std::cos(mid_lat * std::numbers::pi / 180), 0.1);
  const double width = std::max((box.max_lon - box.min_lon) * cos_lat_, 1e-9);
  const double height = std::max(box.max_lat - box.min_lat, 1e-9);
  scale_ = std::min(area.width / width, area.height / height);
  origin_x_ = area.x + (area.width - width * scale_) / 2;
  origin_y_ = area.y + (area.height - height * scale_) / 2;
  min_x_ = box.min_lon;
  max_lat_ = box.max_lat;
}

double MapProjection::x(LatLon p) const {
  return origin_x_ + (p.lon - min_x_) * cos_lat_ * scale_;
}

double MapProjection::y(LatLon p) const {
  return origin_y_ + (max_lat_ - p.lat) * scale_;
}

double MapProjection::points_per_metre() const {
  return scale_ / kMetresPerDegree;
}

std::optional<BBox> extent_of(const MapPicture& picture) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  BBox box{kInf, kInf, -kInf, -kInf};
  auto add = [&box](LatLon p) {
    if (!std::isfinite(p.lat) || !std::isfinite(p.lon)) return;
    box.min_lat = std::min(box.min_lat, p.lat);
    box.max_lat = std::max(box.max_lat, p.lat);
    box.min_lon = std::min(box.min_lon, p.lon);
    box.max_lon = std::max(box.max_lon, p.lon);
  };
  for (const MapShape& shape : picture.shapes) {
    if (shape.shape == nullptr) continue;
    for (const PolygonPart& part : shape.shape->parts) {
      for (const Ring& ring : part.rings) {
        for (const LatLon& p : ring) add(p);
      }
    }
  }
  for (const MapPoint& point : picture.points) add(point.position);
  if (!box.valid()) return std::nullopt;

  // At least about a kilometre across, plus a margin so that edge points are
  // not cut in half by the frame.
  constexpr double kMinSpan = 0.01;
  const double pad_lat = std::max((box.max_lat - box.min_lat) * 0.04, kMinSpan / 2);
  const double pad_lon = std::max((box.max_lon - box.min_lon) * 0.04, kMinSpan / 2);
  return BBox{box.min_lon - pad_lon, box.min_lat - pad_lat, box.max_lon + pad_lon,
              box.max_lat + pad_lat};
}

bool paint_map(cairo_t* cr, const MapPicture& picture, Rect area) {
  const std::optional<BBox> extent = extent_of(picture);
  cairo_save(cr);
  cairo_new_path(cr);
  cairo_rectangle(cr, area.x, area.y, area.width, area.height);
  set_source(cr, picture.style.background);
  cairo_fill_preserve(cr);
  cairo_clip(cr);
  if (extent) {
    const MapProjection proj(*extent, area);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    for (const MapShape& shape : picture.shapes) paint_shape(cr, proj, shape, picture.style);
    for (const MapPoint& point : picture.points) paint_point(cr, proj, point, picture.style);
    if (picture.style.scale_bar) paint_scale_bar(cr, proj, area);
  }
  cairo_restore(cr);

  cairo_save(cr);
  cairo_new_path(cr);
  cairo_rectangle(cr, area.x, area.y, area.width, area.height);
  set_source(cr, colours::kRule);
  cairo_set_line_width(cr, 0.6);
  cairo_stroke(cr);
  cairo_restore(cr);
  return extent.has_value();
}

double paint_legend(cairo_t* cr, const std::vector<LegendEntry>& legend, double x, double y,
                    double width, bool draw) {
  constexpr double kSwatch = 9;
  constexpr double kRampWidth = 36;
  constexpr double kGap = 4;
  constexpr double kSpacing = 14;
  const TextStyle label_style{.size_pt = 7.5};
  const TextStyle en_style{.size_pt = 6.5, .italic = true, .colour = colours::kMuted};

  double cx = x;
  double cy = y;
  double row_height = 0;
  for (const LegendEntry& entry : legend) {
    const double swatch_w = entry.symbol == LegendSymbol::ramp ? kRampWidth : kSwatch;
    const double text_w =
        std::min(std::max(text_width(cr, entry.label, label_style),
                          entry.label_en.empty() ? 0.0 : text_width(cr, entry.label_en, en_style)),
                 width - swatch_w - kGap);
    const double item_w = swatch_w + kGap + text_w;
    if (cx > x && cx + item_w > x + width) {
      cx = x;
      cy += row_height + 4;
      row_height = 0;
    }
    double h = text_height(cr, entry.label, text_w, label_style);
    if (draw) {
      paint_swatch(cr, entry, cx, cy + 1, swatch_w, kSwatch);
      draw_text(cr, entry.label, cx + swatch_w + kGap, cy, text_w + 1, label_style);
    }
    if (!entry.label_en.empty()) {
      if (draw) draw_text(cr, entry.label_en, cx + swatch_w + kGap, cy + h, text_w + 1, en_style);
      h += text_height(cr, entry.label_en, text_w, en_style);
    }
    row_height = std::max({row_height, h, kSwatch + 1});
    cx += item_w + kSpacing;
  }
  return legend.empty() ? 0 : cy + row_height - y;
}

}  // namespace siaga::report
