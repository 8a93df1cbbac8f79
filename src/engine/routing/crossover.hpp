#pragma once
// Selective route exchange crossover (SREX, Nagata and Kobayashi 2010, as in
// PyVRP): a run of routes of parent A, neighbours by polar angle, replaces
// the best-overlapping run of parent B. Returns the two classic offspring
// with the visits they lost left out (the caller inserts them again).

#include <array>
#include <vector>

#include "engine/routing/individual.hpp"
#include "engine/routing/model.hpp"
#include "engine/routing/rng.hpp"

namespace siaga::engine::routing::detail {

std::array<Routes, 2> srex(const Model& model, const Individual& a, const Individual& b, Rng& rng);

}  // namespace siaga::engine::routing::detail
