// Intake: every report, from the public form or from inside the force,
// becomes one incident in the same queue. Reads (where it is, which TPS)
// happen before the write, so the write itself is short and can share a
// group commit with other reports.

#include <fmt/format.h>

#include <cmath>

#include "domain/defect.hpp"
#include "domain/region.hpp"
#include "service/audit_log.hpp"
#include "service/commit_group.hpp"
#include "service/crypto.hpp"
#include "service/idempotency.hpp"
#include "service/incident_parts.hpp"
#include "service/json_text.hpp"
#include "service/locate.hpp"
#include "service/permission.hpp"
#include "service/rate_limiter.hpp"

namespace siaga::service {

namespace {

constexpr double kTpsNearM = 200;
// Unambiguous when read over a phone: no 0/O, 1/I/L.
constexpr std::string_view kCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

Error missing(const char* what_id, const char* field) {
  return make_error(ErrorCode::invalid_input, std::string(what_id) + " wajib diisi",
                    std::string(field) + " is required", field);
}

struct Prepared {
  Incident incident;
  std::string photo;  // image bytes; empty when none
  std::string photo_type;
  IncidentView names;  // desa, kecamatan and TPS names for the answer and the event
};

// Checks the input and finds where the report stands: desa by point in
// polygon, the TPS within 200 m when there is one.
Result<Prepared> prepare(Context& ctx, const IncidentInput& input, IncidentSource source) {
  if (!input.type) return missing("jenis kejadian (type)", "type");
  if (!input.description) return missing("uraian (description)", "description");
  if (!input.lat) return missing("lintang (lat)", "lat");
  if (!input.lon) return missing("bujur (lon)", "lon");
  Prepared p;
  Incident& i = p.incident;
  i.type = *input.type;
  i.description = *input.description;
  i.severity = input.severity.value_or(1);
  i.level = input.level.value_or(EscalationLevel::hijau);
  i.source = source;
  i.position = LatLon{*input.lat, *input.lon};
  i.reporter_name = input.reporter_name;
  i.reporter_phone = input.reporter_phone;
  SIAGA_TRY(validate_incident(i));
  if (!input.photo.empty()) {
    if (input.photo.size() > kMaxPhotoBytes) {
      return make_error(
          ErrorCode::too_large,
          fmt::format("foto lebih besar dari {} MiB", kMaxPhotoBytes / (1024 * 1024)),
          fmt::format("the photo is larger than {} MiB", kMaxPhotoBytes / (1024 * 1024)), "photo");
    }
    auto type = photo_content_type(input.photo);
    if (!type) {
      return make_error(ErrorCode::invalid_input, "foto harus berupa gambar JPEG atau PNG",
                        "the photo must be a JPEG or PNG image", "photo");
    }
    p.photo_type = *type;
    p.photo = input.photo;
  }
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto desa, locate_desa(*tx, i.position));
  if (!desa) {
    return make_error(ErrorCode::invalid_input,
                      "lokasi tidak berada di desa mana pun yang terdaftar",
                      "the position lies in no registered desa", "lat");
  }
  i.desa_code = *desa;
  store::TpsQuery near;
  const double dlat = kTpsNearM / 111320.0;
  const double dlon = dlat / std::max(0.2, std::cos(i.position.lat * 3.14159265358979 / 180));
  near.bbox = BBox{i.position.lon - dlon, i.position.lat - dlat, i.position.lon + dlon,
                   i.position.lat + dlat};
  near.page.limit = 50;
  SIAGA_ASSIGN_OR_RETURN(auto tps, tx->tps().list(near, Territory::everywhere()));
  double best = kTpsNearM;
  for (const Tps& t : tps.items) {
    const double d = haversine_m(i.position, t.position);
    if (d <= best) {
      best = d;
      i.tps_id = t.id;
      p.names.tps_code = t.code;
    }
  }
  SIAGA_ASSIGN_OR_RETURN(auto region, tx->regions().find(i.desa_code));
  if (region) p.names.desa_name = region->name;
  SIAGA_ASSIGN_OR_RETURN(auto kecamatan, tx->regions().find(region_prefix(i.desa_code, 3)));
  if (kecamatan) p.names.kecamatan_name = kecamatan->name;
  return p;
}

// Runs one intake write in its own transaction, or in the shared group commit.
Status write_durably(Context& ctx, const CommitGroup::Write& write) {
  if (ctx.commits) return ctx.commits->run(write);
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx.db.begin(store::TxMode::write));
  SIAGA_TRY(write(*tx));
  return tx->commit();
}

// The public form has no account to scope its keys by: they live in their
// own table, keyed by the key alone.
Result<std::optional<std::int64_t>> earlier_report(store::Transaction& tx,
                                                   const IdempotentRequest& replay) {
  if (replay.user_id != 0) return earlier_result(tx, replay);
  if (replay.key.empty()) return std::optional<std::int64_t>{};
  SIAGA_ASSIGN_OR_RETURN(auto seen, tx.incidents().public_key(replay.key));
  if (!seen) return std::optional<std::int64_t>{};
  if (seen->first != replay.fingerprint) {
    return make_error(ErrorCode::conflict, "Idempotency-Key ini sudah dipakai untuk laporan lain",
                      "this Idempotency-Key was already used for a different report",
                      "Idempotency-Key");
  }
  return std::optional<std::int64_t>{seen->second};
}

