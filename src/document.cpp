#include "document.h"

#include <array>

#include "utf8.h"

namespace handshake {

namespace {

// Words after which a period does not end a sentence.
constexpr std::array<std::string_view, 22> kAbbreviations = {
    "mr",  "mrs", "ms",   "dr",     "prof", "st", "jr", "sr", "vs",  "etc", "inc",
    "ltd", "co",  "corp", "approx", "dept", "no", "mt", "ft", "est", "fig", "cf"};

bool is_sentence_end(std::string_view punct) {
  return punct == "." || punct == "!" || punct == "?" || punct == "\xE2\x80\xA6";  // …
}

bool is_closing(std::string_view punct) {
  return punct == ")" || punct == "]" || punct == "\"" || punct == "'" || punct == "\xE2\x80\x9D" ||
         punct == "\xE2\x80\x99";  // ” ’
}

bool is_abbreviation(const Token& word) {
  if (word.text.size() == 1 && word.capitalized) return true;  // an initial: "J. Smith"
  const std::string lower = fold_case(word.text);
  for (std::string_view a : kAbbreviations)
    if (lower == a) return true;
  return false;
}

bool is_blank(TokenKind kind) { return kind == TokenKind::kSpace || kind == TokenKind::kNewline; }

}  // namespace

std::vector<Sentence> split_sentences(const std::vector<Token>& tokens) {
  std::vector<Sentence> sentences;
  std::size_t first = 0;
  auto close = [&](std::size_t end_token) {
    std::size_t a = first, b = end_token;
    while (a < b && is_blank(tokens[a].kind)) ++a;
    while (b > a && is_blank(tokens[b - 1].kind)) --b;
    if (a < b) sentences.push_back({a, b, tokens[a].begin, tokens[b - 1].end});
    first = end_token;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kPunct && is_sentence_end(t.text)) {
      if (t.text == "." && i > 0 && tokens[i - 1].kind == TokenKind::kWord &&
          is_abbreviation(tokens[i - 1]))
        continue;
      std::size_t j = i + 1;
      while (j < tokens.size() && tokens[j].kind == TokenKind::kPunct &&
             (is_sentence_end(tokens[j].text) || is_closing(tokens[j].text)))
        ++j;
      if (j == tokens.size() || is_blank(tokens[j].kind)) close(j);
      // The rest of the run of end marks would find the same j: skip it, so
      // "!!!!...!x" costs one pass, not one per mark.
      i = j - 1;
    } else if (t.kind == TokenKind::kNewline) {
      // A line break ends a sentence unless the line just wraps mid-sentence.
      std::size_t prev = i;
      while (prev > first && is_blank(tokens[prev - 1].kind)) --prev;
      std::size_t next = i + 1;
      while (next < tokens.size() && tokens[next].kind == TokenKind::kSpace) ++next;
      const bool blank_line = next < tokens.size() && tokens[next].kind == TokenKind::kNewline;
      const bool ends_with_punct = prev > first && tokens[prev - 1].kind == TokenKind::kPunct;
      const bool next_capital =
          next < tokens.size() && tokens[next].kind == TokenKind::kWord && tokens[next].capitalized;
      const bool next_not_word = next < tokens.size() && tokens[next].kind != TokenKind::kWord;
      if (blank_line || ends_with_punct || next_capital || next_not_word) close(i + 1);
    }
  }
  close(tokens.size());
  return sentences;
}

Document analyze(std::string_view text) {
  Document doc;
  doc.text = text;
  doc.tokens = tokenize(text);
  doc.sentences = split_sentences(doc.tokens);
  for (std::size_t i = 0; i < doc.tokens.size(); ++i)
    if (doc.tokens[i].kind == TokenKind::kWord) doc.words.push_back(i);
  return doc;
}

}  // namespace handshake
