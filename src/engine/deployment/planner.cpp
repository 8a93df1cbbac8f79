#include "engine/deployment/planner.hpp"

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <thread>
#include <tuple>

#include "engine/deployment/planner_parts.hpp"
#include "engine/deployment/posts.hpp"

namespace siaga::engine::deployment {

namespace detail {

int severity(TpsClass c) {
  switch (c) {
    case TpsClass::kurang_rawan:
      return 1;
    case TpsClass::rawan:
      return 2;
    case TpsClass::sangat_rawan:
    case TpsClass::khusus:
      return 4;
  }
  return 1;
}

Frame frame_of(const PlanInput& input, const SubProblem& sub) {
  std::vector<LatLon> where(sub.tps.size());
  for (std::size_t i = 0; i < sub.tps.size(); ++i) where[i] = input.tps[sub.tps[i]].position;
  Frame f{Projection::around(where), {}, {}};
  f.points.resize(sub.tps.size());
  f.sites.resize(sub.tps.size());
  for (std::size_t i = 0; i < sub.tps.size(); ++i) {
    const PlanTps& t = input.tps[sub.tps[i]];
    f.points[i] = f.project(t.position);
    f.sites[i] = {f.points[i], t.desa, t.kecamatan, t.tps_class};
  }
  return f;
}

int stretch(std::vector<LocalPost>& posts, const std::vector<PlanePoint>& points, TpsClass cls,
            const GuardPattern& pattern, std::int64_t& need, std::int64_t available,
            const std::function<bool(const LocalPost&)>& eligible) {
  if (need <= available) return 0;
  std::vector<std::size_t> members;
  std::vector<PlanePoint> centre;
  for (std::size_t i = 0; i < posts.size(); ++i) {
    if (posts[i].tps_class == cls && !posts[i].stretched && eligible(posts[i])) {
      members.push_back(i);
      centre.push_back(centroid(points, posts[i].tps));
    }
  }
  const double limit = 2 * pattern.max_distance_m;
  std::vector<std::tuple<double, std::size_t, std::size_t>> pairs;
  for (std::size_t a = 0; a < members.size(); ++a) {
    for (std::size_t b = a + 1; b < members.size(); ++b) {
      const double d = distance_m(centre[a], centre[b]);
      if (d > limit) continue;  // the union's diameter is at least this
      std::vector<std::size_t> both = posts[members[a]].tps;
      both.insert(both.end(), posts[members[b]].tps.begin(), posts[members[b]].tps.end());
      if (diameter_m(points, both) <= limit + 1e-6) pairs.emplace_back(d, members[a], members[b]);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<bool> used(posts.size(), false);
  int merged = 0;
  for (const auto& [d, a, b] : pairs) {
    if (need <= available) break;
    if (used[a] || used[b]) continue;
    used[a] = used[b] = true;
    LocalPost& into = posts[a];
    into.tps.insert(into.tps.end(), posts[b].tps.begin(), posts[b].tps.end());
    into.previous.insert(into.previous.end(), posts[b].previous.begin(), posts[b].previous.end());
    into.stretched = true;
    into.kept = false;
    posts[b].tps.clear();
    need -= pattern.officers;
    ++merged;
  }
  std::erase_if(posts, [](const LocalPost& p) { return p.tps.empty(); });
  return merged;
}

std::int64_t officers_needed(const PlanInput& input, const std::vector<LocalPost>& posts) {
  std::int64_t need = 0;
  for (const auto& p : posts) need += input.patterns.at(p.tps_class).officers;
  return need;
}

SubResult staff_polres(const PlanInput& input, const SubProblem& sub, const Frame& frame,
                       std::vector<LocalPost> posts, int stretched_pairs,
                       std::span<const std::size_t> previous_post_of,
                       const AssignOptions& options) {
  SubResult out;
  out.stretched_pairs = stretched_pairs;
  const std::vector<PlanePoint>& points = frame.points;
  // Posts in order of their first TPS, so the output reads like the register.
  for (auto& p : posts) {
    if (!p.kept) std::sort(p.tps.begin() + 1, p.tps.end());
  }
  std::sort(posts.begin(), posts.end(), [](const LocalPost& a, const LocalPost& b) {
    return *std::min_element(a.tps.begin(), a.tps.end()) <
           *std::min_element(b.tps.begin(), b.tps.end());
  });

  // Replan: the local post each previous post's officers may stay at.
  std::map<std::size_t, std::size_t> local_of_previous;
  for (std::size_t p = 0; p < posts.size(); ++p) {
    for (std::size_t q : posts[p].previous) local_of_previous.emplace(q, p);
  }
  std::vector<AssignOfficer> officers(sub.officers.size());
  for (std::size_t o = 0; o < sub.officers.size(); ++o) {
    const PlanOfficer& po = input.officers[sub.officers[o]];
    officers[o] = {frame.project(po.home), po.unit, kNoPrevious};
    if (previous_post_of.empty()) continue;
    const std::size_t was = previous_post_of[sub.officers[o]];
    if (was == kWasReserve) {
      officers[o].previous = kWasReserve;
    } else if (auto it = local_of_previous.find(was); it != local_of_previous.end()) {
      officers[o].previous = it->second;
    }
  }
  std::vector<AssignPost> demand(posts.size());
  for (std::size_t p = 0; p < posts.size(); ++p) {
    const GuardPattern& pattern = input.patterns.at(posts[p].tps_class);
    demand[p] = {centroid(points, posts[p].tps), input.tps[sub.tps[posts[p].tps[0]]].sector,
                 pattern.officers, severity(posts[p].tps_class)};
  }
  const Assignment assigned = assign_officers(officers, demand, options);
  out.cost_m = assigned.cost_m;
  out.rounds = assigned.rounds;
  out.missing = assigned.missing;

  for (std::size_t p = 0; p < posts.size(); ++p) {
    const GuardPattern& pattern = input.patterns.at(posts[p].tps_class);
    PlannedPost post;
    for (std::size_t t : posts[p].tps) post.tps.push_back(sub.tps[t]);
    post.tps_class = posts[p].tps_class;
    post.polres = input.tps[post.tps[0]].polres;
    post.sector = demand[p].sector;
    double lat = 0, lon = 0;
    for (std::size_t t : post.tps)
      lat += input.tps[t].position.lat, lon += input.tps[t].position.lon;
    post.position = {lat / static_cast<double>(post.tps.size()),
                     lon / static_cast<double>(post.tps.size())};
    post.tour_m = walking_tour_m(points, posts[p].tps);
    post.officers_needed = pattern.officers;
    post.tni_needed = pattern.tni_per_post;
    post.linmas_needed = pattern.linmas_per_tps * static_cast<int>(post.tps.size());
    post.stretched = posts[p].stretched;
    out.posts.push_back(std::move(post));
  }
  for (std::size_t o = 0; o < officers.size(); ++o) {
    if (assigned.post_of[o]) {
      out.posts[*assigned.post_of[o]].officers.push_back(sub.officers[o]);
    } else {
      out.reserve.push_back(sub.officers[o]);
    }
  }
  return out;
}

namespace {

// Linmas come from each TPS's own desa roster; where a desa has too few, the
// more vulnerable posts are served first.
void assign_linmas(const PlanInput& input, Plan& plan) {
  std::vector<int> left(input.linmas_per_desa.begin(), input.linmas_per_desa.end());
  std::vector<std::size_t> order(plan.posts.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return severity(plan.posts[a].tps_class) > severity(plan.posts[b].tps_class);
  });
  for (std::size_t p : order) {
    PlannedPost& post = plan.posts[p];
    const int per_tps = input.patterns.at(post.tps_class).linmas_per_tps;
    post.linmas_by_tps.assign(post.tps.size(), 0);
    for (std::size_t k = 0; k < post.tps.size(); ++k) {
      const std::size_t desa = input.tps[post.tps[k]].desa;
      const int take = desa < left.size() ? std::min(per_tps, std::max(left[desa], 0)) : 0;
      if (desa < left.size()) left[desa] -= take;
      post.linmas_by_tps[k] = take;
      post.linmas_assigned += take;
    }
    if (post.linmas_assigned < post.linmas_needed) {
      plan.linmas_shortfall.push_back({p, post.linmas_needed - post.linmas_assigned});
    }
  }
  std::sort(plan.linmas_shortfall.begin(), plan.linmas_shortfall.end(),
            [](const LinmasShortfall& a, const LinmasShortfall& b) { return a.post < b.post; });
}

}  // namespace

Plan run_by_polres(const PlanInput& input,
                   const std::function<void(std::size_t polres, SubProblem&)>& prepare,
                   const std::function<SubResult(const SubProblem&)>& solve) {
  std::map<std::size_t, SubProblem> by_polres;
  for (std::size_t i = 0; i < input.tps.size(); ++i)
    by_polres[input.tps[i].polres].tps.push_back(i);
  for (std::size_t o = 0; o < input.officers.size(); ++o) {
    const PlanOfficer& officer = input.officers[o];
    if (!officer.available) continue;
    by_polres[officer.polres].officers.push_back(o);
  }
  std::vector<const SubProblem*> subs;
  for (auto& [polres, sub] : by_polres) {
    if (prepare) prepare(polres, sub);
    subs.push_back(&sub);
  }

  // Each Polres is solved independently, in any order, into its own slot:
  // the largest first, so that no big one is left for a single worker at the
  // end. Before starting one, a worker looks at the cancel flag; once it is
  // set, no further Polres is started and those solved are returned.
  std::vector<std::size_t> queue(subs.size());
  for (std::size_t i = 0; i < queue.size(); ++i) queue[i] = i;
  std::stable_sort(queue.begin(), queue.end(), [&](std::size_t a, std::size_t b) {
    return subs[a]->tps.size() + subs[a]->officers.size() >
           subs[b]->tps.size() + subs[b]->officers.size();
  });
  std::vector<SubResult> results(subs.size());
  std::vector<char> solved(subs.size(), 0);
  std::atomic<std::size_t> next{0};
  std::atomic<bool> cancelled{false};
  std::mutex progress_mutex;
  std::size_t done = 0;
  auto work = [&] {
    for (std::size_t n = next++; n < subs.size(); n = next++) {
      const std::size_t i = queue[n];
      if (input.cancel != nullptr && input.cancel->load(std::memory_order_acquire)) {
        cancelled = true;
        return;
      }
      results[i] = solve(*subs[i]);
      solved[i] = 1;
      if (input.progress) {
        std::lock_guard lock(progress_mutex);
        input.progress(++done, subs.size());
      }
    }
  };
  unsigned threads =
      input.threads != 0 ? input.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, subs.size()));
  if (threads <= 1) {
    work();
  } else {
    std::vector<std::jthread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
  }

