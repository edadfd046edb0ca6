#include "coach_test_support.h"

namespace handshake::testing {
namespace {

TEST(NoReferenceCheck, OnlyFollowUpsNeedOne) {
  const std::string text = "Hi Kenji, I'd still love to hear how your team cut deploy times.";
  const auto issues = issues_of(draft_of(text, "follow-up"), "no-reference");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].category, Category::kClarity);
  EXPECT_NE(issues[0].message.find("Following up"), std::string::npos);
  for (const char* kind : {"invite", "thank-you", "decline", "message"})
    EXPECT_TRUE(issues_of(draft_of(text, kind), "no-reference").empty()) << kind;
}

}  // namespace
}  // namespace handshake::testing
