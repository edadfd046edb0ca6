#include "check_harness.h"

namespace handshake::testing {
namespace {

using V = std::vector<std::string>;

V punct(const std::string& text, const std::string& sender = "") {
  return fixes(run_check(make_punctuation_check, text, "", sender));
}

TEST(PunctuationCheck, RunsOfMarks) {
  EXPECT_EQ(punct("Wow!!! Really?! Why?? So,, well.. ok.... Fine!."),
            (V{"!!!=>!", "?!=>?", "?\?=>?", ",,=>,", "..=>.", "....=>...", "!.=>!"}));
}

TEST(PunctuationCheck, EllipsesAndEmoticonsAreFine) {
  EXPECT_TRUE(punct("Well... really...? Great talk :) see you!").empty());
  EXPECT_TRUE(punct("Great talk \xE2\x80\xA6 thanks!").empty());
}

TEST(PunctuationCheck, RunSeverityAndMessage) {
  const auto seen = run_check(make_punctuation_check, "Great!!!");
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].severity, Severity::kWarning);
  EXPECT_NE(seen[0].message.find("shouting"), std::string::npos);
}

TEST(PunctuationCheck, MissingFinalPunctuation) {
  const auto seen = run_check(make_punctuation_check, "Hi Amy, I enjoyed your talk");
  EXPECT_EQ(fixes(seen), V{"talk=>talk."});
  EXPECT_EQ(seen[0].severity, Severity::kInfo);
  EXPECT_EQ(punct("I enjoyed your talk (the one on Rust)"), V{")=>)."});
  EXPECT_EQ(punct("I enjoyed your talk,"), V{",=>."});
}

TEST(PunctuationCheck, LooksAboveTheSignOff) {
  EXPECT_EQ(punct("Hi Amy, I enjoyed your talk\nBest,\nJohn Smith", "John Smith"),
            V{"talk=>talk."});
  EXPECT_EQ(punct("Hi Amy, I enjoyed your talk\n\nTalk soon\n- J. Smith"), V{"talk=>talk."});
}

TEST(PunctuationCheck, EndingsThatNeedNoMark) {
  EXPECT_TRUE(punct("Hi Amy, I enjoyed your talk.\nBest regards,\nJohn").empty());
  EXPECT_TRUE(punct("I enjoyed your talk \xF0\x9F\x8E\x89").empty());
  EXPECT_TRUE(punct("My slides are at https://zoe.dev/talks").empty());
  EXPECT_TRUE(punct("Loved the post on #RustConf").empty());
  EXPECT_TRUE(punct("I finished my Ph.D.").empty());
  EXPECT_TRUE(punct("Let's connect").empty());                   // too short to need one
  EXPECT_TRUE(punct("Great talk on compilers - John").empty());  // signed with a dash
  EXPECT_TRUE(punct("Hi Amy").empty());
  EXPECT_TRUE(punct("").empty());
  EXPECT_TRUE(punct("\n\n  \n").empty());
}

}  // namespace
}  // namespace handshake::testing