Status remember_report(store::Transaction& tx, const IdempotentRequest& replay,
                       std::int64_t incident_id) {
  if (replay.user_id != 0) return remember_result(tx, replay, incident_id);
  if (replay.key.empty()) return ok_status();
  return tx.incidents().put_public_key(replay.key, replay.fingerprint, incident_id);
}

struct Stored {
  Incident incident;
  bool replayed = false;
};

// Inserts the incident, its first timeline step and photo, under the
// idempotency key; or finds what an earlier attempt with the key stored.
Result<Stored> store_incident(Context& ctx, Prepared& p, const IdempotentRequest& replay,
                              const std::string& actor, std::int64_t audit_unit) {
  Stored out;
  const std::string now = format_utc(ctx.clock.now());
  const Status st = write_durably(ctx, [&](store::Transaction& tx) -> Status {
    SIAGA_ASSIGN_OR_RETURN(auto earlier, earlier_report(tx, replay));
    if (earlier) {
      SIAGA_ASSIGN_OR_RETURN(auto found, tx.incidents().find(*earlier, Territory::everywhere()));
      if (!found) return not_found("laporan", "report");
      out = {*found, true};
      return ok_status();
    }
    Incident i = p.incident;
    i.tracking_code = "LP-" + random_text(8, kCodeAlphabet);
    i.reported_at = now;
    i.updated_at = now;
    i.reported_by = actor == "publik" ? "" : actor;
    SIAGA_ASSIGN_OR_RETURN(i.id, tx.incidents().insert(i));
    SIAGA_TRY(tx.incidents().insert_event(
        {0, i.id, now, "dilaporkan", i.status, i.level, actor, "", std::nullopt}));
    if (!p.photo_type.empty()) {
      SIAGA_TRY(tx.incidents().insert_photo(i.id, p.photo, p.photo_type));
    }
    SIAGA_TRY(remember_report(tx, replay, i.id));
    if (actor != "publik") {
      SIAGA_TRY(append_audit(tx, ctx.clock, audit_unit,
                             {actor, "incident.report", "incident", std::to_string(i.id),
                              json_object({{"type", i.type},
                                           {"desa_code", i.desa_code},
                                           {"tracking_code", i.tracking_code}})}));
    }
    out = {std::move(i), false};
    return ok_status();
  });
  if (!st.ok()) return st.error();
  return out;
}

}  // namespace

Result<CreatedIncident> IncidentService::report(const Actor& actor, const IncidentInput& input,
                                                const std::string& idempotency_key,
                                                const std::string& fingerprint) {
  SIAGA_TRY(require(actor, Permission::report_incident));
  SIAGA_ASSIGN_OR_RETURN(Prepared p,
                         prepare(ctx_, input, input.source.value_or(IncidentSource::operator_110)));
  if (!actor.territory.covers(p.incident.desa_code)) {
    return make_error(ErrorCode::invalid_input, "lokasi berada di luar wilayah hukum satuan Anda",
                      "the location lies outside your unit's jurisdiction", "lat");
  }
  const IdempotentRequest replay{actor.user_id, "incidents.report", idempotency_key, fingerprint};
  SIAGA_ASSIGN_OR_RETURN(Stored stored,
                         store_incident(ctx_, p, replay, actor.username, actor.unit_id));
  CreatedIncident created;
  created.replayed = stored.replayed;
  if (stored.replayed) {
    SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
    SIAGA_ASSIGN_OR_RETURN(created.view, view_of(*tx, stored.incident));
    return created;
  }
  created.view = p.names;
  created.view.incident = stored.incident;
  if (!p.photo_type.empty()) {
    SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
    SIAGA_ASSIGN_OR_RETURN(created.view.photo_ids, tx->incidents().photo_ids(stored.incident.id));
  }
  announce_incident(ctx_, "incident.created", created.view);
  return created;
}

Result<PublicReceipt> IncidentService::report_public(const IncidentInput& input,
                                                     const std::string& idempotency_key,
                                                     const std::string& fingerprint) {
  SIAGA_ASSIGN_OR_RETURN(Prepared p, prepare(ctx_, input, IncidentSource::publik));
  const IdempotentRequest replay{0, "public.reports", idempotency_key, fingerprint};
  SIAGA_ASSIGN_OR_RETURN(Stored stored, store_incident(ctx_, p, replay, "publik", 0));
  if (!stored.replayed) {
    IncidentView view = p.names;
    view.incident = stored.incident;
    if (!p.photo_type.empty()) {
      SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
      SIAGA_ASSIGN_OR_RETURN(view.photo_ids, tx->incidents().photo_ids(stored.incident.id));
    }
    announce_incident(ctx_, "incident.created", view);
  }
  return PublicReceipt{stored.incident.tracking_code, stored.incident.status, stored.replayed};
}

std::chrono::seconds IncidentService::admit_public(const std::string& client) {
  if (!ctx_.public_reports) return std::chrono::seconds{0};
  return ctx_.public_reports->admit(client);
}

Result<PublicStatus> IncidentService::public_status(const std::string& tracking_code) {
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto found, tx->incidents().find_by_tracking_code(tracking_code));
  if (!found) return not_found("laporan dengan kode ini", "report with this code");
  return PublicStatus{found->tracking_code, found->status, found->updated_at};
}

}  // namespace siaga::service