  Plan plan;
  plan.cancelled = cancelled.load();
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (!solved[i]) continue;
    SubResult& r = results[i];
    const std::size_t base = plan.posts.size();
    for (std::size_t p = 0; p < r.posts.size(); ++p) {
      if (r.missing[p] > 0) plan.shortfall.push_back({base + p, r.missing[p]});
      plan.posts.push_back(std::move(r.posts[p]));
    }
    plan.reserve.insert(plan.reserve.end(), r.reserve.begin(), r.reserve.end());
    plan.stretched_pairs += r.stretched_pairs;
    plan.cost_m += r.cost_m;
    plan.flow_rounds += r.rounds;
  }
  std::sort(plan.reserve.begin(), plan.reserve.end());
  assign_linmas(input, plan);
  return plan;
}

}  // namespace detail

namespace {

using namespace detail;

SubResult solve_polres(const PlanInput& input, const SubProblem& sub) {
  const Frame frame = frame_of(input, sub);
  std::vector<LocalPost> posts;
  for (auto& g : group_posts(frame.sites, input.patterns))
    posts.push_back({std::move(g.tps), g.tps_class, false, false, {}});

  std::int64_t need = officers_needed(input, posts);
  const auto available = static_cast<std::int64_t>(sub.officers.size());
  int stretched_pairs = 0;
  const auto any = [](const LocalPost&) { return true; };
  for (TpsClass c : {TpsClass::kurang_rawan, TpsClass::rawan}) {
    stretched_pairs += stretch(posts, frame.points, c, input.patterns.at(c), need, available, any);
  }
  return staff_polres(input, sub, frame, std::move(posts), stretched_pairs, {}, input.assign);
}

}  // namespace

Plan plan_deployment(const PlanInput& input) {
  return run_by_polres(input, nullptr,
                       [&](const SubProblem& sub) { return solve_polres(input, sub); });
}

std::vector<int> reserve_by_unit(const Plan& plan, std::span<const PlanOfficer> officers) {
  std::vector<int> count;
  for (std::size_t o : plan.reserve) {
    const std::size_t unit = officers[o].unit;
    if (count.size() <= unit) count.resize(unit + 1, 0);
    ++count[unit];
  }
  return count;
}

}  // namespace siaga::engine::deployment
