#include "suggester.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "speller.h"
#include "test_support.h"

namespace handshake {
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
    if (!line.empty() && line[0] != '#') out.push_back(line);
  return out;
}

std::string fixture(const std::string& name) {
  return testing::fixtures_dir() + "/spelling/" + name;
}

bool contains(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// A Suggester over the small fixture dictionary; the speller's verdict is
// its list of good words (plus "a lot"'s halves).
struct FixtureSuggester {
  std::set<std::string> accepted;
  std::unique_ptr<Suggester> suggester;

  FixtureSuggester() {
    for (const std::string& word : lines(fixture("expansion.good"))) accepted.insert(word);
    SuggesterSource source;
    source.aff_text = read(fixture("expansion.aff"));
    source.dic_text = read(fixture("expansion.dic"));
    suggester = std::make_unique<Suggester>(std::move(source), [this](std::string_view word) {
      std::string lower(word);
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return accepted.count(std::string(word)) > 0 || accepted.count(lower) > 0;
    });
  }
};

TEST(Suggester, BuildsItsIndexOnFirstUse) {
  FixtureSuggester f;
  EXPECT_EQ(f.suggester->stats().words, 0u);
  std::string error;
  ASSERT_TRUE(f.suggester->prepare(&error)) << error;
  EXPECT_GT(f.suggester->stats().words, 20u);
  EXPECT_GT(f.suggester->stats().memory_bytes, 0u);
  EXPECT_NE(f.suggester->frequency_error(), "");  // the fixture has no frequency table
}

TEST(Suggester, SuggestsFromTheExpandedForms) {
  FixtureSuggester f;
  EXPECT_EQ(f.suggester->suggest("abandonned").at(0), "abandoned");
  EXPECT_EQ(f.suggester->suggest("carryed").at(0), "carried");
  EXPECT_EQ(f.suggester->suggest("boxs").at(0), "boxes");
  EXPECT_EQ(f.suggester->suggest("fone").at(0), "phone");        // REP f -> ph
  EXPECT_EQ(f.suggester->suggest("cafe").at(0), "café");         // MAP e é
  EXPECT_TRUE(contains(f.suggester->suggest("alot"), "a lot"));  // REP alot -> a_lot
}

TEST(Suggester, KeepsTheTypedCase) {
  FixtureSuggester f;
  EXPECT_EQ(f.suggester->suggest("Abandonned").at(0), "Abandoned");
  EXPECT_EQ(f.suggester->suggest("ABANDONNED").at(0), "ABANDONED");
}

TEST(Suggester, NeverSuggestsWhatTheDictionaryForbids) {
  FixtureSuggester f;
  f.accepted.insert("damn");  // even if the speller said yes
  f.accepted.insert("thou");
  EXPECT_FALSE(contains(f.suggester->suggest("damm"), "damn"));   // NOSUGGEST
  EXPECT_FALSE(contains(f.suggester->suggest("thuo"), "thou"));   // FORBIDDENWORD
  EXPECT_FALSE(contains(f.suggester->suggest("kinds"), "kind"));  // NEEDAFFIX
}

TEST(Suggester, EverySuggestionPassesTheSpeller) {
  FixtureSuggester f;
  ASSERT_TRUE(contains(f.suggester->suggest("boxs"), "boxes"));
  f.accepted.erase("boxes");
  EXPECT_FALSE(contains(f.suggester->suggest("boxs"), "boxes"));
}

TEST(Suggester, CorrectsAHyphenatedWordPartByPart) {
  FixtureSuggester f;
  EXPECT_EQ(f.suggester->suggest("abandonned-boxs"), (std::vector<std::string>{"abandoned-boxes"}));
  EXPECT_EQ(f.suggester->suggest("Abandonned-phone"),
            (std::vector<std::string>{"Abandoned-phone"}));  // the part's own case
  // A part with nothing close, an empty part, or nothing to correct: none.
  EXPECT_TRUE(f.suggester->suggest("abandonned-qqqqqqqq").empty());
  EXPECT_TRUE(f.suggester->suggest("abandonned--phone").empty());
  EXPECT_TRUE(f.suggester->suggest("qqqqqqqq-").empty());
  EXPECT_TRUE(f.suggester->suggest("qqqqqqqq").empty());
  // Four parts at most.
  EXPECT_EQ(f.suggester->suggest("boxs-boxs-boxs-boxs"),
            (std::vector<std::string>{"boxes-boxes-boxes-boxes"}));
  EXPECT_TRUE(f.suggester->suggest("boxs-boxs-boxs-boxs-boxs").empty());
}

TEST(Suggester, SuggestsAddedWords) {
  FixtureSuggester f;
  f.accepted.insert("Initech");
  f.suggester->add_word("Initech");
  EXPECT_TRUE(contains(f.suggester->suggest("Initek"), "Initech"));
  f.suggester->remove_word("Initech");
  EXPECT_FALSE(contains(f.suggester->suggest("Initek"), "Initech"));
}

TEST(Suggester, BadInputGetsNoSuggestions) {
  FixtureSuggester f;
  Suggester& s = *f.suggester;
  EXPECT_TRUE(s.suggest("").empty());
  EXPECT_TRUE(s.suggest("abandonned", 0).empty());
  EXPECT_TRUE(s.suggest(std::string(1 << 20, 'a')).empty());
  EXPECT_TRUE(s.suggest(std::string(Suggester::kMaxWordLength + 1, 'b')).empty());
  EXPECT_TRUE(s.suggest("ab\xFF\xFE").empty());      // invalid UTF-8
  EXPECT_TRUE(s.suggest("ab\xED\xA0\x80").empty());  // an encoded lone surrogate
  EXPECT_TRUE(s.suggest("ab\x01"
                        "cd")
                  .empty());                          // a control character
  EXPECT_TRUE(s.suggest("box es").empty());           // not one word
  EXPECT_TRUE(s.suggest("box\xE2\x80\x8B").empty());  // a zero-width space
  // Punctuation and emoji are words to nobody, but they are no crash either.
  s.suggest("'''");
  s.suggest("\xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD");
}

TEST(Suggester, AnUnreadableDictionaryIsAClearError) {
  SuggesterSource source;
  source.aff_path = "/nonexistent/x.aff";
  source.dic_path = "/nonexistent/x.dic";
  Suggester missing(source, nullptr);
  std::string error;
  EXPECT_FALSE(missing.prepare(&error));
  EXPECT_NE(error.find("/nonexistent/x.aff"), std::string::npos);
  EXPECT_TRUE(missing.suggest("word").empty());

  SuggesterSource junk;
  junk.aff_text = "\x01\x02 not an affix file";
  junk.dic_text = "\n\n\n";
  Suggester empty(junk, nullptr);
  EXPECT_FALSE(empty.prepare(&error));
  EXPECT_NE(error.find("no words"), std::string::npos);
  EXPECT_TRUE(empty.suggest("word").empty());
}

TEST(Suggester, UsesTheBundledFrequencyTable) {
  const Speller& speller = testing::shared_en_us_speller();
  ASSERT_TRUE(speller.prepare_suggestions());
  EXPECT_EQ(speller.suggester().frequency_error(), "");
  EXPECT_GT(speller.suggester().stats().frequency_words, 20000u);
  EXPECT_GT(speller.suggester().stats().words, 150000u);
  EXPECT_LT(speller.suggester().stats().memory_bytes, 16u << 20);
}

// notes.wrong: misspellings people make in connection notes; notes.sug: the
// word each one should suggest first (Hunspell's fixture convention).
TEST(Suggester, SuggestsTheIntendedWordFirst) {
  const auto wrong = lines(fixture("notes.wrong"));
  const auto expected = lines(fixture("notes.sug"));
  ASSERT_EQ(wrong.size(), expected.size());
  ASSERT_GE(wrong.size(), 30u);
  for (std::size_t i = 0; i < wrong.size(); ++i) {
    EXPECT_FALSE(testing::shared_en_us_speller().spell(wrong[i]))
        << wrong[i] << " is not a misspelling";
    const auto got = testing::shared_en_us_speller().suggest(wrong[i], 5);
    ASSERT_FALSE(got.empty()) << wrong[i];
    EXPECT_EQ(got[0], expected[i]) << wrong[i];
  }
}

// A suggestion keys the sounds of only the word lengths it can reach and
// leaves the rest for later; prepare() keys them all. Each word below asks
// for lengths that the words before it left unkeyed, and gets what the
// fully prepared suggester gives.
TEST(Suggester, KeyingSoundsAsNeededChangesNoSuggestion) {
  std::string error;
  auto lazy = Speller::open(testing::data_dir() + "/hunspell/en_US.aff",
                            testing::data_dir() + "/hunspell/en_US.dic", &error);
  ASSERT_NE(lazy, nullptr) << error;
  ASSERT_TRUE(testing::shared_en_us_speller().prepare_suggestions());
  std::vector<std::string> words = {
      "incomprehensibilityes", "fone", "catapiller", "bureacracy", "thier", "x", "naïvete",
      "accomodationnally",     "tey"};
  for (const std::string& word : lines(fixture("notes.wrong"))) words.push_back(word);
  for (const std::string& word : words)
    EXPECT_EQ(lazy->suggest(word, 5), testing::shared_en_us_speller().suggest(word, 5)) << word;
}

TEST(Suggester, SplitsRunTogetherWords) {
  EXPECT_TRUE(contains(testing::shared_en_us_speller().suggest("aboutthe", 5), "about the"));
  EXPECT_TRUE(contains(testing::shared_en_us_speller().suggest("alot", 5), "a lot"));
}

TEST(Suggester, SpellerSuggestsPersonalWordsAndTypographicApostrophes) {
  std::string error;
  auto speller = Speller::open(testing::data_dir() + "/hunspell/en_US.aff",
                               testing::data_dir() + "/hunspell/en_US.dic", &error);
  ASSERT_NE(speller, nullptr) << error;
  speller->add_word("Initech");
  EXPECT_TRUE(contains(speller->suggest("Initek", 5), "Initech"));
  EXPECT_EQ(speller->suggest("dont\xE2\x80\x99", 5).size() > 0, true);
  EXPECT_EQ(speller->suggest("recieve", 5).at(0), "receive");
  EXPECT_EQ(speller->suggest("Recieve", 5).at(0), "Receive");
}

}  // namespace
}  // namespace handshake
