#pragma once
// A real SQLite database in a fresh temporary folder, with a small registry:
// two Polres (Jember 35.09, Sinjai 73.07) each with one kecamatan and desa.

#include <filesystem>
#include <memory>

#include "service/clock.hpp"
#include "service/context.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace siaga::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

struct Fixture {
  Fixture();
  TempDir dir;
  std::unique_ptr<store::sqlite::SqliteDatabase> db;
  service::ManualClock clock;
  std::unique_ptr<service::Context> ctx;

  // Loads the small registry through the import service.
  void load_registry();
  Actor actor_of(const std::string& unit_code, Role role);
};

// A square desa outline around (lat, lon) with half-size `half` degrees.
std::string square_feature(const std::string& code, double lat, double lon, double half);

}  // namespace siaga::testing
