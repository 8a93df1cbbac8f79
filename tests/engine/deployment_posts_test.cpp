#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

#include "engine/deployment/posts.hpp"

namespace siaga::engine::deployment {
namespace {

std::vector<PlanePoint> points_of(const std::vector<PostSite>& sites) {
  std::vector<PlanePoint> p;
  for (const auto& s : sites) p.push_back(s.at);
  return p;
}

// Random desa clusters in a few kecamatan, random classes.
std::vector<PostSite> random_sites(std::mt19937& rng, int count) {
  std::uniform_real_distribution<double> box(0, 20000);
  std::normal_distribution<double> spread(0, 700);
  std::uniform_int_distribution<int> cls(0, 9);
  std::vector<PlanePoint> desa_centre;
  for (int d = 0; d < 12; ++d) desa_centre.push_back({box(rng), box(rng)});
  std::vector<PostSite> sites;
  for (int i = 0; i < count; ++i) {
    const auto desa = static_cast<std::size_t>(rng() % desa_centre.size());
    const int c = cls(rng);
    const TpsClass k = c < 6   ? TpsClass::kurang_rawan
                       : c < 8 ? TpsClass::rawan
                       : c < 9 ? TpsClass::sangat_rawan
                               : TpsClass::khusus;
    sites.push_back({{desa_centre[desa].x + spread(rng), desa_centre[desa].y + spread(rng)},
                     desa,
                     desa / 4,
                     k});
  }
  return sites;
}

TEST(PostGrouping, EveryTpsInExactlyOnePostWithinPattern) {
  const PatternSet patterns = national_pattern_2020();
  for (unsigned seed = 1; seed <= 20; ++seed) {
    std::mt19937 rng(seed);
    const auto sites = random_sites(rng, 150);
    const auto points = points_of(sites);
    const auto posts = group_posts(sites, patterns);
    std::vector<int> seen(sites.size(), 0);
    for (const auto& post : posts) {
      const GuardPattern& pattern = patterns.at(post.tps_class);
      ASSERT_FALSE(post.tps.empty());
      EXPECT_LE(post.tps.size(), static_cast<std::size_t>(pattern.tps_per_post));
      EXPECT_LE(diameter_m(points, post.tps), pattern.max_distance_m + 1e-6) << seed;
      for (std::size_t t : post.tps) {
        ++seen[t];
        EXPECT_EQ(sites[t].tps_class, post.tps_class);
        EXPECT_EQ(sites[t].kecamatan, sites[post.tps[0]].kecamatan);
      }
    }
    for (int s : seen) EXPECT_EQ(s, 1) << seed;
  }
}

TEST(PostGrouping, OneCompactDesaMakesFullPostsOfItsOwn) {
  // Two desa of 10 kurang rawan TPS each, 300 m across, 5 km apart: one post each.
  std::vector<PostSite> sites;
  for (int i = 0; i < 20; ++i) {
    const std::size_t desa = i < 10 ? 0 : 1;
    sites.push_back(
        {{desa * 5000.0 + (i % 10) * 30.0, (i % 3) * 50.0}, desa, 0, TpsClass::kurang_rawan});
  }
  const auto posts = group_posts(sites, national_pattern_2020());
  ASSERT_EQ(posts.size(), 2u);
  for (const auto& post : posts) {
    EXPECT_EQ(post.tps.size(), 10u);
    for (std::size_t t : post.tps) EXPECT_EQ(sites[t].desa, sites[post.tps[0]].desa);
  }
}

TEST(PostGrouping, LeftoversMergeAcrossDesaOfOneKecamatanOnly) {
  // Desa 0 and 1 (kecamatan 0) have 3 kurang rawan TPS each, close
  // together: pass 2 joins them. Desa 2 sits in kecamatan 1 next door: never joined.
  std::vector<PostSite> sites;
  for (int i = 0; i < 3; ++i) sites.push_back({{i * 100.0, 0}, 0, 0, TpsClass::kurang_rawan});
  for (int i = 0; i < 3; ++i) sites.push_back({{400 + i * 100.0, 0}, 1, 0, TpsClass::kurang_rawan});
  for (int i = 0; i < 3; ++i) sites.push_back({{800 + i * 100.0, 0}, 2, 1, TpsClass::kurang_rawan});
  const auto posts = group_posts(sites, national_pattern_2020());
  ASSERT_EQ(posts.size(), 2u);
  EXPECT_EQ(posts[0].tps.size() + posts[1].tps.size(), 9u);
  for (const auto& post : posts) {
    for (std::size_t t : post.tps) EXPECT_EQ(sites[t].kecamatan, sites[post.tps[0]].kecamatan);
  }
}

TEST(PostGrouping, FarTpsStandsAlone) {
  // The fourth TPS is 3 km out, beyond the 2 km kurang rawan limit.
  std::vector<PostSite> sites = {{{0, 0}, 0, 0, TpsClass::kurang_rawan},
                                 {{100, 0}, 0, 0, TpsClass::kurang_rawan},
                                 {{200, 0}, 0, 0, TpsClass::kurang_rawan},
                                 {{3200, 0}, 0, 0, TpsClass::kurang_rawan}};
  const auto posts = group_posts(sites, national_pattern_2020());
  ASSERT_EQ(posts.size(), 2u);
}

TEST(PostGrouping, WalkingTourIsNearestNeighbourPath) {
  const std::vector<PlanePoint> p = {{0, 0}, {300, 0}, {100, 0}, {200, 0}};
  const std::vector<std::size_t> tps = {0, 1, 2, 3};
  EXPECT_DOUBLE_EQ(walking_tour_m(p, tps), 300.0);  // 0 -> 100 -> 200 -> 300
  EXPECT_DOUBLE_EQ(diameter_m(p, tps), 300.0);
  EXPECT_DOUBLE_EQ(walking_tour_m(p, std::vector<std::size_t>{1}), 0.0);
}

TEST(PostGrouping, Deterministic) {
  std::mt19937 rng(7);
  const auto sites = random_sites(rng, 300);
  const auto a = group_posts(sites, national_pattern_2020());
  const auto b = group_posts(sites, national_pattern_2020());
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].tps, b[i].tps);
}

}  // namespace
}  // namespace siaga::engine::deployment
