#include "service/plan_runner.hpp"

#include <spdlog/spdlog.h>

#include "service/deployment_service.hpp"

namespace siaga::service {

PlanRunner::~PlanRunner() {
  std::lock_guard lock(mutex_);
  for (Job& job : jobs_) {
    if (job.thread.joinable()) job.thread.join();
  }
}

void PlanRunner::start(std::int64_t plan_id) {
  std::lock_guard lock(mutex_);
  // Finished jobs are joined here, so threads do not pile up.
  for (auto it = jobs_.begin(); it != jobs_.end();) {
    if (*it->done) {
      it->thread.join();
      it = jobs_.erase(it);
    } else {
      ++it;
    }
  }
  auto done = std::make_shared<std::atomic<bool>>(false);
  jobs_.push_back({done, std::thread([this, plan_id, done] {
                     DeploymentService service(ctx_);
                     if (Status s = service.run(plan_id); !s.ok()) {
                       spdlog::warn("deployment plan {}: {}", plan_id, s.error().message_en);
                     }
                     *done = true;
                   })});
}

}  // namespace siaga::service
