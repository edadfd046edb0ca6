#include "checks/check_util.h"

#include "text_fold.h"
#include "utf8.h"

namespace handshake {

std::string quoted(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 6);
  out += "\xE2\x80\x9C";
  out += text;
  out += "\xE2\x80\x9D";
  return out;
}

std::size_t next_non_space(const Document& doc, std::size_t i) {
  for (std::size_t j = i + 1; j < doc.tokens.size(); ++j)
    if (doc.tokens[j].kind != TokenKind::kSpace) return j;
  return kNoToken;
}

std::size_t previous_non_space(const Document& doc, std::size_t i) {
  for (std::size_t j = i; j-- > 0;)
    if (doc.tokens[j].kind != TokenKind::kSpace) return j;
  return kNoToken;
}

std::size_t first_non_blank(const Document& doc) {
  for (std::size_t i = 0; i < doc.tokens.size(); ++i)
    if (doc.tokens[i].kind != TokenKind::kSpace && doc.tokens[i].kind != TokenKind::kNewline)
      return i;
  return kNoToken;
}

bool is_punct(const Token& token, std::string_view text) {
  return token.kind == TokenKind::kPunct && token.text == text;
}

bool is_sentence_end(const Token& token) {
  return token.kind == TokenKind::kPunct && (token.text == "." || token.text == "!" ||
                                             token.text == "?" || token.text == "\xE2\x80\xA6");
}

bool is_opening(const Token& token) {
  if (token.kind != TokenKind::kPunct) return false;
  const std::string_view t = token.text;
  return t == "\"" || t == "'" || t == "(" || t == "[" || t == "\xE2\x80\x9C" ||  // “
         t == "\xE2\x80\x98" || t == "\xC2\xBF" || t == "\xC2\xA1";               // ‘ ¿ ¡
}

std::vector<bool> sentence_first_words(const Document& doc) {
  std::vector<bool> first(doc.tokens.size(), false);
  for (const Sentence& s : doc.sentences) {
    std::size_t i = s.first_token;
    while (i < s.end_token &&
           (doc.tokens[i].kind == TokenKind::kSpace || doc.tokens[i].kind == TokenKind::kNewline ||
            is_opening(doc.tokens[i])))
      ++i;
    if (i < s.end_token && doc.tokens[i].kind == TokenKind::kWord) first[i] = true;
  }
  return first;
}

const std::vector<bool>& sentence_first_words(const CheckContext& context) {
  if (!context.first_words_memo) context.first_words_memo = sentence_first_words(context.doc);
  return *context.first_words_memo;
}

bool is_lone_i(std::string_view word) {
  if (word == "i") return true;
  if (word.size() < 2 || word[0] != 'i') return false;
  const std::string_view rest = word.substr(1);
  for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\xE2\x80\x99")}) {
    if (rest.substr(0, apostrophe.size()) != apostrophe) continue;
    const std::string_view tail = rest.substr(apostrophe.size());
    return tail == "m" || tail == "d" || tail == "ve" || tail == "ll";
  }
  return false;
}

std::string_view without_possessive(std::string_view word) {
  if (word.size() > 2 && word.substr(word.size() - 2) == "'s")
    return word.substr(0, word.size() - 2);
  if (word.size() > 4 && word.substr(word.size() - 4) == "\xE2\x80\x99s")
    return word.substr(0, word.size() - 4);
  return word;
}

std::vector<NamePart> name_parts(std::string_view name) {
  std::vector<NamePart> parts;
  auto add = [&](std::string_view text) {
    if (text.empty()) return;
    NamePart part;
    part.text = std::string(text);
    part.folded = fold_name(text);
    part.skeleton = strip_diacritics(part.folded);
    part.capitalized = is_upper(decode_utf8(text, 0).code_point);
    parts.push_back(std::move(part));
  };
  for (const Token& t : tokenize(name)) {
    if (t.kind != TokenKind::kWord) continue;
    add(t.text);
    if (!t.hyphenated) continue;
    std::size_t start = 0;
    for (std::size_t dash = t.text.find('-'); dash != std::string_view::npos;
         dash = t.text.find('-', start)) {
      add(t.text.substr(start, dash - start));
      start = dash + 1;
    }
    add(t.text.substr(start));
  }
  return parts;
}

Emoticons::Emoticons(std::vector<std::string> list) : list_(std::move(list)) {
  for (const std::string& e : list_) {
    if (e.empty())
      has_empty_ = true;
    else
      starts_with_byte_[static_cast<unsigned char>(e[0])] = true;
  }
}

bool Emoticons::at(std::string_view text, std::size_t pos) const {
  const std::string_view rest = text.substr(pos);
  if (!has_empty_ && (rest.empty() || !starts_with_byte_[static_cast<unsigned char>(rest[0])]))
    return false;
  for (const std::string& e : list_)
    if (rest.substr(0, e.size()) == e) return true;
  return false;
}

DraftNames draft_names(const Draft& draft) {
  return {name_parts(draft.recipient), name_parts(draft.sender)};
}

}  // namespace handshake
