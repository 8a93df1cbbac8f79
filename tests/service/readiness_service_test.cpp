#include "service/readiness_service.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "service/equipment_service.hpp"
#include "service/import_service.hpp"
#include "service/personnel_service.hpp"
#include "service/user_service.hpp"
#include "support/fixture.hpp"

namespace siaga::service {
namespace {

using namespace std::chrono_literals;

// The fixture's registry plus a second Polsek and two more desa, and a small
// roster imported by Jember's Ren:
//
//   Polres Jember (own): 87000001 staf (ready); 87000002 samapta without any
//     of its five kit items; R4 fit (80 %), R4 at 10 % fuel.
//   Polsek Kaliwates (35.09.19): 87000011 Bhabinkamtibmas with full kit;
//     87000012 Bhabinkamtibmas with a vest, a broken flashlight, no radio;
//     87000013 reskrim with lightly damaged handcuffs (usable); R2 broken,
//     R2 fit (30 %).
//   Polsek Sumbersari (35.09.20): 87000021 Bhabinkamtibmas (two desa) with
//     full kit; 87000022 intelkam with a radio; 87000023 staf; R2 at 24 %,
//     R2 lost.
//   Polres Sinjai: 87000031 staf; R2 fit.
//
// The clock stands at 2024-11-20T00:00:00Z, 07:00 WIB.
constexpr const char* kPeople =
    "nrp,name,rank,function,unit_code,phone,desa_binaan\n"
    "87000001,Arif Wijaya,Kompol,staf,POLRES-JEMBER,,\n"
    "87000002,Bagus Santoso,Bripda,samapta,POLRES-JEMBER,,\n"
    "87000011,Siti Aminah,Bripka,bhabinkamtibmas,POLSEK-35.09.19,,35.09.19.1001\n"
    "87000012,Dwi Lestari,Bripka,bhabinkamtibmas,POLSEK-35.09.19,,35.09.19.1002\n"
    "87000013,Eko Prasetyo,Aipda,reskrim,POLSEK-35.09.19,,\n"
    "87000021,Rahmat Hidayat,Aipda,bhabinkamtibmas,POLSEK-35.09.20,,35.09.20.1001;35.09.20.1002\n"
    "87000022,Fajar Nugroho,Brigpol,intelkam,POLSEK-35.09.20,,\n"
    "87000023,Gita Purnama,Bripda,staf,POLSEK-35.09.20,,\n";
constexpr const char* kSinjaiPeople =
    "nrp,name,rank,function,unit_code,phone,desa_binaan\n"
    "87000031,Andi Baso,Bripda,staf,POLRES-SINJAI,,\n";
constexpr const char* kItems =
    "kind,serial,unit_code,holder_nrp,condition,plate,odometer_km,fuel_percent,service_date\n"
    "kendaraan_r4,R4-JBR-1,POLRES-JEMBER,,baik,P 1 A,,80,\n"
    "kendaraan_r4,R4-JBR-2,POLRES-JEMBER,,baik,P 2 A,,10,\n"
    "rompi_anti_sayat,RAS-11,POLSEK-35.09.19,87000011,baik,,,,\n"
    "senter,SNT-11,POLSEK-35.09.19,87000011,baik,,,,\n"
    "ht,HT-11,POLSEK-35.09.19,87000011,rusak_ringan,,,,\n"
    "rompi_anti_sayat,RAS-12,POLSEK-35.09.19,87000012,baik,,,,\n"
    "senter,SNT-12,POLSEK-35.09.19,87000012,rusak_berat,,,,\n"
    "borgol,BRG-13,POLSEK-35.09.19,87000013,rusak_ringan,,,,\n"
    "kendaraan_r2,R2-KLW-1,POLSEK-35.09.19,,rusak_berat,P 3 A,,50,\n"
    "kendaraan_r2,R2-KLW-2,POLSEK-35.09.19,,baik,P 4 A,,30,\n"
    "rompi_anti_sayat,RAS-21,POLSEK-35.09.20,87000021,baik,,,,\n"
    "senter,SNT-21,POLSEK-35.09.20,87000021,baik,,,,\n"
    "ht,HT-21,POLSEK-35.09.20,87000021,baik,,,,\n"
    "ht,HT-22,POLSEK-35.09.20,87000022,baik,,,,\n"
    "kendaraan_r2,R2-SBS-1,POLSEK-35.09.20,,baik,P 5 A,,24,\n"
    "kendaraan_r2,R2-SBS-2,POLSEK-35.09.20,,hilang,P 6 A,,90,\n"
    "ht,HT-JBR-SPARE,POLRES-JEMBER,,baik,,,,\n";
constexpr const char* kSinjaiItems =
    "kind,serial,unit_code,holder_nrp,condition,plate,odometer_km,fuel_percent,service_date\n"
    "kendaraan_r2,R2-SNJ-1,POLRES-SINJAI,,baik,DD 1 A,,90,\n"
    "ht,HT-SNJ-1,POLRES-SINJAI,,baik,,,,\n";

struct World {
  explicit World(testing::Backend backend) : f(backend) {
    f.load_registry();
    load(ImportKind::regions,
         "code,name,level,lat,lon\n"
         "35.09.19.1002,Kepatihan,kelurahan,-8.17,113.70\n"
         "35.09.20.1002,Kebonsari,kelurahan,-8.19,113.71\n");
    load(ImportKind::units,
         "code,name,level,parent_code,region_codes,lat,lon\n"
         "POLSEK-35.09.20,Polsek Sumbersari,polsek,POLRES-JEMBER,35.09.20,-8.18,113.72\n");
    ren = f.actor_of("POLRES-JEMBER", Role::ren);
    admin = f.actor_of("MABES", Role::admin);
    load(ImportKind::personnel, kPeople, &ren);
    load(ImportKind::items, kItems, &ren);
    load(ImportKind::personnel, kSinjaiPeople);
    load(ImportKind::items, kSinjaiItems);
  }

