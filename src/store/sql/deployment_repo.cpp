#include <fmt/format.h>

#include <array>
#include <string_view>

#include "store/sql/collect.hpp"
#include "store/sql/repos.hpp"
#include "store/sql/sql_builder.hpp"

namespace siaga::store {

namespace {
constexpr std::array<std::string_view, 6> kStatusNames{"running",    "draft",     "approved",
                                                       "superseded", "cancelled", "failed"};
}

std::string_view to_string(PlanStatus status) {
  return kStatusNames[static_cast<std::size_t>(status)];
}

std::optional<PlanStatus> parse_plan_status(std::string_view text) {
  for (std::size_t i = 0; i < kStatusNames.size(); ++i) {
    if (kStatusNames[i] == text) return static_cast<PlanStatus>(i);
  }
  return std::nullopt;
}

}  // namespace siaga::store

namespace siaga::store::sql {

namespace {

constexpr std::array<TpsClass, 4> kClasses{TpsClass::kurang_rawan, TpsClass::rawan,
                                           TpsClass::sangat_rawan, TpsClass::khusus};

TpsClass read_class(Statement& s, int col) {
  return parse_tps_class(s.text(col)).value_or(TpsClass::kurang_rawan);
}

std::optional<std::int64_t> optional_id(Statement& s, int col) {
  if (s.is_null(col)) return std::nullopt;
  return s.int64(col);
}

std::string optional_text(Statement& s, int col) {
  return s.is_null(col) ? std::string() : s.text(col);
}

// "?, ?, ?" for a list bound one by one.
std::string placeholders(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += i ? ", ?" : "?";
  return out;
}

constexpr const char* kPlanColumns =
    "p.id, p.unit_id, u.code, u.name, p.version, p.status, p.cancel_requested, p.progress, "
    "p.message, p.voting_day, p.reason, p.based_on, p.patterns, p.bko, p.unavailable, p.summary, "
    "p.warnings, p.created_by, p.created_at, p.approved_by, p.approved_at";

PlanRecord read_plan(Statement& s) {
  PlanRecord p;
  p.id = s.int64(0);
  p.unit_id = s.int64(1);
  p.unit_code = s.text(2);
  p.unit_name = s.text(3);
  p.version = static_cast<int>(s.int64(4));
  p.status = parse_plan_status(s.text(5)).value_or(PlanStatus::failed);
  p.cancel_requested = s.int64(6) != 0;
  p.progress = s.real(7);
  p.message = s.text(8);
  p.voting_day = s.text(9);
  p.reason = s.text(10);
  p.based_on = optional_id(s, 11);
  p.patterns_json = s.text(12);
  p.bko_json = s.text(13);
  p.unavailable_json = s.text(14);
  p.summary_json = s.text(15);
  p.warnings_json = s.text(16);
  p.created_by = s.text(17);
  p.created_at = s.text(18);
  p.approved_by = optional_text(s, 19);
  p.approved_at = optional_text(s, 20);
  return p;
}

PlanPostRow read_post(Statement& s, int at) {
  PlanPostRow p;
  p.number = static_cast<int>(s.int64(at));
  p.tps_class = read_class(s, at + 1);
  p.polres_unit_id = s.int64(at + 2);
  p.sector_unit_id = optional_id(s, at + 3);
  p.position = {s.real(at + 4), s.real(at + 5)};
  p.tour_m = s.real(at + 6);
  p.stretched = s.int64(at + 7) != 0;
  p.officers_needed = static_cast<int>(s.int64(at + 8));
  p.officers_missing = static_cast<int>(s.int64(at + 9));
  p.tni_needed = static_cast<int>(s.int64(at + 10));
  p.linmas_needed = static_cast<int>(s.int64(at + 11));
  p.linmas_assigned = static_cast<int>(s.int64(at + 12));
  return p;
}

constexpr const char* kPostColumns =
    "d.number, d.tps_class, d.polres_unit_id, d.sector_unit_id, d.lat, d.lon, d.tour_m, "
    "d.stretched, d.officers_needed, d.officers_missing, d.tni_needed, d.linmas_needed, "
    "d.linmas_assigned";

}  // namespace

Result<std::optional<PatternSet>> SqlDeploymentRepo::patterns_of(std::int64_t unit_id) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("SELECT tps_class, officers, tps_per_post, linmas_per_tps, tni_per_post, "
                 "max_distance_m FROM guard_patterns WHERE unit_id = ?"));
  s.bind(1, unit_id);
  PatternSet set = national_pattern_2020();
  int rows = 0;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    const auto c = parse_tps_class(s.text(0));
    if (!c) continue;
    GuardPattern& g = set.at(*c);
    g.officers = static_cast<int>(s.int64(1));
    g.tps_per_post = static_cast<int>(s.int64(2));
    g.linmas_per_tps = static_cast<int>(s.int64(3));
    g.tni_per_post = static_cast<int>(s.int64(4));
    g.max_distance_m = s.real(5);
    ++rows;
  }
  if (rows == 0) return std::optional<PatternSet>{};
  return std::optional<PatternSet>{set};
}

