#pragma once
// At most N events per window per key (a client address): the public report
// form must not be floodable. A sliding window over the times of the last N
// accepted events; memory is bounded by forgetting keys idle for a window.

#include <chrono>
#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace siaga::service {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  RateLimiter(std::size_t limit, std::chrono::seconds window) : limit_(limit), window_(window) {}

  // Zero when the event is allowed (and counted); otherwise how long to wait.
  std::chrono::seconds admit(const std::string& key, Clock::time_point now = Clock::now());

  std::size_t limit() const { return limit_; }
  std::chrono::seconds window() const { return window_; }

 private:
  void forget_idle(Clock::time_point now);

  std::size_t limit_;
  std::chrono::seconds window_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::deque<Clock::time_point>> seen_;
  Clock::time_point last_sweep_{};
};

}  // namespace siaga::service
