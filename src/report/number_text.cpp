#include "report/number_text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace siaga::report {

std::string decimal(double value) {
  std::string text = fmt::format("{:.1f}", value);
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

}  // namespace siaga::report
