#include "domain/field_unit.hpp"

#include <array>

namespace siaga {

namespace {

struct KindName {
  std::string_view code, id, en;
};

constexpr std::array<KindName, 6> kKinds{{
    {"mobil_patroli", "Mobil patroli", "Patrol car"},
    {"motor_patroli", "Motor patroli", "Patrol motorbike"},
    {"pos", "Pos pengamanan", "Guard post"},
    {"dalmas_awal", "Dalmas Awal", "Initial crowd control (Dalmas Awal)"},
    {"dalmas_lanjut", "Dalmas Lanjut", "Reinforced crowd control (Dalmas Lanjut)"},
    {"brimob_phh", "Brimob PHH", "Brimob riot unit (PHH)"},
}};

constexpr std::array<std::string_view, 4> kStatuses{"siaga", "bertugas", "istirahat",
                                                    "tidak_aktif"};

}  // namespace

std::string_view to_string(FieldUnitKind kind) {
  return kKinds[static_cast<std::size_t>(kind)].code;
}
std::string_view label_id(FieldUnitKind kind) {
  return kKinds[static_cast<std::size_t>(kind)].id;
}
std::string_view label_en(FieldUnitKind kind) {
  return kKinds[static_cast<std::size_t>(kind)].en;
}

std::optional<FieldUnitKind> parse_field_unit_kind(std::string_view text) {
  for (std::size_t i = 0; i < kKinds.size(); ++i) {
    if (kKinds[i].code == text) return static_cast<FieldUnitKind>(i);
  }
  return std::nullopt;
}

std::optional<ForceKind> force_of(FieldUnitKind kind) {
  switch (kind) {
    case FieldUnitKind::dalmas_awal:
      return ForceKind::dalmas_awal;
    case FieldUnitKind::dalmas_lanjut:
      return ForceKind::dalmas_lanjut;
    case FieldUnitKind::brimob_phh:
      return ForceKind::brimob_phh;
    default:
      return std::nullopt;
  }
}

std::string_view to_string(FieldUnitStatus status) {
  return kStatuses[static_cast<std::size_t>(status)];
}

std::optional<FieldUnitStatus> parse_field_unit_status(std::string_view text) {
  for (std::size_t i = 0; i < kStatuses.size(); ++i) {
    if (kStatuses[i] == text) return static_cast<FieldUnitStatus>(i);
  }
  return std::nullopt;
}

Status validate_field_unit(const FieldUnit& unit) {
  if (unit.call_sign.find_first_not_of(' ') == std::string::npos || unit.call_sign.size() > 60) {
    return make_error(ErrorCode::invalid_input, "nama panggilan wajib diisi, paling panjang 60",
                      "call sign is required, at most 60 characters", "call_sign");
  }
  if (unit.crew.size() > 200) {
    return make_error(ErrorCode::invalid_input, "awak paling panjang 200 karakter",
                      "crew is longer than 200 characters", "crew");
  }
  if (unit.position && !inside_indonesia(*unit.position)) {
    return make_error(ErrorCode::invalid_input, "lokasi berada di luar wilayah Indonesia",
                      "the position lies outside Indonesia", "lat");
  }
  return ok_status();
}

}  // namespace siaga
