#include "check_harness.h"

namespace handshake::testing {
namespace {

using V = std::vector<std::string>;

std::vector<Seen> spell(const std::string& text, const std::string& recipient = "",
                        const std::string& sender = "") {
  return run_check(make_spelling_check, text, recipient, sender);
}

TEST(SpellingCheck, MisspellingIsAnErrorWithSuggestions) {
  const auto seen = spell("I loved your presentaton.");
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].slice, "presentaton");
  EXPECT_EQ(seen[0].fix, "presentation");
  EXPECT_EQ(seen[0].severity, Severity::kError);
}

TEST(SpellingCheck, UnknownNamesAreProbableNamesAtInfo) {
  const auto seen = spell("Your VoltDB talk at Initech was great. Zorblax is next.");
  EXPECT_EQ(slices(seen), (V{"VoltDB", "Initech", "Zorblax"}));
  EXPECT_EQ(seen[0].severity, Severity::kInfo);   // mixed case
  EXPECT_EQ(seen[1].severity, Severity::kInfo);   // capitalized mid-sentence
  EXPECT_EQ(seen[2].severity, Severity::kError);  // sentence start, nothing says it is a name
  EXPECT_NE(seen[0].message.find("add it to your dictionary"), std::string::npos);
}

TEST(SpellingCheck, ASentenceStartNamedElsewhereIsAName) {
  for (const Seen& s : spell("Zorblax rocks. I use Zorblax daily."))
    EXPECT_EQ(s.severity, Severity::kInfo);
  const auto linked = spell("Zorblax rocks (zorblax.dev).");
  ASSERT_EQ(linked.size(), 1u);
  EXPECT_EQ(linked[0].severity, Severity::kInfo);
}

TEST(SpellingCheck, RecipientAndSenderNamesAreAlwaysRight) {
  EXPECT_TRUE(spell("Hi Zo\xC3\xAB, Zo\xC3\xAB\xE2\x80\x99s and \xC3\x85"
                    "berg's work; Siobh\xC3\xA1n here.",
                    "Zo\xC3\xAB \xC3\x85"
                    "berg",
                    "Siobh\xC3\xA1n N\xC3\xAD Bhriain")
                  .empty());
  EXPECT_TRUE(spell("Hi Zoe\xCC\x88!",
                    "Zo\xC3\xAB \xC3\x85"
                    "berg")
                  .empty());  // decomposed
  EXPECT_TRUE(spell("Hi Chen-Li and Li.", "Amy Chen-Li").empty());
}

TEST(SpellingCheck, TokensThatAreNotWords) {
  EXPECT_TRUE(spell("https://zoe.dev/xqzt amy@xqzt.io @xqzt #xqzt {xqzt} 3rd 10:30am 12/03/2025 "
                    "50% 1990s \xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD MBA KPIs CEOs B2B Q3 U.S. Ph.D. "
                    "Node.js ASP.NET")
                  .empty());
}

TEST(SpellingCheck, CompoundsReportTheirMisspelledPart) {
  EXPECT_TRUE(spell("a well-known co-founder of a one-on-one start-up").empty());
  EXPECT_EQ(fixes(spell("a well-knwon talk")), V{"knwon=>known"});
}

TEST(SpellingCheck, ContractionsAndPossessives) {
  EXPECT_TRUE(spell("I\xE2\x80\x99m sure you\xE2\x80\x99ve heard I'd say we're Amy's and "
                    "Catherine\xE2\x80\x99s fans, and LinkedIn's too.")
                  .empty());
}

TEST(SpellingCheck, AccentedSpellingsOfDictionaryWords) {
  EXPECT_TRUE(spell("my r\xC3\xA9sum\xC3\xA9 from a caf\xC3\xA9 sounds na\xC3\xAFve").empty());
}

TEST(SpellingCheck, OtherScriptsAndInvisibleCharacters) {
  EXPECT_TRUE(spell("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 "
                    "\xE3\x81\x93\xE3\x82\x93\xE3\x81\xAB\xE3\x81\xA1\xE3\x81\xAF con\xC2\xAD"
                    "nect")
                  .empty());
}

TEST(SpellingCheck, LowerCaseIIsLeftToCapitalization) {
  EXPECT_TRUE(spell("i think i'd go").empty());
}

TEST(SpellingCheck, SuggestsForTheFirstFewMisspellingsOnly) {
  std::string text;
  for (int i = 0; i < 20; ++i) text += "xqzv" + std::string(1, static_cast<char>('a' + i)) + " ";
  const auto seen = spell(text);
  ASSERT_EQ(seen.size(), 20u);
  for (std::size_t i = 0; i < seen.size(); ++i) {
    EXPECT_EQ(seen[i].severity, Severity::kError);
    EXPECT_FALSE(seen[i].message.empty());
  }
}

}  // namespace
}  // namespace handshake::testing
