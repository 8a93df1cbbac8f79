#include "store/sql/repos.hpp"

namespace siaga::store::sql {

namespace {

constexpr const char* kSelect =
    "SELECT u.id, u.username, u.full_name, u.role, u.unit_id, un.code, u.password_hash, "
    "u.failed_logins, u.locked_until, u.active FROM users u JOIN units un ON un.id = u.unit_id";

User read_user(Statement& s) {
  User u;
  u.id = s.int64(0);
  u.username = s.text(1);
  u.full_name = s.text(2);
  u.role = parse_role(s.text(3)).value_or(Role::officer);
  u.unit_id = s.int64(4);
  u.unit_code = s.text(5);
  u.password_hash = s.text(6);
  u.failed_logins = static_cast<int>(s.int64(7));
  SysSeconds locked;
  if (!s.is_null(8) && parse_utc(s.text(8), locked)) u.locked_until = locked;
  u.active = s.int64(9) != 0;
  return u;
}

SessionRecord read_session(Statement& s) {
  SessionRecord r;
  r.id = s.int64(0);
  r.user_id = s.int64(1);
  r.token_hash = s.text(2);
  parse_utc(s.text(3), r.created_at);
  parse_utc(s.text(4), r.last_seen_at);
  parse_utc(s.text(5), r.expires_at);
  return r;
}

}  // namespace

Result<std::int64_t> SqlUserRepo::insert(const User& u) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("INSERT INTO users (username, full_name, role, unit_id, "
                              "password_hash, active) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
  s.bind_all(u.username, u.full_name, to_string(u.role), u.unit_id, u.password_hash,
             u.active ? 1 : 0);
  return s.returning_id();
}

Result<std::vector<User>> SqlUserRepo::load(const std::string& where, const std::string& param) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(std::string(kSelect) + where + " ORDER BY u.id"));
  if (!param.empty()) s.bind(1, param);
  std::vector<User> users;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    users.push_back(read_user(s));
  }
  return users;
}

Result<std::optional<User>> SqlUserRepo::find_by_username(const std::string& username) {
  SIAGA_ASSIGN_OR_RETURN(auto users, load(" WHERE u.username = ?1", username));
  if (users.empty()) return std::optional<User>{};
  return std::optional<User>{users.front()};
}

Result<std::optional<User>> SqlUserRepo::find(std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(auto users, load(" WHERE u.id = ?1", std::to_string(id)));
  if (users.empty()) return std::optional<User>{};
  return std::optional<User>{users.front()};
}

Result<std::vector<User>> SqlUserRepo::list() {
  return load("", "");
}

Status SqlUserRepo::set_password_hash(std::int64_t user_id, const std::string& hash) {
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare("UPDATE users SET password_hash = ?, failed_logins = 0, "
                                    "locked_until = NULL WHERE id = ?"));
  s.bind_all(hash, user_id);
  return s.run();
}

Status SqlUserRepo::record_login_failure(std::int64_t user_id, int failed_logins,
                                         std::optional<SysSeconds> locked_until) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"));
  s.bind(1, failed_logins);
  if (locked_until) {
    s.bind(2, format_utc(*locked_until));
  } else {
    s.bind_null(2);
  }
  s.bind(3, user_id);
  return s.run();
}

Status SqlUserRepo::reset_login_failures(std::int64_t user_id) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?"));
  s.bind(1, user_id);
  return s.run();
}

Result<std::int64_t> SqlUserRepo::count() {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("SELECT count(*) FROM users"));
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  return row ? s.int64(0) : 0;
}

Result<std::int64_t> SqlUserRepo::insert_session(const SessionRecord& r) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("INSERT INTO sessions (user_id, token_hash, created_at, "
                              "last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
  s.bind_all(r.user_id, r.token_hash, format_utc(r.created_at), format_utc(r.last_seen_at),
             format_utc(r.expires_at));
  return s.returning_id();
}

Result<std::optional<SessionRecord>> SqlUserRepo::find_session(const std::string& token_hash) {
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare("SELECT id, user_id, token_hash, created_at, last_seen_at, "
                                    "expires_at FROM sessions WHERE token_hash = ?"));
  s.bind(1, token_hash);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  if (!row) return std::optional<SessionRecord>{};
  return std::optional<SessionRecord>{read_session(s)};
}

Status SqlUserRepo::touch_session(std::int64_t session_id, SysSeconds at) {
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare("UPDATE sessions SET last_seen_at = ? WHERE id = ?"));
  s.bind_all(format_utc(at), session_id);
  return s.run();
}

Status SqlUserRepo::delete_session(std::int64_t session_id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("DELETE FROM sessions WHERE id = ?"));
  s.bind(1, session_id);
  return s.run();
}

Status SqlUserRepo::delete_sessions_of(std::int64_t user_id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("DELETE FROM sessions WHERE user_id = ?"));
  s.bind(1, user_id);
  return s.run();
}

}  // namespace siaga::store::sql
