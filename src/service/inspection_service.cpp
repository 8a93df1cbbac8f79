#include "service/inspection_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "service/audit_log.hpp"
#include "service/json_text.hpp"
#include "service/permission.hpp"
#include "service/unit_scope.hpp"

namespace siaga::service {

namespace {

// Pages of the unit's people and vehicles are read to the end.
constexpr int kBatch = 5000;

Error invalid(std::string id, std::string en, const char* field) {
  return make_error(ErrorCode::invalid_input, std::move(id), std::move(en), field);
}

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool is_vehicle(const Item& item) {
  const EquipmentKind* kind = find_equipment_kind(item.kind);
  return kind && kind->vehicle;
}

Error not_found_inspection() {
  return not_found("apel kesiapan", "inspection");
}

// The inspection when its unit lies inside the actor's territory.
Result<Inspection> visible_inspection(store::Transaction& tx, const Actor& actor, std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(auto inspection, tx.readiness().find_inspection(id));
  if (!inspection) return not_found_inspection();
  SIAGA_ASSIGN_OR_RETURN(auto unit, tx.units().find(inspection->unit_id));
  if (!unit || !unit_visible(actor, *unit)) return not_found_inspection();
  return *inspection;
}

Status refuse_closed(const Inspection& inspection) {
  if (inspection.status != InspectionStatus::ditutup) return ok_status();
  return make_error(ErrorCode::conflict, "apel kesiapan ini sudah ditutup",
                    "this inspection is already closed", "status");
}

Result<std::vector<Person>> people_of_unit(store::Transaction& tx, std::int64_t unit_id) {
  store::PersonQuery query;
  query.unit_id = unit_id;
  query.page.limit = kBatch;
  std::vector<Person> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(auto page, tx.readiness().list_people(query, Territory::everywhere()));
    for (Person& p : page.items) out.push_back(std::move(p));
    if (!page.next) break;
    query.page.after_id = *page.next;
  }
  return out;
}

Result<std::vector<Item>> vehicles_of_unit(store::Transaction& tx, std::int64_t unit_id) {
  store::ItemQuery query;
  query.unit_id = unit_id;
  query.vehicles = true;
  query.page.limit = kBatch;
  std::vector<Item> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(auto page, tx.readiness().list_items(query, Territory::everywhere()));
    for (Item& i : page.items) out.push_back(std::move(i));
    if (!page.next) break;
    query.page.after_id = *page.next;
  }
  return out;
}

// The personal kit a person holds: every item in their hands but vehicles.
Result<std::vector<Item>> kit_of(store::Transaction& tx, std::int64_t person_id) {
  SIAGA_ASSIGN_OR_RETURN(auto items, tx.readiness().items_of_person(person_id));
  std::erase_if(items, [](const Item& i) { return is_vehicle(i); });
  return items;
}

// The answers must cover the kit exactly: each item held by the person,
// answered once, and consistent (nothing held by an absent person, nothing
// working that is not there).
Status check_answers(const Person& person, const std::vector<Item>& kit,
                     const PersonCheckInput& input) {
  std::set<std::int64_t> held;
  for (const Item& i : kit) held.insert(i.id);
  std::set<std::int64_t> answered;
  for (const ItemCheck& c : input.items) {
    if (!held.count(c.item_id)) {
      return invalid(
          fmt::format("barang {} tidak dipegang oleh {} ({})", c.item_id, person.name, person.nrp),
          fmt::format("item {} is not held by {} ({})", c.item_id, person.name, person.nrp),
          "items");
    }
    if (!answered.insert(c.item_id).second) {
      return invalid(fmt::format("barang {} dijawab lebih dari sekali", c.item_id),
                     fmt::format("item {} is answered more than once", c.item_id), "items");
    }
    if (c.held && !input.present) {
      return invalid(
          fmt::format("barang {}: personel yang tidak hadir tidak dapat membawanya", c.item_id),
          fmt::format("item {}: a person who is absent cannot have it with them", c.item_id),
          "items");
    }
    if (c.working && !c.held) {
      return invalid(
          fmt::format("barang {}: yang tidak dibawa tidak dapat dinyatakan berfungsi", c.item_id),
          fmt::format("item {}: an item not held cannot be declared working", c.item_id), "items");
    }
  }
  if (answered.size() != held.size()) {
    const std::size_t missing = held.size() - answered.size();
    return invalid(fmt::format("{} barang yang dipegang {} belum dijawab", missing, person.name),
                   fmt::format("{} item{} held by {} not answered", missing,
                               missing == 1 ? "" : "s", person.name),
                   "items");
  }
  return ok_status();
}

