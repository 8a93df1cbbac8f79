#include "engine/routing/solomon_problem.hpp"

#include <cassert>
#include <cmath>

namespace siaga::engine::routing {

Problem solomon_problem(int vehicles, double capacity, const std::vector<SolomonSite>& sites) {
  assert(!sites.empty());
  Problem problem;
  const std::size_t n = sites.size();
  problem.locations = n;
  problem.travel.assign(1, std::vector<double>(n * n, 0.0));
  for (std::size_t i = 0; i < n; ++i) {
    problem.points.push_back({sites[i].x, sites[i].y});
    for (std::size_t j = 0; j < n; ++j) {
      problem.travel[0][i * n + j] = std::hypot(sites[i].x - sites[j].x, sites[i].y - sites[j].y);
    }
  }
  for (std::size_t i = 1; i < n; ++i) {
    const SolomonSite& s = sites[i];
    problem.visits.push_back(Visit{s.number, i, s.ready, s.due, s.service, s.demand, 1});
  }
  for (int v = 0; v < vehicles; ++v) {
    problem.vehicles.push_back(Vehicle{v + 1, 0, 0, sites[0].ready, sites[0].due, capacity, 0});
  }
  return problem;
}

}  // namespace siaga::engine::routing
