#pragma once
// Small JSON text for audit details; the HTTP layer has the real codec.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace siaga::service {

std::string json_quote(std::string_view text);
// {"k":"v",...} from string pairs.
std::string json_object(const std::vector<std::pair<std::string, std::string>>& fields);
// {"k":v,...} where each v is JSON text already (numbers, quoted text, arrays).
std::string json_raw_object(const std::vector<std::pair<std::string, std::string>>& fields);

}  // namespace siaga::service
