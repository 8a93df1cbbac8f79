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

namespace siaga::store::sqlite {

class Statement {
 public:
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept : stmt_(other.stmt_) { other.stmt_ = nullptr; }
  ~Statement();

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, const std::string& value) {
    return bind(index, std::string_view(value));
  }
  Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Statement& bind_blob(int index, const void* data, std::size_t size);
  Statement& bind_null(int index);
  template <typename T>
  Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bind_null(index);
  }

  // Binds each argument to ?1, ?2, ... in order.
  template <typename... Args>
  Statement& bind_all(const Args&... args) {
    int index = 0;
    (bind(++index, args), ...);
    return *this;
  }

  // true: a row is ready to read; false: done.
  Result<bool> step();
  // Steps to the end; for statements that return no rows.
  Status run();

  bool is_null(int col) const;
  std::int64_t int64(int col) const;
  double real(int col) const;
  std::string text(int col) const;
  std::optional<double> optional_real(int col) const;
  std::vector<unsigned char> blob(int col) const;

 private:
  sqlite3_stmt* stmt_;
};

class Connection {
 public:
  // Opens (creating when needed) with WAL, synchronous=FULL, foreign keys on.
  static Result<std::unique_ptr<Connection>> open(const std::filesystem::path& file);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // A cached prepared statement, reset when the returned handle goes away.
  Result<Statement> prepare(const std::string& sql);
  // Runs one or more statements without parameters.
  Status execute(const std::string& sql);
  // Runs one statement through the prepared-statement cache: for the BEGIN and
  // COMMIT of every transaction, which would otherwise be parsed each time.
  Status run_cached(const std::string& sql);
  std::int64_t last_insert_id() const;
  sqlite3* raw() { return db_; }

 private:
  explicit Connection(sqlite3* db) : db_(db) {}
  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

// Maps a failed SQLite call to an Error that names the constraint.
Error sqlite_error(sqlite3* db, int rc, std::string_view context);

}  // namespace siaga::store::sqlite
