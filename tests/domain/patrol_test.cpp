#include "domain/patrol.hpp"

#include <gtest/gtest.h>

#include "domain/role.hpp"

namespace siaga {
namespace {

std::chrono::sys_days day(const char* text) {
  std::chrono::sys_days d{};
  EXPECT_TRUE(parse_date(text, d)) << text;
  return d;
}

TEST(PatrolNames, RoundTripAndSpeakBothLanguages) {
  for (auto kind : {PatrolKind::kryd, PatrolKind::patroli_gabungan, PatrolKind::patroli_dialogis,
                    PatrolKind::pengawalan_logistik}) {
    EXPECT_EQ(parse_patrol_kind(to_string(kind)), kind);
    EXPECT_FALSE(label_id(kind).empty());
    EXPECT_FALSE(label_en(kind).empty());
  }
  EXPECT_EQ(label_id(PatrolKind::patroli_gabungan), "Patroli gabungan (tiga pilar)");
  EXPECT_EQ(label_en(PatrolKind::patroli_gabungan), "Joint patrol (three pillars)");
  EXPECT_EQ(parse_patrol_kind("razia"), std::nullopt);
  for (auto s :
       {StopStatus::menunggu, StopStatus::selesai, StopStatus::terlambat, StopStatus::terlewat}) {
    EXPECT_EQ(parse_stop_status(to_string(s)), s);
  }
  EXPECT_EQ(label_en(StopStatus::terlewat), "Missed");
  EXPECT_EQ(parse_patrol_plan_status("direncanakan"), PatrolPlanStatus::direncanakan);
  EXPECT_EQ(parse_travel_profile("motor"), TravelProfile::motor);
  EXPECT_EQ(parse_travel_profile("kapal"), std::nullopt);
  EXPECT_EQ(parse_check_in_method("geofence"), CheckInMethod::geofence);
  EXPECT_EQ(to_string(CheckInMethod::tap), "tap");
  EXPECT_NE(unserved_label_id("fleet_too_small"), "fleet_too_small");
  EXPECT_NE(unserved_label_en("window_unreachable"), "window_unreachable");
  EXPECT_EQ(unserved_label_en("something_else"), "something_else");
}

TEST(PatrolTimes, ParsesOnlyWellFormedTimesOfDay) {
  EXPECT_EQ(parse_time_of_day("00:00"), 0);
  EXPECT_EQ(parse_time_of_day("23:59"), 1439);
  EXPECT_EQ(parse_time_of_day("06:30"), 390);
  for (const char* bad : {"24:00", "12:60", "6:00", "06-00", "0600", "ab:cd", "", "06:00 "}) {
    EXPECT_EQ(parse_time_of_day(bad), std::nullopt) << bad;
  }
  EXPECT_EQ(format_time_of_day(390), "06:30");
  EXPECT_EQ(format_time_of_day(1440 + 120), "02:00");
  EXPECT_EQ(format_time_of_day(-60), "23:00");
}

TEST(PatrolTimes, ATimeBeforeTheShiftStartIsTheNextDay) {
  const int start = *parse_time_of_day("20:00");
  EXPECT_EQ(plan_minutes(*parse_time_of_day("21:00"), start), 21 * 60);
  EXPECT_EQ(plan_minutes(*parse_time_of_day("20:00"), start), 20 * 60);
  EXPECT_EQ(plan_minutes(*parse_time_of_day("02:00"), start), 26 * 60);
  EXPECT_EQ(shift_end_minutes(start, *parse_time_of_day("06:00")), 30 * 60);
  EXPECT_EQ(shift_end_minutes(start, start), 44 * 60);  // a whole day
  EXPECT_EQ(shift_end_minutes(6 * 60, 18 * 60), 18 * 60);
}

TEST(PatrolTimes, PlanInstantsAreUtcInTheUnitsZone) {
  const auto d = day("2024-11-26");
  EXPECT_EQ(format_utc(plan_instant(d, TimeZone::wib, 20 * 60)), "2024-11-26T13:00:00Z");
  EXPECT_EQ(format_utc(plan_instant(d, TimeZone::wib, 26 * 60)), "2024-11-26T19:00:00Z");
  EXPECT_EQ(format_utc(plan_instant(d, TimeZone::wit, 6 * 60)), "2024-11-25T21:00:00Z");
  EXPECT_EQ(format_utc(plan_instant(d, TimeZone::wita, 30 * 60)), "2024-11-26T22:00:00Z");
}

TEST(PatrolNeeds, ExpandAcrossMidnightStrictlyBeforeTheEnd) {
  const int shift = 20 * 60;
  // "KPU warehouse every 4 hours from 22:00 to 06:00": 22:00 and 02:00.
  EXPECT_EQ(need_occurrences(22 * 60, 6 * 60, 240, shift), (std::vector<int>{22 * 60, 26 * 60}));
  // Every 2 hours: 22, 24, 26, 28; 30 (06:00) is the end.
  EXPECT_EQ(need_occurrences(22 * 60, 6 * 60, 120, shift),
            (std::vector<int>{22 * 60, 24 * 60, 26 * 60, 28 * 60}));
  // A need starting after midnight belongs to the next day of a night shift.
  EXPECT_EQ(need_occurrences(1 * 60, 5 * 60, 180, shift), (std::vector<int>{25 * 60, 28 * 60}));
  // A day shift: plain.
  EXPECT_EQ(need_occurrences(8 * 60, 12 * 60, 60, 6 * 60),
            (std::vector<int>{8 * 60, 9 * 60, 10 * 60, 11 * 60}));
  // from == to: the whole day around.
  EXPECT_EQ(need_occurrences(20 * 60, 20 * 60, 720, shift), (std::vector<int>{20 * 60, 32 * 60}));
  EXPECT_TRUE(need_occurrences(20 * 60, 22 * 60, 0, shift).empty());
}

TEST(PatrolWindows, AnInvertedWindowOrAServiceTooLongNamesTheStop) {
  EXPECT_TRUE(validate_stop_window(21 * 60, 23 * 60, 15, "stops[0]").ok());
  EXPECT_TRUE(validate_stop_window(21 * 60, 21 * 60 + 15, 15, "stops[0]").ok());
  const Status inverted = validate_stop_window(23 * 60, 21 * 60, 15, "stops[2]");
  ASSERT_FALSE(inverted.ok());
  EXPECT_EQ(inverted.error().field, "stops[2].window_close");
  EXPECT_EQ(inverted.error().code, ErrorCode::invalid_input);
  const Status too_long = validate_stop_window(21 * 60, 21 * 60 + 10, 15, "stops[1]");
  ASSERT_FALSE(too_long.ok());
  EXPECT_EQ(too_long.error().field, "stops[1].service_minutes");
  EXPECT_FALSE(too_long.error().message.empty());
  EXPECT_FALSE(too_long.error().message_en.empty());
  // 23:00 to 01:00 on a 20:00 shift: the close is the next day, a valid window.
  const int start = 20 * 60;
  EXPECT_TRUE(
      validate_stop_window(plan_minutes(23 * 60, start), plan_minutes(60, start), 10, "stops[0]")
          .ok());
  // 19:00 to 21:00 on a 20:00 shift: 19:00 is the next day, after 21:00.
  EXPECT_FALSE(validate_stop_window(plan_minutes(19 * 60, start), plan_minutes(21 * 60, start), 10,
                                    "stops[0]")
                   .ok());
}

TEST(PatrolPermissions, OpsAndKapolsekPlanOfficersCheckIn) {
  for (Role r : {Role::admin, Role::ops, Role::kapolsek}) {
    EXPECT_TRUE(allows(r, Permission::manage_patrols)) << to_string(r);
    EXPECT_TRUE(allows(r, Permission::check_in_patrol)) << to_string(r);
  }
  EXPECT_TRUE(allows(Role::officer, Permission::check_in_patrol));
  EXPECT_FALSE(allows(Role::officer, Permission::manage_patrols));
  EXPECT_FALSE(allows(Role::ren, Permission::manage_patrols));
  EXPECT_FALSE(allows(Role::partner, Permission::read_patrols));
  for (Role r : all_roles()) {
    EXPECT_EQ(allows(r, Permission::read_patrols), allows(r, Permission::read_incidents))
        << to_string(r);
    EXPECT_EQ(allows(r, Permission::manage_patrols), allows(r, Permission::dispatch_incident))
        << to_string(r);
  }
  EXPECT_EQ(to_string(Permission::check_in_patrol), "check_in_patrol");
}

}  // namespace
}  // namespace siaga
