#include "service/deployment_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include "domain/time_zone.hpp"
#include "service/audit_log.hpp"
#include "service/deployment_record.hpp"
#include "service/permission.hpp"
#include "service/plan_runner.hpp"
#include "service/unit_scope.hpp"

namespace siaga::service {

namespace {

constexpr std::size_t kMaxReason = 500;
constexpr std::size_t kMaxNrps = 2000;

Error plan_not_found() {
  return not_found("rencana pengamanan", "deployment plan");
}

Result<Unit> visible_unit(store::Transaction& tx, const Actor& actor, const std::string& code) {
  SIAGA_ASSIGN_OR_RETURN(auto unit, tx.units().find_by_code(code.empty() ? actor.unit_code : code));
  if (!unit || !unit_visible(actor, *unit)) return not_found("satuan", "unit");
  return *unit;
}

// The actor's whole territory lies inside the unit's.
bool inside_unit(const Actor& actor, const Unit& unit) {
  if (actor.territory.is_everywhere()) return false;
  const Territory area = unit_territory(unit);
  const auto& regions = actor.territory.region_codes();
  return !regions.empty() && std::all_of(regions.begin(), regions.end(),
                                         [&](const std::string& r) { return area.covers(r); });
}

Status plannable(const Unit& unit) {
  if (unit.level == UnitLevel::polsek) {
    return make_error(ErrorCode::invalid_input,
                      "Rencana pengamanan dibuat untuk Polres, Polda atau Mabes, bukan Polsek",
                      "Deployment plans are made for a Polres, Polda or Mabes, not a Polsek",
                      "unit_code");
  }
  return ok_status();
}

// NRPs trimmed, deduplicated, each on the roster; the error names the NRP.
Result<std::vector<std::string>> checked_nrps(store::Transaction& tx,
                                              const std::vector<std::string>& nrps,
                                              const char* field) {
  if (nrps.size() > kMaxNrps) {
    return make_error(ErrorCode::invalid_input,
                      fmt::format("Paling banyak {} NRP sekaligus", kMaxNrps),
                      fmt::format("At most {} NRPs at once", kMaxNrps), field);
  }
  std::vector<std::string> out;
  for (const std::string& nrp : nrps) {
    if (std::find(out.begin(), out.end(), nrp) != out.end()) continue;
    SIAGA_ASSIGN_OR_RETURN(auto found, tx.deployment().people_by_nrp({nrp}));
    if (found.empty()) {
      return make_error(ErrorCode::invalid_input,
                        fmt::format("NRP {} tidak ada dalam daftar personel", nrp),
                        fmt::format("NRP {} is not on the personnel roster", nrp), field);
    }
    out.push_back(nrp);
  }
  return out;
}

// The voting day of the election held in the unit's territory, else of the
// national stage calendar, else today there.
Result<std::string> default_voting_day(store::Transaction& tx, const Unit& unit, SysSeconds now) {
  SIAGA_ASSIGN_OR_RETURN(auto elections, tx.elections().list());
  std::string best;
  for (const Election& e : elections) {
    bool related = unit.level == UnitLevel::mabes;
    for (const std::string& r : unit.region_codes) {
      related = related || e.region_code == r || e.region_code.starts_with(r + ".") ||
                r.starts_with(e.region_code + ".");
    }
    if (related && e.voting_date > best) best = e.voting_date;
  }
  if (!best.empty()) return best;
  // No election recorded for the territory: the national voting stage.
  SIAGA_ASSIGN_OR_RETURN(auto stages, tx.elections().stages());
  for (const Stage& s : stages) {
    if (s.code == "pemungutan") return s.starts_on;
  }
  return format_date(std::chrono::floor<std::chrono::days>(now + utc_offset(unit.zone)));
}

}  // namespace

Result<PlanView> DeploymentService::visible_plan(const Actor& actor, std::int64_t id,
                                                 Permission permission) {
  SIAGA_TRY(require(actor, permission));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto plan, tx->deployment().find_plan(id));
  if (!plan) return plan_not_found();
  SIAGA_ASSIGN_OR_RETURN(auto unit, tx->units().find(plan->unit_id));
  if (!unit) return plan_not_found();
  // A Kapolsek reads the plan of the Polres above: his posts are in it.
  const bool reads_from_below =
      permission == Permission::read_deployment && inside_unit(actor, *unit);
  if (!unit_visible(actor, *unit) && !reads_from_below) return plan_not_found();
  return view_of(*plan);
}

