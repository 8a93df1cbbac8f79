#pragma once
// Group commit: the writes of requests that arrive while a commit is on its
// way to disk share the next transaction, so one fsync acknowledges many.
// Each write runs under its own savepoint: one that fails is undone alone.
// A caller returns only once its write is durable, so nothing acknowledged is
// lost. The first waiting caller leads the next batch; no extra thread.

#include <condition_variable>
#include <functional>
#include <mutex>
#include <vector>

#include "domain/result.hpp"
#include "store/database.hpp"

namespace siaga::service {

class CommitGroup {
 public:
  using Write = std::function<Status(store::Transaction&)>;

  explicit CommitGroup(store::Database& db) : db_(db) {}

  // The write's own error, the commit's error, or ok once on disk.
  Status run(const Write& write);

 private:
  struct Job {
    const Write* write;
    Status result = ok_status();
    bool done = false;
  };
  void execute(std::vector<Job*>& batch);

  store::Database& db_;
  std::mutex mutex_;
  std::condition_variable finished_;
  std::vector<Job*> pending_;
  bool leading_ = false;
};

}  // namespace siaga::service
