#include "engine/deployment/assignment.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <tuple>
#include <utility>

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

namespace siaga::engine::deployment {

namespace {

using Graph = lemon::SmartDigraph;
using Solver = lemon::NetworkSimplex<Graph, std::int64_t, std::int64_t>;

constexpr int kHalvingRounds = 3;
// Re-solves after widening the sparse graph (see widen), and the most arcs
// one widening may add.
constexpr int kWideningRounds = 2;
constexpr std::size_t kWideningArcs = 2'000'000;

// The k nearest of `count` candidates to `from` by `where(i)`, by distance
// then index (as NearestPoints), for small candidate sets: one pass.
template <typename Where>
std::vector<std::size_t> nearest(PlanePoint from, std::size_t count, std::size_t k, Where where) {
  std::vector<std::pair<double, std::size_t>> by_distance(count);
  for (std::size_t i = 0; i < count; ++i) {
    const PlanePoint p = where(i);
    by_distance[i] = {(p.x - from.x) * (p.x - from.x) + (p.y - from.y) * (p.y - from.y), i};
  }
  if (k < count) {
    std::nth_element(by_distance.begin(), by_distance.begin() + static_cast<std::ptrdiff_t>(k),
                     by_distance.end());
    by_distance.resize(k);
  }
  std::vector<std::size_t> idx(by_distance.size());
  for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = by_distance[i].second;
  return idx;
}

// A grid index over some of the officers' homes (`which`, or all when null)
// or over the posts.
NearestPoints index_of_homes(std::span<const AssignOfficer> officers,
                             const std::vector<std::size_t>* which = nullptr) {
  std::vector<PlanePoint> points;
  if (which == nullptr) {
    for (const auto& o : officers) points.push_back(o.home);
  } else {
    for (std::size_t i : *which) points.push_back(officers[i].home);
  }
  return NearestPoints(std::move(points));
}

// Candidate (group, post) pairs after sparsification, sorted and unique. A
// group of `size` officers sharing a home gets `size - 1` more nearest posts
// than one officer would, so co-located officers (a whole Polsek starts from
// its station) are never squeezed into the same few posts.
std::vector<std::pair<std::size_t, std::size_t>> candidate_arcs(
    std::span<const AssignOfficer> officers, std::span<const std::size_t> size,
    std::span<const AssignPost> posts, const AssignOptions& options) {
  std::vector<std::pair<std::size_t, std::size_t>> arcs;
  const auto k = static_cast<std::size_t>(std::max(options.nearest_posts, 0));
  if (k == 0 || k >= posts.size()) {
    arcs.reserve(officers.size() * posts.size());
    for (std::size_t o = 0; o < officers.size(); ++o) {
      for (std::size_t p = 0; p < posts.size(); ++p) arcs.emplace_back(o, p);
    }
    return arcs;
  }
  std::size_t sectors = 0;
  for (const auto& p : posts) sectors = std::max(sectors, p.sector + 1);
  std::vector<std::vector<std::size_t>> posts_of_sector(sectors);
  for (std::size_t p = 0; p < posts.size(); ++p) posts_of_sector[posts[p].sector].push_back(p);

  std::vector<PlanePoint> post_points(posts.size());
  for (std::size_t p = 0; p < posts.size(); ++p) post_points[p] = posts[p].at;
  const NearestPoints post_index(std::move(post_points));
  const NearestPoints officer_index = index_of_homes(officers);
  for (std::size_t o = 0; o < officers.size(); ++o) {
    const std::size_t extra = size[o] - 1;
    for (std::size_t p : post_index.nearest(officers[o].home, k + extra)) arcs.emplace_back(o, p);
    if (officers[o].unit < sectors) {
      const auto& own = posts_of_sector[officers[o].unit];
      for (std::size_t i : nearest(officers[o].home, own.size(), 3 * k + extra,
                                   [&](std::size_t j) { return posts[own[j]].at; })) {
        arcs.emplace_back(o, own[i]);
      }
    }
  }
  // Replan: officers not at a post (the reserve, newcomers) are the ones to
  // fill a gap without a chain of moves, so each post is offered its nearest.
  // A post that its previous officers cannot fill (one fell sick, or the post
  // is new) is offered every officer (the nearest ones if that is too many):
  // whoever is freed elsewhere can go there directly, not by a chain of
  // moves through the sparse graph.
  std::vector<std::size_t> unposted;
  std::vector<std::size_t> open;
  if (options.change_penalty_m > 0) {
    std::vector<std::size_t> staying(posts.size(), 0);
    for (std::size_t o = 0; o < officers.size(); ++o) {
      if (officers[o].previous < posts.size()) {
        arcs.emplace_back(o, officers[o].previous);
        staying[officers[o].previous] += size[o];
      } else {
        unposted.push_back(o);
      }
    }
    for (std::size_t p = 0; p < posts.size(); ++p) {
      if (staying[p] < static_cast<std::size_t>(std::max(posts[p].need, 0))) open.push_back(p);
    }
  }
  if (!open.empty()) {
    const std::size_t per_open = std::max<std::size_t>(1, kWideningArcs / open.size());
    for (std::size_t p : open) {
      for (std::size_t o : officer_index.nearest(posts[p].at, per_open)) arcs.emplace_back(o, p);
    }
  }
  const NearestPoints unposted_index = index_of_homes(officers, &unposted);
  for (std::size_t p = 0; p < posts.size(); ++p) {
    const auto per_post = std::max(k, static_cast<std::size_t>(2 * std::max(posts[p].need, 0)));
    for (std::size_t o : officer_index.nearest(posts[p].at, per_post)) arcs.emplace_back(o, p);
    if (unposted.size() < officers.size()) {
      for (std::size_t i : unposted_index.nearest(posts[p].at, per_post)) {
        arcs.emplace_back(unposted[i], p);
      }
    }
  }
  std::sort(arcs.begin(), arcs.end());
  arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());
  return arcs;
}

// One min-cost flow. Nodes: officers (supply 1), posts (demand = need), a
// shortage source that can stand in for any missing officer at a cost above
// any travel, and a reserve sink that takes unused officers at no cost. The
// two dummies make every instance feasible, so the solver's answer is the
// maximum coverage at minimum travel.
std::vector<std::optional<std::size_t>> solve_flow(
    std::span<const std::vector<std::size_t>> groups, std::size_t officers,
    std::span<const AssignPost> posts, std::span<const int> need,
    const std::vector<std::pair<std::size_t, std::size_t>>& pairs,
    std::span<const std::int64_t> pair_cost, std::span<const std::int64_t> reserve_cost,
    std::int64_t shortage_unit) {
  Graph g;
  const std::size_t n = groups.size();
  const std::size_t m = posts.size();
  g.reserveNode(static_cast<int>(n + m + 2));
  g.reserveArc(static_cast<int>(pairs.size() + n + m + 1));
  std::vector<Graph::Node> officer_node(n);
  std::vector<Graph::Node> post_node(m);
  for (auto& v : officer_node) v = g.addNode();
  for (auto& v : post_node) v = g.addNode();
  const Graph::Node shortage = g.addNode();
  const Graph::Node reserve = g.addNode();

  Graph::NodeMap<std::int64_t> supply(g, 0);
  Graph::ArcMap<std::int64_t> upper(g, 0);
  Graph::ArcMap<std::int64_t> cost(g, 0);
  std::int64_t total_need = 0;
  for (std::size_t p = 0; p < m; ++p) total_need += need[p];
  for (std::size_t o = 0; o < n; ++o)
    supply[officer_node[o]] = static_cast<std::int64_t>(groups[o].size());
  for (std::size_t p = 0; p < m; ++p) supply[post_node[p]] = -need[p];
  supply[shortage] = total_need;
  supply[reserve] = -static_cast<std::int64_t>(officers);

  std::vector<Graph::Arc> pair_arc(pairs.size());
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const auto a = g.addArc(officer_node[pairs[i].first], post_node[pairs[i].second]);
    upper[a] = static_cast<std::int64_t>(groups[pairs[i].first].size());
    cost[a] = pair_cost[i];
    pair_arc[i] = a;
  }
  for (std::size_t o = 0; o < n; ++o) {
    const auto a = g.addArc(officer_node[o], reserve);
    upper[a] = static_cast<std::int64_t>(groups[o].size());
    cost[a] = reserve_cost[o];
  }
  for (std::size_t p = 0; p < m; ++p) {
    const auto a = g.addArc(shortage, post_node[p]);
    upper[a] = need[p];
    cost[a] = shortage_unit * posts[p].severity;
  }
  const auto spare = g.addArc(shortage, reserve);
  upper[spare] = total_need;

