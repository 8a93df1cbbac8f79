#include "store/sqlite/sqlite_database.hpp"

#include <chrono>

#include "domain/time_zone.hpp"
#include "store/migration.hpp"
#include "store/sql/repos.hpp"

namespace siaga::store::sqlite {

namespace {

class SqliteTransaction final : public Transaction {
 public:
  SqliteTransaction(SqliteDatabase& db, std::unique_ptr<Connection> conn)
      : db_(db), conn_(std::move(conn)), repos_(*conn_) {}

  ~SqliteTransaction() override {
    if (!done_) (void)conn_->run_cached("ROLLBACK");
    db_.release(std::move(conn_));
  }

  RegionRepo& regions() override { return repos_.regions; }
  UnitRepo& units() override { return repos_.units; }
  TpsRepo& tps() override { return repos_.tps; }
  ObjectRepo& objects() override { return repos_.objects; }
  UserRepo& users() override { return repos_.users; }
  AuditRepo& audit() override { return repos_.audit; }
  ElectionRepo& elections() override { return repos_.elections; }
  SkckRepo& skck() override { return repos_.skck; }
  IdempotencyRepo& idempotency() override { return repos_.idempotency; }
  VulnerabilityRepo& vulnerability() override { return repos_.vulnerability; }
  ReadinessRepo& readiness() override { return repos_.readiness; }
  DeploymentRepo& deployment() override { return repos_.deployment; }
  IncidentRepo& incidents() override { return repos_.incidents; }
  PatrolRepo& patrols() override { return repos_.patrols; }

  Status isolated(const std::function<Status()>& step) override {
    SIAGA_TRY(conn_->run_cached("SAVEPOINT siaga_step"));
    Status st = step();
    if (!st.ok()) (void)conn_->run_cached("ROLLBACK TO SAVEPOINT siaga_step");
    SIAGA_TRY(conn_->run_cached("RELEASE SAVEPOINT siaga_step"));
    return st;
  }

  Status commit() override {
    SIAGA_TRY(conn_->run_cached("COMMIT"));
    done_ = true;
    return ok_status();
  }

 private:
  SqliteDatabase& db_;
  std::unique_ptr<Connection> conn_;
  bool done_ = false;
  sql::Repos repos_;
};

}  // namespace

Result<int> apply_migrations(Connection& conn) {
  SIAGA_TRY(
      conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                   "name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
  int applied = 0;
  for (const Migration& m : sqlite_migrations()) {
    SIAGA_TRY(conn.execute("BEGIN IMMEDIATE"));
    bool done = false;
    {
      SIAGA_ASSIGN_OR_RETURN(Statement s,
                             conn.prepare("SELECT 1 FROM schema_migrations WHERE version = ?"));
      s.bind(1, m.version);
      SIAGA_ASSIGN_OR_RETURN(done, s.step());
    }
    if (done) {
      SIAGA_TRY(conn.execute("COMMIT"));
      continue;
    }
    Status st = conn.execute(std::string(m.sql));
    if (st.ok()) {
      SIAGA_ASSIGN_OR_RETURN(Statement s, conn.prepare("INSERT INTO schema_migrations (version, "
                                                       "name, applied_at) VALUES (?, ?, ?)"));
      s.bind_all(
          m.version, m.name,
          format_utc(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now())));
      st = s.run();
    }
    if (!st.ok()) {
      (void)conn.execute("ROLLBACK");
      return st.error();
    }
    SIAGA_TRY(conn.execute("COMMIT"));
    ++applied;
  }
  return applied;
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const std::filesystem::path& file,
                                                             int pool_size) {
  std::unique_ptr<SqliteDatabase> db(new SqliteDatabase(file));
  for (int i = 0; i < std::max(1, pool_size); ++i) {
    SIAGA_ASSIGN_OR_RETURN(auto conn, Connection::open(file));
    if (i == 0) SIAGA_TRY(apply_migrations(*conn));
    db->idle_.push_back(std::move(conn));
  }
  return db;
}

std::unique_ptr<Connection> SqliteDatabase::acquire() {
  std::unique_lock lock(mutex_);
  available_.wait(lock, [&] { return !idle_.empty(); });
  auto conn = std::move(idle_.back());
  idle_.pop_back();
  return conn;
}

void SqliteDatabase::release(std::unique_ptr<Connection> conn) {
  {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(conn));
  }
  available_.notify_one();
}

Result<std::unique_ptr<Transaction>> SqliteDatabase::begin(TxMode mode) {
  auto conn = acquire();
  Status st = conn->run_cached(mode == TxMode::write ? "BEGIN IMMEDIATE" : "BEGIN");
  if (!st.ok()) {
    release(std::move(conn));
    return st.error();
  }
  return std::unique_ptr<Transaction>(new SqliteTransaction(*this, std::move(conn)));
}

Status SqliteDatabase::backup(const std::filesystem::path& target) {
  auto conn = acquire();
  sqlite3* dest = nullptr;
  int rc = sqlite3_open(target.c_str(), &dest);
  if (rc == SQLITE_OK) {
    sqlite3_backup* b = sqlite3_backup_init(dest, "main", conn->raw(), "main");
    if (b) {
      // Copy in steps so writers are not blocked for the whole copy.
      do {
        rc = sqlite3_backup_step(b, 1024);
      } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
      sqlite3_backup_finish(b);
      rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    } else {
      rc = sqlite3_errcode(dest);
    }
  }
  Status result = ok_status();
  if (rc != SQLITE_OK) result = sqlite_error(dest, rc, "backup to " + target.string());
  sqlite3_close(dest);
  release(std::move(conn));
  return result;
}

}  // namespace siaga::store::sqlite
