#pragma once
// "Rekapitulasi kesiapan": the readiness of one police unit as the document
// its head of planning (Kabag Ren) signs (PDF: summary, table per sub-unit,
// what is missing, vehicles that need attention, open defect reports) and as
// a spreadsheet (XLSX: the same figures, every vehicle and every open report).
// Pure rendering: the service gathers the figures, this turns them into bytes.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/defect.hpp"
#include "domain/equipment.hpp"
#include "domain/result.hpp"

namespace siaga::report {

// The figures of one unit (the unit itself, or one of the units below it).
struct ReadinessUnitRow {
  std::string name;      // "Polsek Kaliwates"
  double readiness = 0;  // 0..1
  std::int64_t people = 0;
  std::int64_t people_ready = 0;
  std::int64_t vehicles = 0;
  std::int64_t vehicles_fit = 0;
};

// One reason why people or vehicles are not ready, counted.
struct ReadinessMissingRow {
  std::string reason;    // cuti, sakit, ..., item_missing, item_broken, vehicle_unfit, ...
  std::string kind;      // equipment kind for item reasons, else empty
  std::string label_id;  // "Tidak memegang: Senter"
  std::string label_en;  // "Not held: Flashlight"
  std::int64_t count = 0;
};

// Personal kit of one equipment kind across the unit and those below it.
struct ReadinessKindRow {
  std::string kind;  // EquipmentKind code
  std::string name_id;
  std::string name_en;
  std::int64_t required = 0;     // people whose function needs one
  std::int64_t held_usable = 0;  // of them, holding a usable one
  std::int64_t missing = 0;      // holding none
  std::int64_t broken = 0;       // holding only a broken one
};

struct ReadinessVehicleRow {
  std::string plate;      // "P 1234 XX"
  std::string kind;       // EquipmentKind code: kendaraan_r2, kendaraan_r4
  std::string unit_name;  // the unit that owns it
  ItemCondition condition = ItemCondition::baik;
  std::optional<int> fuel_percent;  // unknown when never recorded
  bool fit = false;                 // usable and fuelled to kMinFuelPercent
};

// An open report of damage or lack of fuel.
struct ReadinessDefectRow {
  std::string unit_name;
  std::string item_label;  // "HT SN-123" / "R2 DK 1234 AB"; may be empty
  DefectKind kind = DefectKind::kerusakan;
  DefectStatus status = DefectStatus::dilaporkan;
  std::string description;
  std::string reported_at;  // local time with zone, "27-11-2024 08:00 WIB"
  std::int64_t age_hours = 0;
  bool overdue = false;  // open longer than overdue_after(kind)
};

struct ReadinessReport {
  std::string unit_name;     // "Polres Jember"
  std::string date;          // the day the figures are for, "27 November 2024"
  std::string generated_at;  // local time with zone, "27-11-2024 14:05 WIB"
  // Who signs: the office above the signature room, and its name in full
  // with an English gloss underneath.
  std::string signer_office = "KABAG REN";
  std::string signer_office_full = "Kepala Bagian Perencanaan / Head of Planning";
  ReadinessUnitRow unit;
  std::vector<ReadinessUnitRow> children;     // the units directly below, by name
  std::vector<ReadinessMissingRow> missing;   // most first
  std::vector<ReadinessKindRow> kinds;        // personal kit kinds, catalogue order
  std::vector<ReadinessVehicleRow> vehicles;  // every vehicle of the unit and below
  std::vector<ReadinessDefectRow> defects;    // open reports, oldest first
};

// Labels shared by the PDF and the workbook.
inline std::string recap_kind_label(const std::string& code) {
  const EquipmentKind* kind = find_equipment_kind(code);
  return kind ? kind->name_id : code;
}
inline std::string_view recap_defect_kind_label(DefectKind kind) {
  return kind == DefectKind::bbm ? "BBM habis" : "Kerusakan";
}
inline std::string_view recap_defect_status_label(DefectStatus status) {
  switch (status) {
    case DefectStatus::dilaporkan:
      return "Dilaporkan";
    case DefectStatus::ditindaklanjuti:
      return "Ditindaklanjuti";
    case DefectStatus::selesai:
      return "Selesai";
  }
  return "";
}

// Vehicles listed in the PDF (those unfit or short of fuel) and open reports
// listed there, at most; the spreadsheet always holds every one.
inline constexpr std::size_t kRecapPdfRowLimit = 150;

// A4 PDF in Bahasa Indonesia (English subtitles): heading, summary, a table
// per unit below, equipment per kind, what is missing, vehicles that are unfit
// or under the fuel floor, open defect reports with their age, and the
// signature block of the signer's office.
Result<std::string> render_readiness_pdf(const ReadinessReport& report);

// XLSX workbook: sheets "Ringkasan" (unit figures, per unit below, per
// equipment kind), "Kekurangan" (what is missing), "Kendaraan" (every vehicle:
// plate, kind, unit, condition, fuel, fit) and "Kerusakan" (open reports).
Result<std::string> render_readiness_xlsx(const ReadinessReport& report);

}  // namespace siaga::report
