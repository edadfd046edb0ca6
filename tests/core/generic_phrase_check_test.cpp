#include "coach_test_support.h"

namespace handshake::testing {
namespace {

TEST(GenericPhraseCheck, TemplatesCostTheKindsWeightAndSayWhatToDo) {
  const auto issues = issues_of(draft_of("I'd like to add you to my professional network."),
                                "generic-phrase");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].category, Category::kOriginality);
  EXPECT_EQ(issues[0].severity, Severity::kWarning);
  EXPECT_EQ(issues[0].points, 35);
  EXPECT_NE(issues[0].message.find("where you met"), std::string::npos) << issues[0].message;
}

TEST(GenericPhraseCheck, FillerCostsLess) {
  const auto issues =
      issues_of(draft_of("Hi Amy, loved your RustConf talk. Hope all is well!", "invite", "Amy Chen"),
                "generic-phrase");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].points, 10);
  EXPECT_NE(issues[0].message.find("small talk"), std::string::npos) << issues[0].message;
}

TEST(GenericPhraseCheck, EveryTemplateInTheNoteIsReported) {
  const auto issues = issues_of(
      draft_of("I came across your profile. I hope this message finds you well. Let's connect!"),
      "generic-phrase");
  EXPECT_EQ(issues.size(), 3u);
}

}  // namespace
}  // namespace handshake::testing
