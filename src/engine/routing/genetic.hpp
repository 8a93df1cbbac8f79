#pragma once
// One thread of the hybrid genetic search (Vidal et al. 2012; PyVRP):
// SREX offspring educated by the local search, adaptive penalties that aim
// at a share of feasible offspring, repair of infeasible ones under boosted
// penalties, restart after a long run without improvement.

#include <chrono>
#include <cstdint>
#include <optional>

#include "engine/routing/individual.hpp"
#include "engine/routing/model.hpp"

namespace siaga::engine::routing::detail {

using Clock = std::chrono::steady_clock;

struct SearchLimits {
  Clock::time_point start;
  Clock::time_point deadline;
  std::optional<std::uint64_t> max_iterations;
};

struct SearchOutcome {
  std::optional<Individual> best_feasible;
  std::optional<Individual> best_infeasible;  // least time warp and excess load
  std::uint64_t iterations = 0;
  double seconds_to_best = 0;
  double seconds_to_feasible = -1;
};

// `start`, when given, is a feasible solution that joins the initial
// population (and is the first best) before the local search improves it.
SearchOutcome genetic_search(const Model& model, std::uint64_t seed, const SearchLimits& limits,
                             const Routes* start = nullptr);

}  // namespace siaga::engine::routing::detail
