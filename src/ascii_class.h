// The classes of the 128 ASCII characters, one table lookup each. Most of
// a note is ASCII; the tokenizer asks these questions of every byte, and the
// Unicode predicates in utf8.h (out of line, range by range) answer them for
// the rest. tests/core/ascii_class_test.cpp holds the two in agreement.
#ifndef HANDSHAKE_ASCII_CLASS_H_
#define HANDSHAKE_ASCII_CLASS_H_

#include <array>
#include <cstdint>

namespace handshake {

enum AsciiClass : std::uint8_t {
  kAsciiLetter = 1 << 0,   // A-Z a-z (is_letter)
  kAsciiDigit = 1 << 1,    // 0-9 (is_digit)
  kAsciiSpace = 1 << 2,    // space, tab, \v, \f (is_space)
  kAsciiNewline = 1 << 3,  // \n \r
  kAsciiPunct = 1 << 4,    // printable, neither letter, digit nor space
  // Ends the longest run a link can cover: white space, control characters,
  // quotes and angle brackets.
  kAsciiLinkStop = 1 << 5,
  kAsciiLinkMark = 1 << 6,  // . @ : (a run without one is not a link)
};

inline constexpr std::array<std::uint8_t, 128> kAsciiClasses = [] {
  std::array<std::uint8_t, 128> table{};
  for (int c = 0; c < 128; ++c) {
    std::uint8_t bits = 0;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) bits |= kAsciiLetter;
    if (c >= '0' && c <= '9') bits |= kAsciiDigit;
    if (c == ' ' || c == '\t' || c == '\v' || c == '\f') bits |= kAsciiSpace;
    if (c == '\n' || c == '\r') bits |= kAsciiNewline;
    if (c > 0x20 && c < 0x7F && !(bits & (kAsciiLetter | kAsciiDigit))) bits |= kAsciiPunct;
    if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == 0x7F) bits |= kAsciiLinkStop;
    if (c == '.' || c == '@' || c == ':') bits |= kAsciiLinkMark;
    table[static_cast<std::size_t>(c)] = bits;
  }
  return table;
}();

// Whether the ASCII byte `c` (< 0x80) is in any of `classes`.
inline bool ascii_is(unsigned char c, std::uint8_t classes) {
  return (kAsciiClasses[c] & classes) != 0;
}

}  // namespace handshake

#endif  // HANDSHAKE_ASCII_CLASS_H_
