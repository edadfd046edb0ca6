// Tolerant phrase matching for the coach's checks. A note is reduced to
// normalized words (lower case, straight apostrophes, contractions expanded,
// punctuation dropped) and matched against phrase patterns compiled once
// from the data files, so "I would like to add you to my network on LinkedIn"
// and "I’d like to add you to my professional network" hit the same entry.
//
// Pattern syntax, one pattern per list entry (dictionaries/README.md):
//   word        that word (after the same normalization as the note)
//   a|b|c       any one of these
//   [a|b]       optional (not first or last)
//   pre*        any word starting with "pre"
//   <num>       a number token: 30%, 2024, 10:30
//   <cap>       a capitalized word other than "I", the recipient's name and
//               the non-specific words (non_specific_words.txt: LinkedIn, Monday)
//   ^  $        (first / last) the match starts / ends its sentence
//   +           the words after it must follow but are not part of the span:
//               "i came across your profile + and|so" reports the opener only
// A pattern of 4-6 required words tolerates one small change (an extra
// word, a missing inner word, a swapped inner word), of 7 or more two. The
// first and last words always match exactly, so spans stay crisp.
#ifndef HANDSHAKE_PHRASES_H_
#define HANDSHAKE_PHRASES_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "data_files.h"
#include "document.h"
#include "word_buckets.h"

namespace handshake {

struct NormalWord {
  std::string_view text;  // normalized; views into NormalText::storage or the expansion table
  std::uint32_t hash;     // word_hash(text): every phrase list looks the word up by it
  std::uint32_t begin;    // byte span of the source token in the note
  std::uint32_t end;
  std::uint32_t token;     // index into Document::tokens
  std::uint32_t sentence;  // index into Document::sentences
  bool number = false;
  bool capitalized = false;       // the source token starts with an upper-case letter
  bool sentence_initial = false;  // the first word of its sentence
  bool placeholder = false;       // an unfilled merge field: {first_name}, [Name] is not one
  bool masked = false;            // a part of the recipient's name; <cap> does not match it
  bool non_specific = false;      // LinkedIn, Monday, Sir: capitalized but says nothing
};

struct NormalText {
  std::vector<NormalWord> words;
  std::string storage;
  // The words of sentence s are words[sentence_first[s] .. sentence_first[s + 1]).
  std::vector<std::uint32_t> sentence_first;

  void clear() {
    words.clear();
    storage.clear();
    sentence_first.clear();
  }
};

// Contractions and their expansions (contractions.tsv), and the capitalized
// words that are not specific to anyone (non_specific_words.txt).
class Normalizer {
 public:
  bool load(const DataDir& data, std::string* error);

  // Rebuilds `out` from the note's tokens, marking the recipient's name
  // parts as masked; reuses its buffers.
  void normalize(const Document& doc, std::string_view recipient, NormalText* out) const;

  // Splits one pattern or name into normalized words ("I'd" -> "i", "would").
  void normalize_words(std::string_view text, std::vector<std::string>* out) const;

 private:
  void append_word(std::string_view folded, NormalWord word, NormalText* out) const;
  std::vector<std::pair<std::string, std::vector<std::string>>> expansions_;  // sorted by key
  std::vector<std::string> non_specific_;                                     // sorted
};

// True when the folded word is one of the name's parts: "Amy Chen-Li" has
// amy, chen-li, chen and li.
bool is_name_part(std::string_view name, std::string_view folded);

// A name's folded parts, computed once for many lookups.
class NameParts {
 public:
  void assign(std::string_view name);
  bool contains(std::string_view folded) const;
  bool empty() const { return parts_.empty(); }

 private:
  std::vector<std::string> parts_;
  std::size_t size_ = 0;  // parts_ keeps its strings between assigns
};

struct PhraseMatch {
  std::uint32_t pattern;     // index into PhraseList::patterns()
  std::uint32_t first_word;  // index into NormalText::words
  std::uint32_t last_word;   // inclusive
};

class PhraseList {
 public:
  PhraseList() = default;
  // The index holds views into the patterns: movable, never copied.
  PhraseList(PhraseList&&) = default;
  PhraseList& operator=(PhraseList&&) = default;
  PhraseList(const PhraseList&) = delete;
  PhraseList& operator=(const PhraseList&) = delete;

