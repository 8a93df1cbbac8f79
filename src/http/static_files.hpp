#pragma once
// Serves the built web app (web/dist): hashed assets with long cache headers,
// index.html for every app route. Without a build, a small page that points
// to the API.

#include <filesystem>
#include <optional>

#include "http/router.hpp"

namespace siaga::http {

// --web-dir, else ./web/dist, else beside the executable's source tree.
std::optional<std::filesystem::path> find_web_dir(const std::filesystem::path& given);

void register_static_routes(Router& router, std::optional<std::filesystem::path> web_dir);

}  // namespace siaga::http
