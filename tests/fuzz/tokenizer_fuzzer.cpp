// The first stages of the pipeline on arbitrary bytes: the tokenizer, the
// sentence splitter and the UTF-8 helpers they stand on. Beyond not
// crashing, tokens must tile the text exactly and sentences must be ordered
// runs of tokens, because every check indexes the text through them.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "fuzz_support.h"
#include "utf8.h"

using handshake::fuzz::fail;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const handshake::Document doc = handshake::analyze(text);

  std::size_t at = 0;
  for (const handshake::Token& t : doc.tokens) {
    if (t.begin != at) fail("tokens leave a gap or overlap");
    if (t.end <= t.begin) fail("empty token");
    if (t.text != text.substr(t.begin, t.end - t.begin)) fail("token text is not its span");
    at = t.end;
  }
  if (at != text.size()) fail("tokens do not cover the text");

  std::size_t next_token = 0;
  for (const handshake::Sentence& s : doc.sentences) {
    if (s.first_token < next_token || s.first_token >= s.end_token ||
        s.end_token > doc.tokens.size())
      fail("sentence token range out of order");
    if (s.begin != doc.tokens[s.first_token].begin || s.end != doc.tokens[s.end_token - 1].end)
      fail("sentence span is not its tokens' span");
    next_token = s.end_token;
  }
  for (std::size_t w : doc.words)
    if (w >= doc.tokens.size() || doc.tokens[w].kind != handshake::TokenKind::kWord)
      fail("word index is not a word token");

  // Offsets: every token boundary converts to a non-decreasing UTF-16 offset,
  // and the end of the text to its UTF-16 length.
  std::vector<std::size_t> offsets;
  for (const handshake::Token& t : doc.tokens) offsets.push_back(t.begin);
  offsets.push_back(text.size());
  handshake::to_utf16_offsets(text, offsets);
  for (std::size_t i = 1; i < offsets.size(); ++i)
    if (offsets[i] < offsets[i - 1]) fail("UTF-16 offsets decrease");
  if (offsets.back() != handshake::utf16_length(text)) fail("UTF-16 length disagrees");
  if (handshake::code_point_count(text) > handshake::utf16_length(text))
    fail("more code points than UTF-16 units");

  // The word helpers keep the text's size within reason.
  if (handshake::normalize_apostrophes(text).size() > text.size()) fail("apostrophes grew");
  if (handshake::fold_case(text).size() > 2 * text.size() + 4) fail("fold_case blew up");
  return 0;
}
