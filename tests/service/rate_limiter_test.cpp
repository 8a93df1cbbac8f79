#include "service/rate_limiter.hpp"

#include <gtest/gtest.h>

namespace siaga::service {
namespace {

using namespace std::chrono_literals;

TEST(RateLimiter, AllowsTheLimitPerWindowPerAddressThenSaysHowLongToWait) {
  RateLimiter limiter(3, 600s);
  const auto t0 = RateLimiter::Clock::time_point{} + 1000s;
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(limiter.admit("10.0.0.1", t0 + std::chrono::seconds(i)), 0s);
  EXPECT_EQ(limiter.admit("10.0.0.1", t0 + 10s), 590s);  // the first one leaves the window at 600
  EXPECT_EQ(limiter.admit("10.0.0.2", t0 + 10s), 0s);    // another address has its own count
  EXPECT_EQ(limiter.admit("10.0.0.1", t0 + 599s), 1s);
  EXPECT_EQ(limiter.admit("10.0.0.1", t0 + 600s), 0s);  // the window slides
  EXPECT_GT(limiter.admit("10.0.0.1", t0 + 600s), 0s);
}

}  // namespace
}  // namespace siaga::service
