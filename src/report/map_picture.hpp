#pragma once
// A static map painted on a cairo context: area shapes filled by colour,
// points dotted by colour, a scale bar, and a legend drawn apart from it.
// The vulnerability map, the deployment order (Sprin) and the daily report
// each fill a MapPicture with their own shapes and colours; this file knows
// nothing of classes or scores.

#include <optional>
#include <string>
#include <vector>

#include "domain/geo.hpp"
#include "domain/polygon.hpp"
#include "report/cairo_fwd.hpp"
#include "report/colour.hpp"

namespace siaga::report {

// A rectangle on the page, in points, y growing downwards.
struct Rect {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
};

struct MapShape {
  const MultiPolygon* shape = nullptr;  // not owned; must outlive painting
  Colour fill;
};

struct MapPoint {
  LatLon position;
  Colour fill;
};

enum class LegendSymbol { area, point, ramp };

struct LegendEntry {
  std::string label;     // Bahasa Indonesia
  std::string label_en;  // English, smaller under it; may be empty
  LegendSymbol symbol = LegendSymbol::area;
  Colour colour;             // area and point
  std::vector<Colour> ramp;  // ramp: stops from low to high, evenly spaced
};

struct MapStyle {
  Colour background = Colour::hex(0xfafafa);
  Colour outline = Colour::hex(0x757575);
  double outline_width = 0.4;
  double point_radius = 2.2;
  Colour point_outline = colours::kWhite;
  double point_outline_width = 0.4;
  bool scale_bar = true;
};

struct MapPicture {
  std::vector<MapShape> shapes;  // painted in order, so later ones lie on top
  std::vector<MapPoint> points;  // painted after every shape, in order
  MapStyle style;
};

// Equirectangular projection of a WGS84 box into a page rectangle: longitude
// is shrunk by cos(mid latitude) so that shapes keep their proportions near
// the equator where Indonesia lies; the box is centred and never stretched.
class MapProjection {
 public:
  MapProjection(BBox box, Rect area);
  double x(LatLon p) const;
  double y(LatLon p) const;
  // Page points per metre on the ground, at the box's middle latitude.
  double points_per_metre() const;

 private:
  double cos_lat_ = 1;
  double scale_ = 1;  // points per projected degree
  double origin_x_ = 0;
  double origin_y_ = 0;
  double min_x_ = 0;
  double max_lat_ = 0;
};

// The box around every shape and point, padded so that a single point or a
// sliver still gives a sensible view; none when the picture is empty.
std::optional<BBox> extent_of(const MapPicture& picture);

// Paints the picture fitted into `area`, clipped to it and framed. Returns
// false, leaving only the empty frame, when there is nothing to show.
bool paint_map(cairo_t* cr, const MapPicture& picture, Rect area);

// The legend laid out in columns across `width`; returns the height used.
// With `draw` false it only measures.
double paint_legend(cairo_t* cr, const std::vector<LegendEntry>& legend, double x, double y,
                    double width, bool draw = true);

}  // namespace siaga::report
