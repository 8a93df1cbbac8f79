#pragma once
// The Surat Perintah (Sprin) of a deployment plan: who guards which TPS on
// voting day. PDF in Polri layout (heading, Dasar / Diperintahkan / Untuk,
// the list of posts with their TPS, officers and Linmas, an appendix of the
// reserve and one of every officer's own assignment, signature of the head of
// the unit) and the same lists as a workbook. Pure rendering: the service
// gathers the rows, this turns them into bytes.

#include <cstdint>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "domain/tps.hpp"

namespace siaga::report {

struct SprinTps {
  std::string code;  // TPS code, "35.09.01.2001-001"
  std::string number;  // "001"
  std::string desa;      // desa name
  std::string kecamatan; // kecamatan name
  std::string address;
  TpsClass tps_class = TpsClass::kurang_rawan;
};

struct SprinPerson {
  std::string name;
  std::string rank;  // "Bripka"
  std::string nrp;
  std::string unit;  // home unit name, "Polsek Kaliwates"
};

struct SprinLinmas {
  std::string name;
  std::string desa;
};

struct SprinPost {
  int number = 0;          // 1-based within the plan
  std::string sector;      // Polsek whose sector holds the post
  TpsClass tps_class = TpsClass::kurang_rawan;
  std::string pattern;     // "2-10-2" (P-T-L)
  bool stretched = false;  // merged by the degraded plan
  std::vector<SprinTps> tps;
  std::vector<SprinPerson> officers;
  std::vector<SprinPerson> tni;  // may be empty
  std::vector<SprinLinmas> linmas;
  int officers_missing = 0;
  int linmas_missing = 0;
};

// One line of the per-officer appendix: where a person goes (post 0 = reserve).
struct SprinAssignment {
  SprinPerson person;
  int post = 0;
  std::string first_tps;  // code of the post's first TPS; empty for reserve
  std::string desa;       // desa of that TPS
};

struct SprinReport {
  std::string unit_name;     // "Polres Jember"
  std::string number;        // "Sprin/1234/XI/OPS.1.3./2024" or a draft marker
  std::string election;      // "Pemilihan Serentak 2024"
  std::string voting_day;    // "27 November 2024"
  std::string generated_at;  // "27-11-2024 14:05 WIB"
  std::string status;        // draft, approved, superseded
  int version = 1;
  std::string approved_by;   // empty when a draft
  std::string approved_at;
  std::vector<std::string> warnings;  // plan warnings, printed in a box
  std::int64_t tps_count = 0;
  std::int64_t officers_assigned = 0;
  std::int64_t officers_missing = 0;
  std::int64_t linmas_assigned = 0;
  std::vector<SprinPost> posts;             // by number
  std::vector<SprinPerson> reserve;         // cadangan, by unit then name
  std::vector<SprinAssignment> assignments;  // every officer, by name
};

std::string sprin_class_label(TpsClass c);  // "Kurang rawan", ...

// A4 portrait PDF; a draft carries "KONSEP / DRAFT" in the heading.
Result<std::string> render_sprin_pdf(const SprinReport& report);

// XLSX: sheets "Pos" (one row per TPS: post, sector, class, pattern, TPS code,
// desa, address, officers, Linmas), "Personel" (one row per officer: name,
// rank, NRP, unit, post, first TPS, desa), "Cadangan" (reserve) and
// "Ringkasan" (heading figures and warnings).
Result<std::string> render_sprin_xlsx(const SprinReport& report);

}  // namespace siaga::report
