#include "service/import_service.hpp"

#include <gtest/gtest.h>

#include "service/user_service.hpp"
#include "support/fixture.hpp"

namespace siaga::service {
namespace {

std::int64_t tps_count(testing::Fixture& f) {
  auto tx = f.db->begin(store::TxMode::read);
  return *(*tx)->tps().count();
}

class ImportServiceTest : public ::testing::TestWithParam<testing::Backend> {};

TEST_P(ImportServiceTest, OneBadRowRejectsTheWholeFile) {
  testing::Fixture f(GetParam());
  f.load_registry();
  ImportService imports(*f.ctx);
  auto outcome = imports.run(console_actor("t"), ImportKind::tps,
                             "code,number,desa_code,lat,lon,voters,address\n"
                             "3509191001003,3,35.09.19.1001,-8.17,113.69,1,a\n"
                             "3509191001004,4,35.09.19.1001,-8.17,113.69,1,b\n"
                             "3509991001001,1,35.09.99.1001,-8.17,113.69,1,unknown desa\n");
  ASSERT_TRUE(outcome.ok());
  ASSERT_EQ(outcome->issues.size(), 1u);
  EXPECT_EQ(outcome->issues[0].line, 4);
  EXPECT_EQ(outcome->issues[0].column, "desa_code");
  EXPECT_EQ(outcome->imported, 0);
  EXPECT_EQ(tps_count(f), 4);
}

TEST_P(ImportServiceTest, DuplicatesInTheFileAndInTheDatabaseAreNamed) {
  testing::Fixture f(GetParam());
  f.load_registry();
  ImportService imports(*f.ctx);
  auto outcome = imports.run(console_actor("t"), ImportKind::tps,
                             "code,number,desa_code,lat,lon,voters,address\n"
                             "3509191001001,1,35.09.19.1001,-8.17,113.69,1,exists\n"
                             "3509191001005,5,35.09.19.1001,-8.17,113.69,1,first\n"
                             "3509191001005,5,35.09.19.1001,-8.17,113.69,1,again\n");
  ASSERT_TRUE(outcome.ok());
  ASSERT_EQ(outcome->issues.size(), 2u);
  EXPECT_EQ(outcome->issues[0].line, 2);
  EXPECT_EQ(outcome->issues[1].line, 4);
  EXPECT_EQ(tps_count(f), 4);
}

TEST_P(ImportServiceTest, GoodFileIsStoredAndAudited) {
  testing::Fixture f(GetParam());
  f.load_registry();
  ImportService imports(*f.ctx);
  std::vector<std::int64_t> progress;
  auto outcome = imports.run(console_actor("t"), ImportKind::tps,
                             "code,number,desa_code,lat,lon,voters,address\n"
                             "3509191001003,3,35.09.19.1001,-8.17,113.69,1,a\n",
                             [&](std::int64_t done, std::int64_t) { progress.push_back(done); });
  ASSERT_TRUE(outcome.ok() && outcome->ok());
  EXPECT_EQ(outcome->imported, 1);
  EXPECT_EQ(progress, std::vector<std::int64_t>{1});
  EXPECT_EQ(tps_count(f), 5);
  auto tx = f.db->begin(store::TxMode::read);
  auto last = (*tx)->audit().last();
  ASSERT_TRUE(last.ok() && last->has_value());
  EXPECT_EQ((*last)->action, "import.tps");
}

TEST_P(ImportServiceTest, UnitParentMustBeOneLevelUp) {
  testing::Fixture f(GetParam());
  f.load_registry();
  ImportService imports(*f.ctx);
  auto outcome = imports.run(console_actor("t"), ImportKind::units,
                             "code,name,level,parent_code,region_codes,lat,lon\n"
                             "POLSEK-35.09.20,Polsek Sumbersari,polsek,POLDA-JATIM,35.09.20,,\n");
  ASSERT_TRUE(outcome.ok());
  ASSERT_EQ(outcome->issues.size(), 1u);
  EXPECT_EQ(outcome->issues[0].column, "parent_code");
}

TEST_P(ImportServiceTest, NeedsTheImportPermissionAndStaysInTerritory) {
  testing::Fixture f(GetParam());
  f.load_registry();
  ImportService imports(*f.ctx);
  const std::string sinjai_tps =
      "code,number,desa_code,lat,lon,voters,address\n"
      "7307032001002,2,73.07.03.2001,-5.151,120.251,1,x\n";
  auto denied = imports.run(f.actor_of("POLRES-JEMBER", Role::ren), ImportKind::tps, sinjai_tps);
  ASSERT_FALSE(denied.ok());
  EXPECT_EQ(denied.error().code, ErrorCode::forbidden);
  auto outside = imports.run(f.actor_of("POLRES-JEMBER", Role::ops), ImportKind::tps, sinjai_tps);
  ASSERT_TRUE(outside.ok());
  ASSERT_EQ(outside->issues.size(), 1u);
  EXPECT_EQ(outside->issues[0].column, "desa_code");
}

TEST_P(ImportServiceTest, RegionAlreadyStoredIsNamedAndNothingIsKept) {
  testing::Fixture f(GetParam());
  f.load_registry();
  ImportService imports(*f.ctx);
  auto outcome = imports.run(console_actor("t"), ImportKind::regions,
                             "code,name,level,lat,lon\n"
                             "35.09.21,Patrang,kecamatan,-8.15,113.71\n"
                             "35.09.19,Kaliwates,kecamatan,-8.17,113.69\n"
                             "35.09.21.1001,Patrang,kelurahan,-8.15,113.71\n");
  ASSERT_TRUE(outcome.ok());
  ASSERT_EQ(outcome->issues.size(), 1u);
  EXPECT_EQ(outcome->issues[0].line, 3);
  auto tx = f.db->begin(store::TxMode::read);
  EXPECT_EQ(*(*tx)->regions().count(), 10);
}

SIAGA_ON_BOTH_DATABASES(ImportServiceTest);

}  // namespace
}  // namespace siaga::service
