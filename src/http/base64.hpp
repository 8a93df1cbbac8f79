#pragma once
// Photos travel as base64 inside JSON bodies (defect reports, incident reports).

#include <optional>
#include <string>
#include <string_view>

namespace siaga::http {

// Standard or URL-safe base64, padding optional, whitespace ignored;
// optionally behind a data: URL header ("data:image/png;base64,").
std::optional<std::string> decode_base64(std::string_view text);

}  // namespace siaga::http
