#include "coach_test_support.h"

namespace handshake::testing {
namespace {

TEST(NoContextCheck, TipDependsOnTheKindOfNote) {
  const auto invite = issues_of(draft_of("Hi Amy, I'd love to stay in touch.", "invite", "Amy Chen"),
                                "no-context");
  ASSERT_EQ(invite.size(), 1u);
  EXPECT_NE(invite[0].message.find("where you met"), std::string::npos) << invite[0].message;
  const auto thanks = issues_of(draft_of("Thanks for connecting, Amy!", "thank-you", "Amy Chen"),
                                "no-context");
  ASSERT_EQ(thanks.size(), 1u);
  EXPECT_NE(thanks[0].message.find("thanks"), std::string::npos) << thanks[0].message;
  EXPECT_GT(thanks[0].points, invite[0].points);  // a thank-you is nothing without specifics
}

TEST(NoContextCheck, TheGreetingsNameAndTheSendersAreNotDetails) {
  Draft d = draft_of("Hi Alicia, Dana here. I'd love to stay in touch.");
  d.sender = "Dana Ortiz";
  EXPECT_EQ(issues_of(d, "no-context").size(), 1u);
}

TEST(NoContextCheck, SpansTheWholeNote) {
  const std::string text = "  Hi Amy, I'd love to stay in touch.  ";
  const auto issues = issues_of(draft_of(text, "invite", "Amy Chen"), "no-context");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(utf16_slice(text, issues[0].start, issues[0].end), "Hi Amy, I'd love to stay in touch.");
}

}  // namespace
}  // namespace handshake::testing
