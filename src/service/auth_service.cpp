#include "service/auth_service.hpp"

#include <fmt/format.h>

#include "service/audit_log.hpp"
#include "service/crypto.hpp"

namespace siaga::service {

namespace {

Error bad_credentials() {
  return make_error(ErrorCode::unauthenticated, "nama pengguna atau kata sandi salah",
                    "wrong username or password", "password");
}

Error session_invalid() {
  return make_error(ErrorCode::unauthenticated,
                    "sesi tidak berlaku atau sudah berakhir; silakan masuk lagi",
                    "session is invalid or has expired; please log in again");
}

}  // namespace

Result<Actor> load_actor(store::Transaction& tx, const User& user) {
  SIAGA_ASSIGN_OR_RETURN(auto unit, tx.units().find(user.unit_id));
  if (!unit) {
    return make_error(ErrorCode::internal, "satuan pengguna tidak ditemukan",
                      "the user's unit does not exist");
  }
  Actor actor;
  actor.user_id = user.id;
  actor.username = user.username;
  actor.role = user.role;
  actor.unit_id = unit->id;
  actor.unit_code = unit->code;
  actor.unit_name = unit->name;
  actor.zone = unit->zone;
  actor.territory = unit->level == UnitLevel::mabes ? Territory::everywhere()
                                                    : Territory::of_regions(unit->region_codes);
  return actor;
}

Result<LoginResult> AuthService::login(const std::string& username, const std::string& password) {
  const SysSeconds now = ctx_.clock.now();
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto user, tx->users().find_by_username(username));
  if (!user || !user->active) {
    // Spend the same time as a real check so usernames cannot be probed by timing.
    static const std::string kDummyHash = hash_password("siaga-timing-dummy").value();
    (void)verify_password(kDummyHash, password);
    return bad_credentials();
  }
  SIAGA_ASSIGN_OR_RETURN(auto unit, tx->units().find(user->unit_id));
  const TimeZone zone = unit ? unit->zone : TimeZone::wib;
  if (user->locked_until && *user->locked_until > now) {
    return make_error(
        ErrorCode::locked,
        fmt::format("akun terkunci karena {} kali salah kata sandi; coba lagi setelah {}",
                    kMaxFailedLogins, format_local(*user->locked_until, zone)),
        fmt::format("account locked after {} wrong passwords; try again after {}", kMaxFailedLogins,
                    format_local(*user->locked_until, zone)),
        "username");
  }
  if (!verify_password(user->password_hash, password)) {
    // A lock that has run out starts a fresh count.
    const int failures = (user->locked_until ? 0 : user->failed_logins) + 1;
    std::optional<SysSeconds> lock;
    if (failures >= kMaxFailedLogins) lock = now + kLockout;
    SIAGA_TRY(tx->users().record_login_failure(user->id, failures, lock));
    if (lock) {
      SIAGA_TRY(append_audit(*tx, ctx_.clock, user->unit_id,
                             {user->username, "session.locked", "user", std::to_string(user->id)}));
    }
    SIAGA_TRY(tx->commit());
    if (lock) {
      return make_error(ErrorCode::locked,
                        fmt::format("akun terkunci {} menit karena {} kali salah kata sandi",
                                    kLockout.count(), kMaxFailedLogins),
                        fmt::format("account locked for {} minutes after {} wrong passwords",
                                    kLockout.count(), kMaxFailedLogins),
                        "username");
    }
    return bad_credentials();
  }
  if (user->failed_logins > 0 || user->locked_until) {
    SIAGA_TRY(tx->users().reset_login_failures(user->id));
  }
  SIAGA_ASSIGN_OR_RETURN(Actor actor, load_actor(*tx, *user));
  LoginResult result;
  result.token = random_token();
  result.expires_at = now + ctx_.sessions.absolute_timeout;
  result.actor = actor;
  store::SessionRecord session{0, user->id, sha256_hex(result.token), now, now, result.expires_at};
  SIAGA_ASSIGN_OR_RETURN(std::int64_t session_id, tx->users().insert_session(session));
  SIAGA_TRY(append_audit(*tx, ctx_.clock, user->unit_id,
                         {user->username, "session.login", "session", std::to_string(session_id)}));
  SIAGA_TRY(tx->commit());
  return result;
}

