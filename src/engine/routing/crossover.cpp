#include "engine/routing/crossover.hpp"

#include <algorithm>
#include <cmath>

namespace siaga::engine::routing::detail {

namespace {

// Non-empty route slots ordered by the polar angle of their centroid.
std::vector<int> ordered_routes(const Model& model, const Individual& ind) {
  std::vector<std::pair<double, int>> keyed;
  const double ox = model.x(0);
  const double oy = model.y(0);
  for (int slot = 0; slot < static_cast<int>(ind.routes.size()); ++slot) {
    const auto& r = ind.routes[slot];
    if (r.empty()) continue;
    double x = 0;
    double y = 0;
    for (int c : r) {
      x += model.x(c);
      y += model.y(c);
    }
    const auto n = static_cast<double>(r.size());
    const double angle = model.has_points() ? std::atan2(y / n - oy, x / n - ox) : slot;
    keyed.emplace_back(angle, slot);
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<int> slots;
  for (const auto& [angle, slot] : keyed) slots.push_back(slot);
  return slots;
}

}  // namespace

std::array<Routes, 2> srex(const Model& model, const Individual& a, const Individual& b, Rng& rng) {
  const std::vector<int> ra = ordered_routes(model, a);
  const std::vector<int> rb = ordered_routes(model, b);
  const int na = static_cast<int>(ra.size());
  const int nb = static_cast<int>(rb.size());
  if (na == 0 || nb == 0) return {b.routes, a.routes};
  const int moved = 1 + rng.below(std::min(na, nb));
  const int start_a = rng.below(na);
  int start_b = rng.below(nb);

  std::vector<char> in_a(model.nodes(), 0);
  for (int k = 0; k < moved; ++k) {
    for (int c : a.routes[ra[(start_a + k) % na]]) in_a[c] = 1;
  }
  auto shared = [&](int index) {
    int count = 0;
    for (int c : b.routes[rb[((index % nb) + nb) % nb]]) count += in_a[c];
    return count;
  };
  // Slide B's run towards more visits in common with A's run.
  for (int steps = 0; steps < nb; ++steps) {
    const int left = shared(start_b - 1) - shared(start_b + moved - 1);
    const int right = shared(start_b + moved) - shared(start_b);
    if (left <= 0 && right <= 0) break;
    start_b = left > right ? (start_b - 1 + nb) % nb : (start_b + 1) % nb;
  }

  std::vector<char> selected_b_slot(b.routes.size(), 0);
  for (int k = 0; k < moved; ++k) selected_b_slot[rb[(start_b + k) % nb]] = 1;
  std::vector<char> in_b_rest(model.nodes(), 0);
  for (int slot = 0; slot < static_cast<int>(b.routes.size()); ++slot) {
    if (selected_b_slot[slot]) continue;
    for (int c : b.routes[slot]) in_b_rest[c] = 1;
  }

  std::array<Routes, 2> children{Routes(b.routes.size()), Routes(b.routes.size())};
  for (int slot = 0; slot < static_cast<int>(b.routes.size()); ++slot) {
    if (selected_b_slot[slot]) continue;
    for (int c : b.routes[slot]) {
      if (!in_a[c]) children[0][slot].push_back(c);
    }
    children[1][slot] = b.routes[slot];
  }
  for (int k = 0; k < moved; ++k) {
    const auto& from = a.routes[ra[(start_a + k) % na]];
    const int slot = rb[(start_b + k) % nb];
    children[0][slot] = from;
    for (int c : from) {
      if (!in_b_rest[c]) children[1][slot].push_back(c);
    }
  }
  return children;
}

}  // namespace siaga::engine::routing::detail
