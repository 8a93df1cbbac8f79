#include "engine/routing/genetic.hpp"

#include <algorithm>
#include <vector>

#include "engine/routing/crossover.hpp"
#include "engine/routing/local_search.hpp"
#include "engine/routing/population.hpp"
#include "engine/routing/rng.hpp"

namespace siaga::engine::routing::detail {

namespace {

// PyVRP's defaults, tuned on the Solomon and Homberger instances.
constexpr double kTargetFeasible = 0.43;
constexpr int kRegistrationsPerUpdate = 50;
constexpr int kEarlyUpdate = 10;
constexpr double kPenaltyIncrease = 1.34;
constexpr double kPenaltyDecrease = 0.32;
constexpr double kRepairBooster = 12;
constexpr double kRepairProbability = 0.8;
constexpr std::uint64_t kIterationsWithoutImprovement = 20000;
constexpr double kMinPenalty = 1e-3;
constexpr double kMaxPenalty = 1e9;
// Above this many visits the initial solutions are sweeps, not random.
constexpr int kSweepAbove = 150;
// Above this many visits an overbooked fleet starts with high penalties.
constexpr int kOverbookedPenaltiesAbove = 200;

class PenaltyManager {
 public:
  explicit PenaltyManager(const Model& model) {
    penalties_.load = std::max(0.1, model.average_edge() / model.average_demand());
    penalties_.warp = 1;
    // Large instances whose demand exceeds the fleet's capacity: a visit's
    // prize outweighs these penalties, so the local search would first put
    // nearly every visit on the few routes (long, slow routes: no offspring
    // in the first second on 300 visits and 2 vehicles). Start where one
    // more visit of average demand, or one average edge of time warp, costs
    // the largest prize; the manager lowers them when too many are feasible.
    if (model.clients() > kOverbookedPenaltiesAbove) {
      double demand = 0;
      double capacity = 0;
      double prize = 0;
      for (int c = model.depots(); c < model.nodes(); ++c) {
        demand += model.node_segment(c).load;
        prize = std::max(prize, model.prize(c));
      }
      for (int v = 0; v < model.vehicles(); ++v) {
        capacity += model.type(model.slot_type(v)).capacity;
      }
      if (demand > capacity) {
        penalties_.load = std::max(penalties_.load, prize / model.average_demand());
        penalties_.warp = std::max(penalties_.warp, prize / model.average_edge());
      }
    }
  }
  const Penalties& current() const { return penalties_; }
  Penalties boosted() const {
    return Penalties{penalties_.load * kRepairBooster, penalties_.warp * kRepairBooster};
  }
  void record(const Individual& ind) {
    load_feasible_ += ind.excess_load <= kFeasibleTolerance ? 1 : 0;
    warp_feasible_ += ind.time_warp <= kFeasibleTolerance ? 1 : 0;
    ++registrations_;
    // Slow searches (large instances) would wait long for an update while
    // nothing is feasible; update early then.
    const bool stuck =
        registrations_ >= kEarlyUpdate && (load_feasible_ == 0 || warp_feasible_ == 0);
    if (registrations_ < kRegistrationsPerUpdate && !stuck) return;
    adjust(penalties_.load, static_cast<double>(load_feasible_) / registrations_);
    adjust(penalties_.warp, static_cast<double>(warp_feasible_) / registrations_);
    registrations_ = load_feasible_ = warp_feasible_ = 0;
  }

 private:
  static void adjust(double& penalty, double share) {
    if (share < kTargetFeasible - 0.05) penalty *= kPenaltyIncrease;
    // Nothing feasible at all (often: not every visit fits, and the prizes
    // of the visits outweigh the penalties): climb faster.
    if (share == 0) penalty *= kPenaltyIncrease * kPenaltyIncrease;
    if (share > kTargetFeasible + 0.05) penalty *= kPenaltyDecrease;
    penalty = std::clamp(penalty, kMinPenalty, kMaxPenalty);
  }
  Penalties penalties_;
  int registrations_ = 0;
  int load_feasible_ = 0;
  int warp_feasible_ = 0;
};

class Search {
 public:
  Search(const Model& model, std::uint64_t seed, const SearchLimits& limits, const Routes* start)
      : model_(model),
        limits_(limits),
        start_(start),
        rng_(seed),
        ls_(model),
        population_(model, PopulationParams{}),
        penalties_(model) {}

  SearchOutcome run() {
    initialise();
    std::uint64_t since_improvement = 0;
    while (!stop()) {
      if (since_improvement >= kIterationsWithoutImprovement) {
        population_.clear();
        initialise();
        since_improvement = 0;
      }
      const Individual& a = population_.select(rng_, penalties_.current());
      const Individual& b = population_.select(rng_, penalties_.current());
      auto children = srex(model_, a, b, rng_);
      Individual child = repaired(std::move(children[0]));
      Individual other = repaired(std::move(children[1]));
      const Penalties& p = penalties_.current();
      if (other.penalised(p) < child.penalised(p)) child = std::move(other);
      ++outcome_.iterations;
      since_improvement = educate(child) ? 0 : since_improvement + 1;
    }
    return std::move(outcome_);
  }

 private:
  bool stop() const {
    if (limits_.max_iterations && outcome_.iterations >= *limits_.max_iterations) return true;
    return Clock::now() >= limits_.deadline;
  }

