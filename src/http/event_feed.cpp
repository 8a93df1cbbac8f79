#include "http/event_feed.hpp"

namespace siaga::http {

void EventFeed::push(std::string frame) {
  std::function<void()> wake;
  {
    std::lock_guard lock(mutex_);
    if (frames_.size() >= kMaxQueued) frames_.erase(frames_.begin());
    frames_.push_back(std::move(frame));
    // Only the first frame of a batch needs to wake the writer.
    if (frames_.size() == 1) wake = waker_;
  }
  if (wake) wake();
}

void EventFeed::set_waker(std::function<void()> waker) {
  std::lock_guard lock(mutex_);
  waker_ = std::move(waker);
}

std::vector<std::string> EventFeed::take() {
  std::lock_guard lock(mutex_);
  std::vector<std::string> out;
  out.swap(frames_);
  return out;
}

void EventFeed::hold(std::unique_ptr<service::EventBus::Subscription> subscription) {
  subscription_ = std::move(subscription);
}

}  // namespace siaga::http
