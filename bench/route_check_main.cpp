// siaga_route_check SOLOMON_FILE ANSWER_JSON [--allow-unserved]
//
// Checks an answer of `siaga route --solomon FILE` (its JSON, in a file or
// "-" for stdin) against the instance with the independent route checker
// (engine/route_check, its own Solomon reader): every window, capacity and
// shift, each customer once, no more routes than vehicles, the claimed cost
// and vehicle count. A Solomon instance asks for every customer served, so a
// non-empty "unassigned" fails too unless --allow-unserved.
//
// Prints one line of figures on success (exit 0):
//   ok instance=C101 cost=828.937 recomputed=828.937 vehicles=10 served=100/100 seconds=1.0
//      seconds_to_best=0.21 iterations=51234
// and every violation on failure (exit 1); 2 for unreadable input.

#include <fmt/format.h>

#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>

#include "engine/route_check/route_check.hpp"
#include "engine/route_check/solomon_text.hpp"
#include "io/route_answer_json.hpp"

using namespace siaga;
using namespace siaga::engine::route_check;

namespace {

std::optional<std::string> slurp(const std::string& path) {
  if (path == "-") {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string optional_figure(const std::optional<double>& v) {
  return v ? fmt::format("{:.3f}", *v) : "?";
}

}  // namespace

int main(int argc, char** argv) {
  bool allow_unserved = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--allow-unserved") == 0) {
      allow_unserved = true;
    } else {
      paths.emplace_back(argv[i]);
    }
  }
  if (paths.size() != 2) {
    std::cerr << "usage: siaga_route_check SOLOMON_FILE ANSWER_JSON|- [--allow-unserved]\n";
    return 2;
  }
  const auto instance_text = slurp(paths[0]);
  if (!instance_text) {
    std::cerr << "siaga_route_check: cannot read " << paths[0] << "\n";
    return 2;
  }
  const auto instance = instance_from_solomon(*instance_text);
  if (!instance) {
    std::cerr << "siaga_route_check: " << paths[0] << ": " << instance.error().message_en << "\n";
    return 2;
  }
  const auto answer_text = slurp(paths[1]);
  if (!answer_text) {
    std::cerr << "siaga_route_check: cannot read " << paths[1] << "\n";
    return 2;
  }
  const auto answer = io::parse_route_answer(*answer_text);
  if (!answer) {
    std::cerr << "siaga_route_check: " << paths[1] << ": " << answer.error().field << " "
              << answer.error().message_en << "\n";
    return 2;
  }

  const Report report = check_ids(
      *instance, IdAnswer{answer->routes, answer->unassigned, answer->cost, answer->vehicles});
  const bool unserved_fail = !allow_unserved && !answer->unassigned.empty();
  if (!report.ok() || unserved_fail) {
    std::cout << "FAILED instance=" << instance->name << ": " << report.violations.size()
              << " violation(s)";
    if (unserved_fail) std::cout << ", " << answer->unassigned.size() << " customer(s) unassigned";
    std::cout << fmt::format(" (claimed cost {:.6f}, recomputed {:.6f})\n", answer->cost,
                             report.cost)
              << report.describe(*instance);
    return 1;
  }
  std::size_t used = 0;
  for (const auto& route : answer->routes) used += route.empty() ? 0 : 1;
  std::cout << fmt::format(
      "ok instance={} cost={:.6f} recomputed={:.6f} vehicles={} served={}/{} seconds={} "
      "seconds_to_best={} iterations={}\n",
      instance->name, answer->cost, report.cost, used, report.served, instance->visits.size(),
      optional_figure(answer->seconds), optional_figure(answer->seconds_to_best),
      answer->iterations ? std::to_string(*answer->iterations) : "?");
  return 0;
}
