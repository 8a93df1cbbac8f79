#pragma once
// The Surat Perintah (Sprin) of a deployment plan: who guards which TPS on
// voting day. PDF in Polri layout (kop, title and number, Pertimbangan /
// Dasar / Diperintahkan / Untuk, signature of the head of the unit,
// Tembusan; Lampiran I the posts with their TPS, officers and Linmas,
// Lampiran II the reserve, Lampiran III every officer's own assignment) and
// the same lists as a workbook. Pure rendering: the service gathers the rows,
// this turns them into bytes.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "domain/tps.hpp"

namespace siaga::report {

struct SprinTps {
  std::string code;       // TPS code, "35.09.01.2001-001"
  std::string number;     // "001"
  std::string desa;       // desa name
  std::string kecamatan;  // kecamatan name
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
  // Code of the TPS they stand at. When every Linmas of a post names one of
  // its TPS, the PDF lists them beside that TPS and the workbook on its row;
  // otherwise they are listed for the post as a whole.
  std::string tps;
};

struct SprinPost {
  int number = 0;      // 1-based within the plan
  std::string sector;  // Polsek whose sector holds the post
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
  std::string unit_name;         // "Polres Jember"
  std::string parent_unit_name;  // "Polda Jawa Timur": second kop line; may be empty
  // "Sprin/1234/XI/OPS.1.3./2024" once approved; ignored while a draft, whose
  // number is left blank to be given on approval.
  std::string number;
  std::string election;      // "Pemilihan Serentak 2024"
  std::string voting_day;    // "27 November 2024"
  std::string generated_at;  // "27-11-2024 14:05 WIB"
  std::string status;        // draft, approved, superseded; anything else reads as a draft
  int version = 1;
  std::string approved_by;  // empty when a draft
  std::string approved_at;
  // The operation the order belongs to, named in Dasar.
  std::string operation = "Operasi Mantap Praja";
  // Dasar and Tembusan lines; empty: the usual ones for a Pilkada Sprin.
  std::vector<std::string> dasar;
  std::vector<std::string> tembusan;
  std::vector<std::string> warnings;  // plan warnings, printed in a box
  // The plan's totals as the service counts them; printed as they are.
  std::int64_t tps_count = 0;
  std::int64_t officers_assigned = 0;
  std::int64_t officers_missing = 0;
  std::int64_t linmas_assigned = 0;
  std::vector<SprinPost> posts;              // by number
  std::vector<SprinPerson> reserve;          // cadangan, by unit then name
  std::vector<SprinAssignment> assignments;  // every officer, by name
};

std::string sprin_class_label(TpsClass c);  // "Kurang rawan", ...

// Whether every Linmas of the post names one of its TPS, so that they are
// listed TPS by TPS rather than for the post as a whole.
bool sprin_linmas_by_tps(const SprinPost& post);

// Whether the order is still a draft (status neither approved nor superseded):
// a draft carries "KONSEP / DRAFT" and no number.
bool sprin_is_draft(const SprinReport& report);

// "Polres Jember" -> "Kapolres Jember": the unit's head as running text names
// them; names that are not Pol... get "Kepala ".
std::string sprin_head_name(std::string_view unit_name);

// The marker a draft carries on paper and in the workbook.
inline constexpr std::string_view kSprinDraftMarker = "KONSEP / DRAFT";

// "Dasar" and "Tembusan" as printed: the report's own, or the defaults.
std::vector<std::string> sprin_dasar(const SprinReport& report);
std::vector<std::string> sprin_tembusan(const SprinReport& report);

// A4 portrait PDF; a draft carries "KONSEP / DRAFT" on its first page, at the
// head of each Lampiran and in every footer.
Result<std::string> render_sprin_pdf(const SprinReport& report);

// XLSX: sheets "Ringkasan" (heading figures and warnings), "Pos" (one row per
// TPS: post, sector, class, pattern, TPS code, desa, address, officers,
// Linmas), "Personel" (one row per assignment: name, rank, NRP, unit, post,
// first TPS, desa) and "Cadangan" (reserve).
Result<std::string> render_sprin_xlsx(const SprinReport& report);

}  // namespace siaga::report
