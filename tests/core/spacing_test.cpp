#include "check_harness.h"

namespace handshake::testing {
namespace {

using V = std::vector<std::string>;

V spacing(const std::string& text) { return fixes(run_check(make_spacing_check, text)); }

TEST(SpacingCheck, SpaceBeforePunctuation) {
  EXPECT_EQ(spacing("Hi Amy , great talk ! See you ; bye ."),
            (V{" ,=>,", " !=>!", " ;=>;", " .=>."}));
}

TEST(SpacingCheck, SpaceBeforeACommaGluedToTheNextWord) {
  EXPECT_EQ(spacing("Hi Amy ,great"), (V{" ,=>, "}));
}

TEST(SpacingCheck, NoSpaceAfterPunctuation) {
  EXPECT_EQ(spacing("Hi Amy,great talk.Looking forward!See you?Yes;ok"),
            (V{",=>, ", ".=>. ", "!=>! ", "?=>? ", ";=>; "}));
}

TEST(SpacingCheck, DottedNamesNumbersAndEmoticonsAreFine) {
  EXPECT_TRUE(spacing("Node.js, ASP.NET, 1,000.50, 10:30, e.g. this, a :) b ;P c :-D and so on ...")
                  .empty());
}

TEST(SpacingCheck, DoubledSpaces) {
  const auto seen = run_check(make_spacing_check, "Hi  Amy.  Bye\xC2\xA0 now.");
  EXPECT_EQ(fixes(seen), (V{"  => ", "  => ", "\xC2\xA0 => "}));
  EXPECT_EQ(seen[0].severity, Severity::kWarning);
  EXPECT_EQ(seen[1].severity, Severity::kInfo);  // after a sentence
}

TEST(SpacingCheck, IndentationAndTrailingSpaceAreNotSeen) {
  EXPECT_TRUE(spacing("  Hi Amy,   \n    great talk.   ").empty());
}

TEST(SpacingCheck, SpaceInsideBrackets) { EXPECT_EQ(spacing("talk ( the one)"), (V{"( =>("})); }

TEST(SpacingCheck, InvisibleAndControlCharacters) {
  const auto seen = run_check(make_spacing_check,
                              "Hi\xE2\x80\x8B\xE2\x80\x8B Amy\x07, con\xC2\xAD"
                              "nect");
  EXPECT_EQ(fixes(seen), (V{"\xE2\x80\x8B\xE2\x80\x8B=>", "\x07=>", "\xC2\xAD=>"}));
  EXPECT_EQ(seen[2].severity, Severity::kInfo);
  // Each is named by its code point, in at least four hex digits.
  EXPECT_NE(seen[0].message.find("(U+200B...)"), std::string::npos) << seen[0].message;
  EXPECT_NE(seen[1].message.find("(U+0007)"), std::string::npos) << seen[1].message;
  const auto bidi = run_check(make_spacing_check, "Hi \xE2\x80\xAE Amy");
  ASSERT_EQ(bidi.size(), 1u);
  EXPECT_NE(bidi[0].message.find("(U+202E)"), std::string::npos) << bidi[0].message;
}

TEST(SpacingCheck, LeadingByteOrderMarkIsIgnored) {
  EXPECT_TRUE(spacing("\xEF\xBB\xBFHi Amy.").empty());
}

}  // namespace
}  // namespace handshake::testing
