#pragma once
// The repository interfaces over the shared statement interface, for SQLite
// and PostgreSQL alike. Each works on the connection of the transaction that
// owns it.

#include "store/database.hpp"
#include "store/sql/statement.hpp"

namespace siaga::store::sql {

class SqlRegionRepo final : public RegionRepo {
 public:
  explicit SqlRegionRepo(Connection& c) : c_(c) {}
  Status insert(const Region& region) override;
  Status insert_many(const std::vector<Region>& rows) override;
  Status set_shape(const std::string& code, const MultiPolygon& shape) override;
  Result<std::optional<Region>> find(const std::string& code) override;
  Result<bool> exists(const std::string& code) override;
  Result<std::optional<MultiPolygon>> shape(const std::string& code) override;
  Result<std::vector<std::string>> candidates_at(LatLon point, int depth) override;
  Result<Page<Region>> list(const RegionQuery& query, const Territory& territory) override;
  Result<std::int64_t> count() override;
  Result<std::vector<Region>> search(const std::string& text, const Territory& territory,
                                     int limit) override;

 private:
  Connection& c_;
};

class SqlUnitRepo final : public UnitRepo {
 public:
  explicit SqlUnitRepo(Connection& c) : c_(c) {}
  Result<std::int64_t> insert(const Unit& unit) override;
  Result<std::optional<Unit>> find(std::int64_t id) override;
  Result<std::optional<Unit>> find_by_code(const std::string& code) override;
  Result<Page<Unit>> list(const Territory& territory, std::optional<UnitLevel> level,
                          const PageRequest& page) override;
  Result<std::vector<Unit>> all_of_level(UnitLevel level) override;

 private:
  Result<std::vector<Unit>> load(const std::string& where, const std::string& param);
  Connection& c_;
};

class SqlTpsRepo final : public TpsRepo {
 public:
  explicit SqlTpsRepo(Connection& c) : c_(c) {}
  Result<std::int64_t> insert(const Tps& tps) override;
  Status insert_many(const std::vector<Tps>& rows) override;
  Result<std::optional<Tps>> find(std::int64_t id, const Territory& territory) override;
  Result<Page<Tps>> list(const TpsQuery& query, const Territory& territory) override;
  Result<std::int64_t> count() override;

 private:
  Connection& c_;
};

class SqlObjectRepo final : public ObjectRepo {
 public:
  explicit SqlObjectRepo(Connection& c) : c_(c) {}
  Result<std::int64_t> insert(const StrategicObject& object) override;
  Status update(const StrategicObject& object) override;
  Status remove(std::int64_t id) override;
  Result<std::optional<StrategicObject>> find(std::int64_t id, const Territory& territory) override;
  Result<Page<StrategicObject>> list(const ObjectQuery& query, const Territory& territory) override;

 private:
  Connection& c_;
};

class SqlUserRepo final : public UserRepo {
 public:
  explicit SqlUserRepo(Connection& c) : c_(c) {}
  Result<std::int64_t> insert(const User& user) override;
  Result<std::optional<User>> find_by_username(const std::string& username) override;
  Result<std::optional<User>> find(std::int64_t id) override;
  Result<std::vector<User>> list() override;
  Status set_password_hash(std::int64_t user_id, const std::string& hash) override;
  Status record_login_failure(std::int64_t user_id, int failed_logins,
                              std::optional<SysSeconds> locked_until) override;
  Status reset_login_failures(std::int64_t user_id) override;
  Result<std::int64_t> count() override;
  Result<std::int64_t> insert_session(const SessionRecord& session) override;
  Result<std::optional<SessionRecord>> find_session(const std::string& token_hash) override;
  Status touch_session(std::int64_t session_id, SysSeconds at) override;
  Status delete_session(std::int64_t session_id) override;
  Status delete_sessions_of(std::int64_t user_id) override;