  void load(ImportKind kind, const std::string& text, const Actor* actor = nullptr) {
    ImportService imports(*f.ctx);
    auto outcome = imports.run(actor ? *actor : console_actor("test"), kind, text);
    ASSERT_TRUE(outcome.ok()) << outcome.error().message_en;
    ASSERT_TRUE(outcome->ok()) << outcome->issues.front().message_en << " line "
                               << outcome->issues.front().line;
  }

  Person person(const std::string& nrp) {
    auto tx = f.db->begin(store::TxMode::read);
    auto p = (*tx)->readiness().find_person_by_nrp(nrp);
    EXPECT_TRUE(p.ok() && p->has_value()) << nrp;
    return **p;
  }
  std::int64_t item_id(const std::string& serial) {
    return std::stoll(f.sql("SELECT id FROM items WHERE serial = '" + serial + "'"));
  }
  Item item(const std::string& serial) {
    auto tx = f.db->begin(store::TxMode::read);
    auto i = (*tx)->readiness().find_item(item_id(serial));
    EXPECT_TRUE(i.ok() && i->has_value()) << serial;
    return **i;
  }
  std::int64_t unit_id(const std::string& code) {
    return std::stoll(f.sql("SELECT id FROM units WHERE code = '" + code + "'"));
  }

  ReadinessFigures figures(const std::string& unit,
                           std::optional<PersonFunction> function = std::nullopt,
                           const Actor* actor = nullptr) {
    auto r = readiness.readiness(actor ? *actor : ren, unit, function);
    EXPECT_TRUE(r.ok()) << unit << ": " << (r.ok() ? "" : r.error().message_en);
    return r.ok() ? *r : ReadinessFigures{};
  }

  // An inspection of `unit` with one line per person: (person, present, held items).
  void parade(const std::string& unit,
              const std::vector<std::tuple<std::int64_t, bool, std::vector<ItemCheck>>>& lines) {
    auto tx = f.db->begin(store::TxMode::write);
    Inspection i;
    i.unit_id = unit_id(unit);
    i.date = "2024-11-19";
    i.title = "Apel";
    i.status = InspectionStatus::ditutup;
    i.planned_by = i.closed_by = "test";
    i.planned_at = i.closed_at = "2024-11-19T00:00:00Z";
    auto id = (*tx)->readiness().insert_inspection(i);
    ASSERT_TRUE(id.ok()) << id.error().message_en;
    for (const auto& [person, present, items] : lines) {
      PersonCheck c{*id, person, present, items, "test", "2024-11-19T01:00:00Z"};
      ASSERT_TRUE((*tx)->readiness().insert_person_check(c).ok());
    }
    ASSERT_TRUE((*tx)->commit().ok());
  }

