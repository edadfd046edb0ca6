#include "names.h"

#include <algorithm>
#include <functional>

#include "compact_sort.h"
#include "speller.h"

namespace handshake {

namespace {

bool contains_sorted(const std::vector<std::string>& sorted, std::string_view word) {
  const auto it = std::lower_bound(sorted.begin(), sorted.end(), word,
                                   [](const std::string& a, std::string_view b) { return a < b; });
  return it != sorted.end() && *it == word;
}

// The next token after `index` that is not white space, or null.
const Token* next_visible(const Document& doc, std::size_t index) {
  for (std::size_t i = index + 1; i < doc.tokens.size(); ++i)
    if (doc.tokens[i].kind != TokenKind::kSpace) return &doc.tokens[i];
  return nullptr;
}

const Token* previous_visible(const Document& doc, std::size_t index) {
  for (std::size_t i = index; i-- > 0;)
    if (doc.tokens[i].kind != TokenKind::kSpace) return &doc.tokens[i];
  return nullptr;
}

bool is_punct(const Token* t, std::string_view chars) {
  return t != nullptr && t->kind == TokenKind::kPunct && t->text.size() == 1 &&
         chars.find(t->text[0]) != std::string_view::npos;
}

}  // namespace

bool NameFinder::load(const DataDir& data, const Normalizer& normalizer, std::string* error) {
  ListFile greetings;
  if (!data.read_list("greetings.txt", &greetings, error) ||
      !greetings_.compile(greetings, normalizer, error))
    return false;
  // The first slot of each greeting pattern: "hi|hello|hey|...".
  greeting_words_.clear();
  for (const std::string& entry : greetings.entries) {
    std::string_view first = entry;
    if (first.rfind("^ ", 0) == 0) first.remove_prefix(2);
    first = first.substr(0, first.find(' '));
    std::size_t start = 0;
    while (start <= first.size()) {
      std::size_t bar = first.find('|', start);
      if (bar == std::string_view::npos) bar = first.size();
      greeting_words_.emplace_back(first.substr(start, bar - start));
      start = bar + 1;
    }
  }
  compact_stable_sort(greeting_words_, std::less<>());
  ListFile non_names;
  if (!data.read_list("non_names.txt", &non_names, error)) return false;
  non_names_ = non_names.entries;
  compact_stable_sort(non_names_, std::less<>());
  return true;
}

bool NameFinder::is_non_name(std::string_view folded) const {
  return contains_sorted(non_names_, folded);
}

void NameFinder::find_addressed(const Document& doc, const NormalText& text, const Speller* speller,
                                std::vector<std::uint32_t>* out) const {
  // "Hi Amy", "Dear Dr. Bello": the last word of a greeting match.
  thread_local std::vector<PhraseMatch> matches;
  matches.clear();
  greetings_.find_all(text, &matches);
  for (const PhraseMatch& m : matches)
    if (!is_non_name(text.words[m.last_word].text)) out->push_back(m.last_word);

  for (std::uint32_t i = 0; i < text.words.size(); ++i) {
    const NormalWord& w = text.words[i];
    // The cheap flags first: most words are neither capitalized nor a name
    // part, and the non-name list is a binary search of strings.
    if (w.placeholder || (!w.capitalized && !w.masked) || is_non_name(w.text)) continue;
    const Token* before = previous_visible(doc, w.token);
    const Token* after = next_visible(doc, w.token);
    // ", Sofia!" or ", Sara, but": a name set off by commas.
    const bool vocative =
        !w.sentence_initial && is_punct(before, ",") &&
        (after == nullptr || after->kind == TokenKind::kNewline || is_punct(after, ",.!?;:"));
    // An opening "Jake, this is..." that is not an ordinary word ("Thanks,").
    bool opening = false;
    if (w.sentence_initial && i == 0 && is_punct(after, ",!") &&
        !contains_sorted(greeting_words_, w.text)) {
      opening = w.masked || (speller != nullptr && !speller->spell(w.text));
    }
    if (vocative || opening) out->push_back(i);
  }
}

bool NameFinder::opening_greeting(const Document& doc, const NormalText& text, std::uint32_t* begin,
                                  std::uint32_t* end) const {
  if (text.words.empty() || !contains_sorted(greeting_words_, text.words[0].text)) return false;
  *begin = text.words[0].begin;
  *end = text.words[0].end;
  // "Hi there", "Dear Sir/Madam", "Hello all": keep the non-names too.
  for (std::uint32_t i = 1; i < text.words.size() && text.words[i].sentence == 0; ++i) {
    const NormalWord& w = text.words[i];
    if (!is_non_name(w.text) && w.text != "or") break;
    // Only when nothing but spaces and slashes sits between the words.
    bool adjacent = true;
    for (std::size_t t = text.words[i - 1].token + 1; t < w.token; ++t) {
      const Token& between = doc.tokens[t];
      if (between.kind != TokenKind::kSpace &&
          !(between.kind == TokenKind::kPunct && between.text == "/"))
        adjacent = false;
    }
    if (!adjacent) break;
    *end = w.end;
  }
  return true;
}

}  // namespace handshake