 private:
  Result<std::vector<User>> load(const std::string& where, const std::string& param);
  Connection& c_;
};

class SqlAuditRepo final : public AuditRepo {
 public:
  explicit SqlAuditRepo(Connection& c) : c_(c) {}
  Result<std::optional<AuditEntry>> last() override;
  Status append(const AuditEntry& entry) override;
  Status scan(const std::function<bool(const AuditEntry&)>& visit) override;
  Result<Page<AuditEntry>> list(const PageRequest& page,
                                const std::optional<std::vector<std::int64_t>>& unit_ids) override;

 private:
  Connection& c_;
};

class SqlElectionRepo final : public ElectionRepo {
 public:
  explicit SqlElectionRepo(Connection& c) : c_(c) {}
  Result<std::int64_t> insert(const Election& election) override;
  Result<std::vector<Election>> list() override;
  Result<std::optional<Election>> find(std::int64_t id) override;
  Result<std::optional<Election>> find_by_code(const std::string& code) override;
  Result<std::int64_t> insert_stage(const Stage& stage) override;
  Result<std::vector<Stage>> stages() override;
  Result<std::int64_t> insert_candidate(const Candidate& candidate) override;
  Result<std::vector<Candidate>> candidates(std::int64_t election_id) override;

 private:
  Result<std::vector<Election>> load(const std::string& where, const std::string& param);
  Connection& c_;
};

class SqlSkckRepo final : public SkckRepo {
 public:
  explicit SqlSkckRepo(Connection& c) : c_(c) {}
  Result<std::int64_t> insert(const SkckRequest& request) override;
  Status update(const SkckRequest& request) override;
  Result<std::optional<SkckRequest>> find(std::int64_t id, const Territory& territory) override;
  Result<Page<SkckRequest>> list(std::optional<SkckStatus> status, const Territory& territory,
                                 const PageRequest& page) override;

 private:
  Connection& c_;
};

class SqlIdempotencyRepo final : public IdempotencyRepo {
 public:
  explicit SqlIdempotencyRepo(Connection& c) : c_(c) {}
  Result<std::optional<IdempotentResult>> find(std::int64_t user_id, const std::string& scope,
                                               const std::string& key) override;
  Status put(std::int64_t user_id, const std::string& scope, const std::string& key,
             const IdempotentResult& result) override;

 private:
  Connection& c_;
};

class SqlVulnerabilityRepo final : public VulnerabilityRepo {
 public:
  explicit SqlVulnerabilityRepo(Connection& c) : c_(c) {}
  Result<std::vector<Indicator>> indicators() override;
  Result<std::int64_t> insert_indicator(const Indicator& indicator) override;
  Status update_indicator(const Indicator& indicator) override;
  Result<std::int64_t> insert_observation(const Observation& observation) override;
  Status insert_observations(const std::vector<Observation>& rows) override;
  Result<std::vector<Observation>> observations_of_desa(const std::string& desa_code) override;
  Result<std::vector<Observation>> observations_of_tps(std::int64_t tps_id) override;
  Result<std::vector<Observation>> desa_level_observations(const std::string& desa_code) override;
  Result<std::vector<Observation>> observations_in(const std::string& region_code) override;
  Result<std::vector<TpsPlace>> tps_of_desa(const std::string& desa_code) override;
  Result<std::vector<TpsPlace>> tps_in(const std::string& region_code) override;
  Status save_assessments(const std::vector<TpsAssessmentRow>& rows) override;
  Result<std::optional<TpsAssessmentRow>> assessment_of(std::int64_t tps_id) override;
  Status refresh_desa_score(const std::string& desa_code) override;
  Status refresh_desa_scores_in(const std::string& region_code) override;
  Result<std::optional<ClassOverride>> override_of(std::int64_t tps_id) override;
  Result<std::vector<ClassOverride>> overrides_in(const std::string& region_code) override;
  Status set_override(const ClassOverride& override_row) override;
  Status clear_override(std::int64_t tps_id) override;
  Result<std::optional<ClassThresholds>> thresholds_of(std::int64_t unit_id) override;
  Status set_thresholds(std::int64_t unit_id, const ClassThresholds& thresholds) override;
  Result<std::vector<ClassCountRow>> class_counts(const Territory& scope) override;
  Result<std::vector<RankedTpsRow>> top_tps(const Territory& scope, int limit) override;
  Result<std::vector<DesaScore>> top_desa(const Territory& scope, int limit) override;
  Result<std::vector<DesaScore>> desa_scores(const std::string& region_code,
                                             const Territory& scope) override;