Status SqlDeploymentRepo::set_patterns(std::int64_t unit_id, const PatternSet& patterns) {
  SIAGA_ASSIGN_OR_RETURN(Statement del, c_.prepare("DELETE FROM guard_patterns WHERE unit_id = ?"));
  del.bind(1, unit_id);
  SIAGA_TRY(del.run());
  for (TpsClass c : kClasses) {
    const GuardPattern& g = patterns.at(c);
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("INSERT INTO guard_patterns (unit_id, tps_class, officers, tps_per_post, "
                   "linmas_per_tps, tni_per_post, max_distance_m) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    s.bind_all(unit_id, to_string(c), g.officers, g.tps_per_post, g.linmas_per_tps, g.tni_per_post,
               g.max_distance_m);
    SIAGA_TRY(s.run());
  }
  return ok_status();
}

Result<int> SqlDeploymentRepo::last_version(std::int64_t unit_id) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("SELECT coalesce(max(version), 0) FROM deployment_plans WHERE unit_id = ?"));
  s.bind(1, unit_id);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  return row ? static_cast<int>(s.int64(0)) : 0;
}

Result<std::int64_t> SqlDeploymentRepo::insert_plan(const PlanRecord& p) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("INSERT INTO deployment_plans (unit_id, version, status, progress, message, "
                 "voting_day, reason, based_on, patterns, bko, unavailable, summary, warnings, "
                 "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "RETURNING id"));
  s.bind_all(p.unit_id, p.version, to_string(p.status), p.progress, p.message, p.voting_day,
             p.reason);
  s.bind(8, p.based_on);
  s.bind(9, p.patterns_json)
      .bind(10, p.bko_json)
      .bind(11, p.unavailable_json)
      .bind(12, p.summary_json)
      .bind(13, p.warnings_json)
      .bind(14, p.created_by)
      .bind(15, p.created_at);
  return s.returning_id();
}

Result<std::optional<PlanRecord>> SqlDeploymentRepo::find_plan(std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(std::string("SELECT ") + kPlanColumns +
                                                 " FROM deployment_plans p JOIN units u ON "
                                                 "u.id = p.unit_id WHERE p.id = ?"));
  s.bind(1, id);
  SIAGA_ASSIGN_OR_RETURN(auto rows, collect<PlanRecord>(s, read_plan));
  if (rows.empty()) return std::optional<PlanRecord>{};
  return std::optional<PlanRecord>{std::move(rows.front())};
}

Result<std::vector<PlanRecord>> SqlDeploymentRepo::plans_of(std::int64_t unit_id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(std::string("SELECT ") + kPlanColumns +
                                                 " FROM deployment_plans p JOIN units u ON "
                                                 "u.id = p.unit_id WHERE p.unit_id = ? "
                                                 "ORDER BY p.version DESC"));
  s.bind(1, unit_id);
  return collect<PlanRecord>(s, read_plan);
}

Result<std::vector<std::int64_t>> SqlDeploymentRepo::running_plans() {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("SELECT id FROM deployment_plans WHERE status = 'running' ORDER BY id"));
  return collect<std::int64_t>(s, [](Statement& r) { return r.int64(0); });
}

