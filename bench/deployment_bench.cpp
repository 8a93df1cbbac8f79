// siaga_bench_deployment [--part jember|country|all] [--runs N] [--seed N] [--threads N]
//
// The deployment planner on generated data, in memory (bench/run, part h):
//
//   jember    One Polres the size of Jember: 4,046 TPS in 31 kecamatan and 248
//             desa, 900 Polri (31 Polsek and the Polres HQ), 2 Linmas per TPS
//             on each desa's roster. plan_deployment under the 2020 national
//             pattern (2 per 10 / 2 / 1 / 1: more posts than 900 officers can
//             fill, so a degraded plan) and Polres Jember's own 2 per 24 (rawan
//             2 per 4), median wall time of --runs runs each. Target <= 100 ms.
//             Then replan_deployment after one officer falls sick and after one
//             TPS turns sangat rawan: time and assignments changed.
//   country   435,296 TPS in 500 Polres of varying size (about 120 to 12,000
//             TPS), 83,700 desa, 286,421 Polri, 1,055,510 Linmas; --threads
//             (default 2) workers. Median wall time of --runs runs and peak
//             RSS. Targets <= 10 s, <= 4 GB.
//   Both      Post compactness: mean walking tour per post (nearest-neighbour
//             path through its TPS, as PlannedPost::tour_m) of the planner's
//             grouping against a greedy baseline: each desa's TPS of one class
//             in register order, cut every T (what a Kabag Ops does in a
//             spreadsheet).
//
// Data: deterministic for a seed (xoshiro.hpp). Per Polres a square regency
// cut into kecamatan, desa centres scattered in their kecamatan, each desa's
// TPS in 1-6 dusun (hamlets) around the desa centre, numbered dusun by dusun
// as a register is; 8 % of desa are "hot" (40 % rawan, 8 % sangat rawan),
// elsewhere 1.5 % rawan and 0.3 % sangat rawan, 0.2 % khusus anywhere: about
// 93.5 / 4.6 / 0.9 / 0.2 %. Officers of a Polsek live within a few km of their
// kecamatan's centre, HQ officers (40 %) around the regency's centre.

#include <fmt/format.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <numbers>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "domain/deployment.hpp"
#include "engine/deployment/plane.hpp"
#include "engine/deployment/planner.hpp"
#include "engine/deployment/posts.hpp"

#include "xoshiro.hpp"

namespace {

namespace dep = siaga::engine::deployment;
using siaga::GuardPattern;
using siaga::PatternSet;
using siaga::TpsClass;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kCountryTps = 435296;
constexpr std::size_t kCountryOfficers = 286421;
constexpr std::int64_t kCountryLinmas = 1055510;
constexpr std::size_t kPolres = 500;
// Units of the Polres headquarters get indices above every Polsek (sector).
constexpr std::size_t kHqUnitBase = 1'000'000;

class Rng : public siaga::bench::Xoshiro {
 public:
  using Xoshiro::Xoshiro;
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  double normal() {  // Box-Muller
    const double u = 1.0 - uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2 * std::numbers::pi * uniform());
  }
};

[[noreturn]] void fail(const std::string& message) {
  fmt::print(stderr, "siaga_bench_deployment: {}\n", message);
  std::exit(2);
}

double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // KiB on Linux
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  if (n == 0) return 0;
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::string thousands(std::uint64_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(std::size_t(i), ",");
  return s;
}

std::string joined(const std::vector<double>& v, const char* format) {
  std::string out;
  for (double x : v) {
    if (!out.empty()) out += " / ";
    out += fmt::format(fmt::runtime(format), x);
  }
  return out;
}

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// ---- data -------------------------------------------------------------------

struct World {
  std::vector<dep::PlanTps> tps;  // register order: Polres, kecamatan, desa, number
  std::vector<dep::PlanOfficer> officers;
  std::vector<int> linmas;  // per desa
  std::size_t desa = 0, kecamatan = 0;
};

struct PolresShape {
  std::size_t tps = 0, officers = 0, kecamatan = 0, desa = 0;
  double area_km2 = 0;
  siaga::LatLon centre;
};

