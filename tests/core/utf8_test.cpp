#include "utf8.h"

#include <gtest/gtest.h>

namespace handshake {
namespace {

TEST(Utf8, DecodesEachWidth) {
  const std::string text = "a\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80";  // a é ’ 😀
  EXPECT_EQ(decode_utf8(text, 0).code_point, U'a');
  EXPECT_EQ(decode_utf8(text, 1).code_point, U'\u00E9');
  EXPECT_EQ(decode_utf8(text, 3).code_point, U'\u2019');
  const DecodedChar emoji = decode_utf8(text, 6);
  EXPECT_EQ(emoji.code_point, U'\U0001F600');
  EXPECT_EQ(emoji.bytes, 4);
  EXPECT_EQ(emoji.utf16_units, 2);
  EXPECT_EQ(utf16_length(text), 5u);
  EXPECT_EQ(code_point_count(text), 4u);
}

TEST(Utf8, InvalidBytesCostOneUnitEach) {
  const std::string text = "\xFF\xC3(\xE2\x82";  // bad lead, truncated, truncated
  EXPECT_EQ(utf16_length(text), text.size());
  EXPECT_EQ(decode_utf8(text, 0).code_point, kReplacementChar);
  EXPECT_EQ(decode_utf8("\xC0\xAF", 0).code_point, kReplacementChar);  // overlong
}

TEST(Utf8, EncodedLoneSurrogateIsOneUnit) {
  const std::string text = "a\xED\xA0\x80z";
  EXPECT_EQ(utf16_length(text), 3u);
}

TEST(Utf8, ConvertsOffsetsInAnyOrder) {
  const std::string text = "h\xC3\xA9llo \xF0\x9F\x98\x80!";  // 'héllo 😀!'
  std::vector<std::size_t> offsets = {text.size(), 0, 3, 7, 11};
  to_utf16_offsets(text, offsets);
  EXPECT_EQ(offsets, (std::vector<std::size_t>{9, 0, 2, 6, 8}));
}

TEST(Utf8, Utf16OffsetsAgreeWithCountingEachPrefix) {
  // Long ASCII runs (taken eight bytes at a time) around 2-, 3- and 4-byte
  // characters, with offsets inside characters, at run edges and past the end.
  std::string text;
  for (int i = 0; i < 40; ++i) {
    text += "abcdefghijk"[i % 11];
    if (i % 13 == 12) text += "\xC3\xA9";
    if (i % 17 == 16) text += "\xE2\x80\x99";
    if (i % 19 == 18) text += "\xF0\x9F\x91\x8B";
  }
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i <= text.size() + 2; ++i) offsets.push_back(i);
  std::vector<std::size_t> expected;
  for (std::size_t offset : offsets) {
    // The units of every whole character that ends at or before the offset.
    std::size_t units = 0;
    for (std::size_t byte = 0; byte < text.size();) {
      const DecodedChar c = decode_utf8(text, byte);
      if (byte + c.bytes > offset) break;
      byte += c.bytes;
      units += c.utf16_units;
    }
    expected.push_back(units);
  }
  to_utf16_offsets(text, offsets);
  EXPECT_EQ(offsets, expected);
}

TEST(Utf8, FoldsCaseAndApostrophes) {
  EXPECT_EQ(fold_case("Zo\xC3\x8B \xC3\x85"
                      "BERG"),
            "zo\xC3\xAB \xC3\xA5"
            "berg");
  EXPECT_EQ(normalize_apostrophes("I\xE2\x80\x99"
                                  "d"),
            "I'd");
}

TEST(Utf8, ClassifiesCharacters) {
  EXPECT_TRUE(is_letter(U'\u00E9'));
  EXPECT_TRUE(is_upper(U'\u00C5'));
  EXPECT_TRUE(is_lower(U'\u0101'));
  EXPECT_TRUE(is_upper(U'\u0141'));  // Ł
  EXPECT_TRUE(is_lower(U'\u0142'));
  EXPECT_FALSE(is_letter(U'\u00D7'));
  EXPECT_TRUE(is_space(U'\u00A0'));
  EXPECT_TRUE(is_invisible(U'\u200B'));
  EXPECT_TRUE(is_emoji_base(U'\U0001F44B'));
  EXPECT_TRUE(is_emoji_modifier(U'\U0001F3FD'));
}

TEST(Utf8, ValidatesStrictly) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("plain ASCII"));
  EXPECT_TRUE(is_valid_utf8("Zo\xC3\xAB \xF0\x9F\x91\x8B \xEF\xBF\xBD"));  // ë, 👋, U+FFFD itself
  EXPECT_FALSE(is_valid_utf8("\xF5\xB6"));                                 // no lead byte above F4
  EXPECT_FALSE(is_valid_utf8("\xC3"));                                     // truncated
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));                                 // overlong
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));                             // an encoded surrogate
  EXPECT_FALSE(is_valid_utf8("ok \x80 then"));  // a stray continuation byte
}

TEST(Utf8, FindsANonAsciiByteAnywhere) {
  EXPECT_FALSE(has_non_ascii(""));
  EXPECT_FALSE(has_non_ascii("plain ASCII, with \x7F and \x01 controls"));
  // One byte above 0x7F at every position of strings around the 8-byte stride.
  for (std::size_t length : {1u, 7u, 8u, 9u, 16u, 17u}) {
    for (std::size_t at = 0; at < length; ++at) {
      std::string text(length, 'a');
      text[at] = '\x80';
      EXPECT_TRUE(has_non_ascii(text)) << length << " " << at;
    }
  }
}

TEST(Utf8, AsciiShortcutsGiveTheFullAnswers) {
  // ASCII text skips decoding; these are the answers decoding gives.
  const std::string ascii = "Hi AMY, it's {first_name} @ 10:30 \t~\x7F\x01";
  EXPECT_EQ(utf16_length(ascii), ascii.size());
  EXPECT_EQ(code_point_count(ascii), ascii.size());
  EXPECT_EQ(fold_case(ascii), "hi amy, it's {first_name} @ 10:30 \t~\x7F\x01");
  EXPECT_EQ(normalize_apostrophes(ascii), ascii);
  // And text beyond ASCII still decodes: é is one unit, 👋 two.
  EXPECT_EQ(utf16_length("caf\xC3\xA9 \xF0\x9F\x91\x8B"), 7u);
  EXPECT_EQ(code_point_count("caf\xC3\xA9 \xF0\x9F\x91\x8B"), 6u);
  EXPECT_EQ(fold_case("CAF\xC3\x89"), "caf\xC3\xA9");
  EXPECT_EQ(normalize_apostrophes("it\xE2\x80\x99s"), "it's");
}

}  // namespace
}  // namespace handshake
