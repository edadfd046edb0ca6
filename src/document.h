// A note after tokenizing and sentence splitting: what every check reads.
#ifndef HANDSHAKE_DOCUMENT_H_
#define HANDSHAKE_DOCUMENT_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "tokenizer.h"

namespace handshake {

struct Sentence {
  std::size_t first_token;  // index into Document::tokens
  std::size_t end_token;    // one past the last token
  std::uint32_t begin;      // byte offsets, trimmed of surrounding space
  std::uint32_t end;
};

struct Document {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<std::size_t> words;  // indices of kWord tokens, in order
};

Document analyze(std::string_view text);

// Splits tokens into sentences: at . ! ? … (not after an abbreviation or an
// initial), at line breaks that end a greeting or a sign-off line, and at
// blank lines.
std::vector<Sentence> split_sentences(const std::vector<Token>& tokens);

}  // namespace handshake

#endif  // HANDSHAKE_DOCUMENT_H_