Status SqlDeploymentRepo::update_plan(const PlanRecord& p) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("UPDATE deployment_plans SET status = ?, progress = ?, message = ?, summary = ?, "
                 "warnings = ?, approved_by = ?, approved_at = ? WHERE id = ?"));
  s.bind_all(to_string(p.status), p.progress, p.message, p.summary_json, p.warnings_json);
  if (p.approved_by.empty()) {
    s.bind_null(6).bind_null(7);
  } else {
    s.bind(6, p.approved_by).bind(7, p.approved_at);
  }
  s.bind(8, p.id);
  return s.run();
}

Status SqlDeploymentRepo::request_cancel(std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("UPDATE deployment_plans SET cancel_requested = 1 WHERE id = ?"));
  s.bind(1, id);
  return s.run();
}

Status SqlDeploymentRepo::save_result(std::int64_t plan_id, const PlanResultRows& rows) {
  for (const PlanPostRow& p : rows.posts) {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("INSERT INTO deployment_posts (plan_id, number, tps_class, polres_unit_id, "
                   "sector_unit_id, lat, lon, tour_m, stretched, officers_needed, "
                   "officers_missing, tni_needed, linmas_needed, linmas_assigned) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    s.bind_all(plan_id, p.number, to_string(p.tps_class), p.polres_unit_id);
    s.bind(5, p.sector_unit_id);
    s.bind(6, p.position.lat)
        .bind(7, p.position.lon)
        .bind(8, p.tour_m)
        .bind(9, p.stretched ? 1 : 0)
        .bind(10, p.officers_needed)
        .bind(11, p.officers_missing)
        .bind(12, p.tni_needed)
        .bind(13, p.linmas_needed)
        .bind(14, p.linmas_assigned);
    SIAGA_TRY(s.run());
  }
  for (const PlanPostTpsRow& t : rows.tps) {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("INSERT INTO deployment_post_tps (plan_id, number, seq, tps_id, tps_class, "
                   "class_defaulted, linmas) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    s.bind_all(plan_id, t.number, t.seq, t.tps_id, to_string(t.tps_class),
               t.class_defaulted ? 1 : 0, t.linmas);
    SIAGA_TRY(s.run());
  }
  for (const PlanAssignmentRow& a : rows.assignments) {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s, c_.prepare("INSERT INTO deployment_assignments (plan_id, person_id, number, "
                                "bko) VALUES (?, ?, ?, ?)"));
    s.bind_all(plan_id, a.person_id);
    s.bind(3, a.number);
    s.bind(4, a.bko ? 1 : 0);
    SIAGA_TRY(s.run());
  }
  for (const PlanPartnerRow& p : rows.partners) {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s, c_.prepare("INSERT INTO deployment_partners (plan_id, number, partner_id, "
                                "tps_id) VALUES (?, ?, ?, ?)"));
    s.bind_all(plan_id, p.number, p.partner_id);
    s.bind(4, p.tps_id);
    SIAGA_TRY(s.run());
  }
  return ok_status();
}

Result<std::vector<PlanPostRow>> SqlDeploymentRepo::posts(std::int64_t plan_id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(std::string("SELECT ") + kPostColumns +
                                                 " FROM deployment_posts d WHERE d.plan_id = ? "
                                                 "ORDER BY d.number"));
  s.bind(1, plan_id);
  return collect<PlanPostRow>(s, [](Statement& r) { return read_post(r, 0); });
}

Result<std::vector<PlanPostTpsRow>> SqlDeploymentRepo::post_tps(std::int64_t plan_id) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("SELECT number, seq, tps_id, tps_class, class_defaulted, linmas FROM "
                              "deployment_post_tps WHERE plan_id = ? ORDER BY number, seq"));
  s.bind(1, plan_id);
  return collect<PlanPostTpsRow>(s, [](Statement& r) {
    return PlanPostTpsRow{static_cast<int>(r.int64(0)),
                          static_cast<int>(r.int64(1)),
                          r.int64(2),
                          read_class(r, 3),
                          r.int64(4) != 0,
                          static_cast<int>(r.int64(5))};
  });
}

