#include "phrases.h"

#include <algorithm>
#include <functional>

#include "compact_sort.h"
#include "tokenizer.h"
#include "utf8.h"

namespace handshake {

namespace {

// Appends the folded word (lower case, straight apostrophes) to `out`.
// Never longer than the word, so views into a buffer reserved up front stay
// valid.
void append_folded(std::string_view word, std::string& out) {
  if (!has_non_ascii(word)) {
    // One append, then A-Z lowered in place (a byte at a time through += checks
    // the capacity and writes the terminator at every byte).
    const std::size_t at = out.size();
    out.append(word);
    for (std::size_t i = at; i < out.size(); ++i)
      if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] + 32);
    return;
  }
  out += fold_case(normalize_apostrophes(word));
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_word_like(TokenKind kind) {
  return kind == TokenKind::kWord || kind == TokenKind::kNumber || kind == TokenKind::kPlaceholder;
}

}  // namespace

// --- Normalizer -------------------------------------------------------------

bool Normalizer::load(const DataDir& data, std::string* error) {
  TableFile table;
  if (!data.read_table("contractions.tsv", &table, error)) return false;
  const int key = table.column("contraction"), value = table.column("expansion");
  if (key < 0 || value < 0) {
    *error = "contractions.tsv: needs columns contraction, expansion";
    return false;
  }
  expansions_.clear();
  for (const auto& row : table.rows) {
    std::vector<std::string> words;
    std::size_t start = 0;
    const std::string& expansion = row[value];
    while (start <= expansion.size()) {
      const std::size_t space = expansion.find(' ', start);
      const std::string word = expansion.substr(start, space - start);
      if (!word.empty()) words.push_back(word);
      if (space == std::string::npos) break;
      start = space + 1;
    }
    std::string folded;
    append_folded(row[key], folded);
    if (folded.empty() || words.empty()) {
      *error = "contractions.tsv: empty contraction or expansion";
      return false;
    }
    expansions_.emplace_back(std::move(folded), std::move(words));
  }
  compact_stable_sort(expansions_, [](const auto& a, const auto& b) { return a.first < b.first; });
  ListFile non_specific;
  if (!data.read_list("non_specific_words.txt", &non_specific, error)) return false;
  non_specific_.clear();
  for (const std::string& entry : non_specific.entries) {
    std::string folded;
    append_folded(entry, folded);
    non_specific_.push_back(std::move(folded));
  }
  compact_stable_sort(non_specific_, std::less<>());
  return true;
}

void Normalizer::append_word(std::string_view folded, NormalWord word, NormalText* out) const {
  const bool first_in_sentence = word.sentence_initial;
  const bool capitalized = word.capitalized;
  auto emit = [&](std::string_view text, bool first_piece) {
    NormalWord w = word;
    w.text = text;
    w.hash = word_hash(text);
    w.sentence_initial = first_in_sentence && first_piece;
    w.capitalized = capitalized && first_piece && text != "i";
    w.non_specific = w.capitalized && std::binary_search(non_specific_.begin(), non_specific_.end(),
                                                         text, std::less<>());
    out->words.push_back(w);
  };
  if (folded.find('\'') == std::string_view::npos || word.placeholder) {
    emit(folded, true);
    return;
  }
  const auto it = std::lower_bound(
      expansions_.begin(), expansions_.end(), folded,
      [](const auto& entry, std::string_view key) { return std::string_view(entry.first) < key; });
  if (it != expansions_.end() && it->first == folded) {
    for (std::size_t i = 0; i < it->second.size(); ++i) emit(it->second[i], i == 0);
    return;
  }
  if (folded.size() > 3 && ends_with(folded, "n't")) {
    emit(folded.substr(0, folded.size() - 3), true);
    emit("not", false);
  } else if (folded.size() > 2 && ends_with(folded, "'s")) {
    emit(folded.substr(0, folded.size() - 2), true);  // a possessive: Amy's -> amy
  } else if (folded.size() > 1 && folded.back() == '\'') {
    emit(folded.substr(0, folded.size() - 1), true);
  } else {
    emit(folded, true);
  }
}

