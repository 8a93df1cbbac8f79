#include "service/incident_service.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "domain/region.hpp"
#include "service/audit_log.hpp"
#include "service/incident_parts.hpp"
#include "service/json_text.hpp"
#include "service/permission.hpp"

namespace siaga::service {

namespace {

Error invalid(std::string id, std::string en, const char* field) {
  return make_error(ErrorCode::invalid_input, std::move(id), std::move(en), field);
}

Status check_note(const std::string& note) {
  if (note.size() > kIncidentNoteMax * 4 || std::count_if(note.begin(), note.end(), [](char c) {
                                              return (c & 0xC0) != 0x80;
                                            }) > static_cast<long>(kIncidentNoteMax)) {
    return invalid(fmt::format("catatan melebihi {} karakter", kIncidentNoteMax),
                   fmt::format("note is longer than {} characters", kIncidentNoteMax), "note");
  }
  return ok_status();
}

// The unit sent must belong to the incident's Polres and stand by.
Result<FieldUnit> unit_to_send(store::Transaction& tx, const Incident& incident,
                               std::int64_t unit_id) {
  SIAGA_ASSIGN_OR_RETURN(auto unit,
                         tx.incidents().find_field_unit(unit_id, Territory::everywhere()));
  if (!unit || !region_within(unit->home_region, region_prefix(incident.desa_code, 2))) {
    return invalid(fmt::format("unit lapangan {} tidak ada di Polres kejadian ini", unit_id),
                   fmt::format("field unit {} is not in this incident's Polres", unit_id),
                   "field_unit_id");
  }
  if (unit->status != FieldUnitStatus::siaga) {
    return make_error(
        ErrorCode::conflict,
        fmt::format("unit {} tidak siaga (status: {})", unit->call_sign, to_string(unit->status)),
        fmt::format("unit {} is not on standby (status: {})", unit->call_sign,
                    to_string(unit->status)),
        "field_unit_id");
  }
  return *unit;
}

Status set_unit_status(store::Transaction& tx, std::int64_t unit_id, FieldUnitStatus status,
                       std::vector<FieldUnit>& changed) {
  SIAGA_ASSIGN_OR_RETURN(auto unit,
                         tx.incidents().find_field_unit(unit_id, Territory::everywhere()));
  if (!unit || unit->status == status) return ok_status();
  unit->status = status;
  SIAGA_TRY(tx.incidents().update_field_unit(*unit));
  changed.push_back(*unit);
  return ok_status();
}

Result<IncidentDetail> read_detail(Context& ctx, const Actor& actor, std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto found, tx->incidents().find(id, actor.territory));
  if (!found) return not_found("kejadian", "incident");
  return detail_of(*tx, *found);
}

}  // namespace

Result<store::Page<IncidentView>> IncidentService::list(const Actor& actor,
                                                        store::IncidentQuery query,
                                                        const std::optional<std::string>& date) {
  SIAGA_TRY(require(actor, Permission::read_incidents));
  if (date) {
    std::chrono::sys_days day;
    if (!parse_date(*date, day)) {
      return invalid("tanggal harus berbentuk YYYY-MM-DD", "date must be YYYY-MM-DD", "date");
    }
    const SysSeconds start = SysSeconds{day} - utc_offset(actor.zone);
    query.reported_from = format_utc(start);
    query.reported_until = format_utc(start + std::chrono::days{1});
  }
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto page, tx->incidents().list(query, actor.territory));
  store::Page<IncidentView> out;
  out.total = page.total;
  out.next = page.next;
  out.items.reserve(page.items.size());
  for (const Incident& i : page.items) {
    SIAGA_ASSIGN_OR_RETURN(auto view, view_of(*tx, i));
    out.items.push_back(std::move(view));
  }
  return out;
}

Result<IncidentDetail> IncidentService::get(const Actor& actor, std::int64_t id) {
  SIAGA_TRY(require(actor, Permission::read_incidents));
  return read_detail(ctx_, actor, id);
}

