#include "service/auth_service.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "service/user_service.hpp"
#include "support/fixture.hpp"

namespace siaga::service {
namespace {

class AuthServiceTest : public ::testing::TestWithParam<testing::Backend> {
 protected:
  void SetUp() override {
    f.load_registry();
    UserService users(*f.ctx);
    ASSERT_TRUE(users
                    .add(console_actor("test"),
                         {"jember.ops", "Ops-Demo-2024", "", Role::ops, "POLRES-JEMBER"})
                    .ok());
  }
  testing::Fixture f{GetParam()};
};

TEST_P(AuthServiceTest, LoginGivesATokenThatAuthenticates) {
  AuthService auth(*f.ctx);
  auto login = auth.login("jember.ops", "Ops-Demo-2024");
  ASSERT_TRUE(login.ok());
  EXPECT_EQ(login->token.size(), 64u);
  auto actor = auth.authenticate(login->token);
  ASSERT_TRUE(actor.ok());
  EXPECT_EQ(actor->unit_code, "POLRES-JEMBER");
  EXPECT_TRUE(actor->territory.covers("35.09.19.1001"));
  EXPECT_FALSE(actor->territory.covers("73.07"));
}

TEST_P(AuthServiceTest, WrongPasswordAndUnknownUserAnswerTheSame) {
  AuthService auth(*f.ctx);
  auto wrong = auth.login("jember.ops", "nope-nope-nope");
  auto unknown = auth.login("nobody", "nope-nope-nope");
  ASSERT_FALSE(wrong.ok());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::unauthenticated);
  EXPECT_EQ(wrong.error().message, unknown.error().message);
}

TEST_P(AuthServiceTest, FiveFailuresLockForFifteenMinutes) {
  AuthService auth(*f.ctx);
  for (int i = 1; i <= 4; ++i) {
    EXPECT_EQ(auth.login("jember.ops", "wrong-password").error().code, ErrorCode::unauthenticated);
  }
  EXPECT_EQ(auth.login("jember.ops", "wrong-password").error().code, ErrorCode::locked);
  auto locked = auth.login("jember.ops", "Ops-Demo-2024");
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.error().code, ErrorCode::locked);
  EXPECT_NE(locked.error().message.find("WIB"), std::string::npos);
  f.clock.advance(std::chrono::minutes(14));
  EXPECT_EQ(auth.login("jember.ops", "Ops-Demo-2024").error().code, ErrorCode::locked);
  f.clock.advance(std::chrono::minutes(2));
  EXPECT_TRUE(auth.login("jember.ops", "Ops-Demo-2024").ok());
}

TEST_P(AuthServiceTest, SuccessResetsTheFailureCount) {
  AuthService auth(*f.ctx);
  for (int i = 0; i < 4; ++i) (void)auth.login("jember.ops", "wrong-password");
  ASSERT_TRUE(auth.login("jember.ops", "Ops-Demo-2024").ok());
  for (int i = 0; i < 4; ++i) (void)auth.login("jember.ops", "wrong-password");
  EXPECT_TRUE(auth.login("jember.ops", "Ops-Demo-2024").ok());
}

TEST_P(AuthServiceTest, IdleSessionsExpireAndUseKeepsThemAlive) {
  f.ctx->sessions.idle_timeout = std::chrono::minutes(30);
  f.ctx->sessions.touch_interval = std::chrono::minutes(1);
  AuthService auth(*f.ctx);
  auto login = auth.login("jember.ops", "Ops-Demo-2024");
  ASSERT_TRUE(login.ok());
  for (int i = 0; i < 4; ++i) {
    f.clock.advance(std::chrono::minutes(20));
    EXPECT_TRUE(auth.authenticate(login->token).ok()) << i;
  }
  f.clock.advance(std::chrono::minutes(31));
  EXPECT_EQ(auth.authenticate(login->token).error().code, ErrorCode::unauthenticated);
}

TEST_P(AuthServiceTest, AbsoluteLifetimeEndsEvenActiveSessions) {
  f.ctx->sessions.idle_timeout = std::chrono::hours(2);
  f.ctx->sessions.absolute_timeout = std::chrono::hours(12);
  AuthService auth(*f.ctx);
  auto login = auth.login("jember.ops", "Ops-Demo-2024");
  for (int i = 0; i < 11; ++i) {
    f.clock.advance(std::chrono::hours(1));
    ASSERT_TRUE(auth.authenticate(login->token).ok());
  }
  f.clock.advance(std::chrono::hours(1));
  EXPECT_FALSE(auth.authenticate(login->token).ok());
}

TEST_P(AuthServiceTest, LogoutEndsTheSession) {
  AuthService auth(*f.ctx);
  auto login = auth.login("jember.ops", "Ops-Demo-2024");
  ASSERT_TRUE(auth.logout(login->token).ok());
  EXPECT_FALSE(auth.authenticate(login->token).ok());
  EXPECT_FALSE(auth.logout(login->token).ok());
}

TEST_P(AuthServiceTest, LogoutThroughAnotherInstanceReachesThisOneWithinARecheck) {
  AuthService here(*f.ctx);
  AuthService there(*f.ctx);  // a second server process on the same database
  auto login = here.login("jember.ops", "Ops-Demo-2024");
  ASSERT_TRUE(here.authenticate(login->token).ok());
  ASSERT_TRUE(there.logout(login->token).ok());
  std::this_thread::sleep_for(kSessionRecheck + std::chrono::milliseconds(100));
  EXPECT_EQ(here.authenticate(login->token).error().code, ErrorCode::unauthenticated);
}

TEST_P(AuthServiceTest, ChangePasswordNeedsTheCurrentOne) {
  AuthService auth(*f.ctx);
  auto login = auth.login("jember.ops", "Ops-Demo-2024");
  const Actor actor = *auth.authenticate(login->token);
  EXPECT_EQ(auth.change_password(actor, "wrong", "New-Password-2024").error().field,
            "current_password");
  EXPECT_EQ(auth.change_password(actor, "Ops-Demo-2024", "short").error().field, "new_password");
  ASSERT_TRUE(auth.change_password(actor, "Ops-Demo-2024", "New-Password-2024").ok());
  EXPECT_FALSE(auth.login("jember.ops", "Ops-Demo-2024").ok());
  EXPECT_TRUE(auth.login("jember.ops", "New-Password-2024").ok());
}

SIAGA_ON_BOTH_DATABASES(AuthServiceTest);

}  // namespace
}  // namespace siaga::service
