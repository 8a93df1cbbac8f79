#pragma once
// Region outlines are stored as a compact blob of little-endian counts and
// doubles: parts, then per part its rings, then per ring its points (lon, lat).

#include <optional>
#include <vector>

#include "domain/polygon.hpp"

namespace siaga::store::sql {

std::vector<unsigned char> encode_shape(const MultiPolygon& shape);
std::optional<MultiPolygon> decode_shape(const std::vector<unsigned char>& blob);

}  // namespace siaga::store::sql
