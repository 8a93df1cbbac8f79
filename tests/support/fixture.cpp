#include "support/fixture.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdlib>
#include <random>
#include <stdexcept>

#include "service/auth_service.hpp"
#include "service/crypto.hpp"
#include "service/import_service.hpp"
#include "service/user_service.hpp"
#include "store/postgres/postgres_database.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace siaga::testing {

TempDir::TempDir() {
  std::random_device rd;
  path_ = std::filesystem::temp_directory_path() / fmt::format("siaga-test-{:x}", rd());
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

const char* to_string(Backend backend) {
  return backend == Backend::sqlite ? "sqlite" : "postgres";
}

namespace {

// The cluster URI with its database name replaced by `name`.
std::string with_database(const std::string& uri, const std::string& name) {
  const auto scheme = uri.find("://");
  const auto slash = uri.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  const auto query = uri.find('?');
  std::string out = slash == std::string::npos ? uri : uri.substr(0, slash);
  out += "/" + name;
  if (query != std::string::npos) out += uri.substr(query);
  return out;
}

std::string pg_scalar(const std::string& uri, const std::string& statement) {
  PGconn* conn = PQconnectdb(uri.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    const std::string message = PQerrorMessage(conn);
    PQfinish(conn);
    throw std::runtime_error("cannot connect to " + uri + ": " + message);
  }
  PGresult* r = PQexec(conn, statement.c_str());
  const auto status = PQresultStatus(r);
  std::string value;
  if (status == PGRES_TUPLES_OK && PQntuples(r) > 0) value = PQgetvalue(r, 0, 0);
  const std::string message = PQresultErrorMessage(r);
  PQclear(r);
  PQfinish(conn);
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    throw std::runtime_error(statement + ": " + message);
  }
  return value;
}

std::string sqlite_scalar(const std::filesystem::path& file, const std::string& statement) {
  sqlite3* raw = nullptr;
  if (sqlite3_open(file.c_str(), &raw) != SQLITE_OK) throw std::runtime_error("cannot open db");
  sqlite3_stmt* stmt = nullptr;
  std::string value;
  if (sqlite3_prepare_v2(raw, statement.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    const std::string message = sqlite3_errmsg(raw);
    sqlite3_close(raw);
    throw std::runtime_error(statement + ": " + message);
  }
  const int rc = sqlite3_step(stmt);
  if (rc == SQLITE_ROW && sqlite3_column_text(stmt, 0)) {
    value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(raw);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) throw std::runtime_error(statement + ": failed");
  return value;
}

}  // namespace

Fixture::Fixture(Backend which)
    : backend(which), clock(SysSeconds{std::chrono::sys_days{std::chrono::year{2024} / 11 / 20}}) {
  EXPECT_TRUE(service::init_crypto().ok());
  if (backend == Backend::postgres) {
    const char* cluster = std::getenv("SIAGA_TEST_POSTGRES");
    if (!cluster || !*cluster) {
      // Not a skip: a PostgreSQL check that did not run is a failed check.
      throw std::runtime_error(
          "SIAGA_TEST_POSTGRES is not set: run the tests through tests/pg/with-cluster "
          "(make test does)");
    }
    std::random_device rd;
    pg_name = fmt::format("t_{:08x}{:08x}", rd(), rd());
    pg_scalar(cluster, "CREATE DATABASE " + pg_name);
    pg_uri = with_database(cluster, pg_name);
    auto opened = store::postgres::PostgresDatabase::open(pg_uri, 2);
    if (!opened.ok()) throw std::runtime_error(opened.error().message_en);
    db = std::move(opened).value();
  } else {
    auto opened = store::sqlite::SqliteDatabase::open(dir.path() / "test.db", 2);
    EXPECT_TRUE(opened.ok());
    db = std::move(opened).value();
  }
  ctx = std::make_unique<service::Context>(service::Context{*db, clock, {}});
}

Fixture::~Fixture() {
  ctx.reset();
  db.reset();
  if (!pg_name.empty()) {
    try {
      pg_scalar(std::getenv("SIAGA_TEST_POSTGRES"),
                "DROP DATABASE IF EXISTS " + pg_name + " WITH (FORCE)");
    } catch (const std::exception& e) {
      ADD_FAILURE() << e.what();
    }
  }
}

std::unique_ptr<store::Database> Fixture::reopen() {
  if (backend == Backend::postgres) {
    auto opened = store::postgres::PostgresDatabase::open(pg_uri, 1);
    if (!opened.ok()) throw std::runtime_error(opened.error().message_en);
    return std::move(opened).value();
  }
  auto opened = store::sqlite::SqliteDatabase::open(dir.path() / "test.db", 1);
  if (!opened.ok()) throw std::runtime_error(opened.error().message_en);
  return std::move(opened).value();
}

std::string Fixture::sql(const std::string& statement) {
  return backend == Backend::postgres ? pg_scalar(pg_uri, statement)
                                      : sqlite_scalar(dir.path() / "test.db", statement);
}

std::string square_feature(const std::string& code, double lat, double lon, double half) {
  return fmt::format(
      R"({{"type":"Feature","properties":{{"code":"{}"}},"geometry":{{"type":"Polygon",)"
      R"("coordinates":[[[{},{}],[{},{}],[{},{}],[{},{}],[{},{}]]]}}}})",
      code, lon - half, lat - half, lon + half, lat - half, lon + half, lat + half, lon - half,
      lat + half, lon - half, lat - half);
}

void Fixture::load_registry() {
  service::ImportService imports(*ctx);
  const Actor admin = service::console_actor("test");
  auto run = [&](service::ImportKind kind, const std::string& text) {
    auto outcome = imports.run(admin, kind, text);
    ASSERT_TRUE(outcome.ok()) << outcome.error().message_en;
    ASSERT_TRUE(outcome->ok()) << outcome->issues.front().message_en << " line "
                               << outcome->issues.front().line;
  };
  run(service::ImportKind::regions,
      "code,name,level,lat,lon\n"
      "35,Jawa Timur,provinsi,-8.2,113.6\n"
      "35.09,Kabupaten Jember,kabupaten,-8.2,113.6\n"
      "35.09.19,Kaliwates,kecamatan,-8.17,113.69\n"
      "35.09.19.1001,Kaliwates,kelurahan,-8.17,113.69\n"
      "35.09.20,Sumbersari,kecamatan,-8.18,113.72\n"
      "35.09.20.1001,Sumbersari,kelurahan,-8.18,113.72\n"
      "73,Sulawesi Selatan,provinsi,-5.2,120.1\n"
      "73.07,Kabupaten Sinjai,kabupaten,-5.2,120.1\n"
      "73.07.03,Sinjai Timur,kecamatan,-5.15,120.25\n"
      "73.07.03.2001,Samataring,desa,-5.15,120.25\n");
  run(service::ImportKind::region_shapes,
      "{\"type\":\"FeatureCollection\",\"features\":[" +
          square_feature("35.09.19.1001", -8.17, 113.69, 0.01) + "," +
          square_feature("35.09.20.1001", -8.18, 113.72, 0.01) + "," +
          square_feature("73.07.03.2001", -5.15, 120.25, 0.01) + "]}");
  run(service::ImportKind::units,
      "code,name,level,parent_code,region_codes,lat,lon\n"
      "MABES,Mabes Polri,mabes,,,-6.24,106.8\n"
      "POLDA-JATIM,Polda Jawa Timur,polda,MABES,35,-7.3,112.7\n"
      "POLRES-JEMBER,Polres Jember,polres,POLDA-JATIM,35.09,-8.17,113.7\n"
      "POLSEK-35.09.19,Polsek Kaliwates,polsek,POLRES-JEMBER,35.09.19,-8.17,113.69\n"
      "POLDA-SULSEL,Polda Sulawesi Selatan,polda,MABES,73,-5.1,119.4\n"
      "POLRES-SINJAI,Polres Sinjai,polres,POLDA-SULSEL,73.07,-5.12,120.25\n");
  run(service::ImportKind::tps,
      "code,number,desa_code,lat,lon,voters,address\n"
      "3509191001001,1,35.09.19.1001,-8.171,113.691,400,TPS 1\n"
      "3509191001002,2,35.09.19.1001,-8.172,113.692,410,TPS 2\n"
      "3509201001001,1,35.09.20.1001,-8.181,113.721,300,TPS 1\n"
      "7307032001001,1,73.07.03.2001,-5.151,120.251,350,TPS 1\n");
  run(service::ImportKind::stages,
      "code,name_id,name_en,starts_on,ends_on,posture_id,posture_en\n"
      "kampanye,Kampanye,Campaign,2024-09-25,2024-11-23,Patroli,Patrols\n"
      "masa_tenang,Masa tenang,Quiet period,2024-11-24,2024-11-26,APK,Props\n"
      "pemungutan,Pemungutan suara,Voting,2024-11-27,2024-11-27,TPS,Polling stations\n");
}

Actor Fixture::actor_of(const std::string& unit_code, Role role) {
  auto tx = db->begin(store::TxMode::read);
  EXPECT_TRUE(tx.ok());
  auto unit = (*tx)->units().find_by_code(unit_code);
  EXPECT_TRUE(unit.ok() && unit->has_value());
  // A real account, so that rows referring to the user (idempotency keys) hold.
  std::string username = "test." + unit_code + "." + std::string(to_string(role));
  for (char& c : username) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto existing = (*tx)->users().find_by_username(username);
  tx->reset();
  if (!existing->has_value()) {
    service::UserService users(*ctx);
    auto added = users.add(service::console_actor("test"),
                           {username, "Test-Password-2024", "", role, unit_code});
    EXPECT_TRUE(added.ok()) << added.error().message_en;
  }
  tx = db->begin(store::TxMode::read);
  auto user = (*tx)->users().find_by_username(username);
  auto actor = service::load_actor(**tx, **user);
  EXPECT_TRUE(actor.ok());
  return *actor;
}

}  // namespace siaga::testing