// Moves a planned inspection to running on its first answer.
Status mark_started(store::Transaction& tx, Inspection& inspection) {
  if (inspection.status != InspectionStatus::direncanakan) return ok_status();
  inspection.status = InspectionStatus::berlangsung;
  return tx.readiness().update_inspection(inspection);
}

std::string ids_text(const std::vector<std::int64_t>& ids) {
  std::string out;
  for (std::int64_t id : ids) {
    if (!out.empty()) out += ',';
    out += std::to_string(id);
  }
  return out;
}

// "3 personel dan 1 kendaraan belum diperiksa" / "3 people and 1 vehicle not yet checked".
Error unanswered(std::size_t people, std::size_t vehicles) {
  std::vector<std::string> id, en;
  if (people) {
    id.push_back(fmt::format("{} personel", people));
    en.push_back(fmt::format("{} {}", people, people == 1 ? "person" : "people"));
  }
  if (vehicles) {
    id.push_back(fmt::format("{} kendaraan", vehicles));
    en.push_back(fmt::format("{} {}", vehicles, vehicles == 1 ? "vehicle" : "vehicles"));
  }
  return invalid(fmt::format("{} belum diperiksa", fmt::join(id, " dan ")),
                 fmt::format("{} not yet checked", fmt::join(en, " and ")), "checks");
}

}  // namespace

InspectionResult computed_result(const std::vector<PersonCheck>& people,
                                 const std::vector<VehicleCheck>& vehicles) {
  std::size_t ready = 0;
  for (const PersonCheck& p : people) {
    const bool equipped = std::all_of(p.items.begin(), p.items.end(),
                                      [](const ItemCheck& i) { return i.held && i.working; });
    if (p.present && equipped) ++ready;
  }
  bool fleet_fit = true;
  for (const VehicleCheck& v : vehicles) {
    Item vehicle;
    vehicle.condition = v.condition;
    vehicle.fuel_percent = v.fuel_percent;
    if (!vehicle_fit(vehicle)) fleet_fit = false;
  }
  if (ready == people.size() && fleet_fit) return InspectionResult::siap;
  if (static_cast<double>(ready) < kReadyPeopleShare * static_cast<double>(people.size())) {
    return InspectionResult::tidak_siap;
  }
  return InspectionResult::siap_dengan_catatan;
}

Result<std::vector<Inspection>> InspectionService::plan(const Actor& actor,
                                                        const std::vector<std::string>& unit_codes,
                                                        const std::string& date,
                                                        const std::string& title) {
  SIAGA_TRY(require(actor, Permission::manage_readiness));
  if (unit_codes.empty()) {
    return invalid("pilih paling sedikit satu satuan", "choose at least one unit", "unit_codes");
  }
  std::chrono::sys_days day{};
  if (!parse_date(date, day)) {
    return invalid("tanggal harus YYYY-MM-DD, mis. 2024-11-25",
                   "date must be YYYY-MM-DD, e.g. 2024-11-25", "date");
  }
  if (blank(title)) return invalid("judul wajib diisi", "title is required", "title");
  if (code_points(title) > kMaxInspectionTitle) {
    return invalid(fmt::format("judul paling panjang {} karakter", kMaxInspectionTitle),
                   fmt::format("title is longer than {} characters", kMaxInspectionTitle), "title");
  }

  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  std::vector<Unit> units;
  for (const std::string& code : unit_codes) {
    if (std::any_of(units.begin(), units.end(), [&](const Unit& u) { return u.code == code; })) {
      continue;  // named twice: one inspection
    }
    SIAGA_ASSIGN_OR_RETURN(auto unit, tx->units().find_by_code(code));
    if (!unit || !unit_visible(actor, *unit)) {
      return invalid(
          fmt::format("satuan '{}' tidak dikenal atau di luar wilayah hukum satuan Anda", code),
          fmt::format("unit '{}' is unknown or outside your unit's jurisdiction", code),
          "unit_codes");
    }
    units.push_back(std::move(*unit));
  }
  const std::string now = format_utc(ctx_.clock.now());
  std::vector<Inspection> planned;
  for (const Unit& unit : units) {
    Inspection inspection;
    inspection.unit_id = unit.id;
    inspection.date = format_date(day);
    inspection.title = title;
    inspection.status = InspectionStatus::direncanakan;
    inspection.planned_by = actor.username;
    inspection.planned_at = now;
    SIAGA_ASSIGN_OR_RETURN(inspection.id, tx->readiness().insert_inspection(inspection));
    SIAGA_TRY(append_audit(
        *tx, ctx_.clock, actor.unit_id,
        {actor.username, "inspection.plan", "inspection", std::to_string(inspection.id),
         json_object(
             {{"unit", unit.code}, {"date", inspection.date}, {"title", inspection.title}})}));
    SIAGA_ASSIGN_OR_RETURN(auto stored, tx->readiness().find_inspection(inspection.id));
    if (!stored) return not_found_inspection();
    planned.push_back(std::move(*stored));
  }
  SIAGA_TRY(tx->commit());
  return planned;
}