Result<PatternView> DeploymentService::patterns(const Actor& actor, const std::string& unit_code) {
  SIAGA_TRY(require(actor, Permission::read_deployment));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(Unit unit, visible_unit(*tx, actor, unit_code));
  SIAGA_ASSIGN_OR_RETURN(auto stored, tx->deployment().patterns_of(unit.id));
  return PatternView{unit.code, unit.name, !stored.has_value(),
                     stored.value_or(national_pattern_2020())};
}

Result<PatternView> DeploymentService::set_patterns(const Actor& actor,
                                                    const std::string& unit_code,
                                                    const PatternSet& patterns) {
  SIAGA_TRY(require(actor, Permission::manage_deployment));
  SIAGA_TRY(validate_patterns(patterns));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(Unit unit, visible_unit(*tx, actor, unit_code));
  SIAGA_TRY(plannable(unit));
  SIAGA_TRY(tx->deployment().set_patterns(unit.id, patterns));
  SIAGA_TRY(append_audit(
      *tx, ctx_.clock, actor.unit_id,
      {actor.username, "guard_pattern.set", "unit", unit.code, patterns_to_json(patterns)}));
  SIAGA_TRY(tx->commit());
  return PatternView{unit.code, unit.name, false, patterns};
}

Result<PlanView> DeploymentService::create(const Actor& actor, const PlanRequest& request) {
  SIAGA_TRY(require(actor, Permission::manage_deployment));
  if (request.reason.size() > kMaxReason) {
    return make_error(ErrorCode::invalid_input,
                      fmt::format("Alasan paling panjang {} karakter", kMaxReason),
                      fmt::format("The reason is at most {} characters", kMaxReason), "reason");
  }
  store::PlanRecord record;
  Unit unit;
  {
    SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
    SIAGA_ASSIGN_OR_RETURN(unit, visible_unit(*tx, actor, request.unit_code));
    SIAGA_TRY(plannable(unit));
    std::chrono::sys_days day;
    if (!request.voting_day.empty() && !parse_date(request.voting_day, day)) {
      return make_error(ErrorCode::invalid_input,
                        "Tanggal pemungutan suara harus berbentuk YYYY-MM-DD",
                        "The voting day must be YYYY-MM-DD", "voting_day");
    }
    SIAGA_ASSIGN_OR_RETURN(auto bko, checked_nrps(*tx, request.bko, "bko"));
    SIAGA_ASSIGN_OR_RETURN(auto out, checked_nrps(*tx, request.unavailable, "unavailable"));
    if (!bko.empty() && unit.level != UnitLevel::polres) {
      return make_error(ErrorCode::invalid_input,
                        "BKO hanya dapat ditambahkan pada rencana sebuah Polres",
                        "BKO can only be added to the plan of a Polres", "bko");
    }
    SIAGA_ASSIGN_OR_RETURN(auto stored, tx->deployment().patterns_of(unit.id));
    record.voting_day = request.voting_day;
    if (record.voting_day.empty()) {
      SIAGA_ASSIGN_OR_RETURN(record.voting_day, default_voting_day(*tx, unit, ctx_.clock.now()));
    }
    record.patterns_json = patterns_to_json(stored.value_or(national_pattern_2020()));
    record.bko_json = strings_to_json(bko);
    record.unavailable_json = strings_to_json(out);
  }
  record.reason = request.reason;
  return start(actor, unit, std::move(record));
}

