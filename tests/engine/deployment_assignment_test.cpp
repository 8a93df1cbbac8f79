#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <random>
#include <vector>

#include "engine/deployment/assignment.hpp"

namespace siaga::engine::deployment {
namespace {

// Independent exact solve: every way of sending each officer to one post or
// to the reserve, keeping those that give every post exactly its need; the
// cheapest by arc_cost_m (the problem's definition). No LEMON, no arcs pruned.
std::int64_t exhaustive_optimum(const std::vector<AssignOfficer>& officers,
                                const std::vector<AssignPost>& posts,
                                const AssignOptions& options) {
  std::int64_t best = std::numeric_limits<std::int64_t>::max();
  std::vector<int> count(posts.size(), 0);
  auto go = [&](auto& self, std::size_t o, std::int64_t cost) -> void {
    if (cost >= best) return;
    if (o == officers.size()) {
      for (std::size_t p = 0; p < posts.size(); ++p) {
        if (count[p] != posts[p].need) return;
      }
      best = cost;
      return;
    }
    self(self, o + 1, cost);  // reserve
    for (std::size_t p = 0; p < posts.size(); ++p) {
      if (count[p] == posts[p].need) continue;
      ++count[p];
      self(self, o + 1, cost + arc_cost_m(officers[o], posts[p], options));
      --count[p];
    }
  };
  go(go, 0, 0);
  return best;
}

struct Instance {
  std::vector<AssignOfficer> officers;
  std::vector<AssignPost> posts;
};

Instance random_instance(std::mt19937& rng, int max_officers, int max_posts, bool enough) {
  std::uniform_real_distribution<double> box(0, 15000);
  Instance in;
  const int n = 2 + static_cast<int>(rng() % static_cast<unsigned>(max_officers - 1));
  const int m = 1 + static_cast<int>(rng() % static_cast<unsigned>(max_posts));
  int need = 0;
  for (int p = 0; p < m; ++p) {
    const int want = 2 + static_cast<int>(rng() % 2);
    if (enough && need + want > n) break;
    need += want;
    in.posts.push_back({{box(rng), box(rng)}, rng() % 3, want, 1 + static_cast<int>(rng() % 4)});
  }
  for (int o = 0; o < n; ++o) in.officers.push_back({{box(rng), box(rng)}, rng() % 3});
  return in;
}

std::vector<int> counts(const Assignment& a, std::size_t posts) {
  std::vector<int> c(posts, 0);
  for (const auto& p : a.post_of) {
    if (p) ++c[*p];
  }
  return c;
}

TEST(AssignOfficers, CostEqualsExhaustiveOptimumOnFullGraph) {
  AssignOptions full;
  full.nearest_posts = 0;  // no sparsification: the exact problem
  int checked = 0;
  for (unsigned seed = 1; seed <= 150; ++seed) {
    std::mt19937 rng(seed);
    const Instance in = random_instance(rng, 8, 4, true);
    if (in.posts.empty()) continue;
    const Assignment a = assign_officers(in.officers, in.posts, full);
    const auto c = counts(a, in.posts.size());
    for (std::size_t p = 0; p < in.posts.size(); ++p) EXPECT_EQ(c[p], in.posts[p].need) << seed;
    EXPECT_EQ(a.cost_m, exhaustive_optimum(in.officers, in.posts, full)) << seed;
    EXPECT_EQ(a.rounds, 1);
    ++checked;
  }
  EXPECT_GT(checked, 100);
}

TEST(AssignOfficers, SparseGraphStaysFeasibleAndCountsItsGap) {
  // With the defaults (K = 8 > posts here) every arc is kept: exact. With a
  // tight K = 1, each post still gets arcs from its 2P nearest officers, so
  // every post is filled; the cost may exceed the optimum, never undercut it.
  int exact_with_k1 = 0, checked = 0;
  for (unsigned seed = 1; seed <= 60; ++seed) {
    std::mt19937 rng(seed * 31);
    const Instance in = random_instance(rng, 8, 4, true);
    if (in.posts.empty()) continue;
    const AssignOptions defaults;
    const std::int64_t optimum = exhaustive_optimum(in.officers, in.posts, defaults);
    EXPECT_EQ(assign_officers(in.officers, in.posts, defaults).cost_m, optimum) << seed;
    AssignOptions tight;
    tight.nearest_posts = 1;
    const Assignment a = assign_officers(in.officers, in.posts, tight);
    for (int m : a.missing) EXPECT_EQ(m, 0) << seed;
    EXPECT_GE(a.cost_m, optimum) << seed;
    exact_with_k1 += a.cost_m == optimum;
    ++checked;
  }
  std::printf("[ sparse K=1 ] optimal on %d of %d small instances\n", exact_with_k1, checked);
}

TEST(AssignOfficers, SparseGraphMatchesFullGraphOnAPolresSizedInstance) {
  std::mt19937 rng(99);
  std::uniform_real_distribution<double> box(0, 40000);
  Instance in;
  for (int p = 0; p < 150; ++p) {
    in.posts.push_back({{box(rng), box(rng)}, static_cast<std::size_t>(p % 10), 2, 1});
  }
  for (int o = 0; o < 400; ++o)
    in.officers.push_back({{box(rng), box(rng)}, static_cast<std::size_t>(o % 10)});
  AssignOptions full;
  full.nearest_posts = 0;
  const auto sparse = assign_officers(in.officers, in.posts, {});
  const auto exact = assign_officers(in.officers, in.posts, full);
  for (int m : sparse.missing) EXPECT_EQ(m, 0);
  EXPECT_GE(sparse.cost_m, exact.cost_m);
  EXPECT_LE(static_cast<double>(sparse.cost_m), 1.01 * static_cast<double>(exact.cost_m));
  std::printf("[ sparse K=8 ] cost %lld m vs full graph %lld m\n",
              static_cast<long long>(sparse.cost_m), static_cast<long long>(exact.cost_m));
}

TEST(AssignOfficers, StaysInOwnSectorWhenItHasEnough) {
  // Sector 0's two officers live 3 km from its post; sector 1's officers live
  // right beside it. The 10 km penalty keeps the post with its own sector.
  const std::vector<AssignPost> posts = {{{0, 0}, 0, 2, 1}};
  const std::vector<AssignOfficer> officers = {
      {{3000, 0}, 0}, {{0, 3000}, 0}, {{10, 0}, 1}, {{0, 10}, 1}};
  const Assignment a = assign_officers(officers, posts);
  EXPECT_EQ(a.post_of[0], 0u);
  EXPECT_EQ(a.post_of[1], 0u);
  EXPECT_FALSE(a.post_of[2]);
  EXPECT_FALSE(a.post_of[3]);
  EXPECT_EQ(a.cost_m, 6000);
}

TEST(AssignOfficers, NeverASingleOfficerAtAPost) {
  // Five officers, three posts of two: one post must stay empty, not half-filled.
  const std::vector<AssignPost> posts = {
      {{0, 0}, 0, 2, 1}, {{5000, 0}, 0, 2, 1}, {{10000, 0}, 0, 2, 1}};
  std::vector<AssignOfficer> officers;
  for (int i = 0; i < 5; ++i) officers.push_back({{i * 2500.0, 100}, 0});
  const Assignment a = assign_officers(officers, posts);
  const auto c = counts(a, posts.size());
  int empty = 0;
  for (std::size_t p = 0; p < posts.size(); ++p) {
    EXPECT_NE(c[p], 1);
    EXPECT_EQ(a.missing[p], 2 - c[p]);
    empty += c[p] == 0;
  }
  EXPECT_EQ(empty, 1);
  EXPECT_EQ(std::count(a.post_of.begin(), a.post_of.end(), std::nullopt), 1);
}

TEST(AssignOfficers, ShortPeopleGoToTheMostSevereFirst) {
  // Two officers, a kurang rawan post next to them and a sangat rawan post far away.
  const std::vector<AssignPost> posts = {{{0, 0}, 0, 2, 1}, {{20000, 0}, 0, 2, 4}};
  const std::vector<AssignOfficer> officers = {{{0, 0}, 0}, {{0, 50}, 0}};
  const Assignment a = assign_officers(officers, posts);
  EXPECT_EQ(a.post_of[0], 1u);
  EXPECT_EQ(a.post_of[1], 1u);
  EXPECT_EQ(a.missing[0], 2);
  EXPECT_EQ(a.missing[1], 0);
}

// Exact replan optimum: the cheapest assignment filling every post exactly,
// by travel plus the penalty for each officer not where they were.
std::int64_t exhaustive_with_changes(const std::vector<AssignOfficer>& officers,
                                     const std::vector<AssignPost>& posts,
                                     const AssignOptions& options) {
  std::int64_t best = std::numeric_limits<std::int64_t>::max();
  std::vector<int> count(posts.size(), 0);
  auto change = [&](std::size_t o, std::size_t p) -> std::int64_t {  // p == posts.size(): reserve
    const std::size_t was = officers[o].previous;
    if (was == kNoPrevious) return 0;
    if (p == posts.size()) return was < posts.size() ? options.change_penalty_m : 0;
    return was == p ? 0 : options.change_penalty_m;
  };
  auto go = [&](auto& self, std::size_t o, std::int64_t cost) -> void {
    if (cost >= best) return;
    if (o == officers.size()) {
      for (std::size_t p = 0; p < posts.size(); ++p) {
        if (count[p] != posts[p].need) return;
      }
      best = cost;
      return;
    }
    self(self, o + 1, cost + change(o, posts.size()));
    for (std::size_t p = 0; p < posts.size(); ++p) {
      if (count[p] == posts[p].need) continue;
      ++count[p];
      self(self, o + 1, cost + arc_cost_m(officers[o], posts[p], options) + change(o, p));
      --count[p];
    }
  };
  go(go, 0, 0);
  return best;
}

TEST(AssignOfficers, ChangePenaltyGivesFewestChangesThenLeastTravel) {
  // Random previous places (a post, the reserve, or none), exact search over
  // every assignment: travel + penalty x changes equals the optimum, with
  // the full graph and with the default sparsification.
  int checked = 0;
  for (unsigned seed = 1; seed <= 120; ++seed) {
    std::mt19937 rng(seed * 13);
    Instance in = random_instance(rng, 8, 4, true);
    if (in.posts.empty()) continue;
    for (auto& o : in.officers) {
      const unsigned r = rng() % (in.posts.size() + 2);
      o.previous = r < in.posts.size() ? r : r == in.posts.size() ? kWasReserve : kNoPrevious;
    }
    AssignOptions full;
    full.nearest_posts = 0;
    full.change_penalty_m = 1'000'000;
    const std::int64_t optimum = exhaustive_with_changes(in.officers, in.posts, full);
    AssignOptions sparse;
    sparse.change_penalty_m = full.change_penalty_m;
    for (const AssignOptions& options : {full, sparse}) {
      const Assignment a = assign_officers(in.officers, in.posts, options);
      for (int m : a.missing) EXPECT_EQ(m, 0) << seed;
      EXPECT_EQ(a.cost_m + full.change_penalty_m * a.changes, optimum) << seed;
      std::int64_t travel = 0;
      for (std::size_t o = 0; o < in.officers.size(); ++o) {
        if (a.post_of[o]) travel += arc_cost_m(in.officers[o], in.posts[*a.post_of[o]], options);
      }
      EXPECT_EQ(a.cost_m, travel);  // the penalty is not in the cost
    }
    ++checked;
  }
  EXPECT_GT(checked, 80);
}

TEST(AssignOfficers, PreviousPostKeptBeyondTheNearestArcs) {
  // One post per 1 km along a line; each officer stood at a post 20 posts from
  // home, far outside its 8 nearest. With the change penalty the arc back is
  // still on offer, so nobody moves; without it, everyone goes near home.
  std::vector<AssignPost> posts;
  for (int p = 0; p < 40; ++p) posts.push_back({{p * 1000.0, 0}, 0, 2, 1});
  std::vector<AssignOfficer> officers;
  for (int o = 0; o < 80; ++o) {
    const auto post = static_cast<std::size_t>((o / 2 + 20) % 40);
    officers.push_back({{(o / 2) * 1000.0, 0}, 0, post});
  }
  AssignOptions options;
  options.change_penalty_m = 1'000'000;
  const Assignment kept = assign_officers(officers, posts, options);
  EXPECT_EQ(kept.changes, 0);
  for (std::size_t o = 0; o < officers.size(); ++o)
    EXPECT_EQ(kept.post_of[o], officers[o].previous);
  const Assignment fresh = assign_officers(officers, posts);
  EXPECT_EQ(fresh.cost_m, 0);
  EXPECT_EQ(fresh.changes, 80);
}

TEST(AssignOfficers, ReplanFillsAGapDirectlyNotByAChainOfMoves) {
  // 40 posts 1 km apart on a line, two officers each where they stood, but
  // post 0 lost one (sick) and post 30 holds four (two posts merged). The
  // fewest changes: one of post 30's four goes to post 0, 30 km away, one to
  // the reserve. Not a chain of 30 moves along the line through the nearest
  // arcs.
  std::vector<AssignPost> posts;
  std::vector<AssignOfficer> officers;
  for (std::size_t p = 0; p < 40; ++p) {
    posts.push_back({{p * 1000.0, 0}, 0, 2, 1});
    const int here = p == 0 ? 1 : p == 30 ? 4 : 2;
    for (int i = 0; i < here; ++i) officers.push_back({{p * 1000.0 + 10 * i, 50}, 0, p});
  }
  AssignOptions options;
  options.change_penalty_m = 1'000'000;
  const Assignment a = assign_officers(officers, posts, options);
  for (int m : a.missing) EXPECT_EQ(m, 0);
  EXPECT_EQ(a.changes, 2);
  int moved_to_0 = 0;
  for (std::size_t o = 0; o < officers.size(); ++o) {
    if (officers[o].previous == 30 && a.post_of[o] == 0u) ++moved_to_0;
  }
  EXPECT_EQ(moved_to_0, 1);
}

TEST(AssignOfficers, SparseGraphWidensWhenPostsGoShortWithOfficersIdle) {
  // 64 posts on an 8 x 8 grid 5 km apart, each with one officer of its
  // Polsek living beside it; 100 officers of the Polres HQ living in one town
  // at the centre (distinct homes within 1 km). 164 officers for a need of
  // 128: every post can be filled, but the HQ officers' nearest posts are the
  // few central ones, and a far post's nearest officers are the Polsek ones.
  // The widened graph fills every post, at the full graph's cost or near it.
  std::mt19937 rng(5);
  std::uniform_real_distribution<double> town(-500, 500);
  std::vector<AssignPost> posts;
  std::vector<AssignOfficer> officers;
  for (int i = 0; i < 64; ++i) {
    const PlanePoint at{(i % 8) * 5000.0, (i / 8) * 5000.0};
    const auto sector = static_cast<std::size_t>(i);
    posts.push_back({at, sector, 2, 1});
    officers.push_back({{at.x + 100, at.y}, sector});
  }
  for (int i = 0; i < 100; ++i) officers.push_back({{17500 + town(rng), 17500 + town(rng)}, 999});
  const Assignment sparse = assign_officers(officers, posts);
  AssignOptions full;
  full.nearest_posts = 0;
  const Assignment exact = assign_officers(officers, posts, full);
  for (int m : exact.missing) EXPECT_EQ(m, 0);
  for (int m : sparse.missing) EXPECT_EQ(m, 0);
  EXPECT_GT(sparse.rounds, 1);  // it took a widening
  EXPECT_GE(sparse.cost_m, exact.cost_m);
  EXPECT_LE(static_cast<double>(sparse.cost_m), 1.02 * static_cast<double>(exact.cost_m));
  std::printf("[ widened ] cost %lld m vs full graph %lld m, %d rounds\n",
              static_cast<long long>(sparse.cost_m), static_cast<long long>(exact.cost_m),
              sparse.rounds);
}

TEST(AssignOfficers, RandomShortInstancesKeepPairsAndCountMissing) {
  for (unsigned seed = 1; seed <= 100; ++seed) {
    std::mt19937 rng(seed * 7);
    const Instance in = random_instance(rng, 9, 6, false);
    const Assignment a = assign_officers(in.officers, in.posts);
    const auto c = counts(a, in.posts.size());
    int placed = 0;
    for (std::size_t p = 0; p < in.posts.size(); ++p) {
      EXPECT_NE(c[p], 1) << seed;
      EXPECT_LE(c[p], in.posts[p].need);
      EXPECT_EQ(a.missing[p], in.posts[p].need - c[p]);
      placed += c[p];
    }
    EXPECT_EQ(placed + std::count(a.post_of.begin(), a.post_of.end(), std::nullopt),
              static_cast<long>(in.officers.size()));
  }
}

}  // namespace
}  // namespace siaga::engine::deployment
