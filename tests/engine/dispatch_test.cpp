#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

#include "engine/dispatch/duplicate_rule.hpp"
#include "engine/dispatch/nearest_units.hpp"

namespace siaga::engine::dispatch {
namespace {

// Raw 64-bit draws (no <random> distributions: the same on every platform).
struct Draws {
  std::mt19937_64 gen;
  double uniform() { return static_cast<double>(gen() >> 11) * 0x1.0p-53; }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(gen() % n); }
};

// Jember: about 60 x 60 km around (-8.17, 113.70).
LatLon random_point(Draws& rng) {
  return {-8.45 + 0.55 * rng.uniform(), 113.40 + 0.60 * rng.uniform()};
}

TEST(DispatchNearestUnits, BestEqualsAScanOverEveryUnit) {
  Draws rng{std::mt19937_64(20241127)};
  NearestUnits index(-8.17);
  for (std::int64_t id = 1; id <= 3000; ++id) {
    index.put({id, static_cast<UnitKind>(rng.below(kUnitKinds)), random_point(rng),
               static_cast<std::size_t>(rng.below(31)), rng.uniform() < 0.8});
  }
  // Some move, some go off duty, some leave.
  for (int i = 0; i < 500; ++i) {
    const auto id = static_cast<std::int64_t>(1 + rng.below(3000));
    index.put({id, static_cast<UnitKind>(rng.below(kUnitKinds)), random_point(rng),
               static_cast<std::size_t>(rng.below(31)), rng.uniform() < 0.7});
  }
  for (std::int64_t id = 1; id <= 100; ++id) index.remove(id * 7);
  EXPECT_EQ(index.size(), 3000u - 100u);
  for (int q = 0; q < 400; ++q) {
    const LatLon at = random_point(rng);
    const auto sector = static_cast<std::size_t>(rng.below(31));
    const KindMask kinds = q % 3 == 0 ? kAllKinds
                                      : kind_bit(static_cast<UnitKind>(rng.below(kUnitKinds))) |
                                            kind_bit(UnitKind::motorbike);
    const std::size_t k = 1 + rng.below(5);
    EXPECT_EQ(index.best(at, sector, kinds, k), index.best_by_scan(at, sector, kinds, k))
        << "query " << q;
  }
}

// Sectors as they are on the map (each Polsek a block of the grid, its own
// units nearby), a dense town among sparse villages, handicaps from none to
// large, k up to 12: the searched squares grow from a few metres to the
// whole area and the own units win often. Units move, go off duty and leave
// between the rounds of queries.
TEST(DispatchNearestUnits, CompactSectorsAndATownEqualTheScan) {
  Draws rng{std::mt19937_64(42)};
  auto place = [&] {
    if (rng.uniform() < 0.4) {  // the town: about 3 x 3 km
      return LatLon{-8.17 + 0.03 * rng.uniform(), 113.70 + 0.03 * rng.uniform()};
    }
    return random_point(rng);
  };
  auto sector_of = [](LatLon p) {  // a 6 x 6 grid of Polsek sectors
    const auto row = static_cast<std::size_t>(std::clamp((p.lat + 8.45) / 0.55 * 6, 0.0, 5.0));
    const auto col = static_cast<std::size_t>(std::clamp((p.lon - 113.40) / 0.60 * 6, 0.0, 5.0));
    return row * 6 + col;
  };
  for (const double handicap : {0.0, 300.0, 1800.0}) {
    DispatchSpeeds speeds;
    speeds.other_sector_handicap_s = handicap;
    NearestUnits index(-8.17, speeds);
    auto put = [&](std::int64_t id, double on_duty) {
      const LatLon at = place();
      index.put({id, static_cast<UnitKind>(rng.below(kUnitKinds)), at, sector_of(at),
                 rng.uniform() < on_duty});
    };
    for (std::int64_t id = 1; id <= 1500; ++id) put(id, 0.85);
    for (int round = 0; round < 3; ++round) {
      for (int i = 0; i < 300; ++i) put(static_cast<std::int64_t>(1 + rng.below(1500)), 0.7);
      for (int i = 0; i < 30; ++i) index.remove(static_cast<std::int64_t>(1 + rng.below(1500)));
      for (int q = 0; q < 150; ++q) {
        const LatLon at = place();
        // Mostly the incident's own sector, sometimes one with no unit.
        const std::size_t sector = q % 10 == 0 ? 99 : sector_of(at);
        const KindMask kinds =
            q % 4 == 0 ? kAllKinds
                       : kind_bit(static_cast<UnitKind>(rng.below(kUnitKinds))) |
                             (q % 2 ? kind_bit(static_cast<UnitKind>(rng.below(kUnitKinds))) : 0);
        const std::size_t k = q % 7 == 0 ? 12 : 1 + rng.below(4);
        EXPECT_EQ(index.best(at, sector, kinds, k), index.best_by_scan(at, sector, kinds, k))
            << "handicap " << handicap << ", round " << round << ", query " << q;
      }
    }
  }
}

// A Polsek with one car, units parked on one spot, fewer units than asked:
// the search area has no extent to start from and must still end.
TEST(DispatchNearestUnits, FewUnitsOrUnitsOnOneSpotEqualTheScan) {
  Draws rng{std::mt19937_64(7)};
  for (std::size_t n = 1; n <= 6; ++n) {
    for (bool one_spot : {true, false}) {
      NearestUnits index(-8.17);
      const LatLon spot = random_point(rng);
      for (std::size_t i = 0; i < n; ++i) {
        index.put({static_cast<std::int64_t>(i + 1), static_cast<UnitKind>(rng.below(kUnitKinds)),
                   one_spot ? spot : random_point(rng), rng.below(3), true});
      }
      for (int q = 0; q < 20; ++q) {
        const LatLon at = q == 0 ? spot : random_point(rng);
        const auto sector = rng.below(3);
        const KindMask kinds =
            q % 2 ? kAllKinds : kind_bit(static_cast<UnitKind>(rng.below(kUnitKinds)));
        EXPECT_EQ(index.best(at, sector, kinds, 3), index.best_by_scan(at, sector, kinds, 3))
            << n << " units, query " << q;
      }
    }
  }
}

TEST(DispatchNearestUnits, RankedByEtaWithTheSectorsOwnUnitPreferred) {
  NearestUnits index(-8.17);
  const LatLon incident{-8.17, 113.70};
  // 1 km east by car (other sector), 1.2 km by car (own sector), 600 m post
  // on foot (own sector), 5 km motorbike, one unit off duty right there.
  const double km = 1.0 / (111.32 * std::cos(8.17 * 3.14159265358979 / 180));
  index.put({1, UnitKind::patrol_car, {-8.17, 113.70 + 1.0 * km}, 2, true});
  index.put({2, UnitKind::patrol_car, {-8.17, 113.70 + 1.2 * km}, 1, true});
  index.put({3, UnitKind::post, {-8.17, 113.70 + 0.6 * km}, 1, true});
  index.put({4, UnitKind::motorbike, {-8.17, 113.70 + 5.0 * km}, 1, true});
  index.put({5, UnitKind::patrol_car, incident, 1, false});
  const auto best = index.best(incident, 1, kAllKinds, 3);
  ASSERT_EQ(best.size(), 3u);
  // Car 2: 1.2 km x 1.3 / 40 km/h = 140 s. Post 3: 0.6 km x 1.3 / 15 km/h =
  // 187 s. Car 1: 117 s, but + 300 s for another sector. Motorbike: 669 s.
  EXPECT_EQ(best[0].id, 2);
  EXPECT_NEAR(best[0].eta_s, 140.4, 1.0);
  EXPECT_TRUE(best[0].same_sector);
  EXPECT_EQ(best[1].id, 3);
  EXPECT_EQ(best[2].id, 1);
  EXPECT_NEAR(best[2].eta_s, 117.0, 1.0);
  EXPECT_FALSE(best[2].same_sector);
  EXPECT_TRUE(index.best(incident, 1, kind_bit(UnitKind::brimob)).empty());
  // Back on duty, the unit at the spot goes first.
  index.put({5, UnitKind::patrol_car, incident, 1, true});
  EXPECT_EQ(index.best(incident, 1, kAllKinds, 1).front().id, 5);
}

ReportPoint report(std::int64_t id, const char* type, LatLon at, int minute) {
  using namespace std::chrono;
  return {id, type, at, sys_seconds{minutes{minute}} + sys_seconds::duration{1'732'665'600}};
}

TEST(DispatchDuplicateRule, SameTypeWithin300MetresAnd30MinutesInclusive) {
  const LatLon here{-8.17, 113.70};
  const double metre_lat = 1.0 / 111'194.9;  // haversine's degree of latitude
  const auto a = report(1, "kerumunan", here, 0);
  EXPECT_TRUE(
      may_duplicate(a, report(2, "kerumunan", {here.lat + 299.9 * metre_lat, here.lon}, 30)));
  EXPECT_FALSE(
      may_duplicate(a, report(2, "kerumunan", {here.lat + 300.5 * metre_lat, here.lon}, 0)));
  EXPECT_FALSE(may_duplicate(a, report(2, "kerumunan", here, 31)));
  EXPECT_TRUE(may_duplicate(a, report(2, "kerumunan", here, -30)));
  EXPECT_FALSE(may_duplicate(a, report(2, "provokasi", here, 1)));
  EXPECT_FALSE(may_duplicate(a, a));  // not a duplicate of itself
  const std::vector<ReportPoint> others{
      report(2, "kerumunan", {here.lat + 200 * metre_lat, here.lon}, 5),
      report(3, "kerumunan", {here.lat + 50 * metre_lat, here.lon}, 10),
      report(4, "kerumunan", {here.lat + 900 * metre_lat, here.lon}, 10),
      report(5, "bentrok", here, 10)};
  EXPECT_EQ(possible_duplicates(a, others), (std::vector<std::int64_t>{3, 2}));
}

}  // namespace
}  // namespace siaga::engine::dispatch
