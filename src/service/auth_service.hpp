#pragma once
// Logging in and out, sessions, lock-out, and turning a token into the Actor
// every other use case acts for.

#include <optional>
#include <string>

#include "domain/result.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"

namespace siaga::service {

struct LoginResult {
  std::string token;  // shown once; only its hash is stored
  SysSeconds expires_at;
  Actor actor;
};

class AuthService {
 public:
  explicit AuthService(Context& ctx) : ctx_(ctx) {}

  // Wrong username or password: unauthenticated (the same answer for both).
  // Five failures in a row lock the account for 15 minutes: locked.
  Result<LoginResult> login(const std::string& username, const std::string& password);
  Status logout(const std::string& token);
  // The actor behind a token; unauthenticated when unknown, idle or expired.
  Result<Actor> authenticate(const std::string& token);
  Status change_password(const Actor& actor, const std::string& current,
                         const std::string& replacement);

 private:
  Context& ctx_;
};

// Builds the Actor of a user: their unit, its zone and its territory.
Result<Actor> load_actor(store::Transaction& tx, const User& user);

}  // namespace siaga::service
