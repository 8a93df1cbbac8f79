#pragma once
// The storage boundary. A use case opens a transaction, works through its
// repositories, and commits; a transaction dropped without commit rolls back.
// Implementations: sqlite/ (embedded default) and postgres/ (libpq), both
// running the repositories of sql/; dialect differences stay inside store/.

#include <filesystem>
#include <functional>
#include <memory>

#include "domain/result.hpp"
#include "store/audit_repo.hpp"
#include "store/deployment_repo.hpp"
#include "store/election_repo.hpp"
#include "store/idempotency_repo.hpp"
#include "store/incident_repo.hpp"
#include "store/object_repo.hpp"
#include "store/patrol_repo.hpp"
#include "store/readiness_repo.hpp"
#include "store/region_repo.hpp"
#include "store/skck_repo.hpp"
#include "store/tps_repo.hpp"
#include "store/unit_repo.hpp"
#include "store/user_repo.hpp"
#include "store/vulnerability_repo.hpp"

namespace siaga::store {

enum class TxMode { read, write };

class Transaction {
 public:
  virtual ~Transaction() = default;
  virtual RegionRepo& regions() = 0;
  virtual UnitRepo& units() = 0;
  virtual TpsRepo& tps() = 0;
  virtual ObjectRepo& objects() = 0;
  virtual UserRepo& users() = 0;
  virtual AuditRepo& audit() = 0;
  virtual ElectionRepo& elections() = 0;
  virtual SkckRepo& skck() = 0;
  virtual IdempotencyRepo& idempotency() = 0;
  virtual VulnerabilityRepo& vulnerability() = 0;
  virtual ReadinessRepo& readiness() = 0;
  virtual DeploymentRepo& deployment() = 0;
  virtual IncidentRepo& incidents() = 0;
  virtual PatrolRepo& patrols() = 0;
  // Runs `step` under a savepoint: when it fails, only its own writes are
  // undone and the transaction goes on (group commit of independent requests).
  virtual Status isolated(const std::function<Status()>& step) = 0;
  // Durable once this returns ok (synchronous=FULL on SQLite, WAL flush on PostgreSQL).
  virtual Status commit() = 0;
};

class Database {
 public:
  virtual ~Database() = default;
  virtual Result<std::unique_ptr<Transaction>> begin(TxMode mode) = 0;
  // A consistent copy of the whole database into `target`, while serving.
  virtual Status backup(const std::filesystem::path& target) = 0;
  virtual std::string describe() const = 0;  // "sqlite:/path/to.db", "postgresql://..."
};

}  // namespace siaga::store
