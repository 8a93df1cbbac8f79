#pragma once
// What every use case needs: the database, the clock, and the policies set
// at start-up.

#include <chrono>

#include "service/clock.hpp"
#include "service/event_bus.hpp"
#include "store/database.hpp"

namespace siaga::service {

struct SessionPolicy {
  std::chrono::seconds idle_timeout{std::chrono::hours(2)};
  std::chrono::seconds absolute_timeout{std::chrono::hours(12)};
  // last_seen is written at most this often, so reads stay reads.
  std::chrono::seconds touch_interval{std::chrono::seconds(60)};
};

// Patrol execution: how long after a window closes a stop without check-in
// is missed (serve --patrol-grace-minutes).
struct PatrolPolicy {
  std::chrono::seconds grace{std::chrono::minutes(10)};
};

class PlanRunner;
class RateLimiter;
class CommitGroup;

struct Context {
  store::Database& db;
  const Clock& clock;
  SessionPolicy sessions;
  PatrolPolicy patrols{};
  EventBus* events = nullptr;  // live updates; none in batch commands
  // Deployment plans in the background; none: a plan is made within its request.
  PlanRunner* plan_runner = nullptr;
  // Public report form per client address; none: no limit.
  RateLimiter* public_reports = nullptr;
  // Incident intake shares commits when set; none: a transaction per report.
  CommitGroup* commits = nullptr;
};

}  // namespace siaga::service
