#include "engine/routing/individual.hpp"

#include <algorithm>

namespace siaga::engine::routing::detail {

int Individual::used_routes() const {
  int used = 0;
  for (const auto& r : routes) used += r.empty() ? 0 : 1;
  return used;
}

Segment route_segment(const Model& model, int slot, const std::vector<int>& visits) {
  const int type = model.slot_type(slot);
  const double* m = model.matrix(model.type(type).profile);
  Segment s = model.start_segment(type);
  for (int v : visits) s = concat(m, model.nodes(), s, model.node_segment(v));
  return concat(m, model.nodes(), s, model.end_segment(type));
}

Individual make_individual(const Model& model, std::vector<std::vector<int>> routes) {
  Individual ind;
  ind.routes = std::move(routes);
  ind.succ.assign(model.nodes(), -1);
  ind.pred.assign(model.nodes(), -1);
  std::vector<char> served(model.nodes(), 0);
  for (int slot = 0; slot < static_cast<int>(ind.routes.size()); ++slot) {
    const auto& r = ind.routes[slot];
    if (r.empty()) continue;
    const Segment s = route_segment(model, slot, r);
    ind.distance += s.distance;
    ind.time_warp += s.time_warp;
    ind.excess_load += std::max(s.load - model.type(model.slot_type(slot)).capacity, 0.0);
    for (std::size_t i = 0; i < r.size(); ++i) {
      served[r[i]] = 1;
      if (i > 0) ind.pred[r[i]] = r[i - 1];
      if (i + 1 < r.size()) ind.succ[r[i]] = r[i + 1];
    }
  }
  for (int c = model.depots(); c < model.nodes(); ++c) {
    if (served[c]) continue;
    ind.lost_prize += model.prize(c);
    ind.lost_priority += model.priority(c);
  }
  return ind;
}

double broken_pairs(const Model& model, const Individual& a, const Individual& b) {
  int broken = 0;
  for (int c = model.depots(); c < model.nodes(); ++c) {
    if (a.succ[c] != b.succ[c] && a.succ[c] != b.pred[c]) ++broken;
    if (a.pred[c] == -1 && b.pred[c] != -1 && b.succ[c] != -1) ++broken;
  }
  return static_cast<double>(broken) / std::max(1, model.clients());
}

}  // namespace siaga::engine::routing::detail
