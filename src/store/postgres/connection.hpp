#pragma once
// A thin RAII layer over libpq: one connection, its named prepared
// statements, and a statement that binds text parameters (bytea as binary),
// runs on the first step and walks the rows of its result. `?` placeholders
// become `$N` here. PostgreSQL errors become siaga Errors here and nowhere
// else.

#include <libpq-fe.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/result.hpp"
#include "store/sql/statement.hpp"

namespace siaga::store::postgres {

using sql::Statement;

// Write transactions run one at a time, as on SQLite (BEGIN IMMEDIATE): each
// takes this transaction-scoped advisory lock right after BEGIN and holds it
// to COMMIT, in every siaga process on the database. The use cases rely on
// it: an audit append reads the last entry and writes id = last + 1 with the
// hash chained to it; a failed login reads and raises the failure count; an
// SKCK decision reads the status it moves from. Under READ COMMITTED alone
// two instances would interleave those reads and writes. Chosen over
// SERIALIZABLE (which aborts one writer and needs retries in every use case)
// and over LOCK TABLE audit_log (which comes too late for the reads a use case
// makes before it appends). Readers never wait for it.
inline constexpr const char* kWriterLockSql = "SELECT pg_advisory_xact_lock(7231605)";

// `?` -> `$1, $2, ...`, `?N` -> `$N`; text inside quotes is left alone.
std::string to_dollar_placeholders(std::string_view sql);

// Maps a failed result (or connection) to an Error that names the constraint.
Error pg_error(PGconn* conn, const PGresult* result, std::string_view context);

class Connection final : public sql::Connection {
 public:
  static Result<std::unique_ptr<Connection>> open(const std::string& conninfo);
  ~Connection() override;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  sql::Dialect dialect() const override { return sql::Dialect::postgres; }
  Result<Statement> prepare(const std::string& sql) override;
  Status execute(const std::string& sql) override;
  Status run_cached(const std::string& sql) override { return execute(sql); }
  Status lock_audit_log(bool for_append) override;

  // Transaction bookkeeping, set by the database.
  void begin_transaction(bool write) {
    in_write_ = write;
    audit_locked_ = false;
  }
  // Runs `statement` (already prepared as `name`); inside a transaction an
  // INSERT runs under a savepoint, so that a refused row (a duplicate code)
  // leaves the transaction usable, as it does on SQLite.
  PGresult* exec_prepared(const std::string& name, bool savepoint,
                          const std::vector<std::optional<std::string>>& values,
                          const std::vector<int>& formats);
  Status copy_in(const std::string& target, std::string_view data) override;
  bool healthy() const { return PQstatus(conn_) == CONNECTION_OK; }
  PGconn* raw() { return conn_; }

 private:
  explicit Connection(PGconn* conn) : conn_(conn) {}
  Status copy_rows(const std::string& target, std::string_view data);
  PGconn* conn_;
  struct Prepared {
    std::string name;
    int params = 0;
    bool insert = false;  // runs under a savepoint
  };
  std::unordered_map<std::string, Prepared> cache_;
  bool in_write_ = false;
  bool audit_locked_ = false;
};

}  // namespace siaga::store::postgres
