#include <gtest/gtest.h>

#include "store/migration.hpp"
#include "store/sqlite/sqlite_database.hpp"
#include "support/fixture.hpp"

namespace siaga {
namespace {

using testing::Fixture;

class Store : public ::testing::TestWithParam<testing::Backend> {};

TEST_P(Store, AppliesAndRecordsEveryMigrationOnce) {
  Fixture f(GetParam());
  auto again = f.reopen();
  ASSERT_TRUE(again);
  const auto& migrations = GetParam() == testing::Backend::sqlite ? store::sqlite_migrations()
                                                                  : store::postgres_migrations();
  EXPECT_EQ(f.sql("SELECT count(*) FROM schema_migrations"), std::to_string(migrations.size()));
  if (GetParam() == testing::Backend::sqlite) {
    EXPECT_EQ(f.sql("PRAGMA journal_mode"), "wal");
  }
}

TEST_P(Store, UncommittedTransactionLeavesNoTrace) {
  Fixture f(GetParam());
  f.load_registry();
  {
    auto tx = f.db->begin(store::TxMode::write);
    ASSERT_TRUE(tx.ok());
    Tps t;
    t.code = "3509191001003";
    t.number = 3;
    t.desa_code = "35.09.19.1001";
    t.position = {-8.17, 113.69};
    ASSERT_TRUE((*tx)->tps().insert(t).ok());
  }
  auto tx = f.db->begin(store::TxMode::read);
  EXPECT_EQ(*(*tx)->tps().count(), 4);
}

TEST_P(Store, TerritoryLimitsFindAndList) {
  Fixture f(GetParam());
  f.load_registry();
  auto tx = f.db->begin(store::TxMode::read);
  const Territory jember = Territory::of_regions({"35.09"});
  const Territory kaliwates = Territory::of_regions({"35.09.19"});
  store::TpsQuery all;
  EXPECT_EQ((*tx)->tps().list(all, jember)->total, 3);
  EXPECT_EQ((*tx)->tps().list(all, kaliwates)->total, 2);
  EXPECT_EQ((*tx)->tps().list(all, Territory::everywhere())->total, 4);
  auto sinjai_tps = (*tx)->tps().list(all, Territory::of_regions({"73.07"}));
  ASSERT_EQ(sinjai_tps->items.size(), 1u);
  const std::int64_t sinjai_id = sinjai_tps->items[0].id;
  EXPECT_FALSE((*tx)->tps().find(sinjai_id, jember)->has_value());
  EXPECT_TRUE((*tx)->tps().find(sinjai_id, Territory::everywhere())->has_value());
}

TEST_P(Store, KeysetPagingVisitsEveryRowOnce) {
  Fixture f(GetParam());
  f.load_registry();
  auto tx = f.db->begin(store::TxMode::read);
  store::TpsQuery q;
  q.page.limit = 1;
  std::vector<std::int64_t> seen;
  while (true) {
    auto page = (*tx)->tps().list(q, Territory::everywhere());
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->total, 4);
    for (const Tps& t : page->items) seen.push_back(t.id);
    if (!page->next) break;
    q.page.after_id = *page->next;
  }
  EXPECT_EQ(seen.size(), 4u);
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
}

TEST_P(Store, BoundingBoxUsesTheSpatialIndex) {
  Fixture f(GetParam());
  f.load_registry();
  auto tx = f.db->begin(store::TxMode::read);
  store::TpsQuery q;
  q.bbox = BBox{113.690, -8.1715, 113.6915, -8.1705};
  auto page = (*tx)->tps().list(q, Territory::everywhere());
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].code, "3509191001001");
}

TEST_P(Store, DuplicateCodeIsAConflict) {
  Fixture f(GetParam());
  f.load_registry();
  auto tx = f.db->begin(store::TxMode::write);
  Tps t;
  t.code = "3509191001001";
  t.number = 1;
  t.desa_code = "35.09.19.1001";
  t.position = {-8.17, 113.69};
  auto id = (*tx)->tps().insert(t);
  ASSERT_FALSE(id.ok());
  EXPECT_EQ(id.error().code, ErrorCode::conflict);
}

