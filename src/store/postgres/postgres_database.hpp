#pragma once
// The distributed database: PostgreSQL 15 through libpq. A pool of
// connections serves concurrent transactions; several siaga processes may
// share one database (migrations take an advisory lock, audit appends lock
// the audit table).

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/database.hpp"
#include "store/postgres/connection.hpp"

namespace siaga::store::postgres {

class PostgresDatabase final : public Database {
 public:
  // Connects (conninfo: a postgresql:// URI or key=value string) and applies
  // pending migrations.
  static Result<std::unique_ptr<PostgresDatabase>> open(const std::string& conninfo,
                                                        int pool_size = 4);

  Result<std::unique_ptr<Transaction>> begin(TxMode mode) override;
  // Runs pg_dump (custom format) into `target`: a consistent snapshot while serving.
  Status backup(const std::filesystem::path& target) override;
  std::string describe() const override;

  void release(std::unique_ptr<Connection> conn);

 private:
  explicit PostgresDatabase(std::string conninfo) : conninfo_(std::move(conninfo)) {}
  Result<std::unique_ptr<Connection>> acquire();

  std::string conninfo_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
};

// Applies the migrations not yet recorded, under an advisory lock so that two
// instances starting together do not race; returns how many were applied.
Result<int> apply_migrations(Connection& conn);

}  // namespace siaga::store::postgres
