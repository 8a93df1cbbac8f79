#pragma once
// The VRPTW solver: an anytime hybrid genetic search with a local search on
// a granular neighbourhood, as in Vidal's HGS and PyVRP, written for time
// windows (time-warp penalties, concatenation of route segments).
//
// Objective, lexicographic: serve every visit when possible, else the most
// total priority, and say which visits were left and why; then the least
// total travel. Bounded: returns the best plan found by the deadline.
// Deterministic for a (seed, threads, max_iterations) when max_iterations
// stops the search before the time limit does.

#include <chrono>
#include <cstdint>
#include <optional>

#include "engine/routing/plan.hpp"
#include "engine/routing/problem.hpp"

namespace siaga::engine::routing {

struct SolveOptions {
  std::chrono::milliseconds time_limit{1000};
  std::uint64_t seed = 1;
  unsigned threads = 2;
  // Stops each thread after this many iterations (for reproducible tests).
  std::optional<std::uint64_t> max_iterations;
};

// Throws nothing; a problem whose matrices do not match its sizes is a
// programming error caught by an assertion. Each returned route respects
// every window, capacity and shift; what cannot be served is in `unserved`.
Plan solve(const Problem& problem, const SolveOptions& options);

}  // namespace siaga::engine::routing
