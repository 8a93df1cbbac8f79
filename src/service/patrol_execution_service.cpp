// Check-ins (tap and geofence), the overdue sweep and the live patrol events.
// Compliance, tracks and documents are in patrol_export.cpp.

#include "service/patrol_execution_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "domain/defect.hpp"
#include "service/audit_log.hpp"
#include "service/json_text.hpp"
#include "service/permission.hpp"

namespace siaga::service {

namespace {

// A device clock may run a little ahead; more than this is a wrong clock.
constexpr std::chrono::seconds kFutureSlack{120};
// Overdue stops taken per sweep transaction.
constexpr int kSweepBatch = 200;

SysSeconds parse_or_epoch(const std::string& text) {
  SysSeconds t{};
  (void)parse_utc(text, t);
  return t;
}

// The plan's region for the live-event filter: its Polsek's kecamatan, or
// its Polres's kabupaten.
std::string region_of(const std::string& district_code, const std::string& regency_code) {
  return district_code.empty() ? regency_code : district_code;
}

// Whole metres, or tenths where rounding would hide why a distance just
// past the fence was refused ("100.3", not "100").
std::string metres_text(double metres) {
  const double whole = std::round(metres);
  if (metres > kGeofenceRadiusM && whole <= kGeofenceRadiusM) return fmt::format("{:.1f}", metres);
  return fmt::format("{:.0f}", whole);
}

std::string check_in_detail(const PatrolCheckIn& c, StopStatus status) {
  return json_object({{"plan_id", std::to_string(c.plan_id)},
                      {"stop_id", std::to_string(c.stop_id)},
                      {"team_id", std::to_string(c.team_id)},
                      {"method", std::string(to_string(c.method))},
                      {"status", std::string(to_string(status))},
                      {"at", c.at},
                      {"distance_m", metres_text(c.distance_m)}});
}

Error missing(const char* what_id, const char* field) {
  return make_error(ErrorCode::invalid_input, std::string(what_id) + " wajib diisi",
                    std::string(field) + " is required", field);
}

// The tap's own checks, before any database work.
Result<SysSeconds> check_tap(const TapCheckInInput& in, SysSeconds now, std::string& photo_type) {
  if (!in.team_id) return missing("tim (team_id)", "team_id");
  if (!in.stop_id) return missing("titik (stop_id)", "stop_id");
  if (!in.position) return missing("posisi (position)", "position");
  if (!inside_indonesia(*in.position)) {
    return make_error(ErrorCode::invalid_input, "posisi berada di luar wilayah Indonesia",
                      "the position lies outside Indonesia", "position");
  }
  if (in.accuracy_m && (!(*in.accuracy_m >= 0) || *in.accuracy_m > 100000)) {
    return make_error(ErrorCode::invalid_input, "akurasi harus antara 0 dan 100000 meter",
                      "accuracy must lie between 0 and 100000 metres", "accuracy_m");
  }
  SysSeconds at = now;
  if (in.at) {
    if (!parse_utc(*in.at, at)) {
      return make_error(ErrorCode::invalid_input,
                        "waktu harus ISO-8601 UTC, mis. 2024-11-27T01:00:00Z",
                        "time must be ISO-8601 UTC, e.g. 2024-11-27T01:00:00Z", "at");
    }
    if (at > now + kFutureSlack) {
      return make_error(ErrorCode::invalid_input, "waktu berada di masa depan",
                        "time lies in the future", "at");
    }
  }
  if (!in.photo.empty()) {
    if (in.photo.size() > kMaxPhotoBytes) {
      return make_error(
          ErrorCode::too_large,
          fmt::format("foto lebih besar dari {} MiB", kMaxPhotoBytes / (1024 * 1024)),
          fmt::format("the photo is larger than {} MiB", kMaxPhotoBytes / (1024 * 1024)), "photo");
    }
    auto type = photo_content_type(in.photo);
    if (!type) {
      return make_error(ErrorCode::invalid_input, "foto harus berupa gambar JPEG atau PNG",
                        "the photo must be a JPEG or PNG image", "photo");
    }
    photo_type = *type;
  }
  return at;
}

const PatrolTeam* team_of(const PatrolPlan& plan, std::int64_t team_id) {
  for (const PatrolTeam& t : plan.teams) {
    if (t.id == team_id) return &t;
  }
  return nullptr;
}

const PatrolStop* stop_of(const PatrolPlan& plan, std::int64_t stop_id) {
  for (const PatrolStop& s : plan.stops) {
    if (s.id == stop_id) return &s;
  }
  return nullptr;
}

std::string event_json(const PatrolNews::CheckIn& c) {
  return fmt::format(R"({{"plan_id":{},"team_id":{},"stop_id":{},"status":{},"method":{}}})",
                     c.plan_id, c.team_id, c.stop_id, json_quote(to_string(c.status)),
                     json_quote(to_string(c.method)));
}

std::string event_json(const PatrolNews::Alert& a) {
  return fmt::format(
      R"({{"plan_id":{},"team_id":{},"stop_id":{},"kind":{},"stop_name":{},"call_sign":{},"window_close_at":{}}})",
      a.plan_id, a.team_id == 0 ? std::string("null") : std::to_string(a.team_id), a.stop_id,
      json_quote(to_string(a.kind)), json_quote(a.stop_name), json_quote(a.call_sign),
      json_quote(a.window_close_at));
}

}  // namespace

Result<PatrolNews> check_in_by_geofence(store::Transaction& tx, const Clock& clock,
                                        const PatrolPolicy& policy, const FieldUnit& unit,
                                        const std::vector<PositionPing>& pings,
                                        const std::string& actor, std::int64_t audit_unit) {
  PatrolNews news;
  if (pings.empty()) return news;
  // ISO-8601 UTC text orders as time does.
  const auto [first, last] = std::minmax_element(
      pings.begin(), pings.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
  SIAGA_ASSIGN_OR_RETURN(auto shifts,
                         tx.patrols().shifts_of_field_unit(unit.id, first->at, last->at));
  if (shifts.empty()) return news;  // not on patrol: the one query is all it costs

  // Oldest point first, so that the first point inside a fence is the visit.
  std::vector<const PositionPing*> ordered;
  for (const PositionPing& p : pings) ordered.push_back(&p);
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const auto* a, const auto* b) { return a->at < b->at; });
  const std::string now = format_utc(clock.now());
  for (const store::PatrolShiftOfTeam& shift : shifts) {
    SIAGA_ASSIGN_OR_RETURN(auto stops, tx.patrols().pending_stops_of_team(shift.team_id));
    for (const PatrolStop& stop : stops) {
      const SysSeconds open = parse_or_epoch(stop.window_open_at);
      const SysSeconds close = parse_or_epoch(stop.window_close_at);
      for (const PositionPing* p : ordered) {
        if (p->at < shift.shift_start_at || p->at > shift.shift_end_at) continue;
        // The reported accuracy is not subtracted from the distance: that
        // would widen the fence to 100 m plus whatever a phone claims, and
        // the tap check-in measures the same way. A fix worse than the
        // fence itself (> 100 m) cannot show the car was within 100 m, so
        // it proves no visit (it is still stored as part of the track).
        if (p->accuracy_m > kGeofenceRadiusM) continue;
        const SysSeconds at = parse_or_epoch(p->at);
        if (!geofence_may_check_in(at, open, close, policy.grace)) continue;
        const double distance = distance_to_stop_m(stop.position, p->position);
        if (!inside_geofence(distance)) continue;
        const StopStatus status = checked_in_status(at, close);
        SIAGA_ASSIGN_OR_RETURN(bool claimed, tx.patrols().claim_visit(stop.id, status, p->at));
        if (!claimed) break;
        PatrolCheckIn c;
        c.plan_id = shift.plan_id;
        c.stop_id = stop.id;
        c.team_id = shift.team_id;
        c.at = p->at;
        c.position = p->position;
        c.accuracy_m = p->accuracy_m;
        c.distance_m = distance;
        c.method = CheckInMethod::geofence;
        c.late = status == StopStatus::terlambat;
        c.actor = actor;
        SIAGA_ASSIGN_OR_RETURN(c.id, tx.patrols().insert_check_in(c, ""));
        SIAGA_TRY(append_audit(tx, clock, audit_unit,
                               {actor, "patrol.check_in", "patrol_stop", std::to_string(stop.id),
                                check_in_detail(c, status)}));
        const std::string region = region_of(shift.district_code, shift.regency_code);
        news.check_ins.push_back(
            {shift.plan_id, shift.team_id, stop.id, status, CheckInMethod::geofence, region});
        if (c.late && stop.alerted_at.empty()) {
          SIAGA_TRY(tx.patrols().mark_alerted(stop.id, now));
          news.alerts.push_back({shift.plan_id, shift.team_id, stop.id, StopStatus::terlambat,
                                 stop.name, unit.call_sign, stop.window_close_at, region});
        }
        break;  // first point wins
      }
    }
  }
  return news;
}

