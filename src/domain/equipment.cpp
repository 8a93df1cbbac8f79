#include "domain/equipment.hpp"

#include <fmt/format.h>

#include "domain/time_zone.hpp"

namespace siaga {

namespace {

using F = PersonFunction;

Error invalid(std::string id, std::string en, const char* field) {
  return make_error(ErrorCode::invalid_input, std::move(id), std::move(en), field);
}

}  // namespace

const std::vector<EquipmentKind>& default_equipment_kinds() {
  // Polres Jepara's apel kesiapan: stab-proof vests and flashlights for every
  // Bhabinkamtibmas; radios for those in the field; shields and helmets for
  // Dalmas (Samapta) and Brimob.
  static const std::vector<EquipmentKind> kKinds{
      {"rompi_anti_sayat",
       "Rompi anti sayat",
       "Stab-proof vest",
       false,
       {F::bhabinkamtibmas, F::samapta, F::brimob}},
      {"senter", "Senter", "Flashlight", false, {F::bhabinkamtibmas, F::samapta}},
      {"ht",
       "HT / radio",
       "Handheld radio",
       false,
       {F::bhabinkamtibmas, F::samapta, F::intelkam, F::brimob}},
      {"helm", "Helm", "Helmet", false, {F::samapta, F::brimob, F::lantas}},
      {"tameng", "Tameng", "Riot shield", false, {F::brimob}},
      {"borgol", "Borgol", "Handcuffs", false, {F::samapta, F::reskrim}},
      {"kendaraan_r2", "Kendaraan R2 (sepeda motor)", "Motorbike (R2)", true, {}},
      {"kendaraan_r4", "Kendaraan R4 (mobil)", "Car (R4)", true, {}},
  };
  return kKinds;
}

const EquipmentKind* find_equipment_kind(std::string_view code) {
  for (const EquipmentKind& k : default_equipment_kinds()) {
    if (k.code == code) return &k;
  }
  return nullptr;
}

std::string_view to_string(ItemCondition c) {
  switch (c) {
    case ItemCondition::baik:
      return "baik";
    case ItemCondition::rusak_ringan:
      return "rusak_ringan";
    case ItemCondition::rusak_berat:
      return "rusak_berat";
    case ItemCondition::hilang:
      return "hilang";
  }
  return "baik";
}

std::optional<ItemCondition> parse_item_condition(std::string_view text) {
  for (auto c : {ItemCondition::baik, ItemCondition::rusak_ringan, ItemCondition::rusak_berat,
                 ItemCondition::hilang}) {
    if (to_string(c) == text) return c;
  }
  return std::nullopt;
}

std::string_view label_id(ItemCondition c) {
  switch (c) {
    case ItemCondition::baik:
      return "Baik";
    case ItemCondition::rusak_ringan:
      return "Rusak ringan";
    case ItemCondition::rusak_berat:
      return "Rusak berat";
    case ItemCondition::hilang:
      return "Hilang";
  }
  return "";
}

bool is_usable(ItemCondition c) {
  return c == ItemCondition::baik || c == ItemCondition::rusak_ringan;
}

Status validate_item(const Item& item) {
  const EquipmentKind* kind = find_equipment_kind(item.kind);
  if (!kind) {
    return invalid(fmt::format("jenis perlengkapan '{}' tidak dikenal", item.kind),
                   fmt::format("unknown equipment kind '{}'", item.kind), "kind");
  }
  if (item.serial.empty() || item.serial.size() > 64) {
    return invalid("nomor seri wajib diisi (paling panjang 64)",
                   "serial number is required (at most 64)", "serial");
  }
  if (item.fuel_percent && (*item.fuel_percent < 0 || *item.fuel_percent > 100)) {
    return invalid(fmt::format("BBM {} % di luar 0 sampai 100", *item.fuel_percent),
                   fmt::format("fuel {} % is outside 0 to 100", *item.fuel_percent),
                   "fuel_percent");
  }
  if (item.odometer_km && *item.odometer_km < 0) {
    return invalid("odometer tidak boleh negatif", "odometer cannot be negative", "odometer_km");
  }
  if (kind->vehicle && item.plate.empty()) {
    return invalid("kendaraan wajib memiliki nomor polisi", "a vehicle needs its plate", "plate");
  }
  if (!kind->vehicle && (item.fuel_percent || item.odometer_km || !item.plate.empty())) {
    return invalid("BBM, odometer dan nomor polisi hanya untuk kendaraan",
                   "fuel, odometer and plate are for vehicles only", "kind");
  }
  std::chrono::sys_days day{};
  if (!item.service_date.empty() && !parse_date(item.service_date, day)) {
    return invalid("tanggal servis harus YYYY-MM-DD", "service date must be YYYY-MM-DD",
                   "service_date");
  }
  return ok_status();
}

bool vehicle_fit(const Item& v) {
  return is_usable(v.condition) && v.fuel_percent.value_or(0) >= kMinFuelPercent;
}

}  // namespace siaga
