#include "service/audit_log.hpp"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "support/fixture.hpp"

namespace siaga::service {
namespace {

class AuditLogTest : public ::testing::TestWithParam<testing::Backend> {
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
  testing::Fixture f{GetParam()};
};

TEST_P(AuditLogTest, IntactChainVerifies) {
  auto verdict = verify_audit(*f.db);
  ASSERT_TRUE(verdict.ok());
  EXPECT_TRUE(verdict->intact);
  EXPECT_EQ(verdict->entries, 5);
}

TEST_P(AuditLogTest, EditedRowIsFound) {
  f.sql("UPDATE audit_log SET detail = '{\"n\":\"9\"}' WHERE id = 3");
  auto verdict = verify_audit(*f.db);
  ASSERT_TRUE(verdict.ok());
  EXPECT_FALSE(verdict->intact);
  EXPECT_EQ(verdict->first_bad_id, 3);
}

TEST_P(AuditLogTest, RehashedEditBreaksTheNextLink) {
  // An editor who also recomputes the edited row's hash still breaks the link
  // held by the row after it.
  f.sql("UPDATE audit_log SET hash = 'ff', username = 'x' WHERE id = 2");
  auto verdict = verify_audit(*f.db);
  EXPECT_FALSE(verdict->intact);
  EXPECT_EQ(verdict->first_bad_id, 2);
}

TEST_P(AuditLogTest, DeletedRowIsFound) {
  f.sql("DELETE FROM audit_log WHERE id = 4");
  auto verdict = verify_audit(*f.db);
  EXPECT_FALSE(verdict->intact);
  EXPECT_EQ(verdict->first_bad_id, 4);
}

TEST_P(AuditLogTest, TwoInstancesAppendingTogetherKeepOneChain) {
  // Two handles on one database, as two siaga processes would have: their
  // appends must queue (each reads the last entry and chains to it).
  auto other = f.reopen();
  std::vector<std::thread> writers;
  std::vector<int> failures(2, 0);
  for (int w = 0; w < 2; ++w) {
    writers.emplace_back([&, w] {
      store::Database& db = w == 0 ? *f.db : *other;
      for (int i = 0; i < 20; ++i) {
        auto tx = db.begin(store::TxMode::write);
        if (!tx.ok() ||
            !append_audit(
                 **tx, f.clock, 0,
                 {"writer" + std::to_string(w), "object.create", "object", std::to_string(i), "{}"})
                 .ok() ||
            !(*tx)->commit().ok()) {
          ++failures[static_cast<std::size_t>(w)];
        }
      }
    });
  }
  for (auto& t : writers) t.join();
  EXPECT_EQ(failures, (std::vector<int>{0, 0}));
  auto verdict = verify_audit(*f.db);
  ASSERT_TRUE(verdict.ok());
  EXPECT_TRUE(verdict->intact);
  EXPECT_EQ(verdict->entries, 45);
}

SIAGA_ON_BOTH_DATABASES(AuditLogTest);

}  // namespace
}  // namespace siaga::service
