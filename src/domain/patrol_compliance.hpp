#pragma once
// Compliance of a patrol plan's execution: whether a position proves a visit
// (the 100 m geofence), what a stop's status is from its window, its
// check-in and the time now, and the counts per plan and per team that the
// command post and the kepatuhan report show. Pure functions: the caller
// brings the clock.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/geo.hpp"
#include "domain/patrol.hpp"
#include "domain/time_zone.hpp"

namespace siaga {

// The grace after a window closes before a stop without check-in is missed
// (terlewat); `serve --patrol-grace-minutes` sets it.
inline constexpr std::chrono::minutes kDefaultPatrolGrace{10};

// Great-circle (haversine) distance from a stop to a position, in metres.
double distance_to_stop_m(LatLon stop, LatLon position);

// True when the position lies within the geofence: inclusive, so exactly
// kGeofenceRadiusM counts. A hair of tolerance (1 mm) absorbs the rounding of
// the trigonometry, so that a point placed at exactly 100 m is not refused
// for 100.0000000001.
bool inside_geofence(double distance_m);

// A check-in at `at` is late when it comes after the window closed.
bool is_late(SysSeconds at, SysSeconds window_close);

// The status a check-in at `at` gives its stop: selesai, or terlambat when late.
StopStatus checked_in_status(SysSeconds at, SysSeconds window_close);

// A stop's status at `now`: from its check-in when there is one; else
// terlewat once the window closed more than `grace` ago, menunggu before.
StopStatus stop_status(SysSeconds window_close, std::optional<SysSeconds> checked_in_at,
                       SysSeconds now, std::chrono::seconds grace);

// Whether a GPS point at `at` may check a stop in automatically: from the
// window's opening to `grace` after its close. Before the window a passing
// car proves nothing (a recurring need puts several stops at one object, and
// a point at 22:00 must not tick off the 02:00 visit); past the grace the
// stop is missed and only an explicit tap can still record a late visit.
bool geofence_may_check_in(SysSeconds at, SysSeconds window_open, SysSeconds window_close,
                           std::chrono::seconds grace);

// Whether the sweep marks a stop missed at `now`: still waiting and its
// window closed more than `grace` ago.
bool is_overdue(StopStatus status, SysSeconds window_close, SysSeconds now,
                std::chrono::seconds grace);

struct ComplianceCounts {
  int total = 0;
  int selesai = 0;
  int terlambat = 0;
  int terlewat = 0;
  int menunggu = 0;

  void add(StopStatus status);
  // Stops visited, in time or late.
  int visited() const { return selesai + terlambat; }
  friend bool operator==(const ComplianceCounts&, const ComplianceCounts&) = default;
};

struct TeamCompliance {
  std::int64_t team_id = 0;
  ComplianceCounts counts;
  friend bool operator==(const TeamCompliance&, const TeamCompliance&) = default;
};

struct PlanCompliance {
  ComplianceCounts plan;
  // One entry per team of the plan, in the plan's team order, stops of no
  // team (unserved) counted in the plan only.
  std::vector<TeamCompliance> teams;
};

// Counts the plan's stops by their status as given (see effective_status).
PlanCompliance count_compliance(const PatrolPlan& plan);

// The stop's status at `now`: a stored menunggu turns terlewat once its
// window closed more than `grace` ago (the sweep may not have run yet);
// every other stored status stands.
StopStatus effective_status(const PatrolStop& stop, SysSeconds now, std::chrono::seconds grace);

}  // namespace siaga