  Solver solver(g);
  solver.upperMap(upper).costMap(cost).supplyMap(supply);
  std::vector<std::optional<std::size_t>> post_of(officers);
  if (solver.run() != Solver::OPTIMAL)
    return post_of;  // cannot happen: the dummies keep it feasible
  // A group's members are identical to the flow: hand them out in order.
  std::vector<std::size_t> next(n, 0);
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const std::size_t o = pairs[i].first;
    for (auto f = solver.flow(pair_arc[i]); f > 0; --f)
      post_of[groups[o][next[o]++]] = pairs[i].second;
  }
  return post_of;
}

// Posts that need a pair but hold exactly one officer.
std::vector<std::size_t> half_filled(const std::vector<std::optional<std::size_t>>& post_of,
                                     std::span<const int> need) {
  std::vector<int> count(need.size(), 0);
  for (const auto& p : post_of) {
    if (p) ++count[*p];
  }
  std::vector<std::size_t> single;
  for (std::size_t p = 0; p < need.size(); ++p) {
    if (count[p] == 1 && need[p] >= 2) single.push_back(p);
  }
  return single;
}

// Last resort after the halving rounds: the most severe half-filled post
// takes the lone officer of the half-filled post whose officer lives nearest
// to it (of equal or lower severity); a post left without a partner sends its
// officer to the reserve. Local, but no post is left with one officer.
void pair_up(std::span<const AssignOfficer> officers, std::span<const AssignPost> posts,
             std::vector<std::size_t> single, std::vector<std::optional<std::size_t>>& post_of) {
  std::stable_sort(single.begin(), single.end(), [&](std::size_t a, std::size_t b) {
    return posts[a].severity > posts[b].severity;
  });
  std::vector<std::size_t> lone(posts.size(), officers.size());
  for (std::size_t o = 0; o < officers.size(); ++o) {
    if (post_of[o]) lone[*post_of[o]] = o;  // only read for half-filled posts
  }
  std::vector<bool> done(single.size(), false);
  for (std::size_t i = 0; i < single.size(); ++i) {
    if (done[i]) continue;
    done[i] = true;
    std::size_t partner = single.size();
    double best = 0;
    for (std::size_t j = i + 1; j < single.size(); ++j) {
      if (done[j]) continue;
      const double d = distance_m(officers[lone[single[j]]].home, posts[single[i]].at);
      if (partner == single.size() || d < best) best = d, partner = j;
    }
    if (partner == single.size()) {
      post_of[lone[single[i]]] = std::nullopt;
    } else {
      done[partner] = true;
      post_of[lone[single[partner]]] = single[i];
    }
  }
}

