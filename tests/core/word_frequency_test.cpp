#include "word_frequency.h"

#include <gtest/gtest.h>

#include "code_points.h"
#include "test_support.h"

namespace handshake::spelling {
namespace {

std::uint32_t entry(const WordIndex& index, std::u32string_view key) {
  return static_cast<std::uint32_t>(index.find(key));
}

TEST(WordFrequency, LevelsGrowWithCounts) {
  EXPECT_EQ(WordFrequency::level_of_count(0), 0);
  EXPECT_EQ(WordFrequency::level_of_count(1), 1);
  EXPECT_LT(WordFrequency::level_of_count(10), WordFrequency::level_of_count(1000));
  EXPECT_EQ(WordFrequency::level_of_count(1ull << 40), WordFrequency::kMaxLevel);
}

TEST(WordFrequency, RoundTripsAndKeepsTheMostCommonWords) {
  const WordIndex index =
      testing::make_word_index({U"the", U"their", U"thief", U"tier", U"America"});
  const std::string table = WordFrequency::encode(index,
                                                  {{"the", 1500000},
                                                   {"their", 60000},
                                                   {"Their", 1000},
                                                   {"thief", 900},
                                                   {"america", 5000},
                                                   {"zebra", 7}},
                                                  3);
  WordFrequency frequency;
  std::string error;
  ASSERT_TRUE(frequency.load(table, index, &error)) << error;
  EXPECT_EQ(frequency.known_words(), 3u);
  EXPECT_EQ(frequency.level(entry(index, U"the")), WordFrequency::level_of_count(1500000));
  EXPECT_EQ(frequency.level(entry(index, U"their")),
            WordFrequency::level_of_count(61000));  // cases add up
  EXPECT_EQ(frequency.level(entry(index, U"america")), WordFrequency::level_of_count(5000));
  EXPECT_EQ(frequency.level(entry(index, U"thief")), 0);  // fourth most common: left out
  EXPECT_EQ(frequency.level(entry(index, U"tier")), 0);
  EXPECT_EQ(frequency.level(999), 0);
}

TEST(WordFrequency, RejectsATableMadeForAnotherDictionary) {
  const WordIndex index = testing::make_word_index({U"one", U"two"});
  const WordIndex other = testing::make_word_index({U"one", U"three"});
  const std::string table = WordFrequency::encode(index, {{"one", 10}}, 10);
  WordFrequency frequency;
  std::string error;
  EXPECT_FALSE(frequency.load(table, other, &error));
  EXPECT_NE(error.find("another dictionary"), std::string::npos);
  EXPECT_EQ(frequency.level(0), 0);
}

TEST(WordFrequency, RejectsDamagedBytesWithoutCrashing) {
  const WordIndex index = testing::make_word_index({U"one", U"two", U"three"});
  const std::string table =
      WordFrequency::encode(index, {{"one", 10}, {"two", 20}, {"three", 30}}, 10);
  WordFrequency frequency;
  std::string error;
  ASSERT_TRUE(frequency.load(table, index, &error));
  EXPECT_FALSE(frequency.load("", index, &error));
  EXPECT_FALSE(frequency.load("HSWF", index, &error));
  for (std::size_t cut = 0; cut < table.size(); ++cut)
    EXPECT_FALSE(frequency.load(table.substr(0, cut), index, &error)) << cut;
  std::string extra = table + "x";
  EXPECT_FALSE(frequency.load(extra, index, &error));
  std::string bad_level = table;
  bad_level.back() = static_cast<char>(200);
  EXPECT_FALSE(frequency.load(bad_level, index, &error));
  std::string bad_gap = table;
  bad_gap[21] = static_cast<char>(0x7F);  // the first gap points past the end
  EXPECT_FALSE(frequency.load(bad_gap, index, &error));
  EXPECT_EQ(frequency.known_words(), 0u);
}

}  // namespace
}  // namespace handshake::spelling
