#include "engine/deployment/posts.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <tuple>

namespace siaga::engine::deployment {

namespace {

// A small tolerance so that TPS exactly at the limit count as within it.
constexpr double kSlackM = 1e-6;

bool fits_all(std::span<const PostSite> sites, const std::vector<std::size_t>& members,
              std::size_t candidate, double max_m) {
  for (std::size_t m : members) {
    if (distance_m(sites[m].at, sites[candidate].at) > max_m + kSlackM) return false;
  }
  return true;
}

std::vector<PlanePoint> points_of(std::span<const PostSite> sites) {
  std::vector<PlanePoint> points(sites.size());
  for (std::size_t i = 0; i < sites.size(); ++i) points[i] = sites[i].at;
  return points;
}

// Pass 1 on one (kecamatan, desa, class) group, in index order.
void grow_group(std::span<const PostSite> sites, std::vector<std::size_t> group,
                const GuardPattern& pattern, std::vector<GroupedPost>& out) {
  const auto limit = static_cast<std::size_t>(pattern.tps_per_post);
  while (!group.empty()) {
    PlanePoint c{};
    for (std::size_t i : group) c = {c.x + sites[i].at.x, c.y + sites[i].at.y};
    c = {c.x / static_cast<double>(group.size()), c.y / static_cast<double>(group.size())};
    std::size_t seed_pos = 0;
    double far = -1;
    for (std::size_t k = 0; k < group.size(); ++k) {
      double d = distance_m(sites[group[k]].at, c);
      if (d > far) far = d, seed_pos = k;  // strict: ties keep the lower index
    }
    GroupedPost post{{group[seed_pos]}, sites[group[seed_pos]].tps_class};
    group.erase(group.begin() + static_cast<std::ptrdiff_t>(seed_pos));
    std::vector<double> summed(group.size(), 0.0);
    for (std::size_t k = 0; k < group.size(); ++k) {
      summed[k] = distance_m(sites[group[k]].at, sites[post.tps[0]].at);
    }
    while (post.tps.size() < limit && !group.empty()) {
      std::size_t best = group.size();
      for (std::size_t k = 0; k < group.size(); ++k) {
        if (!fits_all(sites, post.tps, group[k], pattern.max_distance_m)) continue;
        if (best == group.size() || summed[k] < summed[best]) best = k;
      }
      if (best == group.size()) break;
      std::size_t chosen = group[best];
      post.tps.push_back(chosen);
      group.erase(group.begin() + static_cast<std::ptrdiff_t>(best));
      summed.erase(summed.begin() + static_cast<std::ptrdiff_t>(best));
      for (std::size_t k = 0; k < group.size(); ++k) {
        summed[k] += distance_m(sites[group[k]].at, sites[chosen].at);
      }
    }
    out.push_back(std::move(post));
  }
}

bool can_merge(std::span<const PostSite> sites, const GroupedPost& a, const GroupedPost& b,
               const GuardPattern& pattern) {
  if (a.tps.size() + b.tps.size() > static_cast<std::size_t>(pattern.tps_per_post)) return false;
  for (std::size_t j : b.tps) {
    if (!fits_all(sites, a.tps, j, pattern.max_distance_m)) return false;
  }
  return true;
}

}  // namespace

PlanePoint centroid(std::span<const PlanePoint> sites, std::span<const std::size_t> tps) {
  PlanePoint c{};
  for (std::size_t i : tps) c = {c.x + sites[i].x, c.y + sites[i].y};
  if (tps.empty()) return c;
  return {c.x / static_cast<double>(tps.size()), c.y / static_cast<double>(tps.size())};
}

double walking_tour_m(std::span<const PlanePoint> sites, std::span<const std::size_t> tps) {
  if (tps.size() < 2) return 0;
  std::vector<bool> seen(tps.size(), false);
  std::size_t at = 0;
  seen[0] = true;
  double total = 0;
  for (std::size_t step = 1; step < tps.size(); ++step) {
    std::size_t next = tps.size();
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < tps.size(); ++k) {
      if (seen[k]) continue;
      double d = distance_m(sites[tps[at]], sites[tps[k]]);
      if (d < best) best = d, next = k;
    }
    seen[next] = true;
    total += best;
    at = next;
  }
  return total;
}

double diameter_m(std::span<const PlanePoint> sites, std::span<const std::size_t> tps) {
  double d = 0;
  for (std::size_t a = 0; a < tps.size(); ++a) {
    for (std::size_t b = a + 1; b < tps.size(); ++b) {
      d = std::max(d, distance_m(sites[tps[a]], sites[tps[b]]));
    }
  }
  return d;
}

std::vector<GroupedPost> group_posts(std::span<const PostSite> sites, const PatternSet& patterns) {
  std::vector<std::size_t> order(sites.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  auto key = [&](std::size_t i) {
    return std::tuple(sites[i].kecamatan, sites[i].desa, static_cast<int>(sites[i].tps_class), i);
  };
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return key(a) < key(b); });

  std::vector<GroupedPost> posts;
  for (std::size_t begin = 0; begin < order.size();) {
    std::size_t end = begin;
    const PostSite& first = sites[order[begin]];
    while (end < order.size() && sites[order[end]].kecamatan == first.kecamatan &&
           sites[order[end]].desa == first.desa && sites[order[end]].tps_class == first.tps_class) {
      ++end;
    }
    grow_group(sites,
               {order.begin() + static_cast<std::ptrdiff_t>(begin),
                order.begin() + static_cast<std::ptrdiff_t>(end)},
               patterns.at(first.tps_class), posts);
    begin = end;
  }

  // Pass 2: merge under-full posts of one kecamatan and class, nearest first.
  const std::vector<PlanePoint> points = points_of(sites);
  std::vector<bool> gone(posts.size(), false);
  for (std::size_t a = 0; a < posts.size(); ++a) {
    const GuardPattern& pattern = patterns.at(posts[a].tps_class);
    const auto limit = static_cast<std::size_t>(pattern.tps_per_post);
    while (!gone[a] && posts[a].tps.size() < limit) {
      const PlanePoint ca = centroid(points, posts[a].tps);
      std::size_t best = posts.size();
      double best_d = std::numeric_limits<double>::infinity();
      for (std::size_t b = 0; b < posts.size(); ++b) {
        if (b == a || gone[b] || posts[b].tps_class != posts[a].tps_class) continue;
        if (sites[posts[b].tps[0]].kecamatan != sites[posts[a].tps[0]].kecamatan) continue;
        if (!can_merge(sites, posts[a], posts[b], pattern)) continue;
        double d = distance_m(ca, centroid(points, posts[b].tps));
        if (d < best_d) best_d = d, best = b;
      }
      if (best == posts.size()) break;
      posts[a].tps.insert(posts[a].tps.end(), posts[best].tps.begin(), posts[best].tps.end());
      gone[best] = true;
    }
  }
  std::vector<GroupedPost> kept;
  kept.reserve(posts.size());
  for (std::size_t i = 0; i < posts.size(); ++i) {
    if (!gone[i]) kept.push_back(std::move(posts[i]));
  }
  return kept;
}

}  // namespace siaga::engine::deployment