Result<store::Page<Inspection>> InspectionService::list(const Actor& actor,
                                                        const std::string& unit_code,
                                                        const store::PageRequest& page) {
  SIAGA_TRY(require(actor, Permission::read_personnel));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  std::optional<std::int64_t> unit_id;
  if (!unit_code.empty()) {
    SIAGA_ASSIGN_OR_RETURN(auto unit, tx->units().find_by_code(unit_code));
    if (!unit || !unit_visible(actor, *unit)) return not_found("satuan", "unit");
    unit_id = unit->id;
  }
  return tx->readiness().list_inspections(unit_id, actor.territory, page);
}

Result<InspectionSheet> InspectionService::get(const Actor& actor, std::int64_t id) {
  SIAGA_TRY(require(actor, Permission::read_personnel));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  InspectionSheet sheet;
  SIAGA_ASSIGN_OR_RETURN(sheet.inspection, visible_inspection(*tx, actor, id));
  SIAGA_ASSIGN_OR_RETURN(auto person_checks, tx->readiness().person_checks(id));
  SIAGA_ASSIGN_OR_RETURN(auto vehicle_checks, tx->readiness().vehicle_checks(id));
  std::map<std::int64_t, PersonCheck> by_person;
  for (PersonCheck& c : person_checks) by_person.emplace(c.person_id, std::move(c));
  std::map<std::int64_t, VehicleCheck> by_vehicle;
  for (VehicleCheck& c : vehicle_checks) by_vehicle.emplace(c.item_id, std::move(c));

  SIAGA_ASSIGN_OR_RETURN(auto people, people_of_unit(*tx, sheet.inspection.unit_id));
  for (Person& p : people) {
    InspectionPerson line;
    SIAGA_ASSIGN_OR_RETURN(line.items, kit_of(*tx, p.id));
    if (auto it = by_person.find(p.id); it != by_person.end()) line.check = it->second;
    line.person = std::move(p);
    sheet.people.push_back(std::move(line));
  }
  SIAGA_ASSIGN_OR_RETURN(auto vehicles, vehicles_of_unit(*tx, sheet.inspection.unit_id));
  for (Item& v : vehicles) {
    InspectionVehicle line;
    if (auto it = by_vehicle.find(v.id); it != by_vehicle.end()) line.check = it->second;
    line.vehicle = std::move(v);
    sheet.vehicles.push_back(std::move(line));
  }
  return sheet;
}