TEST_P(Store, OnlineBackupIsAReadableCopy) {
  Fixture f(GetParam());
  f.load_registry();
  const auto target = f.dir.path() / "copy.db";
  ASSERT_TRUE(f.db->backup(target).ok());
  if (GetParam() == testing::Backend::postgres) {
    // pg_dump's custom format: restored with pg_restore, not opened directly.
    EXPECT_GT(std::filesystem::file_size(target), 1000u);
    return;
  }
  auto copy = store::sqlite::SqliteDatabase::open(target, 1);
  ASSERT_TRUE(copy.ok());
  auto tx = (*copy)->begin(store::TxMode::read);
  EXPECT_EQ(*(*tx)->tps().count(), 4);
  EXPECT_EQ(*(*tx)->regions().count(), 10);
}

TEST_P(Store, ShapesRoundTripAndLocateCandidates) {
  Fixture f(GetParam());
  f.load_registry();
  auto tx = f.db->begin(store::TxMode::read);
  auto shape = (*tx)->regions().shape("35.09.19.1001");
  ASSERT_TRUE(shape.ok() && shape->has_value());
  EXPECT_EQ((*shape)->parts.size(), 1u);
  EXPECT_EQ((*shape)->parts[0].rings[0].size(), 5u);
  auto candidates = (*tx)->regions().candidates_at({-8.17, 113.69}, 4);
  ASSERT_TRUE(candidates.ok());
  EXPECT_EQ(*candidates, std::vector<std::string>{"35.09.19.1001"});
}

TEST_P(Store, BulkInsertStoresAllOrNoneAndKeepsTheTransactionUsable) {
  Fixture f(GetParam());
  f.load_registry();
  auto make = [](const std::string& code, int number, std::string address) {
    Tps t;
    t.code = code;
    t.number = number;
    t.desa_code = "35.09.19.1001";
    t.position = {-8.1712345678, 113.6912345678};
    t.voters = 250;
    t.address = std::move(address);
    return t;
  };
  auto tx = f.db->begin(store::TxMode::write);
  ASSERT_TRUE(tx.ok());
  // Text that COPY must escape survives the round trip.
  ASSERT_TRUE((*tx)
                  ->tps()
                  .insert_many({make("3509191001010", 10, "Jl. A\tB\\C"),
                                make("3509191001011", 11, "baris\nbaru")})
                  .ok());
  EXPECT_EQ(*(*tx)->tps().count(), 6);
  // A code already stored: refused, nothing of the batch kept, transaction usable.
  EXPECT_FALSE(
      (*tx)->tps().insert_many({make("3509191001012", 12, ""), make("3509191001001", 1, "")}).ok());
  EXPECT_EQ(*(*tx)->tps().count(), 6);
  ASSERT_TRUE((*tx)->commit().ok());

  auto read = f.db->begin(store::TxMode::read);
  store::TpsQuery q;
  q.code_prefix = "350919100101";
  auto page = (*read)->tps().list(q, Territory::everywhere());
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 2u);
  EXPECT_EQ(page->items[0].address, "Jl. A\tB\\C");
  EXPECT_EQ(page->items[1].address, "baris\nbaru");
  EXPECT_DOUBLE_EQ(page->items[0].position.lat, -8.1712345678);
  EXPECT_EQ(page->items[0].desa_name, "Kaliwates");
}

TEST_P(Store, NameSearchesIgnoreCase) {
  Fixture f(GetParam());
  f.load_registry();
  auto tx = f.db->begin(store::TxMode::read);
  auto found = (*tx)->regions().search("KALIWATES", Territory::everywhere(), 10);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->size(), 2u);  // the kecamatan and the kelurahan
  store::RegionQuery q;
  q.name_prefix = "sumber";
  auto listed = (*tx)->regions().list(q, Territory::everywhere());
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->total, 2);
}

SIAGA_ON_BOTH_DATABASES(Store);

}  // namespace
}  // namespace siaga
