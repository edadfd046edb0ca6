#include "utf8.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace handshake {

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

// Eight bytes at a time.
DecodedChar decode_utf8(std::string_view text, std::size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  const unsigned char lead = s[pos];
  if (lead < 0x80) return {lead, 1, 1};
  std::size_t length = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, cp = lead & 0x1F, min = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, cp = lead & 0x0F, min = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, cp = lead & 0x07, min = 0x10000;
  } else {
    return {kReplacementChar, 1, 1};
  }
  if (pos + length > n) return {kReplacementChar, 1, 1};
  for (std::size_t i = 1; i < length; ++i) {
    if (!is_continuation(s[pos + i])) return {kReplacementChar, 1, 1};
    cp = (cp << 6) | (s[pos + i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF) return {kReplacementChar, 1, 1};
  const auto bytes = static_cast<std::uint8_t>(length);
  return {cp, bytes, static_cast<std::uint8_t>(cp >= 0x10000 ? 2 : 1)};
}

bool is_valid_utf8(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const DecodedChar c = decode_utf8(text, pos);
    // An invalid byte decodes as U+FFFD in one byte; the real U+FFFD takes three.
    if ((c.code_point == kReplacementChar && c.bytes == 1) ||
        (c.code_point >= 0xD800 && c.code_point <= 0xDFFF))
      return false;
    pos += c.bytes;
  }
  return true;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

void to_utf16_offsets(std::string_view text, std::vector<std::size_t>& offsets) {
  std::vector<std::size_t> order(offsets.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
  std::size_t byte = 0;
  std::size_t units = 0;
  for (std::size_t index : order) {
    const std::size_t target = std::min(offsets[index], text.size());
    while (byte < text.size()) {
      if (byte + 8 <= target) {  // eight ASCII bytes, eight units
        std::uint64_t chunk;
        std::memcpy(&chunk, text.data() + byte, 8);
        if ((chunk & 0x8080808080808080ull) == 0) {
          byte += 8;
          units += 8;
          continue;
        }
      }
      if (static_cast<unsigned char>(text[byte]) < 0x80) {  // one byte, one unit
        if (byte + 1 > target) break;
        ++byte;
        ++units;
        continue;
      }
      const DecodedChar c = decode_utf8(text, byte);
      if (byte + c.bytes > target) break;
      byte += c.bytes;
      units += c.utf16_units;
    }
    offsets[index] = units;
  }
}

std::size_t utf16_length(std::string_view text) {
  // An ASCII character is one unit.
  if (!has_non_ascii(text)) return text.size();
  std::size_t units = 0;
  for (std::size_t i = 0; i < text.size();) {
    const DecodedChar c = decode_utf8(text, i);
    i += c.bytes;
    units += c.utf16_units;
  }
  return units;
}

std::size_t code_point_count(std::string_view text) {
  if (!has_non_ascii(text)) return text.size();
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); i += decode_utf8(text, i).bytes) ++count;
  return count;
}

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x137) return c % 2 == 0;  // Latin Extended-A pairs
  if (c >= 0x139 && c <= 0x148) return c % 2 == 1;
  if (c >= 0x14A && c <= 0x177) return c % 2 == 0;
  if (c == 0x178) return true;
  if (c >= 0x179 && c <= 0x17E) return c % 2 == 1;
  if (c >= 0x391 && c <= 0x3AB) return true;  // Greek
  if (c >= 0x410 && c <= 0x42F) return true;  // Cyrillic
  return false;
}

bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return is_letter(c) && !is_upper(c);
}

bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;        // Latin-1, Extended-A/B
  if (c >= 0x250 && c <= 0x2AF) return true;                         // IPA
  if (c >= 0x370 && c <= 0x3FF) return c != 0x37E && c != 0x387;     // Greek
  if (c >= 0x400 && c <= 0x52F) return !(c >= 0x482 && c <= 0x489);  // Cyrillic
  if (c >= 0x530 && c <= 0x58F) return true;                         // Armenian
  if (c >= 0x5D0 && c <= 0x5EA) return true;                         // Hebrew letters
  if (c >= 0x620 && c <= 0x64A) return true;                         // Arabic letters
  if (c >= 0x900 && c <= 0xDFF) return true;                         // Indic scripts
  if (c >= 0xE00 && c <= 0xE7F) return true;                         // Thai
  if (c >= 0x1E00 && c <= 0x1FFF) return true;  // Latin Extended Additional, Greek Extended
  if (c >= 0x3040 && c <= 0x30FF) return true;  // Hiragana, Katakana
  if (c >= 0x3400 && c <= 0x9FFF) return true;  // CJK
  if (c >= 0xAC00 && c <= 0xD7A3) return true;  // Hangul
  return false;
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_invisible(char32_t c) {
  return c == 0xAD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool is_emoji_base(char32_t c) {
  return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) ||
         (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0x2190 && c <= 0x21FF) ||
         (c >= 0x2300 && c <= 0x23FF) || c == 0x00A9 || c == 0x00AE || c == 0x203C || c == 0x2049 ||
         c == 0x2122 || c == 0x2139 || c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299 ||
         (c >= 0x25A0 && c <= 0x25FF);
}

bool is_emoji_modifier(char32_t c) {
  return (c >= 0x1F3FB && c <= 0x1F3FF) || c == 0xFE0F || c == 0xFE0E || c == 0x20E3 ||
         (c >= 0xE0020 && c <= 0xE007F);
}

std::string fold_case(std::string_view word) {
  std::string out;
  if (!has_non_ascii(word)) {
    out.resize(word.size());
    std::transform(word.begin(), word.end(), out.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    return out;
  }
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size();) {
    const DecodedChar c = decode_utf8(word, i);
    char32_t cp = c.code_point;
    if (cp < 0x80) {
      if (cp >= 'A' && cp <= 'Z') cp += 32;
    } else if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3AB)) {
      cp += 32;
    } else if (cp >= 0x410 && cp <= 0x42F) {
      cp += 32;
    } else if (cp >= 0x100 && cp <= 0x17F && is_upper(cp)) {
      cp = cp == 0x178 ? 0xFF : cp + 1;
    }
    if (c.code_point == kReplacementChar && c.bytes == 1) {
      out += word[i];  // keep invalid bytes as they were
    } else {
      append_utf8(out, cp);
    }
    i += c.bytes;
  }
  return out;
}

std::string normalize_apostrophes(std::string_view word) {
  // Both apostrophes are encoded with bytes above 0x7F: ASCII is its own form.
  if (!has_non_ascii(word)) return std::string(word);
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size(); ++i) {
    // U+2019 is E2 80 99; U+02BC is CA BC.
    if (i + 2 < word.size() && static_cast<unsigned char>(word[i]) == 0xE2 &&
        static_cast<unsigned char>(word[i + 1]) == 0x80 &&
        static_cast<unsigned char>(word[i + 2]) == 0x99) {
      out += '\'';
      i += 2;
    } else if (i + 1 < word.size() && static_cast<unsigned char>(word[i]) == 0xCA &&
               static_cast<unsigned char>(word[i + 1]) == 0xBC) {
      out += '\'';
      i += 1;
    } else {
      out += word[i];
    }
  }
  return out;
}

}  // namespace handshake
