#include "http/event_feed.hpp"

namespace siaga::http {

void EventFeed::push(std::string frame) {
  std::lock_guard lock(mutex_);
  if (frames_.size() >= kMaxQueued) frames_.erase(frames_.begin());
  frames_.push_back(std::move(frame));
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
