#include "service/roster_import.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "service/import_service.hpp"
#include "service/user_service.hpp"
#include "support/fixture.hpp"

namespace siaga::service {
namespace {

constexpr const char* kPersonnelHeader = "nrp,name,rank,function,unit_code,phone,desa_binaan\n";
constexpr const char* kPartnersHeader = "force,identifier,name,rank,unit_code,desa_code,phone\n";
constexpr const char* kItemsHeader =
    "kind,serial,unit_code,holder_nrp,condition,plate,odometer_km,fuel_percent,service_date\n";

using Where = std::vector<std::pair<int, std::string>>;

// The fixture's registry plus a second Polsek and two more desa: Polres
// Jember (35.09) over Polsek Kaliwates (35.09.19: desa .1001, .1002) and
// Polsek Sumbersari (35.09.20: desa .1001, .1002); Polres Sinjai (73.07).
struct World {
  explicit World(testing::Backend backend) : f(backend) {
    f.load_registry();
    ImportService imports(*f.ctx);
    const Actor admin = console_actor("test");
    auto regions = imports.run(admin, ImportKind::regions,
                               "code,name,level,lat,lon\n"
                               "35.09.19.1002,Kepatihan,kelurahan,-8.17,113.70\n"
                               "35.09.20.1002,Kebonsari,kelurahan,-8.19,113.71\n");
    EXPECT_TRUE(regions.ok() && regions->ok());
    auto units = imports.run(admin, ImportKind::units,
                             "code,name,level,parent_code,region_codes,lat,lon\n"
                             "POLSEK-35.09.20,Polsek Sumbersari,polsek,POLRES-JEMBER,35.09.20,"
                             "-8.18,113.72\n");
    EXPECT_TRUE(units.ok() && units->ok());
    ren = f.actor_of("POLRES-JEMBER", Role::ren);
  }

  ImportOutcome run(const Actor& actor, ImportKind kind, const std::string& text) {
    ImportService imports(*f.ctx);
    auto outcome = imports.run(actor, kind, text);
    EXPECT_TRUE(outcome.ok()) << outcome.error().message_en;
    return outcome.ok() ? *outcome : ImportOutcome{};
  }
  ImportOutcome personnel(const std::string& rows, const Actor* actor = nullptr) {
    return run(actor ? *actor : ren, ImportKind::personnel, kPersonnelHeader + rows);
  }
  ImportOutcome partners(const std::string& rows, const Actor* actor = nullptr) {
    return run(actor ? *actor : ren, ImportKind::partners, kPartnersHeader + rows);
  }
  ImportOutcome items(const std::string& rows, const Actor* actor = nullptr) {
    return run(actor ? *actor : ren, ImportKind::items, kItemsHeader + rows);
  }
  std::int64_t count(const std::string& table) {
    return std::stoll(f.sql("SELECT count(*) FROM " + table));
  }
  std::optional<Person> person(const std::string& nrp) {
    auto tx = f.db->begin(store::TxMode::read);
    auto p = (*tx)->readiness().find_person_by_nrp(nrp);
    EXPECT_TRUE(p.ok());
    return p.ok() ? *p : std::nullopt;
  }
  std::vector<std::string> audit_actions() {
    auto tx = f.db->begin(store::TxMode::read);
    std::vector<std::string> out;
    EXPECT_TRUE((*tx)
                    ->audit()
                    .scan([&](const AuditEntry& e) {
                      out.push_back(e.action);
                      return true;
                    })
                    .ok());
    return out;
  }

