#pragma once
// gzip for responses: map outlines and long lists shrink 5-10 times, which
// matters on a Polres link.

#include <optional>
#include <string>
#include <string_view>

namespace siaga::http {

std::optional<std::string> gzip_compress(std::string_view data);

// True when the Accept-Encoding header value admits gzip.
bool accepts_gzip(std::string_view accept_encoding);

// Text types worth compressing (JSON, GeoJSON, HTML, JS, CSS, SVG).
bool compressible(std::string_view content_type);

}  // namespace siaga::http
