#pragma once
// The service's only source of time, so tests and demos can set it.

#include <atomic>
#include <chrono>

#include "domain/time_zone.hpp"

namespace siaga::service {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual SysSeconds now() const = 0;
};

class SystemClock final : public Clock {
 public:
  SysSeconds now() const override {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  }
};

// A clock that runs from a chosen start at real speed (demo of a past day)
// or stands still until moved (tests).
class ManualClock final : public Clock {
 public:
  explicit ManualClock(SysSeconds start) : now_(start.time_since_epoch().count()) {}
  SysSeconds now() const override { return SysSeconds{std::chrono::seconds{now_.load()}}; }
  void advance(std::chrono::seconds by) { now_ += by.count(); }

 private:
  std::atomic<long long> now_;
};

}  // namespace siaga::service
