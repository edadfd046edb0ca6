#include "word_buckets.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_map>

namespace handshake {
namespace {

TEST(WordBuckets, NumbersWordsInInsertionOrder) {
  WordBuckets words;
  EXPECT_TRUE(words.empty());
  EXPECT_EQ(words.find("connect"), WordBuckets::kNone);  // an empty table finds nothing
  EXPECT_EQ(words.insert("connect"), 0u);
  EXPECT_EQ(words.insert("network"), 1u);
  EXPECT_EQ(words.insert("connect"), 0u);  // already there: same id, nothing added
  EXPECT_EQ(words.insert(""), 2u);         // the empty word is a word too
  EXPECT_EQ(words.size(), 3u);
  EXPECT_EQ(words.find("network"), 1u);
  EXPECT_EQ(words.find("network", word_hash("network")), 1u);
  EXPECT_EQ(words.find(""), 2u);
  EXPECT_EQ(words.find("net"), WordBuckets::kNone);
  EXPECT_EQ(words.find("networks"), WordBuckets::kNone);
  EXPECT_EQ(words.key(0), "connect");
  EXPECT_EQ(words.key(2), "");
}

TEST(WordBuckets, InsertsANewWordByTheHashItWasLookedUpWith) {
  WordBuckets words;
  words.reserve(2, 16);
  const std::uint32_t hash = word_hash("connect");
  ASSERT_EQ(words.find("connect", hash), WordBuckets::kNone);
  EXPECT_EQ(words.insert_new("connect", hash), 0u);
  EXPECT_EQ(words.insert_new("network", word_hash("network")), 1u);
  EXPECT_EQ(words.insert_new("learn", word_hash("learn")), 2u);  // past the reserved room
  EXPECT_EQ(words.find("connect"), 0u);
  EXPECT_EQ(words.insert("network"), 1u);
  EXPECT_EQ(words.find("learn"), 2u);
  EXPECT_EQ(words.key(2), "learn");
}

TEST(WordBuckets, KeepsItsOwnCopyOfEachWord) {
  WordBuckets words;
  {
    std::string temporary = "caf\xC3\xA9";
    words.insert(temporary);
    temporary = "overwritten";
  }
  EXPECT_EQ(words.find("caf\xC3\xA9"), 0u);
  EXPECT_EQ(words.key(0), "caf\xC3\xA9");
}

TEST(WordBuckets, AgreesWithAHashMapWhileGrowing) {
  // Enough words to grow the table several times, with near-identical keys
  // whose hashes may share slots.
  WordBuckets words;
  std::unordered_map<std::string, std::uint32_t> expected;
  for (int i = 0; i < 3000; ++i) {
    const std::string word = "w" + std::to_string(i * 7919 % 1000) + "-" + std::to_string(i % 3);
    const auto [it, added] = expected.emplace(word, static_cast<std::uint32_t>(expected.size()));
    EXPECT_EQ(words.insert(word), it->second) << word;
    (void)added;
  }
  EXPECT_EQ(words.size(), expected.size());
  for (const auto& [word, id] : expected) {
    EXPECT_EQ(words.find(word), id) << word;
    EXPECT_EQ(words.key(id), word);
  }
  EXPECT_EQ(words.find("w1000-0"), WordBuckets::kNone);
}

TEST(WordBuckets, ReservedRoomHoldsTheSameWords) {
  WordBuckets reserved, grown;
  reserved.reserve(100);
  for (int i = 0; i < 150; ++i) {  // past the reserved room too
    const std::string word = "word" + std::to_string(i);
    EXPECT_EQ(reserved.insert(word), grown.insert(word));
  }
  for (int i = 0; i < 150; ++i)
    EXPECT_EQ(reserved.find("word" + std::to_string(i)), std::uint32_t(i));
}

TEST(WordBuckets, ClearForgetsEveryWord) {
  WordBuckets words;
  words.insert("hello");
  words.insert("there");
  words.clear();
  EXPECT_TRUE(words.empty());
  EXPECT_EQ(words.find("hello"), WordBuckets::kNone);
  EXPECT_EQ(words.insert("there"), 0u);
  EXPECT_EQ(words.find("there"), 0u);
}

}  // namespace
}  // namespace handshake