void Normalizer::normalize(const Document& doc, std::string_view recipient, NormalText* out) const {
  out->clear();
  // Folding never lengthens a word, so reserving the note's size keeps every
  // view into storage valid while it fills.
  out->storage.reserve(doc.text.size() + 1);
  const std::size_t reserved = out->storage.capacity();
  out->sentence_first.reserve(doc.sentences.size() + 1);
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    out->sentence_first.push_back(static_cast<std::uint32_t>(out->words.size()));
    bool first = true;
    for (std::size_t t = sentence.first_token; t < sentence.end_token; ++t) {
      const Token& token = doc.tokens[t];
      if (!is_word_like(token.kind)) continue;
      NormalWord word{};
      word.begin = token.begin;
      word.end = token.end;
      word.token = static_cast<std::uint32_t>(t);
      word.sentence = s;
      word.number = token.kind == TokenKind::kNumber;
      word.placeholder = token.kind == TokenKind::kPlaceholder;
      word.capitalized = token.kind == TokenKind::kWord && token.capitalized;
      word.sentence_initial = first;
      first = false;
      const std::size_t start = out->storage.size();
      if (start + token.text.size() > reserved) continue;  // cannot happen; keeps views valid
      append_folded(token.text, out->storage);
      append_word(std::string_view(out->storage).substr(start), word, out);
    }
  }
  out->sentence_first.push_back(static_cast<std::uint32_t>(out->words.size()));
  if (!recipient.empty()) {
    thread_local NameParts parts;
    parts.assign(recipient);
    for (NormalWord& w : out->words)
      if (!w.placeholder && parts.contains(w.text)) w.masked = true;
  }
}

void Normalizer::normalize_words(std::string_view text, std::vector<std::string>* out) const {
  out->clear();
  // Most pattern words are plain lower-case ASCII ("connect"): one word
  // token that folds to itself, with no apostrophe to expand. Taking it as
  // is spares a full analysis per word, most of compiling the phrase lists
  // at start-up (tests/core/phrases_test.cpp holds the two paths equal).
  if (!text.empty() && text.size() <= 64 &&
      std::all_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    out->emplace_back(text);
    return;
  }
  const Document doc = analyze(text);
  NormalText normal;
  normalize(doc, {}, &normal);
  for (const NormalWord& w : normal.words) out->emplace_back(w.text);
}

bool is_name_part(std::string_view name, std::string_view folded) {
  thread_local NameParts parts;
  parts.assign(name);
  return parts.contains(folded);
}

void NameParts::assign(std::string_view name) {
  size_ = 0;
  auto add = [&](std::string_view raw) {
    if (raw.empty()) return;
    if (size_ == parts_.size()) parts_.emplace_back();
    std::string& part = parts_[size_++];
    part.clear();
    append_folded(raw, part);
    if (part.size() > 2 && ends_with(part, "'s")) part.resize(part.size() - 2);
  };
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t end = name.find_first_of(" \t,", start);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = name.substr(start, end - start);
    add(word);
    if (word.find('-') != std::string_view::npos) {
      std::size_t piece_start = 0;
      while (piece_start <= word.size()) {
        std::size_t dash = word.find('-', piece_start);
        if (dash == std::string_view::npos) dash = word.size();
        add(word.substr(piece_start, dash - piece_start));
        piece_start = dash + 1;
      }
    }
    start = end + 1;
  }
}

bool NameParts::contains(std::string_view folded) const {
  if (folded.empty()) return false;
  for (std::size_t i = 0; i < size_; ++i)
    if (parts_[i] == folded) return true;
  return false;
}

// --- PhraseList -------------------------------------------------------------

