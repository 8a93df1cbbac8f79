#include "domain/patrol.hpp"

namespace siaga {}  // namespace siaga
