#include "word_forms.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "affix_rules.h"
#include "code_points.h"
#include "test_support.h"

namespace handshake::spelling {
namespace {

std::string read(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << file.rdbuf();
  return buffer.str();
}

std::vector<std::string> lines(const std::string& path) {
  std::vector<std::string> out;
  std::istringstream in(read(path));
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(line);
  return out;
}

std::set<std::string> expand(const std::string& aff, const std::string& dic,
                             ExpansionStats* stats = nullptr, ExpansionLimits limits = {}) {
  const AffixRules rules = parse_affix_rules(aff);
  std::set<std::string> forms;
  const ExpansionStats s =
      expand_word_forms(rules, dic, limits, [&](std::string_view f) { forms.emplace(f); });
  if (stats != nullptr) *stats = s;
  return forms;
}

std::string fixture(const std::string& name) {
  return testing::fixtures_dir() + "/spelling/" + name;
}

// expansion.good lists forms the index must hold, expansion.wrong forms it
// must not (misspellings, NOSUGGEST, FORBIDDENWORD, ONLYINCOMPOUND, NEEDAFFIX).
TEST(WordForms, ExpandsTheFixtureDictionary) {
  const auto forms = expand(read(fixture("expansion.aff")), read(fixture("expansion.dic")));
  const auto good = lines(fixture("expansion.good"));
  const auto wrong = lines(fixture("expansion.wrong"));
  ASSERT_GT(good.size(), 20u);
  ASSERT_GT(wrong.size(), 5u);
  for (const std::string& word : good) EXPECT_TRUE(forms.count(word)) << word;
  for (const std::string& word : wrong) EXPECT_FALSE(forms.count(word)) << word;
}

TEST(AffixRules, ReadsTheSuggestionTables) {
  const AffixRules rules = parse_affix_rules(read(fixture("expansion.aff")));
  ASSERT_EQ(rules.replacements.size(), 2u);
  EXPECT_EQ(rules.replacements[0].from, U"f");
  EXPECT_EQ(rules.replacements[0].to, U"ph");
  EXPECT_EQ(rules.replacements[1].to, U"a lot");  // '_' is a space
  ASSERT_EQ(rules.keyboard_rows.size(), 3u);
  EXPECT_EQ(rules.keyboard_rows[1], U"asdfghjkl");
  ASSERT_EQ(rules.related.size(), 1u);
  EXPECT_EQ(rules.related[0].size(), 2u);
  ASSERT_EQ(rules.input_conversions.size(), 1u);
  EXPECT_EQ(rules.input_conversions[0].first, U"\u2019");
  EXPECT_EQ(rules.no_suggest, static_cast<Flag>('!'));
  EXPECT_EQ(rules.need_affix, static_cast<Flag>('n'));
}

TEST(AffixRules, ReadsLongNumericAndAliasedFlags) {
  const std::string aff =
      "SET UTF-8\nFLAG long\nSFX Aa Y 1\nSFX Aa 0 s .\nPFX Bb Y 1\nPFX Bb 0 re .\n";
  EXPECT_EQ(expand(aff, "2\nwalk/AaBb\ntalk/Aa\n"),
            (std::set<std::string>{"walk", "walks", "rewalk", "rewalks", "talk", "talks"}));

  const std::string numeric = "SET UTF-8\nFLAG num\nSFX 101 Y 1\nSFX 101 0 ed .\n";
  EXPECT_EQ(expand(numeric, "1\njump/101,7\n"), (std::set<std::string>{"jump", "jumped"}));

  const std::string aliased = "SET UTF-8\nAF 1\nAF S\nSFX S Y 1\nSFX S 0 s .\n";
  EXPECT_EQ(expand(aliased, "1\ncat/1\n"), (std::set<std::string>{"cat", "cats"}));
}

TEST(AffixRules, ReadsLatin1Dictionaries) {
  const std::string aff = "SET ISO8859-1\nSFX S Y 1\nSFX S 0 s .\n";
  EXPECT_EQ(expand(aff, std::string("1\ncaf\xE9/S\n")), (std::set<std::string>{"café", "cafés"}));
}

// Conditions are matched on UTF-8 words, character by character from the
// end (suffixes) or the start (prefixes).
TEST(AffixRules, MatchesConditionsOnUtf8Words) {
  const AffixCondition consonant_y(U"[^aeiou]y");
  EXPECT_TRUE(consonant_y.matches_end("happy"));
  EXPECT_FALSE(consonant_y.matches_end("play"));
  EXPECT_FALSE(consonant_y.matches_end("y"));
  EXPECT_TRUE(consonant_y.matches_end("\u00E9y"));  // é is not in [aeiou]
  const AffixCondition accented(U"[\u00E9\u00E8]");
  EXPECT_TRUE(accented.matches_end("caf\u00E9"));
  EXPECT_FALSE(accented.matches_end("cafe"));
  EXPECT_TRUE(accented.matches_start("\u00E8re"));
  EXPECT_FALSE(accented.matches_start(""));
  const AffixCondition not_accented(U"[^\u00E9]\u00E9");
  EXPECT_TRUE(not_accented.matches_end("caf\u00E9"));
  EXPECT_FALSE(not_accented.matches_end("\u00E9\u00E9"));
  const AffixCondition any(U".x.");
  EXPECT_TRUE(any.matches_end("\U0001F600x\u00E9"));
  EXPECT_TRUE(any.matches_start("\u0416x\U0001F600rest"));
  EXPECT_FALSE(any.matches_start("\u0416y\U0001F600"));
  EXPECT_TRUE(AffixCondition(U".").matches_end(""));
}

// A word that is not valid UTF-8 is expanded as its decoding (U+FFFD for
// each bad sequence), and an ISO 8859-1 one as UTF-8, affixes included.
TEST(WordForms, ExpandsNonAsciiStemsAsUtf8) {
  const std::string aff =
      "SET UTF-8\nSFX S Y 1\nSFX S \u00E9 \u00E8s \u00E9\nPFX P Y 1\nPFX P 0 \u00FCber .\n";
  EXPECT_EQ(expand(aff, "2\ncaf\u00E9/SP\nbad\xFF/S\n"),
            (std::set<std::string>{"caf\u00E9", "caf\u00E8s", "\u00FCbercaf\u00E9",
                                   "\u00FCbercaf\u00E8s", "bad\uFFFD"}));
}

TEST(WordForms, SurvivesDamagedFiles) {
  // Headers without rules, rules without headers, junk flags, empty lines,
  // a missing count line, a BOM, CRLF line ends and binary noise.
  const std::string aff =
      "\xEF\xBB\xBFSET UTF-8\r\nSFX S Y 9\r\nSFX S 0\r\nSFX\r\nPFX X N notanumber\r\n"
      "SFX Q 0 s .\r\nREP\r\nREP 1\r\nMAP 1\r\nMAP (\r\nKEY\r\n";
  std::string dic = "word/SQX\r\n\r\n/\r\n\\/\r\nother/\xFF\xFE\r\n";
  dic += std::string("\0\x01\x02/S\n", 6);
  ExpansionStats stats;
  const auto forms = expand(aff, dic, &stats);
  EXPECT_TRUE(forms.count("word"));
  EXPECT_TRUE(forms.count("other"));
  EXPECT_TRUE(expand("", "").empty());
  EXPECT_LE(expand("garbage", "also garbage\n").size(), 1u);
}

TEST(WordForms, StopsAtItsLimits) {
  std::string aff = "SET UTF-8\n";
  aff += "SFX A Y 50\n";
  for (int i = 0; i < 50; ++i) aff += "SFX A 0 a" + std::to_string(i) + "/B .\n";
  aff += "SFX B Y 50\n";
  for (int i = 0; i < 50; ++i) aff += "SFX B 0 b" + std::to_string(i) + " .\n";
  std::string dic = "3\none/A\ntwo/A\nthree/A\n";
  ExpansionLimits limits;
  limits.max_forms_per_entry = 100;
  limits.max_forms = 250;
  ExpansionStats stats;
  const auto forms = expand(aff, dic, &stats, limits);
  EXPECT_TRUE(stats.truncated);
  EXPECT_LE(stats.forms, 250u);
  EXPECT_LE(forms.size(), 250u);
}

TEST(WordForms, ExpandsTheBundledDictionary) {
  ExpansionStats stats;
  const auto forms = expand(read(testing::data_dir() + "/hunspell/en_US.aff"),
                            read(testing::dictionary_cache_dir() + "/en_US.dic"), &stats);
  EXPECT_GT(stats.entries, 40000u);
  EXPECT_GT(forms.size(), 150000u);
  EXPECT_FALSE(stats.truncated);
  for (const char* word :
       {"abandonment", "carries", "receiving", "collaborations", "America's", "unhappiest"})
    EXPECT_TRUE(forms.count(word)) << word;
}

}  // namespace
}  // namespace handshake::spelling