Result<std::vector<PlanAssignmentRow>> SqlDeploymentRepo::assignments(std::int64_t plan_id) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("SELECT person_id, number, bko FROM deployment_assignments WHERE "
                              "plan_id = ? ORDER BY person_id"));
  s.bind(1, plan_id);
  return collect<PlanAssignmentRow>(s, [](Statement& r) {
    PlanAssignmentRow a;
    a.person_id = r.int64(0);
    if (!r.is_null(1)) a.number = static_cast<int>(r.int64(1));
    a.bko = r.int64(2) != 0;
    return a;
  });
}

Result<std::vector<PlanPartnerRow>> SqlDeploymentRepo::partners(std::int64_t plan_id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare("SELECT number, partner_id, tps_id FROM deployment_partners "
                                    "WHERE plan_id = ? ORDER BY number, partner_id"));
  s.bind(1, plan_id);
  return collect<PlanPartnerRow>(s, [](Statement& r) {
    return PlanPartnerRow{static_cast<int>(r.int64(0)), r.int64(1), optional_id(r, 2)};
  });
}

Result<std::vector<PostView>> SqlDeploymentRepo::post_views(
    std::int64_t plan_id, std::optional<std::int64_t> sector_unit_id, int limit, int offset) {
  std::string sql = std::string("SELECT ") + kPostColumns +
                    ", coalesce(u.code, ''), coalesce(u.name, '') FROM deployment_posts d "
                    "LEFT JOIN units u ON u.id = d.sector_unit_id WHERE d.plan_id = ?";
  if (sector_unit_id) sql += " AND d.sector_unit_id = ?";
  sql += " ORDER BY d.number LIMIT ? OFFSET ?";
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(sql));
  int i = 1;
  s.bind(i++, plan_id);
  if (sector_unit_id) s.bind(i++, *sector_unit_id);
  s.bind(i, limit);
  s.bind(i + 1, offset);
  return collect<PostView>(s, [](Statement& r) {
    return PostView{read_post(r, 0), r.text(13), r.text(14)};
  });
}

Result<std::int64_t> SqlDeploymentRepo::count_posts(std::int64_t plan_id,
                                                    std::optional<std::int64_t> sector_unit_id) {
  std::string sql = "SELECT count(*) FROM deployment_posts WHERE plan_id = ?";
  if (sector_unit_id) sql += " AND sector_unit_id = ?";
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(sql));
  s.bind(1, plan_id);
  if (sector_unit_id) s.bind(2, *sector_unit_id);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  return row ? s.int64(0) : 0;
}

Result<std::vector<PostTpsView>> SqlDeploymentRepo::tps_views(std::int64_t plan_id, int from,
                                                              int to) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("SELECT d.number, d.seq, t.id, t.code, t.number, t.desa_code, "
                 "coalesce(r.name, ''), coalesce(k.name, ''), t.address, d.tps_class, t.lat, "
                 "t.lon, d.linmas FROM deployment_post_tps d JOIN tps t ON t.id = d.tps_id "
                 "LEFT JOIN regions r ON r.code = t.desa_code LEFT JOIN regions k ON k.code = "
                 "t.district_code WHERE d.plan_id = ? AND d.number BETWEEN ? AND ? "
                 "ORDER BY d.number, d.seq"));
  s.bind_all(plan_id, from, to);
  return collect<PostTpsView>(s, [](Statement& r) {
    PostTpsView v;
    v.number = static_cast<int>(r.int64(0));
    v.seq = static_cast<int>(r.int64(1));
    v.tps_id = r.int64(2);
    v.code = r.text(3);
    v.tps_number = fmt::format("{:03}", r.int64(4));
    v.desa_code = r.text(5);
    v.desa_name = r.text(6);
    v.kecamatan_name = r.text(7);
    v.address = r.text(8);
    v.tps_class = read_class(r, 9);
    v.position = {r.real(10), r.real(11)};
    v.linmas = static_cast<int>(r.int64(12));
    return v;
  });
}

