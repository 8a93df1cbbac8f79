#pragma once
// Runs deployment plans in the background, one thread per plan, so a request
// that starts a plan of a Polda or the country returns at once; the caller
// follows the plan's progress on its row.

#include <atomic>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <thread>

#include "service/context.hpp"

namespace siaga::service {

class PlanRunner {
 public:
  explicit PlanRunner(Context& ctx) : ctx_(ctx) {}
  ~PlanRunner();  // waits for the plans still running
  PlanRunner(const PlanRunner&) = delete;
  PlanRunner& operator=(const PlanRunner&) = delete;

  void start(std::int64_t plan_id);

 private:
  struct Job {
    std::shared_ptr<std::atomic<bool>> done;
    std::thread thread;
  };
  Context& ctx_;
  std::mutex mutex_;
  std::list<Job> jobs_;
};

}  // namespace siaga::service
