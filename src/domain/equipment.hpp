#pragma once
// Equipment and vehicles of a unit: the kinds (catalogue), each item with its
// serial number, holder and condition; vehicles add plate, odometer, fuel and
// service date.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/personnel.hpp"
#include "domain/result.hpp"

namespace siaga {

struct EquipmentKind {
  std::string code;  // rompi_anti_sayat, senter, ht, ..., kendaraan_r2, kendaraan_r4
  std::string name_id;
  std::string name_en;
  bool vehicle = false;
  // Functions for whom one item of this kind is part of the personal kit.
  std::vector<PersonFunction> required_for;
};

// The default catalogue: what the readiness parade checks.
const std::vector<EquipmentKind>& default_equipment_kinds();
const EquipmentKind* find_equipment_kind(std::string_view code);

enum class ItemCondition { baik, rusak_ringan, rusak_berat, hilang };

std::string_view to_string(ItemCondition c);
std::optional<ItemCondition> parse_item_condition(std::string_view text);
std::string_view label_id(ItemCondition c);
// Usable for the task: good or lightly damaged.
bool is_usable(ItemCondition c);

struct Item {
  std::int64_t id = 0;
  std::string kind;  // EquipmentKind code
  std::string serial;
  std::int64_t unit_id = 0;  // the unit that owns it
  std::string unit_code;
  std::optional<std::int64_t> holder_id;  // the person who holds it, if any
  std::string holder_nrp;
  ItemCondition condition = ItemCondition::baik;
  // Vehicles only.
  std::string plate;
  std::optional<int> odometer_km;
  std::optional<int> fuel_percent;
  std::string service_date;  // ISO date of the last service
  friend bool operator==(const Item&, const Item&) = default;
};

// Fuel 0..100, odometer non-negative, plate for vehicles, serial present.
Status validate_item(const Item& item);

// A vehicle is fit for the task when usable, fuelled above this share.
inline constexpr int kMinFuelPercent = 25;
bool vehicle_fit(const Item& vehicle);

}  // namespace siaga
