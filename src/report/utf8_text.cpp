#include "report/utf8_text.hpp"

#include <glib.h>

namespace siaga::report {

std::string valid_utf8(std::string_view text) {
  const auto size = static_cast<gssize>(text.size());
  if (g_utf8_validate(text.data(), size, nullptr)) return std::string(text);
  // glib comes with pango anyway and knows every corner of UTF-8 validity.
  gchar* fixed = g_utf8_make_valid(text.data(), size);
  std::string out(fixed);
  g_free(fixed);
  return out;
}

std::string upper_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

}  // namespace siaga::report
