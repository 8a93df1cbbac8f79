#include "domain/strategic_object.hpp"

#include <array>

namespace siaga {

namespace {

struct KindInfo {
  ObjectKind kind;
  std::string_view code;
  std::string_view id;
  std::string_view en;
};

constexpr std::array<KindInfo, 9> kKinds{{
    {ObjectKind::kpu_office, "kpu_office", "Kantor KPU", "KPU office"},
    {ObjectKind::kpu_warehouse, "kpu_warehouse", "Gudang logistik KPU", "KPU warehouse"},
    {ObjectKind::bawaslu_office, "bawaslu_office", "Kantor Bawaslu", "Bawaslu office"},
    {ObjectKind::ppk, "ppk", "Sekretariat PPK", "PPK (district committee)"},
    {ObjectKind::pps, "pps", "Sekretariat PPS", "PPS (village committee)"},
    {ObjectKind::candidate_post, "candidate_post", "Posko paslon", "Candidate post"},
    {ObjectKind::crowd_point, "crowd_point", "Titik keramaian", "Crowd point"},
    {ObjectKind::vital_object, "vital_object", "Objek vital", "Vital object"},
    {ObjectKind::other, "other", "Lainnya", "Other"},
}};

const KindInfo& info(ObjectKind kind) {
  return kKinds[static_cast<std::size_t>(kind)];
}

}  // namespace

std::string_view to_string(ObjectKind kind) {
  return info(kind).code;
}
std::string_view label_id(ObjectKind kind) {
  return info(kind).id;
}
std::string_view label_en(ObjectKind kind) {
  return info(kind).en;
}

std::optional<ObjectKind> parse_object_kind(std::string_view text) {
  for (const KindInfo& k : kKinds) {
    if (k.code == text) return k.kind;
  }
  return std::nullopt;
}

const std::vector<ObjectKind>& all_object_kinds() {
  static const std::vector<ObjectKind> kAll = [] {
    std::vector<ObjectKind> v;
    for (const KindInfo& k : kKinds) v.push_back(k.kind);
    return v;
  }();
  return kAll;
}

Status validate_object(const StrategicObject& object) {
  if (object.name.find_first_not_of(" \t") == std::string::npos) {
    return make_error(ErrorCode::invalid_input, "nama objek wajib diisi", "name is required",
                      "name");
  }
  if (object.name.size() > 200) {
    return make_error(ErrorCode::invalid_input, "nama objek paling panjang 200 karakter",
                      "name is longer than 200 characters", "name");
  }
  if (object.notes.size() > 2000) {
    return make_error(ErrorCode::invalid_input, "catatan paling panjang 2000 karakter",
                      "notes are longer than 2000 characters", "notes");
  }
  if (!inside_indonesia(object.position)) {
    return make_error(ErrorCode::invalid_input,
                      "koordinat di luar wilayah Indonesia (lintang -11.5..6.5, bujur 94..141.5)",
                      "coordinates outside Indonesia (lat -11.5..6.5, lon 94..141.5)", "lat");
  }
  return ok_status();
}

}  // namespace siaga