Result<std::vector<PostOfficerView>> SqlDeploymentRepo::officer_views(std::int64_t plan_id,
                                                                      std::optional<int> from,
                                                                      std::optional<int> to,
                                                                      bool reserve_only) {
  std::string sql =
      "SELECT a.number, p.id, p.nrp, p.name, p.rank, u.code, u.name, a.bko FROM "
      "deployment_assignments a JOIN personnel p ON p.id = a.person_id JOIN units u ON u.id = "
      "p.unit_id WHERE a.plan_id = ?";
  if (reserve_only) {
    sql += " AND a.number IS NULL ORDER BY u.code, p.name, p.nrp";
  } else if (from && to) {
    sql += " AND a.number BETWEEN ? AND ? ORDER BY a.number, p.name, p.nrp";
  } else {
    sql += " ORDER BY p.name, p.nrp";
  }
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(sql));
  s.bind(1, plan_id);
  if (!reserve_only && from && to) s.bind(2, *from).bind(3, *to);
  return collect<PostOfficerView>(s, [](Statement& r) {
    PostOfficerView v;
    if (!r.is_null(0)) v.number = static_cast<int>(r.int64(0));
    v.person_id = r.int64(1);
    v.nrp = r.text(2);
    v.name = r.text(3);
    v.rank = r.text(4);
    v.unit_code = r.text(5);
    v.unit_name = r.text(6);
    v.bko = r.int64(7) != 0;
    return v;
  });
}

Result<std::vector<PostPartnerView>> SqlDeploymentRepo::partner_views(std::int64_t plan_id,
                                                                      int from, int to) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("SELECT d.number, m.force, m.name, m.rank, m.identifier, "
                 "coalesce(m.desa_code, ''), coalesce(t.code, '') FROM deployment_partners d "
                 "JOIN partner_members m ON m.id = d.partner_id LEFT JOIN tps t ON t.id = "
                 "d.tps_id WHERE d.plan_id = ? AND d.number BETWEEN ? AND ? "
                 "ORDER BY d.number, m.force, t.code, m.name, m.id"));
  s.bind_all(plan_id, from, to);
  return collect<PostPartnerView>(s, [](Statement& r) {
    return PostPartnerView{static_cast<int>(r.int64(0)),
                           r.text(1),
                           r.text(2),
                           r.text(3),
                           r.text(4),
                           r.text(5),
                           r.text(6)};
  });
}

Result<std::vector<PlanUnitRow>> SqlDeploymentRepo::units_under(std::int64_t unit_id) {
  // The unit tree is four levels deep: walk it breadth first, a level at a time.
  std::vector<PlanUnitRow> out;
  std::vector<std::int64_t> frontier{unit_id};
  bool first = true;
  while (!frontier.empty()) {
    std::string sql = "SELECT id, code, name, level, parent_id, lat, lon FROM units WHERE " +
                      std::string(first ? "id" : "parent_id") + " IN (" +
                      placeholders(frontier.size()) + ") ORDER BY id";
    SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(sql));
    for (std::size_t i = 0; i < frontier.size(); ++i) s.bind(static_cast<int>(i + 1), frontier[i]);
    SIAGA_ASSIGN_OR_RETURN(auto level, collect<PlanUnitRow>(s, [](Statement& r) {
                             PlanUnitRow u;
                             u.id = r.int64(0);
                             u.code = r.text(1);
                             u.name = r.text(2);
                             u.level = r.text(3);
                             u.parent_id = optional_id(r, 4);
                             if (!r.is_null(5) && !r.is_null(6))
                               u.position = LatLon{r.real(5), r.real(6)};
                             return u;
                           }));
    first = false;
    frontier.clear();
    for (PlanUnitRow& u : level) {
      frontier.push_back(u.id);
      out.push_back(std::move(u));
    }
  }
  for (PlanUnitRow& u : out) {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("SELECT region_code FROM unit_regions WHERE unit_id = ? ORDER BY region_code"));
    s.bind(1, u.id);
    SIAGA_ASSIGN_OR_RETURN(u.region_codes,
                           collect<std::string>(s, [](Statement& r) { return r.text(0); }));
  }
  return out;
}

