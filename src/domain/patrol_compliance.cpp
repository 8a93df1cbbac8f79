#include "domain/patrol_compliance.hpp"

namespace siaga {}  // namespace siaga
