#include "store/sqlite/connection.hpp"

#include <fmt/format.h>

#include <mutex>

namespace siaga::store::sqlite {

Error sqlite_error(sqlite3* db, int rc, std::string_view context) {
  const std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  const int primary = rc & 0xff;
  if (primary == SQLITE_CONSTRAINT) {
    const int extended = db ? sqlite3_extended_errcode(db) : rc;
    if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY) {
      return make_error(ErrorCode::conflict, fmt::format("data sudah ada ({})", detail),
                        fmt::format("already exists ({})", detail));
    }
    if (extended == SQLITE_CONSTRAINT_FOREIGNKEY) {
      return make_error(ErrorCode::invalid_input, "rujukan ke data yang tidak ada (kunci asing)",
                        "reference to a record that does not exist (foreign key)");
    }
    return make_error(ErrorCode::invalid_input, fmt::format("data tidak sah ({})", detail),
                      fmt::format("invalid data ({})", detail));
  }
  return make_error(ErrorCode::internal,
                    fmt::format("kesalahan basis data saat {}: {}", context, detail),
                    fmt::format("database error during {}: {}", context, detail));
}

SqliteStatement::~SqliteStatement() {
  if (stmt_) {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
}

void SqliteStatement::bind_int64(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
}

void SqliteStatement::bind_double(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
}

void SqliteStatement::bind_text(int index, std::string_view value) {
  sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind_blob(int index, const void* data, std::size_t size) {
  sqlite3_bind_blob(stmt_, index, data, static_cast<int>(size), SQLITE_TRANSIENT);
}

void SqliteStatement::bind_null(int index) {
  sqlite3_bind_null(stmt_, index);
}

Result<bool> SqliteStatement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return sqlite_error(sqlite3_db_handle(stmt_), rc, "step");
}

bool SqliteStatement::is_null(int col) const {
  return sqlite3_column_type(stmt_, col) == SQLITE_NULL;
}
std::int64_t SqliteStatement::int64(int col) const {
  return sqlite3_column_int64(stmt_, col);
}
double SqliteStatement::real(int col) const {
  return sqlite3_column_double(stmt_, col);
}

std::string SqliteStatement::text(int col) const {
  const auto* p = sqlite3_column_text(stmt_, col);
  if (!p) return {};
  return std::string(reinterpret_cast<const char*>(p),
                     static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)));
}

std::vector<unsigned char> SqliteStatement::blob(int col) const {
  const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(stmt_, col));
  const int n = sqlite3_column_bytes(stmt_, col);
  if (!p || n <= 0) return {};
  return std::vector<unsigned char>(p, p + n);
}

namespace {

// SQLite keeps global memory statistics behind one process-wide mutex; every
// allocation of every connection takes it. Siaga never reads those
// statistics, and with several server threads the lock showed up as 13 % of
// request time, so turn it off before SQLite initialises.
void configure_sqlite_once() {
  static std::once_flag once;
  std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

}  // namespace

Result<std::unique_ptr<Connection>> Connection::open(const std::filesystem::path& file) {
  configure_sqlite_once();
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(
      file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    Error e = sqlite_error(db, rc, "open " + file.string());
    sqlite3_close(db);
    return e;
  }
  std::unique_ptr<Connection> conn(new Connection(db));
  sqlite3_busy_timeout(db, 10000);
  SIAGA_TRY(
      conn->execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                    "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;"));
  return conn;
}

Connection::~Connection() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  sqlite3_close(db_);
}

Result<Statement> Connection::prepare(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) return Statement(std::make_unique<SqliteStatement>(it->second));
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) return sqlite_error(db_, rc, "prepare");
  cache_.emplace(sql, stmt);
  return Statement(std::make_unique<SqliteStatement>(stmt));
}

Status Connection::execute(const std::string& sql) {
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    Error e = sqlite_error(db_, rc, "execute");
    sqlite3_free(message);
    return e;
  }
  return ok_status();
}

Status Connection::run_cached(const std::string& sql) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, prepare(sql));
  return s.run();
}

}  // namespace siaga::store::sqlite
