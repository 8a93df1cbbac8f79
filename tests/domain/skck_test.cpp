#include "domain/skck.hpp"

#include <gtest/gtest.h>

namespace siaga {
namespace {

TEST(SkckWorkflow, AllowsOnlyTheDocumentedPath) {
  using S = SkckStatus;
  const S all[] = {S::diajukan, S::diproses, S::terbit, S::ditolak};
  for (S from : all) {
    for (S to : all) {
      const bool legal = (from == S::diajukan && to == S::diproses) ||
                         (from == S::diproses && (to == S::terbit || to == S::ditolak));
      const Status st = check_skck_transition(from, to);
      EXPECT_EQ(st.ok(), legal) << to_string(from) << " -> " << to_string(to);
      if (!st.ok()) {
        EXPECT_EQ(st.error().code, ErrorCode::conflict);
      }
    }
  }
}

TEST(SkckWorkflow, NikMustBeSixteenDigits) {
  EXPECT_TRUE(validate_nik("3509190101900001").ok());
  EXPECT_FALSE(validate_nik("350919010190000").ok());
  EXPECT_FALSE(validate_nik("35091901019000a1").ok());
  EXPECT_EQ(validate_nik("").error().field, "nik");
}

}  // namespace
}  // namespace siaga