  testing::Fixture f;
  Actor ren;
  Actor admin;
  ReadinessService readiness{*f.ctx};
  PersonnelService personnel{*f.ctx};
  EquipmentService equipment{*f.ctx};
};

// reason or reason:kind → count.
std::map<std::string, std::int64_t> missing(const UnitReadiness& u) {
  std::map<std::string, std::int64_t> out;
  for (const MissingCount& m : u.missing) {
    const std::string key = m.kind.empty() ? m.reason : m.reason + ":" + m.kind;
    EXPECT_FALSE(out.contains(key)) << key << " listed twice";
    EXPECT_GT(m.count, 0) << key;
    EXPECT_FALSE(m.label_id.empty());
    EXPECT_FALSE(m.label_en.empty());
    out[key] = m.count;
  }
  for (std::size_t i = 1; i < u.missing.size(); ++i) {
    EXPECT_GE(u.missing[i - 1].count, u.missing[i].count) << "most first";
  }
  return out;
}

using Counts = std::map<std::string, std::int64_t>;

struct Figures {
  std::int64_t people, people_ready, vehicles, vehicles_fit;
  friend bool operator==(const Figures&, const Figures&) = default;
  friend std::ostream& operator<<(std::ostream& os, const Figures& f) {
    return os << "{" << f.people << ", " << f.people_ready << ", " << f.vehicles << ", "
              << f.vehicles_fit << "}";
  }
};
Figures of(const UnitReadiness& u) {
  return {u.people, u.people_ready, u.vehicles, u.vehicles_fit};
}

template <typename T>
std::string field_of(const Result<T>& r) {
  return r.ok() ? "(ok)" : r.error().field;
}
template <typename T>
std::optional<ErrorCode> code_of(const Result<T>& r) {
  if (r.ok()) return std::nullopt;
  return r.error().code;
}

AbsenceInput absence(const std::string& kind, const std::string& from, const std::string& to) {
  AbsenceInput in;
  in.kind = kind;
  in.starts_on = from;
  in.ends_on = to;
  return in;
}

class ReadinessServiceTest : public ::testing::TestWithParam<testing::Backend> {};

// ---------------------------------------------------------------- figures and roll-up

TEST_P(ReadinessServiceTest, PolsekFiguresCountTheirPeopleKitAndVehicles) {
  World w(GetParam());
  const ReadinessFigures k = w.figures("POLSEK-35.09.19");
  EXPECT_EQ(k.unit.unit.code, "POLSEK-35.09.19");
  EXPECT_EQ(k.date, "2024-11-20");
  EXPECT_TRUE(k.children.empty());
  EXPECT_EQ(of(k.unit), (Figures{3, 2, 2, 1}));
  EXPECT_DOUBLE_EQ(k.unit.readiness, 3.0 / 5.0);
  EXPECT_EQ(missing(k.unit),
            (Counts{{"item_broken:senter", 1}, {"item_missing:ht", 1}, {"vehicle_unfit", 1}}));

  const ReadinessFigures s = w.figures("POLSEK-35.09.20");
  EXPECT_EQ(of(s.unit), (Figures{3, 3, 2, 0}));
  EXPECT_DOUBLE_EQ(s.unit.readiness, 3.0 / 5.0);
  // The lost vehicle is unfit (not merely short of fuel); the one at 24 % is under the floor.
  EXPECT_EQ(missing(s.unit), (Counts{{"fuel_low", 1}, {"vehicle_unfit", 1}}));
}

TEST_P(ReadinessServiceTest, PolresFiguresAreTheSumOfItsPolsekPlusItsOwn) {
  World w(GetParam());
  const ReadinessFigures r = w.figures("POLRES-JEMBER");
  EXPECT_EQ(r.unit.unit.code, "POLRES-JEMBER");
  ASSERT_EQ(r.children.size(), 2u);
  EXPECT_EQ(r.children[0].unit.code, "POLSEK-35.09.19");  // by name: Kaliwates, Sumbersari
  EXPECT_EQ(r.children[1].unit.code, "POLSEK-35.09.20");
  EXPECT_EQ(of(r.children[0]), of(w.figures("POLSEK-35.09.19").unit));
  EXPECT_EQ(of(r.children[1]), of(w.figures("POLSEK-35.09.20").unit));
  // Own: 87000001 ready, 87000002 without kit; R4 fit, R4 at 10 %.
  const Figures own{2, 1, 2, 1};
  Figures sum = own;
  Counts all = {{"item_missing:rompi_anti_sayat", 1},
                {"item_missing:senter", 1},
                {"item_missing:ht", 1},
                {"item_missing:helm", 1},
                {"item_missing:borgol", 1},
                {"fuel_low", 1}};
  for (const UnitReadiness& c : r.children) {
    sum.people += c.people;
    sum.people_ready += c.people_ready;
    sum.vehicles += c.vehicles;
    sum.vehicles_fit += c.vehicles_fit;
    for (const auto& [key, n] : missing(c)) all[key] += n;
  }
  EXPECT_EQ(of(r.unit), sum);
  EXPECT_EQ(of(r.unit), (Figures{8, 6, 6, 2}));
  EXPECT_EQ(missing(r.unit), all);
  EXPECT_DOUBLE_EQ(r.unit.readiness, 8.0 / 14.0);
  // The spare radio in the store is nobody's kit and no vehicle: it changes nothing.
  // Polda and Mabes roll up further; Sinjai stays out of Jember's figures.
  const ReadinessFigures polda = w.figures("POLDA-JATIM", std::nullopt, &w.admin);
  EXPECT_EQ(of(polda.unit), of(r.unit));
  ASSERT_EQ(polda.children.size(), 1u);
  EXPECT_EQ(polda.children[0].unit.code, "POLRES-JEMBER");
  const ReadinessFigures mabes = w.figures("MABES", std::nullopt, &w.admin);
  EXPECT_EQ(of(mabes.unit), (Figures{9, 7, 7, 3}));
  ASSERT_EQ(mabes.children.size(), 2u);
  EXPECT_EQ(mabes.children[0].unit.code, "POLDA-JATIM");
  EXPECT_EQ(mabes.children[1].unit.code, "POLDA-SULSEL");
  EXPECT_EQ(of(mabes.children[1]), (Figures{1, 1, 1, 1}));
}

TEST_P(ReadinessServiceTest, NoUnitCodeMeansTheActorsOwnUnit) {
  World w(GetParam());
  EXPECT_EQ(w.figures("").unit.unit.code, "POLRES-JEMBER");
}

TEST_P(ReadinessServiceTest, EmptyUnitHasReadinessZero) {
  World w(GetParam());
  const ReadinessFigures s = w.figures("POLRES-SINJAI", PersonFunction::bhabinkamtibmas, &w.admin);
  EXPECT_EQ(of(s.unit), (Figures{0, 0, 0, 0}));
  EXPECT_EQ(s.unit.readiness, 0.0);
  EXPECT_TRUE(s.unit.missing.empty());
}

TEST_P(ReadinessServiceTest, FunctionFilterCountsOnlyThatFunctionAndNoVehicles) {
  World w(GetParam());
  const ReadinessFigures b = w.figures("POLRES-JEMBER", PersonFunction::bhabinkamtibmas);
  EXPECT_EQ(of(b.unit), (Figures{3, 2, 0, 0}));
  EXPECT_DOUBLE_EQ(b.unit.readiness, 2.0 / 3.0);
  EXPECT_EQ(missing(b.unit), (Counts{{"item_broken:senter", 1}, {"item_missing:ht", 1}}));
  ASSERT_EQ(b.children.size(), 2u);
  EXPECT_EQ(of(b.children[0]), (Figures{2, 1, 0, 0}));
  EXPECT_EQ(of(b.children[1]), (Figures{1, 1, 0, 0}));
  const ReadinessFigures s = w.figures("POLRES-JEMBER", PersonFunction::samapta);
  EXPECT_EQ(of(s.unit), (Figures{1, 0, 0, 0}));
  EXPECT_EQ(missing(s.unit).size(), 5u);
}

// ---------------------------------------------------------------- absences and parades

TEST_P(ReadinessServiceTest, AnAbsenceTodayMakesAPersonNotReady) {
  World w(GetParam());
  const Person rahmat = w.person("87000021");
  const Person gita = w.person("87000023");
  const Person fajar = w.person("87000022");
  auto today =
      w.personnel.add_absence(w.ren, rahmat.id, absence("sakit", "2024-11-20", "2024-11-20"));
  ASSERT_TRUE(today.ok()) << today.error().message_en;
  EXPECT_GT(today->id, 0);
  // Over yesterday, and from tomorrow: not today.
  ASSERT_TRUE(
      w.personnel.add_absence(w.ren, gita.id, absence("cuti", "2024-11-10", "2024-11-19")).ok());
  ASSERT_TRUE(
      w.personnel.add_absence(w.ren, fajar.id, absence("dinas_luar", "2024-11-21", "2024-11-30"))
          .ok());
  const ReadinessFigures s = w.figures("POLSEK-35.09.20");
  EXPECT_EQ(of(s.unit), (Figures{3, 2, 2, 0}));
  EXPECT_EQ(missing(s.unit), (Counts{{"sakit", 1}, {"fuel_low", 1}, {"vehicle_unfit", 1}}));
  EXPECT_EQ(w.figures("POLRES-JEMBER").unit.people_ready, 5);

  // 18:00 UTC is 01:00 WIB the next day: the sick day is over, the trip has begun.
  w.f.clock.advance(18h);
  const ReadinessFigures next = w.figures("POLSEK-35.09.20");
  EXPECT_EQ(next.date, "2024-11-21");
  EXPECT_EQ(of(next.unit), (Figures{3, 2, 2, 0}));
  EXPECT_EQ(missing(next.unit), (Counts{{"dinas_luar", 1}, {"fuel_low", 1}, {"vehicle_unfit", 1}}));
  // The person's record lists the absence.
  auto detail = w.personnel.get(w.ren, rahmat.id);
  ASSERT_TRUE(detail.ok());
  ASSERT_EQ(detail->absences.size(), 1u);
  EXPECT_EQ(detail->absences[0].kind, AbsenceKind::sakit);
}

TEST_P(ReadinessServiceTest, AbsenceIsCheckedAndScoped) {
  World w(GetParam());
  const Person rahmat = w.person("87000021");
  EXPECT_EQ(field_of(w.personnel.add_absence(w.ren, rahmat.id,
                                             absence("libur", "2024-11-20", "2024-11-20"))),
            "kind");
  AbsenceInput none = absence("sakit", "2024-11-20", "2024-11-20");
  none.kind.reset();
  EXPECT_EQ(field_of(w.personnel.add_absence(w.ren, rahmat.id, none)), "kind");
  EXPECT_EQ(field_of(w.personnel.add_absence(w.ren, rahmat.id,
                                             absence("cuti", "2024-11-20", "2024-11-19"))),
            "ends_on");
  EXPECT_EQ(field_of(w.personnel.add_absence(w.ren, rahmat.id,
                                             absence("cuti", "20/11/2024", "2024-11-21"))),
            "starts_on");
  EXPECT_EQ(field_of(w.personnel.add_absence(w.ren, rahmat.id,
                                             absence("bko", "2024-11-20", "2024-11-21"))),
            "bko_unit");
  AbsenceInput bko = absence("bko", "2024-11-20", "2024-11-21");
  bko.bko_unit = "POLRES-ENTAHLAH";
  EXPECT_EQ(field_of(w.personnel.add_absence(w.ren, rahmat.id, bko)), "bko_unit");
  bko.bko_unit = "POLDA-JATIM";
  EXPECT_EQ(field_of(w.personnel.add_absence(w.ren, rahmat.id, bko)), "(ok)");
  // Someone of Sinjai is not Jember's to record; a Kapolsek may not record at all.
  const Person andi = w.person("87000031");
  EXPECT_EQ(code_of(w.personnel.add_absence(w.ren, andi.id,
                                            absence("sakit", "2024-11-20", "2024-11-20"))),
            ErrorCode::not_found);
  const Actor kapolsek = w.f.actor_of("POLSEK-35.09.20", Role::kapolsek);
  EXPECT_EQ(code_of(w.personnel.add_absence(kapolsek, rahmat.id,
                                            absence("sakit", "2024-11-20", "2024-11-20"))),
            ErrorCode::forbidden);
  EXPECT_EQ(std::stoll(w.f.sql("SELECT count(*) FROM absences")), 1);
  const ReadinessFigures s = w.figures("POLSEK-35.09.20");
  EXPECT_EQ(missing(s.unit)["bko"], 1);
}

TEST_P(ReadinessServiceTest, TheLastParadeDecidesPresence) {
  World w(GetParam());
  const Person eko = w.person("87000013");
  const Person siti = w.person("87000011");
  w.parade("POLSEK-35.09.19", {{eko.id, false, {}}, {siti.id, true, {}}});
  ReadinessFigures k = w.figures("POLSEK-35.09.19");
  EXPECT_EQ(of(k.unit), (Figures{3, 1, 2, 1}));
  EXPECT_EQ(missing(k.unit)["tidak_hadir_apel"], 1);
  // Present at the next parade: ready again.
  w.parade("POLSEK-35.09.19", {{eko.id, true, {}}});
  k = w.figures("POLSEK-35.09.19");
  EXPECT_EQ(of(k.unit), (Figures{3, 2, 2, 1}));
  EXPECT_FALSE(missing(k.unit).contains("tidak_hadir_apel"));
}

// ---------------------------------------------------------------- kit

TEST_P(ReadinessServiceTest, KitMissingAndBrokenPerKind) {
  World w(GetParam());
  // A second, usable flashlight for Dwi: one usable item of a kind is enough.
  w.load(
      ImportKind::items,
      "kind,serial,unit_code,holder_nrp,condition\nsenter,SNT-12B,POLSEK-35.09.19,87000012,baik\n",
      &w.ren);
  ReadinessFigures k = w.figures("POLSEK-35.09.19");
  EXPECT_EQ(missing(k.unit), (Counts{{"item_missing:ht", 1}, {"vehicle_unfit", 1}}));
  EXPECT_EQ(k.unit.people_ready, 2);
  // Siti's radio breaks; her vest is lost.
  ItemUpdate broken;
  broken.condition = "rusak_berat";
  ASSERT_TRUE(w.equipment.update(w.ren, w.item_id("HT-11"), broken).ok());
  ItemUpdate lost;
  lost.condition = "hilang";
  ASSERT_TRUE(w.equipment.update(w.ren, w.item_id("RAS-11"), lost).ok());
  k = w.figures("POLSEK-35.09.19");
  EXPECT_EQ(k.unit.people_ready, 1);
  // A lost item is not held: missing, not broken.
  EXPECT_EQ(missing(k.unit), (Counts{{"item_missing:ht", 1},
                                     {"item_broken:ht", 1},
                                     {"item_missing:rompi_anti_sayat", 1},
                                     {"vehicle_unfit", 1}}));
}

TEST_P(ReadinessServiceTest, AnItemNotFoundAtTheLastParadeIsMissingUntilHandedOver) {
  World w(GetParam());
  const Person siti = w.person("87000011");
  const Person dwi = w.person("87000012");
  const std::int64_t radio = w.item_id("HT-11");
  w.parade("POLSEK-35.09.19", {{siti.id,
                                true,
                                {{w.item_id("RAS-11"), true, true},
                                 {w.item_id("SNT-11"), true, true},
                                 {radio, false, false}}}});
  ReadinessFigures k = w.figures("POLSEK-35.09.19");
  EXPECT_EQ(k.unit.people_ready, 1);
  EXPECT_EQ(missing(k.unit)["item_missing:ht"], 2);
  // The radio turns up and goes to Dwi, who had none: the parade spoke of
  // Siti's hands, not Dwi's.
  auto h = w.equipment.hand_over(w.ren, radio, dwi.nrp);
  ASSERT_TRUE(h.ok()) << h.error().message_en;
  k = w.figures("POLSEK-35.09.19");
  EXPECT_EQ(missing(k.unit)["item_missing:ht"], 1);  // Siti's, now truly gone
  EXPECT_EQ(missing(k.unit)["item_broken:senter"], 1);
}

// ---------------------------------------------------------------- vehicles and updates

TEST_P(ReadinessServiceTest, LowFuelMakesAVehicleUnfitAndFuelOutOfRangeChangesNothing) {
  World w(GetParam());
  const std::int64_t car = w.item_id("R4-JBR-1");
  ItemUpdate over;
  over.fuel_percent = 101;
  auto refused = w.equipment.update(w.ren, car, over);
  EXPECT_EQ(field_of(refused), "fuel_percent");
  EXPECT_EQ(w.item("R4-JBR-1").fuel_percent.value_or(-1), 80);
  ItemUpdate bad_condition;
  bad_condition.condition = "hancur";
  EXPECT_EQ(field_of(w.equipment.update(w.ren, car, bad_condition)), "condition");

  const ReadinessFigures before = w.figures("POLRES-JEMBER");
  ItemUpdate low;
  low.fuel_percent = 10;
  auto updated = w.equipment.update(w.ren, car, low);
  ASSERT_TRUE(updated.ok()) << updated.error().message_en;
  EXPECT_EQ(updated->fuel_percent.value_or(-1), 10);
  EXPECT_EQ(w.item("R4-JBR-1").fuel_percent.value_or(-1), 10);
  const ReadinessFigures after = w.figures("POLRES-JEMBER");
  EXPECT_EQ(after.unit.vehicles, before.unit.vehicles);
  EXPECT_EQ(after.unit.vehicles_fit, before.unit.vehicles_fit - 1);
  EXPECT_EQ(missing(after.unit)["fuel_low"], missing(before.unit)["fuel_low"] + 1);
  // Exactly at the floor is fit again.
  low.fuel_percent = 25;
  ASSERT_TRUE(w.equipment.update(w.ren, car, low).ok());
  EXPECT_EQ(w.figures("POLRES-JEMBER").unit.vehicles_fit, before.unit.vehicles_fit);
  // Fuel on a radio is refused.
  ItemUpdate radio_fuel;
  radio_fuel.fuel_percent = 50;
  EXPECT_EQ(field_of(w.equipment.update(w.ren, w.item_id("HT-11"), radio_fuel)), "kind");
  // Sinjai's vehicle is not Jember's to update.
  EXPECT_EQ(code_of(w.equipment.update(w.ren, w.item_id("R2-SNJ-1"), low)), ErrorCode::not_found);
}

// ---------------------------------------------------------------- territory

TEST_P(ReadinessServiceTest, UnitsOutsideTheTerritoryAreNotFound) {
  World w(GetParam());
  auto not_found = [&](const Actor& actor, const std::string& unit) {
    auto r = w.readiness.readiness(actor, unit);
    EXPECT_EQ(code_of(r), ErrorCode::not_found) << actor.username << " " << unit;
  };
  not_found(w.ren, "POLRES-SINJAI");
  not_found(w.ren, "POLDA-JATIM");
  not_found(w.ren, "MABES");
  not_found(w.ren, "POLRES-ENTAHLAH");
  const Actor kapolsek = w.f.actor_of("POLSEK-35.09.19", Role::kapolsek);
  not_found(kapolsek, "POLSEK-35.09.20");
  not_found(kapolsek, "POLRES-JEMBER");
  EXPECT_EQ(of(w.figures("POLSEK-35.09.19", std::nullopt, &kapolsek).unit), (Figures{3, 2, 2, 1}));
  const Actor sinjai = w.f.actor_of("POLRES-SINJAI", Role::ops);
  not_found(sinjai, "POLSEK-35.09.19");
  EXPECT_EQ(of(w.figures("POLRES-SINJAI", std::nullopt, &sinjai).unit), (Figures{1, 1, 1, 1}));
  const Actor partner = w.f.actor_of("POLRES-JEMBER", Role::partner);
  EXPECT_EQ(code_of(w.readiness.readiness(partner, "POLRES-JEMBER")), ErrorCode::forbidden);
}

TEST_P(ReadinessServiceTest, PersonnelListsFollowTheTerritoryAndFilters) {
  World w(GetParam());
  store::PersonQuery q;
  q.region_code = "35.09";
  q.function = PersonFunction::bhabinkamtibmas;
  auto page = w.personnel.list(w.ren, q);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 3);
  std::map<std::string, std::vector<std::string>> desa;
  for (const Person& p : page->items) desa[p.nrp] = p.desa_binaan;
  EXPECT_EQ(desa["87000021"], (std::vector<std::string>{"35.09.20.1001", "35.09.20.1002"}));
  store::PersonQuery by_desa;
  by_desa.desa_binaan = "35.09.19.1002";
  page = w.personnel.list(w.ren, by_desa);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].nrp, "87000012");
  // The Kapolsek sees their own Polsek's people only; Jember's Ren not Sinjai's.
  const Actor kapolsek = w.f.actor_of("POLSEK-35.09.19", Role::kapolsek);
  page = w.personnel.list(kapolsek, store::PersonQuery{});
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 3);
  page = w.personnel.list(w.ren, store::PersonQuery{});
  EXPECT_EQ(page->total, 8);
  EXPECT_EQ(code_of(w.personnel.get(w.ren, w.person("87000031").id)), ErrorCode::not_found);
}

