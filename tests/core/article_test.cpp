#include "check_harness.h"

namespace handshake::testing {
namespace {

using V = std::vector<std::string>;

V article_fixes(const std::string& text) { return fixes(run_check(make_article_check, text)); }

TEST(ArticleCheck, VowelSounds) {
  EXPECT_EQ(
      article_fixes("a hour, a honest answer, a MBA, a SEO audit, a apple, a X-ray, a e-mail"),
      (V{"a=>an", "a=>an", "a=>an", "a=>an", "a=>an", "a=>an", "a=>an"}));
}

TEST(ArticleCheck, ConsonantSounds) {
  EXPECT_EQ(article_fixes("an university, an one-time deal, an URL, an European, an user"),
            (V{"an=>a", "an=>a", "an=>a", "an=>a", "an=>a"}));
}

TEST(ArticleCheck, RightChoicesPass) {
  EXPECT_TRUE(
      article_fixes("an hour, a university, an MBA, a one-time deal, an FAQ, a URL, an NGO, "
                    "a UX designer, an iPhone, a LinkedIn post, a NASA grant, an SEO "
                    "audit, a SaaS tool, an unusual idea, an uninformed guess, a "
                    "useful tip, a eulogy, an heir")
          .empty());
}

TEST(ArticleCheck, Numbers) {
  EXPECT_TRUE(article_fixes("an 8, an 80% rise, an 11am call, an 18-month plan, an 1800s house, "
                            "a 1,100-seat hall, a 100-person team, a 5G network, a 1st place")
                  .empty());
  EXPECT_EQ(article_fixes("a 8-week course and an 100-day plan"), (V{"a=>an", "an=>a"}));
}

TEST(ArticleCheck, KeepsCapitalAtSentenceStart) {
  EXPECT_EQ(article_fixes("An university. A hour."), (V{"An=>A", "A=>An"}));
}

TEST(ArticleCheck, CapitalAMidSentenceIsALetter) {
  EXPECT_TRUE(article_fixes("We closed a Series A in March and Plan A is a go.").empty());
}

TEST(ArticleCheck, EitherEntriesAndUnknownLowercaseAcronymsAreLeftAlone) {
  EXPECT_TRUE(article_fixes("a historic day, an historic day, a url, an seo audit").empty());
}

TEST(ArticleCheck, LooksPastOpeningQuotes) {
  EXPECT_EQ(article_fixes("It was a \xE2\x80\x9Chonest\xE2\x80\x9D answer."), V{"a=>an"});
}

TEST(ArticleCheck, NeedsASpaceAndAWordAfter) {
  EXPECT_TRUE(article_fixes("a/b testing, a-ha, an, a").empty());
}

TEST(ArticleCheck, MessageNamesTheSound) {
  const auto seen = run_check(make_article_check, "a hour");
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].severity, Severity::kWarning);
  EXPECT_NE(seen[0].message.find("vowel sound"), std::string::npos);
}

}  // namespace
}  // namespace handshake::testing
