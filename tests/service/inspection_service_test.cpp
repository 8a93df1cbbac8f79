#include "service/inspection_service.hpp"

#include <gtest/gtest.h>

#include "support/fixture.hpp"

namespace siaga::service {
namespace {

class InspectionServiceTest : public ::testing::TestWithParam<testing::Backend> {};

// A small roster written straight through the repository.
struct Roster {
  explicit Roster(testing::Fixture& f) : f(f) {}

  std::int64_t unit_id(const std::string& code) {
    auto tx = f.db->begin(store::TxMode::read);
    auto unit = (*tx)->units().find_by_code(code);
    EXPECT_TRUE(unit.ok() && unit->has_value()) << code;
    return (*unit)->id;
  }

  std::int64_t person(const std::string& unit_code, const std::string& name) {
    Person p;
    p.nrp = std::to_string(87010000 + ++serial);
    p.name = name;
    p.rank = "Bripda";
    p.function = PersonFunction::samapta;
    p.unit_id = unit_id(unit_code);
    auto tx = f.db->begin(store::TxMode::write);
    auto id = (*tx)->readiness().insert_person(p);
    EXPECT_TRUE(id.ok()) << id.error().message_en;
    EXPECT_TRUE((*tx)->commit().ok());
    return *id;
  }

  std::int64_t item(const std::string& unit_code, const std::string& kind,
                    std::optional<std::int64_t> holder,
                    ItemCondition condition = ItemCondition::baik) {
    Item i;
    i.kind = kind;
    i.serial = "SN-" + std::to_string(++serial);
    i.unit_id = unit_id(unit_code);
    i.holder_id = holder;
    i.condition = condition;
    auto tx = f.db->begin(store::TxMode::write);
    auto id = (*tx)->readiness().insert_item(i);
    EXPECT_TRUE(id.ok()) << id.error().message_en;
    EXPECT_TRUE((*tx)->commit().ok());
    return *id;
  }

  std::int64_t vehicle(const std::string& unit_code, int fuel) {
    Item i;
    i.kind = "kendaraan_r2";
    i.serial = "RANGKA-" + std::to_string(++serial);
    i.plate = "P " + std::to_string(1000 + serial) + " XX";
    i.unit_id = unit_id(unit_code);
    i.fuel_percent = fuel;
    auto tx = f.db->begin(store::TxMode::write);
    auto id = (*tx)->readiness().insert_item(i);
    EXPECT_TRUE(id.ok()) << id.error().message_en;
    EXPECT_TRUE((*tx)->commit().ok());
    return *id;
  }

  Item find_item(std::int64_t id) {
    auto tx = f.db->begin(store::TxMode::read);
    auto item = (*tx)->readiness().find_item(id);
    EXPECT_TRUE(item.ok() && item->has_value());
    return **item;
  }

