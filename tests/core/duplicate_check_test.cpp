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
  auto issues =
      issues_of(with_history({"Hi Sam, great to meet you at the meetup. Would love to stay "
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

TEST(DuplicateCheck, RemembersEarlierNotesPerRecipient) {
  // One checker remembers each earlier note's fingerprint; the recipient's
  // name is masked in it, so a remembered note must not serve another
  // recipient. The first draft matches the note with Sam masked as a name,
  // the second (to Sam, a different draft) must see the same note afresh.
  const std::string earlier =
      "Hi Sam, great to meet you at the meetup. Would love to stay in touch!";
  const std::unique_ptr<Checker> checker = make_checker();
  for (int round = 0; round < 2; ++round) {
    Draft to_alex = with_history({earlier});
    EXPECT_EQ(issues_of(checker->check(to_alex).report, "duplicate").size(), 1u) << round;
    Draft to_sam = draft_of("Sam, thanks again for the chat about climbing gear on Tuesday.",
                            "invite", "Sam Lee");
    to_sam.history = {earlier};
    EXPECT_EQ(issues_of(checker->check(to_sam).report, "duplicate").size(),
              issues_of(make_checker()->check(to_sam).report, "duplicate").size())
        << round;
  }
}

TEST(DuplicateCheck, AHistoryPastWhatItRemembersIsStillComparedWhole) {
  // 999 distinct long earlier notes, more than the fingerprints the check
  // keeps, with a copy of the draft last: it is found at every check.
  std::string body;
  for (const char* topic : {"replication lag", "backups", "schema migrations", "on-call rotations",
                            "query planners", "storage engines", "incident reviews"})
    body += std::string(" We talked through ") + topic +
            " at the regional conference on distributed storage last week.";
  std::vector<std::string> history;
  for (int i = 0; i < 999; ++i) {
    std::string unrelated = "Hello colleague number " + std::to_string(i) + ",";
    for (int j = 0; j < 100; ++j) unrelated += " topic" + std::to_string(i * 1000 + j);
    history.push_back(unrelated + ".");
  }
  history.push_back("Hi Sam," + body);
  Draft draft = draft_of("Hi Alex," + body, "invite", "Alex Moreno");
  draft.history = std::move(history);
  const std::unique_ptr<Checker> checker = make_checker();
  for (int round = 0; round < 2; ++round) {
    const auto issues = issues_of(checker->check(draft).report, "duplicate");
    ASSERT_EQ(issues.size(), 1u) << round;
    EXPECT_NE(issues[0].message.find("one of your earlier notes"), std::string::npos)
        << issues[0].message;
  }
}

TEST(DuplicateCheck, IgnoresUnrelatedAndEmptyHistory) {
  EXPECT_TRUE(
      issues_of(with_history({"", "Thanks!", std::string(5000, 'x')}), "duplicate").empty());
}

}  // namespace
}  // namespace handshake::testing
