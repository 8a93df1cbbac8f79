#pragma once
// One solution of the genetic search: the visits of every vehicle slot in
// order, its cost split into travel, infeasibilities and lost prizes, and
// the neighbours of every visit for the broken-pairs distance.

#include <vector>

#include "engine/routing/model.hpp"
#include "engine/routing/segment.hpp"

namespace siaga::engine::routing::detail {

inline constexpr double kFeasibleTolerance = 1e-7;

using Routes = std::vector<std::vector<int>>;  // per vehicle slot, client nodes

struct Individual {
  std::vector<std::vector<int>> routes;  // per vehicle slot, client nodes
  double distance = 0;
  double excess_load = 0;
  double time_warp = 0;
  double lost_prize = 0;   // prizes of the visits left out
  long lost_priority = 0;  // their total priority
  std::vector<int> succ;   // per node; -1: depot or not served
  std::vector<int> pred;

  bool feasible() const {
    return excess_load <= kFeasibleTolerance && time_warp <= kFeasibleTolerance;
  }
  // The objective of a feasible individual.
  double objective() const { return distance + lost_prize; }
  // Lexicographic: less priority lost, then less travel (feasible ones).
  bool better_than(const Individual& other) const {
    if (lost_priority != other.lost_priority) return lost_priority < other.lost_priority;
    return distance < other.distance - 1e-9;
  }
  double penalised(const Penalties& p) const {
    return distance + lost_prize + p.load * excess_load + p.warp * time_warp;
  }
  int used_routes() const;
};

// Evaluates `routes` into an individual.
Individual make_individual(const Model& model, std::vector<std::vector<int>> routes);

// The segment of a whole route (depot to depot) of slot `slot`.
Segment route_segment(const Model& model, int slot, const std::vector<int>& visits);

// Broken-pairs distance in [0, 1].
double broken_pairs(const Model& model, const Individual& a, const Individual& b);

}  // namespace siaga::engine::routing::detail
