#pragma once
// Expected failures as values (g++ 12 has no std::expected). An Error carries a
// code from a small fixed set, a message in Bahasa Indonesia and in English, and
// the input field it is about, so every layer can report "what and where".

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace siaga {

enum class ErrorCode {
  invalid_input,    // the caller sent something malformed or out of range
  not_found,        // absent, or outside the caller's territory
  conflict,         // duplicate key, illegal state transition
  unauthenticated,  // no or expired session, wrong password
  forbidden,        // authenticated but the role lacks the permission
  locked,           // account locked after failed logins
  too_large,        // body or file beyond the limit
  internal,         // a bug or an I/O failure
};

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;     // Bahasa Indonesia
  std::string message_en;  // English
  std::string field;       // the input field or location, empty when none

  friend bool operator==(const Error&, const Error&) = default;
};

[[nodiscard]] inline Error make_error(ErrorCode code, std::string message, std::string message_en,
                                      std::string field = {}) {
  return Error{code, std::move(message), std::move(message_en), std::move(field)};
}

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & {
    assert(ok());
    return std::get<0>(state_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<0>(state_);
  }
  T&& value() && {
    assert(ok());
    return std::get<0>(std::move(state_));
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const {
    assert(!ok());
    return std::get<1>(state_);
  }

 private:
  std::variant<T, Error> state_;
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const {
    assert(!ok());
    return *error_;
  }

 private:
  std::optional<Error> error_;
};

inline Status ok_status() {
  return Status{};
}

}  // namespace siaga

// Early return on failure; the expression must yield a Status or Result.
#define SIAGA_TRY(expr)                                            \
  do {                                                             \
    auto siaga_try_result_ = (expr);                               \
    if (!siaga_try_result_.ok()) return siaga_try_result_.error(); \
  } while (false)

#define SIAGA_CONCAT_INNER(a, b) a##b
#define SIAGA_CONCAT(a, b) SIAGA_CONCAT_INNER(a, b)
#define SIAGA_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                                \
  if (!tmp.ok()) return tmp.error();                \
  lhs = std::move(tmp).value()
// Binds the value of a Result to `lhs`, or returns its error.
#define SIAGA_ASSIGN_OR_RETURN(lhs, expr) \
  SIAGA_ASSIGN_OR_RETURN_IMPL(SIAGA_CONCAT(siaga_result_, __LINE__), lhs, expr)
