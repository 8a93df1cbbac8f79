#pragma once
// Logging in and out, sessions, lock-out, and turning a token into the Actor
// every other use case acts for.

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "domain/result.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"

namespace siaga::service {

struct LoginResult {
  std::string token;  // shown once; only its hash is stored
  SysSeconds expires_at;
  Actor actor;
};

// A session verified against the database is trusted by this process for at
// most one second of wall time (never past its idle or absolute limit, and
// never longer than the touch interval since its last recorded use). The
// database stays the only truth: a logout here takes effect at once, a logout
// or password reset through another process within that second.
inline constexpr std::chrono::milliseconds kSessionRecheck{1000};

class AuthService {
 public:
  explicit AuthService(Context& ctx) : ctx_(ctx) {}
  AuthService(const AuthService&) = delete;
  AuthService& operator=(const AuthService&) = delete;

  // Wrong username or password: unauthenticated (the same answer for both).
  // Five failures in a row lock the account for 15 minutes: locked.
  Result<LoginResult> login(const std::string& username, const std::string& password);
  Status logout(const std::string& token);
  // The actor behind a token; unauthenticated when unknown, idle or expired.
  Result<Actor> authenticate(const std::string& token);
  Status change_password(const Actor& actor, const std::string& current,
                         const std::string& replacement);

 private:
  struct VerifiedSession {
    Actor actor;
    SysSeconds expires_at;
    SysSeconds last_seen;
    std::chrono::steady_clock::time_point verified_at;
  };
  std::optional<Actor> cached(const std::string& token_hash, SysSeconds now);
  void remember(const std::string& token_hash, VerifiedSession session);
  void forget(const std::string& token_hash);

  Context& ctx_;
  std::mutex cache_mutex_;
  std::unordered_map<std::string, VerifiedSession> cache_;
};

// Builds the Actor of a user: their unit, its zone and its territory.
Result<Actor> load_actor(store::Transaction& tx, const User& user);

}  // namespace siaga::service