std::optional<Actor> AuthService::cached(const std::string& token_hash, SysSeconds now) {
  std::lock_guard lock(cache_mutex_);
  auto it = cache_.find(token_hash);
  if (it == cache_.end()) return std::nullopt;
  const VerifiedSession& s = it->second;
  const bool fresh = std::chrono::steady_clock::now() - s.verified_at < kSessionRecheck;
  const bool alive = now < s.expires_at && now < s.last_seen + ctx_.sessions.idle_timeout &&
                     now - s.last_seen < ctx_.sessions.touch_interval;
  if (fresh && alive) return s.actor;
  cache_.erase(it);
  return std::nullopt;
}

void AuthService::remember(const std::string& token_hash, VerifiedSession session) {
  std::lock_guard lock(cache_mutex_);
  if (cache_.size() >= 10000) {
    const auto stale = std::chrono::steady_clock::now() - kSessionRecheck;
    std::erase_if(cache_, [&](const auto& entry) { return entry.second.verified_at < stale; });
  }
  cache_[token_hash] = std::move(session);
}

void AuthService::forget(const std::string& token_hash) {
  std::lock_guard lock(cache_mutex_);
  cache_.erase(token_hash);
}

Result<Actor> AuthService::authenticate(const std::string& token) {
  if (token.empty()) {
    return make_error(ErrorCode::unauthenticated, "silakan masuk terlebih dahulu",
                      "please log in first");
  }
  const SysSeconds now = ctx_.clock.now();
  const std::string token_hash = sha256_hex(token);
  if (auto actor = cached(token_hash, now)) return *actor;
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(auto session, tx->users().find_session(token_hash));
  if (!session || session->expires_at <= now ||
      session->last_seen_at + ctx_.sessions.idle_timeout <= now) {
    return session_invalid();
  }
  SIAGA_ASSIGN_OR_RETURN(auto user, tx->users().find(session->user_id));
  if (!user || !user->active) return session_invalid();
  SIAGA_ASSIGN_OR_RETURN(Actor actor, load_actor(*tx, *user));
  const bool stale = now - session->last_seen_at >= ctx_.sessions.touch_interval;
  tx.reset();
  if (stale) {
    SIAGA_ASSIGN_OR_RETURN(auto wtx, ctx_.db.begin(store::TxMode::write));
    SIAGA_TRY(wtx->users().touch_session(session->id, now));
    SIAGA_TRY(wtx->commit());
  }
  remember(token_hash, {actor, session->expires_at, stale ? now : session->last_seen_at,
                        std::chrono::steady_clock::now()});
  return actor;
}

Status AuthService::logout(const std::string& token) {
  forget(sha256_hex(token));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto session, tx->users().find_session(sha256_hex(token)));
  if (!session) return session_invalid();
  SIAGA_ASSIGN_OR_RETURN(auto user, tx->users().find(session->user_id));
  SIAGA_TRY(tx->users().delete_session(session->id));
  SIAGA_TRY(append_audit(
      *tx, ctx_.clock, (user ? user->unit_id : 0),
      {user ? user->username : "", "session.logout", "session", std::to_string(session->id)}));
  return tx->commit();
}

Status AuthService::change_password(const Actor& actor, const std::string& current,
                                    const std::string& replacement) {
  if (Status st = validate_password(replacement); !st.ok()) {
    Error e = st.error();
    e.field = "new_password";
    return e;
  }
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto user, tx->users().find(actor.user_id));
  if (!user || !verify_password(user->password_hash, current)) {
    return make_error(ErrorCode::invalid_input, "kata sandi saat ini salah",
                      "the current password is wrong", "current_password");
  }
  SIAGA_ASSIGN_OR_RETURN(std::string hash, hash_password(replacement));
  SIAGA_TRY(tx->users().set_password_hash(user->id, hash));
  SIAGA_TRY(append_audit(*tx, ctx_.clock, user->unit_id,
                         {user->username, "user.password", "user", std::to_string(user->id)}));
  return tx->commit();
}

}  // namespace siaga::service