// Appends one Polres to the world. Desa rosters get exactly 2 Linmas per TPS.
void add_polres(World& w, Rng& rng, std::size_t polres, const PolresShape& shape) {
  const double side_km = std::sqrt(shape.area_km2);
  const double km_lat = 1 / 111.2;
  const double km_lon = km_lat / std::cos(shape.centre.lat * std::numbers::pi / 180);
  auto at = [&](double x_km, double y_km) {
    return siaga::LatLon{shape.centre.lat + y_km * km_lat, shape.centre.lon + x_km * km_lon};
  };
  // Kecamatan: a grid over the square; desa centres uniform in their cell.
  const auto cols = static_cast<std::size_t>(std::ceil(std::sqrt(double(shape.kecamatan))));
  const std::size_t rows = (shape.kecamatan + cols - 1) / cols;
  const double cell_w = side_km / double(cols), cell_h = side_km / double(rows);
  std::vector<std::pair<double, double>> kec_centre(shape.kecamatan);
  std::vector<std::size_t> desa_kec(shape.desa);
  std::vector<std::pair<double, double>> desa_centre(shape.desa);
  for (std::size_t k = 0; k < shape.kecamatan; ++k) {
    const double x0 = double(k % cols) * cell_w - side_km / 2;
    const double y0 = double(k / cols) * cell_h - side_km / 2;
    kec_centre[k] = {x0 + cell_w / 2, y0 + cell_h / 2};
  }
  for (std::size_t d = 0; d < shape.desa; ++d) {
    const std::size_t k = d * shape.kecamatan / shape.desa;  // contiguous: register order
    desa_kec[d] = k;
    const double x0 = double(k % cols) * cell_w - side_km / 2;
    const double y0 = double(k / cols) * cell_h - side_km / 2;
    desa_centre[d] = {x0 + rng.uniform(0.1, 0.9) * cell_w, y0 + rng.uniform(0.1, 0.9) * cell_h};
  }
  // TPS per desa: log-normal weights, at least one each.
  std::vector<double> weight(shape.desa);
  double total = 0;
  for (auto& x : weight) total += x = std::exp(0.6 * rng.normal());
  std::vector<std::size_t> count(shape.desa, 1);
  std::size_t placed = shape.desa;
  for (std::size_t d = 0; d < shape.desa && placed < shape.tps; ++d) {
    const auto extra =
        static_cast<std::size_t>(std::floor(weight[d] / total * double(shape.tps - shape.desa)));
    count[d] += extra;
    placed += extra;
  }
  while (placed < shape.tps) ++count[rng.below(shape.desa)], ++placed;
  // A desa spans about the square root of its share of the area.
  const double desa_km = std::sqrt(shape.area_km2 / double(shape.desa));

  const std::size_t desa_base = w.desa, kec_base = w.kecamatan;
  for (std::size_t d = 0; d < shape.desa; ++d) {
    const bool hot = rng.uniform() < 0.08;
    const std::size_t dusun = std::clamp<std::size_t>(count[d] / 4, 1, 6);
    std::vector<std::pair<double, double>> dusun_at(dusun);
    for (auto& c : dusun_at) {
      c = {desa_centre[d].first + 0.3 * desa_km * rng.normal(),
           desa_centre[d].second + 0.3 * desa_km * rng.normal()};
    }
    for (std::size_t i = 0; i < count[d]; ++i) {
      const auto& c = dusun_at[i * dusun / count[d]];  // numbered dusun by dusun
      dep::PlanTps t;
      t.position = at(c.first + 0.25 * rng.normal(), c.second + 0.25 * rng.normal());
      const double r = rng.uniform();
      const double rawan = hot ? 0.40 : 0.015, sangat = hot ? 0.08 : 0.003;
      t.tps_class = r < 0.002                    ? TpsClass::khusus
                    : r < 0.002 + sangat         ? TpsClass::sangat_rawan
                    : r < 0.002 + sangat + rawan ? TpsClass::rawan
                                                 : TpsClass::kurang_rawan;
      t.desa = desa_base + d;
      t.kecamatan = kec_base + desa_kec[d];
      t.sector = t.kecamatan;  // one Polsek per kecamatan
      t.polres = polres;
      w.tps.push_back(t);
    }
    w.linmas.push_back(static_cast<int>(2 * count[d]));
  }
  // Officers: 60 % in the Polsek (spread evenly), 40 % at the HQ.
  for (std::size_t o = 0; o < shape.officers; ++o) {
    dep::PlanOfficer officer;
    officer.polres = polres;
    if (o * 10 < shape.officers * 6) {
      const std::size_t k = o % shape.kecamatan;
      officer.unit = kec_base + k;
      officer.home =
          at(kec_centre[k].first + 2.0 * rng.normal(), kec_centre[k].second + 2.0 * rng.normal());
    } else {
      officer.unit = kHqUnitBase + polres;
      officer.home = at(4.0 * rng.normal(), 4.0 * rng.normal());
    }
    w.officers.push_back(officer);
  }
  w.desa += shape.desa;
  w.kecamatan += shape.kecamatan;
}

