#include "service/equipment_service.hpp"

#include <fmt/format.h>

#include "domain/time_zone.hpp"
#include "service/audit_log.hpp"
#include "service/json_text.hpp"
#include "service/permission.hpp"
#include "service/unit_scope.hpp"

namespace siaga::service {

namespace {

Result<std::optional<Item>> visible_item(store::Transaction& tx, const Actor& actor,
                                         std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(auto item, tx.readiness().find_item(id));
  if (!item) return item;
  SIAGA_ASSIGN_OR_RETURN(auto unit, tx.units().find(item->unit_id));
  if (!unit || !unit_visible(actor, *unit)) return std::optional<Item>{};
  return item;
}

// The Polres a unit belongs to: itself, or the parent of a Polsek.
std::int64_t polres_id(const Unit& unit) {
  return unit.level == UnitLevel::polsek && unit.parent_id ? *unit.parent_id : unit.id;
}

}  // namespace

Result<store::Page<Item>> EquipmentService::list(const Actor& actor,
                                                 const store::ItemQuery& query) {
  SIAGA_TRY(require(actor, Permission::read_personnel));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  return tx->readiness().list_items(query, actor.territory);
}

Result<Item> EquipmentService::update(const Actor& actor, std::int64_t id,
                                      const ItemUpdate& update) {
  SIAGA_TRY(require(actor, Permission::manage_readiness));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto found, visible_item(*tx, actor, id));
  if (!found) return not_found("barang", "item");
  Item item = *found;
  if (update.condition) {
    auto c = parse_item_condition(*update.condition);
    if (!c) {
      return make_error(ErrorCode::invalid_input,
                        fmt::format("kondisi '{}' tidak dikenal", *update.condition),
                        fmt::format("unknown condition '{}'", *update.condition), "condition");
    }
    item.condition = *c;
  }
  if (update.fuel_percent) item.fuel_percent = update.fuel_percent;
  if (update.odometer_km) item.odometer_km = update.odometer_km;
  if (update.service_date) item.service_date = *update.service_date;
  SIAGA_TRY(validate_item(item));
  SIAGA_TRY(tx->readiness().update_item(item));
  SIAGA_TRY(append_audit(
      *tx, ctx_.clock, actor.unit_id,
      {actor.username, "item.update", "item", item.serial,
       json_object(
           {{"condition", std::string(to_string(item.condition))},
            {"fuel_percent", item.fuel_percent ? std::to_string(*item.fuel_percent) : ""}})}));
  SIAGA_TRY(tx->commit());
  return item;
}

Result<store::Handover> EquipmentService::hand_over(const Actor& actor, std::int64_t item_id,
                                                    const std::string& nrp) {
  SIAGA_TRY(require(actor, Permission::manage_readiness));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto item, visible_item(*tx, actor, item_id));
  if (!item) return not_found("barang", "item");
  SIAGA_ASSIGN_OR_RETURN(auto person, tx->readiness().find_person_by_nrp(nrp));
  if (!person) {
    return make_error(ErrorCode::invalid_input, fmt::format("NRP {} tidak terdaftar", nrp),
                      fmt::format("NRP {} is not registered", nrp), "nrp");
  }
  SIAGA_ASSIGN_OR_RETURN(auto item_unit, tx->units().find(item->unit_id));
  SIAGA_ASSIGN_OR_RETURN(auto person_unit, tx->units().find(person->unit_id));
  if (!item_unit || !person_unit || polres_id(*item_unit) != polres_id(*person_unit)) {
    return make_error(
        ErrorCode::invalid_input,
        fmt::format("{} bukan anggota Polres pemilik barang ini", person->name),
        fmt::format("{} does not serve in the Polres that owns this item", person->name), "nrp");
  }
  item->holder_id = person->id;
  SIAGA_TRY(tx->readiness().update_item(*item));
  const std::string now = format_utc(ctx_.clock.now());
  SIAGA_ASSIGN_OR_RETURN(
      auto id, tx->readiness().insert_handover(item->id, person->id, actor.username, now));
  SIAGA_TRY(append_audit(
      *tx, ctx_.clock, actor.unit_id,
      {actor.username, "item.handover", "item", item->serial, json_object({{"to", person->nrp}})}));
  SIAGA_ASSIGN_OR_RETURN(auto handover, tx->readiness().find_handover(id));
  SIAGA_TRY(tx->commit());
  return *handover;
}

Result<store::Handover> EquipmentService::acknowledge(const Actor& actor,
                                                      std::int64_t handover_id) {
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto handover, tx->readiness().find_handover(handover_id));
  SIAGA_ASSIGN_OR_RETURN(auto me, tx->readiness().find_person_by_username(actor.username));
  if (!handover || !me || me->id != handover->person_id) {
    return not_found("serah terima", "handover");
  }
  if (!handover->acknowledged_at.empty()) {
    return make_error(ErrorCode::conflict, "serah terima ini sudah dikonfirmasi",
                      "this handover is already acknowledged", "id");
  }
  const std::string now = format_utc(ctx_.clock.now());
  SIAGA_TRY(tx->readiness().acknowledge_handover(handover_id, now));
  SIAGA_TRY(
      append_audit(*tx, ctx_.clock, actor.unit_id,
                   {actor.username, "item.handover_acknowledged", "handover",
                    std::to_string(handover_id), json_object({{"item", handover->item_serial}})}));
  SIAGA_TRY(tx->commit());
  handover->acknowledged_at = now;
  return *handover;
}

}  // namespace siaga::service
