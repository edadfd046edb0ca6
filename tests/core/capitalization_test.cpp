#include "check_harness.h"

namespace handshake::testing {
namespace {

using V = std::vector<std::string>;

V caps(const std::string& text, const std::string& recipient = "", const std::string& sender = "") {
  return fixes(run_check(make_capitalization_check, text, recipient, sender));
}

TEST(CapitalizationCheck, SentenceStarts) {
  EXPECT_EQ(caps("hi Amy. great talk! thanks? \xC3\xA9lan is a word."),
            (V{"hi=>Hi", "great=>Great", "thanks=>Thanks", "\xC3\xA9lan=>\xC3\x89lan"}));
}

TEST(CapitalizationCheck, AfterAGreetingLineAndOpeningQuotes) {
  EXPECT_EQ(caps("Hi Amy,\nthanks. \"great\" talk."), (V{"thanks=>Thanks", "great=>Great"}));
}

TEST(CapitalizationCheck, LeavesNamesWrittenSmallAndTrailingEllipses) {
  EXPECT_TRUE(caps("iPhone notes. eBay too. npm is down. I think... maybe. e.g. this.").empty());
}

TEST(CapitalizationCheck, LoneI) {
  EXPECT_EQ(caps("Yes, i think i\xE2\x80\x99m in, and i'll come. (i) first"),
            (V{"i=>I", "i\xE2\x80\x99m=>I\xE2\x80\x99m", "i'll=>I'll"}));
}

TEST(CapitalizationCheck, RecipientAndSenderNamesInLowerCase) {
  EXPECT_EQ(caps("Hi amy, I met chen's team. Best, priya", "Amy Chen", "Priya Patel"),
            (V{"amy=>Amy", "chen's=>Chen's", "priya=>Priya"}));
}

TEST(CapitalizationCheck, ANameThatIsAWordOnlyWhereItAddresses) {
  EXPECT_EQ(caps("Hi will, I will be there.", "Will Park"), V{"will=>Will"});
  EXPECT_TRUE(caps("I will be there.", "Will Park").empty());
}

TEST(CapitalizationCheck, NamePartsWrittenSmallOnPurposeStaySmall) {
  EXPECT_TRUE(caps("Dear Mr. van Dijk, I loved the van.", "Ruud van Dijk").empty());
}

TEST(CapitalizationCheck, SentenceStartThatIsTheNameIsReportedOnce) {
  const auto seen = run_check(make_capitalization_check, "amy, great talk.", "Amy Chen");
  EXPECT_EQ(fixes(seen), V{"amy=>Amy"});
  EXPECT_EQ(seen[0].severity, Severity::kWarning);
}

}  // namespace
}  // namespace handshake::testing
