#include "engine/routing/population.hpp"

#include <algorithm>
#include <numeric>
#include <utility>

namespace siaga::engine::routing::detail {

struct Population::Entry {
  Individual individual;
  std::vector<std::pair<double, const Entry*>> close;  // by distance, ascending
  double fitness = 0;

  double average_distance(int count) const {
    const int k = std::min<int>(count, static_cast<int>(close.size()));
    if (k == 0) return 0;
    double sum = 0;
    for (int i = 0; i < k; ++i) sum += close[i].first;
    return sum / k;
  }
};

Population::Population(const Model& model, PopulationParams params)
    : model_(model), params_(params) {
  infeasible_.feasible = false;
}

Population::~Population() = default;

int Population::size() const {
  return static_cast<int>(feasible_.entries.size() + infeasible_.entries.size());
}

void Population::clear() {
  feasible_.entries.clear();
  infeasible_.entries.clear();
}

void Population::add(const Individual& individual, const Penalties& penalties) {
  SubPopulation& sub = individual.feasible() ? feasible_ : infeasible_;
  auto entry = std::make_unique<Entry>();
  entry->individual = individual;
  for (auto& other : sub.entries) {
    const double d = broken_pairs(model_, entry->individual, other->individual);
    auto by_distance = [](const auto& a, const auto& b) { return a.first < b.first; };
    const std::pair<double, const Entry*> to_other{d, other.get()};
    entry->close.insert(
        std::upper_bound(entry->close.begin(), entry->close.end(), to_other, by_distance),
        to_other);
    const std::pair<double, const Entry*> to_new{d, entry.get()};
    other->close.insert(
        std::upper_bound(other->close.begin(), other->close.end(), to_new, by_distance), to_new);
  }
  sub.entries.push_back(std::move(entry));
  if (static_cast<int>(sub.entries.size()) > params_.min_size + params_.generation) {
    select_survivors(sub, penalties);
  }
}

void Population::update_fitness(SubPopulation& sub, const Penalties& penalties) {
  const int n = static_cast<int>(sub.entries.size());
  if (n == 0) return;
  if (n == 1) {
    sub.entries[0]->fitness = 0;
    return;
  }
  std::vector<std::pair<double, int>> by_cost(n);
  for (int i = 0; i < n; ++i) {
    const Individual& ind = sub.entries[i]->individual;
    by_cost[i] = {sub.feasible ? ind.objective() : ind.penalised(penalties), i};
  }
  std::sort(by_cost.begin(), by_cost.end());
  std::vector<std::pair<double, int>> by_diversity(n);
  for (int rank = 0; rank < n; ++rank) {
    const int i = by_cost[rank].second;
    by_diversity[rank] = {-sub.entries[i]->average_distance(params_.close), rank};
  }
  std::stable_sort(by_diversity.begin(), by_diversity.end());
  const double elite_weight = 1.0 - static_cast<double>(params_.elite) / n;
  for (int div_rank = 0; div_rank < n; ++div_rank) {
    const int cost_rank = by_diversity[div_rank].second;
    const int i = by_cost[cost_rank].second;
    sub.entries[i]->fitness =
        (static_cast<double>(cost_rank) + elite_weight * static_cast<double>(div_rank)) / (n - 1);
  }
}

void Population::remove(SubPopulation& sub, std::size_t index) {
  const Entry* gone = sub.entries[index].get();
  for (auto& other : sub.entries) {
    auto& c = other->close;
    c.erase(std::remove_if(c.begin(), c.end(), [gone](const auto& p) { return p.second == gone; }),
            c.end());
  }
  sub.entries.erase(sub.entries.begin() + static_cast<std::ptrdiff_t>(index));
}

void Population::select_survivors(SubPopulation& sub, const Penalties& penalties) {
  while (static_cast<int>(sub.entries.size()) > params_.min_size) {
    update_fitness(sub, penalties);
    std::size_t worst = 0;
    bool worst_clone = false;
    double worst_fitness = -1;
    for (std::size_t i = 0; i < sub.entries.size(); ++i) {
      const Entry& e = *sub.entries[i];
      const bool clone = !e.close.empty() && e.close.front().first < 1e-9;
      if ((clone && !worst_clone) || (clone == worst_clone && e.fitness > worst_fitness)) {
        worst = i;
        worst_clone = clone;
        worst_fitness = e.fitness;
      }
    }
    remove(sub, worst);
  }
}

const Individual& Population::select(Rng& rng, const Penalties& penalties) {
  update_fitness(feasible_, penalties);
  update_fitness(infeasible_, penalties);
  const int nf = static_cast<int>(feasible_.entries.size());
  auto pick = [&]() -> const Entry& {
    const int i = rng.below(size());
    return i < nf ? *feasible_.entries[i] : *infeasible_.entries[i - nf];
  };
  const Entry& a = pick();
  const Entry& b = pick();
  return a.fitness <= b.fitness ? a.individual : b.individual;
}

}  // namespace siaga::engine::routing::detail
