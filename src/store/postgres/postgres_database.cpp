#include "store/postgres/postgres_database.hpp"

#include <fmt/format.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>

#include "domain/time_zone.hpp"
#include "store/migration.hpp"
#include "store/sql/repos.hpp"

namespace siaga::store::postgres {

namespace {

// Any constant, the same in every siaga process: the migration lock.
constexpr const char* kMigrationLock = "SELECT pg_advisory_lock(7231604)";
constexpr const char* kMigrationUnlock = "SELECT pg_advisory_unlock(7231604)";

class PostgresTransaction final : public Transaction {
 public:
  PostgresTransaction(PostgresDatabase& db, std::unique_ptr<Connection> conn)
      : db_(db), conn_(std::move(conn)), repos_(*conn_) {}

  ~PostgresTransaction() override {
    if (!done_) (void)conn_->execute("ROLLBACK");
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
    SIAGA_TRY(conn_->execute("COMMIT"));
    done_ = true;
    return ok_status();
  }

 private:
  PostgresDatabase& db_;
  std::unique_ptr<Connection> conn_;
  bool done_ = false;
  sql::Repos repos_;
};

Status apply_locked(Connection& conn, int& applied) {
  SIAGA_TRY(
      conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                   "name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
  for (const Migration& m : postgres_migrations()) {
    SIAGA_TRY(conn.execute("BEGIN"));
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
  return ok_status();
}

}  // namespace

Result<int> apply_migrations(Connection& conn) {
  SIAGA_TRY(conn.execute(kMigrationLock));
  int applied = 0;
  const Status st = apply_locked(conn, applied);
  (void)conn.execute(kMigrationUnlock);
  if (!st.ok()) return st.error();
  return applied;
}

Result<std::unique_ptr<PostgresDatabase>> PostgresDatabase::open(const std::string& conninfo,
                                                                 int pool_size) {
  std::unique_ptr<PostgresDatabase> db(new PostgresDatabase(conninfo));
  SIAGA_ASSIGN_OR_RETURN(auto first, Connection::open(conninfo));
  SIAGA_TRY(apply_migrations(*first));
  db->idle_.push_back(std::move(first));
  for (int i = 1; i < std::max(1, pool_size); ++i) {
    SIAGA_ASSIGN_OR_RETURN(auto conn, Connection::open(conninfo));
    db->idle_.push_back(std::move(conn));
  }
  return db;
}

std::string PostgresDatabase::describe() const {
  // The URI without a password.
  std::string out = conninfo_;
  const auto scheme = out.find("://");
  const auto at = out.find('@');
  if (scheme != std::string::npos && at != std::string::npos && at > scheme) {
    const auto colon = out.find(':', scheme + 3);
    if (colon != std::string::npos && colon < at) out.erase(colon, at - colon);
  }
  return out;
}

Result<std::unique_ptr<Connection>> PostgresDatabase::acquire() {
  std::unique_ptr<Connection> conn;
  {
    std::unique_lock lock(mutex_);
    available_.wait(lock, [&] { return !idle_.empty(); });
    conn = std::move(idle_.back());
    idle_.pop_back();
  }
  if (conn->healthy()) return conn;
  // The server restarted or the link broke: connect afresh.
  auto fresh = Connection::open(conninfo_);
  if (!fresh.ok()) {
    release(std::move(conn));
    return fresh.error();
  }
  return std::move(fresh).value();
}

void PostgresDatabase::release(std::unique_ptr<Connection> conn) {
  {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(conn));
  }
  available_.notify_one();
}

Result<std::unique_ptr<Transaction>> PostgresDatabase::begin(TxMode mode) {
  SIAGA_ASSIGN_OR_RETURN(auto conn, acquire());
  // READ COMMITTED; writers one at a time (kWriterLockSql), in one round trip.
  Status st = conn->execute(mode == TxMode::write ? std::string("BEGIN; ") + kWriterLockSql
                                                  : std::string("BEGIN"));
  if (!st.ok()) {
    release(std::move(conn));
    return st.error();
  }
  conn->begin_transaction(mode == TxMode::write);
  return std::unique_ptr<Transaction>(new PostgresTransaction(*this, std::move(conn)));
}

Status PostgresDatabase::backup(const std::filesystem::path& target) {
  const pid_t pid = fork();
  if (pid == 0) {
    execlp("pg_dump", "pg_dump", "--format=custom", "--file", target.c_str(), "--dbname",
           conninfo_.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return make_error(ErrorCode::internal, fmt::format("pg_dump gagal menulis {}", target.string()),
                      fmt::format("pg_dump failed to write {}", target.string()));
  }
  return ok_status();
}

}  // namespace siaga::store::postgres
