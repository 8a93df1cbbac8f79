#include "store/sql/shape_blob.hpp"

#include <cstdint>
#include <cstring>

namespace siaga::store::sql {

namespace {

template <typename T>
void put(std::vector<unsigned char>& out, T value) {
  const auto* p = reinterpret_cast<const unsigned char*>(&value);
  out.insert(out.end(), p, p + sizeof(T));
}

class Reader {
 public:
  explicit Reader(const std::vector<unsigned char>& blob) : blob_(blob) {}
  template <typename T>
  bool get(T& value) {
    if (pos_ + sizeof(T) > blob_.size()) return false;
    std::memcpy(&value, blob_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool at_end() const { return pos_ == blob_.size(); }

 private:
  const std::vector<unsigned char>& blob_;
  std::size_t pos_ = 0;
};

}  // namespace

std::vector<unsigned char> encode_shape(const MultiPolygon& shape) {
  std::vector<unsigned char> out;
  out.reserve(vertex_count(shape) * 16 + 16);
  put<std::uint32_t>(out, static_cast<std::uint32_t>(shape.parts.size()));
  for (const PolygonPart& part : shape.parts) {
    put<std::uint32_t>(out, static_cast<std::uint32_t>(part.rings.size()));
    for (const Ring& ring : part.rings) {
      put<std::uint32_t>(out, static_cast<std::uint32_t>(ring.size()));
      for (const LatLon& p : ring) {
        put<double>(out, p.lon);
        put<double>(out, p.lat);
      }
    }
  }
  return out;
}

std::optional<MultiPolygon> decode_shape(const std::vector<unsigned char>& blob) {
  Reader in(blob);
  MultiPolygon shape;
  std::uint32_t parts = 0;
  if (!in.get(parts)) return std::nullopt;
  shape.parts.resize(parts);
  for (PolygonPart& part : shape.parts) {
    std::uint32_t rings = 0;
    if (!in.get(rings)) return std::nullopt;
    part.rings.resize(rings);
    for (Ring& ring : part.rings) {
      std::uint32_t points = 0;
      if (!in.get(points)) return std::nullopt;
      ring.resize(points);
      for (LatLon& p : ring) {
        if (!in.get(p.lon) || !in.get(p.lat)) return std::nullopt;
      }
    }
  }
  if (!in.at_end()) return std::nullopt;
  return shape;
}

}  // namespace siaga::store::sql
