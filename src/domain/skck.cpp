#include "domain/skck.hpp"

#include <cctype>
#include <string>

namespace siaga {

std::string_view to_string(SkckStatus status) {
  switch (status) {
    case SkckStatus::diajukan:
      return "diajukan";
    case SkckStatus::diproses:
      return "diproses";
    case SkckStatus::terbit:
      return "terbit";
    case SkckStatus::ditolak:
      return "ditolak";
  }
  return "";
}

std::optional<SkckStatus> parse_skck_status(std::string_view text) {
  for (SkckStatus s :
       {SkckStatus::diajukan, SkckStatus::diproses, SkckStatus::terbit, SkckStatus::ditolak}) {
    if (to_string(s) == text) return s;
  }
  return std::nullopt;
}

Status check_skck_transition(SkckStatus from, SkckStatus to) {
  const bool legal =
      (from == SkckStatus::diajukan && to == SkckStatus::diproses) ||
      (from == SkckStatus::diproses && (to == SkckStatus::terbit || to == SkckStatus::ditolak));
  if (legal) return ok_status();
  const std::string a(to_string(from)), b(to_string(to));
  return make_error(ErrorCode::conflict,
                    "perubahan status SKCK dari '" + a + "' ke '" + b + "' tidak diperbolehkan",
                    "SKCK status cannot change from '" + a + "' to '" + b + "'", "status");
}

Status validate_nik(std::string_view nik) {
  bool digits = nik.size() == 16;
  for (char c : nik) digits = digits && std::isdigit(static_cast<unsigned char>(c));
  if (digits) return ok_status();
  return make_error(ErrorCode::invalid_input, "NIK harus 16 angka", "NIK must be 16 digits", "nik");
}

}  // namespace siaga
