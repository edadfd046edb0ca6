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
  kNumber,       // 42, 1,000.50, 3rd, 10:30, 12/03/2025, 50%
  kUrl,          // https://zoe.dev/talks, www.example.com, example.io/path
  kEmail,        // amy@example.com
  kHandle,       // @amychen
  kHashtag,      // #RustConf
  kEmoji,        // one emoji, with its modifiers and ZWJ joins: 👋🏽, 👩‍💻, 🇫🇷
  kPlaceholder,  // {first_name}, {{company}}, %FIRST_NAME%, *|FNAME|*
  kPunct,        // one punctuation character
  kSpace,        // a run of horizontal white space
  kNewline,      // one line break (\n, \r\n, \r, U+2028)
  kSymbol,       // anything else: math, currency, control, invisible characters
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
  bool mixed_case = false;
};

std::vector<Token> tokenize(std::string_view text);

std::string_view to_string(TokenKind kind);

}  // namespace handshake

#endif  // HANDSHAKE_TOKENIZER_H_
