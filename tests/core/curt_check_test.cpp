#include "coach_test_support.h"

namespace handshake::testing {
namespace {

TEST(CurtCheck, ADeclineNeedsCourtesy) {
  const auto issues = issues_of(draft_of("Hi Kevin, I'll pass on this one.", "decline"), "curt");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].category, Category::kTone);
  EXPECT_NE(issues[0].message.find("thank"), std::string::npos);
  EXPECT_TRUE(issues_of(draft_of("Hi Kevin, I'll pass on this one."), "curt").empty());
}

TEST(CurtCheck, BluntPhrasesInAnyKind) {
  for (const char* kind : {"invite", "follow-up", "thank-you", "decline", "message"})
    EXPECT_FALSE(issues_of(draft_of("Leave me alone.", kind), "curt").empty()) << kind;
}

}  // namespace
}  // namespace handshake::testing