bool PhraseList::compile_pattern(std::string_view source, const Normalizer& normalizer,
                                 Pattern* out, std::string* why) const {
  *out = Pattern{};
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start < source.size()) {
    std::size_t end = source.find(' ', start);
    if (end == std::string_view::npos) end = source.size();
    if (end > start) parts.push_back(source.substr(start, end - start));
    start = end + 1;
  }
  if (!parts.empty() && parts.front() == "^") {
    out->at_start = true;
    parts.erase(parts.begin());
  }
  if (!parts.empty() && parts.back() == "$") {
    out->at_end = true;
    parts.pop_back();
  }
  std::vector<std::string> words;
  bool seen_plus = false;
  for (std::string_view part : parts) {
    if (part == "+") {
      if (seen_plus || out->slots.empty()) {
        *why = "'+' needs words before it, once";
        return false;
      }
      seen_plus = true;
      out->span_slots = out->slots.size();
      continue;
    }
    Slot slot;
    if (part.size() >= 2 && part.front() == '[' && part.back() == ']') {
      slot.optional = true;
      part = part.substr(1, part.size() - 2);
    }
    std::vector<std::string_view> alternatives;
    std::size_t a = 0;
    while (a <= part.size()) {
      std::size_t bar = part.find('|', a);
      if (bar == std::string_view::npos) bar = part.size();
      alternatives.push_back(part.substr(a, bar - a));
      a = bar + 1;
    }
    bool expanded = false;
    for (std::string_view alternative : alternatives) {
      if (alternative.empty()) {
        *why = "empty alternative";
        return false;
      }
      if (alternative == "<num>") {
        slot.alternatives.push_back({Alternative::kNumber, ""});
      } else if (alternative == "<cap>") {
        slot.alternatives.push_back({Alternative::kCapitalized, ""});
      } else if (alternative.front() == '<' || alternative == "^" || alternative == "$" ||
                 alternative == "+") {
        *why = "unknown marker " + std::string(alternative);
        return false;
      } else if (alternative.back() == '*') {
        normalizer.normalize_words(alternative.substr(0, alternative.size() - 1), &words);
        if (words.size() != 1) {
          *why = "a prefix must be one word";
          return false;
        }
        slot.alternatives.push_back({Alternative::kPrefix, words[0]});
      } else {
        normalizer.normalize_words(alternative, &words);
        if (words.empty()) {
          *why = "'" + std::string(alternative) + "' has no words";
          return false;
        }
        if (words.size() > 1) {
          // A contraction ("I'd") or a hyphen-less compound: one slot per word.
          if (alternatives.size() > 1 || slot.optional) {
            *why =
                "'" + std::string(alternative) + "' is several words; write them as separate slots";
            return false;
          }
          for (std::string& w : words) {
            Slot single;
            single.alternatives.push_back({Alternative::kWord, std::move(w)});
            out->slots.push_back(std::move(single));
          }
          expanded = true;
          continue;
        }
        slot.alternatives.push_back({Alternative::kWord, words[0]});
      }
    }
    if (!expanded) out->slots.push_back(std::move(slot));
  }
  if (out->slots.empty()) {
    *why = "no words";
    return false;
  }
  if (!seen_plus) out->span_slots = out->slots.size();
  if (out->span_slots == out->slots.size() && seen_plus) {
    *why = "'+' needs words after it";
    return false;
  }
  if (out->slots.front().optional || out->slots.back().optional) {
    *why = "the first and last words cannot be optional";
    return false;
  }
  int required = 0;
  for (const Slot& slot : out->slots)
    if (!slot.optional) ++required;
  out->edits = required >= 7 ? 2 : required >= 4 ? 1 : 0;
  out->max_words = static_cast<std::uint32_t>(out->slots.size() + out->edits);
  return true;
}

bool PhraseList::compile(const ListFile& list, const Normalizer& normalizer, std::string* error) {
  rule_ = list.rule;
  patterns_.clear();
  sources_.clear();
  for (const std::string& entry : list.entries) {
    Pattern pattern;
    std::string why;
    if (!compile_pattern(entry, normalizer, &pattern, &why)) {
      *error = list.name + ": bad pattern '" + entry + "': " + why;
      return false;
    }
    patterns_.push_back(std::move(pattern));
    sources_.push_back(entry);
  }
  index_patterns();
  return true;
}

bool PhraseList::load(const DataDir& data, std::string_view file, const Normalizer& normalizer,
                      std::string* error) {
  ListFile list;
  return data.read_list(file, &list, error) && compile(list, normalizer, error);
}

// Files pattern `pattern` at the end of `list`, once.
static void file_pattern(std::vector<std::uint32_t>& list, std::uint32_t pattern) {
  if (list.empty() || list.back() != pattern) list.push_back(pattern);
}

PhraseList::FiledPatterns& PhraseList::filed_under(std::string_view word) {
  const std::uint32_t id = pattern_words_.insert(word);
  if (id == filed_.size()) filed_.emplace_back();
  return filed_[id];
}