  testing::Fixture& f;
  int serial = 0;
};

PersonCheckInput all_good(const std::vector<std::int64_t>& items) {
  PersonCheckInput in{true, {}};
  for (std::int64_t id : items) in.items.push_back({id, true, true});
  return in;
}

VehicleCheckInput vehicle_answer(int fuel, ItemCondition condition = ItemCondition::baik) {
  VehicleCheckInput in;
  in.condition = condition;
  in.fuel_percent = fuel;
  in.lights_ok = true;
  in.documents_ok = true;
  return in;
}

Inspection plan_one(testing::Fixture& f, const std::string& unit_code) {
  InspectionService inspections(*f.ctx);
  auto planned = inspections.plan(f.actor_of("POLRES-JEMBER", Role::ren), {unit_code}, "2024-11-25",
                                  "Apel kesiapan Pilkada");
  EXPECT_TRUE(planned.ok()) << planned.error().message_en;
  return planned->front();
}

TEST_P(InspectionServiceTest, PlanCreatesOneInspectionPerVisibleUnit) {
  testing::Fixture f(GetParam());
  f.load_registry();
  Roster roster(f);
  const auto a = roster.person("POLRES-JEMBER", "Andi");
  roster.item("POLRES-JEMBER", "ht", a);
  roster.vehicle("POLRES-JEMBER", 80);
  InspectionService inspections(*f.ctx);
  const Actor ren = f.actor_of("POLRES-JEMBER", Role::ren);

  auto planned = inspections.plan(ren, {"POLRES-JEMBER", "POLSEK-35.09.19", "POLRES-JEMBER"},
                                  "2024-11-25", "Apel kesiapan Pilkada");
  ASSERT_TRUE(planned.ok()) << planned.error().message_en;
  ASSERT_EQ(planned->size(), 2u);
  const Inspection& polres = planned->front();
  EXPECT_EQ(polres.unit_code, "POLRES-JEMBER");
  EXPECT_EQ(polres.unit_name, "Polres Jember");
  EXPECT_EQ(polres.status, InspectionStatus::direncanakan);
  EXPECT_EQ(polres.date, "2024-11-25");
  EXPECT_EQ(polres.planned_by, ren.username);
  EXPECT_EQ(polres.planned_at, "2024-11-20T00:00:00Z");
  EXPECT_EQ(polres.people, 1);
  EXPECT_EQ(polres.vehicles, 1);
  EXPECT_FALSE(polres.result.has_value());
  EXPECT_EQ(f.sql("SELECT count(*) FROM audit_log WHERE action = 'inspection.plan'"), "2");

  auto sinjai = inspections.plan(ren, {"POLRES-JEMBER", "POLRES-SINJAI"}, "2024-11-25", "Apel");
  ASSERT_FALSE(sinjai.ok());
  EXPECT_EQ(sinjai.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(sinjai.error().field, "unit_codes");
  EXPECT_EQ(inspections.plan(ren, {"POLRES-NOWHERE"}, "2024-11-25", "Apel").error().field,
            "unit_codes");
  EXPECT_EQ(inspections.plan(ren, {}, "2024-11-25", "Apel").error().field, "unit_codes");
  EXPECT_EQ(inspections.plan(ren, {"POLRES-JEMBER"}, "2024-02-30", "Apel").error().field, "date");
  EXPECT_EQ(inspections.plan(ren, {"POLRES-JEMBER"}, "25-11-2024", "Apel").error().field, "date");
  EXPECT_EQ(inspections.plan(ren, {"POLRES-JEMBER"}, "2024-11-25", " ").error().field, "title");
  EXPECT_EQ(
      inspections.plan(ren, {"POLRES-JEMBER"}, "2024-11-25", std::string(201, 'a')).error().field,
      "title");
  // 200 characters of two bytes each is still 200 characters.
  std::string accented;
  for (int i = 0; i < 200; ++i) accented += "\xC3\xA9";
  EXPECT_TRUE(inspections.plan(ren, {"POLRES-JEMBER"}, "2024-11-25", accented).ok());
  EXPECT_EQ(
      inspections
          .plan(f.actor_of("POLRES-JEMBER", Role::officer), {"POLRES-JEMBER"}, "2024-11-25", "Apel")
          .error()
          .code,
      ErrorCode::forbidden);

  // Visibility: Jember sees its three, Sinjai none; the Polsek filter one.
  EXPECT_EQ(inspections.list(ren, "", {})->total, 3);
  EXPECT_EQ(inspections.list(ren, "POLSEK-35.09.19", {})->total, 1);
  const Actor sinjai_ren = f.actor_of("POLRES-SINJAI", Role::ren);
  EXPECT_EQ(inspections.list(sinjai_ren, "", {})->total, 0);
  EXPECT_EQ(inspections.list(sinjai_ren, "POLRES-JEMBER", {}).error().code, ErrorCode::not_found);
  EXPECT_EQ(inspections.get(sinjai_ren, polres.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(inspections.list(f.actor_of("MABES", Role::pimpinan), "", {})->total, 3);

  auto sheet = inspections.get(ren, polres.id);
  ASSERT_TRUE(sheet.ok()) << sheet.error().message_en;
  ASSERT_EQ(sheet->people.size(), 1u);
  EXPECT_EQ(sheet->people[0].person.name, "Andi");
  ASSERT_EQ(sheet->people[0].items.size(), 1u);
  EXPECT_FALSE(sheet->people[0].check.has_value());
  ASSERT_EQ(sheet->vehicles.size(), 1u);
  EXPECT_FALSE(sheet->vehicles[0].check.has_value());
}

TEST_P(InspectionServiceTest, ChecklistTwiceIsAConflictAndNothingIsStored) {
  testing::Fixture f(GetParam());
  f.load_registry();
  Roster roster(f);
  const auto a = roster.person("POLRES-JEMBER", "Andi");
  const auto ht = roster.item("POLRES-JEMBER", "ht", a);
  const auto vest = roster.item("POLRES-JEMBER", "rompi_anti_sayat", a);
  const Inspection planned = plan_one(f, "POLRES-JEMBER");
  InspectionService inspections(*f.ctx);
  const Actor officer = f.actor_of("POLRES-JEMBER", Role::officer);

  auto first = inspections.check_person(officer, planned.id, a, all_good({ht, vest}));
  ASSERT_TRUE(first.ok()) << first.error().message_en;
  EXPECT_EQ(first->person.id, a);
  ASSERT_TRUE(first->check.has_value());
  EXPECT_TRUE(first->check->present);
  EXPECT_EQ(first->check->items.size(), 2u);
  EXPECT_EQ(first->check->checked_by, officer.username);

  PersonCheckInput other{true, {{ht, true, false}, {vest, true, true}}};
  auto again = inspections.check_person(officer, planned.id, a, other);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
  EXPECT_EQ(again.error().field, "person_id");
  EXPECT_NE(again.error().message_en.find("checklist submitted twice"), std::string::npos);

  auto sheet = inspections.get(officer, planned.id);
  ASSERT_TRUE(sheet.ok());
  EXPECT_EQ(sheet->inspection.status, InspectionStatus::berlangsung);
  EXPECT_EQ(sheet->inspection.people_checked, 1);
  ASSERT_TRUE(sheet->people[0].check.has_value());
  for (const ItemCheck& c : sheet->people[0].check->items) EXPECT_TRUE(c.working);
  // The refused second answer did not break the radio either.
  EXPECT_EQ(roster.find_item(ht).condition, ItemCondition::baik);
  EXPECT_EQ(f.sql("SELECT count(*) FROM audit_log WHERE action = 'inspection.check_person'"), "1");
}

TEST_P(InspectionServiceTest, AnswersMustCoverExactlyThePersonsKit) {
  testing::Fixture f(GetParam());
  f.load_registry();
  Roster roster(f);
  const auto a = roster.person("POLRES-JEMBER", "Andi");
  const auto b = roster.person("POLRES-JEMBER", "Budi");
  const auto stranger = roster.person("POLRES-SINJAI", "Cakra");
  const auto ht_a = roster.item("POLRES-JEMBER", "ht", a);
  const auto ht_b = roster.item("POLRES-JEMBER", "ht", b);
  const auto car = roster.vehicle("POLRES-JEMBER", 90);
  const Inspection planned = plan_one(f, "POLRES-JEMBER");
  InspectionService inspections(*f.ctx);
  const Actor officer = f.actor_of("POLRES-JEMBER", Role::officer);

  auto not_held = inspections.check_person(officer, planned.id, a, all_good({ht_a, ht_b}));
  ASSERT_FALSE(not_held.ok());
  EXPECT_EQ(not_held.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(not_held.error().field, "items");
  // A vehicle is not part of anyone's kit.
  EXPECT_EQ(inspections.check_person(officer, planned.id, a, all_good({ht_a, car})).error().field,
            "items");
  auto unanswered = inspections.check_person(officer, planned.id, a, all_good({}));
  EXPECT_EQ(unanswered.error().field, "items");
  auto twice = inspections.check_person(officer, planned.id, a, all_good({ht_a, ht_a}));
  EXPECT_EQ(twice.error().field, "items");
  PersonCheckInput working_not_held{true, {{ht_a, false, true}}};
  EXPECT_EQ(inspections.check_person(officer, planned.id, a, working_not_held).error().field,
            "items");
  PersonCheckInput absent_but_held{false, {{ht_a, true, true}}};
  EXPECT_EQ(inspections.check_person(officer, planned.id, a, absent_but_held).error().field,
            "items");
  auto outsider = inspections.check_person(officer, planned.id, stranger, all_good({}));
  EXPECT_EQ(outsider.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(outsider.error().field, "person_id");

  auto sheet = inspections.get(officer, planned.id);
  EXPECT_EQ(sheet->inspection.people_checked, 0);
  EXPECT_EQ(sheet->inspection.status, InspectionStatus::direncanakan);

  // An absent person's items are answered as not held.
  PersonCheckInput absent{false, {{ht_a, false, false}}};
  auto ok = inspections.check_person(officer, planned.id, a, absent);
  ASSERT_TRUE(ok.ok()) << ok.error().message_en;
  EXPECT_FALSE(ok->check->present);
  // Not held is missing, not broken: the register keeps its condition.
  EXPECT_EQ(roster.find_item(ht_a).condition, ItemCondition::baik);
}

TEST_P(InspectionServiceTest, ItemFoundNotWorkingBecomesRusakBerat) {
  testing::Fixture f(GetParam());
  f.load_registry();
  Roster roster(f);
  const auto a = roster.person("POLRES-JEMBER", "Andi");
  const auto ht = roster.item("POLRES-JEMBER", "ht", a);
  const auto torch = roster.item("POLRES-JEMBER", "senter", a, ItemCondition::rusak_ringan);
  const auto vest = roster.item("POLRES-JEMBER", "rompi_anti_sayat", a);
  const Inspection planned = plan_one(f, "POLRES-JEMBER");
  InspectionService inspections(*f.ctx);
  const Actor officer = f.actor_of("POLRES-JEMBER", Role::officer);

  PersonCheckInput in{true, {{ht, true, false}, {torch, true, false}, {vest, true, true}}};
  auto checked = inspections.check_person(officer, planned.id, a, in);
  ASSERT_TRUE(checked.ok()) << checked.error().message_en;
  EXPECT_EQ(roster.find_item(ht).condition, ItemCondition::rusak_berat);
  EXPECT_EQ(roster.find_item(torch).condition, ItemCondition::rusak_berat);
  EXPECT_EQ(roster.find_item(vest).condition, ItemCondition::baik);
  for (const Item& i : checked->items) {
    if (i.id == ht) {
      EXPECT_EQ(i.condition, ItemCondition::rusak_berat);
    }
  }
}

TEST_P(InspectionServiceTest, VehicleFuelOutOfRangeIsRefusedAndNothingStored) {
  testing::Fixture f(GetParam());
  f.load_registry();
  Roster roster(f);
  const auto car = roster.vehicle("POLRES-JEMBER", 60);
  const auto polsek_car = roster.vehicle("POLSEK-35.09.19", 60);
  const auto a = roster.person("POLRES-JEMBER", "Andi");
  const auto ht = roster.item("POLRES-JEMBER", "ht", a);
  const Inspection planned = plan_one(f, "POLRES-JEMBER");
  InspectionService inspections(*f.ctx);
  const Actor officer = f.actor_of("POLRES-JEMBER", Role::officer);

  auto over = inspections.check_vehicle(officer, planned.id, car, vehicle_answer(101));
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(over.error().field, "fuel_percent");
  EXPECT_EQ(inspections.check_vehicle(officer, planned.id, car, vehicle_answer(-1)).error().field,
            "fuel_percent");
  auto sheet = inspections.get(officer, planned.id);
  EXPECT_FALSE(sheet->vehicles[0].check.has_value());
  EXPECT_EQ(sheet->inspection.status, InspectionStatus::direncanakan);
  EXPECT_EQ(roster.find_item(car).fuel_percent, 60);

  EXPECT_EQ(inspections.check_vehicle(officer, planned.id, ht, vehicle_answer(50)).error().field,
            "item_id");
  EXPECT_EQ(
      inspections.check_vehicle(officer, planned.id, polsek_car, vehicle_answer(50)).error().field,
      "item_id");
  VehicleCheckInput no_condition = vehicle_answer(50);
  no_condition.condition.reset();
  EXPECT_EQ(inspections.check_vehicle(officer, planned.id, car, no_condition).error().field,
            "condition");

  auto ok = inspections.check_vehicle(officer, planned.id, car,
                                      vehicle_answer(15, ItemCondition::rusak_ringan));
  ASSERT_TRUE(ok.ok()) << ok.error().message_en;
  EXPECT_EQ(ok->check->fuel_percent, 15);
  const Item after = roster.find_item(car);
  EXPECT_EQ(after.fuel_percent, 15);
  EXPECT_EQ(after.condition, ItemCondition::rusak_ringan);
  auto twice = inspections.check_vehicle(officer, planned.id, car, vehicle_answer(90));
  EXPECT_EQ(twice.error().code, ErrorCode::conflict);
  EXPECT_EQ(roster.find_item(car).fuel_percent, 15);
  EXPECT_EQ(inspections.get(officer, planned.id)->inspection.status, InspectionStatus::berlangsung);
}

TEST_P(InspectionServiceTest, CloseIsRefusedWhileLinesAreUnanswered) {
  testing::Fixture f(GetParam());
  f.load_registry();
  Roster roster(f);
  std::vector<std::int64_t> people;
  for (const char* name : {"Andi", "Budi", "Citra", "Dewi"}) {
    people.push_back(roster.person("POLRES-JEMBER", name));
  }
  roster.vehicle("POLRES-JEMBER", 70);
  const Inspection planned = plan_one(f, "POLRES-JEMBER");
  InspectionService inspections(*f.ctx);
  const Actor officer = f.actor_of("POLRES-JEMBER", Role::officer);
  ASSERT_TRUE(inspections.check_person(officer, planned.id, people[0], all_good({})).ok());

  auto refused = inspections.close(officer, planned.id, std::nullopt, "");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(refused.error().field, "checks");
  EXPECT_EQ(refused.error().message, "3 personel dan 1 kendaraan belum diperiksa");
  EXPECT_EQ(refused.error().message_en, "3 people and 1 vehicle not yet checked");
  // Even a result given by hand does not close an unfinished inspection.
  EXPECT_FALSE(inspections.close(officer, planned.id, InspectionResult::siap, "").ok());
  auto sheet = inspections.get(officer, planned.id);
  EXPECT_EQ(sheet->inspection.status, InspectionStatus::berlangsung);
  EXPECT_FALSE(sheet->inspection.result.has_value());
  EXPECT_EQ(sheet->inspection.closed_at, "");
}

TEST_P(InspectionServiceTest, FullRunThenCloseComputesTheResult) {
  testing::Fixture f(GetParam());
  f.load_registry();
  Roster roster(f);
  // Five people with a radio each, two vehicles.
  std::vector<std::pair<std::int64_t, std::int64_t>> kit;
  for (const char* name : {"Andi", "Budi", "Citra", "Dewi", "Eko"}) {
    const auto p = roster.person("POLRES-JEMBER", name);
    kit.emplace_back(p, roster.item("POLRES-JEMBER", "ht", p));
  }
  const auto r2 = roster.vehicle("POLRES-JEMBER", 30);
  const auto r4 = roster.vehicle("POLRES-JEMBER", 30);
  const Inspection planned = plan_one(f, "POLRES-JEMBER");
  InspectionService inspections(*f.ctx);
  const Actor officer = f.actor_of("POLRES-JEMBER", Role::officer);

  // Four fully equipped, one present without the radio: 80 %, with notes.
  for (std::size_t i = 0; i < kit.size(); ++i) {
    PersonCheckInput in = all_good({kit[i].second});
    if (i == 4) in.items[0].held = in.items[0].working = false;
    ASSERT_TRUE(inspections.check_person(officer, planned.id, kit[i].first, in).ok());
  }
  ASSERT_TRUE(inspections.check_vehicle(officer, planned.id, r2, vehicle_answer(80)).ok());
  ASSERT_TRUE(inspections.check_vehicle(officer, planned.id, r4, vehicle_answer(100)).ok());

  f.clock.advance(std::chrono::hours(2));
  auto closed = inspections.close(officer, planned.id, std::nullopt, "Eko tanpa HT");
  ASSERT_TRUE(closed.ok()) << closed.error().message_en;
  EXPECT_EQ(closed->status, InspectionStatus::ditutup);
  EXPECT_EQ(closed->result, InspectionResult::siap_dengan_catatan);
  EXPECT_EQ(closed->result_note, "Eko tanpa HT");
  EXPECT_EQ(closed->closed_by, officer.username);
  EXPECT_EQ(closed->closed_at, "2024-11-20T02:00:00Z");
  EXPECT_EQ(closed->people_checked, 5);
  EXPECT_EQ(closed->vehicles_checked, 2);

  auto again = inspections.close(officer, planned.id, std::nullopt, "");
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
  auto late = inspections.check_vehicle(officer, planned.id, r2, vehicle_answer(50));
  EXPECT_EQ(late.error().code, ErrorCode::conflict);
  EXPECT_EQ(late.error().field, "status");
  EXPECT_EQ(f.sql("SELECT count(*) FROM audit_log WHERE action = 'inspection.close'"), "1");

  // A second parade the next day, everything in order: siap; a result given
  // by hand wins over the computed one.
  const Inspection next = plan_one(f, "POLRES-JEMBER");
  for (const auto& [person, radio] : kit) {
    ASSERT_TRUE(inspections.check_person(officer, next.id, person, all_good({radio})).ok());
  }
  ASSERT_TRUE(inspections.check_vehicle(officer, next.id, r2, vehicle_answer(80)).ok());
  ASSERT_TRUE(inspections.check_vehicle(officer, next.id, r4, vehicle_answer(80)).ok());
  EXPECT_EQ(inspections.close(officer, next.id, std::nullopt, "")->result, InspectionResult::siap);
  const Inspection third = plan_one(f, "POLRES-JEMBER");
  for (const auto& [person, radio] : kit) {
    ASSERT_TRUE(inspections.check_person(officer, third.id, person, all_good({radio})).ok());
  }
  ASSERT_TRUE(inspections.check_vehicle(officer, third.id, r2, vehicle_answer(80)).ok());
  ASSERT_TRUE(inspections.check_vehicle(officer, third.id, r4, vehicle_answer(80)).ok());
  EXPECT_EQ(inspections.close(officer, third.id, InspectionResult::tidak_siap, "hujan")->result,
            InspectionResult::tidak_siap);
}

TEST(InspectionResultTest, ThresholdsOfTheComputedResult) {
  auto person = [](bool present, bool equipped) {
    PersonCheck c;
    c.present = present;
    c.items = {{1, equipped, equipped}};
    return c;
  };
  VehicleCheck fit;
  fit.condition = ItemCondition::baik;
  fit.fuel_percent = 80;
  VehicleCheck empty_tank = fit;
  empty_tank.fuel_percent = 10;
  VehicleCheck broken = fit;
  broken.condition = ItemCondition::rusak_berat;

  std::vector<PersonCheck> five(5, person(true, true));
  EXPECT_EQ(computed_result(five, {fit}), InspectionResult::siap);
  EXPECT_EQ(computed_result(five, {fit, empty_tank}), InspectionResult::siap_dengan_catatan);
  EXPECT_EQ(computed_result(five, {broken}), InspectionResult::siap_dengan_catatan);
  five[0] = person(false, false);
  EXPECT_EQ(computed_result(five, {fit}), InspectionResult::siap_dengan_catatan);  // 80 %
  five[1] = person(true, false);
  EXPECT_EQ(computed_result(five, {fit}), InspectionResult::tidak_siap);  // 60 %
  EXPECT_EQ(computed_result({}, {}), InspectionResult::siap);
}

SIAGA_ON_BOTH_DATABASES(InspectionServiceTest);

}  // namespace
}  // namespace siaga::service
