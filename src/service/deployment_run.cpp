// DeploymentService::run: inputs from the database, the planner engine, the
// result stored in one transaction.

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <unordered_map>

#include "service/audit_log.hpp"
#include "service/deployment_inputs.hpp"
#include "service/deployment_record.hpp"
#include "service/deployment_service.hpp"
#include "service/permission.hpp"

namespace siaga::service {

namespace {

namespace dep = engine::deployment;

// The order the engine fills posts with Linmas: the most vulnerable first.
int fill_rank(TpsClass c) {
  return c == TpsClass::kurang_rawan ? 1 : c == TpsClass::rawan ? 2 : 4;
}

// The previous version in the indices of this run's input.
Result<dep::PreviousPlan> previous_in(store::DeploymentRepo& repo, std::int64_t plan_id,
                                      const PlanningData& data) {
  std::unordered_map<std::int64_t, std::size_t> tps_at, officer_at;
  for (std::size_t i = 0; i < data.tps_rows.size(); ++i) tps_at[data.tps_rows[i].id] = i;
  for (std::size_t i = 0; i < data.officer_person.size(); ++i)
    officer_at[data.officer_person[i]] = i;
  SIAGA_ASSIGN_OR_RETURN(auto posts, repo.posts(plan_id));
  SIAGA_ASSIGN_OR_RETURN(auto tps, repo.post_tps(plan_id));
  SIAGA_ASSIGN_OR_RETURN(auto assignments, repo.assignments(plan_id));
  dep::PreviousPlan previous;
  previous.posts.resize(posts.size());
  std::unordered_map<int, std::size_t> post_at;
  for (std::size_t p = 0; p < posts.size(); ++p) {
    post_at[posts[p].number] = p;
    previous.posts[p].tps_class = posts[p].tps_class;
    previous.posts[p].stretched = posts[p].stretched;
  }
  for (const auto& t : tps) {
    auto p = post_at.find(t.number);
    auto i = tps_at.find(t.tps_id);
    if (p != post_at.end() && i != tps_at.end()) previous.posts[p->second].tps.push_back(i->second);
  }
  for (const auto& a : assignments) {
    if (!a.number) continue;
    auto p = post_at.find(*a.number);
    auto i = officer_at.find(a.person_id);
    if (p != post_at.end() && i != officer_at.end())
      previous.posts[p->second].officers.push_back(i->second);
  }
  return previous;
}

struct Stored {
  store::PlanResultRows rows;
  PlanSummary summary;
};

Stored result_rows(const PlanningData& data, const dep::Plan& plan, const PatternSet& patterns) {
  Stored out;
  PlanSummary& s = out.summary;
  std::vector<int> missing(plan.posts.size(), 0);
  for (const auto& sf : plan.shortfall) missing[sf.post] = sf.officers_missing;

  // Named Linmas from each TPS's desa roster and TNI from the desa, then the
  // Polres; the most vulnerable posts first, as the engine counted them.
  std::vector<std::size_t> linmas_next(data.linmas_of_desa.size(), 0);
  std::vector<std::size_t> tni_next(data.tni_of_desa.size(), 0);
  std::vector<std::size_t> tni_polres_next(data.tni_of_polres.size(), 0);
  std::vector<std::size_t> order(plan.posts.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return fill_rank(plan.posts[a].tps_class) > fill_rank(plan.posts[b].tps_class);
  });
  for (std::size_t p : order) {
    const dep::PlannedPost& post = plan.posts[p];
    const int number = static_cast<int>(p + 1);
    for (std::size_t k = 0; k < post.tps.size(); ++k) {
      const std::size_t desa = data.tps[post.tps[k]].desa;
      const int want = k < post.linmas_by_tps.size() ? post.linmas_by_tps[k] : 0;
      for (int n = 0; n < want && linmas_next[desa] < data.linmas_of_desa[desa].size(); ++n)
        out.rows.partners.push_back({number, data.linmas_of_desa[desa][linmas_next[desa]++],
                                     data.tps_rows[post.tps[k]].id});
    }
    int tni = 0;
    for (std::size_t k = 0; k < post.tps.size() && tni < post.tni_needed; ++k) {
      const std::size_t desa = data.tps[post.tps[k]].desa;
      while (tni < post.tni_needed && tni_next[desa] < data.tni_of_desa[desa].size()) {
        out.rows.partners.push_back({number, data.tni_of_desa[desa][tni_next[desa]++], {}});
        ++tni;
      }
    }
    auto& pool = data.tni_of_polres[post.polres];
    while (tni < post.tni_needed && tni_polres_next[post.polres] < pool.size()) {
      out.rows.partners.push_back({number, pool[tni_polres_next[post.polres]++], {}});
      ++tni;
    }
    s.tni_assigned += tni;
  }