  testing::Fixture f;
  Actor ren;
};

Where where(const ImportOutcome& o) {
  Where out;
  for (const ImportIssue& i : o.issues) out.emplace_back(i.line, i.column);
  return out;
}

// Three Jember people: HQ staff, a Bhabinkamtibmas in each Polsek.
constexpr const char* kJemberPeople =
    "87000001,Arif Wijaya,Kompol,staf,POLRES-JEMBER,0811,\n"
    "87000011,Siti Aminah,Bripka,bhabinkamtibmas,POLSEK-35.09.19,,35.09.19.1001;35.09.19.1002\n"
    "87000021,Rahmat Hidayat,Aipda,bhabinkamtibmas,POLSEK-35.09.20,,35.09.20.1001\n";

class RosterImportTest : public ::testing::TestWithParam<testing::Backend> {};

// ---------------------------------------------------------------- personnel

TEST_P(RosterImportTest, PersonnelAreStoredWithUnitAndDesaBinaan) {
  World w(GetParam());
  const ImportOutcome o = w.personnel(kJemberPeople);
  ASSERT_TRUE(o.ok()) << o.issues.front().message_en;
  EXPECT_EQ(o.imported, 3);
  EXPECT_EQ(w.count("personnel"), 3);
  EXPECT_EQ(w.count("desa_binaan"), 3);
  auto siti = w.person("87000011");
  ASSERT_TRUE(siti.has_value());
  EXPECT_EQ(siti->name, "Siti Aminah");
  EXPECT_EQ(siti->rank, "Bripka");
  EXPECT_EQ(siti->function, PersonFunction::bhabinkamtibmas);
  EXPECT_EQ(siti->unit_code, "POLSEK-35.09.19");
  EXPECT_EQ(siti->desa_binaan, (std::vector<std::string>{"35.09.19.1001", "35.09.19.1002"}));
  auto arif = w.person("87000001");
  ASSERT_TRUE(arif.has_value());
  EXPECT_EQ(arif->unit_code, "POLRES-JEMBER");
  EXPECT_EQ(arif->phone, "0811");
  EXPECT_TRUE(arif->desa_binaan.empty());
  // A Bhabinkamtibmas at the Polres may serve any desa of the regency.
  const ImportOutcome hq =
      w.personnel("87000002,Dewi,Brigpol,bhabinkamtibmas,POLRES-JEMBER,,35.09.20.1002\n");
  EXPECT_TRUE(hq.ok());
  const auto actions = w.audit_actions();
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "import.personnel"), 2);
}

TEST_P(RosterImportTest, DuplicateNrpInTheFileIsALineErrorAndNothingIsStored) {
  World w(GetParam());
  const ImportOutcome o = w.personnel(std::string(kJemberPeople) +
                                      "87000011,Siti Kembar,Bripda,staf,POLRES-JEMBER,,\n");
  EXPECT_EQ(where(o), (Where{{5, "nrp"}}));
  EXPECT_NE(o.issues.front().message_en.find("87000011"), std::string::npos);
  EXPECT_EQ(o.imported, 0);
  EXPECT_EQ(w.count("personnel"), 0);
  EXPECT_EQ(w.count("desa_binaan"), 0);
}

TEST_P(RosterImportTest, NrpAlreadyInTheDatabaseIsALineErrorAndNothingIsStored) {
  World w(GetParam());
  ASSERT_TRUE(w.personnel(kJemberPeople).ok());
  const ImportOutcome o = w.personnel(
      "87000003,Baru,Bripda,staf,POLRES-JEMBER,,\n"
      "87000021,Rahmat Lagi,Bripda,bhabinkamtibmas,POLSEK-35.09.20,,35.09.20.1002\n");
  EXPECT_EQ(where(o), (Where{{3, "nrp"}}));
  EXPECT_EQ(w.count("personnel"), 3);
  EXPECT_FALSE(w.person("87000003").has_value());
  EXPECT_EQ(w.person("87000021")->desa_binaan, (std::vector<std::string>{"35.09.20.1001"}));
}

TEST_P(RosterImportTest, DesaBinaanMustLieInsideTheUnit) {
  World w(GetParam());
  const ImportOutcome o = w.personnel(
      "87000011,Siti,Bripka,bhabinkamtibmas,POLSEK-35.09.19,,35.09.20.1001\n"    // Sumbersari's
      "87000012,Ani,Bripka,bhabinkamtibmas,POLSEK-35.09.19,,35.09.19.9999\n"     // no such desa
      "87000013,Budi,Bripka,bhabinkamtibmas,POLRES-JEMBER,,73.07.03.2001\n"      // Sinjai's
      "87000014,Cici,Bripka,bhabinkamtibmas,POLSEK-35.09.19,,35.09.19.1001\n");  // good
  EXPECT_EQ(where(o), (Where{{2, "desa_binaan"}, {3, "desa_binaan"}, {4, "desa_binaan"}}));
  EXPECT_NE(o.issues[0].message_en.find("35.09.20.1001"), std::string::npos);
  EXPECT_EQ(w.count("personnel"), 0);
}

TEST_P(RosterImportTest, SameDesaTwiceForOnePersonIsALineError) {
  World w(GetParam());
  const ImportOutcome o = w.personnel(
      "87000011,Siti,Bripka,bhabinkamtibmas,POLSEK-35.09.19,,35.09.19.1001;35.09.19.1001\n");
  EXPECT_EQ(where(o), (Where{{2, "desa_binaan"}}));
  EXPECT_EQ(w.count("personnel"), 0);
}

