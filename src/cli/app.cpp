#include "cli/app.hpp"

#include <fmt/format.h>
#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "service/crypto.hpp"
#include "service/vulnerability_service.hpp"
#include "store/postgres/postgres_database.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace siaga::cli {

void print_error(const Error& error) {
  if (error.field.empty()) {
    fmt::print(stderr, "galat: {}\nerror: {}\n", error.message, error.message_en);
  } else {
    fmt::print(stderr, "galat ({}): {}\nerror ({}): {}\n", error.field, error.message, error.field,
               error.message_en);
  }
}

std::string os_user() {
  if (const passwd* pw = getpwuid(getuid())) return pw->pw_name;
  return "unknown";
}

std::string read_file_or_exit(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    fmt::print(stderr, "galat: berkas '{}' tidak dapat dibuka\nerror: cannot open file '{}'\n",
               path.string(), path.string());
    std::exit(2);
  }
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::unique_ptr<App> open_app(const std::string& db_spec) {
  if (auto st = service::init_crypto(); !st.ok()) {
    print_error(st.error());
    std::exit(1);
  }
  std::unique_ptr<store::Database> database;
  if (db_spec.starts_with("postgresql://") || db_spec.starts_with("postgres://")) {
    auto db = store::postgres::PostgresDatabase::open(db_spec, 8);
    if (!db.ok()) {
      print_error(db.error());
      std::exit(1);
    }
    database = std::move(db).value();
  } else {
    std::string path = db_spec;
    if (path.starts_with("sqlite:")) path = path.substr(7);
    const std::filesystem::path file(path);
    if (file.has_parent_path()) {
      std::error_code ec;
      std::filesystem::create_directories(file.parent_path(), ec);
    }
    auto db = store::sqlite::SqliteDatabase::open(file, 8);
    if (!db.ok()) {
      print_error(db.error());
      std::exit(1);
    }
    database = std::move(db).value();
  }
  auto app = std::make_unique<App>();
  app->db = std::move(database);
  app->clock = std::make_unique<service::SystemClock>();
  app->context = std::make_unique<service::Context>(service::Context{*app->db, *app->clock, {}});
  // A new database starts with the default indicator catalogue.
  if (auto seeded = service::VulnerabilityService(*app->context).seed_default_catalogue();
      !seeded.ok()) {
    print_error(seeded.error());
    std::exit(1);
  }
  return app;
}

}  // namespace siaga::cli
