// Part i (issue 8): the nearest-unit query among 20,000 field units spread
// over a Polda-sized area, against the scan over every unit. Prints the
// median and p99 of single queries (steady clock, after a warm-up) and the
// ratio of the medians over the same queries. Every answer of the index is
// checked against the scan's, also for other kind masks and k.

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <vector>

#include "engine/dispatch/nearest_units.hpp"
#include "xoshiro.hpp"

using namespace siaga;
using namespace siaga::engine::dispatch;

namespace {

double percentile(std::vector<double> v, double q) {
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
}

template <typename Query>
std::vector<double> time_queries(const std::vector<LatLon>& at, Query query) {
  std::vector<double> us;
  us.reserve(at.size());
  std::size_t sink = 0;
  for (std::size_t i = 0; i < at.size(); ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    sink += query(at[i], i).size();
    us.push_back(
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
  }
  if (sink == 0) std::abort();  // keeps the queries from being optimised away
  return us;
}

}  // namespace

int main(int argc, char** argv) {
  const std::uint64_t seed = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 20241127;
  bench::Xoshiro rng(seed);
  constexpr int kUnits = 20000, kQueries = 20000, kScanned = 2000, kSectors = 600;
  // East Java: about 7.0..8.6 S, 111.0..114.5 E.
  auto point = [&] { return LatLon{rng.uniform(-8.6, -7.0), rng.uniform(111.0, 114.5)}; };
  NearestUnits index(-7.8);
  for (int id = 1; id <= kUnits; ++id) {
    index.put({id, static_cast<UnitKind>(rng.next() % kUnitKinds), point(),
               static_cast<std::size_t>(rng.next() % kSectors), rng.uniform() < 0.8});
  }
  std::vector<LatLon> at(kQueries);
  for (auto& p : at) p = point();
  auto sector = [](std::size_t i) { return i % kSectors; };
  auto fast = [&](LatLon p, std::size_t i) { return index.best(p, sector(i), kAllKinds, 3); };
  auto scan = [&](LatLon p, std::size_t i) {
    return index.best_by_scan(p, sector(i), kAllKinds, 3);
  };
  time_queries(at, fast);  // warm-up
  const auto t_fast = time_queries(at, fast);
  const std::vector<LatLon> few(at.begin(), at.begin() + kScanned);
  const auto t_scan = time_queries(few, scan);

  // Every query's answer against the scan's (untimed), then the first points
  // again with other kind masks and k.
  std::size_t mismatches = 0, compared = 0;
  for (std::size_t i = 0; i < at.size(); ++i) {
    mismatches += fast(at[i], i) != scan(at[i], i);
    ++compared;
  }
  for (std::size_t i = 0; i < few.size(); ++i) {
    const KindMask kinds = kind_bit(static_cast<UnitKind>(i % kUnitKinds)) |
                           (i % 2 ? kind_bit(UnitKind::motorbike) : KindMask{0});
    const std::size_t k = 1 + i % 5;
    mismatches +=
        index.best(at[i], sector(i), kinds, k) != index.best_by_scan(at[i], sector(i), kinds, k);
    ++compared;
  }

  const double f50 = percentile(t_fast, 0.5), f99 = percentile(t_fast, 0.99);
  const std::vector<double> same(t_fast.begin(), t_fast.begin() + kScanned);
  const double same50 = percentile(same, 0.5), s50 = percentile(t_scan, 0.5);
  fmt::print(
      "units {} (80 % available, 5 kinds), queries {} (scan: the first {}), best 3 of all kinds "
      "by ETA\n",
      kUnits, kQueries, few.size());
  fmt::print("r-tree median {:.2f} us, p99 {:.2f} us\n", f50, f99);
  fmt::print("scan median {:.1f} us, p99 {:.1f} us\n", s50, percentile(t_scan, 0.99));
  fmt::print(
      "speed-up (medians) {:.0f}x (the same {} queries: r-tree median {:.2f} us); answers "
      "different from the scan: {} of {}\n",
      s50 / same50, few.size(), same50, mismatches, compared);
  return mismatches == 0 ? 0 : 1;
}