Result<IncidentDetail> IncidentService::move(const Actor& actor, std::int64_t id,
                                             const TransitionInput& input) {
  if (!input.status) {
    return invalid("status tujuan wajib diisi", "the target status is required", "status");
  }
  const IncidentStatus to = *input.status;
  SIAGA_TRY(require(actor, permission_for_step(to)));
  SIAGA_TRY(check_note(input.note));
  std::vector<FieldUnit> units_changed;
  IncidentView view;
  {
    SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
    SIAGA_ASSIGN_OR_RETURN(auto found, tx->incidents().find(id, actor.territory));
    if (!found) return not_found("kejadian", "incident");
    Incident incident = *found;
    const IncidentStatus from = incident.status;
    if (!may_move(from, to)) {
      return make_error(
          ErrorCode::conflict,
          fmt::format("status tidak dapat berpindah dari '{}' ke '{}'", to_string(from),
                      to_string(to)),
          fmt::format("status cannot move from '{}' to '{}'", to_string(from), to_string(to)),
          "status");
    }
    const std::string now = format_utc(ctx_.clock.now());
    std::optional<std::int64_t> event_unit;
    switch (to) {
      case IncidentStatus::ditugaskan: {
        if (!input.field_unit_id) {
          return invalid("pilih unit lapangan yang ditugaskan (field_unit_id)",
                         "choose the field unit to send (field_unit_id)", "field_unit_id");
        }
        SIAGA_ASSIGN_OR_RETURN(FieldUnit unit, unit_to_send(*tx, incident, *input.field_unit_id));
        if (incident.field_unit_id && *incident.field_unit_id != unit.id) {
          SIAGA_TRY(
              set_unit_status(*tx, *incident.field_unit_id, FieldUnitStatus::siaga, units_changed));
        }
        SIAGA_TRY(set_unit_status(*tx, unit.id, FieldUnitStatus::bertugas, units_changed));
        incident.field_unit_id = unit.id;
        event_unit = unit.id;
        if (incident.dispatched_at.empty()) incident.dispatched_at = now;
        break;
      }
      case IncidentStatus::duplikat: {
        if (!input.duplicate_of || *input.duplicate_of == incident.id) {
          return invalid("sebutkan kejadian asli (duplicate_of)",
                         "name the original incident (duplicate_of)", "duplicate_of");
        }
        SIAGA_ASSIGN_OR_RETURN(auto original,
                               tx->incidents().find(*input.duplicate_of, actor.territory));
        if (!original) {
          return invalid(fmt::format("kejadian {} tidak ditemukan", *input.duplicate_of),
                         fmt::format("incident {} not found", *input.duplicate_of), "duplicate_of");
        }
        incident.duplicate_of = original->id;
        break;
      }
      case IncidentStatus::tiba_di_lokasi:
        if (incident.arrived_at.empty()) incident.arrived_at = now;
        event_unit = incident.field_unit_id;
        break;
      case IncidentStatus::selesai:
        incident.resolved_at = now;
        if (incident.field_unit_id) {
          SIAGA_TRY(
              set_unit_status(*tx, *incident.field_unit_id, FieldUnitStatus::siaga, units_changed));
        }
        break;
      default:
        break;
    }
    incident.status = to;
    incident.updated_at = now;
    SIAGA_TRY(tx->incidents().update(incident));
    SIAGA_TRY(tx->incidents().insert_event({0, incident.id, now, "status", to, incident.level,
                                            actor.username, input.note, event_unit}));
    SIAGA_TRY(
        append_audit(*tx, ctx_.clock, actor.unit_id,
                     {actor.username, "incident.status", "incident", std::to_string(incident.id),
                      json_object({{"from", std::string(to_string(from))},
                                   {"to", std::string(to_string(to))},
                                   {"note", input.note}})}));
    SIAGA_ASSIGN_OR_RETURN(view, view_of(*tx, incident));
    SIAGA_TRY(tx->commit());
  }
  announce_incident(ctx_, "incident.updated", view);
  for (const FieldUnit& u : units_changed) announce_field_unit(ctx_, u);
  return read_detail(ctx_, actor, id);
}

Result<IncidentDetail> IncidentService::escalate(const Actor& actor, std::int64_t id,
                                                 EscalationLevel level, const std::string& note) {
  SIAGA_TRY(require(actor, Permission::dispatch_incident));
  SIAGA_TRY(check_note(note));
  IncidentView view;
  {
    SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
    SIAGA_ASSIGN_OR_RETURN(auto found, tx->incidents().find(id, actor.territory));
    if (!found) return not_found("kejadian", "incident");
    Incident incident = *found;
    if (!is_open(incident.status)) {
      return make_error(ErrorCode::conflict, "kejadian ini sudah tidak aktif",
                        "this incident is no longer open", "level");
    }
    if (incident.level == level) return detail_of(*tx, incident);
    const EscalationLevel from = incident.level;
    const std::string now = format_utc(ctx_.clock.now());
    incident.level = level;
    incident.updated_at = now;
    SIAGA_TRY(tx->incidents().update(incident));
    SIAGA_TRY(tx->incidents().insert_event({0, incident.id, now, "level", incident.status, level,
                                            actor.username, note, std::nullopt}));
    SIAGA_TRY(
        append_audit(*tx, ctx_.clock, actor.unit_id,
                     {actor.username, "incident.level", "incident", std::to_string(incident.id),
                      json_object({{"from", std::string(to_string(from))},
                                   {"to", std::string(to_string(level))},
                                   {"note", note}})}));
    SIAGA_ASSIGN_OR_RETURN(view, view_of(*tx, incident));
    SIAGA_TRY(tx->commit());
  }
  announce_incident(ctx_, "incident.updated", view);
  return read_detail(ctx_, actor, id);
}

Result<std::pair<std::string, std::string>> IncidentService::photo(const Actor& actor,
                                                                   std::int64_t id,
                                                                   std::int64_t photo_id) {
  SIAGA_TRY(require(actor, Permission::read_incidents));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto found, tx->incidents().find(id, actor.territory));
  if (!found) return not_found("kejadian", "incident");
  SIAGA_ASSIGN_OR_RETURN(auto photo, tx->incidents().photo(id, photo_id));
  if (!photo) return not_found("foto", "photo");
  return std::move(*photo);
}

}  // namespace siaga::service