Result<PlanView> DeploymentService::replan(const Actor& actor, std::int64_t plan_id,
                                           const std::string& reason,
                                           const std::vector<std::string>& unavailable,
                                           const std::vector<std::string>& bko) {
  SIAGA_ASSIGN_OR_RETURN(PlanView base,
                         visible_plan(actor, plan_id, Permission::manage_deployment));
  if (base.record.status == store::PlanStatus::running ||
      base.record.status == store::PlanStatus::cancelled ||
      base.record.status == store::PlanStatus::failed) {
    return make_error(ErrorCode::conflict,
                      "Hanya rencana yang sudah jadi yang dapat direncanakan ulang",
                      "Only a finished plan can be replanned", "id");
  }
  if (reason.empty() || reason.size() > kMaxReason) {
    return make_error(
        ErrorCode::invalid_input,
        fmt::format("Alasan perencanaan ulang wajib diisi, paling panjang {} karakter", kMaxReason),
        fmt::format("A reason for the replan is required, at most {} characters", kMaxReason),
        "reason");
  }
  store::PlanRecord record;
  Unit unit;
  {
    SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
    SIAGA_ASSIGN_OR_RETURN(auto found, tx->units().find(base.record.unit_id));
    if (!found) return plan_not_found();
    unit = *found;
    SIAGA_ASSIGN_OR_RETURN(auto more_bko, checked_nrps(*tx, bko, "bko"));
    SIAGA_ASSIGN_OR_RETURN(auto more_out, checked_nrps(*tx, unavailable, "unavailable"));
    if (!more_bko.empty() && unit.level != UnitLevel::polres) {
      return make_error(ErrorCode::invalid_input,
                        "BKO hanya dapat ditambahkan pada rencana sebuah Polres",
                        "BKO can only be added to the plan of a Polres", "bko");
    }
    auto all_bko = base.bko;
    for (auto& n : more_bko) {
      if (std::find(all_bko.begin(), all_bko.end(), n) == all_bko.end()) all_bko.push_back(n);
    }
    auto all_out = base.unavailable;
    for (auto& n : more_out) {
      if (std::find(all_out.begin(), all_out.end(), n) == all_out.end()) all_out.push_back(n);
    }
    // Back from the list of the unavailable when named as BKO again.
    std::erase_if(all_out, [&](const std::string& n) {
      return std::find(more_bko.begin(), more_bko.end(), n) != more_bko.end();
    });
    SIAGA_ASSIGN_OR_RETURN(auto stored, tx->deployment().patterns_of(unit.id));
    record.patterns_json = patterns_to_json(stored.value_or(national_pattern_2020()));
    record.bko_json = strings_to_json(all_bko);
    record.unavailable_json = strings_to_json(all_out);
  }
  record.voting_day = base.record.voting_day;
  record.reason = reason;
  record.based_on = plan_id;
  return start(actor, unit, std::move(record));
}

Result<PlanView> DeploymentService::start(const Actor& actor, const Unit& unit,
                                          store::PlanRecord record) {
  {
    SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
    SIAGA_ASSIGN_OR_RETURN(auto existing, tx->deployment().plans_of(unit.id));
    for (const auto& p : existing) {
      if (p.status == store::PlanStatus::running) {
        return make_error(ErrorCode::conflict,
                          fmt::format("Rencana versi {} untuk satuan ini masih dibuat", p.version),
                          fmt::format("Version {} for this unit is still being made", p.version),
                          "unit_code");
      }
    }
    SIAGA_ASSIGN_OR_RETURN(int last, tx->deployment().last_version(unit.id));
    record.unit_id = unit.id;
    record.unit_code = unit.code;
    record.unit_name = unit.name;
    record.version = last + 1;
    record.status = store::PlanStatus::running;
    record.created_by = actor.username;
    record.created_at = format_utc(ctx_.clock.now());
    SIAGA_ASSIGN_OR_RETURN(record.id, tx->deployment().insert_plan(record));
    SIAGA_TRY(append_audit(
        *tx, ctx_.clock, actor.unit_id,
        {actor.username, "deployment_plan.created", "deployment_plan", std::to_string(record.id),
         fmt::format(R"({{"unit":"{}","version":{}}})", unit.code, record.version)}));
    SIAGA_TRY(tx->commit());
  }
  if (ctx_.plan_runner) {
    ctx_.plan_runner->start(record.id);
  } else {
    (void)run(record.id, progress_);
  }
  return get(actor, record.id);
}

Status DeploymentService::fail_interrupted() {
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto running, tx->deployment().running_plans());
  for (std::int64_t id : running) {
    SIAGA_ASSIGN_OR_RETURN(auto plan, tx->deployment().find_plan(id));
    if (!plan) continue;
    plan->status = store::PlanStatus::failed;
    plan->message = "Terhenti karena server dimulai ulang / Interrupted by a server restart";
    SIAGA_TRY(tx->deployment().update_plan(*plan));
  }
  return tx->commit();
}