World jember(std::uint64_t seed) {
  World w;
  Rng rng(seed);
  add_polres(w, rng, 0, {4046, 900, 31, 248, 3293, {-8.17, 113.70}});
  return w;
}

// 500 Polres of log-normal size summing to the national TPS count; officers
// in proportion (with noise); Linmas rosters topped up to the national count,
// 4 % of desa short.
World country(std::uint64_t seed) {
  Rng rng(seed ^ 0x5eed);
  std::vector<double> size(kPolres);
  double total = 0;
  for (auto& s : size) total += s = std::exp(0.75 * rng.normal());
  std::vector<PolresShape> shapes(kPolres);
  std::size_t sum = 0;
  for (std::size_t p = 0; p < kPolres; ++p) {
    shapes[p].tps = std::clamp<std::size_t>(
        static_cast<std::size_t>(std::llround(size[p] / total * double(kCountryTps))), 120, 12000);
    sum += shapes[p].tps;
  }
  while (sum < kCountryTps) {
    auto& s = shapes[rng.below(kPolres)];
    if (s.tps < 12000) ++s.tps, ++sum;
  }
  while (sum > kCountryTps) {
    auto& s = shapes[rng.below(kPolres)];
    if (s.tps > 120) --s.tps, --sum;
  }
  std::vector<double> officer_weight(kPolres);
  double officer_total = 0;
  for (std::size_t p = 0; p < kPolres; ++p) {
    officer_total += officer_weight[p] = double(shapes[p].tps) * rng.uniform(0.7, 1.3);
  }
  std::size_t officers_left = kCountryOfficers;
  for (std::size_t p = 0; p < kPolres; ++p) {
    PolresShape& s = shapes[p];
    s.officers = p + 1 == kPolres ? officers_left
                                  : static_cast<std::size_t>(officer_weight[p] / officer_total *
                                                             double(kCountryOfficers));
    officers_left -= s.officers;
    s.desa = std::max<std::size_t>(10, static_cast<std::size_t>(double(s.tps) / rng.uniform(3, 8)));
    s.kecamatan =
        std::max<std::size_t>(3, static_cast<std::size_t>(double(s.desa) / rng.uniform(8, 14)));
    s.area_km2 = double(s.tps) * std::clamp(std::exp(0.8 * rng.normal()), 0.2, 15.0);
    s.centre = {-10 + 15 * double(p % 25) / 25, 96 + 44 * double(p / 25) / 20};
  }
  World w;
  for (std::size_t p = 0; p < kPolres; ++p) add_polres(w, rng, p, shapes[p]);
  std::int64_t linmas = 0;
  for (auto& l : w.linmas) {
    if (rng.uniform() < 0.04) l = static_cast<int>(double(l) * rng.uniform(0.5, 0.95));
    linmas += l;
  }
  for (; linmas < kCountryLinmas; ++linmas) ++w.linmas[rng.below(w.linmas.size())];
  return w;
}

dep::PlanInput input_of(const World& w, const PatternSet& patterns, unsigned threads) {
  dep::PlanInput in;
  in.tps = w.tps;
  in.officers = w.officers;
  in.linmas_per_desa = w.linmas;
  in.patterns = patterns;
  in.threads = threads;
  return in;
}

PatternSet jember_2024() {
  PatternSet p = siaga::national_pattern_2020();
  p.at(TpsClass::kurang_rawan) = {2, 24, 2, 0, 3000};
  p.at(TpsClass::rawan) = {2, 4, 2, 0, 1500};
  return p;
}

// ---- figures ---------------------------------------------------------------

struct PlanFigures {
  std::size_t posts = 0, staffed = 0, reserve = 0;
  int stretched = 0, officers_short = 0, short_posts = 0, linmas_short = 0;
  std::int64_t cost_m = 0;
};

