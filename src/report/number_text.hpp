#pragma once
// Numbers as an Indonesian reader writes them on paper.

#include <string>

namespace siaga::report {

// One decimal with a decimal comma: 72.5 -> "72,5".
std::string decimal(double value);

}  // namespace siaga::report