// The sparse graph can run out of arcs before the people run out: a Polres HQ
// whose hundreds of officers live around one town has arcs to the few dozen
// posts nearest it, while far posts only reach the Polsek officers who are
// needed near home (the flow then lends them to each other, out of sector).
// When a post is short while officers sit idle, every short post gets arcs
// from all idle officers (the nearest ones if that is too many), and every
// other post from its nearest idle ones too, so that an idle officer can free
// a Polsek officer lent out; then the flow is solved again. Returns whether
// arcs were added.
bool widen(std::span<const AssignOfficer> reps, std::span<const std::vector<std::size_t>> groups,
           std::span<const AssignPost> posts, std::span<const int> need, std::size_t k,
           const std::vector<std::optional<std::size_t>>& post_of,
           std::vector<std::pair<std::size_t, std::size_t>>& pairs) {
  std::vector<int> count(posts.size(), 0);
  for (const auto& p : post_of) {
    if (p) ++count[*p];
  }
  std::size_t short_posts = 0;
  for (std::size_t p = 0; p < posts.size(); ++p) short_posts += count[p] < need[p];
  std::vector<std::size_t> idle;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (std::any_of(groups[g].begin(), groups[g].end(),
                    [&](std::size_t o) { return !post_of[o]; })) {
      idle.push_back(g);
    }
  }
  if (short_posts == 0 || idle.empty()) return false;
  const std::size_t per_short = std::max<std::size_t>(1, kWideningArcs / short_posts);
  const std::size_t before = pairs.size();
  const NearestPoints idle_index = index_of_homes(reps, &idle);
  for (std::size_t p = 0; p < posts.size(); ++p) {
    const std::size_t per_post =
        count[p] < need[p] ? per_short
                           : std::max(k, static_cast<std::size_t>(2 * std::max(need[p], 0)));
    for (std::size_t i : idle_index.nearest(posts[p].at, per_post)) {
      pairs.emplace_back(idle[i], p);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs.size() > before;
}

}  // namespace

std::int64_t arc_cost_m(const AssignOfficer& officer, const AssignPost& post,
                        const AssignOptions& options) {
  auto travel = static_cast<std::int64_t>(std::llround(distance_m(officer.home, post.at)));
  return travel + (officer.unit == post.sector ? 0 : options.out_of_sector_penalty_m);
}