TEST_P(RosterImportTest, UnitUnknownOrOutsideTheTerritoryIsALineError) {
  World w(GetParam());
  const ImportOutcome o = w.personnel(
      "87000001,Arif,Kompol,staf,POLRES-SINJAI,,\n"
      "87000002,Budi,Kompol,staf,POLRES-ENTAHLAH,,\n"
      "87000003,Cici,Kompol,staf,POLSEK-35.09.20,,\n");
  EXPECT_EQ(where(o), (Where{{2, "unit_code"}, {3, "unit_code"}}));
  EXPECT_EQ(w.count("personnel"), 0);
  // A Polsek's own commander cannot file people into the neighbouring Polsek,
  // nor may the commander import rosters at all.
  const Actor kapolsek = w.f.actor_of("POLSEK-35.09.19", Role::kapolsek);
  ImportService imports(*w.f.ctx);
  auto refused =
      imports.run(kapolsek, ImportKind::personnel,
                  std::string(kPersonnelHeader) + "87000004,D,Bripda,staf,POLSEK-35.09.19,,\n");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::forbidden);
  // The admin (everywhere) files Sinjai.
  const Actor admin = console_actor("test");
  EXPECT_TRUE(w.personnel("87000001,Arif,Kompol,staf,POLRES-SINJAI,,\n", &admin).ok());
}

TEST_P(RosterImportTest, BadLinesFromTheParserStopTheFile) {
  World w(GetParam());
  const ImportOutcome o = w.personnel(
      "87000001,Arif,Sersan,staf,POLRES-JEMBER,,\n"
      "8700002,Budi,Bripda,staf,POLRES-JEMBER,,\n"
      "87000003,Cici,Bripda,samapta,POLRES-JEMBER,,35.09.19.1001\n"
      "87000004,Dodi,Bripda,staf,POLRES-JEMBER,,\n");
  EXPECT_EQ(where(o), (Where{{2, "rank"}, {3, "nrp"}, {4, "desa_binaan"}}));
  EXPECT_EQ(w.count("personnel"), 0);
}

// ---------------------------------------------------------------- partners

TEST_P(RosterImportTest, PartnersAreStored) {
  World w(GetParam());
  const ImportOutcome o = w.partners(
      "tni,21068680,Heru,Sertu,POLRES-JEMBER,35.09.19.1001,0857\n"
      "linmas,21068680,Warsito,,POLRES-JEMBER,35.09.19.1002,\n"  // same number, other force
      "satpol_pp,198001012005011001,Joko,,POLRES-JEMBER,,\n");
  ASSERT_TRUE(o.ok()) << o.issues.front().message_en;
  EXPECT_EQ(o.imported, 3);
  auto tx = w.f.db->begin(store::TxMode::read);
  store::PartnerQuery q;
  q.force = PartnerForce::tni;
  auto page = (*tx)->readiness().list_partners(q, Territory::everywhere());
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].name, "Heru");
  EXPECT_EQ(page->items[0].desa_code, "35.09.19.1001");
  EXPECT_EQ(page->items[0].unit_code, "POLRES-JEMBER");
}

TEST_P(RosterImportTest, PartnerDuplicatesAndDesaOutsideAreLineErrorsNothingStored) {
  World w(GetParam());
  ASSERT_TRUE(w.partners("tni,21068680,Heru,Sertu,POLRES-JEMBER,35.09.19.1001,\n").ok());
  const ImportOutcome o = w.partners(
      "tni,30000001,Agus,Serda,POLRES-JEMBER,35.09.19.1002,\n"
      "tni,30000001,Agus Lagi,Serda,POLRES-JEMBER,35.09.20.1001,\n"  // twice in the file
      "tni,21068680,Heru Lagi,Sertu,POLRES-JEMBER,35.09.20.1002,\n"  // already stored
      "linmas,30000002,Wati,,POLRES-JEMBER,73.07.03.2001,\n"         // a Sinjai desa
      "linmas,30000003,Tono,,POLRES-JEMBER,35.09.19.9999,\n");       // no such desa
  EXPECT_EQ(where(o),
            (Where{{3, "identifier"}, {4, "identifier"}, {5, "desa_code"}, {6, "desa_code"}}));
  EXPECT_EQ(w.count("partner_members"), 1);
}

// ---------------------------------------------------------------- items

