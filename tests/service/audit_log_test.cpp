#include "service/audit_log.hpp"

#include <gtest/gtest.h>

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

SIAGA_ON_BOTH_DATABASES(AuditLogTest);

}  // namespace
}  // namespace siaga::service
