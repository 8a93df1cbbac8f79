#include "domain/user.hpp"

namespace siaga {

Status validate_username(const std::string& username) {
  bool ok = username.size() >= 3 && username.size() <= 64;
  for (char c : username) {
    ok = ok &&
         ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_');
  }
  if (ok) return ok_status();
  return make_error(ErrorCode::invalid_input,
                    "nama pengguna 3-64 karakter: huruf kecil, angka, titik, minus, garis bawah",
                    "username must be 3-64 characters: lowercase letters, digits, . - _",
                    "username");
}

Status validate_password(const std::string& password) {
  if (password.size() >= 10 && password.size() <= 256) return ok_status();
  return make_error(ErrorCode::invalid_input, "kata sandi minimal 10 karakter",
                    "password must have at least 10 characters", "password");
}

}  // namespace siaga
