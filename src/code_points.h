// Code point helpers for the spelling units: the dictionaries and the words
// the user types are UTF-8, but edit distances, tries and case rules work on
// whole characters.
#ifndef HANDSHAKE_CODE_POINTS_H_
#define HANDSHAKE_CODE_POINTS_H_

#include <string>
#include <string_view>

namespace handshake::spelling {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// Decodes UTF-8; every invalid or truncated sequence and every surrogate
// becomes U+FFFD, so the result is always well formed.
std::u32string decode_utf8(std::string_view text);
// The same into `out`, reusing its storage.
void decode_utf8(std::string_view text, std::u32string& out);
// Decodes ISO 8859-1, whose bytes are exactly the first 256 code points.
std::u32string decode_latin1(std::string_view text);

void append_utf8(std::string& out, char32_t c);
inline void append_utf8_fast(std::string& out, char32_t c) {
  if (c < 0x80)
    out.push_back(static_cast<char>(c));
  else
    append_utf8(out, c);
}
std::string encode_utf8(std::u32string_view text);

// Simple one-to-one case mappings for the Latin, Greek and Cyrillic letters a
// Hunspell dictionary for a European language uses; other characters map to
// themselves.
char32_t to_lower(char32_t c);
inline char32_t to_lower_fast(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return to_lower(c);
}
char32_t to_upper(char32_t c);
std::u32string to_lower(std::u32string_view text);
bool is_upper(char32_t c);
bool is_lower(char32_t c);

}  // namespace handshake::spelling

#endif  // HANDSHAKE_CODE_POINTS_H_