 private:
  Connection& c_;
};

class SqlReadinessRepo final : public ReadinessRepo {
 public:
  explicit SqlReadinessRepo(Connection& c) : c_(c) {}
  Result<std::int64_t> insert_person(const Person& person) override;
  Result<std::optional<Person>> find_person(std::int64_t id) override;
  Result<std::optional<Person>> find_person_by_nrp(const std::string& nrp) override;
  Result<std::optional<Person>> find_person_by_username(const std::string& username) override;
  Status link_username(std::int64_t person_id, const std::string& username) override;
  Result<std::int64_t> insert_handover(std::int64_t item_id, std::int64_t person_id,
                                       const std::string& by, const std::string& at) override;
  Result<std::vector<Handover>> handovers_of(std::int64_t person_id) override;
  Result<std::optional<Handover>> find_handover(std::int64_t id) override;
  Status acknowledge_handover(std::int64_t id, const std::string& at) override;
  Result<Page<Person>> list_people(const PersonQuery& query, const Territory& scope) override;
  Result<std::int64_t> insert_absence(const Absence& absence, const std::string& by,
                                      const std::string& at) override;
  Result<std::vector<Absence>> absences_of(std::int64_t person_id) override;
  Result<std::int64_t> insert_partner(const PartnerMember& member) override;
  Result<Page<PartnerMember>> list_partners(const PartnerQuery& query,
                                            const Territory& scope) override;
  Result<std::int64_t> insert_item(const Item& item) override;
  Result<std::optional<Item>> find_item(std::int64_t id) override;
  Status update_item(const Item& item) override;
  Result<Page<Item>> list_items(const ItemQuery& query, const Territory& scope) override;
  Result<std::vector<Item>> items_of_person(std::int64_t person_id) override;
  Result<std::int64_t> insert_inspection(const Inspection& inspection) override;
  Result<std::optional<Inspection>> find_inspection(std::int64_t id) override;
  Result<Page<Inspection>> list_inspections(std::optional<std::int64_t> unit_id,
                                            const Territory& scope,
                                            const PageRequest& page) override;
  Status update_inspection(const Inspection& inspection) override;
  Result<bool> has_person_check(std::int64_t inspection_id, std::int64_t person_id) override;
  Result<bool> has_vehicle_check(std::int64_t inspection_id, std::int64_t item_id) override;
  Status insert_person_check(const PersonCheck& check) override;
  Status insert_vehicle_check(const VehicleCheck& check) override;
  Result<std::vector<PersonCheck>> person_checks(std::int64_t inspection_id) override;
  Result<std::vector<VehicleCheck>> vehicle_checks(std::int64_t inspection_id) override;
  Result<std::int64_t> insert_defect(const Defect& defect, const std::string& photo,
                                     const std::string& photo_type) override;
  Result<std::optional<Defect>> find_defect(std::int64_t id) override;
  Status update_defect(const Defect& defect) override;
  Result<Page<Defect>> list_defects(const DefectQuery& query, const Territory& scope) override;
  Result<std::optional<std::pair<std::string, std::string>>> defect_photo(std::int64_t id) override;
  Result<std::vector<UnitNode>> unit_tree() override;
  Result<std::vector<PersonRow>> people() override;
  Result<std::vector<HeldItemRow>> held_items() override;
  Result<std::vector<AbsenceRow>> absences_on(const std::string& date) override;
  Result<std::vector<PresenceRow>> last_presence() override;
  Result<std::vector<VehicleRow>> vehicles() override;
  Result<std::vector<OpenDefectRow>> open_defects() override;

