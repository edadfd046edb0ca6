#include "ascii_class.h"

#include <gtest/gtest.h>

#include "utf8.h"

namespace handshake {
namespace {

// The table answers for ASCII what the Unicode predicates answer.
TEST(AsciiClass, AgreesWithTheUnicodePredicates) {
  for (char32_t c = 0; c < 0x80; ++c) {
    const auto byte = static_cast<unsigned char>(c);
    EXPECT_EQ(ascii_is(byte, kAsciiLetter), is_letter(c)) << c;
    EXPECT_EQ(ascii_is(byte, kAsciiDigit), is_digit(c)) << c;
    EXPECT_EQ(ascii_is(byte, kAsciiSpace), is_space(c)) << c;
    EXPECT_EQ(ascii_is(byte, kAsciiNewline), c == '\n' || c == '\r') << c;
    EXPECT_EQ(ascii_is(byte, kAsciiPunct), c > 0x20 && c < 0x7F && !is_letter(c) && !is_digit(c))
        << c;
  }
}

TEST(AsciiClass, LinkRunsStopAtSpaceControlsQuotesAndAngles) {
  for (unsigned char c : {' ', '\t', '\n', '\0', '<', '>', '"', '\x7F'})
    EXPECT_TRUE(ascii_is(c, kAsciiLinkStop)) << int(c);
  for (unsigned char c : {'a', '.', '/', '@', ':', '\'', '(', ')'})
    EXPECT_FALSE(ascii_is(c, kAsciiLinkStop)) << int(c);
  for (unsigned char c : {'.', '@', ':'}) EXPECT_TRUE(ascii_is(c, kAsciiLinkMark));
  EXPECT_FALSE(ascii_is('/', kAsciiLinkMark));
  EXPECT_TRUE(ascii_is('x', kAsciiLetter | kAsciiDigit));  // any of several classes
  EXPECT_TRUE(ascii_is('7', kAsciiLetter | kAsciiDigit));
  EXPECT_FALSE(ascii_is('-', kAsciiLetter | kAsciiDigit));
}

}  // namespace
}  // namespace handshake
