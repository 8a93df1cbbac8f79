#include "service/object_service.hpp"

#include <gtest/gtest.h>

#include "support/fixture.hpp"

namespace siaga::service {
namespace {

ObjectInput warehouse_at(double lat, double lon) {
  ObjectInput in;
  in.kind = ObjectKind::kpu_warehouse;
  in.name = "Gudang KPU";
  in.lat = lat;
  in.lon = lon;
  return in;
}

class ObjectServiceTest : public ::testing::TestWithParam<testing::Backend> {};

TEST_P(ObjectServiceTest, DesaIsFoundFromThePosition) {
  testing::Fixture f(GetParam());
  f.load_registry();
  ObjectService objects(*f.ctx);
  auto created =
      objects.create(f.actor_of("POLRES-JEMBER", Role::ops), warehouse_at(-8.181, 113.721), "", "");
  ASSERT_TRUE(created.ok()) << created.error().message_en;
  EXPECT_EQ(created->object.desa_code, "35.09.20.1001");
}

TEST_P(ObjectServiceTest, PositionOutsideTheTerritoryIsRefused) {
  testing::Fixture f(GetParam());
  f.load_registry();
  ObjectService objects(*f.ctx);
  auto sinjai =
      objects.create(f.actor_of("POLRES-JEMBER", Role::ops), warehouse_at(-5.151, 120.251), "", "");
  ASSERT_FALSE(sinjai.ok());
  EXPECT_EQ(sinjai.error().field, "lat");
  auto nowhere =
      objects.create(f.actor_of("POLRES-JEMBER", Role::ops), warehouse_at(-8.5, 113.2), "", "");
  ASSERT_FALSE(nowhere.ok());
  EXPECT_EQ(nowhere.error().code, ErrorCode::invalid_input);
}

TEST_P(ObjectServiceTest, IdempotencyKeyReplaysTheFirstResult) {
  testing::Fixture f(GetParam());
  f.load_registry();
  ObjectService objects(*f.ctx);
  const Actor ops = f.actor_of("POLRES-JEMBER", Role::ops);
  auto first = objects.create(ops, warehouse_at(-8.181, 113.721), "key-1", "fp-a");
  auto again = objects.create(ops, warehouse_at(-8.181, 113.721), "key-1", "fp-a");
  ASSERT_TRUE(first.ok() && again.ok());
  EXPECT_FALSE(first->replayed);
  EXPECT_TRUE(again->replayed);
  EXPECT_EQ(first->object.id, again->object.id);
  auto other = objects.create(ops, warehouse_at(-8.17, 113.69), "key-1", "fp-b");
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, ErrorCode::conflict);
  auto list = objects.list(ops, {});
  EXPECT_EQ(list->total, 1);
}

TEST_P(ObjectServiceTest, ReadOnlyRolesCannotWrite) {
  testing::Fixture f(GetParam());
  f.load_registry();
  ObjectService objects(*f.ctx);
  auto denied =
      objects.create(f.actor_of("POLRES-JEMBER", Role::ren), warehouse_at(-8.181, 113.721), "", "");
  ASSERT_FALSE(denied.ok());
  EXPECT_EQ(denied.error().code, ErrorCode::forbidden);
}

TEST_P(ObjectServiceTest, OtherPolresSeesNotFound) {
  testing::Fixture f(GetParam());
  f.load_registry();
  ObjectService objects(*f.ctx);
  auto created =
      objects.create(f.actor_of("POLRES-JEMBER", Role::ops), warehouse_at(-8.181, 113.721), "", "");
  ASSERT_TRUE(created.ok());
  const Actor sinjai = f.actor_of("POLRES-SINJAI", Role::ops);
  EXPECT_EQ(objects.get(sinjai, created->object.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(objects.remove(sinjai, created->object.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(objects.list(sinjai, {})->total, 0);
}

TEST_P(ObjectServiceTest, UpdateKeepsWhatIsNotSentAndRelocates) {
  testing::Fixture f(GetParam());
  f.load_registry();
  ObjectService objects(*f.ctx);
  const Actor ops = f.actor_of("POLRES-JEMBER", Role::ops);
  auto created = objects.create(ops, warehouse_at(-8.181, 113.721), "", "");
  ObjectInput change;
  change.lat = -8.171;
  change.lon = 113.691;
  auto updated = objects.update(ops, created->object.id, change);
  ASSERT_TRUE(updated.ok());
  EXPECT_EQ(updated->name, "Gudang KPU");
  EXPECT_EQ(updated->desa_code, "35.09.19.1001");
  ObjectInput blank;
  blank.name = "  ";
  EXPECT_EQ(objects.update(ops, created->object.id, blank).error().field, "name");
}

SIAGA_ON_BOTH_DATABASES(ObjectServiceTest);

}  // namespace
}  // namespace siaga::service
