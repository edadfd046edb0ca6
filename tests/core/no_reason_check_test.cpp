#include "coach_test_support.h"

namespace handshake::testing {
namespace {

TEST(NoReasonCheck, AppliesByKind) {
  const std::string text = "Hi Amy, great meeting you at RustConf!";
  EXPECT_EQ(issues_of(draft_of(text, "invite", "Amy Chen"), "no-reason").size(), 1u);
  EXPECT_EQ(issues_of(draft_of(text, "message", "Amy Chen"), "no-reason").size(), 1u);
  EXPECT_TRUE(issues_of(draft_of(text, "thank-you", "Amy Chen"), "no-reason").empty());
  EXPECT_TRUE(issues_of(draft_of(text, "decline", "Amy Chen"), "no-reason").empty());
  EXPECT_TRUE(issues_of(draft_of(text, "follow-up", "Amy Chen"), "no-reason").empty());
}

TEST(NoReasonCheck, TheTipNamesReasons) {
  const auto issues = issues_of(draft_of("Hi Amy, let's connect!", "invite", "Amy Chen"), "no-reason");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].category, Category::kClarity);
  EXPECT_NE(issues[0].message.find("stay in touch"), std::string::npos);
}

}  // namespace
}  // namespace handshake::testing
