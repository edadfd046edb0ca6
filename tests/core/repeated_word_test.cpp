#include "check_harness.h"

namespace handshake::testing {
namespace {

using V = std::vector<std::string>;

TEST(RepeatedWordCheck, FlagsAWordWrittenTwice) {
  const auto seen = run_check(make_repeated_word_check, "I would love to to connect.");
  EXPECT_EQ(fixes(seen), V{"to to=>to"});
  EXPECT_EQ(seen[0].severity, Severity::kWarning);
}

TEST(RepeatedWordCheck, IgnoresCaseAndKeepsTheFirst) {
  EXPECT_EQ(fixes(run_check(make_repeated_word_check, "The the talk.")), V{"The the=>The"});
}

TEST(RepeatedWordCheck, AcrossOneLineBreakButNotABlankLine) {
  EXPECT_EQ(slices(run_check(make_repeated_word_check, "for the\nthe intro")), V{"the\nthe"});
  EXPECT_TRUE(run_check(make_repeated_word_check, "Thanks\n\nThanks again").empty());
}

TEST(RepeatedWordCheck, NotAcrossPunctuation) {
  EXPECT_TRUE(run_check(make_repeated_word_check, "Amy, Amy. Hi! Hi").empty());
}

TEST(RepeatedWordCheck, ThreeInARowIsOneSlip) {
  EXPECT_EQ(slices(run_check(make_repeated_word_check, "the the the end")), V{"the the"});
}

TEST(RepeatedWordCheck, DeliberateRepetitionsFromTheDataFile) {
  EXPECT_TRUE(run_check(make_repeated_word_check,
                        "I had had enough. I think that that is fine. What it is is good. Bye bye.")
                  .empty());
}

TEST(RepeatedWordCheck, NumbersAndLinksAreNotWords) {
  EXPECT_TRUE(run_check(make_repeated_word_check, "10 10 and zoe.dev zoe.dev").empty());
}

}  // namespace
}  // namespace handshake::testing
