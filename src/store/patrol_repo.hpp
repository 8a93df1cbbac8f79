#pragma once
// Patrol plans, their teams, stops, routes and check-ins.

namespace siaga::store {}  // namespace siaga::store
