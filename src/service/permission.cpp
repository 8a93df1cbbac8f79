#include "service/permission.hpp"

#include <fmt/format.h>

namespace siaga::service {

Status require(const Actor& actor, Permission permission) {
  if (allows(actor.role, permission)) return ok_status();
  return make_error(
      ErrorCode::forbidden,
      fmt::format("peran '{}' tidak berwenang untuk tindakan ini ({})", to_string(actor.role),
                  to_string(permission)),
      fmt::format("role '{}' may not do this ({})", to_string(actor.role), to_string(permission)));
}

Error not_found(std::string_view what_id, std::string_view what_en) {
  return make_error(ErrorCode::not_found, fmt::format("{} tidak ditemukan", what_id),
                    fmt::format("{} not found", what_en));
}

}  // namespace siaga::service
