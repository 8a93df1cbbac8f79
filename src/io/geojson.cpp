#include "io/geojson.hpp"

#include <fmt/format.h>
#include <boost/json.hpp>

#include "domain/region.hpp"

namespace siaga::io {

namespace json = boost::json;

namespace {

bool read_ring(const json::value& v, Ring& ring) {
  if (!v.is_array()) return false;
  for (const json::value& p : v.get_array()) {
    if (!p.is_array() || p.get_array().size() < 2) return false;
    const auto& a = p.get_array();
    if (!a[0].is_number() || !a[1].is_number()) return false;
    const LatLon point{a[1].to_number<double>(), a[0].to_number<double>()};
    if (!inside_indonesia(point)) return false;
    ring.push_back(point);
  }
  return ring.size() >= 4;
}

bool read_polygon(const json::value& v, PolygonPart& part) {
  if (!v.is_array() || v.get_array().empty()) return false;
  for (const json::value& r : v.get_array()) {
    Ring ring;
    if (!read_ring(r, ring)) return false;
    part.rings.push_back(std::move(ring));
  }
  return true;
}

}  // namespace

ShapeFile parse_region_geojson(std::string_view text) {
  ShapeFile out;
  auto issue = [&](int index, std::string column, std::string id, std::string en) {
    if (out.issues.size() < kMaxImportIssues) {
      out.issues.push_back({index, std::move(column), std::move(id), std::move(en)});
    }
  };
  boost::system::error_code ec;
  json::value doc = json::parse(json::string_view(text.data(), text.size()), ec);
  if (ec) {
    issue(0, "", "bukan JSON yang sah: " + ec.message(), "not valid JSON: " + ec.message());
    return out;
  }
  const json::object* root = doc.if_object();
  const json::value* features = root ? root->if_contains("features") : nullptr;
  if (!features || !features->is_array()) {
    issue(0, "features", "harus FeatureCollection dengan daftar 'features'",
          "must be a FeatureCollection with a 'features' array");
    return out;
  }
  int index = 0;
  for (const json::value& f : features->get_array()) {
    ++index;
    const json::object* feature = f.if_object();
    const json::value* props = feature ? feature->if_contains("properties") : nullptr;
    const json::value* geometry = feature ? feature->if_contains("geometry") : nullptr;
    ShapeFeature shape;
    shape.index = index;
    const json::value* code = nullptr;
    if (props && props->is_object()) {
      code = props->get_object().if_contains("code");
      if (!code) code = props->get_object().if_contains("kode");
    }
    if (!code || !code->is_string()) {
      issue(index, "properties.code", "kode wilayah tidak ada", "region code is missing");
      continue;
    }
    shape.code = std::string(code->get_string());
    if (!validate_region_code(shape.code).ok()) {
      issue(index, "properties.code", fmt::format("kode wilayah '{}' tidak sah", shape.code),
            fmt::format("region code '{}' is malformed", shape.code));
      continue;
    }
    const json::object* g = geometry ? geometry->if_object() : nullptr;
    const json::value* type = g ? g->if_contains("type") : nullptr;
    const json::value* coords = g ? g->if_contains("coordinates") : nullptr;
    bool ok = type && type->is_string() && coords;
    if (ok && type->get_string() == "Polygon") {
      PolygonPart part;
      ok = read_polygon(*coords, part);
      shape.shape.parts.push_back(std::move(part));
    } else if (ok && type->get_string() == "MultiPolygon" && coords->is_array()) {
      for (const json::value& p : coords->get_array()) {
        PolygonPart part;
        ok = ok && read_polygon(p, part);
        shape.shape.parts.push_back(std::move(part));
      }
    } else {
      ok = false;
    }
    if (!ok) {
      issue(index, "geometry",
            fmt::format("geometri '{}' harus Polygon/MultiPolygon dengan cincin tertutup "
                        "di dalam wilayah Indonesia",
                        shape.code),
            fmt::format("geometry of '{}' must be a Polygon/MultiPolygon of closed rings "
                        "inside Indonesia",
                        shape.code));
      continue;
    }
    out.features.push_back(std::move(shape));
  }
  return out;
}

}  // namespace siaga::io
