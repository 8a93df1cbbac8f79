#include "http/gzip.hpp"

#include <zlib.h>

namespace siaga::http {

std::optional<std::string> gzip_compress(std::string_view data) {
  z_stream stream{};
  // windowBits 15 + 16 asks zlib for a gzip wrapper; level 6 is its balanced default.
  if (deflateInit2(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return std::nullopt;
  }
  std::string out;
  out.resize(deflateBound(&stream, static_cast<uLong>(data.size())));
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&stream, Z_FINISH);
  deflateEnd(&stream);
  if (rc != Z_STREAM_END) return std::nullopt;
  out.resize(stream.total_out);
  return out;
}

bool accepts_gzip(std::string_view accept_encoding) {
  std::size_t pos = 0;
  while (pos < accept_encoding.size()) {
    std::size_t comma = accept_encoding.find(',', pos);
    if (comma == std::string_view::npos) comma = accept_encoding.size();
    std::string_view item = accept_encoding.substr(pos, comma - pos);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    if (item.starts_with("gzip") || item.starts_with("*")) {
      return item.find("q=0") == std::string_view::npos ||
             item.find("q=0.") != std::string_view::npos;
    }
    pos = comma + 1;
  }
  return false;
}

bool compressible(std::string_view content_type) {
  return content_type.starts_with("application/json") ||
         content_type.starts_with("application/geo+json") || content_type.starts_with("text/") ||
         content_type.starts_with("image/svg+xml");
}

}  // namespace siaga::http
