#pragma once
// The event bus between instances: PostgreSQL LISTEN/NOTIFY. publish() sends
// NOTIFY on the channel; a listener thread with its own connection receives
// every notification (this instance's own included) and hands it to the local
// subscribers. So an event published by a write on instance A reaches the
// screens connected to instance B. Events are delivered after the writing
// transaction committed (publish is called after commit), at most once; a
// subscriber that was disconnected misses what happened meanwhile.

#include <libpq-fe.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "domain/result.hpp"
#include "service/event_bus.hpp"

namespace siaga::service {

class PostgresEventBus final : public EventBus {
 public:
  static Result<std::unique_ptr<PostgresEventBus>> open(const std::string& conninfo);
  ~PostgresEventBus() override;

  void publish(const Event& event) override;
  std::unique_ptr<Subscription> subscribe(Handler handler) override;

 protected:
  void unsubscribe(std::uint64_t id) override;

 private:
  PostgresEventBus(std::string conninfo, PGconn* publisher, PGconn* listener);
  void listen_loop();
  void reconnect_listener();

  std::string conninfo_;
  std::mutex publish_mutex_;
  PGconn* publisher_;
  PGconn* listener_;
  InProcessEventBus local_;  // the subscribers of this instance
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

// "type\ndesa_code\ndata": compact JSON has no raw newline, the other two
// fields are codes.
std::string encode_event(const Event& event);
bool decode_event(const std::string& payload, Event& event);

}  // namespace siaga::service
