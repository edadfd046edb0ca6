#include "coach_test_support.h"

namespace handshake::testing {
namespace {

TEST(PushyCheck, AFollowUpWeighsPressureHeaviest) {
  const std::string text = "Hi Kenji, following up on my note. Please reply ASAP.";
  const auto invite = issues_of(draft_of(text), "pushy");
  const auto follow_up = issues_of(draft_of(text, "follow-up"), "pushy");
  ASSERT_EQ(invite.size(), 1u);
  ASSERT_EQ(follow_up.size(), 1u);
  EXPECT_GT(follow_up[0].points, invite[0].points);
  EXPECT_NE(follow_up[0].message.find("follow-up"), std::string::npos) << follow_up[0].message;
}

TEST(PushyCheck, RepeatedAsksAreCounted) {
  const auto issues = issues_of(
      draft_of("Hi Olivia, please connect. Can you reply soon? Please let me know. Could you also "
               "share your email?"),
      "pushy");
  ASSERT_FALSE(issues.empty());
  bool counted = false;
  for (const Issue& issue : issues)
    counted = counted || issue.message.find("asks") != std::string::npos;
  EXPECT_TRUE(counted);
}

}  // namespace
}  // namespace handshake::testing