Result<InspectionPerson> InspectionService::check_person(const Actor& actor,
                                                         std::int64_t inspection_id,
                                                         std::int64_t person_id,
                                                         const PersonCheckInput& input) {
  SIAGA_TRY(require(actor, Permission::run_inspection));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(Inspection inspection, visible_inspection(*tx, actor, inspection_id));
  SIAGA_TRY(refuse_closed(inspection));
  SIAGA_ASSIGN_OR_RETURN(auto person, tx->readiness().find_person(person_id));
  if (!person || person->unit_id != inspection.unit_id) {
    return invalid(fmt::format("personel {} bukan anggota {}", person_id, inspection.unit_name),
                   fmt::format("person {} does not belong to {}", person_id, inspection.unit_name),
                   "person_id");
  }
  SIAGA_ASSIGN_OR_RETURN(bool done, tx->readiness().has_person_check(inspection.id, person->id));
  if (done) {
    return make_error(
        ErrorCode::conflict,
        fmt::format("checklist {} ({}) sudah diisi; tidak dapat diisi dua kali", person->name,
                    person->nrp),
        fmt::format("checklist submitted twice for {} ({})", person->name, person->nrp),
        "person_id");
  }
  SIAGA_ASSIGN_OR_RETURN(auto kit, kit_of(*tx, person->id));
  SIAGA_TRY(check_answers(*person, kit, input));

  PersonCheck check;
  check.inspection_id = inspection.id;
  check.person_id = person->id;
  check.present = input.present;
  check.items = input.items;
  std::sort(check.items.begin(), check.items.end(),
            [](const ItemCheck& a, const ItemCheck& b) { return a.item_id < b.item_id; });
  check.checked_by = actor.username;
  check.checked_at = format_utc(ctx_.clock.now());
  SIAGA_TRY(tx->readiness().insert_person_check(check));

  // What was found in hand but not working is broken, whatever the register said.
  std::vector<std::int64_t> broken;
  for (const ItemCheck& c : check.items) {
    if (!c.held || c.working) continue;
    auto item =
        std::find_if(kit.begin(), kit.end(), [&](const Item& i) { return i.id == c.item_id; });
    if (item == kit.end() || !is_usable(item->condition)) continue;
    item->condition = ItemCondition::rusak_berat;
    SIAGA_TRY(tx->readiness().update_item(*item));
    broken.push_back(item->id);
  }
  SIAGA_TRY(mark_started(*tx, inspection));
  SIAGA_TRY(append_audit(
      *tx, ctx_.clock, actor.unit_id,
      {actor.username, "inspection.check_person", "inspection", std::to_string(inspection.id),
       json_object({{"nrp", person->nrp},
                    {"present", input.present ? "true" : "false"},
                    {"items", std::to_string(check.items.size())},
                    {"broken", ids_text(broken)}})}));
  SIAGA_TRY(tx->commit());
  return InspectionPerson{std::move(*person), std::move(kit), std::move(check)};
}

Result<InspectionVehicle> InspectionService::check_vehicle(const Actor& actor,
                                                           std::int64_t inspection_id,
                                                           std::int64_t item_id,
                                                           const VehicleCheckInput& input) {
  SIAGA_TRY(require(actor, Permission::run_inspection));
  if (!input.condition) {
    return invalid("kondisi kendaraan wajib diisi", "condition is required", "condition");
  }
  if (!input.fuel_percent) {
    return invalid("BBM (fuel_percent) wajib diisi", "fuel_percent is required", "fuel_percent");
  }
  VehicleCheck check;
  check.inspection_id = inspection_id;
  check.item_id = item_id;
  check.condition = *input.condition;
  check.fuel_percent = *input.fuel_percent;
  check.lights_ok = input.lights_ok;
  check.documents_ok = input.documents_ok;
  SIAGA_TRY(validate_vehicle_check(check));

  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(Inspection inspection, visible_inspection(*tx, actor, inspection_id));
  SIAGA_TRY(refuse_closed(inspection));
  SIAGA_ASSIGN_OR_RETURN(auto vehicle, tx->readiness().find_item(item_id));
  if (!vehicle || !is_vehicle(*vehicle) || vehicle->unit_id != inspection.unit_id) {
    return invalid(fmt::format("barang {} bukan kendaraan {}", item_id, inspection.unit_name),
                   fmt::format("item {} is not a vehicle of {}", item_id, inspection.unit_name),
                   "item_id");
  }
  SIAGA_ASSIGN_OR_RETURN(bool done, tx->readiness().has_vehicle_check(inspection.id, item_id));
  if (done) {
    return make_error(
        ErrorCode::conflict,
        fmt::format("kendaraan {} sudah diperiksa; tidak dapat diisi dua kali", vehicle->plate),
        fmt::format("checklist submitted twice for vehicle {}", vehicle->plate), "item_id");
  }
  check.checked_by = actor.username;
  check.checked_at = format_utc(ctx_.clock.now());
  SIAGA_TRY(tx->readiness().insert_vehicle_check(check));
  // The register follows what the inspection found.
  vehicle->condition = check.condition;
  vehicle->fuel_percent = check.fuel_percent;
  SIAGA_TRY(tx->readiness().update_item(*vehicle));
  SIAGA_TRY(mark_started(*tx, inspection));
  SIAGA_TRY(append_audit(
      *tx, ctx_.clock, actor.unit_id,
      {actor.username, "inspection.check_vehicle", "inspection", std::to_string(inspection.id),
       json_object({{"plate", vehicle->plate},
                    {"condition", std::string(to_string(check.condition))},
                    {"fuel_percent", std::to_string(check.fuel_percent)},
                    {"lights_ok", check.lights_ok ? "true" : "false"},
                    {"documents_ok", check.documents_ok ? "true" : "false"}})}));
  SIAGA_TRY(tx->commit());
  return InspectionVehicle{std::move(*vehicle), std::move(check)};
}

