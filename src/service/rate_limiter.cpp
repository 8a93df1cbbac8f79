#include "service/rate_limiter.hpp"

#include <algorithm>

namespace siaga::service {

std::chrono::seconds RateLimiter::admit(const std::string& key, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  if (now - last_sweep_ >= window_) forget_idle(now);
  auto& times = seen_[key];
  while (!times.empty() && now - times.front() >= window_) times.pop_front();
  if (times.size() < limit_) {
    times.push_back(now);
    return std::chrono::seconds{0};
  }
  const auto wait = std::chrono::ceil<std::chrono::seconds>(times.front() + window_ - now);
  return std::max(wait, std::chrono::seconds{1});
}

void RateLimiter::forget_idle(Clock::time_point now) {
  std::erase_if(seen_, [&](const auto& entry) {
    return entry.second.empty() || now - entry.second.back() >= window_;
  });
  last_sweep_ = now;
}

}  // namespace siaga::service
