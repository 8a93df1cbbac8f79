// Replan: a new version of a plan that changes as few assignments as it can.
// Previous posts that are still valid stay as they were; the TPS of the others
// and TPS new to the input are grouped afresh; officers are assigned by the
// same min-cost flow with a change penalty on every arc but the officer's
// previous place (AssignOptions::change_penalty_m).

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <vector>

#include "engine/deployment/planner.hpp"
#include "engine/deployment/planner_parts.hpp"
#include "engine/deployment/posts.hpp"

namespace siaga::engine::deployment {

namespace {

using namespace detail;

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
// Larger than any travel plus sector penalty within a Polres, so one change
// more is never bought with less travel.
constexpr std::int64_t kChangePenaltyM = 1'000'000;
constexpr double kSlackM = 1e-6;

// The previous plan in the new input's indices, checked once for all Polres.
struct Previous {
  const PreviousPlan* plan = nullptr;
  std::vector<std::vector<std::size_t>> tps;  // per previous post: its TPS still in the input
  std::vector<std::size_t> polres;            // per previous post: kNone when empty or split
  std::vector<std::size_t> post_of;           // per officer: previous post, or kWasReserve
};

Previous read_previous(const PlanInput& input, const PreviousPlan& plan) {
  Previous p;
  p.plan = &plan;
  const std::size_t posts = plan.posts.size();
  p.tps.resize(posts);
  p.polres.assign(posts, kNone);
  // A TPS listed twice belongs to the first post that lists it.
  std::vector<char> claimed(input.tps.size(), 0);
  for (std::size_t q = 0; q < posts; ++q) {
    for (std::size_t t : plan.posts[q].tps) {
      if (t >= input.tps.size() || claimed[t]) continue;
      claimed[t] = 1;
      p.tps[q].push_back(t);
    }
    if (p.tps[q].empty()) continue;
    const std::size_t polres = input.tps[p.tps[q][0]].polres;
    const bool one = std::all_of(p.tps[q].begin(), p.tps[q].end(),
                                 [&](std::size_t t) { return input.tps[t].polres == polres; });
    if (one) p.polres[q] = polres;
  }
  // An officer in no previous post was in the reserve (or is new: BKO of the
  // day), and stays there unless a post needs them.
  p.post_of.assign(input.officers.size(), kWasReserve);
  for (std::size_t q = 0; q < posts; ++q) {
    for (std::size_t o : plan.posts[q].officers) {
      if (o < input.officers.size() && p.post_of[o] == kWasReserve) p.post_of[o] = q;
    }
  }
  return p;
}

TpsClass strictest(const Frame& frame, const std::vector<std::size_t>& tps) {
  TpsClass c = frame.sites[tps[0]].tps_class;
  for (std::size_t t : tps) {
    const TpsClass k = frame.sites[t].tps_class;
    if (severity(k) > severity(c) || (severity(k) == severity(c) && k > c)) c = k;
  }
  return c;
}

// group_posts over a subset of the Polres's TPS (local indices, ascending).
std::vector<LocalPost> regroup(const PlanInput& input, const Frame& frame,
                               const std::vector<std::size_t>& subset) {
  std::vector<PostSite> sites(subset.size());
  for (std::size_t i = 0; i < subset.size(); ++i) sites[i] = frame.sites[subset[i]];
  std::vector<LocalPost> out;
  for (auto& g : group_posts(sites, input.patterns)) {
    LocalPost post{{}, g.tps_class, false, false, {}};
    for (std::size_t i : g.tps) post.tps.push_back(subset[i]);
    out.push_back(std::move(post));
  }
  return out;
}

SubResult solve_replan(const PlanInput& input, const SubProblem& sub, const Previous& previous) {
  const Frame frame = frame_of(input, sub);
  const auto local = [&](std::size_t t) {
    return static_cast<std::size_t>(std::lower_bound(sub.tps.begin(), sub.tps.end(), t) -
                                    sub.tps.begin());
  };

  // Previous posts: kept as they were, kept as stretched posts if the Polres
  // is still short, or dissolved.
  std::vector<LocalPost> kept, candidates;
  struct Dissolved {
    std::size_t post;
    std::vector<std::size_t> tps;
  };
  std::vector<Dissolved> dissolved;
  std::vector<char> taken(sub.tps.size(), 0);
  for (std::size_t q : sub.previous_posts) {
    std::vector<std::size_t> tps;
    for (std::size_t t : previous.tps[q]) tps.push_back(local(t));
    const TpsClass cls = strictest(frame, tps);
    const GuardPattern& pattern = input.patterns.at(cls);
    const PreviousPost& was = previous.plan->posts[q];
    const bool same_class = !was.tps_class || *was.tps_class == cls;
    const double diameter = diameter_m(frame.points, tps);
    const auto t = static_cast<std::size_t>(pattern.tps_per_post);
    const bool fits = tps.size() <= t && diameter <= pattern.max_distance_m + kSlackM;
    const bool stretchable = (cls == TpsClass::kurang_rawan || cls == TpsClass::rawan) &&
                             tps.size() <= 2 * t &&
                             diameter <= 2 * pattern.max_distance_m + kSlackM;
    if (same_class && fits && !was.stretched) {
      for (std::size_t i : tps) taken[i] = 1;
      kept.push_back({std::move(tps), cls, false, true, {q}});
    } else if (same_class && stretchable) {
      for (std::size_t i : tps) taken[i] = 1;
      candidates.push_back({std::move(tps), cls, true, true, {q}});
    } else {
      dissolved.push_back({q, std::move(tps)});
    }
  }
  std::vector<std::size_t> free;
  for (std::size_t i = 0; i < sub.tps.size(); ++i) {
    if (!taken[i]) free.push_back(i);
  }
  const auto available = static_cast<std::int64_t>(sub.officers.size());

  // A stretched post stays only while the Polres is short without it: were
  // its TPS grouped normally (with the free ones), would the officers suffice?
  std::vector<LocalPost> fresh;
  bool regrouped = false;
  if (!candidates.empty()) {
    std::vector<std::size_t> wider = free;
    for (const auto& c : candidates) wider.insert(wider.end(), c.tps.begin(), c.tps.end());
    std::sort(wider.begin(), wider.end());
    std::vector<LocalPost> normal = regroup(input, frame, wider);
    if (available >= officers_needed(input, kept) + officers_needed(input, normal)) {
      fresh = std::move(normal);
      for (auto& c : candidates) dissolved.push_back({c.previous[0], std::move(c.tps)});
      candidates.clear();
      regrouped = true;
    }
  }
  if (!regrouped) fresh = regroup(input, frame, free);

  // The officers of a dissolved post stay, without a change, with the new
  // post that holds most of its TPS (ties: the first).
  std::vector<std::size_t> fresh_of(sub.tps.size(), kNone);
  for (std::size_t p = 0; p < fresh.size(); ++p) {
    for (std::size_t i : fresh[p].tps) fresh_of[i] = p;
  }
  for (const Dissolved& d : dissolved) {
    std::map<std::size_t, std::size_t> overlap;
    for (std::size_t i : d.tps) {
      if (fresh_of[i] != kNone) ++overlap[fresh_of[i]];
    }
    std::size_t best = kNone, most = 0;
    for (const auto& [p, n] : overlap) {
      if (n > most) best = p, most = n;
    }
    if (best != kNone) fresh[best].previous.push_back(d.post);
  }

  std::vector<LocalPost> posts = std::move(kept);
  int stretched_pairs = static_cast<int>(candidates.size());
  for (auto& c : candidates) posts.push_back(std::move(c));
  for (auto& f : fresh) posts.push_back(std::move(f));

  // Degraded plan when short: stretch the new posts first, then any.
  std::int64_t need = officers_needed(input, posts);
  const auto is_new = [](const LocalPost& p) { return !p.kept; };
  const auto any = [](const LocalPost&) { return true; };
  for (auto eligible : {+is_new, +any}) {
    for (TpsClass c : {TpsClass::kurang_rawan, TpsClass::rawan}) {
      stretched_pairs +=
          stretch(posts, frame.points, c, input.patterns.at(c), need, available, eligible);
    }
  }

  AssignOptions options = input.assign;
  if (options.change_penalty_m <= 0) options.change_penalty_m = kChangePenaltyM;
  return staff_polres(input, sub, frame, std::move(posts), stretched_pairs, previous.post_of,
                      options);
}

}  // namespace

Plan replan_deployment(const PlanInput& input, const PreviousPlan& previous_plan) {
  const Previous previous = read_previous(input, previous_plan);
  std::map<std::size_t, std::vector<std::size_t>> posts_of_polres;
  for (std::size_t q = 0; q < previous.polres.size(); ++q) {
    if (previous.polres[q] != kNone) posts_of_polres[previous.polres[q]].push_back(q);
  }
  return run_by_polres(
      input,
      [&](std::size_t polres, SubProblem& sub) {
        if (auto it = posts_of_polres.find(polres); it != posts_of_polres.end())
          sub.previous_posts = it->second;
      },
      [&](const SubProblem& sub) { return solve_replan(input, sub, previous); });
}

}  // namespace siaga::engine::deployment
