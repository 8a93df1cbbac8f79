#pragma once
// The API's one mapping from an Error to an HTTP status and JSON body:
//   {"error":{"code":"...","message":"...","message_en":"...","field":"..."}}

#include <boost/json/value.hpp>

#include <string>

#include "domain/result.hpp"
#include "http/message.hpp"

namespace siaga::http {

int http_status_of(ErrorCode code);
std::string_view code_name(ErrorCode code);

Response error_response(int status, std::string_view code, const std::string& message,
                        const std::string& message_en, const std::string& field);
Response error_response(const Error& error);
// Malformed JSON and wrong types: 400, not 422 (the request is not even readable).
Response bad_request(const std::string& message, const std::string& message_en,
                     const std::string& field);
Response json_response(int status, const boost::json::value& body);
// A body that is JSON text already (written by the service, e.g. incidents).
Response json_text_response(int status, std::string body);

}  // namespace siaga::http
