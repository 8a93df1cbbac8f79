#pragma once
// The embedded database: one SQLite file in WAL mode. A small pool of
// connections lets readers run beside the one writer; writers take the write
// lock up front (BEGIN IMMEDIATE) so they queue instead of failing mid-way.

#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "store/database.hpp"
#include "store/sqlite/connection.hpp"

namespace siaga::store::sqlite {

class SqliteDatabase final : public Database {
 public:
  // Opens or creates the file and applies pending migrations.
  static Result<std::unique_ptr<SqliteDatabase>> open(const std::filesystem::path& file,
                                                      int pool_size = 4);

  Result<std::unique_ptr<Transaction>> begin(TxMode mode) override;
  Status backup(const std::filesystem::path& target) override;
  std::string describe() const override { return "sqlite:" + file_.string(); }

  // Hands a connection back to the pool; used by transactions.
  void release(std::unique_ptr<Connection> conn);

 private:
  explicit SqliteDatabase(std::filesystem::path file) : file_(std::move(file)) {}
  std::unique_ptr<Connection> acquire();

  std::filesystem::path file_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
};

// Applies the migrations not yet recorded; returns how many were applied.
Result<int> apply_migrations(Connection& conn);

}  // namespace siaga::store::sqlite