Result<PlanView> DeploymentService::get(const Actor& actor, std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(PlanView view, visible_plan(actor, id, Permission::read_deployment));
  if (view.record.status == store::PlanStatus::running) return view;
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  auto& repo = tx->deployment();
  SIAGA_ASSIGN_OR_RETURN(auto posts, repo.posts(id));
  SIAGA_ASSIGN_OR_RETURN(auto tps, repo.post_tps(id));
  std::map<int, std::int64_t> first_tps;
  for (const auto& t : tps) {
    if (t.seq == 0) first_tps[t.number] = t.tps_id;
  }
  std::map<std::int64_t, std::pair<std::string, std::string>> unit_names;
  auto unit_name = [&](std::int64_t unit_id) -> Result<std::pair<std::string, std::string>> {
    if (auto it = unit_names.find(unit_id); it != unit_names.end()) return it->second;
    SIAGA_ASSIGN_OR_RETURN(auto u, tx->units().find(unit_id));
    auto names = u ? std::pair{u->code, u->name} : std::pair<std::string, std::string>{};
    unit_names[unit_id] = names;
    return names;
  };
  for (const auto& p : posts) {
    if (p.officers_missing <= 0) continue;
    ShortfallView s;
    s.post = p.number;
    s.tps_class = p.tps_class;
    s.officers_missing = p.officers_missing;
    if (p.sector_unit_id) {
      SIAGA_ASSIGN_OR_RETURN(auto names, unit_name(*p.sector_unit_id));
      s.sector_code = names.first;
      s.sector_name = names.second;
    }
    if (auto f = first_tps.find(p.number); f != first_tps.end()) {
      SIAGA_ASSIGN_OR_RETURN(auto t, tx->tps().find(f->second, Territory::everywhere()));
      if (t) s.first_tps = t->code;
    }
    view.shortfall.push_back(std::move(s));
  }
  SIAGA_ASSIGN_OR_RETURN(auto reserve, repo.officer_views(id, std::nullopt, std::nullopt, true));
  for (const auto& o : reserve) {
    if (view.reserve_by_unit.empty() || view.reserve_by_unit.back().unit_code != o.unit_code) {
      view.reserve_by_unit.push_back({o.unit_code, o.unit_name, 0});
    }
    ++view.reserve_by_unit.back().count;
  }
  return view;
}

Result<std::vector<PlanView>> DeploymentService::list(const Actor& actor,
                                                      const std::string& unit_code) {
  SIAGA_TRY(require(actor, Permission::read_deployment));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto unit,
                         tx->units().find_by_code(unit_code.empty() ? actor.unit_code : unit_code));
  if (!unit || !(unit_visible(actor, *unit) || inside_unit(actor, *unit))) {
    return not_found("satuan", "unit");
  }
  SIAGA_ASSIGN_OR_RETURN(auto plans, tx->deployment().plans_of(unit->id));
  std::vector<PlanView> out;
  for (const auto& p : plans) out.push_back(view_of(p));
  return out;
}

Result<PlanView> DeploymentService::cancel(const Actor& actor, std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(PlanView view, visible_plan(actor, id, Permission::manage_deployment));
  if (view.record.status != store::PlanStatus::running) {
    return make_error(ErrorCode::conflict, "Rencana ini tidak sedang dibuat",
                      "This plan is not being made", "id");
  }
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_TRY(tx->deployment().request_cancel(id));
  SIAGA_TRY(append_audit(
      *tx, ctx_.clock, actor.unit_id,
      {actor.username, "deployment_plan.cancel", "deployment_plan", std::to_string(id), "{}"}));
  SIAGA_TRY(tx->commit());
  view.record.cancel_requested = true;
  return view;
}

Result<PlanView> DeploymentService::approve(const Actor& actor, std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(PlanView view, visible_plan(actor, id, Permission::approve_deployment));
  if (view.record.status != store::PlanStatus::draft) {
    return make_error(
        ErrorCode::conflict,
        fmt::format("Hanya konsep yang dapat disahkan; rencana ini berstatus {}",
                    to_string(view.record.status)),
        fmt::format("Only a draft can be approved; this plan is {}", to_string(view.record.status)),
        "status");
  }
  {
    SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
    SIAGA_ASSIGN_OR_RETURN(auto plans, tx->deployment().plans_of(view.record.unit_id));
    for (auto p : plans) {
      if (p.id == id) {
        if (p.status != store::PlanStatus::draft) {
          return make_error(ErrorCode::conflict, "Rencana ini baru saja berubah status",
                            "This plan's status has just changed", "status");
        }
        p.status = store::PlanStatus::approved;
        p.approved_by = actor.username;
        p.approved_at = format_utc(ctx_.clock.now());
        SIAGA_TRY(tx->deployment().update_plan(p));
      } else if (p.status == store::PlanStatus::approved) {
        p.status = store::PlanStatus::superseded;
        SIAGA_TRY(tx->deployment().update_plan(p));
      }
    }
    SIAGA_TRY(append_audit(
        *tx, ctx_.clock, actor.unit_id,
        {actor.username, "deployment_plan.approved", "deployment_plan", std::to_string(id), "{}"}));
    SIAGA_TRY(tx->commit());
  }
  return get(actor, id);
}

