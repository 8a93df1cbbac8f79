#include "engine/routing/solomon_problem.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "engine/routing/routing_test_support.hpp"
#include "engine/routing/solver.hpp"
#include "io/solomon.hpp"

namespace siaga::engine::routing {
namespace {

Problem load(const std::string& name) {
  std::ifstream in(std::string(SIAGA_SOURCE_DIR) + "/tests/engine/routing/testdata/" + name,
                   std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  auto parsed = io::parse_solomon(text.str());
  EXPECT_TRUE(parsed.ok());
  std::vector<SolomonSite> sites;
  for (const auto& c : parsed->customers) {
    sites.push_back({c.number, c.x, c.y, c.demand, c.ready, c.due, c.service});
  }
  return solomon_problem(parsed->vehicles, parsed->capacity, sites);
}

TEST(RoutingSolomon, ProblemHasTheFleetWindowsAndDistances) {
  const Problem p = load("C101.txt");
  EXPECT_EQ(p.vehicles.size(), 25u);
  EXPECT_EQ(p.vehicles[0].capacity, 200);
  EXPECT_EQ(p.vehicles[0].shift_close, 1236);
  ASSERT_EQ(p.visits.size(), 100u);
  EXPECT_EQ(p.visits[0].id, 1);
  // Depot (40, 50) to customer 1 (45, 68).
  EXPECT_DOUBLE_EQ(p.travel_time(0, 0, 1), std::hypot(5.0, 18.0));
}

TEST(RoutingSolomon, PlansOnC101AndR101AreFeasible) {
  for (const char* name : {"C101.txt", "R101.txt"}) {
    const Problem p = load(name);
    SolveOptions o;
    o.time_limit = std::chrono::milliseconds(60000);
    o.max_iterations = 20;
    o.threads = 2;
    const Plan plan = solve(p, o);
    SCOPED_TRACE(name);
    testing::expect_feasible(p, plan);
    EXPECT_TRUE(plan.unserved.empty());
    EXPECT_LE(plan.routes.size(), 25u);
  }
}

}  // namespace
}  // namespace siaga::engine::routing
