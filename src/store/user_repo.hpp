#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "domain/user.hpp"

namespace siaga::store {

struct SessionRecord {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string token_hash;  // hex SHA-256 of the bearer token; the token is never stored
  SysSeconds created_at;
  SysSeconds last_seen_at;
  SysSeconds expires_at;  // absolute end
};

class UserRepo {
 public:
  virtual ~UserRepo() = default;
  virtual Result<std::int64_t> insert(const User& user) = 0;
  virtual Result<std::optional<User>> find_by_username(const std::string& username) = 0;
  virtual Result<std::optional<User>> find(std::int64_t id) = 0;
  virtual Result<std::vector<User>> list() = 0;
  virtual Status set_password_hash(std::int64_t user_id, const std::string& hash) = 0;
  virtual Status record_login_failure(std::int64_t user_id, int failed_logins,
                                      std::optional<SysSeconds> locked_until) = 0;
  virtual Status reset_login_failures(std::int64_t user_id) = 0;
  virtual Result<std::int64_t> count() = 0;

  virtual Result<std::int64_t> insert_session(const SessionRecord& session) = 0;
  virtual Result<std::optional<SessionRecord>> find_session(const std::string& token_hash) = 0;
  virtual Status touch_session(std::int64_t session_id, SysSeconds at) = 0;
  virtual Status delete_session(std::int64_t session_id) = 0;
  virtual Status delete_sessions_of(std::int64_t user_id) = 0;
};

}  // namespace siaga::store
