#include "service/skck_service.hpp"

#include <gtest/gtest.h>

#include "support/fixture.hpp"

namespace siaga::service {
namespace {

SkckApplication application(const char* domicile) {
  return SkckApplication{"Calon Bupati Contoh", "3509190101900001", domicile, std::nullopt};
}

class SkckServiceTest : public ::testing::TestWithParam<testing::Backend> {};

TEST_P(SkckServiceTest, IssuedByThePolresOfTheDomicile) {
  testing::Fixture f(GetParam());
  f.load_registry();
  SkckService skck(*f.ctx);
  const Actor intel = f.actor_of("POLRES-JEMBER", Role::intelkam);
  auto request = skck.submit(intel, application("35.09.19.1001"), "", "");
  ASSERT_TRUE(request.ok()) << request.error().message_en;
  EXPECT_EQ(request->issuing_unit_name, "Polres Jember");
  EXPECT_EQ(request->status, SkckStatus::diajukan);
  auto elsewhere = skck.submit(intel, application("73.07.03.2001"), "", "");
  ASSERT_FALSE(elsewhere.ok());
  EXPECT_NE(elsewhere.error().message.find("Polres Sinjai"), std::string::npos);
}

TEST_P(SkckServiceTest, WorkflowRecordsWhoAndWhenAndRejectsIllegalJumps) {
  testing::Fixture f(GetParam());
  f.load_registry();
  SkckService skck(*f.ctx);
  const Actor intel = f.actor_of("POLRES-JEMBER", Role::intelkam);
  auto request = skck.submit(intel, application("35.09.19.1001"), "", "");
  const auto id = request->id;
  EXPECT_EQ(skck.transition(intel, id, {SkckStatus::terbit, ""}).error().code, ErrorCode::conflict);
  auto processing = skck.transition(intel, id, {SkckStatus::diproses, ""});
  ASSERT_TRUE(processing.ok());
  EXPECT_EQ(processing->processed_by, intel.username);
  EXPECT_EQ(skck.transition(intel, id, {SkckStatus::ditolak, " "}).error().field, "reason");
  auto issued = skck.transition(intel, id, {SkckStatus::terbit, ""});
  ASSERT_TRUE(issued.ok());
  EXPECT_EQ(issued->number.rfind("SKCK/", 0), 0u);
  EXPECT_EQ(issued->decided_at, "2024-11-20T00:00:00Z");
  EXPECT_EQ(skck.transition(intel, id, {SkckStatus::diproses, ""}).error().code,
            ErrorCode::conflict);
}

TEST_P(SkckServiceTest, OpsCannotSubmitAndOtherPolresCannotSee) {
  testing::Fixture f(GetParam());
  f.load_registry();
  SkckService skck(*f.ctx);
  EXPECT_EQ(
      skck.submit(f.actor_of("POLRES-JEMBER", Role::ops), application("35.09.19.1001"), "", "")
          .error()
          .code,
      ErrorCode::forbidden);
  auto request = skck.submit(f.actor_of("POLRES-JEMBER", Role::intelkam),
                             application("35.09.19.1001"), "", "");
  const Actor sinjai = f.actor_of("POLRES-SINJAI", Role::intelkam);
  EXPECT_EQ(skck.get(sinjai, request->id).error().code, ErrorCode::not_found);
  EXPECT_EQ(skck.list(sinjai, std::nullopt, {})->total, 0);
}

SIAGA_ON_BOTH_DATABASES(SkckServiceTest);

}  // namespace
}  // namespace siaga::service
