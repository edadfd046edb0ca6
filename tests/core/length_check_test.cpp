#include "coach_test_support.h"

namespace handshake::testing {
namespace {

TEST(LengthCheck, TooShortSaysTheIdealRange) {
  const auto issues = issues_of(draft_of("Hi Ben, great talk!"), "too-short");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].category, Category::kLength);
  EXPECT_NE(issues[0].message.find("80\xE2\x80\x93" "280"), std::string::npos) << issues[0].message;
}

TEST(LengthCheck, TooLongSpansWhatRunsPastTheIdeal) {
  const std::string text = "Thanks, Sofia! " + std::string(300, 'a') + " end";
  const auto issues = issues_of(draft_of(text, "thank-you"), "too-long");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].start, 280u);  // a thank-you on LinkedIn: ideal up to 280
  EXPECT_EQ(issues[0].end, text.size());
}

TEST(LengthCheck, ABlankNoteScoresZeroAndSaysWhy) {
  const Report report = report_for(draft_of(""));
  EXPECT_EQ(report.score, 0);
  const auto issues = issues_of(report, "too-short");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_NE(issues[0].message.find("Write a few sentences"), std::string::npos);
}

TEST(LengthCheck, StatsLimitFollowsTheKind) {
  EXPECT_EQ(report_for(draft_of("Hi")).stats.limit, 300u);
  EXPECT_EQ(report_for(draft_of("Hi", "thank-you")).stats.limit, 8000u);
  EXPECT_EQ(report_for(draft_of("Hi", "invite", "", "linkedin-free")).stats.limit, 200u);
}

}  // namespace
}  // namespace handshake::testing
