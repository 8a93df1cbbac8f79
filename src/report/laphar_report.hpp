#pragma once
// The Laphar (Laporan Harian): the daily situation report of incidents of one
// police unit, as the operations section (Kabag Ops) files it (PDF: counts by
// level, type, status and kecamatan, the notable incidents, response times
// per Polsek, signature) and as a spreadsheet (XLSX: the same figures, every
// notable incident, the response times in minutes). Pure rendering: the
// service gathers the figures, this turns them into bytes.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "domain/response_times.hpp"
#include "domain/result.hpp"
#include "report/colour.hpp"

namespace siaga::report {

// One line of a breakdown, in the order the service lists them.
struct LapharCount {
  std::string key;    // "kerumunan", "merah", "selesai", a kecamatan code
  std::string label;  // "Kerumunan / unjuk rasa"
  int count = 0;
};

struct LapharIncident {
  std::string tracking_code;  // "LP-…"
  std::string reported_at;    // local time with zone, "28-11-2026 09:14 WIB"
  std::string type_label;     // "Bentrok antarpendukung"
  std::string level;          // hijau | kuning | merah
  std::string status_label;   // "Tiba di lokasi"
  std::string place;          // "Desa Kaliwates, Kec. Kaliwates"
  std::string description;
  std::string unit;  // call sign of the field unit, may be empty
};

struct LapharResponse {
  std::string sector;  // "Polsek Kaliwates"
  Spread to_dispatch;  // report → dispatch, seconds
  Spread to_arrival;   // dispatch → arrival, seconds
};

struct LapharReport {
  std::string unit_name;         // "Polres Jember"
  std::string parent_unit_name;  // "Polda Jawa Timur"; may be empty
  std::string date;              // the day reported on, "28 November 2026"
  std::string generated_at;      // local time with zone, "28-11-2026 21:00 WIB"
  // The section that issues the report (a kop line under the unit; empty:
  // none) and who signs it: the office above the signature room, and its
  // name in full with an English gloss underneath.
  std::string issuing_section = "BAGIAN OPERASIONAL";
  std::string signer_office = "KABAG OPS";
  std::string signer_office_full = "Kepala Bagian Operasional / Head of Operations";
  int total = 0;
  std::vector<LapharCount> by_type, by_status, by_level, by_kecamatan;
  std::vector<LapharIncident> notable;
  // Per Polsek, then a last row over all of them ("Seluruh / All"), made by
  // the service; the documents print that row in bold.
  std::vector<LapharResponse> response;
};

// Escalation level colours, as on the live map: hijau green, kuning amber,
// merah red; anything else grey.
Colour laphar_level_colour(std::string_view level);
// "Hijau", "Kuning", "Merah"; anything else as it is.
std::string laphar_level_label(std::string_view level);
inline bool laphar_is_merah(const LapharIncident& incident) {
  return incident.level == "merah";
}

// Seconds as a reader of the Laphar says them: "45 detik", "7 menit",
// "12 menit 5 detik", "1 jam 15 menit" (rounded to the second, and to the
// minute from an hour on).
std::string laphar_duration_text(double seconds);
// The median and p90 of a spread as text: "-" when nothing was counted.
std::string laphar_median_text(const Spread& spread);
std::string laphar_p90_text(const Spread& spread);

// Notable incidents listed in the PDF, at most, and the characters of a
// description shown there; the workbook always holds every one in full.
inline constexpr std::size_t kLapharPdfRowLimit = 200;
inline constexpr std::size_t kLapharPdfDescriptionLimit = 280;

// A4 PDF in Polri layout, Bahasa Indonesia with English subtitles: kop (parent
// unit, unit, section), title with the date, I. number of incidents by level,
// II. by type, III. by status, IV. by kecamatan, V. notable incidents (level
// merah marked red), VI. response times per Polsek, the Kabag Ops' signature
// block. A day without incidents reads "Nihil".
Result<std::string> laphar_pdf(const LapharReport& r);

// XLSX workbook: sheets "Ringkasan" (heading, total and every breakdown),
// "Kejadian Menonjol" (one row per notable incident) and "Waktu Tanggap" (one
// row per sector: counts, median and p90 in minutes as numbers, blank when
// nothing was counted).
Result<std::string> laphar_xlsx(const LapharReport& r);

}  // namespace siaga::report