Assignment assign_officers(std::span<const AssignOfficer> officers,
                           std::span<const AssignPost> posts, const AssignOptions& options) {
  Assignment result;
  result.missing.assign(posts.size(), 0);
  result.post_of.assign(officers.size(), std::nullopt);
  // Officers alike to the flow (same home, unit and previous place) form one
  // supply node: a Polres has a few dozen stations, not hundreds of homes.
  std::vector<AssignOfficer> reps;
  std::vector<std::vector<std::size_t>> groups;
  {
    std::map<std::tuple<double, double, std::size_t, std::size_t>, std::size_t> group_of;
    for (std::size_t o = 0; o < officers.size(); ++o) {
      const AssignOfficer& a = officers[o];
      auto [it, added] =
          group_of.emplace(std::tuple{a.home.x, a.home.y, a.unit, a.previous}, reps.size());
      if (added) {
        reps.push_back(a);
        groups.emplace_back();
      }
      groups[it->second].push_back(o);
    }
  }
  std::vector<std::size_t> size(groups.size());
  for (std::size_t g = 0; g < groups.size(); ++g) size[g] = groups[g].size();
  auto pairs = candidate_arcs(reps, size, posts, options);
  // A change (replan) costs the penalty on top of travel: any post but the
  // officer's previous one, and the reserve for an officer who was at a post.
  const std::int64_t penalty = std::max<std::int64_t>(options.change_penalty_m, 0);
  auto changed_at = [&](const AssignOfficer& officer, std::optional<std::size_t> p) {
    const std::size_t was = officer.previous;
    if (was == kNoPrevious) return false;
    if (!p) return was < posts.size();
    return was != *p;
  };
  auto changed = [&](std::size_t o, std::optional<std::size_t> p) {
    return changed_at(officers[o], p);
  };
  std::vector<std::int64_t> reserve_cost(reps.size(), 0);
  for (std::size_t g = 0; g < reps.size(); ++g) {
    if (penalty > 0 && changed_at(reps[g], std::nullopt)) reserve_cost[g] = penalty;
  }
  std::vector<std::int64_t> pair_cost;
  std::int64_t shortage_unit = 0;
  auto price = [&] {
    pair_cost.resize(pairs.size());
    std::int64_t max_cost = 0;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
      pair_cost[i] = arc_cost_m(reps[pairs[i].first], posts[pairs[i].second], options);
      if (penalty > 0 && changed_at(reps[pairs[i].first], pairs[i].second)) {
        pair_cost[i] += penalty;
      }
      max_cost = std::max(max_cost, pair_cost[i]);
    }
    for (std::int64_t c : reserve_cost) max_cost = std::max(max_cost, c);
    // One missing officer must cost more than any re-routing of travel could
    // save (a path touches each officer at most once), so coverage comes first.
    shortage_unit = (max_cost + 1) * static_cast<std::int64_t>(officers.size() + 1);
  };
  price();

  std::vector<int> need(posts.size());
  for (std::size_t p = 0; p < posts.size(); ++p) need[p] = std::max(posts[p].need, 0);
  int halvings = 0, widenings = 0;
  const auto k = static_cast<std::size_t>(std::max(options.nearest_posts, 0));
  for (;;) {
    ++result.rounds;
    result.post_of = solve_flow(groups, officers.size(), posts, need, pairs, pair_cost,
                                reserve_cost, shortage_unit);
    if (widenings < kWideningRounds && widen(reps, groups, posts, need, k, result.post_of, pairs)) {
      ++widenings;
      price();
      continue;
    }
    std::vector<std::size_t> single = half_filled(result.post_of, need);
    if (single.empty()) break;
    if (++halvings > kHalvingRounds) {
      pair_up(officers, posts, single, result.post_of);
      break;
    }
    // Close half of them (rounded up), least severe first, so that the freed
    // officers can complete the other half in the next round rather than
    // every half-filled post being given up at once.
    std::stable_sort(single.begin(), single.end(), [&](std::size_t a, std::size_t b) {
      return posts[a].severity < posts[b].severity;
    });
    for (std::size_t i = 0; i < (single.size() + 1) / 2; ++i) need[single[i]] = 0;
  }
  std::vector<int> count(posts.size(), 0);
  for (const auto& p : result.post_of) {
    if (p) ++count[*p];
  }
  for (std::size_t p = 0; p < posts.size(); ++p)
    result.missing[p] = std::max(posts[p].need, 0) - count[p];
  for (std::size_t o = 0; o < officers.size(); ++o) {
    if (result.post_of[o])
      result.cost_m += arc_cost_m(officers[o], posts[*result.post_of[o]], options);
    result.changes += changed(o, result.post_of[o]);
  }
  return result;
}

}  // namespace siaga::engine::deployment
