#include "service/event_bus.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace siaga::service {
namespace {

TEST(InProcessEventBus, DeliversToEverySubscriberUntilItUnsubscribes) {
  InProcessEventBus bus;
  std::vector<std::string> a, b;
  auto sub_a = bus.subscribe([&](const Event& e) { a.push_back(e.type); });
  {
    auto sub_b = bus.subscribe([&](const Event& e) { b.push_back(e.type); });
    bus.publish({"object.created", "35.09.19.1001", "{}"});
  }
  bus.publish({"object.deleted", "35.09.19.1001", "{}"});
  EXPECT_EQ(a, (std::vector<std::string>{"object.created", "object.deleted"}));
  EXPECT_EQ(b, (std::vector<std::string>{"object.created"}));
}

TEST(InProcessEventBus, AHandlerMaySubscribeWhileBeingCalled) {
  InProcessEventBus bus;
  std::unique_ptr<EventBus::Subscription> late;
  int late_calls = 0;
  auto first = bus.subscribe([&](const Event&) {
    if (!late) late = bus.subscribe([&](const Event&) { ++late_calls; });
  });
  bus.publish({"a", "", "{}"});
  bus.publish({"b", "", "{}"});
  EXPECT_EQ(late_calls, 1);
}

}  // namespace
}  // namespace siaga::service