  double tour = 0;
  for (std::size_t p = 0; p < plan.posts.size(); ++p) {
    const dep::PlannedPost& post = plan.posts[p];
    const int number = static_cast<int>(p + 1);
    store::PlanPostRow row;
    row.number = number;
    row.tps_class = post.tps_class;
    row.polres_unit_id = data.polres_unit[post.polres];
    row.sector_unit_id = data.sector_unit[post.sector];
    row.position = post.position;
    row.tour_m = post.tour_m;
    row.stretched = post.stretched;
    row.officers_needed = post.officers_needed;
    row.officers_missing = missing[p];
    row.tni_needed = post.tni_needed;
    row.linmas_needed = post.linmas_needed;
    row.linmas_assigned = post.linmas_assigned;
    out.rows.posts.push_back(row);
    for (std::size_t k = 0; k < post.tps.size(); ++k) {
      const std::size_t t = post.tps[k];
      out.rows.tps.push_back({number, static_cast<int>(k), data.tps_rows[t].id,
                              data.tps[t].tps_class, data.class_defaulted[t],
                              k < post.linmas_by_tps.size() ? post.linmas_by_tps[k] : 0});
    }
    for (std::size_t o : post.officers)
      out.rows.assignments.push_back({data.officer_person[o], number, data.officer_bko[o]});
    s.officers_assigned += static_cast<std::int64_t>(post.officers.size());
    s.officers_missing += missing[p];
    s.posts_short += missing[p] > 0 ? 1 : 0;
    s.tni_needed += post.tni_needed;
    s.linmas_needed += post.linmas_needed;
    s.linmas_assigned += post.linmas_assigned;
    tour += post.tour_m;
  }
  for (std::size_t o : plan.reserve)
    out.rows.assignments.push_back({data.officer_person[o], std::nullopt, data.officer_bko[o]});
  std::sort(out.rows.assignments.begin(), out.rows.assignments.end(),
            [](const auto& a, const auto& b) { return a.person_id < b.person_id; });

  s.tps = static_cast<std::int64_t>(data.tps.size());
  s.posts = static_cast<std::int64_t>(plan.posts.size());
  s.officers_available = static_cast<std::int64_t>(data.officers.size());
  s.reserve = static_cast<std::int64_t>(plan.reserve.size());
  s.stretched_pairs = plan.stretched_pairs;
  s.linmas_missing = s.linmas_needed - s.linmas_assigned;
  s.tps_without_class = std::count(data.class_defaulted.begin(), data.class_defaulted.end(), true);
  s.cost_m = plan.cost_m;
  s.mean_tour_m = plan.posts.empty() ? 0 : tour / static_cast<double>(plan.posts.size());
  (void)patterns;
  return out;
}

std::vector<PlanWarning> result_warnings(const PlanSummary& s) {
  std::vector<PlanWarning> w;
  if (s.officers_missing > 0) {
    w.push_back({"officers_short",
                 fmt::format("Kekurangan {} personel Polri di {} pos: lihat daftar kekurangan",
                             s.officers_missing, s.posts_short),
                 fmt::format("{} Polri officers short at {} posts: see the shortfall list",
                             s.officers_missing, s.posts_short)});
  }
  if (s.stretched_pairs > 0) {
    w.push_back({"stretched",
                 fmt::format("Rencana darurat: {} pasang pos kurang rawan/rawan digabung agar "
                             "cukup personel",
                             s.stretched_pairs),
                 fmt::format("Degraded plan: {} pairs of kurang rawan/rawan posts merged to fit "
                             "the people available",
                             s.stretched_pairs)});
  }
  if (s.linmas_missing > 0) {
    w.push_back({"linmas_short",
                 fmt::format("Kekurangan {} Linmas menurut daftar desa", s.linmas_missing),
                 fmt::format("{} Linmas short on the desa rosters", s.linmas_missing)});
  }
  if (s.tni_assigned < s.tni_needed) {
    w.push_back({"tni_short", fmt::format("Kekurangan {} TNI", s.tni_needed - s.tni_assigned),
                 fmt::format("{} TNI short", s.tni_needed - s.tni_assigned)});
  }
  return w;
}

Status finish(store::Database& db, const Clock& clock, store::PlanRecord plan,
              store::PlanStatus status, std::string message) {
  SIAGA_ASSIGN_OR_RETURN(auto tx, db.begin(store::TxMode::write));
  plan.status = status;
  plan.message = std::move(message);
  SIAGA_TRY(tx->deployment().update_plan(plan));
  SIAGA_TRY(append_audit(*tx, clock, plan.unit_id,
                         {plan.created_by, fmt::format("deployment_plan.{}", to_string(status)),
                          "deployment_plan", std::to_string(plan.id), "{}"}));
  return tx->commit();
}

}  // namespace

