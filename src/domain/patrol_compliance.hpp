#pragma once
// Compliance of a patrol plan's execution: geofence, stop status, counts.

namespace siaga {}  // namespace siaga
