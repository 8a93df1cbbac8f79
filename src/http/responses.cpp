#include "http/responses.hpp"
#include "http/json_text.hpp"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

namespace siaga::http {

int http_status_of(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_input:
      return 422;
    case ErrorCode::not_found:
      return 404;
    case ErrorCode::conflict:
      return 409;
    case ErrorCode::unauthenticated:
      return 401;
    case ErrorCode::forbidden:
      return 403;
    case ErrorCode::locked:
      return 423;
    case ErrorCode::too_large:
      return 413;
    case ErrorCode::internal:
      return 500;
  }
  return 500;
}

std::string_view code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_input:
      return "invalid_input";
    case ErrorCode::not_found:
      return "not_found";
    case ErrorCode::conflict:
      return "conflict";
    case ErrorCode::unauthenticated:
      return "unauthenticated";
    case ErrorCode::forbidden:
      return "forbidden";
    case ErrorCode::locked:
      return "locked";
    case ErrorCode::too_large:
      return "too_large";
    case ErrorCode::internal:
      return "internal";
  }
  return "internal";
}

Response error_response(int status, std::string_view code, const std::string& message,
                        const std::string& message_en, const std::string& field) {
  boost::json::object error;
  error["code"] = code;
  error["message"] = message;
  error["message_en"] = message_en;
  if (field.empty()) {
    error["field"] = nullptr;
  } else {
    error["field"] = field;
  }
  boost::json::object body;
  body["error"] = std::move(error);
  return json_response(status, body);
}

Response error_response(const Error& error) {
  return error_response(http_status_of(error.code), code_name(error.code), error.message,
                        error.message_en, error.field);
}

Response bad_request(const std::string& message, const std::string& message_en,
                     const std::string& field) {
  return error_response(400, "bad_request", message, message_en, field);
}

Response json_text_response(int status, std::string body) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

Response json_response(int status, const boost::json::value& body) {
  Response r;
  r.status = status;
  r.body = to_json_text(body);
  return r;
}

}  // namespace siaga::http
