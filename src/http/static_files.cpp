#include "http/static_files.hpp"

#include <fstream>
#include <sstream>

#include "http/responses.hpp"

namespace siaga::http {

namespace fs = std::filesystem;

namespace {

constexpr const char* kLandingPage = R"(<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Siaga</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>Siaga</h1>
<p>Sistem operasi pengamanan pemilu berjalan. API: <a href="/api/v1/health">/api/v1/health</a>.</p>
<p lang="en">Election-security operations system is running. API: <a href="/api/v1/health">/api/v1/health</a>.</p>
</body></html>
)";

std::string content_type_of(const fs::path& p) {
  const std::string ext = p.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json" || ext == ".webmanifest") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  return "application/octet-stream";
}

std::optional<std::string> read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Response file_response(const fs::path& p, const std::string& body, bool immutable) {
  Response r;
  r.content_type = content_type_of(p);
  r.body = body;
  r.headers.emplace_back("Cache-Control",
                         immutable ? "public, max-age=31536000, immutable" : "no-cache");
  return r;
}

}  // namespace

std::optional<fs::path> find_web_dir(const fs::path& given) {
  std::vector<fs::path> candidates;
  if (!given.empty()) candidates.push_back(given);
  candidates.emplace_back("web/dist");
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) candidates.push_back(exe.parent_path() / "../../web/dist");
  for (const fs::path& p : candidates) {
    if (fs::exists(p / "index.html")) return fs::weakly_canonical(p);
  }
  return std::nullopt;
}

void register_static_routes(Router& router, std::optional<fs::path> web_dir) {
  router.set_fallback([web_dir](Request& request) -> Response {
    if (!web_dir) {
      if (request.path != "/") {
        return error_response(404, "not_found", "alamat tidak dikenal: " + request.path,
                              "unknown address: " + request.path, "");
      }
      Response r;
      r.content_type = "text/html; charset=utf-8";
      r.body = kLandingPage;
      return r;
    }
    // Resolve inside the web folder only: no "..", no absolute escapes.
    const fs::path relative = fs::path(request.path).relative_path().lexically_normal();
    const bool safe = !relative.empty() && *relative.begin() != "..";
    if (safe) {
      const fs::path file = *web_dir / relative;
      std::error_code ec;
      if (fs::is_regular_file(file, ec)) {
        if (auto body = read_file(file)) {
          return file_response(file, *body, request.path.starts_with("/assets/"));
        }
      }
    }
    if (request.path.starts_with("/assets/")) {
      return error_response(404, "not_found", "berkas tidak ditemukan", "file not found", "");
    }
    auto index = read_file(*web_dir / "index.html");
    if (!index)
      return error_response(404, "not_found", "index.html tidak ada", "no index.html", "");
    return file_response(*web_dir / "index.html", *index, false);
  });
}

}  // namespace siaga::http
