#include "engine/routing/local_search.hpp"

#include <algorithm>
#include <cassert>
#include <optional>

namespace siaga::engine::routing::detail {

namespace {

constexpr double kImprovement = 1e-7;
// A route's polar sector is widened by this (of 65536) on both sides when
// deciding whether two routes are close enough for SWAP*.
constexpr int kSectorTolerance = 2500;
// SWAP* only up to this many visits.
constexpr int kSwapStarUpTo = 200;

int positive_mod(int i) {
  return ((i % 65536) + 65536) % 65536;
}

void extend_sector(int& start, int& end, int point) {
  const bool enclosed = positive_mod(point - start) <= positive_mod(end - start);
  if (enclosed) return;
  if (positive_mod(point - end) <= positive_mod(start - point)) {
    end = point;
  } else {
    start = point;
  }
}

void offer(double cost, int pos, double (&costs)[3], int (&positions)[3]) {
  if (cost >= costs[2]) return;
  if (cost >= costs[1]) {
    costs[2] = cost;
    positions[2] = pos;
  } else if (cost >= costs[0]) {
    costs[2] = costs[1];
    positions[2] = positions[1];
    costs[1] = cost;
    positions[1] = pos;
  } else {
    costs[2] = costs[1];
    positions[2] = positions[1];
    costs[1] = costs[0];
    positions[1] = positions[0];
    costs[0] = cost;
    positions[0] = pos;
  }
}

}  // namespace

LocalSearch::LocalSearch(const Model& model) : model_(model) {
  routes_.resize(model.vehicles());
  for (int i = 0; i < model.vehicles(); ++i) {
    Route& r = routes_[i];
    r.index = i;
    r.type = model.slot_type(i);
    r.matrix = model.matrix(model.type(r.type).profile);
    r.capacity = model.type(r.type).capacity;
  }
  route_of_.assign(model.nodes(), -1);
  pos_of_.assign(model.nodes(), -1);
  tested_.assign(model.nodes(), -1);
  for (int c = model.depots(); c < model.nodes(); ++c) order_.push_back(c);
}

void LocalSearch::load(const Individual& individual, const Penalties& penalties) {
  penalties_ = penalties;
  std::fill(route_of_.begin(), route_of_.end(), -1);
  std::fill(pos_of_.begin(), pos_of_.end(), -1);
  for (auto& r : routes_) {
    const VehicleType& t = model_.type(r.type);
    r.nodes.clear();
    r.nodes.push_back(t.start);
    if (r.index < static_cast<int>(individual.routes.size())) {
      const auto& visits = individual.routes[r.index];
      r.nodes.insert(r.nodes.end(), visits.begin(), visits.end());
    }
    r.nodes.push_back(t.end);
    update(r);
  }
}

Individual LocalSearch::result() const {
  std::vector<std::vector<int>> routes(routes_.size());
  for (const auto& r : routes_) {
    routes[r.index].assign(r.nodes.begin() + 1, r.nodes.end() - 1);
  }
  return make_individual(model_, std::move(routes));
}

void LocalSearch::update(Route& r) {
  const int n = model_.nodes();
  const int len = static_cast<int>(r.nodes.size());
  r.fwd.resize(len);
  r.bwd.resize(len);
  r.fwd[0] = model_.start_segment(r.type);
  for (int i = 1; i < len; ++i) {
    const Segment& s = i == len - 1 ? model_.end_segment(r.type) : model_.node_segment(r.nodes[i]);
    r.fwd[i] = concat(r.matrix, n, r.fwd[i - 1], s);
  }
  r.bwd[len - 1] = model_.end_segment(r.type);
  for (int i = len - 2; i >= 0; --i) {
    const Segment& s = i == 0 ? model_.start_segment(r.type) : model_.node_segment(r.nodes[i]);
    r.bwd[i] = concat(r.matrix, n, s, r.bwd[i + 1]);
  }
  r.cost = penalised(r.fwd[len - 1], r.capacity, penalties_);
  r.sector_start = 0;
  r.sector_end = 0xffff;
  for (int i = 1; i < len - 1; ++i) {
    route_of_[r.nodes[i]] = r.index;
    pos_of_[r.nodes[i]] = i;
    if (model_.has_points()) {
      const int a = model_.angle(r.nodes[i]);
      if (i == 1) {
        r.sector_start = a;
        r.sector_end = a;
      } else {
        extend_sector(r.sector_start, r.sector_end, a);
      }
    }
  }
  r.modified = ++updates_;
}

Segment LocalSearch::piece_segment(const Piece& p, const Route& target) const {
  if (p.route == nullptr) return model_.node_segment(p.from);
  const Route& r = *p.route;
  if (!p.reversed && r.type == target.type) {
    if (p.from == 0) return r.fwd[p.to];
    if (p.to == r.last()) return r.bwd[p.from];
  }
  auto at = [&](int pos) -> const Segment& {
    if (pos == 0) return model_.start_segment(r.type);
    if (pos == r.last()) return model_.end_segment(r.type);
    return model_.node_segment(r.nodes[pos]);
  };
  const int n = model_.nodes();
  if (p.reversed) {
    Segment s = at(p.to);
    for (int i = p.to - 1; i >= p.from; --i) s = concat(target.matrix, n, s, at(i));
    return s;
  }
  Segment s = at(p.from);
  for (int i = p.from + 1; i <= p.to; ++i) s = concat(target.matrix, n, s, at(i));
  return s;
}

double LocalSearch::evaluate(const Route& target, const Piece* pieces, int count) const {
  Segment s = piece_segment(pieces[0], target);
  for (int i = 1; i < count; ++i) {
    const Piece& p = pieces[i];
    if (p.route != nullptr && p.from > p.to) continue;
    s = concat(target.matrix, model_.nodes(), s, piece_segment(p, target));
  }
  return penalised(s, target.capacity, penalties_);
}

void LocalSearch::build(std::vector<int>& out, const Piece* pieces, int count) const {
  out.clear();
  for (int i = 0; i < count; ++i) {
    const Piece& p = pieces[i];
    if (p.route == nullptr) {
      out.push_back(p.from);
    } else if (p.reversed) {
      for (int k = p.to; k >= p.from; --k) out.push_back(p.route->nodes[k]);
    } else {
      for (int k = p.from; k <= p.to; ++k) out.push_back(p.route->nodes[k]);
    }
  }
}

double LocalSearch::piece_distance(const Piece& p, const Route& target) const {
  if (p.route == nullptr) return 0;
  const Route& r = *p.route;
  if (!p.reversed && r.matrix == target.matrix) {
    return r.fwd[p.to].distance - r.fwd[p.from].distance;
  }
  double d = 0;
  const int n = model_.nodes();
  if (p.reversed) {
    for (int i = p.to; i > p.from; --i) d += target.matrix[r.nodes[i] * n + r.nodes[i - 1]];
  } else {
    for (int i = p.from; i < p.to; ++i) d += target.matrix[r.nodes[i] * n + r.nodes[i + 1]];
  }
  return d;
}

double LocalSearch::distance(const Route& target, const Piece* pieces, int count) const {
  const int n = model_.nodes();
  double d = 0;
  int last = -1;
  for (int i = 0; i < count; ++i) {
    const Piece& p = pieces[i];
    if (p.route != nullptr && p.from > p.to) continue;
    const int first = p.route == nullptr ? p.from : p.route->nodes[p.reversed ? p.to : p.from];
    if (last >= 0) d += target.matrix[last * n + first];
    d += piece_distance(p, target);
    last = p.route == nullptr ? p.from : p.route->nodes[p.reversed ? p.from : p.to];
  }
  return d;
}

bool LocalSearch::try_move(Route& a, const Piece* pa, int na, Route* b, const Piece* pb, int nb,
                           double extra, std::optional<double> travel_delta) {
  // Penalised costs are at least the travel: a move whose travel alone does
  // not improve cannot improve.
  double bound = extra;
  if (travel_delta) {
    bound += *travel_delta - (a.cost - a.fwd.back().distance);
    if (b != nullptr) bound -= b->cost - b->fwd.back().distance;
  } else {
    bound += distance(a, pa, na) - a.cost;
    if (b != nullptr) bound += distance(*b, pb, nb) - b->cost;
  }
  if (bound >= -kImprovement) return false;
  double delta = extra + evaluate(a, pa, na) - a.cost;
  if (b != nullptr && delta - b->cost >= -kImprovement) return false;
  if (b != nullptr) delta += evaluate(*b, pb, nb) - b->cost;
  if (delta >= -kImprovement) return false;
  build(scratch_a_, pa, na);
  if (b != nullptr) build(scratch_b_, pb, nb);
  a.nodes.swap(scratch_a_);
  if (b != nullptr) b->nodes.swap(scratch_b_);
  // Visits that left a route without entering the other are now unserved.
  for (int node : scratch_a_) {
    if (model_.is_client(node) && route_of_[node] == a.index) route_of_[node] = -1;
  }
  if (b != nullptr) {
    for (int node : scratch_b_) {
      if (model_.is_client(node) && route_of_[node] == b->index) route_of_[node] = -1;
    }
  }
  update(a);
  if (b != nullptr) update(*b);
  return true;
}

bool LocalSearch::relocate(Route& ru, int pu, int count, bool reversed, Route& rv, int pv) {
  const int end = pu + count - 1;
  if (end > ru.size()) return false;
  const Piece moved{&ru, pu, end, reversed};
  if (&ru == &rv && pv >= pu - 1 && pv <= end) return false;
  std::optional<double> travel;
  if (ru.matrix == rv.matrix) {
    const int n = model_.nodes();
    const double* m = ru.matrix;
    const int before = ru.nodes[pu - 1];
    const int after = ru.nodes[end + 1];
    const int first = ru.nodes[reversed ? end : pu];
    const int last = ru.nodes[reversed ? pu : end];
    const int v = rv.nodes[pv];
    const int next = rv.nodes[pv + 1];
    double inner = 0;
    if (reversed) {
      for (int i = pu; i < end; ++i) {
        inner += m[ru.nodes[i + 1] * n + ru.nodes[i]] - m[ru.nodes[i] * n + ru.nodes[i + 1]];
      }
    }
    travel = m[before * n + after] - m[before * n + ru.nodes[pu]] - m[ru.nodes[end] * n + after] +
             m[v * n + first] + m[last * n + next] - m[v * n + next] + inner;
  }
  if (&ru == &rv) {
    if (pv < pu) {
      const Piece p[] = {{&ru, 0, pv}, moved, {&ru, pv + 1, pu - 1}, {&ru, end + 1, ru.last()}};
      return try_move(ru, p, 4, nullptr, nullptr, 0, 0, travel);
    }
    const Piece p[] = {{&ru, 0, pu - 1}, {&ru, end + 1, pv}, moved, {&ru, pv + 1, ru.last()}};
    return try_move(ru, p, 4, nullptr, nullptr, 0, 0, travel);
  }
  const Piece pa[] = {{&ru, 0, pu - 1}, {&ru, end + 1, ru.last()}};
  const Piece pb[] = {{&rv, 0, pv}, moved, {&rv, pv + 1, rv.last()}};
  return try_move(ru, pa, 2, &rv, pb, 3, 0, travel);
}

bool LocalSearch::exchange(Route& ru, int pu, int n, Route& rv, int pv, int m) {
  const int eu = pu + n - 1;
  const int ev = pv + m - 1;
  if (pv < 1 || eu > ru.size() || ev > rv.size()) return false;
  if (n == m && ru.nodes[pu] > rv.nodes[pv]) return false;
  const Piece a{&ru, pu, eu};
  const Piece b{&rv, pv, ev};
  std::optional<double> travel;
  const bool adjacent = &ru == &rv && (eu + 1 == pv || ev + 1 == pu);
  if (ru.matrix == rv.matrix && !adjacent) {
    const int nn = model_.nodes();
    const double* mx = ru.matrix;
    auto d = [&](int x, int y) { return mx[x * nn + y]; };
    const int bu = ru.nodes[pu - 1], au = ru.nodes[eu + 1], fu = ru.nodes[pu], lu = ru.nodes[eu];
    const int bv = rv.nodes[pv - 1], av = rv.nodes[ev + 1], fv = rv.nodes[pv], lv = rv.nodes[ev];
    travel = d(bu, fv) + d(lv, au) - d(bu, fu) - d(lu, au) + d(bv, fu) + d(lu, av) - d(bv, fv) -
             d(lv, av);
  }
  if (&ru == &rv) {
    if (eu < pv) {
      const Piece p[] = {{&ru, 0, pu - 1}, b, {&ru, eu + 1, pv - 1}, a, {&ru, ev + 1, ru.last()}};
      return try_move(ru, p, 5, nullptr, nullptr, 0, 0, travel);
    }
    if (ev < pu) {
      const Piece p[] = {{&ru, 0, pv - 1}, a, {&ru, ev + 1, pu - 1}, b, {&ru, eu + 1, ru.last()}};
      return try_move(ru, p, 5, nullptr, nullptr, 0, 0, travel);
    }
    return false;
  }
  const Piece pa[] = {{&ru, 0, pu - 1}, b, {&ru, eu + 1, ru.last()}};
  const Piece pb[] = {{&rv, 0, pv - 1}, a, {&rv, ev + 1, rv.last()}};
  return try_move(ru, pa, 3, &rv, pb, 3, 0, travel);
}

bool LocalSearch::two_opt_star(Route& ru, int pu, Route& rv, int pv) {
  if (&ru == &rv) return false;
  if (pu == ru.size() && pv == rv.size()) return false;
  if (ru.type == rv.type) {
    const int n = model_.nodes();
    const double* m = ru.matrix;
    const int u = ru.nodes[pu], nu = ru.nodes[pu + 1], v = rv.nodes[pv], nv = rv.nodes[pv + 1];
    const double travel = m[u * n + nv] + m[v * n + nu] - m[u * n + nu] - m[v * n + nv];
    const Piece pa[] = {{&ru, 0, pu}, {&rv, pv + 1, rv.last()}};
    const Piece pb[] = {{&rv, 0, pv}, {&ru, pu + 1, ru.last()}};
    return try_move(ru, pa, 2, &rv, pb, 2, 0, travel);
  }
  const Piece pa[] = {{&ru, 0, pu}, {&rv, pv + 1, rv.size()}, {&ru, ru.last(), ru.last()}};
  const Piece pb[] = {{&rv, 0, pv}, {&ru, pu + 1, ru.size()}, {&rv, rv.last(), rv.last()}};
  return try_move(ru, pa, 3, &rv, pb, 3);
}

bool LocalSearch::node_ops(int u, Route& rv, int pv) {
  Route& ru = routes_[route_of_[u]];
  const int pu = pos_of_[u];
  return relocate(ru, pu, 1, false, rv, pv) || relocate(ru, pu, 2, false, rv, pv) ||
         relocate(ru, pu, 2, true, rv, pv) || exchange(ru, pu, 1, rv, pv, 1) ||
         exchange(ru, pu, 2, rv, pv, 1) || exchange(ru, pu, 1, rv, pv, 2) ||
         exchange(ru, pu, 2, rv, pv, 2) || two_opt_star(ru, pu, rv, pv);
}

bool LocalSearch::insert_best(int u, bool only_improving) {
  double best = only_improving ? model_.prize(u) - kImprovement : kNoLimit;
  Route* best_route = nullptr;
  int best_pos = 0;
  empty_seen_.assign(model_.types(), 0);
  for (auto& r : routes_) {
    if (r.size() == 0) {
      if (empty_seen_[r.type]) continue;
      empty_seen_[r.type] = 1;
    }
    for (int p = 0; p <= r.size(); ++p) {
      const Piece pieces[] = {{&r, 0, p}, {nullptr, u, u}, {&r, p + 1, r.last()}};
      const double delta = evaluate(r, pieces, 3) - r.cost;
      if (delta < best) {
        best = delta;
        best_route = &r;
        best_pos = p;
      }
    }
  }
  if (best_route == nullptr) return false;
  Route& r = *best_route;
  r.nodes.insert(r.nodes.begin() + best_pos + 1, u);
  update(r);
  return true;
}

bool LocalSearch::try_remove(int u) {
  Route& r = routes_[route_of_[u]];
  const int p = pos_of_[u];
  const Piece pieces[] = {{&r, 0, p - 1}, {&r, p + 1, r.last()}};
  const double delta = evaluate(r, pieces, 2) - r.cost + model_.prize(u);
  if (delta >= -kImprovement) return false;
  r.nodes.erase(r.nodes.begin() + p);
  route_of_[u] = -1;
  pos_of_[u] = -1;
  update(r);
  return true;
}

bool LocalSearch::to_empty_route(int u) {
  Route& ru = routes_[route_of_[u]];
  for (int t = 0; t < model_.types(); ++t) {
    if (t == ru.type && ru.size() == 1) continue;
    for (auto& r : routes_) {
      if (r.type != t || r.size() != 0) continue;
      if (relocate(ru, pos_of_[u], 1, false, r, 0)) return true;
      break;
    }
  }
  return false;
}

bool LocalSearch::overlap(const Route& a, const Route& b) const {
  if (!model_.has_points()) return true;
  const int as = a.sector_start - kSectorTolerance;
  const int ae = a.sector_end + kSectorTolerance;
  const int bs = b.sector_start - kSectorTolerance;
  const int be = b.sector_end + kSectorTolerance;
  return positive_mod(bs - as) <= positive_mod(ae - as) ||
         positive_mod(as - bs) <= positive_mod(be - bs);
}

bool LocalSearch::swap_star(Route& a, Route& b) {
  const int la = a.size();
  const int lb = b.size();
  if (la == 0 || lb == 0) return false;
  remove_a_.resize(la + 1);
  remove_b_.resize(lb + 1);
  top_a_.resize(la + 1);
  top_b_.resize(lb + 1);
  for (int i = 1; i <= la; ++i) {
    const Piece p[] = {{&a, 0, i - 1}, {&a, i + 1, a.last()}};
    remove_a_[i] = evaluate(a, p, 2) - a.cost;
  }
  for (int j = 1; j <= lb; ++j) {
    const Piece p[] = {{&b, 0, j - 1}, {&b, j + 1, b.last()}};
    remove_b_[j] = evaluate(b, p, 2) - b.cost;
  }
  auto top3 = [&](Route& into, int node, Top3& top) {
    top = Top3{{kNoLimit, kNoLimit, kNoLimit}, {-1, -1, -1}};
    for (int p = 0; p <= into.size(); ++p) {
      const Piece pieces[] = {{&into, 0, p}, {nullptr, node, node}, {&into, p + 1, into.last()}};
      offer(evaluate(into, pieces, 3) - into.cost, p, top.cost, top.pos);
    }
  };
  for (int i = 1; i <= la; ++i) top3(b, a.nodes[i], top_a_[i]);
  for (int j = 1; j <= lb; ++j) top3(a, b.nodes[j], top_b_[j]);

  double best = -kImprovement;
  int bi = -1, bj = -1, pos_in_b = -1, pos_in_a = -1;  // -1: in place of the other
  for (int i = 1; i <= la; ++i) {
    const int u = a.nodes[i];
    for (int j = 1; j <= lb; ++j) {
      if (remove_a_[i] + remove_b_[j] >= best) continue;
      const int v = b.nodes[j];
      // U into b without V.
      const Piece pb[] = {{&b, 0, j - 1}, {nullptr, u, u}, {&b, j + 1, b.last()}};
      double cost_b = evaluate(b, pb, 3) - b.cost;
      int at_b = -1;
      const Top3& tu = top_a_[i];
      for (int k = 0; k < 3; ++k) {
        if (tu.pos[k] < 0 || tu.pos[k] == j || tu.pos[k] == j - 1) continue;
        if (remove_b_[j] + tu.cost[k] < cost_b) {
          cost_b = remove_b_[j] + tu.cost[k];
          at_b = tu.pos[k];
        }
        break;
      }
      if (remove_a_[i] + cost_b >= best) continue;
      const Piece pa[] = {{&a, 0, i - 1}, {nullptr, v, v}, {&a, i + 1, a.last()}};
      double cost_a = evaluate(a, pa, 3) - a.cost;
      int at_a = -1;
      const Top3& tv = top_b_[j];
      for (int k = 0; k < 3; ++k) {
        if (tv.pos[k] < 0 || tv.pos[k] == i || tv.pos[k] == i - 1) continue;
        if (remove_a_[i] + tv.cost[k] < cost_a) {
          cost_a = remove_a_[i] + tv.cost[k];
          at_a = tv.pos[k];
        }
        break;
      }
      if (cost_a + cost_b < best) {
        best = cost_a + cost_b;
        bi = i;
        bj = j;
        pos_in_a = at_a;
        pos_in_b = at_b;
      }
    }
  }
  if (bi < 0) return false;
  const int u = a.nodes[bi];
  const int v = b.nodes[bj];
  auto pieces_for = [](Route& r, int remove, int node, int after, Piece* out) {
    if (after < 0) {
      out[0] = {&r, 0, remove - 1};
      out[1] = {nullptr, node, node};
      out[2] = {&r, remove + 1, r.last()};
      return 3;
    }
    if (after < remove) {
      out[0] = {&r, 0, after};
      out[1] = {nullptr, node, node};
      out[2] = {&r, after + 1, remove - 1};
      out[3] = {&r, remove + 1, r.last()};
      return 4;
    }
    out[0] = {&r, 0, remove - 1};
    out[1] = {&r, remove + 1, after};
    out[2] = {nullptr, node, node};
    out[3] = {&r, after + 1, r.last()};
    return 4;
  };
  Piece pa[4];
  Piece pb[4];
  const int na = pieces_for(a, bi, v, pos_in_a, pa);
  const int nb = pieces_for(b, bj, u, pos_in_b, pb);
  return try_move(a, pa, na, &b, pb, nb);
}

void LocalSearch::insert_unserved(Rng& rng) {
  rng.shuffle(order_.begin(), order_.end());
  for (int u : order_) {
    if (route_of_[u] < 0) insert_best(u, false);
  }
}

void LocalSearch::improve(Rng& rng, std::chrono::steady_clock::time_point deadline) {
  int checks = 0;
  auto late = [&] { return (++checks & 63) == 0 && std::chrono::steady_clock::now() >= deadline; };
  rng.shuffle(order_.begin(), order_.end());
  std::fill(tested_.begin(), tested_.end(), -1);
  for (auto& r : routes_) r.tested = -1;
  for (;;) {
    for (bool again = true; again;) {
      again = false;
      for (int u : order_) {
        if (late()) return;
        const std::int64_t last = tested_[u];
        tested_[u] = updates_;
        if (route_of_[u] < 0) {
          again |= insert_best(u, true);
          continue;
        }
        if (try_remove(u)) {
          again = true;
          continue;
        }
        for (int v : model_.neighbours(u)) {
          if (route_of_[v] < 0) continue;
          Route& rv = routes_[route_of_[v]];
          if (routes_[route_of_[u]].modified <= last && rv.modified <= last) continue;
          const int pv = pos_of_[v];
          if (node_ops(u, rv, pv)) {
            again = true;
            continue;
          }
          if (pv == 1 && node_ops(u, rv, 0)) again = true;
        }
        if (routes_[route_of_[u]].modified > last && to_empty_route(u)) again = true;
      }
    }
    // SWAP* costs more than the node operators save on large instances: it
    // evaluates every pair of visits of two overlapping routes, and there
    // most routes from one depot overlap. Off there, the local search is
    // several times faster, which buys far more offspring (on the
    // 1,000-visit escort day: about 100 instead of 0 in 5 s on 2 threads,
    // 3 % cheaper at 5 s).
    if (model_.clients() > kSwapStarUpTo) return;
    bool improved = false;
    for (auto& a : routes_) {
      if (a.size() == 0) continue;
      const std::int64_t last = a.tested;
      a.tested = updates_;
      for (auto& b : routes_) {
        if (b.index <= a.index || b.size() == 0) continue;
        if (a.modified <= last && b.modified <= last) continue;
        if (!overlap(a, b)) continue;
        if (swap_star(a, b)) improved = true;
      }
    }
    if (!improved) return;
  }
}

}  // namespace siaga::engine::routing::detail