 private:
  Status load_desa_binaan(std::vector<Person>& people);
  Result<std::optional<Person>> find_person_where(const char* condition, const std::string& value);
  Connection& c_;
};

class SqlDeploymentRepo final : public DeploymentRepo {
 public:
  explicit SqlDeploymentRepo(Connection& c) : c_(c) {}
  Result<std::optional<PatternSet>> patterns_of(std::int64_t unit_id) override;
  Status set_patterns(std::int64_t unit_id, const PatternSet& patterns) override;
  Result<int> last_version(std::int64_t unit_id) override;
  Result<std::int64_t> insert_plan(const PlanRecord& plan) override;
  Result<std::optional<PlanRecord>> find_plan(std::int64_t id) override;
  Result<std::vector<PlanRecord>> plans_of(std::int64_t unit_id) override;
  Result<std::vector<std::int64_t>> running_plans() override;
  Status update_plan(const PlanRecord& plan) override;
  Status request_cancel(std::int64_t id) override;
  Status save_result(std::int64_t plan_id, const PlanResultRows& rows) override;
  Result<std::vector<PlanPostRow>> posts(std::int64_t plan_id) override;
  Result<std::vector<PlanPostTpsRow>> post_tps(std::int64_t plan_id) override;
  Result<std::vector<PlanAssignmentRow>> assignments(std::int64_t plan_id) override;
  Result<std::vector<PlanPartnerRow>> partners(std::int64_t plan_id) override;
  Result<std::vector<PostView>> post_views(std::int64_t plan_id,
                                           std::optional<std::int64_t> sector_unit_id, int limit,
                                           int offset) override;
  Result<std::int64_t> count_posts(std::int64_t plan_id,
                                   std::optional<std::int64_t> sector_unit_id) override;
  Result<std::vector<PostTpsView>> tps_views(std::int64_t plan_id, int from, int to) override;
  Result<std::vector<PostOfficerView>> officer_views(std::int64_t plan_id, std::optional<int> from,
                                                     std::optional<int> to,
                                                     bool reserve_only) override;
  Result<std::vector<PostPartnerView>> partner_views(std::int64_t plan_id, int from,
                                                     int to) override;
  Result<std::vector<PlanUnitRow>> units_under(std::int64_t unit_id) override;
  Result<std::vector<PlanTpsRow>> tps_in(const std::vector<std::string>& regions) override;
  Result<std::vector<PlanPersonRow>> people_of_units(
      const std::vector<std::int64_t>& unit_ids) override;
  Result<std::vector<PlanPersonRow>> people_by_nrp(const std::vector<std::string>& nrps) override;
  Result<std::vector<PlanPartnerMemberRow>> partners_of_units(
      const std::vector<std::int64_t>& unit_ids) override;
  Result<std::vector<PlanAbsenceRow>> absences_on(const std::string& date) override;

 private:
  Connection& c_;
};

class SqlIncidentRepo final : public IncidentRepo {
 public:
  explicit SqlIncidentRepo(Connection& c) : c_(c) {}
  Result<std::int64_t> insert(const Incident& incident) override;
  Status update(const Incident& incident) override;
  Result<std::optional<Incident>> find(std::int64_t id, const Territory& territory) override;
  Result<std::optional<Incident>> find_by_tracking_code(const std::string& code) override;
  Result<Page<Incident>> list(const IncidentQuery& query, const Territory& territory) override;
  Result<std::vector<Incident>> of_type_near(const std::string& type, const BBox& box,
                                             const std::string& from,
                                             const std::string& until) override;
  Result<std::optional<std::pair<std::string, std::int64_t>>> public_key(
      const std::string& key) override;
  Status put_public_key(const std::string& key, const std::string& fingerprint,
                        std::int64_t incident_id) override;
  Result<std::int64_t> insert_event(const IncidentEvent& event) override;
  Result<std::vector<IncidentEvent>> events(std::int64_t incident_id) override;
  Result<std::int64_t> insert_photo(std::int64_t incident_id, const std::string& bytes,
                                    const std::string& content_type) override;
  Result<std::vector<std::int64_t>> photo_ids(std::int64_t incident_id) override;
  Result<std::optional<std::pair<std::string, std::string>>> photo(std::int64_t incident_id,
                                                                   std::int64_t photo_id) override;
  Result<std::int64_t> insert_field_unit(const FieldUnit& unit) override;
  Status update_field_unit(const FieldUnit& unit) override;
  Result<std::optional<FieldUnit>> find_field_unit(std::int64_t id,
                                                   const Territory& territory) override;
  Result<std::vector<FieldUnit>> field_units(const FieldUnitQuery& query,
                                             const Territory& territory) override;
  Status insert_positions(std::int64_t field_unit_id, const std::vector<PositionPing>& pings,
                          const std::string& received_at) override;

