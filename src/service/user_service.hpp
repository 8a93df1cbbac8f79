#pragma once
// Managing accounts: from the CLI (an operator on the server) and, for admins,
// from the API.

#include <string>
#include <vector>

#include "domain/user.hpp"
#include "service/context.hpp"

namespace siaga::service {

struct NewUser {
  std::string username;
  std::string password;
  std::string full_name;
  Role role = Role::officer;
  std::string unit_code;
};

class UserService {
 public:
  explicit UserService(Context& ctx) : ctx_(ctx) {}

  Result<User> add(const Actor& actor, const NewUser& user);
  // Sets a new password and ends the user's sessions.
  Status set_password(const Actor& actor, const std::string& username, const std::string& password);
  Result<std::vector<User>> list(const Actor& actor);
  Result<std::int64_t> count();

 private:
  Context& ctx_;
};

// The actor of an operator at the server's console (`siaga user add`, imports):
// an admin everywhere, named so in the audit log.
Actor console_actor(const std::string& os_user);

}  // namespace siaga::service