void PhraseList::index_patterns() {
  pattern_words_.clear();
  filed_.clear();
  anywhere_.clear();
  last_literal_.assign(patterns_.size(), false);
  last_word_reach_.assign(patterns_.size(), 0);
  for (std::uint32_t i = 0; i < patterns_.size(); ++i) {
    const Slot& last = patterns_[i].slots.back();
    bool literal = true;
    for (const Alternative& a : last.alternatives)
      if (a.kind != Alternative::kWord) literal = false;
    last_literal_[i] = literal;
    if (literal && patterns_[i].slots.size() > 1) last_word_reach_[i] = patterns_[i].max_words;
    if (!literal) continue;
    for (const Alternative& a : last.alternatives) file_pattern(filed_under(a.text).ending, i);
  }
  for (std::uint32_t i = 0; i < patterns_.size(); ++i) {
    bool literal = true;
    for (const Alternative& a : patterns_[i].slots.front().alternatives)
      if (a.kind != Alternative::kWord) literal = false;
    if (!literal) {
      anywhere_.push_back(i);
      continue;
    }
    for (const Alternative& a : patterns_[i].slots.front().alternatives)
      file_pattern(filed_under(a.text).starting, i);
  }
  anywhere_by_byte_.clear();
  for (int flagged = 0; flagged < 2; ++flagged) {
    std::array<std::uint32_t, 257>& from = anywhere_from_[flagged];
    for (int b = 0; b < 256; ++b) {
      from[b] = static_cast<std::uint32_t>(anywhere_by_byte_.size());
      for (std::uint32_t i : anywhere_)
        if (may_start(patterns_[i].slots.front(), static_cast<unsigned char>(b), flagged != 0))
          anywhere_by_byte_.push_back(i);
    }
    from[256] = static_cast<std::uint32_t>(anywhere_by_byte_.size());
  }
}

bool PhraseList::may_start(const Slot& slot, unsigned char byte, bool flagged) {
  for (const Alternative& a : slot.alternatives) {
    // <num> and <cap> go by the word's flags, not its letters.
    if (a.kind == Alternative::kNumber || a.kind == Alternative::kCapitalized) {
      if (flagged) return true;
    } else if (a.text.empty() || static_cast<unsigned char>(a.text[0]) == byte) {
      return true;
    }
  }
  return false;
}

bool PhraseList::slot_matches(const Slot& slot, const NormalWord& word) {
  for (const Alternative& a : slot.alternatives) {
    switch (a.kind) {
      case Alternative::kWord:
        if (!word.placeholder && word.text == a.text) return true;
        break;
      case Alternative::kPrefix:
        if (!word.placeholder && word.text.size() >= a.text.size() &&
            word.text.compare(0, a.text.size(), a.text) == 0)
          return true;
        break;
      case Alternative::kNumber:
        if (word.number) return true;
        break;
      case Alternative::kCapitalized:
        if (word.capitalized && !word.masked && !word.non_specific && !word.placeholder)
          return true;
        break;
    }
  }
  return false;
}

bool PhraseList::match_from(const Pattern& p, const NormalText& text, std::size_t slot,
                            std::uint32_t word, std::uint32_t sentence_end, int edits,
                            std::uint32_t* end, std::uint32_t* span_end) const {
  // Every path to a match passes the "+" slot; the frame deepest on the
  // successful path leaves its own span end behind (a failed extra-word
  // reading below may have overwritten it, so it is set again before each
  // attempt that moves past the "+").
  const bool at_plus = slot == p.span_slots;
  if (at_plus) *span_end = word;
  if (slot == p.slots.size()) {
    if (p.at_end && word != sentence_end) return false;
    *end = word;
    return true;
  }
  const Slot& s = p.slots[slot];
  const bool last = slot + 1 == p.slots.size();
  if (word < sentence_end && slot_matches(s, text.words[word]) &&
      match_from(p, text, slot + 1, word + 1, sentence_end, edits, end, span_end))
    return true;
  if (s.optional && match_from(p, text, slot + 1, word, sentence_end, edits, end, span_end))
    return true;
  if (edits > 0) {
    // An extra word in the note before this slot.
    if (word < sentence_end &&
        match_from(p, text, slot, word + 1, sentence_end, edits - 1, end, span_end))
      return true;
    if (!last) {
      if (at_plus) *span_end = word;
      // A different inner word, or a missing one.
      if (word < sentence_end &&
          match_from(p, text, slot + 1, word + 1, sentence_end, edits - 1, end, span_end))
        return true;
      if (match_from(p, text, slot + 1, word, sentence_end, edits - 1, end, span_end)) return true;
    }
  }
  return false;
}

