#include "engine/geo/simplify.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace siaga::engine {
namespace {

Ring circle(int points) {
  Ring ring;
  for (int i = 0; i < points; ++i) {
    const double a = 2 * 3.14159265358979 * i / points;
    ring.push_back({-8 + 0.01 * std::sin(a), 113 + 0.01 * std::cos(a)});
  }
  ring.push_back(ring.front());
  return ring;
}

TEST(Simplify, DropsPointsWithinTheToleranceAndStaysClosed) {
  const Ring ring = circle(400);
  const Ring out = simplify_ring(ring, 0.0005);
  EXPECT_LT(out.size(), 40u);
  EXPECT_GE(out.size(), 4u);
  EXPECT_EQ(out.front(), out.back());
}

TEST(Simplify, ZeroToleranceKeepsEverything) {
  const Ring ring = circle(50);
  EXPECT_EQ(simplify_ring(ring, 0).size(), ring.size());
}

TEST(Simplify, NeverCollapsesATinyRing) {
  const Ring ring = circle(8);
  EXPECT_GE(simplify_ring(ring, 1.0).size(), 4u);
}

TEST(Simplify, KeepsTheShapeWithinTolerance) {
  Ring square{{0, 0}, {0, 0.5}, {0, 1}, {1, 1}, {1, 0}, {0, 0}};
  const Ring out = simplify_ring(square, 0.01);
  EXPECT_EQ(out.size(), 5u);  // the midpoint of a straight edge goes
}

}  // namespace
}  // namespace siaga::engine
