// Every route the router knows must be described in docs/openapi.yaml.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "http/api.hpp"
#include "support/fixture.hpp"

namespace siaga::http {
namespace {

// "/api/v1/tps/{id:int}" -> "/api/v1/tps/{id}"
std::string openapi_path(const std::string& pattern) {
  return std::regex_replace(pattern, std::regex(":int\\}"), "}");
}

std::set<std::string> documented_operations() {
  std::ifstream in(std::string(SIAGA_SOURCE_DIR) + "/docs/openapi.yaml");
  EXPECT_TRUE(in.good()) << "docs/openapi.yaml is missing";
  std::set<std::string> ops;
  std::string line, path;
  bool in_paths = false;
  const std::regex path_line("^  (/[^:]*):\\s*$");
  const std::regex method_line("^    (get|post|put|patch|delete):\\s*$");
  std::smatch m;
  while (std::getline(in, line)) {
    if (line.rfind("paths:", 0) == 0) {
      in_paths = true;
      continue;
    }
    if (in_paths && !line.empty() && line[0] != ' ' && line[0] != '#') in_paths = false;
    if (!in_paths) continue;
    if (std::regex_match(line, m, path_line)) {
      path = m[1];
    } else if (std::regex_match(line, m, method_line) && !path.empty()) {
      std::string method = m[1];
      for (char& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      ops.insert(method + " " + path);
    }
  }
  return ops;
}

TEST(OpenApi, DocumentsEveryRoute) {
  testing::Fixture f;
  Api api(*f.ctx);
  Router router;
  register_api_routes(router, api);
  const auto documented = documented_operations();
  ASSERT_FALSE(router.routes().empty());
  for (const RouteInfo& r : router.routes()) {
    const std::string op = r.method + " " + openapi_path(r.pattern);
    EXPECT_TRUE(documented.count(op)) << op << " is not in docs/openapi.yaml";
  }
}

}  // namespace
}  // namespace siaga::http
