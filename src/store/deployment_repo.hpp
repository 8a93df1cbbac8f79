#pragma once
// Storage of guard patterns and deployment plans (migrations/*/0004), and the
// bulk reads the planner starts from: TPS with class and place, officers with
// their home unit, partner rosters, absences of the day.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/deployment.hpp"
#include "domain/geo.hpp"
#include "domain/personnel.hpp"
#include "domain/result.hpp"
#include "domain/tps.hpp"

namespace siaga::store {

enum class PlanStatus { running, draft, approved, superseded, cancelled, failed };
std::string_view to_string(PlanStatus status);
std::optional<PlanStatus> parse_plan_status(std::string_view text);

struct PlanRecord {
  std::int64_t id = 0;
  std::int64_t unit_id = 0;
  std::string unit_code;
  std::string unit_name;
  int version = 0;
  PlanStatus status = PlanStatus::running;
  bool cancel_requested = false;
  double progress = 0;
  std::string message;
  std::string voting_day;  // YYYY-MM-DD
  std::string reason;
  std::optional<std::int64_t> based_on;
  std::string patterns_json;
  std::string bko_json;          // ["NRP", ...]
  std::string unavailable_json;  // ["NRP", ...]
  std::string summary_json = "{}";
  std::string warnings_json = "[]";
  std::string created_by, created_at;
  std::string approved_by, approved_at;  // empty until approved
};

struct PlanPostRow {
  int number = 0;
  TpsClass tps_class = TpsClass::kurang_rawan;
  std::int64_t polres_unit_id = 0;
  std::optional<std::int64_t> sector_unit_id;
  LatLon position;
  double tour_m = 0;
  bool stretched = false;
  int officers_needed = 0, officers_missing = 0, tni_needed = 0;
  int linmas_needed = 0, linmas_assigned = 0;
};

struct PlanPostTpsRow {
  int number = 0;
  int seq = 0;
  std::int64_t tps_id = 0;
  TpsClass tps_class = TpsClass::kurang_rawan;
  bool class_defaulted = false;
  int linmas = 0;
};

struct PlanAssignmentRow {
  std::int64_t person_id = 0;
  std::optional<int> number;  // nullopt: reserve
  bool bko = false;
};

struct PlanPartnerRow {
  int number = 0;
  std::int64_t partner_id = 0;
  std::optional<std::int64_t> tps_id;  // where a Linmas stands; none for TNI
};

// A plan's result, written once when the run ends.
struct PlanResultRows {
  std::vector<PlanPostRow> posts;
  std::vector<PlanPostTpsRow> tps;
  std::vector<PlanAssignmentRow> assignments;
  std::vector<PlanPartnerRow> partners;
};

// Reads for display, joined with names.
struct PostTpsView {
  int number = 0;
  int seq = 0;
  std::int64_t tps_id = 0;
  std::string code, tps_number, desa_code, desa_name, kecamatan_name, address;
  TpsClass tps_class = TpsClass::kurang_rawan;
  LatLon position;
  int linmas = 0;
};
struct PostOfficerView {
  std::optional<int> number;  // nullopt: reserve
  std::int64_t person_id = 0;
  std::string nrp, name, rank, unit_code, unit_name;
  bool bko = false;
};
struct PostPartnerView {
  int number = 0;
  std::string force, name, rank, identifier, desa_code;
  std::string tps_code;  // where a Linmas stands; empty for TNI
};
struct PostView {
  PlanPostRow post;
  std::string sector_code, sector_name;
};

// Planner inputs, in bulk.
struct PlanTpsRow {
  std::int64_t id = 0;
  std::string code;
  std::string desa_code, district_code, regency_code;
  LatLon position;
  std::optional<TpsClass> tps_class;
};
struct PlanUnitRow {
  std::int64_t id = 0;
  std::string code, name;
  std::string level;
  std::optional<std::int64_t> parent_id;
  std::optional<LatLon> position;
  std::vector<std::string> region_codes;
};
struct PlanPersonRow {
  std::int64_t id = 0;
  std::string nrp;
  std::int64_t unit_id = 0;
};
struct PlanPartnerMemberRow {
  std::int64_t id = 0;
  PartnerForce force = PartnerForce::linmas;
  std::int64_t unit_id = 0;
  std::string desa_code;  // may be empty
};
struct PlanAbsenceRow {
  std::int64_t person_id = 0;
  AbsenceKind kind = AbsenceKind::cuti;
  std::optional<std::int64_t> bko_unit_id;
};

class DeploymentRepo {
 public:
  virtual ~DeploymentRepo() = default;

  virtual Result<std::optional<PatternSet>> patterns_of(std::int64_t unit_id) = 0;
  virtual Status set_patterns(std::int64_t unit_id, const PatternSet& patterns) = 0;

  virtual Result<int> last_version(std::int64_t unit_id) = 0;  // 0 when none
  virtual Result<std::int64_t> insert_plan(const PlanRecord& plan) = 0;
  virtual Result<std::optional<PlanRecord>> find_plan(std::int64_t id) = 0;
  virtual Result<std::vector<PlanRecord>> plans_of(std::int64_t unit_id) = 0;  // newest first
  virtual Result<std::vector<std::int64_t>> running_plans() = 0;
  // Status, progress, message, summary and warnings; approval fields.
  virtual Status update_plan(const PlanRecord& plan) = 0;
  virtual Status request_cancel(std::int64_t id) = 0;
  virtual Status save_result(std::int64_t plan_id, const PlanResultRows& rows) = 0;

  virtual Result<std::vector<PlanPostRow>> posts(std::int64_t plan_id) = 0;
  virtual Result<std::vector<PlanPostTpsRow>> post_tps(std::int64_t plan_id) = 0;
  virtual Result<std::vector<PlanAssignmentRow>> assignments(std::int64_t plan_id) = 0;
  virtual Result<std::vector<PlanPartnerRow>> partners(std::int64_t plan_id) = 0;

  // For display; `sector_unit_id` limits to one sector; numbers in [from, to].
  virtual Result<std::vector<PostView>> post_views(std::int64_t plan_id,
                                                   std::optional<std::int64_t> sector_unit_id,
                                                   int limit, int offset) = 0;
  virtual Result<std::int64_t> count_posts(std::int64_t plan_id,
                                           std::optional<std::int64_t> sector_unit_id) = 0;
  virtual Result<std::vector<PostTpsView>> tps_views(std::int64_t plan_id, int from, int to) = 0;
  virtual Result<std::vector<PostOfficerView>> officer_views(std::int64_t plan_id,
                                                             std::optional<int> from,
                                                             std::optional<int> to,
                                                             bool reserve_only) = 0;
  virtual Result<std::vector<PostPartnerView>> partner_views(std::int64_t plan_id, int from,
                                                             int to) = 0;

  // Planner inputs.
  virtual Result<std::vector<PlanUnitRow>> units_under(std::int64_t unit_id) = 0;  // incl. itself
  virtual Result<std::vector<PlanTpsRow>> tps_in(const std::vector<std::string>& regions) = 0;
  virtual Result<std::vector<PlanPersonRow>> people_of_units(
      const std::vector<std::int64_t>& unit_ids) = 0;
  virtual Result<std::vector<PlanPersonRow>> people_by_nrp(
      const std::vector<std::string>& nrps) = 0;
  virtual Result<std::vector<PlanPartnerMemberRow>> partners_of_units(
      const std::vector<std::int64_t>& unit_ids) = 0;
  virtual Result<std::vector<PlanAbsenceRow>> absences_on(const std::string& date) = 0;
};

}  // namespace siaga::store
