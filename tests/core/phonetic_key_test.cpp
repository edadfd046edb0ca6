#include "phonetic_key.h"

#include <gtest/gtest.h>

#include <string>

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
