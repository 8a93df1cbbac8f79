#include "store/patrol_repo.hpp"

namespace siaga::store {}  // namespace siaga::store
