#pragma once
// Rencana pengamanan TPS: guard patterns per Polres, and versioned deployment
// plans made by the planner engine (engine/deployment) from the registry, the
// TPS classes and the personnel and partner rosters. A plan is created as
// `running`, made by run() (in the background under a PlanRunner, or at once
// without one), then draft → approved → superseded.

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/deployment.hpp"
#include "domain/result.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"
#include "store/deployment_repo.hpp"

namespace siaga::service {

struct PatternView {
  std::string unit_code, unit_name;
  bool is_default = true;  // no pattern stored: the 2020 national one
  PatternSet patterns;
};

struct PlanSummary {
  std::int64_t tps = 0, posts = 0, officers_available = 0, officers_assigned = 0, reserve = 0;
  std::int64_t officers_missing = 0, posts_short = 0, stretched_pairs = 0;
  std::int64_t tni_needed = 0, tni_assigned = 0;
  std::int64_t linmas_needed = 0, linmas_assigned = 0, linmas_missing = 0;
  std::int64_t tps_without_class = 0, cost_m = 0;
  double mean_tour_m = 0;
  double seconds = 0;  // wall time of the run
};

struct PlanWarning {
  std::string code, message_id, message_en;
};

struct ShortfallView {
  int post = 0;
  TpsClass tps_class = TpsClass::kurang_rawan;
  std::string sector_code, sector_name, first_tps;
  int officers_missing = 0;
};

struct ReserveCount {
  std::string unit_code, unit_name;
  std::int64_t count = 0;
};

struct PlanView {
  store::PlanRecord record;
  PatternSet patterns;
  PlanSummary summary;
  std::vector<PlanWarning> warnings;
  std::vector<std::string> bko, unavailable;  // NRPs
  std::vector<ShortfallView> shortfall;       // filled by get(), not by list()
  std::vector<ReserveCount> reserve_by_unit;  // likewise
};

struct PostDetail {
  store::PostView post;
  std::vector<store::PostTpsView> tps;
  std::vector<store::PostOfficerView> officers;
  std::vector<store::PostPartnerView> partners;  // Linmas and TNI
};

struct PostPage {
  std::vector<PostDetail> items;
  std::int64_t total = 0;
};

struct DiffChange {
  std::string nrp, name, rank;
  std::string change;  // moved, assigned, released, removed
  std::optional<int> from_post, to_post;
  std::string from_tps, to_tps;  // first TPS of each post
};

struct PlanDiff {
  std::int64_t from = 0, to = 0;
  std::int64_t unchanged = 0;
  std::vector<DiffChange> changes;
  std::int64_t posts_kept = 0, posts_new = 0, posts_gone = 0;
};

struct OfficerAssignment {
  store::PostOfficerView officer;
  std::optional<PostDetail> post;  // none: reserve
};

struct PlanRequest {
  std::string unit_code;
  std::string voting_day;  // empty: the unit's election's voting day, else today
  std::string reason;
  std::vector<std::string> bko;          // NRPs added to a Polres for the day
  std::vector<std::string> unavailable;  // NRPs out for the day
};

// Called while a plan runs: Polres done, Polres in all.
using PlanProgress = std::function<void(std::size_t done, std::size_t total)>;

class DeploymentService {
 public:
  explicit DeploymentService(Context& ctx) : ctx_(ctx) {}
  // Progress of plans run within their request (no PlanRunner): the CLI's bar.
  void on_progress(PlanProgress progress) { progress_ = std::move(progress); }

  Result<PatternView> patterns(const Actor& actor, const std::string& unit_code);
  Result<PatternView> set_patterns(const Actor& actor, const std::string& unit_code,
                                   const PatternSet& patterns);

  // Stores a `running` plan and starts it on the context's PlanRunner (or
  // runs it now without one). A Polres, Polda or Mabes.
  Result<PlanView> create(const Actor& actor, const PlanRequest& request);
  // A new version of `plan_id`'s unit starting from that plan: more people
  // out, more BKO, TPS classes as they are now; changes as few assignments as
  // it can.
  Result<PlanView> replan(const Actor& actor, std::int64_t plan_id, const std::string& reason,
                          const std::vector<std::string>& unavailable,
                          const std::vector<std::string>& bko);
  // Makes a stored `running` plan; ends as draft, cancelled or failed.
  Status run(std::int64_t plan_id, const PlanProgress& progress = {});
  // Plans left `running` by a stopped server are marked failed.
  Status fail_interrupted();

  Result<PlanView> get(const Actor& actor, std::int64_t id);
  Result<std::vector<PlanView>> list(const Actor& actor, const std::string& unit_code);
  Result<PlanView> cancel(const Actor& actor, std::int64_t id);
  Result<PlanView> approve(const Actor& actor, std::int64_t id);
  Result<PostPage> posts(const Actor& actor, std::int64_t id,
                         const std::optional<std::string>& sector_code, int limit, int offset);
  Result<std::vector<store::PostOfficerView>> reserve(const Actor& actor, std::int64_t id);
  Result<PlanDiff> diff(const Actor& actor, std::int64_t id, std::int64_t against);
  Result<OfficerAssignment> officer(const Actor& actor, std::int64_t id, const std::string& nrp);
  // Every post with its TPS, officers and partners, by number (the CLI export).
  Result<std::vector<PostDetail>> all_posts(std::int64_t id);

  Result<std::string> sprin_pdf(const Actor& actor, std::int64_t id);
  Result<std::string> sprin_xlsx(const Actor& actor, std::int64_t id);

 private:
  Result<PlanView> start(const Actor& actor, const Unit& unit, store::PlanRecord record);
  Result<PlanView> visible_plan(const Actor& actor, std::int64_t id, Permission permission);
  Context& ctx_;
  PlanProgress progress_;
};

}  // namespace siaga::service
