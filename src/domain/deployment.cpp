#include "domain/deployment.hpp"

#include <string>

namespace siaga {

namespace {

Error invalid(std::string id, std::string en, std::string field) {
  return make_error(ErrorCode::invalid_input, std::move(id), std::move(en), std::move(field));
}

}  // namespace

PatternSet national_pattern_2020() {
  PatternSet set;
  // Kurang rawan posts walk between TPS, so they may spread wider than rawan.
  set.at(TpsClass::kurang_rawan) = {2, 10, 2, 0, 2000};
  set.at(TpsClass::rawan) = {2, 2, 2, 0, 1000};
  set.at(TpsClass::sangat_rawan) = {2, 1, 2, 0, 0};
  set.at(TpsClass::khusus) = {2, 1, 2, 0, 0};
  return set;
}

Status validate_pattern(const GuardPattern& p) {
  if (p.officers < 2) {
    return invalid("Pola harus minimal 2 personel Polri per pos (sistem body)",
                   "A pattern needs at least 2 Polri per post (body system)", "officers");
  }
  if (p.tps_per_post < 1) {
    return invalid("Pola harus minimal 1 TPS per pos", "A pattern needs at least 1 TPS per post",
                   "tps_per_post");
  }
  if (p.linmas_per_tps < 0) {
    return invalid("Jumlah Linmas per TPS tidak boleh negatif",
                   "Linmas per TPS must not be negative", "linmas_per_tps");
  }
  if (p.tni_per_post < 0) {
    return invalid("Jumlah TNI per pos tidak boleh negatif", "TNI per post must not be negative",
                   "tni_per_post");
  }
  if (!(p.max_distance_m >= 0)) {  // also rejects NaN
    return invalid("Jarak maksimum tidak boleh negatif", "Maximum distance must not be negative",
                   "max_distance_m");
  }
  return {};
}

Status validate_patterns(const PatternSet& patterns) {
  for (auto c :
       {TpsClass::kurang_rawan, TpsClass::rawan, TpsClass::sangat_rawan, TpsClass::khusus}) {
    Status s = validate_pattern(patterns.at(c));
    if (!s) {
      Error e = s.error();
      e.field = std::string(to_string(c)) + "." + e.field;
      return e;
    }
  }
  return {};
}

}  // namespace siaga
