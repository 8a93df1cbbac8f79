#include "service/event_bus.hpp"

#include <vector>

namespace siaga::service {

void InProcessEventBus::publish(const Event& event) {
  std::vector<Handler> targets;
  {
    std::lock_guard lock(mutex_);
    targets.reserve(handlers_.size());
    for (const auto& [id, handler] : handlers_) targets.push_back(handler);
  }
  // Outside the lock, so a handler may subscribe or unsubscribe.
  for (const Handler& handler : targets) handler(event);
}

std::unique_ptr<EventBus::Subscription> InProcessEventBus::subscribe(Handler handler) {
  std::lock_guard lock(mutex_);
  const std::uint64_t id = next_id_++;
  handlers_.emplace(id, std::move(handler));
  return std::make_unique<Subscription>(*this, id);
}

void InProcessEventBus::unsubscribe(std::uint64_t id) {
  std::lock_guard lock(mutex_);
  handlers_.erase(id);
}

}  // namespace siaga::service