// ---------------------------------------------------------------- handover

TEST_P(ReadinessServiceTest, HandOverToAnotherPolresIsRefusedAtNrp) {
  World w(GetParam());
  const std::int64_t spare = w.item_id("HT-JBR-SPARE");
  auto refused = w.equipment.hand_over(w.ren, spare, "87000031");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(refused.error().field, "nrp");
  EXPECT_EQ(field_of(w.equipment.hand_over(w.ren, spare, "99999999")), "nrp");
  // Not even the admin, who sees both.
  EXPECT_EQ(field_of(w.equipment.hand_over(w.admin, spare, "87000031")), "nrp");
  EXPECT_EQ(field_of(w.equipment.hand_over(w.admin, w.item_id("HT-SNJ-1"), "87000011")), "nrp");
  EXPECT_FALSE(w.item("HT-JBR-SPARE").holder_id.has_value());
  EXPECT_FALSE(w.item("HT-SNJ-1").holder_id.has_value());
  EXPECT_EQ(std::stoll(w.f.sql("SELECT count(*) FROM handovers")), 0);
  // Sinjai's radio is not Jember's to hand over.
  EXPECT_EQ(code_of(w.equipment.hand_over(w.ren, w.item_id("HT-SNJ-1"), "87000011")),
            ErrorCode::not_found);
}

