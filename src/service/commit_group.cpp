#include "service/commit_group.hpp"

namespace siaga::service {

Status CommitGroup::run(const Write& write) {
  Job job{&write};
  std::unique_lock lock(mutex_);
  pending_.push_back(&job);
  while (!job.done) {
    if (leading_) {
      finished_.wait(lock);
      continue;
    }
    leading_ = true;
    std::vector<Job*> batch;
    batch.swap(pending_);
    lock.unlock();
    execute(batch);
    lock.lock();
    for (Job* j : batch) j->done = true;
    leading_ = false;
    finished_.notify_all();
  }
  return job.result;
}

void CommitGroup::execute(std::vector<Job*>& batch) {
  auto tx = db_.begin(store::TxMode::write);
  if (!tx.ok()) {
    for (Job* j : batch) j->result = tx.error();
    return;
  }
  store::Transaction& t = **tx;
  for (Job* j : batch) j->result = t.isolated([&] { return (*j->write)(t); });
  const Status committed = t.commit();
  if (!committed.ok()) {
    for (Job* j : batch) {
      if (j->result.ok()) j->result = committed;
    }
  }
}

}  // namespace siaga::service