std::uint32_t PhraseList::match_at(std::uint32_t index, const NormalText& text, std::uint32_t first,
                                   std::uint32_t sentence_end, std::uint32_t next_last,
                                   bool first_matches) const {
  const Pattern& p = patterns_[index];
  // The last word always matches exactly: without it within reach, no
  // amount of tolerance helps (and most candidates end here, so the
  // cheapest test comes first).
  const std::uint32_t reach = std::min<std::uint32_t>(sentence_end, first + p.max_words);
  const bool several_slots = p.slots.size() > 1;
  if (several_slots && last_literal_[index] && next_last >= reach) return 0;
  if (p.at_start && first != text.sentence_first[text.words[first].sentence]) return 0;
  if (!first_matches && !slot_matches(p.slots.front(), text.words[first])) return 0;
  if (several_slots && !last_literal_[index]) {
    bool last_in_reach = false;
    for (std::uint32_t w = first + 1; w < reach && !last_in_reach; ++w)
      last_in_reach = slot_matches(p.slots.back(), text.words[w]);
    if (!last_in_reach) return 0;
  }
  std::uint32_t end = 0, span_end = 0;
  return match_from(p, text, 1, first + 1, sentence_end, p.edits, &end, &span_end) ? span_end : 0;
}

template <typename OnMatch>
void PhraseList::scan(const NormalText& text, OnMatch on_match) const {
  // Walks the note backwards so that, at each word, next_last[p] already
  // holds the nearest later word that pattern p's last slot matches.
  constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  thread_local std::vector<std::uint32_t> next_last;
  next_last.assign(patterns_.size(), kNone);
  for (std::uint32_t i = static_cast<std::uint32_t>(text.words.size()); i-- > 0;) {
    const NormalWord& word = text.words[i];
    const std::uint32_t sentence_end = text.sentence_first[word.sentence + 1];
    auto try_pattern = [&](std::uint32_t index, bool first_matches) {
      // match_at's first test, here without the call: most candidates fail
      // it (their last word is not within reach).
      const std::uint32_t reach_needed = last_word_reach_[index];
      if (reach_needed != 0 &&
          next_last[index] >= std::min<std::uint32_t>(sentence_end, i + reach_needed))
        return true;
      const std::uint32_t end =
          match_at(index, text, i, sentence_end, next_last[index], first_matches);
      return end > i ? on_match(PhraseMatch{index, i, end - 1}) : true;
    };
    const std::uint32_t id = pattern_words_.find(word.text, word.hash);
    const FiledPatterns* filed = id == WordBuckets::kNone ? nullptr : &filed_[id];
    // A literal first slot matches the word it is filed under, unless the
    // word is a merge field (which no literal slot takes).
    if (filed != nullptr && !word.placeholder)
      for (std::uint32_t index : filed->starting)
        if (!try_pattern(index, true)) return;
    if (word.text.empty()) {
      for (std::uint32_t index : anywhere_)
        if (!try_pattern(index, false)) return;
    } else {
      const auto byte = static_cast<unsigned char>(word.text[0]);
      const auto& from = anywhere_from_[word.capitalized || word.number ? 1 : 0];
      for (std::uint32_t k = from[byte]; k < from[byte + 1]; ++k)
        if (!try_pattern(anywhere_by_byte_[k], false)) return;
    }
    if (word.placeholder || filed == nullptr) continue;
    for (std::uint32_t index : filed->ending) next_last[index] = i;
  }
}

void PhraseList::find_all(const NormalText& text, std::vector<PhraseMatch>* out) const {
  const std::size_t begin_size = out->size();
  scan(text, [&](const PhraseMatch& m) {
    out->push_back(m);
    return true;
  });
  // Keep the longest match at each start, then drop matches that overlap an
  // earlier one.
  auto first = out->begin() + static_cast<std::ptrdiff_t>(begin_size);
  std::sort(first, out->end(), [](const PhraseMatch& a, const PhraseMatch& b) {
    return a.first_word != b.first_word ? a.first_word < b.first_word : a.last_word > b.last_word;
  });
  auto kept = first;
  for (auto it = first; it != out->end(); ++it) {
    if (kept != first && it->first_word <= (kept - 1)->last_word) continue;
    *kept++ = *it;
  }
  out->erase(kept, out->end());
}

bool PhraseList::contains(const NormalText& text) const {
  bool found = false;
  scan(text, [&](const PhraseMatch&) {
    found = true;
    return false;
  });
  return found;
}

}  // namespace handshake