void announce_patrol(Context& ctx, const PatrolNews& news) {
  if (!ctx.events) return;
  for (const auto& c : news.check_ins) {
    ctx.events->publish({"patrol.checkin", c.region_code, event_json(c)});
  }
  for (const auto& a : news.alerts) {
    ctx.events->publish({"patrol.alert", a.region_code, event_json(a)});
  }
}

Result<CheckInView> PatrolExecutionService::check_in(const Actor& actor, std::int64_t plan_id,
                                                     const TapCheckInInput& input) {
  SIAGA_TRY(require(actor, Permission::check_in_patrol));
  const SysSeconds now = ctx_.clock.now();
  std::string photo_type;
  SIAGA_ASSIGN_OR_RETURN(const SysSeconds at, check_tap(input, now, photo_type));

  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto found, tx->patrols().find_plan(plan_id, actor.territory));
  if (!found) {
    // A Polsek's team in its Polres's plan checks in at its own stops (as it
    // sees its own route), and nothing else of the plan.
    SIAGA_ASSIGN_OR_RETURN(found, tx->patrols().find_plan(plan_id, Territory::everywhere()));
    const PatrolTeam* own = found ? team_of(*found, *input.team_id) : nullptr;
    bool own_team = false;
    if (own) {
      SIAGA_ASSIGN_OR_RETURN(auto fu,
                             tx->incidents().find_field_unit(own->field_unit_id, actor.territory));
      own_team = fu.has_value();
    }
    if (!own_team) return not_found("rencana patroli", "patrol plan");
  }
  const PatrolPlan& plan = *found;
  const PatrolTeam* team = team_of(plan, *input.team_id);
  if (!team) {
    return make_error(ErrorCode::invalid_input, "tim ini bukan tim rencana patroli ini",
                      "this team is not a team of this patrol plan", "team_id");
  }
  const PatrolStop* stop = stop_of(plan, *input.stop_id);
  if (!stop || stop->team_id != team->id) {
    return make_error(ErrorCode::invalid_input, "titik ini tidak berada pada rute tim ini",
                      "this stop is not on this team's route", "stop_id");
  }
  if (stop->status == StopStatus::selesai || stop->status == StopStatus::terlambat) {
    return make_error(
        ErrorCode::conflict,
        fmt::format("titik '{}' sudah dicek-in pada {}", stop->name, stop->visited_at),
        fmt::format("stop '{}' was already checked in at {}", stop->name, stop->visited_at),
        "stop_id");
  }
  const double distance = distance_to_stop_m(stop->position, *input.position);
  if (!inside_geofence(distance)) {
    return make_error(
        ErrorCode::invalid_input,
        fmt::format("posisi berjarak {} m dari titik '{}'; cek-in hanya dalam radius {:.0f} m",
                    metres_text(distance), stop->name, kGeofenceRadiusM),
        fmt::format("the position is {} m from stop '{}'; check in within {:.0f} m",
                    metres_text(distance), stop->name, kGeofenceRadiusM),
        "position");
  }
  const SysSeconds close = parse_or_epoch(stop->window_close_at);
  const StopStatus status = checked_in_status(at, close);
  SIAGA_ASSIGN_OR_RETURN(bool claimed, tx->patrols().claim_visit(stop->id, status, format_utc(at)));
  if (!claimed) {
    return make_error(ErrorCode::conflict, fmt::format("titik '{}' sudah dicek-in", stop->name),
                      fmt::format("stop '{}' was already checked in", stop->name), "stop_id");
  }
  CheckInView out;
  PatrolCheckIn& c = out.check_in;
  c.plan_id = plan.id;
  c.stop_id = stop->id;
  c.team_id = team->id;
  c.at = format_utc(at);
  c.position = *input.position;
  c.accuracy_m = input.accuracy_m.value_or(0);
  c.distance_m = distance;
  c.method = CheckInMethod::tap;
  c.late = status == StopStatus::terlambat;
  c.actor = actor.username;
  c.photo_type = photo_type;
  out.status = status;
  SIAGA_ASSIGN_OR_RETURN(c.id, tx->patrols().insert_check_in(c, input.photo));
  // A stop already alerted (missed, then visited late) is not alerted again.
  const bool alert = c.late && stop->alerted_at.empty();
  if (alert) SIAGA_TRY(tx->patrols().mark_alerted(stop->id, format_utc(now)));
  SIAGA_TRY(append_audit(*tx, ctx_.clock, actor.unit_id,
                         {actor.username, "patrol.check_in", "patrol_stop",
                          std::to_string(stop->id), check_in_detail(c, status)}));
  SIAGA_TRY(tx->commit());

  PatrolNews news;
  const std::string region = region_of(plan.district_code, plan.regency_code);
  news.check_ins.push_back({plan.id, team->id, stop->id, status, CheckInMethod::tap, region});
  if (alert) {
    news.alerts.push_back({plan.id, team->id, stop->id, StopStatus::terlambat, stop->name,
                           team->call_sign, stop->window_close_at, region});
  }
  announce_patrol(ctx_, news);
  return out;
}

Result<SweepResult> PatrolExecutionService::sweep(SysSeconds now) {
  SweepResult result;
  const std::string cutoff = format_utc(now - ctx_.patrols.grace);
  const std::string at = format_utc(now);
  for (;;) {
    PatrolNews news;
    std::size_t taken = 0;
    {
      SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
      SIAGA_ASSIGN_OR_RETURN(auto overdue, tx->patrols().overdue_stops(cutoff, kSweepBatch));
      taken = overdue.size();
      for (const store::OverduePatrolStop& o : overdue) {
        SIAGA_ASSIGN_OR_RETURN(bool claimed, tx->patrols().claim_missed(o.stop.id, at));
        if (!claimed) continue;  // another instance's sweep was first
        news.alerts.push_back({o.plan_id, o.team_id, o.stop.id, StopStatus::terlewat, o.stop.name,
                               o.call_sign, o.stop.window_close_at,
                               region_of(o.district_code, o.regency_code)});
      }
      SIAGA_TRY(tx->commit());
    }
    result.missed += static_cast<int>(news.alerts.size());
    announce_patrol(ctx_, news);
    if (taken < static_cast<std::size_t>(kSweepBatch)) break;
  }
  return result;
}

}  // namespace siaga::service
