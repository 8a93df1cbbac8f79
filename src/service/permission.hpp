#pragma once
// The two checks at the top of every use case: may this role do it, and does
// the record lie in this actor's territory.

#include "domain/result.hpp"
#include "domain/role.hpp"
#include "domain/user.hpp"

namespace siaga::service {

Status require(const Actor& actor, Permission permission);

// The answer for a record outside the territory: the same as for one that
// does not exist, so its existence does not leak.
Error not_found(std::string_view what_id, std::string_view what_en);

}  // namespace siaga::service
