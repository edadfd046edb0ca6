#include "coach_test_support.h"

namespace handshake::testing {
namespace {

TEST(SalesyCheck, EveryPitchIsReportedInTone) {
  const auto issues = issues_of(
      draft_of("Hi Mark, we're offering 50% off our CRM platform. Book a demo today!"), "salesy");
  ASSERT_EQ(issues.size(), 3u);
  for (const Issue& issue : issues) {
    EXPECT_EQ(issue.category, Category::kTone);
    EXPECT_NE(issue.message.find("sales pitch"), std::string::npos);
  }
}

TEST(SalesyCheck, LinksOnlyInFirstNotes) {
  const std::string text = "Hi Derek, loved your talk; my notes: https://myblog.dev/altitude";
  const auto invite = issues_of(draft_of(text), "salesy");
  ASSERT_EQ(invite.size(), 1u);
  EXPECT_NE(invite[0].message.find("links"), std::string::npos);
  EXPECT_EQ(issues_of(draft_of(text, "follow-up"), "salesy").size(), 1u);
  for (const char* kind : {"thank-you", "decline", "message"})
    EXPECT_TRUE(issues_of(draft_of(text, kind), "salesy").empty()) << kind;
}

}  // namespace
}  // namespace handshake::testing
