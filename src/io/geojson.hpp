#pragma once
// Region outlines from a GeoJSON FeatureCollection: each feature carries its
// Kemendagri code in properties.code (or properties.kode) and a Polygon or
// MultiPolygon geometry in WGS84 lon/lat.

#include <string>
#include <string_view>
#include <vector>

#include "domain/import_issue.hpp"
#include "domain/polygon.hpp"

namespace siaga::io {

struct ShapeFeature {
  int index = 0;  // 1-based feature number, reported as the "line"
  std::string code;
  MultiPolygon shape;
};

struct ShapeFile {
  std::vector<ShapeFeature> features;
  std::vector<ImportIssue> issues;
};

ShapeFile parse_region_geojson(std::string_view text);

}  // namespace siaga::io
