#include "engine/routing/model.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numbers>
#include <numeric>

namespace siaga::engine::routing::detail {

namespace {

// Granular neighbourhood size and the weights of the time-window terms of
// the proximity (Vidal et al. 2013; PyVRP's compute_neighbours).
constexpr int kGranular = 20;
constexpr double kWeightWait = 0.2;
constexpr double kWeightWarp = 1.0;

}  // namespace

Model::Model(const Problem& problem, const std::vector<std::size_t>& visits) {
  assert(!problem.travel.empty());
  // Depot nodes: every distinct start or end location of a vehicle.
  std::vector<std::size_t> location_of;
  auto depot_node = [&](std::size_t location) {
    for (std::size_t i = 0; i < location_of.size(); ++i) {
      if (location_of[i] == location) return static_cast<int>(i);
    }
    location_of.push_back(location);
    return static_cast<int>(location_of.size() - 1);
  };
  for (const auto& v : problem.vehicles) {
    depot_node(v.start_location);
    depot_node(v.end_location);
  }
  if (location_of.empty()) location_of.push_back(0);
  depots_ = static_cast<int>(location_of.size());
  visit_of_.assign(depots_, 0);
  for (std::size_t v : visits) {
    location_of.push_back(problem.visits[v].location);
    visit_of_.push_back(v);
  }
  nodes_ = static_cast<int>(location_of.size());

  const std::size_t n = static_cast<std::size_t>(nodes_);
  matrices_.resize(problem.travel.size());
  double edge_sum = 0;
  for (std::size_t p = 0; p < problem.travel.size(); ++p) {
    assert(problem.travel[p].size() == problem.locations * problem.locations);
    auto& m = matrices_[p];
    m.resize(n * n);
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = 0; j < n; ++j) {
        m[i * n + j] = problem.travel_time(p, location_of[i], location_of[j]);
        if (p == 0) edge_sum += m[i * n + j];
      }
    }
  }
  average_edge_ = std::max(edge_sum / static_cast<double>(n * n), 1e-6);

  double max_edge = 0;
  for (const auto& m : matrices_) {
    for (double d : m) {
      if (std::isfinite(d)) max_edge = std::max(max_edge, d);
    }
  }

  segments_.resize(n);
  prizes_.assign(n, 0);
  priorities_.assign(n, 0);
  // A served visit outweighs its detour (at most twice the longest edge
  // when travel obeys the triangle inequality) by a margin; the search
  // compares individuals by lost priority first anyway. A larger prize would
  // dwarf the time-warp penalties and keep overbooked searches infeasible.
  const double unit_prize = std::max(1.0, 4 * max_edge);
  double demand_sum = 0;
  for (int i = 0; i < nodes_; ++i) {
    segments_[i] = Segment{i, i, 0, 0, 0, 0, 0, kNoLimit};
    if (i < depots_) continue;
    const Visit& v = problem.visits[visit_of_[i]];
    segments_[i] = Segment{i, i, 0, v.demand, v.service, 0, v.window_open, v.window_close};
    priorities_[i] = std::max(1, v.priority);
    prizes_[i] = unit_prize * priorities_[i];
    demand_sum += std::abs(v.demand);
  }
  average_demand_ = std::max(demand_sum / std::max(1, clients()), 1e-6);

  for (const auto& v : problem.vehicles) {
    VehicleType t{depot_node(v.start_location),
                  depot_node(v.end_location),
                  v.shift_open,
                  v.shift_close,
                  v.capacity,
                  static_cast<int>(v.profile)};
    int found = -1;
    for (std::size_t k = 0; k < types_.size(); ++k) {
      const auto& o = types_[k];
      if (o.start == t.start && o.end == t.end && o.shift_open == t.shift_open &&
          o.shift_close == t.shift_close && o.capacity == t.capacity && o.profile == t.profile) {
        found = static_cast<int>(k);
      }
    }
    if (found < 0) {
      found = static_cast<int>(types_.size());
      types_.push_back(t);
      start_segments_.push_back(Segment{t.start, t.start, 0, 0, 0, 0, t.shift_open, t.shift_close});
      end_segments_.push_back(Segment{t.end, t.end, 0, 0, 0, 0, t.shift_open, t.shift_close});
    }
    slot_type_.push_back(found);
  }

  // Granular neighbourhoods: travel plus the least waiting and time warp
  // the pair forces, symmetrised, over the cheapest profile.
  neighbours_.resize(n);
  const int k = std::min(kGranular, clients() - 1);
  std::vector<double> proximity(n);
  std::vector<int> order;
  auto one_way = [&](int i, int j) {
    double best = kNoLimit;
    for (const auto& m : matrices_) {
      const double d = m[i * nodes_ + j];
      const Segment& a = segments_[i];
      const Segment& b = segments_[j];
      const double wait = std::max(b.earliest - d - a.duration - a.latest, 0.0);
      const double warp = std::max(a.earliest + a.duration + d - b.latest, 0.0);
      best = std::min(best, d + kWeightWait * wait + kWeightWarp * warp);
    }
    return best;
  };
  for (int i = depots_; i < nodes_ && k > 0; ++i) {
    order.clear();
    for (int j = depots_; j < nodes_; ++j) {
      if (j == i) continue;
      proximity[j] = std::min(one_way(i, j), one_way(j, i));
      order.push_back(j);
    }
    std::partial_sort(order.begin(), order.begin() + k, order.end(),
                      [&](int a, int b) { return proximity[a] < proximity[b]; });
    neighbours_[i].assign(order.begin(), order.begin() + k);
  }

  angles_.assign(n, 0);
  xs_.assign(n, 0);
  ys_.assign(n, 0);
  has_points_ = problem.points.size() == problem.locations && problem.locations > 0;
  if (has_points_) {
    const auto& origin = problem.points[location_of[0]];
    for (int i = 0; i < nodes_; ++i) {
      const auto& p = problem.points[location_of[i]];
      xs_[i] = p.x;
      ys_[i] = p.y;
      const double a = std::atan2(p.y - origin.y, p.x - origin.x);
      angles_[i] = static_cast<int>(32768 + a * 32768 / std::numbers::pi) & 0xffff;
    }
  }
}

}  // namespace siaga::engine::routing::detail
