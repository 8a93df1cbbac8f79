#include "domain/role.hpp"

#include <gtest/gtest.h>

namespace siaga {
namespace {

TEST(Role, EveryRoleRoundTripsThroughItsName) {
  ASSERT_EQ(all_roles().size(), 9u);
  for (Role role : all_roles()) EXPECT_EQ(parse_role(to_string(role)), role);
  EXPECT_FALSE(parse_role("superuser").has_value());
}

TEST(Role, OnlyAdminManagesUsers) {
  for (Role role : all_roles()) {
    EXPECT_EQ(allows(role, Permission::manage_users), role == Role::admin) << to_string(role);
  }
}

TEST(Role, EveryRoleReadsTheRegistry) {
  for (Role role : all_roles()) EXPECT_TRUE(allows(role, Permission::read_registry));
}

TEST(Role, ReadOnlyRolesCannotWriteObjects) {
  for (Role role : {Role::pimpinan, Role::ren, Role::officer, Role::partner}) {
    EXPECT_FALSE(allows(role, Permission::write_objects)) << to_string(role);
  }
  EXPECT_TRUE(allows(Role::ops, Permission::write_objects));
}

TEST(Role, IntelkamRunsTheSkckDesk) {
  EXPECT_TRUE(allows(Role::intelkam, Permission::submit_skck));
  EXPECT_TRUE(allows(Role::intelkam, Permission::process_skck));
  EXPECT_FALSE(allows(Role::ops, Permission::process_skck));
}

}  // namespace
}  // namespace siaga
