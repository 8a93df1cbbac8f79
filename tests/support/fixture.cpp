#include "support/fixture.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <random>

#include "service/auth_service.hpp"
#include "service/crypto.hpp"
#include "service/import_service.hpp"
#include "service/user_service.hpp"

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

Fixture::Fixture() : clock(SysSeconds{std::chrono::sys_days{std::chrono::year{2024} / 11 / 20}}) {
  EXPECT_TRUE(service::init_crypto().ok());
  auto opened = store::sqlite::SqliteDatabase::open(dir.path() / "test.db", 2);
  EXPECT_TRUE(opened.ok());
  db = std::move(opened).value();
  ctx = std::make_unique<service::Context>(service::Context{*db, clock, {}});
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
