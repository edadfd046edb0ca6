// The first stage of the pipeline: text to tokens. Every later stage reads
// tokens, never raw bytes, so that a URL's dots never end a sentence and an
// emoji never reaches the spell checker.
#ifndef HANDSHAKE_TOKENIZER_H_
#define HANDSHAKE_TOKENIZER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace handshake {

enum class TokenKind : std::uint8_t {
  kWord,         // letters, with inner apostrophes, hyphens or digits: I’d, co-founder, B2B
  kNumber,       // 42, 1,000.50, 3rd, 10:30, 12/03/2025, 50% (see NumberForm)
  kUrl,          // https://zoe.dev/talks, www.example.com, example.io/path
  kEmail,        // amy@example.com
  kHandle,       // @amychen
  kHashtag,      // #RustConf
  kEmoji,        // one emoji, with its modifiers and ZWJ joins: 👋🏽, 👩‍💻, 🇫🇷
  kPlaceholder,  // {first_name}, {{company}}, %FIRST_NAME%, *|FNAME|*; [Name] and
                 // <Company> stay punctuation and words: the placeholder check decides
  kPunct,        // one punctuation character
  kSpace,        // a run of horizontal white space
  kNewline,      // one line break (\n, \r\n, \r, U+2028)
  kSymbol,       // anything else: math, currency, control, invisible characters
};

// What a kNumber says, so checks can read "8am" as a time and "3rd" as an
// ordinal without parsing the text again.
enum class NumberForm : std::uint8_t {
  kCardinal,  // 42, 1,000.50, 24/7
  kOrdinal,   // 1st, 22nd, 3rd, 4th
  kDate,      // 12/03/2025, 2025-03-12, 12.03.2025
  kTime,      // 10:30, 9am, 10:30pm
  kPercent,   // 50%
  kMeasure,   // a number with a short unit: 10x, 5k, 24h, 1990s
};

struct Token {
  TokenKind kind;
  std::uint32_t begin;  // byte offsets into the text
  std::uint32_t end;
  std::string_view text;
  // Shape of a kWord: first letter upper case, every letter upper case,
  // upper case after a lower case letter (WebGPU, iPhone).
  bool capitalized = false;
  bool all_caps = false;
  bool mixed_case = false;  // false for an acronym's plural (APIs)
  // An initialism or acronym: every letter upper case (MBA, B2B, U.S.), or
  // its plural or possessive (KPIs, CEO's).
  bool acronym = false;
  bool hyphenated = false;  // a compound joined by hyphens: co-founder, one-on-one
  bool apostrophe = false;  // a contraction or possessive: I’d, don't, Zoë's
  bool diacritics = false;  // an accented letter, precomposed or combining: Zoë, Åberg
  bool invisible = false;   // holds a zero-width character or soft hyphen between letters
  NumberForm number_form = NumberForm::kCardinal;  // for a kNumber
};

std::vector<Token> tokenize(std::string_view text);

std::string_view to_string(TokenKind kind);

}  // namespace handshake

#endif  // HANDSHAKE_TOKENIZER_H_