  double elapsed() const {
    return std::chrono::duration<double>(Clock::now() - limits_.start).count();
  }

  Individual repaired(Routes routes) {
    ls_.load(make_individual(model_, std::move(routes)), penalties_.current());
    ls_.insert_unserved(rng_);
    return ls_.result();
  }

  void initialise() {
    const int pop = PopulationParams{}.min_size;
    int i = 0;
    if (start_ != nullptr) {
      const Individual start = make_individual(model_, *start_);
      consider(start);
      population_.add(start, penalties_.current());
      educate(start);
      ++i;
    }
    for (; i < pop && !stop(); ++i) {
      // Large instances start from sweeps: random starts cost the local
      // search too much there.
      educate(make_individual(model_, model_.clients() > kSweepAbove && model_.has_points()
                                          ? sweep_routes()
                                          : random_routes()));
    }
  }

  // Short random routes: the local search merges them cheaply.
  Routes random_routes() {
    std::vector<int> clients;
    for (int c = model_.depots(); c < model_.nodes(); ++c) clients.push_back(c);
    rng_.shuffle(clients.begin(), clients.end());
    const int vehicles = model_.vehicles();
    Routes routes(vehicles);
    if (vehicles == 0) return routes;
    const int count = static_cast<int>(clients.size());
    const int low = std::min(vehicles, std::max(1, count / 12));
    const int high = std::min(vehicles, std::max(1, count / 6));
    const int used = low + rng_.below(high - low + 1);
    for (std::size_t k = 0; k < clients.size(); ++k) {
      routes[static_cast<int>(k * used / clients.size())].push_back(clients[k]);
    }
    return routes;
  }

  // Clients by polar angle from a random ray, cut into routes by capacity
  // (and a random share of it), each route ordered by the middle of the
  // windows; what the fleet cannot take goes to the last route.
  Routes sweep_routes() {
    const int vehicles = model_.vehicles();
    Routes routes(vehicles);
    if (vehicles == 0) return routes;
    const int ray = rng_.below(65536);
    std::vector<std::pair<int, int>> by_angle;
    for (int c = model_.depots(); c < model_.nodes(); ++c) {
      by_angle.emplace_back((model_.angle(c) - ray + 65536) % 65536, c);
    }
    std::sort(by_angle.begin(), by_angle.end());
    const double fill = 0.6 + 0.4 * rng_.unit();
    const int per_route =
        std::max(1, static_cast<int>(fill * 2 * model_.clients() / std::max(1, vehicles)));
    int slot = 0;
    double load = 0;
    for (const auto& [angle, c] : by_angle) {
      const double capacity = model_.type(model_.slot_type(slot)).capacity;
      const double demand = model_.node_segment(c).load;
      const bool full =
          load + demand > fill * capacity || static_cast<int>(routes[slot].size()) >= per_route;
      if (full && !routes[slot].empty() && slot + 1 < vehicles) {
        ++slot;
        load = 0;
      }
      routes[slot].push_back(c);
      load += demand;
    }
    auto middle = [&](int c) {
      const Segment& s = model_.node_segment(c);
      return std::min(s.earliest, 1e300) / 2 + std::min(s.latest, 1e300) / 2;
    };
    for (auto& r : routes) {
      std::stable_sort(r.begin(), r.end(), [&](int a, int b) { return middle(a) < middle(b); });
    }
    return routes;
  }

  // Local search, then into the population; true when the best improved.
  bool educate(const Individual& start) {
    ls_.load(start, penalties_.current());
    ls_.improve(rng_, limits_.deadline);
    Individual ind = ls_.result();
    penalties_.record(ind);
    bool improved = consider(ind);
    population_.add(ind, penalties_.current());
    if (!ind.feasible() && rng_.unit() < kRepairProbability) {
      ls_.load(ind, penalties_.boosted());
      ls_.improve(rng_, limits_.deadline);
      Individual fixed = ls_.result();
      if (fixed.feasible()) {
        improved |= consider(fixed);
        population_.add(fixed, penalties_.current());
      }
    }
    return improved;
  }

  bool consider(const Individual& ind) {
    if (!ind.feasible()) {
      auto violation = [](const Individual& i) { return i.time_warp + i.excess_load; };
      if (!outcome_.best_infeasible || violation(ind) < violation(*outcome_.best_infeasible)) {
        outcome_.best_infeasible = ind;
      }
      return false;
    }
    if (outcome_.best_feasible && !ind.better_than(*outcome_.best_feasible)) {
      return false;
    }
    if (outcome_.seconds_to_feasible < 0) outcome_.seconds_to_feasible = elapsed();
    outcome_.best_feasible = ind;
    outcome_.seconds_to_best = elapsed();
    return true;
  }

  const Model& model_;
  SearchLimits limits_;
  const Routes* start_;
  Rng rng_;
  LocalSearch ls_;
  Population population_;
  PenaltyManager penalties_;
  SearchOutcome outcome_;
};

}  // namespace

SearchOutcome genetic_search(const Model& model, std::uint64_t seed, const SearchLimits& limits,
                             const Routes* start) {
  Search search(model, seed, limits, start);
  return search.run();
}

}  // namespace siaga::engine::routing::detail
