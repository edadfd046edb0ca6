#include "coach_test_support.h"

namespace handshake::testing {
namespace {

TEST(NoNameCheck, OffersToGreetTheRecipient) {
  const auto issues = issues_of(draft_of("Thank you for the intro!", "thank-you", "Dr. Aisha Bello"),
                                "no-name");
  ASSERT_EQ(issues.size(), 1u);
  ASSERT_FALSE(issues[0].replacements.empty());
  EXPECT_EQ(issues[0].replacements[0], "Hi Aisha, thank");
  EXPECT_NE(issues[0].message.find("Aisha"), std::string::npos);
  EXPECT_EQ(issues[0].category, Category::kPersonalization);
}

TEST(NoNameCheck, WithoutARecipientGivesATipAndNoFix) {
  const auto issues = issues_of(draft_of("Let's connect!"), "no-name");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_TRUE(issues[0].replacements.empty());
  EXPECT_NE(issues[0].message.find("first name"), std::string::npos);
}

TEST(NoNameCheck, AWrongNameIsNotNoName) {
  // name-mismatch reports "Sam" for Amy; no-name stays quiet.
  EXPECT_TRUE(issues_of(draft_of("Hi Sam, great talk at RustConf.", "invite", "Amy Chen"), "no-name")
                  .empty());
}

TEST(NoNameCheck, WeighsLessInADecline) {
  const auto invite = issues_of(draft_of("Great talk at RustConf."), "no-name");
  const auto decline = issues_of(draft_of("Thanks, but I'll pass.", "decline"), "no-name");
  ASSERT_EQ(invite.size(), 1u);
  ASSERT_EQ(decline.size(), 1u);
  EXPECT_LT(decline[0].points, invite[0].points);
}

}  // namespace
}  // namespace handshake::testing