Result<Inspection> InspectionService::close(const Actor& actor, std::int64_t inspection_id,
                                            std::optional<InspectionResult> result,
                                            const std::string& note) {
  SIAGA_TRY(require(actor, Permission::run_inspection));
  if (code_points(note) > kMaxInspectionNote) {
    return invalid(fmt::format("catatan paling panjang {} karakter", kMaxInspectionNote),
                   fmt::format("note is longer than {} characters", kMaxInspectionNote), "note");
  }
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(Inspection inspection, visible_inspection(*tx, actor, inspection_id));
  SIAGA_TRY(refuse_closed(inspection));

  SIAGA_ASSIGN_OR_RETURN(auto people, people_of_unit(*tx, inspection.unit_id));
  SIAGA_ASSIGN_OR_RETURN(auto vehicles, vehicles_of_unit(*tx, inspection.unit_id));
  SIAGA_ASSIGN_OR_RETURN(auto person_checks, tx->readiness().person_checks(inspection.id));
  SIAGA_ASSIGN_OR_RETURN(auto vehicle_checks, tx->readiness().vehicle_checks(inspection.id));
  // Only the answers about the unit as it stands now count.
  std::set<std::int64_t> person_ids, vehicle_ids;
  for (const Person& p : people) person_ids.insert(p.id);
  for (const Item& v : vehicles) vehicle_ids.insert(v.id);
  std::erase_if(person_checks,
                [&](const PersonCheck& c) { return !person_ids.count(c.person_id); });
  std::erase_if(vehicle_checks,
                [&](const VehicleCheck& c) { return !vehicle_ids.count(c.item_id); });
  const std::size_t people_left = people.size() - person_checks.size();
  const std::size_t vehicles_left = vehicles.size() - vehicle_checks.size();
  if (people_left || vehicles_left) return unanswered(people_left, vehicles_left);

  const InspectionResult computed = computed_result(person_checks, vehicle_checks);
  inspection.status = InspectionStatus::ditutup;
  inspection.result = result.value_or(computed);
  inspection.result_note = note;
  inspection.closed_by = actor.username;
  inspection.closed_at = format_utc(ctx_.clock.now());
  SIAGA_TRY(tx->readiness().update_inspection(inspection));
  SIAGA_TRY(
      append_audit(*tx, ctx_.clock, actor.unit_id,
                   {actor.username, "inspection.close", "inspection", std::to_string(inspection.id),
                    json_object({{"result", std::string(to_string(*inspection.result))},
                                 {"computed", std::string(to_string(computed))},
                                 {"note", note}})}));
  SIAGA_ASSIGN_OR_RETURN(auto stored, tx->readiness().find_inspection(inspection.id));
  SIAGA_TRY(tx->commit());
  if (!stored) return not_found_inspection();
  return *stored;
}

}  // namespace siaga::service
