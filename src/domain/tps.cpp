#include "domain/tps.hpp"

#include <fmt/format.h>

#include "domain/region.hpp"

namespace siaga {

std::string_view to_string(TpsClass c) {
  switch (c) {
    case TpsClass::kurang_rawan:
      return "kurang_rawan";
    case TpsClass::rawan:
      return "rawan";
    case TpsClass::sangat_rawan:
      return "sangat_rawan";
    case TpsClass::khusus:
      return "khusus";
  }
  return "";
}

std::optional<TpsClass> parse_tps_class(std::string_view text) {
  for (TpsClass c :
       {TpsClass::kurang_rawan, TpsClass::rawan, TpsClass::sangat_rawan, TpsClass::khusus}) {
    if (to_string(c) == text) return c;
  }
  return std::nullopt;
}

std::string tps_code_for(std::string_view desa_code, int number) {
  std::string digits;
  for (char c : desa_code) {
    if (c != '.') digits.push_back(c);
  }
  return fmt::format("{}{:03}", digits, number);
}

Status validate_tps(const Tps& tps) {
  auto depth = validate_region_code(tps.desa_code);
  if (!depth.ok() || *depth != 4) {
    return make_error(
        ErrorCode::invalid_input, "kode desa '" + tps.desa_code + "' bukan kode desa/kelurahan",
        "desa code '" + tps.desa_code + "' is not a desa/kelurahan code", "desa_code");
  }
  if (tps.number < 1 || tps.number > 999) {
    return make_error(ErrorCode::invalid_input, "nomor TPS harus 1 sampai 999",
                      "TPS number must be 1 to 999", "number");
  }
  if (tps.code != tps_code_for(tps.desa_code, tps.number)) {
    return make_error(ErrorCode::invalid_input,
                      "kode TPS '" + tps.code + "' tidak cocok dengan desa dan nomor (harus " +
                          tps_code_for(tps.desa_code, tps.number) + ")",
                      "TPS code '" + tps.code + "' does not match desa and number (expected " +
                          tps_code_for(tps.desa_code, tps.number) + ")",
                      "code");
  }
  if (!inside_indonesia(tps.position)) {
    return make_error(ErrorCode::invalid_input, "koordinat di luar wilayah Indonesia",
                      "coordinates outside Indonesia", "lat");
  }
  if (tps.voters < 0 || tps.voters > kMaxVotersPerTps) {
    return make_error(ErrorCode::invalid_input, "jumlah pemilih harus 0 sampai 600",
                      "voters must be 0 to 600", "voters");
  }
  return ok_status();
}

}  // namespace siaga
