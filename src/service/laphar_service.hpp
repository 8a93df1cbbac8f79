#pragma once
// The Laphar (laporan harian): the day's incidents of a unit counted by type,
// status, level and kecamatan, the notable ones, and how fast the command
// post answered (report → dispatch, dispatch → arrival; median and p90 per
// Polsek). The same figures feed the dashboard and the PDF/XLSX.

#include <optional>
#include <string>

#include "domain/user.hpp"
#include "report/laphar_report.hpp"
#include "service/context.hpp"

namespace siaga::service {

class LapharService {
 public:
  explicit LapharService(Context& ctx) : ctx_(ctx) {}

  // `unit_code` empty: the actor's unit; `date` empty: today in the unit's zone.
  Result<report::LapharReport> figures(const Actor& actor, const std::string& unit_code,
                                       const std::string& date);
  Result<std::string> pdf(const Actor& actor, const std::string& unit_code,
                          const std::string& date);
  Result<std::string> xlsx(const Actor& actor, const std::string& unit_code,
                           const std::string& date);

 private:
  Context& ctx_;
};

}  // namespace siaga::service
