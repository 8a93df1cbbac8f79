#pragma once
// A route segment summarised for O(1) concatenation (Vidal et al. 2013; the
// time-warp form of Nagata et al. 2010, as in PyVRP): travel, load, duration
// (travel + service + waiting), time warp, and the earliest and latest start
// of the segment's first visit that keep its duration and time warp minimal.

#include <algorithm>

namespace siaga::engine::routing::detail {

struct Segment {
  int first = 0;  // first and last node of the segment (for the joining edge)
  int last = 0;
  double distance = 0;
  double load = 0;
  double duration = 0;
  double time_warp = 0;
  double earliest = 0;
  double latest = 0;
};

// `a` then `b`, joined by the edge a.last -> b.first of the row-major
// `matrix` with `n` columns.
inline Segment concat(const double* matrix, int n, const Segment& a, const Segment& b) {
  const double edge = matrix[a.last * n + b.first];
  const double delta = a.duration - a.time_warp + edge;
  const double wait = std::max(b.earliest - delta - a.latest, 0.0);
  const double warp = std::max(a.earliest + delta - b.latest, 0.0);
  return Segment{a.first,
                 b.last,
                 a.distance + edge + b.distance,
                 a.load + b.load,
                 a.duration + b.duration + edge + wait,
                 a.time_warp + b.time_warp + warp,
                 std::max(b.earliest - delta, a.earliest) - wait,
                 std::min(b.latest - delta, a.latest) + warp};
}

// Weights of the two infeasibilities in the penalised cost.
struct Penalties {
  double load = 1;  // per unit of load over capacity
  double warp = 1;  // per unit of time warp
};

inline double penalised(const Segment& s, double capacity, const Penalties& p) {
  return s.distance + p.load * std::max(s.load - capacity, 0.0) + p.warp * s.time_warp;
}

}  // namespace siaga::engine::routing::detail
