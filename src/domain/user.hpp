#pragma once
// Accounts and the acting person behind every request.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/result.hpp"
#include "domain/role.hpp"
#include "domain/territory.hpp"
#include "domain/time_zone.hpp"

namespace siaga {

struct User {
  std::int64_t id = 0;
  std::string username;
  std::string full_name;
  Role role = Role::officer;
  std::int64_t unit_id = 0;
  std::string unit_code;
  std::string password_hash;  // argon2id, libsodium's encoded form
  int failed_logins = 0;
  std::optional<SysSeconds> locked_until;
  bool active = true;
};

// The person a use case acts for, with what they may see.
struct Actor {
  std::int64_t user_id = 0;
  std::string username;
  Role role = Role::officer;
  std::int64_t unit_id = 0;
  std::string unit_code;
  std::string unit_name;
  TimeZone zone = TimeZone::wib;
  Territory territory = Territory::everywhere();
};

// Lowercase letters, digits, dot, dash, underscore; 3 to 64 characters.
Status validate_username(const std::string& username);
// At least 10 characters: long passphrases beat complex short ones.
Status validate_password(const std::string& password);

inline constexpr int kMaxFailedLogins = 5;
inline constexpr std::chrono::minutes kLockout{15};

}  // namespace siaga
