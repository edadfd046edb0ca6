// UTF-8 decoding that never fails: the core must take whatever bytes a page,
// a file or a terminal hands it and still report offsets JavaScript agrees with.
#ifndef HANDSHAKE_UTF8_H_
#define HANDSHAKE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace handshake {

inline constexpr char32_t kReplacementChar = 0xFFFD;

struct DecodedChar {
  char32_t code_point;       // kReplacementChar for an invalid byte
  std::uint8_t bytes;        // bytes consumed, at least 1
  std::uint8_t utf16_units;  // what the character costs in a JavaScript string
};

// Decodes the character at `pos` (< text.size()). Invalid bytes decode one at
// a time as U+FFFD costing one UTF-16 unit, which is what TextDecoder yields.
// Encoded surrogates (ED A0..BF xx, which Emscripten writes for a JS string's
// lone surrogate) decode to the surrogate itself costing one unit, so offsets
// stay exact for such strings.
DecodedChar decode_utf8(std::string_view text, std::size_t pos);

void append_utf8(std::string& out, char32_t code_point);

// Strict UTF-8: no invalid or truncated sequence, no encoded surrogate.
bool is_valid_utf8(std::string_view text);

// Converts byte offsets into UTF-16 code unit offsets in one pass. `offsets`
// may be in any order; each is rounded down to a character boundary.
void to_utf16_offsets(std::string_view text, std::vector<std::size_t>& offsets);

// Whether the text holds a byte above 0x7F: without one, every character is
// one byte and one UTF-16 unit, and folding its case is A-Z to a-z.
// Inline: asked of nearly every word of a note, most of them a few bytes.
inline bool has_non_ascii(std::string_view text) {
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, text.data() + i, 8);
    if (chunk & 0x8080808080808080ull) return true;
  }
  for (; i < text.size(); ++i)
    if (static_cast<unsigned char>(text[i]) >= 0x80) return true;
  return false;
}

std::size_t utf16_length(std::string_view text);
std::size_t code_point_count(std::string_view text);

// Lower-cases ASCII and the Latin-1/Latin Extended-A letters names use.
std::string fold_case(std::string_view word);
// Replaces the typographic apostrophe (U+2019) and U+02BC with '.
std::string normalize_apostrophes(std::string_view word);

bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_digit(char32_t c);
bool is_space(char32_t c);      // includes U+00A0 and the Unicode spaces
bool is_invisible(char32_t c);  // zero-width characters, BOM, soft hyphen
bool is_emoji_base(char32_t c);
bool is_emoji_modifier(char32_t c);  // skin tones, VS16, keycap, tags

}  // namespace handshake

#endif  // HANDSHAKE_UTF8_H_
