#pragma once
// The background ticker of `siaga serve` that runs the patrol sweep (stops
// whose window closed more than the grace ago without a check-in become
// terlewat and raise one alert each). It only calls
// PatrolExecutionService::sweep with the context's clock, so tests drive the
// sweep directly with their own clock instead.

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "service/context.hpp"

namespace siaga::service {

class PatrolSweeper {
 public:
  // Starts sweeping every `every` (the first sweep after one interval).
  // REQUIRES: every > 0.
  PatrolSweeper(Context& ctx, std::chrono::seconds every);
  // Stops the ticker and waits for a sweep in progress to end.
  ~PatrolSweeper();
  PatrolSweeper(const PatrolSweeper&) = delete;
  PatrolSweeper& operator=(const PatrolSweeper&) = delete;

  void stop();

 private:
  void run();

  Context& ctx_;
  std::chrono::seconds every_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace siaga::service
