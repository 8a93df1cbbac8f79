#include "service/audit_log.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "support/fixture.hpp"

namespace siaga::service {
namespace {

void exec(const std::filesystem::path& db, const char* sql) {
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(raw);
}

class AuditLogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (int i = 0; i < 5; ++i) {
      auto tx = f.db->begin(store::TxMode::write);
      ASSERT_TRUE(append_audit(**tx, f.clock, 0,
                               {"someone", "object.create", "object", std::to_string(i),
                                R"({"n":")" + std::to_string(i) + "\"}"})
                      .ok());
      ASSERT_TRUE((*tx)->commit().ok());
    }
  }
  testing::Fixture f;
};

TEST_F(AuditLogTest, IntactChainVerifies) {
  auto verdict = verify_audit(*f.db);
  ASSERT_TRUE(verdict.ok());
  EXPECT_TRUE(verdict->intact);
  EXPECT_EQ(verdict->entries, 5);
}

TEST_F(AuditLogTest, EditedRowIsFound) {
  exec(f.dir.path() / "test.db", "UPDATE audit_log SET detail = '{\"n\":\"9\"}' WHERE id = 3");
  auto verdict = verify_audit(*f.db);
  ASSERT_TRUE(verdict.ok());
  EXPECT_FALSE(verdict->intact);
  EXPECT_EQ(verdict->first_bad_id, 3);
}

TEST_F(AuditLogTest, RehashedEditBreaksTheNextLink) {
  // An editor who also recomputes the edited row's hash still breaks the link
  // held by the row after it.
  exec(f.dir.path() / "test.db", "UPDATE audit_log SET hash = 'ff', username = 'x' WHERE id = 2");
  auto verdict = verify_audit(*f.db);
  EXPECT_FALSE(verdict->intact);
  EXPECT_EQ(verdict->first_bad_id, 2);
}

TEST_F(AuditLogTest, DeletedRowIsFound) {
  exec(f.dir.path() / "test.db", "DELETE FROM audit_log WHERE id = 4");
  auto verdict = verify_audit(*f.db);
  EXPECT_FALSE(verdict->intact);
  EXPECT_EQ(verdict->first_bad_id, 4);
}

}  // namespace
}  // namespace siaga::service