 private:
  Connection& c_;
};

class SqlPatrolRepo final : public PatrolRepo {
 public:
  explicit SqlPatrolRepo(Connection& c) : c_(c) {}
  Status create_plan(PatrolPlan& plan, const std::vector<int>& stop_need_index) override;
  Result<std::optional<PatrolPlan>> find_plan(std::int64_t id, const Territory& territory) override;
  Result<std::vector<PatrolPlanSummary>> list_plans(const PatrolPlanQuery& query,
                                                    const Territory& territory) override;
  Status save_solution(std::int64_t plan_id, const PatrolSolution& solution) override;
  Result<std::optional<std::int64_t>> unit_of_partner_member(std::int64_t id) override;
  Result<std::vector<ActivePatrolTeam>> active_teams_of_field_unit(
      std::int64_t field_unit_id, const std::string& at_utc) override;
  Result<std::vector<PatrolStop>> pending_stops_of_team(std::int64_t team_id) override;
  Result<std::optional<PatrolStop>> find_stop(std::int64_t plan_id, std::int64_t stop_id) override;
  Result<std::int64_t> insert_check_in(const PatrolCheckIn& check_in,
                                       const std::string& photo) override;
  Status set_stop_status(std::int64_t stop_id, StopStatus status,
                         const std::string& visited_at) override;
  Result<std::vector<OverduePatrolStop>> overdue_stops(const std::string& cutoff_utc,
                                                       int limit) override;
  Status mark_alerted(std::int64_t stop_id, const std::string& at) override;
  Result<std::vector<PatrolCheckIn>> check_ins_of_plan(std::int64_t plan_id) override;
  Result<std::optional<std::pair<std::string, std::string>>> check_in_photo(
      std::int64_t check_in_id) override;
  Result<std::vector<TrackPoint>> track(std::int64_t field_unit_id, const std::string& from_utc,
                                        const std::string& to_utc) override;
  Result<std::vector<PatrolShiftOfTeam>> shifts_of_field_unit(std::int64_t field_unit_id,
                                                              const std::string& from_utc,
                                                              const std::string& to_utc) override;
  Result<bool> claim_visit(std::int64_t stop_id, StopStatus status,
                           const std::string& visited_at) override;
  Result<bool> claim_missed(std::int64_t stop_id, const std::string& at) override;
  Result<std::vector<PatrolTeamOfDay>> teams_of_day(const std::string& date,
                                                    const Territory& territory) override;

 private:
  Connection& c_;
};

// Every repository over one connection: what a transaction hands out.
struct Repos {
  explicit Repos(Connection& c)
      : regions(c),
        units(c),
        tps(c),
        objects(c),
        users(c),
        audit(c),
        elections(c),
        skck(c),
        idempotency(c),
        vulnerability(c),
        readiness(c),
        deployment(c),
        incidents(c),
        patrols(c) {}
  SqlRegionRepo regions;
  SqlUnitRepo units;
  SqlTpsRepo tps;
  SqlObjectRepo objects;
  SqlUserRepo users;
  SqlAuditRepo audit;
  SqlElectionRepo elections;
  SqlSkckRepo skck;
  SqlIdempotencyRepo idempotency;
  SqlVulnerabilityRepo vulnerability;
  SqlReadinessRepo readiness;
  SqlDeploymentRepo deployment;
  SqlIncidentRepo incidents;
  SqlPatrolRepo patrols;
};

}  // namespace siaga::store::sql
