#pragma once
// Pieces shared by plan_deployment (planner.cpp) and replan_deployment
// (replan.cpp): one Polres at a time in local plane coordinates, then the
// driver that runs the Polres in parallel and merges them. Internal to the
// planner; not part of its interface.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "engine/deployment/planner.hpp"
#include "engine/deployment/posts.hpp"

namespace siaga::engine::deployment::detail {

// Kurang rawan 1, rawan 2, sangat rawan and khusus 4: the weight of a missing
// officer, and the order in which Linmas are handed out.
int severity(TpsClass c);

// A post while a Polres is being planned, over the Polres's local TPS indices.
struct LocalPost {
  std::vector<std::size_t> tps;
  TpsClass tps_class = TpsClass::kurang_rawan;
  bool stretched = false;
  // Replan: kept exactly as in the previous plan (TPS and their order).
  bool kept = false;
  // Replan: the previous posts whose officers stand here without a change.
  std::vector<std::size_t> previous;
};

// One Polres: its TPS and available officers, as global indices, ascending.
struct SubProblem {
  std::vector<std::size_t> tps;
  std::vector<std::size_t> officers;
  std::vector<std::size_t> previous_posts;  // replan: previous posts lying in this Polres
};

struct SubResult {
  std::vector<PlannedPost> posts;  // global TPS and officer indices
  std::vector<std::size_t> reserve;
  std::vector<int> missing;  // per post
  int stretched_pairs = 0;
  std::int64_t cost_m = 0;
  int rounds = 0;
};

// A Polres's TPS in local plane coordinates.
struct Frame {
  Projection project{0};
  std::vector<PlanePoint> points;  // per local TPS
  std::vector<PostSite> sites;     // per local TPS
};
Frame frame_of(const PlanInput& input, const SubProblem& sub);

// Degraded plan: merges neighbouring posts of `cls` pairwise, nearest pairs
// first, until `need` is down to `available` or no pair within twice the
// distance is left. Only posts for which `eligible` holds take part. Returns
// the merges made; `need` is lowered by P for each.
int stretch(std::vector<LocalPost>& posts, const std::vector<PlanePoint>& points, TpsClass cls,
            const GuardPattern& pattern, std::int64_t& need, std::int64_t available,
            const std::function<bool(const LocalPost&)>& eligible);

std::int64_t officers_needed(const PlanInput& input, const std::vector<LocalPost>& posts);

// Orders the posts by their first TPS in register order (a post not kept from
// a previous plan has its other TPS in index order too), assigns the Polres's
// officers by min-cost flow and writes the posts with global indices.
// `previous_post_of` (replan only; empty otherwise) gives, per global officer,
// the previous post they stood at or kWasReserve / kNoPrevious.
SubResult staff_polres(const PlanInput& input, const SubProblem& sub, const Frame& frame,
                       std::vector<LocalPost> posts, int stretched_pairs,
                       std::span<const std::size_t> previous_post_of, const AssignOptions& options);

// Splits the input by Polres (TPS and available officers), solves each with
// `solve` in parallel (progress, cancel), merges in Polres order and hands
// out the Linmas. `prepare` may add to each SubProblem before solving.
Plan run_by_polres(const PlanInput& input,
                   const std::function<void(std::size_t polres, SubProblem&)>& prepare,
                   const std::function<SubResult(const SubProblem&)>& solve);

}  // namespace siaga::engine::deployment::detail
