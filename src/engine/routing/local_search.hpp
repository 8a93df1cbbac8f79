#pragma once
// Local search over a granular neighbourhood (Vidal et al. 2013, 2022; the
// operator set of PyVRP): relocate one or two visits (also reversed), swap
// (1,1), (2,1), (2,2), 2-opt* between routes, insertion and removal of
// optional visits, and SWAP* between routes whose polar sectors overlap
// (up to 200 visits).
// Every move is evaluated in O(1) (O(length) inside one route) from the
// routes' prefix and suffix segments; first improvement over a random order
// of visits, until no operator improves.

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/routing/individual.hpp"
#include "engine/routing/model.hpp"
#include "engine/routing/rng.hpp"
#include "engine/routing/segment.hpp"

namespace siaga::engine::routing::detail {

class LocalSearch {
 public:
  explicit LocalSearch(const Model& model);

  void load(const Individual& individual, const Penalties& penalties);
  Individual result() const;

  // Cheapest insertion of every visit left out, in a random order.
  void insert_unserved(Rng& rng);
  // Improves the loaded solution to a local optimum of every operator, or
  // until `deadline` (checked between passes and every 64 visits).
  void improve(Rng& rng, std::chrono::steady_clock::time_point deadline =
                             std::chrono::steady_clock::time_point::max());

 private:
  struct Route {
    int index = 0;  // vehicle slot
    int type = 0;
    const double* matrix = nullptr;
    double capacity = 0;
    std::vector<int> nodes;    // start depot, visits, end depot
    std::vector<Segment> fwd;  // fwd[i]: nodes[0..i]
    std::vector<Segment> bwd;  // bwd[i]: nodes[i..end]
    double cost = 0;           // penalised
    std::int64_t modified = 0;
    std::int64_t tested = -1;
    int sector_start = 0;
    int sector_end = 0xffff;
    int size() const { return static_cast<int>(nodes.size()) - 2; }
    int last() const { return static_cast<int>(nodes.size()) - 1; }
  };
  // Positions from..to of a route (reversed when asked), or the single
  // node `from` when route is null. Empty when from > to.
  struct Piece {
    const Route* route = nullptr;
    int from = 0;
    int to = 0;
    bool reversed = false;
  };

  void update(Route& route);
  double piece_distance(const Piece& piece, const Route& target) const;
  double distance(const Route& target, const Piece* pieces, int count) const;
  Segment piece_segment(const Piece& piece, const Route& target) const;
  double evaluate(const Route& target, const Piece* pieces, int count) const;
  void build(std::vector<int>& out, const Piece* pieces, int count) const;
  // Applies the move when it improves; `travel_delta`, when known, is the
  // move's change of travel (a quick bound).
  bool try_move(Route& a, const Piece* pa, int na, Route* b, const Piece* pb, int nb,
                double extra = 0, std::optional<double> travel_delta = std::nullopt);

  bool node_ops(int u, Route& rv, int pv);
  bool relocate(Route& ru, int pu, int count, bool reversed, Route& rv, int pv);
  bool exchange(Route& ru, int pu, int n, Route& rv, int pv, int m);
  bool two_opt_star(Route& ru, int pu, Route& rv, int pv);
  bool insert_best(int u, bool only_improving);
  bool try_remove(int u);
  bool to_empty_route(int u);
  bool swap_star(Route& a, Route& b);
  bool overlap(const Route& a, const Route& b) const;

  const Model& model_;
  Penalties penalties_;
  std::vector<Route> routes_;
  std::vector<int> route_of_;  // per node; -1 when not served
  std::vector<int> pos_of_;
  std::vector<std::int64_t> tested_;
  std::int64_t updates_ = 0;
  std::vector<int> order_;
  std::vector<int> scratch_a_;
  std::vector<int> scratch_b_;
  std::vector<char> empty_seen_;  // per vehicle type, in insert_best
  // SWAP* buffers, per position in a route.
  struct Top3 {
    double cost[3];
    int pos[3];
  };
  std::vector<double> remove_a_;
  std::vector<double> remove_b_;
  std::vector<Top3> top_a_;
  std::vector<Top3> top_b_;
};

}  // namespace siaga::engine::routing::detail