PlanFigures figures(const dep::Plan& plan) {
  PlanFigures f;
  f.posts = plan.posts.size();
  for (const auto& p : plan.posts) f.staffed += !p.officers.empty();
  f.reserve = plan.reserve.size();
  f.stretched = plan.stretched_pairs;
  for (const auto& s : plan.shortfall) f.officers_short += s.officers_missing, ++f.short_posts;
  for (const auto& s : plan.linmas_shortfall) f.linmas_short += s.linmas_missing;
  f.cost_m = plan.cost_m;
  return f;
}

std::string describe(const PlanFigures& f) {
  return fmt::format(
      "{} posts ({} stretched pairs), {} staffed, {} officers short at {} posts, {} in reserve, "
      "{} Linmas short, travel {:.0f} km",
      thousands(f.posts), f.stretched, thousands(f.staffed), thousands(f.officers_short),
      thousands(f.short_posts), thousands(f.reserve), thousands(f.linmas_short),
      double(f.cost_m) / 1000);
}

// Where each officer stands: the TPS of their post (sorted), empty = reserve.
std::map<std::size_t, std::vector<std::size_t>> places(const dep::Plan& plan) {
  std::map<std::size_t, std::vector<std::size_t>> at;
  for (const auto& post : plan.posts) {
    std::vector<std::size_t> tps = post.tps;
    std::sort(tps.begin(), tps.end());
    for (std::size_t o : post.officers) at[o] = tps;
  }
  for (std::size_t o : plan.reserve) at[o] = {};
  return at;
}

// Officers placed differently, and those gone from the plan (sick).
int changed(const dep::Plan& before, const dep::Plan& after) {
  const auto was = places(before), now = places(after);
  int n = 0;
  for (const auto& [o, tps] : now) {
    auto it = was.find(o);
    n += it == was.end() || it->second != tps;
  }
  for (const auto& [o, tps] : was) n += !now.count(o);
  return n;
}

dep::PreviousPlan previous_of(const dep::Plan& plan) {
  dep::PreviousPlan previous;
  for (const auto& post : plan.posts) {
    previous.posts.push_back({post.tps, post.officers, post.tps_class, post.stretched});
  }
  return previous;
}

// Mean walking tour per post and per TPS of two groupings of the same TPS.
struct Compactness {
  std::size_t posts = 0;
  double tour_m = 0;         // summed
  std::size_t too_wide = 0;  // posts wider than their pattern's distance
};

// The baseline: per Polres, desa and class, the TPS in register order cut
// every T. No distance check, no merging across desa.
std::vector<std::vector<std::size_t>> greedy_posts(const World& w, const PatternSet& patterns) {
  std::map<std::tuple<std::size_t, std::size_t, int>, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < w.tps.size(); ++i) {
    groups[{w.tps[i].polres, w.tps[i].desa, static_cast<int>(w.tps[i].tps_class)}].push_back(i);
  }
  std::vector<std::vector<std::size_t>> posts;
  for (const auto& [key, tps] : groups) {
    const auto t =
        static_cast<std::size_t>(patterns.at(static_cast<TpsClass>(std::get<2>(key))).tps_per_post);
    for (std::size_t b = 0; b < tps.size(); b += t) {
      posts.emplace_back(tps.begin() + std::ptrdiff_t(b),
                         tps.begin() + std::ptrdiff_t(std::min(tps.size(), b + t)));
    }
  }
  return posts;
}

// Tours of posts given as global TPS indices, in each Polres's own plane.
Compactness measure(const World& w, const PatternSet& patterns,
                    const std::vector<std::vector<std::size_t>>& posts) {
  std::map<std::size_t, std::vector<std::size_t>> of_polres;
  for (std::size_t i = 0; i < w.tps.size(); ++i) of_polres[w.tps[i].polres].push_back(i);
  std::vector<dep::PlanePoint> points(w.tps.size());
  for (const auto& [polres, tps] : of_polres) {
    std::vector<siaga::LatLon> where;
    for (std::size_t i : tps) where.push_back(w.tps[i].position);
    const dep::Projection project = dep::Projection::around(where);
    for (std::size_t i : tps) points[i] = project(w.tps[i].position);
  }
  Compactness c;
  for (const auto& post : posts) {
    ++c.posts;
    c.tour_m += dep::walking_tour_m(points, post);
    TpsClass cls = w.tps[post[0]].tps_class;
    for (std::size_t t : post) cls = std::max(cls, w.tps[t].tps_class);
    c.too_wide += dep::diameter_m(points, post) > patterns.at(cls).max_distance_m + 1e-6;
  }
  return c;
}

