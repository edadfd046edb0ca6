#include "phonetic_key.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "code_points.h"

namespace handshake::spelling {
namespace {

TEST(PhoneticKey, SoundAlikeSpellingsShareAKey) {
  EXPECT_EQ(phonetic_key(U"beaurocracy"), phonetic_key(U"bureaucracy"));
  EXPECT_EQ(phonetic_key(U"copywrite"), phonetic_key(U"copyright"));
  EXPECT_EQ(phonetic_key(U"fonetic"), phonetic_key(U"phonetic"));
  EXPECT_EQ(phonetic_key(U"nite"), phonetic_key(U"night"));
  EXPECT_EQ(phonetic_key(U"kollege"), phonetic_key(U"college"));
  EXPECT_EQ(phonetic_key(U"acomodate"), phonetic_key(U"accommodate"));
}

TEST(PhoneticKey, DifferentSoundsDiffer) {
  EXPECT_NE(phonetic_key(U"their"), phonetic_key(U"thief"));
  EXPECT_NE(phonetic_key(U"connect"), phonetic_key(U"collect"));
}

TEST(PhoneticKey, ToleratesAnyInput) {
  EXPECT_EQ(phonetic_key(U""), "");
  EXPECT_EQ(phonetic_key(U"'-"), "");
  EXPECT_EQ(phonetic_key(U"café"), phonetic_key(U"cafe"));
  EXPECT_EQ(phonetic_key(U"\U0001F44B"), "");
  EXPECT_EQ(phonetic_key(U"x"), "S");
}

// The dictionary is keyed through the ASCII path, typed words through the
// code point path: a word must get one key either way, in any case.
TEST(PhoneticKey, AsciiPathMatchesTheCodePointPath) {
  for (const char* word :
       {"", "x", "Knight", "WHISTLE", "psychology", "schedule", "O'Neil", "e-mail", "tHoUgH",
        "dgeux", "catapiller", "123abc", "ACCOMMODATE",
        "aaaaaaaaaabbbbbbbbbbccccccccccddddddddddeeeeeeeeeeffffffffffgggggggggghhhhhhhh"}) {
    char ascii[kMaxPhoneticKeyBytes];
    const int length = phonetic_key_ascii(word, ascii);
    ASSERT_GE(length, 0) << word;
    EXPECT_EQ(std::string(ascii, length), phonetic_key(to_lower(decode_utf8(word)))) << word;
  }
  char key[kMaxPhoneticKeyBytes];
  EXPECT_EQ(phonetic_key_ascii("caf\u00E9", key), -1);  // not ASCII: the caller decodes it
  for (const char* word :
       {"[@`{", "A@Z[a`z{",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}) {
    // the characters around the letters; the most sounds a key can have
    const int length = phonetic_key_ascii(word, key);
    ASSERT_GE(length, 0) << word;
    EXPECT_EQ(std::string(key, length), phonetic_key(to_lower(decode_utf8(word)))) << word;
  }
}

}  // namespace
}  // namespace handshake::spelling

namespace handshake::spelling {
namespace {

std::string ascii_key(std::string_view word) {
  char key[kMaxPhoneticKeyBytes];
  const int length = phonetic_key_ascii(word, key);
  return length < 0 ? "(not ASCII)" : std::string(key, static_cast<std::size_t>(length));
}

// The keyer keys each word from where it parts from the one before: in any
// order, with words of any length and non-ASCII words between, its keys are
// phonetic_key_ascii's.
TEST(PhoneticKeyer, KeysAsPhoneticKeyAsciiDoes) {
  std::mt19937 random(11);
  const std::string letters = "aeiouyhwgcstpkndxqbmjrzfvl'-AEHWGCSKN";
  std::vector<std::string> words = {"",
                                    "x",
                                    "kn",
                                    "knight",
                                    "knights",
                                    "wh",
                                    "whistle",
                                    "psst",
                                    "schedule",
                                    "scheduled",
                                    "caf\u00E9",
                                    "cafe",
                                    "thought",
                                    "thoughts",
                                    std::string(70, 'g') + "nh",
                                    std::string(70, 'g')};
  for (int i = 0; i < 20'000; ++i) {
    std::string word;
    const std::size_t length = random() % (i % 100 == 0 ? 80 : 14);
    for (std::size_t j = 0; j < length; ++j) word += letters[random() % letters.size()];
    words.push_back(word);
  }
  // Every word of up to five of the letters whose sound looks furthest
  // ahead ("gned", "gh", "sch", "mb" at the end), so that sorted neighbours
  // part at every position.
  const std::string lookahead = "gnedhbmcs";
  std::vector<std::string> grown = {""};
  for (int length = 0; length < 5; ++length) {
    const std::size_t before = grown.size();
    for (std::size_t i = 0; i < before; ++i)
      if (grown[i].size() == static_cast<std::size_t>(length))
        for (char c : lookahead) grown.push_back(grown[i] + c);
  }
  words.insert(words.end(), grown.begin(), grown.end());
  std::vector<std::string> sorted = words;
  std::sort(sorted.begin(), sorted.end());
  for (const std::vector<std::string>* list : {&sorted, &words}) {
    PhoneticKeyer keyer;
    for (const std::string& word : *list) {
      const bool ascii = keyer.key_ascii(word);
      EXPECT_EQ(ascii ? std::string(keyer.key()) : "(not ASCII)", ascii_key(word)) << word;
    }
  }
}

// kept() counts the leading sounds the key shares with the key before, and
// never more than it shares.
TEST(PhoneticKeyer, KeptSoundsAreTheKeyBeforeS) {
  PhoneticKeyer keyer;
  std::string before;
  for (const char* word : {"accommodate", "accommodated", "accommodates", "accommodation",
                           "account", "knight", "knights", "nights"}) {
    ASSERT_TRUE(keyer.key_ascii(word));
    const std::string key(keyer.key());
    ASSERT_LE(keyer.kept(), std::min(key.size(), before.size())) << word;
    EXPECT_EQ(key.substr(0, keyer.kept()), before.substr(0, keyer.kept())) << word;
    before = key;
  }
  ASSERT_TRUE(keyer.key_ascii("accommodating"));
  EXPECT_EQ(keyer.kept(), 0u);  // "nights" shares no letters with it
}

}  // namespace
}  // namespace handshake::spelling