Result<PostPage> DeploymentService::posts(const Actor& actor, std::int64_t id,
                                          const std::optional<std::string>& sector_code, int limit,
                                          int offset) {
  SIAGA_ASSIGN_OR_RETURN(PlanView view, visible_plan(actor, id, Permission::read_deployment));
  if (limit < 1 || limit > 5000) {
    return make_error(ErrorCode::invalid_input, "limit harus 1 sampai 5000",
                      "limit must be 1 to 5000", "limit");
  }
  if (offset < 0) {
    return make_error(ErrorCode::invalid_input, "offset tidak boleh negatif",
                      "offset must not be negative", "offset");
  }
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  std::optional<std::int64_t> sector;
  if (sector_code) {
    SIAGA_ASSIGN_OR_RETURN(auto unit, tx->units().find_by_code(*sector_code));
    if (!unit) return not_found("satuan", "unit");
    sector = unit->id;
  }
  auto& repo = tx->deployment();
  PostPage page;
  SIAGA_ASSIGN_OR_RETURN(page.total, repo.count_posts(id, sector));
  SIAGA_ASSIGN_OR_RETURN(auto views, repo.post_views(id, sector, limit, offset));
  if (views.empty()) return page;
  const int from = views.front().post.number, to = views.back().post.number;
  SIAGA_ASSIGN_OR_RETURN(auto tps, repo.tps_views(id, from, to));
  SIAGA_ASSIGN_OR_RETURN(auto officers, repo.officer_views(id, from, to, false));
  SIAGA_ASSIGN_OR_RETURN(auto partners, repo.partner_views(id, from, to));
  std::map<int, std::size_t> at;
  for (auto& v : views) {
    at[v.post.number] = page.items.size();
    page.items.push_back({std::move(v), {}, {}, {}});
  }
  for (auto& t : tps) {
    if (auto it = at.find(t.number); it != at.end()) page.items[it->second].tps.push_back(t);
  }
  for (auto& o : officers) {
    if (auto it = at.find(*o.number); it != at.end()) page.items[it->second].officers.push_back(o);
  }
  for (auto& p : partners) {
    if (auto it = at.find(p.number); it != at.end()) page.items[it->second].partners.push_back(p);
  }
  (void)view;
  return page;
}

Result<std::vector<PostDetail>> DeploymentService::all_posts(std::int64_t id) {
  Actor console;
  console.username = "console";
  console.role = Role::admin;
  std::vector<PostDetail> out;
  for (int offset = 0;; offset += 5000) {
    SIAGA_ASSIGN_OR_RETURN(auto page, posts(console, id, std::nullopt, 5000, offset));
    for (auto& p : page.items) out.push_back(std::move(p));
    if (static_cast<std::int64_t>(out.size()) >= page.total || page.items.empty()) break;
  }
  return out;
}

Result<std::vector<store::PostOfficerView>> DeploymentService::reserve(const Actor& actor,
                                                                       std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(PlanView view, visible_plan(actor, id, Permission::read_deployment));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  return tx->deployment().officer_views(id, std::nullopt, std::nullopt, true);
}

Result<OfficerAssignment> DeploymentService::officer(const Actor& actor, std::int64_t id,
                                                     const std::string& nrp) {
  SIAGA_ASSIGN_OR_RETURN(PlanView view, visible_plan(actor, id, Permission::read_deployment));
  std::optional<store::PostOfficerView> found;
  {
    SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
    SIAGA_ASSIGN_OR_RETURN(auto all,
                           tx->deployment().officer_views(id, std::nullopt, std::nullopt, false));
    for (auto& o : all) {
      if (o.nrp == nrp) found = o;
    }
  }
  if (!found) return not_found("personel dalam rencana ini", "officer in this plan");
  OfficerAssignment out{*found, std::nullopt};
  if (found->number) {
    SIAGA_ASSIGN_OR_RETURN(auto page, posts(actor, id, std::nullopt, 1, *found->number - 1));
    if (!page.items.empty()) out.post = std::move(page.items.front());
  }
  return out;
}

}  // namespace siaga::service