TEST_P(RosterImportTest, ItemsAreStoredWithTheirHolder) {
  World w(GetParam());
  ASSERT_TRUE(w.personnel(kJemberPeople).ok());
  const ImportOutcome o = w.items(
      "rompi_anti_sayat,RAS-1,POLSEK-35.09.19,87000011,baik,,,,\n"
      "ht,HT-1,POLRES-JEMBER,87000021,rusak_ringan,,,,\n"  // a Polsek person, Polres item
      "senter,SNT-1,POLSEK-35.09.20,87000011,,,,,\n"       // the sibling Polsek: same Polres
      "kendaraan_r4,MH1-1,POLRES-JEMBER,,baik,P 1 XY,1200,80,2024-10-01\n");
  ASSERT_TRUE(o.ok()) << o.issues.front().message_en;
  EXPECT_EQ(o.imported, 4);
  const auto siti = w.person("87000011");
  auto tx = w.f.db->begin(store::TxMode::read);
  auto held = (*tx)->readiness().items_of_person(siti->id);
  ASSERT_TRUE(held.ok());
  ASSERT_EQ(held->size(), 2u);
  EXPECT_EQ((*held)[0].serial, "RAS-1");
  EXPECT_EQ((*held)[0].holder_nrp, "87000011");
  EXPECT_EQ((*held)[1].serial, "SNT-1");
  EXPECT_EQ((*held)[1].unit_code, "POLSEK-35.09.20");
  store::ItemQuery q;
  q.vehicles = true;
  auto vehicles = (*tx)->readiness().list_items(q, Territory::everywhere());
  ASSERT_TRUE(vehicles.ok());
  ASSERT_EQ(vehicles->items.size(), 1u);
  EXPECT_EQ(vehicles->items[0].plate, "P 1 XY");
  EXPECT_EQ(vehicles->items[0].fuel_percent, 80);
  EXPECT_FALSE(vehicles->items[0].holder_id.has_value());
}

TEST_P(RosterImportTest, HolderOfAnotherPolresIsAnErrorAtHolderNrpNothingStored) {
  World w(GetParam());
  ASSERT_TRUE(w.personnel(kJemberPeople).ok());
  const Actor admin = console_actor("test");
  ASSERT_TRUE(w.personnel("87000031,Andi,Bripda,samapta,POLRES-SINJAI,,\n", &admin).ok());
  const std::string rows =
      "rompi_anti_sayat,RAS-1,POLSEK-35.09.19,87000011,baik,,,,\n"
      "ht,HT-1,POLSEK-35.09.19,87000031,baik,,,,\n";  // a Sinjai holder
  for (const Actor* actor : std::vector<const Actor*>{&w.ren, &admin}) {
    const ImportOutcome o = w.items(rows, actor);
    EXPECT_EQ(where(o), (Where{{3, "holder_nrp"}})) << actor->username;
    EXPECT_EQ(w.count("items"), 0);
  }
  // And the other way: a Jember holder for a Sinjai item.
  const ImportOutcome back = w.items("helm,HLM-1,POLRES-SINJAI,87000001,baik,,,,\n", &admin);
  EXPECT_EQ(where(back), (Where{{2, "holder_nrp"}}));
  EXPECT_EQ(w.count("items"), 0);
}

TEST_P(RosterImportTest, UnknownHolderAndDuplicateSerialsAreLineErrors) {
  World w(GetParam());
  ASSERT_TRUE(w.personnel(kJemberPeople).ok());
  ASSERT_TRUE(w.items("ht,HT-1,POLRES-JEMBER,87000001,baik,,,,\n").ok());
  const ImportOutcome o = w.items(
      "senter,SNT-1,POLRES-JEMBER,99999999,baik,,,,\n"  // nobody
      "senter,SNT-2,POLRES-JEMBER,,baik,,,,\n"
      "senter,SNT-2,POLRES-JEMBER,,baik,,,,\n"  // twice in the file
      "ht,HT-1,POLRES-JEMBER,,baik,,,,\n"       // already stored
      "helm,HLM-1,POLRES-SINJAI,,baik,,,,\n");  // outside Jember
  EXPECT_EQ(where(o), (Where{{2, "holder_nrp"}, {4, "serial"}, {5, "serial"}, {6, "unit_code"}}));
  EXPECT_EQ(w.count("items"), 1);
}

TEST_P(RosterImportTest, ItemParserIssuesStopTheFile) {
  World w(GetParam());
  const ImportOutcome o = w.items(
      "kendaraan_r2,MH2-1,POLRES-JEMBER,,baik,P 2 XY,,101,\n"
      "kendaraan_r2,MH2-2,POLRES-JEMBER,,baik,,,50,\n"
      "senter,SNT-1,POLRES-JEMBER,,baik,,,,\n");
  EXPECT_EQ(where(o), (Where{{2, "fuel_percent"}, {3, "plate"}}));
  EXPECT_EQ(w.count("items"), 0);
}

SIAGA_ON_BOTH_DATABASES(RosterImportTest);

}  // namespace
}  // namespace siaga::service
