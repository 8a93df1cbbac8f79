#include "domain/patrol_compliance.hpp"

#include <gtest/gtest.h>

#include <numbers>

namespace siaga {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

constexpr double kEarthRadiusM = 6371008.8;  // the radius haversine_m uses
const LatLon kKpuJember{-8.1723, 113.7003};

// The point `metres` due north of `from` (along the meridian the haversine
// distance is exactly the arc).
LatLon north_of(LatLon from, double metres) {
  return {from.lat + metres / kEarthRadiusM * 180 / std::numbers::pi, from.lon};
}

// The point `metres` due east, found by bisection on the haversine distance.
LatLon east_of(LatLon from, double metres) {
  double lo = 0, hi = 0.01;
  for (int i = 0; i < 200; ++i) {
    const double mid = (lo + hi) / 2;
    (haversine_m(from, {from.lat, from.lon + mid}) < metres ? lo : hi) = mid;
  }
  return {from.lat, from.lon + (lo + hi) / 2};
}

SysSeconds utc(const char* text) {
  SysSeconds t{};
  EXPECT_TRUE(parse_utc(text, t)) << text;
  return t;
}

TEST(PatrolGeofence, HitIsInclusiveAtExactlyOneHundredMetres) {
  for (auto place : {north_of, east_of}) {
    const double d999 = distance_to_stop_m(kKpuJember, place(kKpuJember, 99.9));
    const double d100 = distance_to_stop_m(kKpuJember, place(kKpuJember, 100.0));
    const double d1001 = distance_to_stop_m(kKpuJember, place(kKpuJember, 100.1));
    EXPECT_NEAR(d999, 99.9, 1e-6);
    EXPECT_NEAR(d100, 100.0, 1e-6);
    EXPECT_NEAR(d1001, 100.1, 1e-6);
    EXPECT_TRUE(inside_geofence(d999));
    EXPECT_TRUE(inside_geofence(d100));
    EXPECT_FALSE(inside_geofence(d1001));
  }
  EXPECT_TRUE(inside_geofence(0));
  EXPECT_TRUE(inside_geofence(kGeofenceRadiusM));
  EXPECT_FALSE(inside_geofence(100.01));
}

TEST(PatrolStopStatus, ACheckInInTheWindowIsDoneAndAfterItLate) {
  const SysSeconds close = utc("2024-11-26T16:00:00Z");  // 23:00 WIB
  const SysSeconds now = utc("2024-11-26T18:00:00Z");
  EXPECT_EQ(stop_status(close, utc("2024-11-26T15:10:00Z"), now, minutes(10)), StopStatus::selesai);
  EXPECT_EQ(stop_status(close, close, now, minutes(10)), StopStatus::selesai);  // on the dot
  EXPECT_EQ(stop_status(close, close + seconds(1), now, minutes(10)), StopStatus::terlambat);
  // Late stays late even within the grace: the grace only delays "missed".
  EXPECT_EQ(stop_status(close, close + minutes(5), now, minutes(10)), StopStatus::terlambat);
  EXPECT_EQ(checked_in_status(close - minutes(1), close), StopStatus::selesai);
  EXPECT_TRUE(is_late(close + seconds(1), close));
  EXPECT_FALSE(is_late(close, close));
}

TEST(PatrolStopStatus, WithoutCheckInPendingUntilTheGraceHasPassedThenMissed) {
  const SysSeconds close = utc("2024-11-26T16:00:00Z");
  const auto grace = minutes(10);
  EXPECT_EQ(stop_status(close, std::nullopt, close - minutes(30), grace), StopStatus::menunggu);
  EXPECT_EQ(stop_status(close, std::nullopt, close + minutes(5), grace), StopStatus::menunggu);
  EXPECT_EQ(stop_status(close, std::nullopt, close + grace, grace), StopStatus::menunggu);
  EXPECT_EQ(stop_status(close, std::nullopt, close + grace + seconds(1), grace),
            StopStatus::terlewat);
  EXPECT_EQ(stop_status(close, std::nullopt, close + seconds(1), seconds(0)), StopStatus::terlewat);

  EXPECT_FALSE(is_overdue(StopStatus::menunggu, close, close + grace, grace));
  EXPECT_TRUE(is_overdue(StopStatus::menunggu, close, close + grace + seconds(1), grace));
  EXPECT_FALSE(is_overdue(StopStatus::terlewat, close, close + minutes(60), grace));  // once
  EXPECT_FALSE(is_overdue(StopStatus::selesai, close, close + minutes(60), grace));
}

TEST(PatrolStopStatus, GeofenceCountsFromTheWindowOpeningToTheEndOfTheGrace) {
  const SysSeconds open = utc("2024-11-26T14:00:00Z");
  const SysSeconds close = utc("2024-11-26T16:00:00Z");
  const auto grace = minutes(10);
  EXPECT_FALSE(geofence_may_check_in(open - seconds(1), open, close, grace));
  EXPECT_TRUE(geofence_may_check_in(open, open, close, grace));
  EXPECT_TRUE(geofence_may_check_in(close + grace, open, close, grace));
  EXPECT_FALSE(geofence_may_check_in(close + grace + seconds(1), open, close, grace));
}

PatrolStop stop(std::optional<std::int64_t> team, StopStatus status,
                const char* close = "2024-11-26T16:00:00Z") {
  PatrolStop s;
  s.team_id = team;
  s.status = status;
  s.window_close_at = close;
  return s;
}

TEST(PatrolCompliance, CountsPerPlanAndTeamInTeamOrder) {
  PatrolPlan plan;
  plan.teams.resize(2);
  plan.teams[0].id = 7;
  plan.teams[1].id = 3;
  plan.stops = {stop(7, StopStatus::selesai),  stop(7, StopStatus::terlambat),
                stop(7, StopStatus::terlewat), stop(3, StopStatus::menunggu),
                stop(3, StopStatus::selesai),  stop(std::nullopt, StopStatus::menunggu)};
  const PlanCompliance c = count_compliance(plan);
  EXPECT_EQ(c.plan, (ComplianceCounts{6, 2, 1, 1, 2}));
  ASSERT_EQ(c.teams.size(), 2u);
  EXPECT_EQ(c.teams[0].team_id, 7);
  EXPECT_EQ(c.teams[0].counts, (ComplianceCounts{3, 1, 1, 1, 0}));
  EXPECT_EQ(c.teams[1].team_id, 3);
  EXPECT_EQ(c.teams[1].counts, (ComplianceCounts{2, 1, 0, 0, 1}));
  EXPECT_EQ(c.plan.visited(), 3);
}

TEST(PatrolCompliance, AnEmptyPlanCountsZeroAndATeamWithoutStopsIsListed) {
  PatrolPlan plan;
  plan.teams.resize(1);
  plan.teams[0].id = 1;
  const PlanCompliance c = count_compliance(plan);
  EXPECT_EQ(c.plan, ComplianceCounts{});
  ASSERT_EQ(c.teams.size(), 1u);
  EXPECT_EQ(c.teams[0].counts, ComplianceCounts{});
}

TEST(PatrolCompliance, EffectiveStatusTurnsOverduePendingStopsMissedOnly) {
  const SysSeconds now = utc("2024-11-26T16:20:00Z");
  EXPECT_EQ(effective_status(stop(1, StopStatus::menunggu), now, minutes(10)),
            StopStatus::terlewat);
  EXPECT_EQ(effective_status(stop(1, StopStatus::menunggu), now, minutes(30)),
            StopStatus::menunggu);
  EXPECT_EQ(effective_status(stop(1, StopStatus::selesai), now, minutes(10)), StopStatus::selesai);
  EXPECT_EQ(effective_status(stop(1, StopStatus::terlambat), now, minutes(10)),
            StopStatus::terlambat);
}

}  // namespace
}  // namespace siaga
