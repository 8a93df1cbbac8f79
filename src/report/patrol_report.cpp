#include "report/patrol_report.hpp"

namespace siaga::report {

Colour patrol_status_colour(std::string_view status) {
  if (status == "selesai") return Colour::hex(0x2e7d32);
  if (status == "terlambat") return Colour::hex(0xef8f00);
  if (status == "terlewat") return Colour::hex(0xc62828);
  return Colour::hex(0x9e9e9e);
}

std::string patrol_status_label(std::string_view status) {
  if (status == "selesai") return "Selesai";
  if (status == "terlambat") return "Terlambat";
  if (status == "terlewat") return "Terlewat";
  if (status == "menunggu") return "Menunggu";
  return std::string(status);
}

}  // namespace siaga::report
