#pragma once
// The solver's dense view of a Problem: its own node numbering (depots
// first, then the visits it tries to serve), one travel matrix per profile
// over those nodes, one segment per node, vehicle types (identical vehicles
// grouped), the granular neighbourhood of every visit and its polar angle.
// Built once per solve, shared read-only by the search threads.

#include <cstdint>
#include <vector>

#include "engine/routing/problem.hpp"
#include "engine/routing/segment.hpp"

namespace siaga::engine::routing::detail {

struct VehicleType {
  int start = 0;  // depot nodes
  int end = 0;
  double shift_open = 0;
  double shift_close = kNoLimit;
  double capacity = kNoLimit;
  int profile = 0;
};

class Model {
 public:
  // `visits`: indices into problem.visits of the visits to plan.
  Model(const Problem& problem, const std::vector<std::size_t>& visits);

  int nodes() const { return nodes_; }
  int depots() const { return depots_; }
  int clients() const { return nodes_ - depots_; }
  bool is_client(int node) const { return node >= depots_; }
  int vehicles() const { return static_cast<int>(slot_type_.size()); }
  int types() const { return static_cast<int>(types_.size()); }

  const double* matrix(int profile) const { return matrices_[profile].data(); }
  double travel(int profile, int from, int to) const {
    return matrices_[profile][from * nodes_ + to];
  }
  const Segment& node_segment(int node) const { return segments_[node]; }
  const VehicleType& type(int t) const { return types_[t]; }
  int slot_type(int slot) const { return slot_type_[slot]; }
  const Segment& start_segment(int type) const { return start_segments_[type]; }
  const Segment& end_segment(int type) const { return end_segments_[type]; }

  double prize(int node) const { return prizes_[node]; }
  int priority(int node) const { return priorities_[node]; }
  const std::vector<int>& neighbours(int node) const { return neighbours_[node]; }
  // 0..65535 around the first depot; 0 for all when the problem has no points.
  int angle(int node) const { return angles_[node]; }
  bool has_points() const { return has_points_; }
  double x(int node) const { return xs_[node]; }
  double y(int node) const { return ys_[node]; }
  std::size_t visit_of(int node) const { return visit_of_[node]; }
  double average_edge() const { return average_edge_; }
  double average_demand() const { return average_demand_; }

 private:
  int nodes_ = 0;
  int depots_ = 0;
  std::vector<std::vector<double>> matrices_;
  std::vector<Segment> segments_;
  std::vector<VehicleType> types_;
  std::vector<int> slot_type_;
  std::vector<Segment> start_segments_;
  std::vector<Segment> end_segments_;
  std::vector<double> prizes_;
  std::vector<int> priorities_;
  std::vector<std::vector<int>> neighbours_;
  std::vector<int> angles_;
  std::vector<double> xs_;
  std::vector<double> ys_;
  bool has_points_ = false;
  std::vector<std::size_t> visit_of_;
  double average_edge_ = 1;
  double average_demand_ = 1;
};

}  // namespace siaga::engine::routing::detail
