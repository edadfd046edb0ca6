// How far a typed word is from a dictionary word, measured the way people
// misspell: a weighted Damerau-Levenshtein distance where doubling or
// undoubling a letter, confusing vowels, swapping neighbours, hitting a
// neighbouring key and the dictionary's own REP confusions ("ance" for "ence")
// cost less than an arbitrary edit, and edits to the first letter cost more.
#ifndef HANDSHAKE_SPELLING_COST_H_
#define HANDSHAKE_SPELLING_COST_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "affix_rules.h"

namespace handshake::spelling {

struct CostWeights {
  double edit = 1.0;           // any insertion, deletion or substitution
  double doubled = 0.55;       // a letter doubled or undoubled: "occured"
  double vowel_gap = 0.75;     // a vowel left out or added: "goverment"
  double vowel_swap = 0.8;     // one vowel for another: "seperate"
  double related = 0.3;        // MAP-related characters: "e" for "é"
  double keyboard = 1.0;       // a neighbouring key
  double sound = 0.8;          // a consonant that sounds alike: "c" for "s"
  double transposition = 0.6;  // two neighbours swapped: "thier"
  double replacement = 0.9;    // a REP entry
  double first_letter = 0.45;  // added to an edit of the first letter
};

// Not safe to share between threads (distance() reuses a scratch table).
class SpellingCost {
 public:
  SpellingCost(const AffixRules& rules, CostWeights weights = {});

  // A typed word prepared for many comparisons: which REP entries match where.
  struct Typed {
    std::u32string text;  // lower case
    std::vector<std::vector<std::uint16_t>>
        replacements_ending_at;  // [i]: REP ids whose `from` ends at i
  };
  Typed prepare(std::u32string_view lower_typed) const;

  // Distance between a prepared typed word and lower-case `word`; stops
  // early and returns a value above `bound` once the distance exceeds it.
  double distance(const Typed& typed, std::u32string_view word, double bound = 1e9) const;

  const CostWeights& weights() const { return weights_; }

 private:
  double substitution(char32_t typed, char32_t word) const;
  bool is_vowel(char32_t c) const;

  struct Rep {
    std::u32string from, to;
    bool at_start, at_end;
  };
  CostWeights weights_;
  std::vector<Rep> replacements_;
  std::size_t longest_replacement_ = 1;
  std::unordered_set<std::uint64_t> keyboard_pairs_;  // (a << 32 | b), both orders
  std::unordered_set<std::uint64_t> related_pairs_;
  std::unordered_set<std::uint64_t> sound_pairs_;
  mutable std::vector<double> scratch_;  // the distance table, reused (not thread-safe)
};

}  // namespace handshake::spelling

#endif  // HANDSHAKE_SPELLING_COST_H_