Result<std::vector<PlanTpsRow>> SqlDeploymentRepo::tps_in(const std::vector<std::string>& regions) {
  std::vector<PlanTpsRow> out;
  for (const std::string& region : regions) {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("SELECT id, code, desa_code, district_code, regency_code, lat, lon, tps_class "
                   "FROM tps WHERE desa_code = ? OR (desa_code > ? AND desa_code < ?) "
                   "ORDER BY code"));
    s.bind_all(region, region + ".", region + "/");
    SIAGA_ASSIGN_OR_RETURN(auto rows, collect<PlanTpsRow>(s, [](Statement& r) {
                             PlanTpsRow t;
                             t.id = r.int64(0);
                             t.code = r.text(1);
                             t.desa_code = r.text(2);
                             t.district_code = r.text(3);
                             t.regency_code = r.text(4);
                             t.position = {r.real(5), r.real(6)};
                             if (!r.is_null(7)) t.tps_class = parse_tps_class(r.text(7));
                             return t;
                           }));
    out.insert(out.end(), std::make_move_iterator(rows.begin()),
               std::make_move_iterator(rows.end()));
  }
  return out;
}

Result<std::vector<PlanPersonRow>> SqlDeploymentRepo::people_of_units(
    const std::vector<std::int64_t>& unit_ids) {
  std::vector<PlanPersonRow> out;
  for (std::int64_t unit : unit_ids) {
    SIAGA_ASSIGN_OR_RETURN(Statement s,
                           c_.prepare("SELECT id, nrp, unit_id FROM personnel WHERE unit_id = ? "
                                      "ORDER BY id"));
    s.bind(1, unit);
    SIAGA_ASSIGN_OR_RETURN(auto rows, collect<PlanPersonRow>(s, [](Statement& r) {
                             return PlanPersonRow{r.int64(0), r.text(1), r.int64(2)};
                           }));
    out.insert(out.end(), rows.begin(), rows.end());
  }
  return out;
}

Result<std::vector<PlanPersonRow>> SqlDeploymentRepo::people_by_nrp(
    const std::vector<std::string>& nrps) {
  std::vector<PlanPersonRow> out;
  for (const std::string& nrp : nrps) {
    SIAGA_ASSIGN_OR_RETURN(Statement s,
                           c_.prepare("SELECT id, nrp, unit_id FROM personnel WHERE nrp = ?"));
    s.bind(1, nrp);
    SIAGA_ASSIGN_OR_RETURN(auto rows, collect<PlanPersonRow>(s, [](Statement& r) {
                             return PlanPersonRow{r.int64(0), r.text(1), r.int64(2)};
                           }));
    out.insert(out.end(), rows.begin(), rows.end());
  }
  return out;
}

Result<std::vector<PlanPartnerMemberRow>> SqlDeploymentRepo::partners_of_units(
    const std::vector<std::int64_t>& unit_ids) {
  std::vector<PlanPartnerMemberRow> out;
  for (std::int64_t unit : unit_ids) {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("SELECT id, force, unit_id, coalesce(desa_code, '') FROM partner_members "
                   "WHERE unit_id = ? AND force IN ('linmas', 'tni') ORDER BY id"));
    s.bind(1, unit);
    SIAGA_ASSIGN_OR_RETURN(auto rows, collect<PlanPartnerMemberRow>(s, [](Statement& r) {
                             return PlanPartnerMemberRow{
                                 r.int64(0),
                                 parse_partner_force(r.text(1)).value_or(PartnerForce::linmas),
                                 r.int64(2), r.text(3)};
                           }));
    out.insert(out.end(), rows.begin(), rows.end());
  }
  return out;
}

Result<std::vector<PlanAbsenceRow>> SqlDeploymentRepo::absences_on(const std::string& date) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("SELECT person_id, kind, bko_unit_id FROM absences WHERE starts_on <= ? AND "
                 "ends_on >= ? ORDER BY person_id, id"));
  s.bind_all(date, date);
  return collect<PlanAbsenceRow>(s, [](Statement& r) {
    return PlanAbsenceRow{r.int64(0), parse_absence_kind(r.text(1)).value_or(AbsenceKind::cuti),
                          optional_id(r, 2)};
  });
}

}  // namespace siaga::store::sql
