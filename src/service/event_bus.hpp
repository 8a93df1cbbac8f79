#pragma once
// Events that live screens follow ("strategic object created", later
// incidents and unit positions). A use case publishes after its transaction
// commits; subscribers get every event and filter by territory themselves.
// This in-process bus serves one server; a PostgreSQL LISTEN/NOTIFY bus with
// the same interface carries events between instances.

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace siaga::service {

struct Event {
  std::string type;       // e.g. "object.created"
  std::string desa_code;  // where it happened: decides who may see it
  std::string data;       // compact JSON of the entity
};

class EventBus {
 public:
  using Handler = std::function<void(const Event&)>;

  // Unsubscribes when destroyed.
  class Subscription {
   public:
    Subscription(EventBus& bus, std::uint64_t id) : bus_(bus), id_(id) {}
    ~Subscription() { bus_.unsubscribe(id_); }
    Subscription(const Subscription&) = delete;
    Subscription& operator=(const Subscription&) = delete;

   private:
    EventBus& bus_;
    std::uint64_t id_;
  };

  virtual ~EventBus() = default;
  virtual void publish(const Event& event) = 0;
  // `handler` runs on the publishing thread: it must be quick and not block.
  virtual std::unique_ptr<Subscription> subscribe(Handler handler) = 0;

 protected:
  virtual void unsubscribe(std::uint64_t id) = 0;
};

class InProcessEventBus final : public EventBus {
 public:
  void publish(const Event& event) override;
  std::unique_ptr<Subscription> subscribe(Handler handler) override;

 protected:
  void unsubscribe(std::uint64_t id) override;

 private:
  std::mutex mutex_;
  std::uint64_t next_id_ = 1;
  std::map<std::uint64_t, Handler> handlers_;
};

}  // namespace siaga::service
