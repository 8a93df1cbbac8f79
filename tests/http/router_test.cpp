#include "http/router.hpp"

#include <gtest/gtest.h>

namespace siaga::http {
namespace {

Router sample_router() {
  Router router;
  router.add("GET", "/api/v1/tps/{id:int}", [](Request& r) {
    Response out;
    out.body = "tps " + r.params.at("id");
    return out;
  });
  router.add("GET", "/api/v1/tps/geojson", [](Request&) {
    Response out;
    out.body = "geojson";
    return out;
  });
  router.add("POST", "/api/v1/objects", [](Request&) {
    Response created;
    created.status = 201;
    return created;
  });
  return router;
}

Response call(const Router& router, const char* method, const char* path) {
  Request r;
  r.method = method;
  r.path = path;
  return router.dispatch(r);
}

TEST(Router, TypedParameterMatchesDigitsOnly) {
  const Router router = sample_router();
  EXPECT_EQ(call(router, "GET", "/api/v1/tps/42").body, "tps 42");
  EXPECT_EQ(call(router, "GET", "/api/v1/tps/geojson").body, "geojson");
  EXPECT_EQ(call(router, "GET", "/api/v1/tps/4x2").status, 404);
}

TEST(Router, WrongMethodIs405WithAllow) {
  const Router router = sample_router();
  const Response r = call(router, "DELETE", "/api/v1/objects");
  EXPECT_EQ(r.status, 405);
  ASSERT_EQ(r.headers.size(), 1u);
  EXPECT_EQ(r.headers[0].second, "POST");
}

TEST(Router, UnknownPathIs404Json) {
  const Response r = call(sample_router(), "GET", "/api/v1/nothing");
  EXPECT_EQ(r.status, 404);
  EXPECT_NE(r.body.find("\"code\":\"not_found\""), std::string::npos);
}

TEST(Router, HeadIsAnsweredByGet) {
  EXPECT_EQ(call(sample_router(), "HEAD", "/api/v1/tps/1").status, 200);
}

}  // namespace
}  // namespace siaga::http
