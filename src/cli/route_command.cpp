// `siaga route`: solves a Solomon VRPTW instance and prints the plan as JSON
// (contract in issue 9: cost, vehicles, unassigned, routes by customer number).

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <chrono>
#include <cmath>
#include <string>

#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "engine/routing/solomon_problem.hpp"
#include "engine/routing/solver.hpp"
#include "io/solomon.hpp"

namespace siaga::cli {

namespace {

struct RouteOptions {
  std::string solomon;
  double seconds = 1;
  unsigned threads = 2;
  std::uint64_t seed = 1;
};

int route(const RouteOptions& o) {
  const std::string text = read_file_or_exit(o.solomon);
  auto parsed = io::parse_solomon(text);
  if (!parsed.ok()) {
    fmt::print(stderr, "galat: {}: {}\nerror: {}: {}\n", o.solomon, parsed.error().message,
               o.solomon, parsed.error().message_en);
    return 2;
  }
  std::vector<engine::routing::SolomonSite> sites;
  for (const auto& c : parsed->customers) {
    sites.push_back({c.number, c.x, c.y, c.demand, c.ready, c.due, c.service});
  }
  const auto problem = engine::routing::solomon_problem(parsed->vehicles, parsed->capacity, sites);
  engine::routing::SolveOptions options;
  options.time_limit = std::chrono::milliseconds(std::llround(o.seconds * 1000));
  options.threads = o.threads;
  options.seed = o.seed;
  const auto started = std::chrono::steady_clock::now();
  const auto plan = engine::routing::solve(problem, options);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  std::string routes;
  for (const auto& r : plan.routes) {
    if (!routes.empty()) routes += ", ";
    routes += '[';
    for (std::size_t i = 0; i < r.visits.size(); ++i) {
      if (i > 0) routes += ", ";
      routes += std::to_string(problem.visits[r.visits[i].visit].id);
    }
    routes += ']';
  }
  std::string unassigned;
  for (const auto& u : plan.unserved) {
    if (!unassigned.empty()) unassigned += ", ";
    unassigned += std::to_string(problem.visits[u.visit].id);
  }
  fmt::print(
      "{{\"instance\": \"{}\", \"cost\": {}, \"vehicles\": {}, \"unassigned\": [{}], "
      "\"routes\": [{}], \"seconds\": {:.3f}, \"seconds_to_best\": {:.3f}, "
      "\"seconds_to_feasible\": {:.3f}, \"iterations\": {}, \"threads\": {}, \"seed\": {}}}\n",
      parsed->name, plan.cost, plan.routes.size(), unassigned, routes, seconds,
      plan.seconds_to_best, plan.seconds_to_feasible, plan.iterations, options.threads,
      options.seed);
  return 0;
}

}  // namespace

void register_route(CLI::App& root) {
  auto o = std::make_shared<RouteOptions>();
  CLI::App* cmd = root.add_subcommand(
      "route", "Selesaikan instans VRPTW Solomon / solve a Solomon VRPTW instance (JSON out)");
  cmd->add_option("--solomon", o->solomon, "Berkas instans Solomon / Solomon instance file")
      ->required();
  cmd->add_option("--seconds", o->seconds, "Batas waktu (detik) / time limit in seconds")
      ->required()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--threads", o->threads, "Jumlah thread / search threads")
      ->capture_default_str()
      ->check(CLI::Range(1u, 64u));
  cmd->add_option("--seed", o->seed, "Benih acak / random seed")->capture_default_str();
  cmd->callback([o] { std::exit(route(*o)); });
}

}  // namespace siaga::cli
