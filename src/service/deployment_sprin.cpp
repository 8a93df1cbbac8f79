// The Sprin of a plan: its rows gathered for report/sprin_*.

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "domain/time_zone.hpp"
#include "report/sprin_report.hpp"
#include "service/deployment_service.hpp"
#include "service/permission.hpp"

namespace siaga::service {

namespace {

report::SprinPerson person_of(const store::PostOfficerView& o) {
  return {o.name, o.rank, o.nrp, o.unit_name};
}

std::string pattern_text(const GuardPattern& g) {
  return fmt::format("{}-{}-{}", g.officers, g.tps_per_post, g.linmas_per_tps);
}

Result<report::SprinReport> gather(DeploymentService& service, store::Database& db,
                                   const Clock& clock, const PlanView& view) {
  report::SprinReport r;
  const store::PlanRecord& plan = view.record;
  SIAGA_ASSIGN_OR_RETURN(auto tx, db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto unit, tx->units().find(plan.unit_id));
  if (!unit) return not_found("satuan", "unit");
  if (unit->parent_id) {
    SIAGA_ASSIGN_OR_RETURN(auto parent, tx->units().find(*unit->parent_id));
    if (parent && parent->level != UnitLevel::mabes) r.parent_unit_name = parent->name;
  }
  r.unit_name = unit->name;
  const std::string year = plan.voting_day.substr(0, 4);
  r.election = fmt::format("Pemilihan Serentak {}", year);
  r.voting_day = long_date_id(plan.voting_day);
  r.generated_at = format_local(clock.now(), unit->zone);
  r.status = std::string(to_string(plan.status));
  r.version = plan.version;
  if (!plan.approved_by.empty()) {
    r.approved_by = plan.approved_by;
    SysSeconds at;
    r.approved_at =
        parse_utc(plan.approved_at, at) ? format_local(at, unit->zone) : plan.approved_at;
    r.number = fmt::format("Sprin/{}/{}/OPS/{}", plan.id, plan.version, year);
  }
  for (const PlanWarning& w : view.warnings) r.warnings.push_back(w.message_id);
  r.tps_count = view.summary.tps;
  r.officers_assigned = view.summary.officers_assigned;
  r.officers_missing = view.summary.officers_missing;
  r.linmas_assigned = view.summary.linmas_assigned;
  tx.reset();

  SIAGA_ASSIGN_OR_RETURN(auto posts, service.all_posts(plan.id));
  std::map<int, std::pair<std::string, std::string>> first_of_post;  // TPS code, desa
  for (const PostDetail& p : posts) {
    report::SprinPost post;
    post.number = p.post.post.number;
    post.sector = p.post.sector_name;
    post.tps_class = p.post.post.tps_class;
    post.pattern = pattern_text(view.patterns.at(post.tps_class));
    post.stretched = p.post.post.stretched;
    post.officers_missing = p.post.post.officers_missing;
    post.linmas_missing = p.post.post.linmas_needed - p.post.post.linmas_assigned;
    for (const auto& t : p.tps) {
      post.tps.push_back(
          {t.code, t.tps_number, t.desa_name, t.kecamatan_name, t.address, t.tps_class});
    }
    if (!p.tps.empty()) first_of_post[post.number] = {p.tps.front().code, p.tps.front().desa_name};
    for (const auto& o : p.officers) post.officers.push_back(person_of(o));
    std::map<std::string, std::string> desa_name;
    for (const auto& t : p.tps) desa_name[t.desa_code] = t.desa_name;
    for (const auto& m : p.partners) {
      if (m.force == "linmas") {
        post.linmas.push_back({m.name,
                               desa_name.count(m.desa_code) ? desa_name[m.desa_code] : m.desa_code,
                               m.tps_code});
      } else {
        post.tni.push_back({m.name, m.rank, m.identifier, "TNI"});
      }
    }
    r.posts.push_back(std::move(post));
  }

  SIAGA_ASSIGN_OR_RETURN(auto tx2, db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(
      auto everyone, tx2->deployment().officer_views(plan.id, std::nullopt, std::nullopt, false));
  for (const auto& o : everyone) {
    report::SprinAssignment a{person_of(o), o.number.value_or(0), "", ""};
    if (o.number) {
      a.first_tps = first_of_post[*o.number].first;
      a.desa = first_of_post[*o.number].second;
    } else {
      r.reserve.push_back(person_of(o));
    }
    r.assignments.push_back(std::move(a));
  }
  std::stable_sort(r.reserve.begin(), r.reserve.end(),
                   [](const report::SprinPerson& a, const report::SprinPerson& b) {
                     return std::tie(a.unit, a.name) < std::tie(b.unit, b.name);
                   });
  return r;
}

}  // namespace

Result<std::string> DeploymentService::sprin_pdf(const Actor& actor, std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(PlanView view, visible_plan(actor, id, Permission::read_deployment));
  if (view.record.status == store::PlanStatus::running ||
      view.record.status == store::PlanStatus::cancelled ||
      view.record.status == store::PlanStatus::failed) {
    return make_error(ErrorCode::conflict, "Rencana ini belum jadi: belum ada Sprin",
                      "This plan is not finished: no Sprin yet", "id");
  }
  SIAGA_ASSIGN_OR_RETURN(auto report, gather(*this, ctx_.db, ctx_.clock, view));
  return report::render_sprin_pdf(report);
}

Result<std::string> DeploymentService::sprin_xlsx(const Actor& actor, std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(PlanView view, visible_plan(actor, id, Permission::read_deployment));
  if (view.record.status == store::PlanStatus::running ||
      view.record.status == store::PlanStatus::cancelled ||
      view.record.status == store::PlanStatus::failed) {
    return make_error(ErrorCode::conflict, "Rencana ini belum jadi: belum ada Sprin",
                      "This plan is not finished: no Sprin yet", "id");
  }
  SIAGA_ASSIGN_OR_RETURN(auto report, gather(*this, ctx_.db, ctx_.clock, view));
  return report::render_sprin_xlsx(report);
}

}  // namespace siaga::service
