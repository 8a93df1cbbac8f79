#pragma once
// A Solomon instance as a routing Problem: travel time = cost = Euclidean
// distance in full double precision, the fixed fleet of the file, each
// vehicle's shift = the depot's window, every customer a visit of priority 1
// whose id is its customer number. (The text format is read by
// io/solomon.hpp; this side takes plain numbers so the engine needs no io.)

#include <vector>

#include "engine/routing/problem.hpp"

namespace siaga::engine::routing {

struct SolomonSite {
  int number = 0;
  double x = 0;
  double y = 0;
  double demand = 0;
  double ready = 0;
  double due = 0;
  double service = 0;
};

// REQUIRES: !sites.empty(); sites[0] is the depot.
Problem solomon_problem(int vehicles, double capacity, const std::vector<SolomonSite>& sites);

}  // namespace siaga::engine::routing
