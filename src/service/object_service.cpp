#include "service/object_service.hpp"

#include <fmt/format.h>

#include "engine/geo/point_in_polygon.hpp"
#include "service/audit_log.hpp"
#include "service/idempotency.hpp"
#include "service/json_text.hpp"
#include "service/locate.hpp"
#include "service/permission.hpp"

namespace siaga::service {

namespace {

constexpr const char* kScope = "objects.create";

Error missing(const char* field_id, const char* field) {
  return make_error(ErrorCode::invalid_input, std::string(field_id) + " wajib diisi",
                    std::string(field) + " is required", field);
}

// Resolves and checks the desa of an object: given, or found from the position;
// it must lie in the actor's territory.
Status settle_desa(store::Transaction& tx, const Actor& actor, StrategicObject& object,
                   bool desa_given) {
  if (desa_given) {
    auto depth = validate_region_code(object.desa_code);
    SIAGA_ASSIGN_OR_RETURN(bool exists, tx.regions().exists(object.desa_code));
    if (!depth.ok() || *depth != 4 || !exists) {
      return make_error(ErrorCode::invalid_input,
                        "kode desa '" + object.desa_code + "' tidak dikenal",
                        "unknown desa code '" + object.desa_code + "'", "desa_code");
    }
    // A given desa must hold the point (when its outline is known).
    SIAGA_ASSIGN_OR_RETURN(auto shape, tx.regions().shape(object.desa_code));
    if (shape && !engine::contains(*shape, object.position)) {
      return make_error(ErrorCode::invalid_input,
                        "titik ini tidak berada di dalam desa " + object.desa_code,
                        "this point does not lie inside desa " + object.desa_code, "lat");
    }
  } else {
    SIAGA_ASSIGN_OR_RETURN(auto desa, locate_desa(tx, object.position));
    if (!desa) {
      return make_error(ErrorCode::invalid_input,
                        "titik ini tidak berada di desa mana pun yang terdaftar; isi desa_code",
                        "this point lies in no registered desa; give desa_code", "lat");
    }
    object.desa_code = *desa;
  }
  if (!actor.territory.covers(object.desa_code)) {
    return make_error(ErrorCode::invalid_input, "lokasi berada di luar wilayah hukum satuan Anda",
                      "the location lies outside your unit's jurisdiction", "lat");
  }
  return ok_status();
}

// Tells live screens, once the change is committed.
void announce(Context& ctx, const char* type, const StrategicObject& o) {
  if (!ctx.events) return;
  ctx.events->publish(
      {type, o.desa_code,
       fmt::format(R"({{"id":{},"kind":{},"name":{},"lat":{},"lon":{},"desa_code":{}}})", o.id,
                   json_quote(to_string(o.kind)), json_quote(o.name), o.position.lat,
                   o.position.lon, json_quote(o.desa_code))});
}

std::string detail_of(const StrategicObject& o) {
  return json_object(
      {{"kind", std::string(to_string(o.kind))}, {"name", o.name}, {"desa_code", o.desa_code}});
}

}  // namespace

Result<store::Page<StrategicObject>> ObjectService::list(const Actor& actor,
                                                         const store::ObjectQuery& query) {
  SIAGA_TRY(require(actor, Permission::read_registry));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  return tx->objects().list(query, actor.territory);
}

Result<StrategicObject> ObjectService::get(const Actor& actor, std::int64_t id) {
  SIAGA_TRY(require(actor, Permission::read_registry));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto object, tx->objects().find(id, actor.territory));
  if (!object) return not_found("objek", "object");
  return *object;
}

Result<Created> ObjectService::create(const Actor& actor, const ObjectInput& input,
                                      const std::string& idempotency_key,
                                      const std::string& fingerprint) {
  SIAGA_TRY(require(actor, Permission::write_objects));
  if (!input.kind) return missing("jenis objek (kind)", "kind");
  if (!input.name) return missing("nama", "name");
  if (!input.lat) return missing("lintang (lat)", "lat");
  if (!input.lon) return missing("bujur (lon)", "lon");
  StrategicObject object;
  object.kind = *input.kind;
  object.name = *input.name;
  object.position = LatLon{*input.lat, *input.lon};
  object.notes = input.notes.value_or("");
  object.desa_code = input.desa_code.value_or("");
  SIAGA_TRY(validate_object(object));

  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  const IdempotentRequest replay{actor.user_id, kScope, idempotency_key, fingerprint};
  SIAGA_ASSIGN_OR_RETURN(auto earlier_id, earlier_result(*tx, replay));
  if (earlier_id) {
    SIAGA_ASSIGN_OR_RETURN(auto earlier, tx->objects().find(*earlier_id, actor.territory));
    if (!earlier) return not_found("objek", "object");
    return Created{*earlier, true};
  }
  SIAGA_TRY(settle_desa(*tx, actor, object, input.desa_code.has_value()));
  object.updated_at = format_utc(ctx_.clock.now());
  SIAGA_ASSIGN_OR_RETURN(object.id, tx->objects().insert(object));
  SIAGA_TRY(remember_result(*tx, replay, object.id));
  SIAGA_TRY(append_audit(
      *tx, ctx_.clock, actor.unit_id,
      {actor.username, "object.create", "object", std::to_string(object.id), detail_of(object)}));
  SIAGA_TRY(tx->commit());
  announce(ctx_, "object.created", object);
  return Created{object, false};
}

Result<StrategicObject> ObjectService::update(const Actor& actor, std::int64_t id,
                                              const ObjectInput& input) {
  SIAGA_TRY(require(actor, Permission::write_objects));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto found, tx->objects().find(id, actor.territory));
  if (!found) return not_found("objek", "object");
  StrategicObject object = *found;
  if (input.kind) object.kind = *input.kind;
  if (input.name) object.name = *input.name;
  if (input.lat) object.position.lat = *input.lat;
  if (input.lon) object.position.lon = *input.lon;
  if (input.notes) object.notes = *input.notes;
  if (input.desa_code) object.desa_code = *input.desa_code;
  SIAGA_TRY(validate_object(object));
  const bool moved = input.lat || input.lon;
  if (input.desa_code || moved)
    SIAGA_TRY(settle_desa(*tx, actor, object, input.desa_code.has_value()));
  object.updated_at = format_utc(ctx_.clock.now());
  SIAGA_TRY(tx->objects().update(object));
  SIAGA_TRY(append_audit(
      *tx, ctx_.clock, actor.unit_id,
      {actor.username, "object.update", "object", std::to_string(object.id), detail_of(object)}));
  SIAGA_TRY(tx->commit());
  announce(ctx_, "object.updated", object);
  return object;
}

Status ObjectService::remove(const Actor& actor, std::int64_t id) {
  SIAGA_TRY(require(actor, Permission::write_objects));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto found, tx->objects().find(id, actor.territory));
  if (!found) return not_found("objek", "object");
  SIAGA_TRY(tx->objects().remove(id));
  SIAGA_TRY(append_audit(
      *tx, ctx_.clock, actor.unit_id,
      {actor.username, "object.delete", "object", std::to_string(id), detail_of(*found)}));
  SIAGA_TRY(tx->commit());
  announce(ctx_, "object.deleted", *found);
  return ok_status();
}

}  // namespace siaga::service
