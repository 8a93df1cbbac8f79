#pragma once
// A real database, fresh for each test, with a small registry: two Polres
// (Jember 35.09, Sinjai 73.07) each with one kecamatan and desa. SQLite: a file
// in a temporary folder. PostgreSQL: a new database `t_<random>` in the
// cluster named by SIAGA_TEST_POSTGRES (set by tests/pg/with-cluster), dropped
// afterwards; without that variable the PostgreSQL variants fail.

#include <filesystem>
#include <memory>
#include <ostream>
#include <string>

#include "service/clock.hpp"
#include "service/context.hpp"
#include "store/database.hpp"

namespace siaga::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

enum class Backend { sqlite, postgres };
const char* to_string(Backend backend);
// So that GoogleTest prints "GetParam() = postgres", not the enum's bytes.
inline void PrintTo(Backend backend, std::ostream* os) {
  *os << to_string(backend);
}
// For INSTANTIATE_TEST_SUITE_P: both databases, named "sqlite" and "postgres".
#define SIAGA_ON_BOTH_DATABASES(suite)                                                           \
  INSTANTIATE_TEST_SUITE_P(                                                                      \
      Db, suite,                                                                                 \
      ::testing::Values(::siaga::testing::Backend::sqlite, ::siaga::testing::Backend::postgres), \
      [](const auto& info) { return std::string(::siaga::testing::to_string(info.param)); })

struct Fixture {
  explicit Fixture(Backend backend = Backend::sqlite);
  ~Fixture();
  Backend backend;
  TempDir dir;
  std::string pg_uri;   // the test's own database (PostgreSQL)
  std::string pg_name;  // t_<random>
  std::unique_ptr<store::Database> db;
  service::ManualClock clock;
  std::unique_ptr<service::Context> ctx;

  // Loads the small registry through the import service.
  void load_registry();
  Actor actor_of(const std::string& unit_code, Role role);
  // Another handle on the same database, opened (and migrated) afresh.
  std::unique_ptr<store::Database> reopen();
  // Raw SQL past the store (to tamper with rows in tests); the first column
  // of the first row, or "" when none.
  std::string sql(const std::string& statement);
};

// A square desa outline around (lat, lon) with half-size `half` degrees.
std::string square_feature(const std::string& code, double lat, double lon, double half);

}  // namespace siaga::testing
