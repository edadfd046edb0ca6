#include "checks/addressing.h"

#include <algorithm>

#include "checks/check.h"
#include "checks/check_util.h"
#include "data_files.h"
#include "text_fold.h"

namespace handshake {

bool Salutations::load(const DataDir& data, Salutations* out, std::string* error) {
  ListFile list;
  if (!data.read_list("salutations.txt", &list, error)) return false;
  WordTable table;
  if (!WordTable::from_list(list, {"greeting", "thanks", "title", "group"}, &table, error))
    return false;
  *out = Salutations();
  for (const bool direct : {true, false}) {
    for (const std::string& greeting : table.keys_with_value(direct ? "greeting" : "thanks")) {
      Greeting g{{}, direct};
      std::size_t start = 0;
      while (start < greeting.size()) {
        std::size_t space = greeting.find(' ', start);
        if (space == std::string::npos) space = greeting.size();
        if (space > start) g.words.push_back(greeting.substr(start, space - start));
        start = space + 1;
      }
      out->greetings_.push_back(std::move(g));
    }
  }
  out->titles_ = table.keys_with_value("title");
  out->groups_ = table.keys_with_value("group");
  return true;
}

bool Salutations::is_group(std::string_view folded) const {
  for (const std::string& g : groups_)
    if (g == folded) return true;
  return false;
}

bool Salutations::is_title(std::string_view folded) const {
  for (const std::string& t : titles_)
    if (t == folded) return true;
  return false;
}

std::size_t Salutations::greeting_at(const Document& doc, std::size_t first, bool* direct) const {
  const std::vector<Token>& tokens = doc.tokens;
  if (first >= tokens.size() || tokens[first].kind != TokenKind::kWord) return 0;
  const std::string head = fold_name(tokens[first].text);
  std::size_t best = 0;
  for (const Greeting& greeting : greetings_) {
    const std::vector<std::string>& words = greeting.words;
    if (words.empty() || words[0] != head) continue;
    std::size_t i = first + 1;
    bool matched = true;
    for (std::size_t w = 1; w < words.size() && matched; ++w) {
      matched = i + 1 < tokens.size() && tokens[i].kind == TokenKind::kSpace &&
                tokens[i + 1].kind == TokenKind::kWord && fold_name(tokens[i + 1].text) == words[w];
      i += 2;
    }
    if (matched && i - first > best) {
      best = i - first;
      *direct = greeting.direct;
    }
  }
  return best;
}

namespace {

bool is_word(const Document& doc, std::size_t i) {
  return i < doc.tokens.size() && doc.tokens[i].kind == TokenKind::kWord;
}

// The capitalized word right after `name` (one space between): a surname.
std::size_t surname_after(const Document& doc, std::size_t name) {
  const std::size_t next = name + 2;
  if (name + 1 < doc.tokens.size() && doc.tokens[name + 1].kind == TokenKind::kSpace &&
      is_word(doc, next) && doc.tokens[next].capitalized)
    return next;
  return kNoToken;
}

}  // namespace

std::vector<AddressedName> addressed_names(const Document& doc, const std::vector<bool>& first_word,
                                           const Salutations& salutations) {
  std::vector<AddressedName> names;
  const std::vector<Token>& tokens = doc.tokens;
  const std::size_t note_start = first_non_blank(doc);
  std::size_t skip_until = 0;  // tokens already claimed by a greeting
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i < skip_until || tokens[i].kind != TokenKind::kWord) continue;
    if (first_word[i]) {
      bool direct = true;
      const std::size_t length = salutations.greeting_at(doc, i, &direct);
      if (length > 0) {
        // Greeting [,] [title[.]] name
        std::size_t j = i + length;
        if (j < tokens.size() && is_punct(tokens[j], ",")) ++j;
        while (j < tokens.size() && tokens[j].kind == TokenKind::kSpace) ++j;
        if (is_word(doc, j) && salutations.is_title(fold_name(tokens[j].text))) {
          ++j;
          if (j < tokens.size() && is_punct(tokens[j], ".")) ++j;
          while (j < tokens.size() && tokens[j].kind == TokenKind::kSpace) ++j;
        }
        if (is_word(doc, j) && !salutations.is_group(fold_name(tokens[j].text)) &&
            (direct || tokens[j].capitalized)) {
          names.push_back(
              {j, surname_after(doc, j), direct ? AddressKind::kGreeting : AddressKind::kThanks});
          skip_until = j + 1;
        }
        continue;
      }
      // "Ana, great to meet you": the note's first word, then a comma.
      if (names.empty() && i == note_start && i + 1 < tokens.size() &&
          is_punct(tokens[i + 1], ",") && tokens[i].capitalized) {
        names.push_back({i, kNoToken, AddressKind::kOpening});
        continue;
      }
    }
    // ", Ana." / ", Ana!" at the end of a sentence (not ", Ana," which is
    // as often a list of names).
    if (tokens[i].capitalized && i >= 2 && tokens[i - 1].kind == TokenKind::kSpace &&
        is_punct(tokens[i - 2], ",")) {
      const std::size_t after = i + 1;
      const bool ends_clause = after >= tokens.size() ||
                               tokens[after].kind == TokenKind::kNewline ||
                               is_sentence_end(tokens[after]);
      if (ends_clause) names.push_back({i, kNoToken, AddressKind::kVocative});
    }
  }
  return names;
}

const std::vector<AddressedName>& addressed_names(const CheckContext& context,
                                                  const Salutations& salutations) {
  if (!context.addressed_memo)
    context.addressed_memo =
        addressed_names(context.doc, sentence_first_words(context), salutations);
  return *context.addressed_memo;
}

}  // namespace handshake
