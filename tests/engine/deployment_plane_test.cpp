#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <utility>
#include <vector>

#include "engine/deployment/plane.hpp"

namespace siaga::engine::deployment {
namespace {

// The reference: every point sorted by (squared distance, index).
std::vector<std::size_t> brute_force(const std::vector<PlanePoint>& points, PlanePoint from,
                                     std::size_t k) {
  std::vector<std::pair<double, std::size_t>> all;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const PlanePoint p = points[i];
    all.emplace_back((p.x - from.x) * (p.x - from.x) + (p.y - from.y) * (p.y - from.y), i);
  }
  std::sort(all.begin(), all.end());
  all.resize(std::min(k, all.size()));
  std::vector<std::size_t> out;
  for (const auto& [d, i] : all) out.push_back(i);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::size_t> sorted(std::vector<std::size_t> v) {
  std::sort(v.begin(), v.end());
  return v;
}

TEST(NearestPoints, SameAsAFullSortIncludingTies) {
  std::mt19937 rng(3);
  std::uniform_real_distribution<double> box(0, 30000);
  std::normal_distribution<double> town(0, 300);
  for (int round = 0; round < 20; ++round) {
    std::vector<PlanePoint> points;
    const int n = 1 + static_cast<int>(rng() % 400);
    for (int i = 0; i < n; ++i) {
      switch (rng() % 4) {
        case 0:  // clustered, like a Polres HQ's officers
          points.push_back({15000 + town(rng), 15000 + town(rng)});
          break;
        case 1:  // on a 1 km lattice: many equal distances
          points.push_back(
              {1000.0 * static_cast<double>(rng() % 30), 1000.0 * static_cast<double>(rng() % 30)});
          break;
        case 2:  // the same spot as another point
          points.push_back(points.empty() ? PlanePoint{0, 0} : points[rng() % points.size()]);
          break;
        default:
          points.push_back({box(rng), box(rng)});
      }
    }
    const NearestPoints index(points);
    ASSERT_EQ(index.size(), points.size());
    for (int q = 0; q < 50; ++q) {
      // Queries inside, on lattice points, and far outside the points' box.
      PlanePoint from{box(rng), box(rng)};
      if (q % 5 == 1) from = {1000.0 * static_cast<double>(rng() % 30), 0};
      if (q % 5 == 2) from = {-50000, box(rng)};
      if (q % 5 == 3) from = points[rng() % points.size()];
      for (std::size_t k : {std::size_t{1}, std::size_t{2}, std::size_t{8}, std::size_t{24},
                            points.size(), points.size() + 5}) {
        EXPECT_EQ(sorted(index.nearest(from, k)), brute_force(points, from, k))
            << "round " << round << " query " << q << " k " << k;
      }
    }
  }
}

TEST(NearestPoints, EmptyAndSinglePoint) {
  const NearestPoints none(std::vector<PlanePoint>{});
  EXPECT_TRUE(none.nearest({0, 0}, 3).empty());
  const NearestPoints one(std::vector<PlanePoint>{{5, 5}});
  EXPECT_EQ(one.nearest({100, -100}, 1), std::vector<std::size_t>{0});
  EXPECT_TRUE(one.nearest({0, 0}, 0).empty());
}

}  // namespace
}  // namespace siaga::engine::deployment