Status DeploymentService::run(std::int64_t plan_id, const PlanProgress& progress) {
  const auto started = std::chrono::steady_clock::now();
  store::PlanRecord plan;
  PlanningData data;
  PatternSet patterns;
  dep::PreviousPlan previous;
  {
    SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
    SIAGA_ASSIGN_OR_RETURN(auto found, tx->deployment().find_plan(plan_id));
    if (!found || found->status != store::PlanStatus::running) {
      return make_error(ErrorCode::conflict, "Rencana tidak sedang dibuat",
                        "The plan is not being made", "id");
    }
    plan = std::move(*found);
    patterns = patterns_from_json(plan.patterns_json);
    auto loaded = load_planning_data(*tx, plan, patterns);
    if (!loaded.ok()) {
      tx.reset();
      (void)finish(ctx_.db, ctx_.clock, plan, store::PlanStatus::failed, loaded.error().message);
      return loaded.error();
    }
    data = std::move(*loaded);
    if (plan.based_on) {
      SIAGA_ASSIGN_OR_RETURN(previous, previous_in(tx->deployment(), *plan.based_on, data));
    }
  }

  // Progress and cancellation go through the plan's row, so a cancel sent to
  // another server instance reaches this run too.
  std::atomic<bool> cancel{false};
  std::mutex progress_mutex;
  auto last_write = std::chrono::steady_clock::now();
  dep::PlanInput input;
  input.tps = data.tps;
  input.officers = data.officers;
  input.linmas_per_desa = data.linmas_per_desa;
  input.patterns = patterns;
  input.cancel = &cancel;
  input.progress = [&](std::size_t done, std::size_t total) {
    if (progress) progress(done, total);
    std::lock_guard lock(progress_mutex);
    const auto now = std::chrono::steady_clock::now();
    if (now - last_write < std::chrono::milliseconds(250) && done != total) return;
    last_write = now;
    auto tx = ctx_.db.begin(store::TxMode::write);
    if (!tx.ok()) return;
    auto row = (*tx)->deployment().find_plan(plan_id);
    if (!row.ok() || !*row) return;
    if ((*row)->cancel_requested) cancel = true;
    (*row)->progress = total ? static_cast<double>(done) / static_cast<double>(total) : 1.0;
    if ((*tx)->deployment().update_plan(**row).ok()) (void)(*tx)->commit();
  };

  const dep::Plan made =
      plan.based_on ? dep::replan_deployment(input, previous) : dep::plan_deployment(input);
  if (made.cancelled) {
    return finish(ctx_.db, ctx_.clock, plan, store::PlanStatus::cancelled,
                  "Dibatalkan / Cancelled");
  }
  Stored stored = result_rows(data, made, patterns);
  stored.summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::vector<PlanWarning> warnings = data.warnings;
  for (auto& w : result_warnings(stored.summary)) warnings.push_back(std::move(w));

  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto current, tx->deployment().find_plan(plan_id));
  if (!current) return not_found("Rencana", "Plan");
  if (current->cancel_requested) {
    tx.reset();
    return finish(ctx_.db, ctx_.clock, plan, store::PlanStatus::cancelled,
                  "Dibatalkan / Cancelled");
  }
  SIAGA_TRY(tx->deployment().save_result(plan_id, stored.rows));
  plan.status = store::PlanStatus::draft;
  plan.progress = 1;
  plan.message.clear();
  plan.summary_json = summary_to_json(stored.summary);
  plan.warnings_json = warnings_to_json(warnings);
  SIAGA_TRY(tx->deployment().update_plan(plan));
  SIAGA_TRY(append_audit(
      *tx, ctx_.clock, plan.unit_id,
      {plan.created_by, "deployment_plan.made", "deployment_plan", std::to_string(plan.id),
       fmt::format(R"({{"posts":{},"officers_missing":{}}})", stored.summary.posts,
                   stored.summary.officers_missing)}));
  SIAGA_TRY(tx->commit());
  return ok_status();
}

}  // namespace siaga::service
