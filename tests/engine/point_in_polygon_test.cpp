#include "engine/geo/point_in_polygon.hpp"

#include <gtest/gtest.h>

namespace siaga::engine {
namespace {

Ring square(double lat, double lon, double half) {
  return {{lat - half, lon - half},
          {lat - half, lon + half},
          {lat + half, lon + half},
          {lat + half, lon - half},
          {lat - half, lon - half}};
}

TEST(PointInPolygon, InsideOutsideAndHole) {
  MultiPolygon shape;
  shape.parts.push_back({{square(-8, 113, 1), square(-8, 113, 0.2)}});
  EXPECT_TRUE(contains(shape, {-8.5, 113.5}));
  EXPECT_FALSE(contains(shape, {-8.0, 113.0}));  // in the hole
  EXPECT_FALSE(contains(shape, {-10.0, 113.0}));
}

TEST(PointInPolygon, AnyPartOfAMultiPolygon) {
  MultiPolygon shape;
  shape.parts.push_back({{square(-8, 113, 0.1)}});
  shape.parts.push_back({{square(-5, 120, 0.1)}});
  EXPECT_TRUE(contains(shape, {-5.05, 120.05}));
  EXPECT_TRUE(contains(shape, {-8.05, 113.05}));
  EXPECT_FALSE(contains(shape, {-6.5, 116.0}));
}

}  // namespace
}  // namespace siaga::engine
