#include "service/patrol_sweep.hpp"

#include <spdlog/spdlog.h>

#include "service/patrol_execution_service.hpp"

namespace siaga::service {

PatrolSweeper::PatrolSweeper(Context& ctx, std::chrono::seconds every)
    : ctx_(ctx), every_(every), thread_([this] { run(); }) {}

PatrolSweeper::~PatrolSweeper() {
  stop();
}

void PatrolSweeper::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void PatrolSweeper::run() {
  PatrolExecutionService service(ctx_);
  std::unique_lock lock(mutex_);
  while (!wake_.wait_for(lock, every_, [this] { return stopping_; })) {
    lock.unlock();
    // A failed sweep (database busy, connection lost) is logged and tried
    // again at the next tick: nothing it would have done is lost.
    try {
      auto result = service.sweep(ctx_.clock.now());
      if (!result.ok()) {
        spdlog::warn("patrol sweep failed: {}", result.error().message_en);
      } else if (result->missed > 0) {
        spdlog::info("patrol sweep: {} stop(s) missed", result->missed);
      }
    } catch (const std::exception& e) {
      spdlog::error("patrol sweep threw: {}", e.what());
    }
    lock.lock();
  }
}

}  // namespace siaga::service
