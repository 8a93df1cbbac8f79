#pragma once
// A patrol or escort plan on paper: the jadwal patroli (schedule: per team its
// crew, vehicle and stops in route order with the planned times) and the
// laporan kepatuhan (compliance: per team and plan the stops done, late,
// missed and waiting; each stop with its window, visit time and status).
// Each as A4 PDF in Polri layout (kop, title, facts, tables, the Kabag Ops'
// signature block) and as an XLSX workbook. Pure rendering: the service
// gathers the rows with times already in the unit's zone, this turns them
// into bytes.

#include <string>
#include <string_view>
#include <vector>

#include "domain/patrol_compliance.hpp"
#include "domain/result.hpp"
#include "report/colour.hpp"

namespace siaga::report {

struct PatrolReportCrew {
  std::string name;
  std::string rank;   // "Bripka"; may be empty for partners
  std::string force;  // "POLRI", "TNI", "SATPOL_PP", ...
};

struct PatrolReportStop {
  int order = 0;             // 1-based on its team's route; 0 when not served
  std::string name;          // "Kantor KPU Kabupaten Jember"
  std::string window;        // "21:00–23:00 WIB"
  std::string planned;       // planned arrival, "21:12 WIB"; empty when not served
  std::string visited;       // check-in time, "21:20 WIB"; empty when none
  std::string status;        // menunggu | selesai | terlambat | terlewat
  std::string status_label;  // "Selesai"
  std::string method;        // "geofence", "tap" or empty
  std::string service;       // "15 menit"
  std::string note;          // why a stop was left unserved; empty otherwise
};

struct PatrolReportTeam {
  std::string call_sign;  // "Patroli Kaliwates 1"
  std::string vehicle;    // "Mobil patroli N 1234 XY"; may be empty
  std::string profile;    // "Mobil" / "Motor"
  std::string partners;   // "TNI 2, Satpol PP 1"
  std::vector<PatrolReportCrew> crew;
  std::string departure;  // "20:05 WIB"; empty when the team stays home
  std::string return_time;
  double distance_km = 0;
  ComplianceCounts counts;
  std::vector<PatrolReportStop> stops;  // in route order
};

struct PatrolReport {
  std::string unit_name;         // "Polres Jember"
  std::string parent_unit_name;  // "Polda Jawa Timur"; may be empty
  std::string plan_name;         // "Patroli KPU malam"
  std::string kind_label;        // "Patroli gabungan (tiga pilar)"
  std::string date;              // "26 November 2024"
  std::string shift;             // "20:00–06:00 WIB"
  std::string zone;              // "WIB", "WITA" or "WIT"
  std::string depot;             // "Polres Jember"
  std::string status_label;      // "Direncanakan" / "Draf"
  std::string generated_at;      // "26-11-2024 19:00 WIB"
  std::string issuing_section = "BAGIAN OPERASIONAL";
  std::string signer_office = "KABAG OPS";
  std::string signer_office_full = "Kepala Bagian Operasional / Head of Operations";
  ComplianceCounts counts;
  std::vector<PatrolReportTeam> teams;
  std::vector<PatrolReportStop> unserved;  // stops no team visits, with the reason
};

// Status colours as on the command post: selesai green, terlambat amber,
// terlewat red, menunggu grey.
Colour patrol_status_colour(std::string_view status);
// "Selesai", "Terlambat", "Terlewat", "Menunggu"; anything else as it is.
std::string patrol_status_label(std::string_view status);

// Jadwal: kop, title with the plan and date, facts (kind, shift with zone,
// depot), then per team its vehicle, crew and a table of its stops in order
// with window, planned arrival and service; the stops left unserved with
// their reasons; signature of the Kabag Ops.
Result<std::string> patrol_schedule_pdf(const PatrolReport& r);
// Sheets "Jadwal" (one row per stop of every team, in route order) and
// "Personel" (one row per crew member with team and vehicle).
Result<std::string> patrol_schedule_xlsx(const PatrolReport& r);

// Kepatuhan: kop, title, I. the plan's counts, II. per team, III. each stop
// with window, visit time, method and status (missed in red, late in amber);
// signature.
Result<std::string> patrol_compliance_pdf(const PatrolReport& r);
// Sheets "Ringkasan" (plan and per team counts as numbers) and "Titik"
// (one row per stop: team, order, name, window, planned, visited, method,
// status).
Result<std::string> patrol_compliance_xlsx(const PatrolReport& r);

}  // namespace siaga::report
