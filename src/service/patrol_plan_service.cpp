#include "service/patrol_plan_service.hpp"

#include <algorithm>
#include <chrono>

#include <fmt/format.h>

#include "engine/routing/solver.hpp"
#include "service/audit_log.hpp"
#include "service/idempotency.hpp"
#include "service/json_text.hpp"
#include "service/patrol_plan_parts.hpp"
#include "service/permission.hpp"

namespace siaga::service {

namespace {

constexpr const char* kCreateScope = "patrol_plans.create";
// Fixed, so that the same plan solved twice within its iteration budget
// gives the same routes.
constexpr std::uint64_t kSolveSeed = 20241127;
constexpr unsigned kSolveThreads = 2;

Error plan_not_found() {
  return not_found("rencana patroli", "patrol plan");
}

Result<PatrolPlanView> view_of(store::Transaction& tx, PatrolPlan plan) {
  PatrolPlanView view;
  SIAGA_ASSIGN_OR_RETURN(auto unit, tx.units().find(plan.unit_id));
  if (unit) view.zone = unit->zone;
  view.depot_name = plan.depot_name;
  if (view.depot_name.empty()) {
    if (plan.depot_unit_id == plan.unit_id && unit) {
      view.depot_name = unit->name;
    } else {
      SIAGA_ASSIGN_OR_RETURN(auto depot, tx.units().find(plan.depot_unit_id));
      if (depot) view.depot_name = depot->name;
    }
  }
  view.plan = std::move(plan);
  return view;
}

Result<PatrolPlanView> load_view(store::Transaction& tx, std::int64_t plan_id,
                                 const Territory& territory) {
  SIAGA_ASSIGN_OR_RETURN(auto plan, tx.patrols().find_plan(plan_id, territory));
  if (!plan) return plan_not_found();
  return view_of(tx, std::move(*plan));
}

std::string audit_detail(const PatrolPlan& p) {
  return json_object({{"unit_id", std::to_string(p.unit_id)},
                      {"kind", std::string(to_string(p.kind))},
                      {"name", p.name},
                      {"date", p.date},
                      {"shift", p.shift_start + "-" + p.shift_end},
                      {"teams", std::to_string(p.teams.size())},
                      {"stops", std::to_string(p.stops.size())}});
}

}  // namespace

Result<PatrolPlanCreated> PatrolPlanService::create(const Actor& actor,
                                                    const PatrolPlanInput& input,
                                                    const std::string& idempotency_key,
                                                    const std::string& fingerprint) {
  SIAGA_TRY(require(actor, Permission::manage_patrols));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  const IdempotentRequest replay{actor.user_id, kCreateScope, idempotency_key, fingerprint};
  SIAGA_ASSIGN_OR_RETURN(auto earlier_id, earlier_result(*tx, replay));
  if (earlier_id) {
    SIAGA_ASSIGN_OR_RETURN(auto view, load_view(*tx, *earlier_id, actor.territory));
    return PatrolPlanCreated{std::move(view), true};
  }
  const SysSeconds now = ctx_.clock.now();
  SIAGA_ASSIGN_OR_RETURN(BuiltPatrolPlan built, build_patrol_plan(*tx, actor, input, now));
  PatrolPlan& plan = built.plan;
  SIAGA_TRY(tx->patrols().create_plan(plan, built.stop_need_index));
  SIAGA_TRY(remember_result(*tx, replay, plan.id));
  SIAGA_TRY(append_audit(*tx, ctx_.clock, actor.unit_id,
                         {actor.username, "patrol_plan.create", "patrol_plan",
                          std::to_string(plan.id), audit_detail(plan)}));
  SIAGA_ASSIGN_OR_RETURN(auto view, load_view(*tx, plan.id, Territory::everywhere()));
  SIAGA_TRY(tx->commit());
  return PatrolPlanCreated{std::move(view), false};
}

Result<PatrolPlanView> PatrolPlanService::solve(const Actor& actor, std::int64_t plan_id,
                                                std::optional<double> seconds) {
  SIAGA_TRY(require(actor, Permission::manage_patrols));
  double budget = seconds.value_or(kDefaultSolveSeconds);
  if (!(budget == budget)) budget = kDefaultSolveSeconds;
  budget = std::clamp(budget, kMinSolveSeconds, kMaxSolveSeconds);

  // Solve outside any transaction: a write lock held for seconds would stall
  // every other writer.
  PatrolPlan plan;
  {
    SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
    SIAGA_ASSIGN_OR_RETURN(auto found, tx->patrols().find_plan(plan_id, actor.territory));
    if (!found) return plan_not_found();
    plan = std::move(*found);
  }
  const engine::routing::Problem problem = routing_problem(plan);
  engine::routing::SolveOptions options;
  options.time_limit = std::chrono::milliseconds(static_cast<long long>(budget * 1000));
  options.seed = kSolveSeed;
  options.threads = kSolveThreads;
  const auto started = std::chrono::steady_clock::now();
  const engine::routing::Plan routes = engine::routing::solve(problem, options);
  const double took =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const store::PatrolSolution solution =
      patrol_solution(plan, problem, routes, ctx_.clock.now(), took);

  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto current, tx->patrols().find_plan(plan_id, actor.territory));
  if (!current) return plan_not_found();
  SIAGA_TRY(tx->patrols().save_solution(plan_id, solution));
  int unserved = 0;
  for (const auto& s : solution.stops) unserved += s.unserved_reason.empty() ? 0 : 1;
  SIAGA_TRY(
      append_audit(*tx, ctx_.clock, actor.unit_id,
                   {actor.username, "patrol_plan.solve", "patrol_plan", std::to_string(plan_id),
                    json_object({{"seconds", fmt::format("{:.1f}", budget)},
                                 {"routes", std::to_string(routes.routes.size())},
                                 {"unserved", std::to_string(unserved)},
                                 {"cost_s", fmt::format("{:.0f}", solution.cost_s)}})}));
  SIAGA_ASSIGN_OR_RETURN(auto view, load_view(*tx, plan_id, Territory::everywhere()));
  SIAGA_TRY(tx->commit());
  if (ctx_.events) {
    const PatrolPlan& p = view.plan;
    ctx_.events->publish(
        {"patrol.updated", p.district_code.empty() ? p.regency_code : p.district_code,
         fmt::format("{{\"plan_id\":{},\"unit_id\":{},\"status\":{},\"solved_at\":{},"
                     "\"unserved\":{}}}",
                     p.id, p.unit_id, json_quote(to_string(p.status)), json_quote(p.solved_at),
                     unserved)});
  }
  return view;
}

