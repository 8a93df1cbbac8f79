#include "io/roster_csv.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace siaga::io {
namespace {

constexpr const char* kPersonnelHeader = "nrp,name,rank,function,unit_code,phone,desa_binaan\n";
constexpr const char* kPartnersHeader = "force,identifier,name,rank,unit_code,desa_code,phone\n";
constexpr const char* kItemsHeader =
    "kind,serial,unit_code,holder_nrp,condition,plate,odometer_km,fuel_percent,service_date\n";

// (line, column) of every issue, in order.
template <typename T>
std::vector<std::pair<int, std::string>> where(const Lines<T>& lines) {
  std::vector<std::pair<int, std::string>> out;
  for (const ImportIssue& i : lines.issues) out.emplace_back(i.line, i.column);
  return out;
}

using Where = std::vector<std::pair<int, std::string>>;

// ---------------------------------------------------------------- personnel

TEST(RosterCsv, PersonnelGoodRows) {
  const auto lines =
      parse_personnel_csv(std::string(kPersonnelHeader) +
                          "82098111,Arif Wijaya,AKBP,staf,POLRES-JEMBER,08991006414,\n"
                          "87010001,Siti Aminah,Bripka,bhabinkamtibmas,POLSEK-35.09.19,0812, "
                          "35.09.19.1001 ;35.09.19.1002\n"
                          "87010002,\"Rahmat, S.H.\",Aiptu,samapta,POLSEK-35.09.19,,\n");
  ASSERT_TRUE(lines.ok()) << lines.issues.front().message_en;
  ASSERT_EQ(lines.rows.size(), 3u);
  EXPECT_EQ(lines.lines, (std::vector<int>{2, 3, 4}));
  const Person& a = lines.rows[0];
  EXPECT_EQ(a.nrp, "82098111");
  EXPECT_EQ(a.name, "Arif Wijaya");
  EXPECT_EQ(a.rank, "AKBP");
  EXPECT_EQ(a.function, PersonFunction::staf);
  EXPECT_EQ(a.unit_code, "POLRES-JEMBER");
  EXPECT_EQ(a.phone, "08991006414");
  EXPECT_TRUE(a.desa_binaan.empty());
  const Person& b = lines.rows[1];
  EXPECT_EQ(b.function, PersonFunction::bhabinkamtibmas);
  EXPECT_EQ(b.desa_binaan, (std::vector<std::string>{"35.09.19.1001", "35.09.19.1002"}));
  EXPECT_EQ(lines.rows[2].name, "Rahmat, S.H.");
  EXPECT_EQ(lines.rows[2].phone, "");
}

TEST(RosterCsv, PhoneAndDesaBinaanColumnsAreOptional) {
  const auto lines = parse_personnel_csv(
      "unit_code,function,rank,name,nrp\n"
      "POLRES-JEMBER,reskrim,Iptu,Budi,87010003\n");
  ASSERT_TRUE(lines.ok());
  ASSERT_EQ(lines.rows.size(), 1u);
  EXPECT_EQ(lines.rows[0].function, PersonFunction::reskrim);
  EXPECT_EQ(lines.rows[0].nrp, "87010003");
}

TEST(RosterCsv, PersonnelLineIssues) {
  const auto lines = parse_personnel_csv(
      std::string(kPersonnelHeader) +
      "8209811,Pendek,AKBP,staf,POLRES-JEMBER,,\n"                        // 2: 7 digits
      "8209811A,Huruf,AKBP,staf,POLRES-JEMBER,,\n"                        // 3: a letter
      "87010010,Sersan,Sersan,staf,POLRES-JEMBER,,\n"                     // 4: TNI rank
      "87010011,Kapolsek,AKP,kapolsek,POLRES-JEMBER,,\n"                  // 5: no such function
      "87010012,Samapta,Bripda,samapta,POLRES-JEMBER,,35.09.19.1001\n"    // 6: desa on samapta
      "87010013,Bhabin,Bripka,bhabinkamtibmas,POLRES-JEMBER,,35.09.19\n"  // 7: a kecamatan
      "87010014,,Bripda,staf,POLRES-JEMBER,,\n"                           // 8: no name
      "87010015,Tanpa Satuan,Bripda,staf,,,\n"                            // 9: no unit
      "87010016,Baik,Bripda,bhabinkamtibmas,POLRES-JEMBER,,35.09.19.1001\n");  // 10: good
  EXPECT_FALSE(lines.ok());
  EXPECT_EQ(where(lines), (Where{{2, "nrp"},
                                 {3, "nrp"},
                                 {4, "rank"},
                                 {5, "function"},
                                 {6, "desa_binaan"},
                                 {7, "desa_binaan"},
                                 {8, "name"},
                                 {9, "unit_code"}}));
  // Only the good line is read; the import stores nothing while there are issues.
  ASSERT_EQ(lines.rows.size(), 1u);
  EXPECT_EQ(lines.rows[0].nrp, "87010016");
  EXPECT_EQ(lines.lines, (std::vector<int>{10}));
  for (const ImportIssue& i : lines.issues) {
    EXPECT_FALSE(i.message.empty());
    EXPECT_FALSE(i.message_en.empty());
  }
  EXPECT_NE(lines.issues[0].message_en.find("8 digits"), std::string::npos);
  EXPECT_NE(lines.issues[3].message_en.find("kapolsek"), std::string::npos);
}

TEST(RosterCsv, SameDesaTwiceInOneListIsALineIssue) {
  const auto lines = parse_personnel_csv(
      std::string(kPersonnelHeader) +
      "87010016,Baik,Bripda,bhabinkamtibmas,POLRES-JEMBER,,35.09.19.1001;35.09.19.1002\n"
      "87010017,Dua Kali,Bripda,bhabinkamtibmas,POLRES-JEMBER,,35.09.19.1001; 35.09.19.1001\n");
  EXPECT_EQ(where(lines), (Where{{3, "desa_binaan"}}));
  EXPECT_NE(lines.issues.front().message_en.find("35.09.19.1001"), std::string::npos);
  ASSERT_EQ(lines.rows.size(), 1u);
  EXPECT_EQ(lines.rows[0].nrp, "87010016");
}

TEST(RosterCsv, ARowWithTheWrongColumnCountStopsTheFile) {
  const auto lines = parse_personnel_csv(std::string(kPersonnelHeader) +
                                         "87010016,Baik,Bripda,staf,POLRES-JEMBER,,\n"
                                         "87010017,Kolom,Bripda,staf\n");
  EXPECT_EQ(where(lines), (Where{{3, ""}}));
  EXPECT_TRUE(lines.rows.empty());
}

TEST(RosterCsv, PersonnelMissingColumnIsAHeaderIssue) {
  const auto lines = parse_personnel_csv("nrp,name,function,unit_code\n87010001,A,staf,X\n");
  EXPECT_EQ(where(lines), (Where{{1, "rank"}}));
  EXPECT_TRUE(lines.rows.empty());
}

// ---------------------------------------------------------------- partners

TEST(RosterCsv, PartnersGoodRows) {
  const auto lines =
      parse_partners_csv(std::string(kPartnersHeader) +
                         "tni,2106868054,Heru Sulistyo,Sertu,POLRES-JEMBER,35.09.19.1001,0857\n"
                         "linmas,3509190101010001,Warsito,,POLRES-JEMBER,35.09.19.1001,\n"
                         "satpol_pp,198001012005011001,Joko,Kasi Trantib,POLRES-JEMBER,,\n"
                         "dishub,198101012006011002,Lina,,POLRES-JEMBER,,\n");
  ASSERT_TRUE(lines.ok()) << lines.issues.front().message_en;
  ASSERT_EQ(lines.rows.size(), 4u);
  EXPECT_EQ(lines.rows[0].force, PartnerForce::tni);
  EXPECT_EQ(lines.rows[0].identifier, "2106868054");
  EXPECT_EQ(lines.rows[0].rank, "Sertu");
  EXPECT_EQ(lines.rows[0].desa_code, "35.09.19.1001");
  EXPECT_EQ(lines.rows[0].phone, "0857");
  EXPECT_EQ(lines.rows[1].force, PartnerForce::linmas);
  EXPECT_EQ(lines.rows[2].force, PartnerForce::satpol_pp);
  EXPECT_EQ(lines.rows[2].desa_code, "");
  EXPECT_EQ(lines.rows[3].force, PartnerForce::dishub);
  EXPECT_EQ(lines.rows[3].unit_code, "POLRES-JEMBER");
}

TEST(RosterCsv, PartnerLineIssues) {
  const auto lines = parse_partners_csv(
      std::string(kPartnersHeader) +
      "linmas,3509190101010001,Warsito,,POLRES-JEMBER,,\n"      // 2: Linmas without desa
      "tni,2106868054,Heru,Sertu,POLRES-JEMBER,35.09.19,\n"     // 3: TNI with a kecamatan
      "polisi,123,Nama,,POLRES-JEMBER,35.09.19.1001,\n"         // 4: unknown force
      "tni,,Tanpa Nomor,,POLRES-JEMBER,35.09.19.1001,\n"        // 5: no identifier
      "satpol_pp,198001012005011001,Joko,,POLRES-JEMBER,,\n");  // 6: good
  EXPECT_EQ(where(lines),
            (Where{{2, "desa_code"}, {3, "desa_code"}, {4, "force"}, {5, "identifier"}}));
  ASSERT_EQ(lines.rows.size(), 1u);
  EXPECT_EQ(lines.lines, (std::vector<int>{6}));
}

// ---------------------------------------------------------------- items

TEST(RosterCsv, ItemsGoodRows) {
  const auto lines =
      parse_items_csv(std::string(kItemsHeader) +
                      "rompi_anti_sayat,RAS-3509-000001,POLSEK-35.09.19,87010001,baik,,,,\n"
                      "senter,SNT-3509-000001,POLSEK-35.09.19,,rusak_ringan,,,,\n"
                      "ht,HT-3509-000001,POLRES-JEMBER,87010002,,,,,\n"
                      "kendaraan_r4,MH1-0001,POLRES-JEMBER,,baik,P 1234 XY,45210,100,2024-10-01\n"
                      "kendaraan_r2,MH2-0002,POLSEK-35.09.19,,rusak_berat,P 4321 YZ,,0,\n");
  ASSERT_TRUE(lines.ok()) << lines.issues.front().message_en;
  ASSERT_EQ(lines.rows.size(), 5u);
  const Item& vest = lines.rows[0];
  EXPECT_EQ(vest.kind, "rompi_anti_sayat");
  EXPECT_EQ(vest.serial, "RAS-3509-000001");
  EXPECT_EQ(vest.unit_code, "POLSEK-35.09.19");
  EXPECT_EQ(vest.holder_nrp, "87010001");
  EXPECT_FALSE(vest.holder_id.has_value());  // resolved by the importer
  EXPECT_EQ(vest.condition, ItemCondition::baik);
  EXPECT_FALSE(vest.fuel_percent.has_value());
  EXPECT_EQ(lines.rows[1].condition, ItemCondition::rusak_ringan);
  EXPECT_EQ(lines.rows[1].holder_nrp, "");
  EXPECT_EQ(lines.rows[2].condition, ItemCondition::baik);  // empty condition: good
  const Item& car = lines.rows[3];
  EXPECT_EQ(car.plate, "P 1234 XY");
  EXPECT_EQ(car.odometer_km, 45210);
  EXPECT_EQ(car.fuel_percent, 100);
  EXPECT_EQ(car.service_date, "2024-10-01");
  EXPECT_EQ(lines.rows[4].condition, ItemCondition::rusak_berat);
  EXPECT_EQ(lines.rows[4].fuel_percent, 0);
  EXPECT_FALSE(lines.rows[4].odometer_km.has_value());
}

TEST(RosterCsv, ItemLineIssues) {
  const auto lines = parse_items_csv(
      std::string(kItemsHeader) +
      "kendaraan_r4,MH1-0001,POLRES-JEMBER,,baik,P 1234 XY,100,101,\n"   // 2: fuel 101
      "kendaraan_r4,MH1-0002,POLRES-JEMBER,,baik,P 1235 XY,100,-1,\n"    // 3: fuel -1
      "senter,SNT-0001,POLRES-JEMBER,,baik,P 1236 XY,,,\n"               // 4: plate on a flashlight
      "kendaraan_r2,MH2-0001,POLRES-JEMBER,,baik,,,50,\n"                // 5: vehicle without plate
      "pistol,PST-0001,POLRES-JEMBER,,baik,,,,\n"                        // 6: unknown kind
      "helm,HLM-0001,POLRES-JEMBER,,lumayan,,,,\n"                       // 7: unknown condition
      "kendaraan_r2,MH2-0002,POLRES-JEMBER,,baik,P 1 A,,setengah,\n"     // 8: fuel not a number
      "kendaraan_r2,MH2-0003,POLRES-JEMBER,,baik,P 2 A,-5,50,\n"         // 9: negative odometer
      "kendaraan_r2,MH2-0004,POLRES-JEMBER,,baik,P 3 A,,50,1/10/2024\n"  // 10: date
      "ht,,POLRES-JEMBER,,baik,,,,\n"                                    // 11: no serial
      "senter,SNT-0002,POLRES-JEMBER,,baik,,,30,\n"                      // 12: fuel on a flashlight
      "kendaraan_r2,MH2-0005,POLRES-JEMBER,,baik,P 4 A,10,100,\n");      // 13: good
  EXPECT_EQ(where(lines), (Where{{2, "fuel_percent"},
                                 {3, "fuel_percent"},
                                 {4, "kind"},
                                 {5, "plate"},
                                 {6, "kind"},
                                 {7, "condition"},
                                 {8, "fuel_percent"},
                                 {9, "odometer_km"},
                                 {10, "service_date"},
                                 {11, "serial"},
                                 {12, "kind"}}));
  EXPECT_NE(lines.issues[0].message_en.find("101"), std::string::npos);
  EXPECT_NE(lines.issues[2].message_en.find("vehicles only"), std::string::npos);
  EXPECT_NE(lines.issues[4].message_en.find("pistol"), std::string::npos);
  ASSERT_EQ(lines.rows.size(), 1u);
  EXPECT_EQ(lines.rows[0].serial, "MH2-0005");
  EXPECT_EQ(lines.lines, (std::vector<int>{13}));
}

TEST(RosterCsv, ItemsNeedKindSerialAndUnitColumns) {
  const auto lines = parse_items_csv("kind,unit_code\nht,POLRES-JEMBER\n");
  EXPECT_EQ(where(lines), (Where{{1, "serial"}}));
}

}  // namespace
}  // namespace siaga::io