// The planner's grouping (before any stretching of a degraded plan).
std::vector<std::vector<std::size_t>> our_posts(const World& w, const PatternSet& patterns) {
  std::map<std::size_t, std::vector<std::size_t>> of_polres;
  for (std::size_t i = 0; i < w.tps.size(); ++i) of_polres[w.tps[i].polres].push_back(i);
  std::vector<std::vector<std::size_t>> posts;
  for (const auto& [polres, tps] : of_polres) {
    std::vector<siaga::LatLon> where;
    for (std::size_t i : tps) where.push_back(w.tps[i].position);
    const dep::Projection project = dep::Projection::around(where);
    std::vector<dep::PostSite> sites;
    for (std::size_t i : tps) {
      const auto& t = w.tps[i];
      sites.push_back({project(t.position), t.desa, t.kecamatan, t.tps_class});
    }
    for (const auto& g : dep::group_posts(sites, patterns)) {
      std::vector<std::size_t> post;
      for (std::size_t k : g.tps) post.push_back(tps[k]);
      posts.push_back(std::move(post));
    }
  }
  return posts;
}

void print_compactness(std::string_view label, const World& w, const PatternSet& patterns) {
  const Compactness ours = measure(w, patterns, our_posts(w, patterns));
  const Compactness greedy = measure(w, patterns, greedy_posts(w, patterns));
  const double tps = double(w.tps.size());
  fmt::print(
      "compactness {}: ours {} posts, mean tour {:.0f} m per post ({:.0f} m per TPS), {} wider "
      "than the pattern; greedy {} posts, mean tour {:.0f} m per post ({:.0f} m per TPS), {} wider "
      "than the pattern; ours / greedy tour per post {:.2f}\n",
      label, thousands(ours.posts), ours.tour_m / double(ours.posts), ours.tour_m / tps,
      thousands(ours.too_wide), thousands(greedy.posts), greedy.tour_m / double(greedy.posts),
      greedy.tour_m / tps, thousands(greedy.too_wide),
      (ours.tour_m / double(ours.posts)) / (greedy.tour_m / double(greedy.posts)));
}

std::string class_mix(const World& w) {
  std::size_t n[4] = {0, 0, 0, 0};
  for (const auto& t : w.tps) ++n[static_cast<int>(t.tps_class)];
  const double all = double(w.tps.size()) / 100;
  return fmt::format(
      "kurang rawan {:.1f} %, rawan {:.1f} %, sangat rawan {:.1f} %, khusus {:.1f} %",
      double(n[0]) / all, double(n[1]) / all, double(n[2]) / all, double(n[3]) / all);
}

// ---- parts -----------------------------------------------------------------

void part_jember(std::uint64_t seed, int runs) {
  const World w = jember(seed);
  fmt::print(
      "jember data: {} TPS, {} desa, {} kecamatan, {} Polri ({} at 31 Polsek, {} at HQ), "
      "{} Linmas; {}\n",
      thousands(w.tps.size()), w.desa, w.kecamatan, thousands(w.officers.size()),
      std::count_if(w.officers.begin(), w.officers.end(),
                    [](const auto& o) { return o.unit < kHqUnitBase; }),
      std::count_if(w.officers.begin(), w.officers.end(),
                    [](const auto& o) { return o.unit >= kHqUnitBase; }),
      thousands(std::uint64_t(2 * w.tps.size())), class_mix(w));
  const struct {
    const char* label;
    PatternSet patterns;
  } cases[] = {{"2020 national", siaga::national_pattern_2020()}, {"2024 Jember", jember_2024()}};
  for (const auto& c : cases) {
    const dep::PlanInput in = input_of(w, c.patterns, 1);
    std::vector<double> ms;
    dep::Plan plan;
    for (int r = 0; r < runs; ++r) {
      const auto start = Clock::now();
      plan = dep::plan_deployment(in);
      ms.push_back(ms_since(start));
    }
    fmt::print("jember plan {}: median {:.1f} ms (runs: {}); {}\n", c.label, median(ms),
               joined(ms, "{:.1f}"), describe(figures(plan)));
  }

  // Replan on the 2024 plan (enough officers, a reserve): one officer sick;
  // one TPS of a multi-TPS kurang rawan post turned sangat rawan.
  const PatternSet patterns = jember_2024();
  const dep::Plan plan = dep::plan_deployment(input_of(w, patterns, 1));
  const dep::PreviousPlan previous = previous_of(plan);
  const dep::PlannedPost& middle = plan.posts[plan.posts.size() / 2];
  World sick = w;
  sick.officers[middle.officers.front()].available = false;
  World turned = w;
  for (const auto& post : plan.posts) {
    if (post.tps_class == TpsClass::kurang_rawan && post.tps.size() >= 3) {
      turned.tps[post.tps[1]].tps_class = TpsClass::sangat_rawan;
      break;
    }
  }
  for (const auto& [label, world] :
       {std::pair<const char*, const World*>{"one officer sick", &sick},
        std::pair<const char*, const World*>{"one TPS turned sangat rawan", &turned}}) {
    const dep::PlanInput in = input_of(*world, patterns, 1);
    std::vector<double> ms;
    dep::Plan after;
    for (int r = 0; r < runs; ++r) {
      const auto start = Clock::now();
      after = dep::replan_deployment(in, previous);
      ms.push_back(ms_since(start));
    }
    std::vector<double> fresh_ms;
    const auto start = Clock::now();
    const dep::Plan fresh = dep::plan_deployment(in);
    fresh_ms.push_back(ms_since(start));
    fmt::print(
        "jember replan {}: median {:.1f} ms (runs: {}); {} assignments changed (planning afresh: "
        "{}); {}\n",
        label, median(ms), joined(ms, "{:.1f}"), changed(plan, after), changed(plan, fresh),
        describe(figures(after)));
  }
  print_compactness("jember 2020 national", w, siaga::national_pattern_2020());
  print_compactness("jember 2024 Jember", w, patterns);
}

