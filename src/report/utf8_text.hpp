#pragma once
// Names reach reports from imported spreadsheets and may carry bytes that are
// not UTF-8; pango and Excel both want valid UTF-8, and a report should show
// U+FFFD in that spot rather than lose the line or the whole file.

#include <string>
#include <string_view>

namespace siaga::report {

// `text` unchanged when valid; otherwise each bad sequence becomes U+FFFD.
std::string valid_utf8(std::string_view text);

// a-z to A-Z and every other byte as it is: unit names are Latin letters, and
// leaving the rest alone keeps any UTF-8 in them intact.
std::string upper_ascii(std::string_view text);

}  // namespace siaga::report
