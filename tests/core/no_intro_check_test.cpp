#include "coach_test_support.h"

namespace handshake::testing {
namespace {

TEST(NoIntroCheck, OnlyInvitesNeedAnIntroduction) {
  const std::string text = "Hi Carlos, your article on warehouse robotics was fascinating.";
  EXPECT_EQ(issues_of(draft_of(text), "no-intro").size(), 1u);
  for (const char* kind : {"follow-up", "thank-you", "decline", "message"})
    EXPECT_TRUE(issues_of(draft_of(text, kind), "no-intro").empty()) << kind;
}

TEST(NoIntroCheck, ASignatureIsAnIntroduction) {
  Draft d = draft_of("Hi Carlos, your article on warehouse robotics was fascinating.\n\nBest,\nDana");
  d.sender = "Dana Ortiz";
  EXPECT_TRUE(issues_of(d, "no-intro").empty());
}

TEST(NoIntroCheck, IsAWarningInClarity) {
  const auto issues = issues_of(draft_of("Hi Carlos, loved your article."), "no-intro");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].category, Category::kClarity);
  EXPECT_NE(issues[0].message.find("who you are"), std::string::npos);
}

}  // namespace
}  // namespace handshake::testing
