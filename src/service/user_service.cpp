#include "service/user_service.hpp"

#include <fmt/format.h>

#include "service/audit_log.hpp"
#include "service/crypto.hpp"
#include "service/json_text.hpp"
#include "service/permission.hpp"

namespace siaga::service {

Actor console_actor(const std::string& os_user) {
  Actor actor;
  actor.username = "console:" + (os_user.empty() ? std::string("unknown") : os_user);
  actor.role = Role::admin;
  actor.territory = Territory::everywhere();
  return actor;
}

Result<User> UserService::add(const Actor& actor, const NewUser& input) {
  SIAGA_TRY(require(actor, Permission::manage_users));
  SIAGA_TRY(validate_username(input.username));
  SIAGA_TRY(validate_password(input.password));
  SIAGA_ASSIGN_OR_RETURN(std::string hash, hash_password(input.password));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto unit, tx->units().find_by_code(input.unit_code));
  if (!unit) {
    return make_error(ErrorCode::invalid_input,
                      fmt::format("satuan '{}' tidak dikenal", input.unit_code),
                      fmt::format("unknown unit '{}'", input.unit_code), "unit_code");
  }
  const bool in_territory =
      actor.territory.is_everywhere() ||
      (!unit->region_codes.empty() && actor.territory.covers(unit->region_codes.front()));
  if (!in_territory) {
    return make_error(ErrorCode::invalid_input, "satuan di luar wilayah Anda",
                      "the unit lies outside your territory", "unit_code");
  }
  SIAGA_ASSIGN_OR_RETURN(auto existing, tx->users().find_by_username(input.username));
  if (existing) {
    return make_error(ErrorCode::conflict,
                      fmt::format("nama pengguna '{}' sudah dipakai", input.username),
                      fmt::format("username '{}' is taken", input.username), "username");
  }
  User user;
  user.username = input.username;
  user.full_name = input.full_name;
  user.role = input.role;
  user.unit_id = unit->id;
  user.unit_code = unit->code;
  user.password_hash = hash;
  SIAGA_ASSIGN_OR_RETURN(user.id, tx->users().insert(user));
  SIAGA_TRY(append_audit(*tx, ctx_.clock, actor.unit_id,
                         {actor.username, "user.create", "user", std::to_string(user.id),
                          json_object({{"username", user.username},
                                       {"role", std::string(to_string(user.role))},
                                       {"unit", unit->code}})}));
  SIAGA_TRY(tx->commit());
  return user;
}

Status UserService::set_password(const Actor& actor, const std::string& username,
                                 const std::string& password) {
  SIAGA_TRY(require(actor, Permission::manage_users));
  SIAGA_TRY(validate_password(password));
  SIAGA_ASSIGN_OR_RETURN(std::string hash, hash_password(password));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::write));
  SIAGA_ASSIGN_OR_RETURN(auto user, tx->users().find_by_username(username));
  if (!user) return not_found("pengguna '" + username + "'", "user '" + username + "'");
  SIAGA_TRY(tx->users().set_password_hash(user->id, hash));
  SIAGA_TRY(tx->users().delete_sessions_of(user->id));
  SIAGA_TRY(
      append_audit(*tx, ctx_.clock, actor.unit_id,
                   {actor.username, "user.password_reset", "user", std::to_string(user->id)}));
  return tx->commit();
}

Result<std::vector<User>> UserService::list(const Actor& actor) {
  SIAGA_TRY(require(actor, Permission::manage_users));
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  return tx->users().list();
}

Result<std::int64_t> UserService::count() {
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  return tx->users().count();
}

}  // namespace siaga::service
