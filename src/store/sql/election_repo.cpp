#include "store/sql/repos.hpp"

namespace siaga::store::sql {

namespace {

Election read_election(Statement& s) {
  Election e;
  e.id = s.int64(0);
  e.code = s.text(1);
  e.name = s.text(2);
  e.kind = parse_election_kind(s.text(3)).value_or(ElectionKind::bupati);
  e.region_code = s.text(4);
  e.voting_date = s.text(5);
  return e;
}

}  // namespace

Result<std::int64_t> SqlElectionRepo::insert(const Election& e) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("INSERT INTO elections (code, name, kind, "
                              "region_code, voting_date) VALUES (?, ?, ?, ?, ?) RETURNING id"));
  s.bind_all(e.code, e.name, to_string(e.kind), e.region_code, e.voting_date);
  return s.returning_id();
}

Result<std::vector<Election>> SqlElectionRepo::load(const std::string& where,
                                                    const std::string& param) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("SELECT id, code, name, kind, region_code, voting_date FROM elections" + where +
                 " ORDER BY id"));
  if (!param.empty()) s.bind(1, param);
  std::vector<Election> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    out.push_back(read_election(s));
  }
  return out;
}

Result<std::vector<Election>> SqlElectionRepo::list() {
  return load("", "");
}

Result<std::optional<Election>> SqlElectionRepo::find(std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(auto rows, load(" WHERE id = ?1", std::to_string(id)));
  if (rows.empty()) return std::optional<Election>{};
  return std::optional<Election>{rows.front()};
}

Result<std::optional<Election>> SqlElectionRepo::find_by_code(const std::string& code) {
  SIAGA_ASSIGN_OR_RETURN(auto rows, load(" WHERE code = ?1", code));
  if (rows.empty()) return std::optional<Election>{};
  return std::optional<Election>{rows.front()};
}

Result<std::int64_t> SqlElectionRepo::insert_stage(const Stage& st) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("INSERT INTO stages (code, name_id, name_en, starts_on, "
                 "ends_on, posture_id, posture_en) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
  s.bind_all(st.code, st.name_id, st.name_en, st.starts_on, st.ends_on, st.posture_id,
             st.posture_en);
  return s.returning_id();
}

Result<std::vector<Stage>> SqlElectionRepo::stages() {
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare("SELECT id, code, name_id, name_en, starts_on, ends_on, "
                                    "posture_id, posture_en FROM stages ORDER BY starts_on, id"));
  std::vector<Stage> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    out.push_back(Stage{s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5),
                        s.text(6), s.text(7)});
  }
  return out;
}

Result<std::int64_t> SqlElectionRepo::insert_candidate(const Candidate& c) {
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare("INSERT INTO candidates (election_id, number, head_name, "
                                    "deputy_name, parties) VALUES (?, ?, ?, ?, ?) RETURNING id"));
  s.bind_all(c.election_id, c.number, c.head_name, c.deputy_name, c.parties);
  return s.returning_id();
}

Result<std::vector<Candidate>> SqlElectionRepo::candidates(std::int64_t election_id) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("SELECT id, election_id, number, head_name, deputy_name, "
                              "parties FROM candidates WHERE election_id = ? ORDER BY number"));
  s.bind(1, election_id);
  std::vector<Candidate> out;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    out.push_back(Candidate{s.int64(0), s.int64(1), static_cast<int>(s.int64(2)), s.text(3),
                            s.text(4), s.text(5)});
  }
  return out;
}

}  // namespace siaga::store::sql
