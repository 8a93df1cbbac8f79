#pragma once
// The statement interface the repositories are written against, so that their
// SQL is written once for SQLite and PostgreSQL. Placeholders are `?` (the
// next parameter) or `?N` (parameter N); the PostgreSQL connection turns them
// into `$N`. Where the two databases differ (the spatial index, BEGIN), a
// repository asks the connection for its dialect; nothing above the store
// sees it.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace siaga::store::sql {

enum class Dialect { sqlite, postgres };

// One database's prepared statement: bind by index (from 1), step, read
// columns (from 0) of the current row.
class StatementImpl {
 public:
  virtual ~StatementImpl() = default;
  virtual void bind_int64(int index, std::int64_t value) = 0;
  virtual void bind_double(int index, double value) = 0;
  virtual void bind_text(int index, std::string_view value) = 0;
  virtual void bind_blob(int index, const void* data, std::size_t size) = 0;
  virtual void bind_null(int index) = 0;
  virtual Result<bool> step() = 0;
  virtual bool is_null(int col) const = 0;
  virtual std::int64_t int64(int col) const = 0;
  virtual double real(int col) const = 0;
  virtual std::string text(int col) const = 0;
  virtual std::vector<unsigned char> blob(int col) const = 0;
};

class Statement {
 public:
  explicit Statement(std::unique_ptr<StatementImpl> impl) : impl_(std::move(impl)) {}
  Statement(Statement&&) noexcept = default;
  Statement& operator=(Statement&&) noexcept = default;

  Statement& bind(int index, std::int64_t value) {
    impl_->bind_int64(index, value);
    return *this;
  }
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value) {
    impl_->bind_double(index, value);
    return *this;
  }
  Statement& bind(int index, std::string_view value) {
    impl_->bind_text(index, value);
    return *this;
  }
  Statement& bind(int index, const std::string& value) {
    return bind(index, std::string_view(value));
  }
  Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Statement& bind_blob(int index, const void* data, std::size_t size) {
    impl_->bind_blob(index, data, size);
    return *this;
  }
  Statement& bind_null(int index) {
    impl_->bind_null(index);
    return *this;
  }
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
  Result<bool> step() { return impl_->step(); }
  // Steps to the end; for statements that return no rows.
  Status run();
  // For `INSERT ... RETURNING id`: the id of the new row.
  Result<std::int64_t> returning_id();

  bool is_null(int col) const { return impl_->is_null(col); }
  std::int64_t int64(int col) const { return impl_->int64(col); }
  double real(int col) const { return impl_->real(col); }
  std::string text(int col) const { return impl_->text(col); }
  std::optional<double> optional_real(int col) const {
    if (is_null(col)) return std::nullopt;
    return real(col);
  }
  std::vector<unsigned char> blob(int col) const { return impl_->blob(col); }

 private:
  std::unique_ptr<StatementImpl> impl_;
};

class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;
  // A prepared statement (cached by its text).
  virtual Result<Statement> prepare(const std::string& sql) = 0;
  // Runs one or more statements without parameters.
  virtual Status execute(const std::string& sql) = 0;
  // Runs one statement without parameters through the statement cache.
  virtual Status run_cached(const std::string& sql) = 0;
  // Called before the audit log's last entry is read for an append, and
  // before the append: the audit id is last + 1 and the hash chains to the
  // last entry, so appends of concurrent transactions must not interleave.
  virtual Status lock_audit_log(bool for_append) = 0;
  // PostgreSQL: `COPY <target> FROM STDIN` with `data` in COPY text format,
  // under a savepoint (all rows or none). SQLite has no COPY: not called there.
  virtual Status copy_in(const std::string& target, std::string_view data) = 0;
};

}  // namespace siaga::store::sql
