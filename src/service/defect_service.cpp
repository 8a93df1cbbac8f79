#include "service/defect_service.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "service/audit_log.hpp"
#include "service/idempotency.hpp"
#include "service/json_text.hpp"
#include "service/permission.hpp"
#include "service/unit_scope.hpp"

namespace siaga::service {

namespace {

constexpr const char* kScope = "defects.create";

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

Error not_found_defect() {
  return not_found("laporan kerusakan", "defect report");
}

// The report when its unit lies inside the actor's territory.
Result<Defect> visible_defect(store::Transaction& tx, const Actor& actor, std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(auto defect, tx.readiness().find_defect(id));
  if (!defect) return not_found_defect();
  SIAGA_ASSIGN_OR_RETURN(auto unit, tx.units().find(defect->unit_id));
  if (!unit || !unit_visible(actor, *unit)) return not_found_defect();
  return *defect;
}

Status check_text(const std::string& text, const char* field_id, const char* field) {
  if (code_points(text) > kMaxDefectText) {
    return invalid(fmt::format("{} paling panjang {} karakter", field_id, kMaxDefectText),
                   fmt::format("{} is longer than {} characters", field, kMaxDefectText), field);
  }
  return ok_status();
}

// The item a report is about must be the unit's own or in the hands of one of
// its people.
Status check_item(store::Transaction& tx, const Unit& unit, std::int64_t item_id) {
  SIAGA_ASSIGN_OR_RETURN(auto item, tx.readiness().find_item(item_id));
  bool belongs = item && item->unit_id == unit.id;
  if (item && !belongs && item->holder_id) {
    SIAGA_ASSIGN_OR_RETURN(auto holder, tx.readiness().find_person(*item->holder_id));
    belongs = holder && holder->unit_id == unit.id;
  }
  if (belongs) return ok_status();
  return invalid(fmt::format("barang {} bukan milik {}", item_id, unit.name),
                 fmt::format("item {} does not belong to {}", item_id, unit.name), "item_id");
}

std::string detail_of(const Defect& d) {
  return json_object({{"unit", d.unit_code},
                      {"item_id", d.item_id ? std::to_string(*d.item_id) : ""},
                      {"kind", std::string(to_string(d.kind))},
                      {"status", std::string(to_string(d.status))},
                      {"note", d.note}});
}

}  // namespace

DefectView view_of(const Defect& defect, SysSeconds now) {
  DefectView view{defect, 0, false};
  SysSeconds reported;
  if (!parse_utc(defect.reported_at, reported)) return view;
  SysSeconds until = now;
  const bool open = defect.status != DefectStatus::selesai;
  SysSeconds closed;
  if (!open && parse_utc(defect.closed_at, closed)) until = closed;
  const auto age = until - reported;
  view.age_hours =
      std::max<std::int64_t>(0, std::chrono::duration_cast<std::chrono::hours>(age).count());
  view.overdue = open && age > overdue_after(defect.kind);
  return view;
}

Result<DefectCreated> DefectService::report(const Actor& actor, const DefectInput& input,
                                            const std::string& idempotency_key,
                                            const std::string& fingerprint) {
  SIAGA_TRY(require(actor, Permission::report_defect));
  if (!input.kind) {
    return invalid("jenis laporan (kind) wajib diisi: kerusakan atau bbm",
                   "kind is required: kerusakan or bbm", "kind");
  }
  if (blank(input.description)) {
    return invalid("uraian wajib diisi", "description is required", "description");
  }
  SIAGA_TRY(check_text(input.description, "uraian", "description"));
  std::string photo_type;
  if (!input.photo.empty()) {
    if (input.photo.size() > kMaxPhotoBytes) {
      return make_error(
          ErrorCode::too_large,
          fmt::format("foto paling besar {} MiB", kMaxPhotoBytes / (1024 * 1024)),
          fmt::format("the photo is larger than {} MiB", kMaxPhotoBytes / (1024 * 1024)), "photo");
    }
    auto type = photo_content_type(input.photo);
    if (!type) {
      return invalid("foto harus berupa gambar JPEG atau PNG", "the photo must be a JPEG or PNG",
                     "photo");
    }
    photo_type = *type;
  }

  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  const SysSeconds now = ctx_.clock.now();
  const IdempotentRequest replay{actor.user_id, kScope, idempotency_key, fingerprint};
  SIAGA_ASSIGN_OR_RETURN(auto earlier_id, earlier_result(*tx, replay));
  if (earlier_id) {
    SIAGA_ASSIGN_OR_RETURN(Defect earlier, visible_defect(*tx, actor, *earlier_id));
    return DefectCreated{view_of(earlier, now), true};
  }
  const std::string unit_code = input.unit_code.empty() ? actor.unit_code : input.unit_code;
  SIAGA_ASSIGN_OR_RETURN(auto unit, tx->units().find_by_code(unit_code));
  if (!unit || !unit_visible(actor, *unit)) {
    return invalid(
        fmt::format("satuan '{}' tidak dikenal atau di luar wilayah hukum satuan Anda", unit_code),
        fmt::format("unit '{}' is unknown or outside your unit's jurisdiction", unit_code), "unit");
  }
  if (input.item_id) SIAGA_TRY(check_item(*tx, *unit, *input.item_id));

  Defect defect;
  defect.unit_id = unit->id;
  defect.item_id = input.item_id;
  defect.kind = *input.kind;
  defect.description = input.description;
  defect.status = DefectStatus::dilaporkan;
  defect.reported_by = actor.username;
  defect.reported_at = format_utc(now);
  SIAGA_ASSIGN_OR_RETURN(defect.id, tx->readiness().insert_defect(defect, input.photo, photo_type));
  SIAGA_TRY(remember_result(*tx, replay, defect.id));
  SIAGA_ASSIGN_OR_RETURN(auto stored, tx->readiness().find_defect(defect.id));
  if (!stored) return not_found_defect();
  SIAGA_TRY(append_audit(
      *tx, ctx_.clock, actor.unit_id,
      {actor.username, "defect.report", "defect", std::to_string(defect.id), detail_of(*stored)}));
  SIAGA_TRY(tx->commit());
  return DefectCreated{view_of(*stored, now), false};
}

Result<store::Page<DefectView>> DefectService::list(const Actor& actor,
                                                    const DefectFilter& filter) {
  SIAGA_TRY(require(actor, Permission::read_personnel));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  store::DefectQuery query;
  query.open = filter.open;
  query.page = filter.page;
  if (!filter.unit_code.empty()) {
    SIAGA_ASSIGN_OR_RETURN(auto unit, tx->units().find_by_code(filter.unit_code));
    if (!unit || !unit_visible(actor, *unit)) return not_found("satuan", "unit");
    query.unit_id = unit->id;
  }
  SIAGA_ASSIGN_OR_RETURN(auto page, tx->readiness().list_defects(query, actor.territory));
  const SysSeconds now = ctx_.clock.now();
  store::Page<DefectView> out;
  out.total = page.total;
  out.next = page.next;
  out.items.reserve(page.items.size());
  for (const Defect& d : page.items) out.items.push_back(view_of(d, now));
  return out;
}

Result<DefectView> DefectService::get(const Actor& actor, std::int64_t id) {
  SIAGA_TRY(require(actor, Permission::read_personnel));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(Defect defect, visible_defect(*tx, actor, id));
  return view_of(defect, ctx_.clock.now());
}

Result<DefectView> DefectService::transition(const Actor& actor, std::int64_t id, DefectStatus to,
                                             const std::string& note) {
  SIAGA_TRY(require(actor, Permission::process_defect));
  SIAGA_TRY(check_text(note, "catatan", "note"));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(Defect defect, visible_defect(*tx, actor, id));
  SIAGA_TRY(check_defect_transition(defect.status, to));
  if (to == DefectStatus::selesai && blank(note)) {
    return invalid("catatan tindakan wajib diisi untuk menutup laporan",
                   "a note of what was done is required to close the report", "note");
  }
  const SysSeconds now = ctx_.clock.now();
  const DefectStatus from = defect.status;
  defect.status = to;
  if (!blank(note)) defect.note = note;
  if (to == DefectStatus::ditindaklanjuti) {
    defect.followed_by = actor.username;
    defect.followed_at = format_utc(now);
  } else if (to == DefectStatus::selesai) {
    defect.closed_by = actor.username;
    defect.closed_at = format_utc(now);
  }
  SIAGA_TRY(tx->readiness().update_defect(defect));

  // A closed report means the item was repaired, or the vehicle refuelled.
  std::string item_change;
  if (to == DefectStatus::selesai && defect.item_id) {
    SIAGA_ASSIGN_OR_RETURN(auto item, tx->readiness().find_item(*defect.item_id));
    if (item) {
      const EquipmentKind* kind = find_equipment_kind(item->kind);
      if (defect.kind == DefectKind::kerusakan && item->condition != ItemCondition::baik) {
        item->condition = ItemCondition::baik;
        SIAGA_TRY(tx->readiness().update_item(*item));
        item_change = "condition=baik";
      } else if (defect.kind == DefectKind::bbm && kind && kind->vehicle) {
        item->fuel_percent = 100;
        SIAGA_TRY(tx->readiness().update_item(*item));
        item_change = "fuel_percent=100";
      }
    }
  }
  SIAGA_TRY(append_audit(*tx, ctx_.clock, actor.unit_id,
                         {actor.username, "defect.transition", "defect", std::to_string(defect.id),
                          json_object({{"from", std::string(to_string(from))},
                                       {"to", std::string(to_string(to))},
                                       {"note", note},
                                       {"item", item_change}})}));
  SIAGA_ASSIGN_OR_RETURN(auto stored, tx->readiness().find_defect(defect.id));
  SIAGA_TRY(tx->commit());
  if (!stored) return not_found_defect();
  return view_of(*stored, now);
}

Result<DefectPhoto> DefectService::photo(const Actor& actor, std::int64_t id) {
  SIAGA_TRY(require(actor, Permission::read_personnel));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(Defect defect, visible_defect(*tx, actor, id));
  SIAGA_ASSIGN_OR_RETURN(auto photo, tx->readiness().defect_photo(defect.id));
  if (!photo) return not_found("foto laporan", "report photo");
  return DefectPhoto{std::move(photo->first), std::move(photo->second)};
}

}  // namespace siaga::service
