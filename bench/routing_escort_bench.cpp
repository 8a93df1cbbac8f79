// A generated escort day (issue 9): ballot boxes from one KPU warehouse in
// Jember to ~1,000 TPS by ~60 trucks, solved twice with the same seed (a
// short and a long time limit, separate solves), both plans checked by the
// independent route checker. Prints the time to a first feasible plan, the
// cost of each and the gap between them.
//
//   siaga_bench_routing_escort [--seed N] [--stops N] [--trucks N] [--threads N]
//                              [--short-seconds S] [--long-seconds S]
//
// Exits 1 when a plan fails the checker.

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "engine/route_check/from_routing.hpp"
#include "engine/routing/solver.hpp"
#include "engine/routing/travel_times.hpp"
#include "xoshiro.hpp"

using namespace siaga;
using namespace siaga::engine;

namespace {

constexpr double kHour = 3600;
constexpr LatLon kWarehouse{-8.1700, 113.7000};  // KPU Kabupaten Jember's warehouse
constexpr double kSpreadDeg = 0.35;

struct Options {
  std::uint64_t seed = 20241127;
  std::size_t stops = 1000;
  std::size_t trucks = 60;
  unsigned threads = 2;
  double short_seconds = 5;
  double long_seconds = 60;
};

// TPS gather in desa: 120 desa centres over the regency's box, each TPS
// within about 1.5 km of one. Windows of 2 to 4 hours inside 06:00-18:00
// (no night deliveries; service ends by 18:00), 10 minutes to unload 1-3
// ballot boxes. Trucks of 40 boxes on a 05:00-19:00 shift.
routing::Problem escort_day(const Options& o) {
  bench::Xoshiro rng(o.seed);
  std::vector<LatLon> desa;
  for (int i = 0; i < 120; ++i) {
    desa.push_back({kWarehouse.lat + rng.uniform(-kSpreadDeg, kSpreadDeg),
                    kWarehouse.lon + rng.uniform(-kSpreadDeg, kSpreadDeg)});
  }
  std::vector<LatLon> points{kWarehouse};
  routing::Problem p;
  for (std::size_t s = 0; s < o.stops; ++s) {
    const LatLon centre = desa[rng.next() % desa.size()];
    points.push_back(
        {centre.lat + rng.uniform(-0.0135, 0.0135), centre.lon + rng.uniform(-0.0135, 0.0135)});
    routing::Visit v;
    v.id = static_cast<std::int64_t>(s + 1);
    v.location = s + 1;
    v.service = 600;
    const double length = rng.uniform(2, 4) * kHour;
    v.window_open = rng.uniform(6 * kHour, 18 * kHour - v.service - length);
    v.window_close = v.window_open + length;
    v.demand = static_cast<double>(1 + rng.next() % 3);
    p.visits.push_back(v);
  }
  routing::StraightLineTravel travel(routing::StraightLineSpeeds{{40}, 1.3});
  p.locations = points.size();
  p.travel.push_back(travel.matrix(points, 0));
  for (std::size_t t = 0; t < o.trucks; ++t) {
    routing::Vehicle v;
    v.id = static_cast<std::int64_t>(t + 1);
    v.start_location = v.end_location = 0;
    v.shift_open = 5 * kHour;
    v.shift_close = 19 * kHour;
    v.capacity = 40;
    v.profile = 0;
    p.vehicles.push_back(v);
  }
  return p;
}

struct Solved {
  routing::Plan plan;
  double wall_seconds = 0;
  bool checked = false;
};

Solved solve_and_check(const routing::Problem& problem, const Options& o, double seconds) {
  routing::SolveOptions options;
  options.time_limit = std::chrono::milliseconds(static_cast<long>(seconds * 1000));
  options.seed = o.seed;
  options.threads = o.threads;
  const auto t0 = std::chrono::steady_clock::now();
  Solved out;
  out.plan = routing::solve(problem, options);
  out.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const route_check::Checkable c = route_check::from_routing(problem, out.plan);
  const route_check::Report report = route_check::check(c.instance, c.solution);
  out.checked = report.ok();
  if (!report.ok()) {
    fmt::print(stderr, "plan of the {} s solve FAILS the checker:\n{}", seconds,
               report.describe(c.instance));
  }
  return out;
}

void print(const char* label, const Solved& s, std::size_t stops) {
  fmt::print(
      "solve {}: wall {:.2f} s, first feasible after {:.3f} s, best after {:.2f} s, "
      "cost {:.0f} s ({:.1f} h of driving), {} trucks, {} of {} stops served, {} iterations, "
      "checker {}\n",
      label, s.wall_seconds, s.plan.seconds_to_feasible, s.plan.seconds_to_best, s.plan.cost,
      s.plan.cost / kHour, s.plan.routes.size(), stops - s.plan.unserved.size(), stops,
      s.plan.iterations, s.checked ? "ok" : "FAILED");
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    const char* flag = argv[i];
    const char* value = argv[i + 1];
    if (std::strcmp(flag, "--seed") == 0) {
      o.seed = std::strtoull(value, nullptr, 10);
    } else if (std::strcmp(flag, "--stops") == 0) {
      o.stops = std::strtoul(value, nullptr, 10);
    } else if (std::strcmp(flag, "--trucks") == 0) {
      o.trucks = std::strtoul(value, nullptr, 10);
    } else if (std::strcmp(flag, "--threads") == 0) {
      o.threads = static_cast<unsigned>(std::strtoul(value, nullptr, 10));
    } else if (std::strcmp(flag, "--short-seconds") == 0) {
      o.short_seconds = std::strtod(value, nullptr);
    } else if (std::strcmp(flag, "--long-seconds") == 0) {
      o.long_seconds = std::strtod(value, nullptr);
    } else {
      fmt::print(stderr, "unknown option {}\n", flag);
      return 2;
    }
  }
  const auto t0 = std::chrono::steady_clock::now();
  const routing::Problem problem = escort_day(o);
  const double generate_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double demand = 0;
  for (const auto& v : problem.visits) demand += v.demand;
  fmt::print(
      "escort day: {} TPS around Jember (+-{} deg), {} trucks of 40 boxes from one KPU warehouse, "
      "shift 05:00-19:00, windows 2-4 h in 06:00-18:00, {:.0f} boxes ({:.0f} % of the fleet), "
      "seed {}, {} threads; generated with its {}x{} matrix in {:.2f} s\n",
      o.stops, kSpreadDeg, o.trucks, demand, 100 * demand / (40.0 * static_cast<double>(o.trucks)),
      o.seed, o.threads, problem.locations, problem.locations, generate_s);

  const Solved quick = solve_and_check(problem, o, o.short_seconds);
  print(fmt::format("{:g} s", o.short_seconds).c_str(), quick, o.stops);
  const Solved slow = solve_and_check(problem, o, o.long_seconds);
  print(fmt::format("{:g} s", o.long_seconds).c_str(), slow, o.stops);
  if (quick.plan.unserved.size() == slow.plan.unserved.size() && slow.plan.cost > 0) {
    fmt::print("gap {:g} s vs {:g} s: {:.2f} %\n", o.short_seconds, o.long_seconds,
               100 * (quick.plan.cost - slow.plan.cost) / slow.plan.cost);
  } else {
    fmt::print("gap {:g} s vs {:g} s: not comparable ({} vs {} stops unserved)\n", o.short_seconds,
               o.long_seconds, quick.plan.unserved.size(), slow.plan.unserved.size());
  }
  return quick.checked && slow.checked ? 0 : 1;
}