Result<PatrolPlanView> PatrolPlanService::get(const Actor& actor, std::int64_t plan_id) {
  SIAGA_TRY(require(actor, Permission::read_patrols));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  return load_view(*tx, plan_id, actor.territory);
}

Result<std::vector<store::PatrolPlanSummary>> PatrolPlanService::list(
    const Actor& actor, const PatrolPlanFilter& filter) {
  SIAGA_TRY(require(actor, Permission::read_patrols));
  store::PatrolPlanQuery query;
  query.date = filter.date;
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  if (filter.unit_id) {
    // The unit and every unit under it (a Polres and its Polsek, a Polda ...).
    SIAGA_ASSIGN_OR_RETURN(auto units, tx->deployment().units_under(*filter.unit_id));
    for (const auto& u : units) query.unit_ids.push_back(u.id);
    if (query.unit_ids.empty()) return std::vector<store::PatrolPlanSummary>{};
  }
  return tx->patrols().list_plans(query, actor.territory);
}

Result<PatrolPlanView> PatrolPlanService::team_route(const Actor& actor, std::int64_t plan_id,
                                                     std::int64_t team_id) {
  if (!allows(actor.role, Permission::read_patrols)) {
    SIAGA_TRY(require(actor, Permission::check_in_patrol));
  }
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto plan, tx->patrols().find_plan(plan_id, actor.territory));
  if (!plan) {
    // A Polsek's team in its Polres's plan sees its own route.
    SIAGA_ASSIGN_OR_RETURN(plan, tx->patrols().find_plan(plan_id, Territory::everywhere()));
    bool own_team = false;
    if (plan) {
      for (const PatrolTeam& t : plan->teams) {
        if (t.id != team_id) continue;
        SIAGA_ASSIGN_OR_RETURN(auto fu,
                               tx->incidents().find_field_unit(t.field_unit_id, actor.territory));
        own_team = fu.has_value();
      }
    }
    if (!own_team) return plan_not_found();
  }
  const bool has_team = std::any_of(plan->teams.begin(), plan->teams.end(),
                                    [&](const PatrolTeam& t) { return t.id == team_id; });
  if (!has_team) return not_found("tim patroli", "patrol team");
  return view_of(*tx, std::move(*plan));
}

Result<std::vector<store::PatrolTeamOfDay>> PatrolPlanService::teams_of_day(
    const Actor& actor, const std::string& date) {
  if (!allows(actor.role, Permission::read_patrols)) {
    SIAGA_TRY(require(actor, Permission::check_in_patrol));
  }
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  std::string day = date;
  if (day.empty()) {
    SIAGA_ASSIGN_OR_RETURN(auto unit, tx->units().find(actor.unit_id));
    const TimeZone zone = unit ? unit->zone : TimeZone::wib;
    day = format_date(std::chrono::floor<std::chrono::days>(ctx_.clock.now() + utc_offset(zone)));
  }
  return tx->patrols().teams_of_day(day, actor.territory);
}

}  // namespace siaga::service
