#pragma once
// The event frames waiting for one live connection (`GET /api/v1/events`,
// Server-Sent Events). The bus handler pushes from whatever thread publishes;
// the connection's coroutine takes them and writes them out.

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "service/event_bus.hpp"

namespace siaga::http {

class EventFeed {
 public:
  // A client that stops reading loses the oldest frames past this many.
  static constexpr std::size_t kMaxQueued = 1000;

  void push(std::string frame);
  std::vector<std::string> take();

  // Keeps the bus subscription alive exactly as long as the feed.
  void hold(std::unique_ptr<service::EventBus::Subscription> subscription);
  // Asked now and then while streaming: false ends the stream (session over).
  void set_guard(std::function<bool()> guard) { guard_ = std::move(guard); }
  bool allowed() const { return !guard_ || guard_(); }
  // Called after each push, from the pushing thread: wakes the connection's
  // writer at once instead of at its next poll. Set by the server.
  void set_waker(std::function<void()> waker);

 private:
  std::mutex mutex_;
  std::vector<std::string> frames_;
  std::function<bool()> guard_;
  std::function<void()> waker_;  // guarded by mutex_
  std::unique_ptr<service::EventBus::Subscription> subscription_;
};

}  // namespace siaga::http
