#pragma once
// The deployment plan of a territory: TPS grouped into guard posts, named
// officers assigned, Linmas counted from each desa's roster, the reserve and
// the shortfall. Each Polres is an independent sub-problem (its own officers,
// its own TPS), solved in parallel and merged in Polres order, so the result
// does not depend on the thread count.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "domain/deployment.hpp"
#include "domain/geo.hpp"
#include "domain/tps.hpp"
#include "engine/deployment/assignment.hpp"

namespace siaga::engine::deployment {

struct PlanTps {
  LatLon position;
  TpsClass tps_class = TpsClass::kurang_rawan;
  std::size_t desa = 0;       // index into PlanInput::linmas_per_desa
  std::size_t kecamatan = 0;  // posts never cross a kecamatan
  std::size_t sector = 0;     // Polsek whose sector holds the TPS
  std::size_t polres = 0;
};

struct PlanOfficer {
  LatLon home;
  std::size_t unit = 0;  // home Polsek (sector index); Polres HQ or BKO: a unit with no sector
  std::size_t polres = 0;
  bool available = true;
};

struct PlanInput {
  std::span<const PlanTps> tps;
  std::span<const PlanOfficer> officers;
  std::span<const int> linmas_per_desa;  // Linmas on each desa's roster
  PatternSet patterns = national_pattern_2020();
  AssignOptions assign;
  unsigned threads = 0;  // 0: the hardware's; 1: serial
  // Called after each Polres is solved (from the worker threads, serialised),
  // with Polres done and in all; may be empty.
  std::function<void(std::size_t done, std::size_t total)> progress;
  // Checked between Polres; once set, no further Polres is started and the
  // plan comes back with `cancelled` set.
  const std::atomic<bool>* cancel = nullptr;
};

struct PlannedPost {
  std::vector<std::size_t> tps;       // TPS indices; the walking tour starts at tps[0]
  std::vector<std::size_t> officers;  // officer indices, ascending
  TpsClass tps_class = TpsClass::kurang_rawan;
  std::size_t polres = 0;
  std::size_t sector = 0;
  LatLon position;    // centre of its TPS
  double tour_m = 0;  // nearest-neighbour walking path through its TPS
  int officers_needed = 0;
  int tni_needed = 0;
  int linmas_needed = 0;
  int linmas_assigned = 0;
  std::vector<int> linmas_by_tps;  // Linmas given to each TPS, aligned with `tps`
  bool stretched = false;          // two posts merged in the degraded plan
  friend bool operator==(const PlannedPost&, const PlannedPost&) = default;
};

struct PostShortfall {
  std::size_t post = 0;
  int officers_missing = 0;
  friend bool operator==(const PostShortfall&, const PostShortfall&) = default;
};

struct LinmasShortfall {
  std::size_t post = 0;
  int linmas_missing = 0;
  friend bool operator==(const LinmasShortfall&, const LinmasShortfall&) = default;
};

struct Plan {
  std::vector<PlannedPost> posts;
  std::vector<std::size_t> reserve;      // available officers with no post (cadangan), ascending
  std::vector<PostShortfall> shortfall;  // posts not fully staffed, with how many missing
  std::vector<LinmasShortfall> linmas_shortfall;
  int stretched_pairs = 0;  // merges made by the degraded plan
  std::int64_t cost_m = 0;  // travel + sector penalties of the assignment
  int flow_rounds = 0;      // min-cost flow solves, over all Polres
  bool cancelled = false;   // stopped by PlanInput::cancel; the plan is incomplete
  friend bool operator==(const Plan&, const Plan&) = default;
};

// Degraded plan: when a Polres has fewer officers than its posts need, pairs
// of neighbouring kurang rawan posts (then rawan) are merged into one post
// under one pattern's P, allowing up to twice the pattern's distance, nearest
// pairs first, until the need fits or no pair is left. Sangat rawan and khusus
// are never stretched. What still does not fit is listed in the shortfall.
Plan plan_deployment(const PlanInput& input);

// A plan made before, in the indices of a new PlanInput: the service maps TPS
// and officers by their ids; TPS or officers gone from the input are left out.
struct PreviousPost {
  std::vector<std::size_t> tps;
  std::vector<std::size_t> officers;
  // Optional, from the previous plan's post: the class that set its pattern
  // (when given, the post stays only if its strictest TPS class is still this
  // one; when not, the strictest class now is taken), and whether it was a
  // stretched post of a degraded plan (one that does not fit T or the
  // distance is taken as stretched anyway).
  std::optional<TpsClass> tps_class;
  bool stretched = false;
};
struct PreviousPlan {
  std::vector<PreviousPost> posts;
};

// Replan (a TPS changed class, an officer fell sick, BKO arrived): a plan for
// `input` that changes as few assignments of `previous` as it can. A previous
// post whose TPS all remain, with the class that set its pattern and within
// its pattern's T and distance, stays as it was; the TPS of the other posts
// and TPS new to the input are grouped afresh. Officers are assigned by the
// same min-cost flow with a change penalty on every arc but the officer's
// previous post, so an officer moves only when the plan cannot stay whole
// otherwise; among equally few changes, travel is least.
//
// In detail: a previous post is kept when its TPS still in the input lie in
// one Polres, their strictest class is the post's class, and they fit that
// pattern's T and distance. A stretched post (up to 2T within twice the
// distance, kurang rawan or rawan) is kept while its Polres would still be
// short were its TPS grouped normally; otherwise it is regrouped. The TPS of
// the posts not kept and the TPS in no previous post are grouped afresh by
// group_posts (those TPS only); the officers of a dissolved post may stay,
// without a change, with the new post holding most of its TPS. If the Polres
// is short, new posts are stretched first, then kept ones. An officer in no
// previous post counts as having been in the reserve: sending them to a post
// is a change, as is sending a posted officer to the reserve. Plan::cost_m
// holds travel and sector penalties only, comparable across versions.
Plan replan_deployment(const PlanInput& input, const PreviousPlan& previous);

// Reserve officers counted per home unit (index = unit).
std::vector<int> reserve_by_unit(const Plan& plan, std::span<const PlanOfficer> officers);

}  // namespace siaga::engine::deployment
