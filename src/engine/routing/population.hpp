#pragma once
// The population of the genetic search (Vidal et al. 2012): a feasible and
// an infeasible subpopulation, each ranked by a biased fitness that mixes
// the cost rank with the diversity rank (mean broken-pairs distance to the
// closest individuals); survivor selection removes clones first, then the
// worst fitness; parents come from binary tournaments.

#include <memory>
#include <vector>

#include "engine/routing/individual.hpp"
#include "engine/routing/model.hpp"
#include "engine/routing/rng.hpp"

namespace siaga::engine::routing::detail {

// Smaller than HGS's 25 + 40: tuned for searches of about a second on 100
// visits, where a small population turns over often enough (at 5 s the two
// sizes end level on the Solomon set).
struct PopulationParams {
  int min_size = 12;
  int generation = 20;
  int elite = 4;
  int close = 5;
};

class Population {
 public:
  Population(const Model& model, PopulationParams params);
  ~Population();
  Population(const Population&) = delete;
  Population& operator=(const Population&) = delete;

  void add(const Individual& individual, const Penalties& penalties);
  // Binary tournament over both subpopulations; REQUIRES: size() > 0.
  const Individual& select(Rng& rng, const Penalties& penalties);
  void clear();
  int size() const;

 private:
  struct Entry;
  struct SubPopulation {
    bool feasible = true;
    std::vector<std::unique_ptr<Entry>> entries;
  };

  void update_fitness(SubPopulation& sub, const Penalties& penalties);
  void select_survivors(SubPopulation& sub, const Penalties& penalties);
  void remove(SubPopulation& sub, std::size_t index);

  const Model& model_;
  PopulationParams params_;
  SubPopulation feasible_;
  SubPopulation infeasible_;
};

}  // namespace siaga::engine::routing::detail
