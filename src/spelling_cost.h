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
#include <utility>
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
    std::u32string text;                      // lower case
    std::vector<std::uint16_t> replacements;  // the REP ids that match somewhere
    std::vector<std::vector<std::uint16_t>>
        replacements_ending_at;  // [i]: positions in `replacements` whose `from` ends at i
    std::vector<double> extra;   // [i]: cost of typed letter i (1-based) with no counterpart
    // [(i - 1) * 128 + c]: cost of typed letter i (when ASCII) for the ASCII
    // character c, the first letter's with its extra cost.
    std::vector<double> ascii_substitutions;
    // How many rows a step of the table can span: a transposition two, a REP
    // entry that matches the typed word as many as its `from` has letters.
    std::size_t reach = 2;
    // Positions in `replacements` by the last letter of their `to` (modulo
    // 128): [ending_with_begin[c], ending_with_begin[c + 1]) in ending_with;
    // bucket kEndingAnywhere holds those whose `to` is empty. A word's
    // letters then find the entries that can end on them, where trying each
    // entry at each letter cost a quarter of distance().
    std::vector<std::uint16_t> ending_with_begin;
    std::vector<std::uint16_t> ending_with;
  };
  static constexpr std::size_t kEndingAnywhere = 128;
  Typed prepare(std::u32string_view lower_typed) const;

  // Distance between a prepared typed word and lower-case `word`; stops
  // early and returns a value above `bound` once the distance exceeds it.
  double distance(const Typed& typed, std::u32string_view word, double bound = 1e9) const;
  // Whether the distance is at most `bound`, and then (in *cost) what it is.
  // Gives up sooner than distance() (whose value past the bound ranks
  // candidates): as soon as no path can come back under the bound.
  bool within(const Typed& typed, std::u32string_view word, double bound, double* cost) const;

  const CostWeights& weights() const { return weights_; }

 private:
  // The cost of typing `typed` for `word`: from ascii_substitution_ for two
  // ASCII characters, worked out from the pair sets for any other.
  double substitution(char32_t typed, char32_t word) const {
    if (typed < 128 && word < 128)
      return substitution_costs_[ascii_substitution_[typed << 7 | word]];
    return pair_substitution(typed, word);
  }
  double pair_substitution(char32_t typed, char32_t word) const;
  // What a letter of `text` (1-based `i`) costs with no counterpart: less
  // when doubled or a vowel, more when first.
  double unmatched(std::u32string_view text, std::size_t i) const;
  static bool is_vowel(char32_t c);
  // distance(), giving up once `rows_to_stop` rows in a row exceed `bound`.
  double bounded_distance(const Typed& typed, std::u32string_view word, double bound,
                          std::size_t rows_to_stop) const;

  struct Rep {
    std::u32string from, to;
    bool at_start, at_end;
  };
  CostWeights weights_;
  std::vector<Rep> replacements_;
  // How many rows a step of the table can span: a transposition two, a REP
  // entry as many as its `from` has letters.
  std::size_t longest_step_ = 2;
  std::unordered_set<std::uint64_t> keyboard_pairs_;  // (a << 32 | b), both orders
  std::unordered_set<std::uint64_t> related_pairs_;
  std::unordered_set<std::uint64_t> sound_pairs_;
  // distance() compares a hundred pairs of letters per candidate, nearly all
  // ASCII: their costs come from a table of 128 x 128 indices into the few
  // distinct costs, not from three hash lookups each.
  std::vector<std::uint16_t> ascii_substitution_;
  std::vector<double> substitution_costs_;
  // The distance table, the word's unmatched-letter costs, where each of the
  // typed word's REP entries can end in the word and the best a REP entry
  // gives each cell of a row: reused from call to call (not thread-safe).
  mutable std::vector<double> scratch_;
  mutable std::vector<double> missing_;
  mutable std::vector<std::uint32_t> replacement_ends_begin_;
  mutable std::vector<std::uint32_t> replacement_ends_;
  mutable std::vector<std::pair<std::uint16_t, std::uint32_t>> replacement_ends_found_;
  mutable std::vector<double> replaced_;
};

}  // namespace handshake::spelling

#endif  // HANDSHAKE_SPELLING_COST_H_