void part_country(std::uint64_t seed, int runs, unsigned threads) {
  const auto gen_start = Clock::now();
  const World w = country(seed);
  const double gen_ms = ms_since(gen_start);
  const double rss_inputs = peak_rss_mb();
  std::size_t smallest = w.tps.size(), largest = 0;
  {
    std::vector<std::size_t> per(kPolres, 0);
    for (const auto& t : w.tps) ++per[t.polres];
    for (std::size_t n : per) smallest = std::min(smallest, n), largest = std::max(largest, n);
  }
  std::int64_t linmas = 0;
  for (int l : w.linmas) linmas += l;
  fmt::print(
      "country data: {} TPS in {} Polres ({} to {} TPS each), {} desa, {} kecamatan, {} Polri, {} "
      "Linmas; {}; generated in {:.1f} s\n",
      thousands(w.tps.size()), kPolres, thousands(smallest), thousands(largest), thousands(w.desa),
      thousands(w.kecamatan), thousands(w.officers.size()), thousands(std::uint64_t(linmas)),
      class_mix(w), gen_ms / 1000);
  const dep::PlanInput in = input_of(w, siaga::national_pattern_2020(), threads);
  std::vector<double> seconds;
  dep::Plan plan;
  for (int r = 0; r < runs; ++r) {
    plan = {};
    const auto start = Clock::now();
    plan = dep::plan_deployment(in);
    seconds.push_back(ms_since(start) / 1000);
  }
  fmt::print("country plan 2020 national, {} threads: median {:.2f} s (runs: {}); {}\n", threads,
             median(seconds), joined(seconds, "{:.2f}"), describe(figures(plan)));
  fmt::print("country peak RSS {:.0f} MB ({:.0f} MB of it before planning: the generated inputs)\n",
             peak_rss_mb(), rss_inputs);
  print_compactness("country 2020 national", w, siaga::national_pattern_2020());
}

}  // namespace

int main(int argc, char** argv) {
  std::string part = "all";
  int runs = 5;
  std::uint64_t seed = 20241127;
  unsigned threads = 2;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) fail(fmt::format("{} needs a value", arg));
      return argv[++i];
    };
    if (arg == "--part") {
      part = value();
    } else if (arg == "--runs") {
      runs = std::atoi(value().c_str());
    } else if (arg == "--seed") {
      seed = std::strtoull(value().c_str(), nullptr, 10);
    } else if (arg == "--threads") {
      threads = static_cast<unsigned>(std::atoi(value().c_str()));
    } else {
      fail(fmt::format("unknown argument {}", arg));
    }
  }
  if (runs < 1) fail("--runs must be at least 1");
  if (threads < 1) fail("--threads must be at least 1");
  if (part != "jember" && part != "country" && part != "all")
    fail("--part: jember, country or all");
  if (part != "country") part_jember(seed, runs);
  if (part != "jember") part_country(seed, runs, threads);
  return 0;
}
