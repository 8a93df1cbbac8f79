#pragma once
// A thin RAII layer over the SQLite C API: one connection, its cache of
// prepared statements, and a Statement handle that binds, steps and reads
// columns. SQLite result codes become siaga Errors here and nowhere else.

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/result.hpp"
#include "store/sql/statement.hpp"

namespace siaga::store::sqlite {

using sql::Statement;

class SqliteStatement final : public sql::StatementImpl {
 public:
  explicit SqliteStatement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;
  ~SqliteStatement() override;

  void bind_int64(int index, std::int64_t value) override;
  void bind_double(int index, double value) override;
  void bind_text(int index, std::string_view value) override;
  void bind_blob(int index, const void* data, std::size_t size) override;
  void bind_null(int index) override;
  Result<bool> step() override;
  bool is_null(int col) const override;
  std::int64_t int64(int col) const override;
  double real(int col) const override;
  std::string text(int col) const override;
  std::vector<unsigned char> blob(int col) const override;

 private:
  sqlite3_stmt* stmt_;
};

class Connection final : public sql::Connection {
 public:
  // Opens (creating when needed) with WAL, synchronous=FULL, foreign keys on.
  static Result<std::unique_ptr<Connection>> open(const std::filesystem::path& file);
  ~Connection() override;
  sql::Dialect dialect() const override { return sql::Dialect::sqlite; }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // A cached prepared statement, reset when the returned handle goes away.
  Result<Statement> prepare(const std::string& sql) override;
  // Runs one or more statements without parameters.
  Status execute(const std::string& sql) override;
  // Runs one statement through the prepared-statement cache: for the BEGIN and
  // COMMIT of every transaction, which would otherwise be parsed each time.
  Status run_cached(const std::string& sql) override;
  // BEGIN IMMEDIATE already makes every writer wait for the one before it.
  Status lock_audit_log(bool) override { return ok_status(); }
  Status copy_in(const std::string&, std::string_view) override {
    return make_error(ErrorCode::internal, "COPY tidak ada pada SQLite", "no COPY on SQLite");
  }
  sqlite3* raw() { return db_; }

 private:
  explicit Connection(sqlite3* db) : db_(db) {}
  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

// Maps a failed SQLite call to an Error that names the constraint.
Error sqlite_error(sqlite3* db, int rc, std::string_view context);

}  // namespace siaga::store::sqlite
