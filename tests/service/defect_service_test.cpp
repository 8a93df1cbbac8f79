#include "service/defect_service.hpp"

#include <gtest/gtest.h>

#include "support/fixture.hpp"

namespace siaga::service {
namespace {

class DefectServiceTest : public ::testing::TestWithParam<testing::Backend> {};

const std::string kPng =
    std::string("\x89PNG\r\n\x1a\n", 8) + std::string("\0\0\0\rIHDR", 8) + std::string(64, '\x42');
const std::string kJpeg = std::string("\xFF\xD8\xFF\xE0", 4) + std::string(32, '\x10');

std::int64_t unit_id(testing::Fixture& f, const std::string& code) {
  auto tx = f.db->begin(store::TxMode::read);
  auto unit = (*tx)->units().find_by_code(code);
  EXPECT_TRUE(unit.ok() && unit->has_value()) << code;
  return (*unit)->id;
}

std::int64_t add_person(testing::Fixture& f, const std::string& unit_code, const std::string& nrp) {
  Person p;
  p.nrp = nrp;
  p.name = "Andi";
  p.rank = "Bripda";
  p.unit_id = unit_id(f, unit_code);
  auto tx = f.db->begin(store::TxMode::write);
  auto id = (*tx)->readiness().insert_person(p);
  EXPECT_TRUE(id.ok()) << id.error().message_en;
  EXPECT_TRUE((*tx)->commit().ok());
  return *id;
}

std::int64_t add_item(testing::Fixture& f, const std::string& unit_code, const std::string& kind,
                      const std::string& serial, ItemCondition condition = ItemCondition::baik,
                      std::optional<std::int64_t> holder = std::nullopt) {
  Item i;
  i.kind = kind;
  i.serial = serial;
  i.unit_id = unit_id(f, unit_code);
  i.condition = condition;
  i.holder_id = holder;
  if (kind.starts_with("kendaraan")) {
    i.plate = "P 1234 " + serial.substr(0, 2);
    i.fuel_percent = 5;
  }
  auto tx = f.db->begin(store::TxMode::write);
  auto id = (*tx)->readiness().insert_item(i);
  EXPECT_TRUE(id.ok()) << id.error().message_en;
  EXPECT_TRUE((*tx)->commit().ok());
  return *id;
}

Item find_item(testing::Fixture& f, std::int64_t id) {
  auto tx = f.db->begin(store::TxMode::read);
  auto item = (*tx)->readiness().find_item(id);
  EXPECT_TRUE(item.ok() && item->has_value());
  return **item;
}

DefectInput broken(std::optional<std::int64_t> item, std::string photo = "") {
  DefectInput in;
  in.item_id = item;
  in.kind = DefectKind::kerusakan;
  in.description = "HT tidak bisa menyala";
  in.photo = std::move(photo);
  return in;
}

TEST_P(DefectServiceTest, ReportWithAPhotoIsStoredAndReturned) {
  testing::Fixture f(GetParam());
  f.load_registry();
  const auto ht = add_item(f, "POLRES-JEMBER", "ht", "HT-001");
  DefectService defects(*f.ctx);
  const Actor officer = f.actor_of("POLRES-JEMBER", Role::officer);

  auto reported = defects.report(officer, broken(ht, kPng), "", "");
  ASSERT_TRUE(reported.ok()) << reported.error().message_en;
  const Defect& d = reported->defect.defect;
  EXPECT_FALSE(reported->replayed);
  EXPECT_EQ(d.unit_code, "POLRES-JEMBER");
  EXPECT_EQ(d.item_id, ht);
  EXPECT_EQ(d.item_label, "ht HT-001");
  EXPECT_EQ(d.kind, DefectKind::kerusakan);
  EXPECT_EQ(d.status, DefectStatus::dilaporkan);
  EXPECT_TRUE(d.has_photo);
  EXPECT_EQ(d.reported_by, officer.username);
  EXPECT_EQ(d.reported_at, "2024-11-20T00:00:00Z");
  EXPECT_EQ(reported->defect.age_hours, 0);
  EXPECT_FALSE(reported->defect.overdue);
  EXPECT_EQ(f.sql("SELECT count(*) FROM audit_log WHERE action = 'defect.report'"), "1");

  auto photo = defects.photo(officer, d.id);
  ASSERT_TRUE(photo.ok()) << photo.error().message_en;
  EXPECT_EQ(photo->bytes, kPng);
  EXPECT_EQ(photo->content_type, "image/png");

  auto jpeg = defects.report(officer, broken(std::nullopt, kJpeg), "", "");
  ASSERT_TRUE(jpeg.ok());
  EXPECT_EQ(defects.photo(officer, jpeg->defect.defect.id)->content_type, "image/jpeg");
  EXPECT_EQ(jpeg->defect.defect.item_label, "");

  auto none = defects.report(officer, broken(std::nullopt), "", "");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->defect.defect.has_photo);
  EXPECT_EQ(defects.photo(officer, none->defect.defect.id).error().code, ErrorCode::not_found);
  // Another Polres sees neither the report nor its photo.
  const Actor sinjai = f.actor_of("POLRES-SINJAI", Role::ren);
  EXPECT_EQ(defects.photo(sinjai, d.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(defects.get(sinjai, d.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(defects.list(sinjai, {})->total, 0);
}

TEST_P(DefectServiceTest, PhotoThatIsNoImageOrTooLargeIsRefused) {
  testing::Fixture f(GetParam());
  f.load_registry();
  DefectService defects(*f.ctx);
  const Actor officer = f.actor_of("POLRES-JEMBER", Role::officer);

  auto text = defects.report(officer, broken(std::nullopt, "catatan: HT rusak\n"), "", "");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(text.error().field, "photo");

  std::string huge = kPng;
  huge.resize(kMaxPhotoBytes + 1, '\x42');
  auto oversize = defects.report(officer, broken(std::nullopt, huge), "", "");
  ASSERT_FALSE(oversize.ok());
  EXPECT_EQ(oversize.error().code, ErrorCode::too_large);
  EXPECT_EQ(oversize.error().field, "photo");

  std::string limit = kPng;
  limit.resize(kMaxPhotoBytes, '\x42');
  EXPECT_TRUE(defects.report(officer, broken(std::nullopt, limit), "", "").ok());
  EXPECT_EQ(defects.list(officer, {})->total, 1);
}

TEST_P(DefectServiceTest, ReportFieldsAreChecked) {
  testing::Fixture f(GetParam());
  f.load_registry();
  const auto sinjai_ht = add_item(f, "POLRES-SINJAI", "ht", "HT-SJ");
  // Owned by the Polsek, held by a Polres officer: the Polres may report it.
  const auto holder = add_person(f, "POLRES-JEMBER", "87010001");
  const auto lent = add_item(f, "POLSEK-35.09.19", "ht", "HT-PS", ItemCondition::baik, holder);
  DefectService defects(*f.ctx);
  const Actor officer = f.actor_of("POLRES-JEMBER", Role::officer);

  DefectInput no_kind = broken(std::nullopt);
  no_kind.kind.reset();
  EXPECT_EQ(defects.report(officer, no_kind, "", "").error().field, "kind");
  DefectInput empty = broken(std::nullopt);
  empty.description = "  ";
  EXPECT_EQ(defects.report(officer, empty, "", "").error().field, "description");
  DefectInput longer = broken(std::nullopt);
  longer.description = std::string(kMaxDefectText + 1, 'x');
  EXPECT_EQ(defects.report(officer, longer, "", "").error().field, "description");
  EXPECT_EQ(defects.report(officer, broken(sinjai_ht), "", "").error().field, "item_id");
  EXPECT_EQ(defects.report(officer, broken(999999), "", "").error().field, "item_id");
  DefectInput elsewhere = broken(std::nullopt);
  elsewhere.unit_code = "POLRES-SINJAI";
  EXPECT_EQ(defects.report(officer, elsewhere, "", "").error().field, "unit");
  EXPECT_EQ(defects.report(f.actor_of("POLRES-JEMBER", Role::partner), broken(std::nullopt), "", "")
                .error()
                .code,
            ErrorCode::forbidden);
  EXPECT_EQ(defects.list(officer, {})->total, 0);

  auto ok = defects.report(officer, broken(lent), "", "");
  ASSERT_TRUE(ok.ok()) << ok.error().message_en;
  EXPECT_EQ(ok->defect.defect.unit_code, "POLRES-JEMBER");
  DefectInput polsek = broken(lent);
  polsek.unit_code = "POLSEK-35.09.19";
  EXPECT_TRUE(defects.report(officer, polsek, "", "").ok());
}

TEST_P(DefectServiceTest, IdempotencyKeyReplaysTheFirstReport) {
  testing::Fixture f(GetParam());
  f.load_registry();
  DefectService defects(*f.ctx);
  const Actor officer = f.actor_of("POLRES-JEMBER", Role::officer);
  auto first = defects.report(officer, broken(std::nullopt, kPng), "phone-1", "fp-a");
  auto again = defects.report(officer, broken(std::nullopt, kPng), "phone-1", "fp-a");
  ASSERT_TRUE(first.ok() && again.ok());
  EXPECT_FALSE(first->replayed);
  EXPECT_TRUE(again->replayed);
  EXPECT_EQ(first->defect.defect.id, again->defect.defect.id);
  auto other = defects.report(officer, broken(std::nullopt), "phone-1", "fp-b");
  EXPECT_EQ(other.error().code, ErrorCode::conflict);
  EXPECT_EQ(defects.list(officer, {})->total, 1);
}

TEST_P(DefectServiceTest, TransitionsFollowTheWorkflow) {
  testing::Fixture f(GetParam());
  f.load_registry();
  DefectService defects(*f.ctx);
  const Actor officer = f.actor_of("POLRES-JEMBER", Role::officer);
  const Actor ren = f.actor_of("POLRES-JEMBER", Role::ren);
  const auto id = defects.report(officer, broken(std::nullopt), "", "")->defect.defect.id;

  EXPECT_EQ(defects.transition(officer, id, DefectStatus::ditindaklanjuti, "").error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(
      defects
          .transition(f.actor_of("POLRES-SINJAI", Role::ren), id, DefectStatus::ditindaklanjuti, "")
          .error()
          .code,
      ErrorCode::not_found);
  auto same = defects.transition(ren, id, DefectStatus::dilaporkan, "");
  EXPECT_EQ(same.error().code, ErrorCode::conflict);
  EXPECT_EQ(same.error().field, "status");

  f.clock.advance(std::chrono::hours(1));
  auto followed = defects.transition(ren, id, DefectStatus::ditindaklanjuti, "dibawa ke bengkel");
  ASSERT_TRUE(followed.ok()) << followed.error().message_en;
  EXPECT_EQ(followed->defect.status, DefectStatus::ditindaklanjuti);
  EXPECT_EQ(followed->defect.followed_by, ren.username);
  EXPECT_EQ(followed->defect.followed_at, "2024-11-20T01:00:00Z");
  EXPECT_EQ(followed->defect.closed_at, "");

  auto no_note = defects.transition(ren, id, DefectStatus::selesai, " ");
  EXPECT_EQ(no_note.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(no_note.error().field, "note");
  f.clock.advance(std::chrono::hours(2));
  auto closed = defects.transition(ren, id, DefectStatus::selesai, "baterai diganti");
  ASSERT_TRUE(closed.ok()) << closed.error().message_en;
  EXPECT_EQ(closed->defect.status, DefectStatus::selesai);
  EXPECT_EQ(closed->defect.closed_by, ren.username);
  EXPECT_EQ(closed->defect.closed_at, "2024-11-20T03:00:00Z");
  EXPECT_EQ(closed->defect.note, "baterai diganti");
  EXPECT_EQ(closed->age_hours, 3);  // the time it took
  EXPECT_FALSE(closed->overdue);

  auto back = defects.transition(ren, id, DefectStatus::ditindaklanjuti, "");
  EXPECT_EQ(back.error().code, ErrorCode::conflict);
  EXPECT_EQ(back.error().field, "status");
  EXPECT_EQ(defects.transition(ren, id, DefectStatus::selesai, "lagi").error().code,
            ErrorCode::conflict);

  // A quick fix goes straight from dilaporkan to selesai.
  const auto quick = defects.report(officer, broken(std::nullopt), "", "")->defect.defect.id;
  auto fixed = defects.transition(ren, quick, DefectStatus::selesai, "sekring diganti");
  ASSERT_TRUE(fixed.ok());
  EXPECT_EQ(fixed->defect.followed_at, "");
  EXPECT_EQ(f.sql("SELECT count(*) FROM audit_log WHERE action = 'defect.transition'"), "3");
}

TEST_P(DefectServiceTest, ClosingAReportRepairsOrRefuelsTheItem) {
  testing::Fixture f(GetParam());
  f.load_registry();
  const auto ht = add_item(f, "POLRES-JEMBER", "ht", "HT-002", ItemCondition::rusak_berat);
  const auto car = add_item(f, "POLRES-JEMBER", "kendaraan_r4", "R4-001");
  DefectService defects(*f.ctx);
  const Actor officer = f.actor_of("POLRES-JEMBER", Role::officer);
  const Actor ops = f.actor_of("POLRES-JEMBER", Role::ops);

  const auto repair = defects.report(officer, broken(ht), "", "")->defect.defect.id;
  DefectInput empty_tank = broken(car);
  empty_tank.kind = DefectKind::bbm;
  empty_tank.description = "BBM habis di jalan";
  const auto fuel = defects.report(officer, empty_tank, "", "")->defect.defect.id;
  // Reporting changes nothing in the register.
  EXPECT_EQ(find_item(f, ht).condition, ItemCondition::rusak_berat);
  EXPECT_EQ(find_item(f, car).fuel_percent, 5);

  ASSERT_TRUE(defects.transition(ops, repair, DefectStatus::ditindaklanjuti, "").ok());
  EXPECT_EQ(find_item(f, ht).condition, ItemCondition::rusak_berat);
  ASSERT_TRUE(defects.transition(ops, repair, DefectStatus::selesai, "diperbaiki").ok());
  EXPECT_EQ(find_item(f, ht).condition, ItemCondition::baik);

  ASSERT_TRUE(defects.transition(ops, fuel, DefectStatus::selesai, "diisi penuh").ok());
  const Item refuelled = find_item(f, car);
  EXPECT_EQ(refuelled.fuel_percent, 100);
  EXPECT_EQ(refuelled.condition, ItemCondition::baik);
}

TEST_P(DefectServiceTest, ListShowsAgeOverdueAndFilters) {
  testing::Fixture f(GetParam());
  f.load_registry();
  const auto car = add_item(f, "POLRES-JEMBER", "kendaraan_r2", "R2-001");
  DefectService defects(*f.ctx);
  const Actor officer = f.actor_of("POLRES-JEMBER", Role::officer);
  const Actor ren = f.actor_of("POLRES-JEMBER", Role::ren);
  DefectInput empty_tank = broken(car);
  empty_tank.kind = DefectKind::bbm;
  const auto fuel = defects.report(officer, empty_tank, "", "")->defect.defect.id;
  const auto radio = defects.report(officer, broken(std::nullopt), "", "")->defect.defect.id;
  DefectInput polsek = broken(std::nullopt);
  polsek.unit_code = "POLSEK-35.09.19";
  ASSERT_TRUE(defects.report(officer, polsek, "", "").ok());

  f.clock.advance(std::chrono::hours(13));
  auto all = defects.list(ren, {});
  ASSERT_TRUE(all.ok()) << all.error().message_en;
  ASSERT_EQ(all->total, 3);
  for (const DefectView& v : all->items) {
    EXPECT_EQ(v.age_hours, 13);
    // An empty tank waits 12 hours at most, a broken radio 72.
    EXPECT_EQ(v.overdue, v.defect.id == fuel) << v.defect.id;
  }
  ASSERT_TRUE(defects.transition(ren, radio, DefectStatus::selesai, "diganti").ok());
  DefectFilter open;
  open.open = true;
  EXPECT_EQ(defects.list(ren, open)->total, 2);
  open.open = false;
  auto closed = defects.list(ren, open);
  ASSERT_EQ(closed->total, 1);
  EXPECT_EQ(closed->items[0].defect.id, radio);
  DefectFilter by_unit;
  by_unit.unit_code = "POLSEK-35.09.19";
  EXPECT_EQ(defects.list(ren, by_unit)->total, 1);
  by_unit.unit_code = "POLRES-SINJAI";
  EXPECT_EQ(defects.list(ren, by_unit).error().code, ErrorCode::not_found);
  EXPECT_EQ(defects.list(f.actor_of("POLRES-JEMBER", Role::partner), {}).error().code,
            ErrorCode::forbidden);
}

SIAGA_ON_BOTH_DATABASES(DefectServiceTest);

}  // namespace
}  // namespace siaga::service
