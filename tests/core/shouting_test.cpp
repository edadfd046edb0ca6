#include "check_harness.h"

namespace handshake::testing {
namespace {

using V = std::vector<std::string>;

TEST(ShoutingCheck, ARunOfCapitals) {
  const auto seen = run_check(make_shouting_check, "PLEASE ACCEPT my invitation.");
  EXPECT_EQ(fixes(seen), V{"PLEASE ACCEPT=>Please accept"});
  EXPECT_EQ(seen[0].severity, Severity::kWarning);
}

TEST(ShoutingCheck, AWholeNoteKeepsNamesAndAcronymsInTheFix) {
  EXPECT_EQ(fixes(run_check(make_shouting_check, "HI AMY, I AM AN MBA STUDENT AT MIT!")),
            V{"HI AMY, I AM AN MBA STUDENT AT MIT=>Hi Amy, I am an MBA student at MIT"});
}

TEST(ShoutingCheck, OneWordIsEmphasisAtInfo) {
  const auto seen = run_check(make_shouting_check, "I would LOVE to connect, MBA and all.");
  EXPECT_EQ(fixes(seen), V{"LOVE=>love"});
  EXPECT_EQ(seen[0].severity, Severity::kInfo);
}

TEST(ShoutingCheck, AcronymsAreNotShouting) {
  EXPECT_TRUE(run_check(make_shouting_check,
                        "I lead IT at a US bank, work on AI, REST APIs and SQL, met the CEO of "
                        "NASA, got an A and an OK from HR. B2B SaaS, U.S. and KPIs too.")
                  .empty());
}

TEST(ShoutingCheck, ShortWordsAloneAreNot) {
  EXPECT_TRUE(run_check(make_shouting_check, "We GO now.").empty());
  EXPECT_EQ(slices(run_check(make_shouting_check, "GO TO it")), V{"GO TO"});
}

}  // namespace
}  // namespace handshake::testing