  // Compiles every entry of a list file. Fails on a malformed pattern,
  // naming the file and the entry.
  bool compile(const ListFile& list, const Normalizer& normalizer, std::string* error);
  bool load(const DataDir& data, std::string_view file, const Normalizer& normalizer,
            std::string* error);

  // Appends non-overlapping matches in text order (the longest at a start).
  void find_all(const NormalText& text, std::vector<PhraseMatch>* out) const;
  bool contains(const NormalText& text) const;

  const std::string& pattern_text(std::size_t index) const { return sources_[index]; }
  std::size_t size() const { return patterns_.size(); }
  const std::string& rule() const { return rule_; }

 private:
  struct Alternative {
    enum Kind : std::uint8_t { kWord, kPrefix, kNumber, kCapitalized } kind;
    std::string text;
  };
  struct Slot {
    std::vector<Alternative> alternatives;
    bool optional = false;
  };
  struct Pattern {
    std::vector<Slot> slots;
    std::uint32_t max_words = 0;  // the most words a match can cover
    std::size_t span_slots = 0;   // slots before a "+": the part reported
    bool at_start = false;        // ^
    bool at_end = false;          // $
    int edits = 0;                // small changes tolerated
  };

  bool compile_pattern(std::string_view source, const Normalizer& normalizer, Pattern* out,
                       std::string* why) const;
  // The end word (exclusive) of the reported span of a match of pattern
  // `index` starting at `first`, or 0. `next_last` is the nearest later word
  // its last slot matches (used when that slot is literal words);
  // `first_matches` says the first slot is known to match already.
  std::uint32_t match_at(std::uint32_t index, const NormalText& text, std::uint32_t first,
                         std::uint32_t sentence_end, std::uint32_t next_last,
                         bool first_matches) const;
  // Calls on_match(PhraseMatch) for every match, last start first, until it
  // returns false.
  template <typename OnMatch>
  void scan(const NormalText& text, OnMatch on_match) const;
  // On success *end is one past the match's last word and *span_end one
  // past the last word of the reported span.
  bool match_from(const Pattern& p, const NormalText& text, std::size_t slot, std::uint32_t word,
                  std::uint32_t sentence_end, int edits, std::uint32_t* end,
                  std::uint32_t* span_end) const;
  static bool slot_matches(const Slot& slot, const NormalWord& word);
  // Whether the slot can take a word whose text starts with `byte`, which
  // is capitalized or a number when `flagged`.
  static bool may_start(const Slot& slot, unsigned char byte, bool flagged);
  void index_patterns();

  std::string rule_;
  std::vector<Pattern> patterns_;
  std::vector<std::string> sources_;
  // The patterns filed under one word: those whose first slot it matches
  // (the literal ones) and those whose last slot, all literal words, lists
  // it. A scan looks up every word of the note once, by its precomputed hash.
  struct FiledPatterns {
    std::vector<std::uint32_t> starting;
    std::vector<std::uint32_t> ending;
  };
  FiledPatterns& filed_under(std::string_view word);

  WordBuckets pattern_words_;
  std::vector<FiledPatterns> filed_;  // by pattern_words_ id
  // Patterns whose first slot is a prefix, <num> or <cap>: tried everywhere.
  std::vector<std::uint32_t> anywhere_;
  // anywhere_ less the patterns whose first slot cannot take a word starting
  // with a given byte (its prefixes and words all start otherwise, its <cap>
  // and <num> need a word that is capitalized or a number), in the same
  // order: those for byte b are anywhere_by_byte_[anywhere_from_[f][b] ..
  // anywhere_from_[f][b + 1]), f = 1 for a capitalized word or a number. Most
  // words start no prefix pattern and are neither, so they try none of them.
  std::vector<std::uint32_t> anywhere_by_byte_;
  std::array<std::array<std::uint32_t, 257>, 2> anywhere_from_{};
  // Whether a pattern's last slot is literal words only (else the reach
  // check scans).
  std::vector<bool> last_literal_;
  // For a pattern of several slots whose last is literal words: its
  // max_words, the reach within which that last word must follow (else 0).
  std::vector<std::uint32_t> last_word_reach_;
};

}  // namespace handshake

#endif  // HANDSHAKE_PHRASES_H_
