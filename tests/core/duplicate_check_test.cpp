#include "coach_test_support.h"

namespace handshake::testing {
namespace {

Draft with_history(std::vector<std::string> history) {
  Draft d = draft_of("Hi Alex, great to meet you at the meetup. Would love to stay in touch!",
                     "invite", "Alex Moreno");
  d.history = std::move(history);
  return d;
}

TEST(DuplicateCheck, SaysHowManyEarlierNotesItMatches) {
  auto issues = issues_of(with_history({"Hi Sam, great to meet you at the meetup. Would love to stay "
                                        "in touch!"}),
                          "duplicate");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_NE(issues[0].message.find("one of your earlier notes"), std::string::npos);
  EXPECT_EQ(issues[0].category, Category::kOriginality);

  issues = issues_of(with_history({"Hi Sam, great to meet you at the meetup. Would love to stay "
                                   "in touch!",
                                   "Hello Priya, great to meet you at the meetup. Would love to "
                                   "stay in touch!",
                                   "Hi Marco, thanks for the climbing tips on Tuesday."}),
                     "duplicate");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_NE(issues[0].message.find("2 of your earlier notes"), std::string::npos)
      << issues[0].message;
}

TEST(DuplicateCheck, IgnoresUnrelatedAndEmptyHistory) {
  EXPECT_TRUE(issues_of(with_history({"", "Thanks!", std::string(5000, 'x')}), "duplicate").empty());
}

}  // namespace
}  // namespace handshake::testing