TEST_P(ReadinessServiceTest, HandOverWithinThePolresAndAcknowledgeByTheLinkedAccountOnly) {
  World w(GetParam());
  const Person dwi = w.person("87000012");
  // The Polres's spare radio to a Polsek Bhabinkamtibmas who had none.
  auto h = w.equipment.hand_over(w.ren, w.item_id("HT-JBR-SPARE"), dwi.nrp);
  ASSERT_TRUE(h.ok()) << h.error().message_en;
  EXPECT_EQ(h->person_id, dwi.id);
  EXPECT_EQ(h->item_serial, "HT-JBR-SPARE");
  EXPECT_EQ(h->handed_by, w.ren.username);
  EXPECT_EQ(h->handed_at, "2024-11-20T00:00:00Z");
  EXPECT_TRUE(h->acknowledged_at.empty());
  EXPECT_EQ(w.item("HT-JBR-SPARE").holder_id.value_or(0), dwi.id);
  EXPECT_EQ(missing(w.figures("POLSEK-35.09.19").unit).count("item_missing:ht"), 0u);

  // The sibling Polsek's radio may go to her too: same Polres.
  EXPECT_TRUE(w.equipment.hand_over(w.ren, w.item_id("HT-22"), dwi.nrp).ok());

  const Actor own = w.f.actor_of("POLSEK-35.09.19", Role::officer);
  const Actor other = w.f.actor_of("POLSEK-35.09.20", Role::officer);
  // Nobody linked yet: not even the Ren who handed it over may acknowledge.
  EXPECT_EQ(code_of(w.equipment.acknowledge(own, h->id)), ErrorCode::not_found);
  EXPECT_EQ(code_of(w.equipment.acknowledge(w.ren, h->id)), ErrorCode::not_found);
  {
    auto tx = w.f.db->begin(store::TxMode::write);
    ASSERT_TRUE((*tx)->readiness().link_username(dwi.id, own.username).ok());
    ASSERT_TRUE((*tx)->readiness().link_username(w.person("87000021").id, other.username).ok());
    ASSERT_TRUE((*tx)->commit().ok());
  }
  EXPECT_EQ(code_of(w.equipment.acknowledge(other, h->id)), ErrorCode::not_found);
  EXPECT_EQ(code_of(w.equipment.acknowledge(w.admin, h->id)), ErrorCode::not_found);
  EXPECT_EQ(code_of(w.equipment.acknowledge(own, h->id + 1000)), ErrorCode::not_found);
  w.f.clock.advance(90s);
  auto ack = w.equipment.acknowledge(own, h->id);
  ASSERT_TRUE(ack.ok()) << ack.error().message_en;
  EXPECT_EQ(ack->acknowledged_at, "2024-11-20T00:01:30Z");
  EXPECT_EQ(code_of(w.equipment.acknowledge(own, h->id)), ErrorCode::conflict);
  // The person's record shows the acknowledged handover.
  auto me = w.personnel.me(own);
  ASSERT_TRUE(me.ok());
  ASSERT_TRUE(me->has_value());
  EXPECT_EQ((*me)->person.nrp, dwi.nrp);
  bool seen = false;
  for (const auto& x : (*me)->handovers) {
    if (x.id == h->id) {
      seen = true;
      EXPECT_EQ(x.acknowledged_at, "2024-11-20T00:01:30Z");
    }
  }
  EXPECT_TRUE(seen);
}

SIAGA_ON_BOTH_DATABASES(ReadinessServiceTest);

}  // namespace
}  // namespace siaga::service
