#pragma once
// The JSON that `siaga route --solomon FILE` prints, read back for outside
// checks (the benchmark's siaga_route_check):
//   {"instance", "cost", "vehicles", "unassigned": [ids], "routes": [[ids in order], ...],
//    "seconds", "seconds_to_best", "iterations"}
// cost, unassigned and routes are required; the rest is optional.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace siaga::io {

struct RouteAnswer {
  std::string instance;
  double cost = 0;
  std::optional<std::size_t> vehicles;
  std::vector<std::int64_t> unassigned;
  std::vector<std::vector<std::int64_t>> routes;  // customer ids, in visiting order
  std::optional<double> seconds;
  std::optional<double> seconds_to_best;
  std::optional<std::uint64_t> iterations;
};

Result<RouteAnswer> parse_route_answer(std::string_view text);

}  // namespace siaga::io
