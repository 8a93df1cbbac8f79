#include "io/route_answer_json.hpp"

#include <gtest/gtest.h>

namespace siaga::io {
namespace {

TEST(RouteCheckAnswerJson, ReadsTheCliAnswer) {
  const auto answer = parse_route_answer(
      R"({"instance":"C101","cost":828.9368669,"vehicles":2,"unassigned":[7],)"
      R"("routes":[[5,3,1],[2,4]],"seconds":1.0,"seconds_to_best":0.25,"iterations":12345})");
  ASSERT_TRUE(answer.ok()) << answer.error().message_en;
  EXPECT_EQ(answer->instance, "C101");
  EXPECT_DOUBLE_EQ(answer->cost, 828.9368669);
  EXPECT_EQ(answer->vehicles, 2u);
  EXPECT_EQ(answer->unassigned, std::vector<std::int64_t>{7});
  ASSERT_EQ(answer->routes.size(), 2u);
  EXPECT_EQ(answer->routes[0], (std::vector<std::int64_t>{5, 3, 1}));
  EXPECT_EQ(answer->seconds_to_best, 0.25);
  EXPECT_EQ(answer->iterations, 12345u);
}

TEST(RouteCheckAnswerJson, RejectsMissingOrMalformedFields) {
  EXPECT_FALSE(parse_route_answer("not json").ok());
  EXPECT_FALSE(parse_route_answer(R"({"unassigned":[],"routes":[]})").ok());
  EXPECT_FALSE(parse_route_answer(R"({"cost":1,"routes":[]})").ok());
  const auto bad_id = parse_route_answer(R"({"cost":1,"unassigned":[],"routes":[[1,"x"]]})");
  ASSERT_FALSE(bad_id.ok());
  EXPECT_EQ(bad_id.error().field, "routes[0][1]");
}

}  // namespace
}  // namespace siaga::io
