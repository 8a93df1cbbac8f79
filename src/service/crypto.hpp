#pragma once
// libsodium behind four functions: password hashing (argon2id), random
// tokens, and SHA-256 for token storage and the audit chain.

#include <optional>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace siaga::service {

// Must run once before any other call (idempotent, thread-safe).
Status init_crypto();

Result<std::string> hash_password(std::string_view password);
bool verify_password(std::string_view encoded_hash, std::string_view password);

// 32 random bytes, hex: an unguessable session token.
std::string random_token();
// `length` characters drawn uniformly from `alphabet`: codes people read out.
std::string random_text(std::size_t length, std::string_view alphabet);
std::string sha256_hex(std::string_view data);

}  // namespace siaga::service
