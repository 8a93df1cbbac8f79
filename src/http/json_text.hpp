#pragma once
// JSON text as outside scripts expect it: numbers written the shortest way
// that reads back exactly ("0.8647", "19.6"), not Boost's exponent form
// ("8.647E-1"); non-finite numbers as null.

#include <boost/json/value.hpp>

#include <string>

namespace siaga::http {

std::string to_json_text(const boost::json::value& value);

}  // namespace siaga::http
