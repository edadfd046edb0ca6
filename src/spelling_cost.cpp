#include "spelling_cost.h"

#include <algorithm>
#include <limits>

#include "code_points.h"

namespace handshake::spelling {
namespace {

std::uint64_t pair_key(char32_t a, char32_t b) { return (static_cast<std::uint64_t>(a) << 32) | b; }

void add_pair(std::unordered_set<std::uint64_t>& set, char32_t a, char32_t b) {
  set.insert(pair_key(a, b));
  set.insert(pair_key(b, a));
}

// Hunspell's default KEY, used when the .aff names none.
const char32_t* const kDefaultKeyboard[] = {U"qwertyuiop", U"asdfghjkl", U"zxcvbnm"};

// Consonants English spelling confuses because they can sound alike.
const char32_t* const kSoundAlike[] = {U"cs", U"ck", U"sz", U"cq", U"kq", U"gj",
                                       U"fv", U"dt", U"mn", U"bp", U"xz"};

// Groups items 0..count-1 by key_of(i) < buckets, keeping their order within
// a group (a counting sort): group b's values are out[begin[b], begin[b + 1]).
template <typename Offset, typename Value, typename KeyOf, typename ValueOf>
void group_by_key(std::size_t count, std::size_t buckets, KeyOf key_of, ValueOf value_of,
                  std::vector<Offset>& begin, std::vector<Value>& out) {
  begin.assign(buckets + 1, 0);
  for (std::size_t i = 0; i < count; ++i) ++begin[key_of(i) + 1];
  for (std::size_t b = 1; b <= buckets; ++b) begin[b] += begin[b - 1];
  out.resize(begin[buckets]);
  for (std::size_t i = 0; i < count; ++i) out[begin[key_of(i)]++] = value_of(i);
  // Placing moved each group's begin to the next group's: shift them back.
  for (std::size_t b = buckets; b > 0; --b) begin[b] = begin[b - 1];
  begin[0] = 0;
}

}  // namespace

SpellingCost::SpellingCost(const AffixRules& rules, CostWeights weights) : weights_(weights) {
  for (const Replacement& rep : rules.replacements) {
    if (rep.from.empty() || rep.to.find(U' ') != std::u32string::npos) continue;
    replacements_.push_back({to_lower(rep.from), to_lower(rep.to), rep.at_start, rep.at_end});
    longest_step_ = std::max(longest_step_, rep.from.size());
  }
  std::vector<std::u32string> rows;
  for (const std::u32string& row : rules.keyboard_rows) rows.push_back(to_lower(row));
  const bool default_keyboard = rows.empty();
  if (default_keyboard)
    for (const char32_t* row : kDefaultKeyboard) rows.emplace_back(row);
  for (const std::u32string& row : rows)
    for (std::size_t i = 0; i + 1 < row.size(); ++i) add_pair(keyboard_pairs_, row[i], row[i + 1]);
  if (default_keyboard) {
    // On a staggered keyboard key k of one row touches keys k-1 and k below it.
    for (std::size_t r = 0; r + 1 < rows.size(); ++r)
      for (std::size_t k = 0; k < rows[r].size(); ++k)
        for (std::size_t below : {k, k - 1})
          if (below < rows[r + 1].size()) add_pair(keyboard_pairs_, rows[r][k], rows[r + 1][below]);
  }
  for (const auto& group : rules.related)
    for (const std::u32string& a : group)
      for (const std::u32string& b : group)
        if (a.size() == 1 && b.size() == 1 && a != b)
          add_pair(related_pairs_, to_lower(a[0]), to_lower(b[0]));
  for (const char32_t* pair : kSoundAlike) add_pair(sound_pairs_, pair[0], pair[1]);

  // The ASCII pairs' costs as pair_substitution() gives them, built from the
  // few pairs in the sets rather than by 16,384 lookups in each (this runs
  // while the first suggestion waits).
  std::vector<double> ascii(128 * 128);
  for (char32_t typed = 0; typed < 128; ++typed) {
    for (char32_t word = 0; word < 128; ++word) {
      double cost = typed == word ? 0 : weights_.edit;
      if (typed != word && is_vowel(typed) && is_vowel(word))
        cost = std::min(cost, weights_.vowel_swap);
      ascii[typed << 7 | word] = cost;
    }
  }
  auto each_ascii_pair = [&](const std::unordered_set<std::uint64_t>& pairs, auto apply) {
    for (std::uint64_t key : pairs) {
      const std::uint64_t typed = key >> 32, word = key & 0xFFFFFFFFu;
      if (typed < 128 && word < 128 && typed != word) apply(ascii[typed << 7 | word]);
    }
  };
  each_ascii_pair(keyboard_pairs_, [&](double& cost) { cost = std::min(cost, weights_.keyboard); });
  each_ascii_pair(sound_pairs_, [&](double& cost) { cost = std::min(cost, weights_.sound); });
  each_ascii_pair(related_pairs_, [&](double& cost) { cost = weights_.related; });
  ascii_substitution_.resize(ascii.size());
  for (std::size_t pair = 0; pair < ascii.size(); ++pair) {
    auto known = std::find(substitution_costs_.begin(), substitution_costs_.end(), ascii[pair]);
    if (known == substitution_costs_.end())
      known = substitution_costs_.insert(substitution_costs_.end(), ascii[pair]);
    ascii_substitution_[pair] = static_cast<std::uint16_t>(known - substitution_costs_.begin());
  }
}

bool SpellingCost::is_vowel(char32_t c) {
  switch (c) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
      return true;
    default:
      return false;
  }
}

double SpellingCost::pair_substitution(char32_t typed, char32_t word) const {
  if (typed == word) return 0;
  const std::uint64_t key = pair_key(typed, word);
  if (related_pairs_.count(key) != 0) return weights_.related;
  double cost = weights_.edit;
  if (is_vowel(typed) && is_vowel(word)) cost = std::min(cost, weights_.vowel_swap);
  if (keyboard_pairs_.count(key) != 0) cost = std::min(cost, weights_.keyboard);
  if (sound_pairs_.count(key) != 0) cost = std::min(cost, weights_.sound);
  return cost;
}

double SpellingCost::unmatched(std::u32string_view text, std::size_t i) const {
  const char32_t c = text[i - 1];
  double cost = weights_.edit;
  if ((i >= 2 && text[i - 2] == c) || (i < text.size() && text[i] == c))
    cost = weights_.doubled;
  else if (is_vowel(c))
    cost = weights_.vowel_gap;
  return i == 1 ? cost + weights_.first_letter : cost;
}

SpellingCost::Typed SpellingCost::prepare(std::u32string_view lower_typed) const {
  Typed prepared;
  prepared.text.assign(lower_typed);
  const std::size_t n = lower_typed.size();
  prepared.extra.resize(n + 1);
  for (std::size_t i = 1; i <= n; ++i) prepared.extra[i] = unmatched(lower_typed, i);
  prepared.ascii_substitutions.resize(n * 128);
  for (std::size_t i = 1; i <= n; ++i) {
    const char32_t t = lower_typed[i - 1];
    if (t >= 128) continue;
    double* costs = prepared.ascii_substitutions.data() + (i - 1) * 128;
    for (char32_t c = 0; c < 128; ++c) {
      costs[c] = substitution(t, c);
      if (i == 1 && costs[c] > 0) costs[c] += weights_.first_letter;
    }
  }
  prepared.replacements_ending_at.resize(n + 1);
  for (std::size_t r = 0; r < replacements_.size() && r < 0xFFFF; ++r) {
    const Rep& rep = replacements_[r];
    const std::size_t a = rep.from.size();
    const std::size_t position = prepared.replacements.size();
    for (std::size_t i = a; i <= n; ++i) {
      if (rep.at_start && i != a) break;
      if (rep.at_end && i != n) continue;
      if (lower_typed.substr(i - a, a) == rep.from) {
        if (prepared.replacements.size() == position)
          prepared.replacements.push_back(static_cast<std::uint16_t>(r));
        prepared.replacements_ending_at[i].push_back(static_cast<std::uint16_t>(position));
        prepared.reach = std::max(prepared.reach, a);
      }
    }
  }
  // The matching entries by their `to`'s last letter, those whose `to` is
  // empty (they end anywhere) in a bucket of their own.
  group_by_key(
      prepared.replacements.size(), kEndingAnywhere + 1,
      [&](std::size_t k) {
        const std::u32string& to = replacements_[prepared.replacements[k]].to;
        return to.empty() ? kEndingAnywhere : static_cast<std::size_t>(to.back() & 127);
      },
      [](std::size_t k) { return static_cast<std::uint16_t>(k); }, prepared.ending_with_begin,
      prepared.ending_with);
  return prepared;
}

double SpellingCost::distance(const Typed& prepared, std::u32string_view word, double bound) const {
  return bounded_distance(prepared, word, bound, longest_step_);
}

bool SpellingCost::within(const Typed& prepared, std::u32string_view word, double bound,
                          double* cost) const {
  // Every path crosses any `reach` rows in a row, at no negative cost.
  *cost = bounded_distance(prepared, word, bound, prepared.reach);
  return *cost <= bound;
}

double SpellingCost::bounded_distance(const Typed& prepared, std::u32string_view word, double bound,
                                      std::size_t rows_to_stop) const {
  const std::u32string_view typed = prepared.text;
  const std::size_t n = typed.size(), m = word.size();
  const std::size_t width = m + 1;
  // Every cell is written before it is read (row 0 and column 0 first, then
  // row by row), so the table only grows and is never cleared.
  std::vector<double>& d = scratch_;
  if (d.size() < (n + 1) * width) d.resize((n + 1) * width);
  auto at = [&](std::size_t i, std::size_t j) -> double& { return d[i * width + j]; };
  const double* const extra = prepared.extra.data();  // typed letter i with no counterpart
  if (missing_.size() < width) {
    missing_.resize(width);
    replaced_.resize(width);
  }
  double* const missing = missing_.data();  // word letter j the typed word lacks
  for (std::size_t j = 1; j <= m; ++j) missing[j] = unmatched(word, j);

  // Where in the word each of the typed word's REP entries can end: the
  // columns j whose last letters are the entry's `to` (where an entry tied
  // to the start or end of the word allows it).
  // Found letter by letter, through the entries that end on each letter,
  // then grouped by entry (a counting sort keeps each entry's columns in
  // order).
  auto& found = replacement_ends_found_;
  found.clear();
  if (!prepared.replacements.empty()) {
    const std::uint16_t* const begin = prepared.ending_with_begin.data();
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t c = word[j - 1] & 127;
      for (std::size_t e = begin[c]; e < begin[c + 1]; ++e) {
        const std::uint16_t k = prepared.ending_with[e];
        const Rep& rep = replacements_[prepared.replacements[k]];
        const std::size_t b = rep.to.size();
        if (j < b || (rep.at_start && j != b) || (rep.at_end && j != m)) continue;
        if (word.substr(j - b, b) == rep.to) found.emplace_back(k, static_cast<std::uint32_t>(j));
      }
    }
    for (std::size_t e = begin[kEndingAnywhere]; e < begin[kEndingAnywhere + 1]; ++e) {
      const std::uint16_t k = prepared.ending_with[e];
      const Rep& rep = replacements_[prepared.replacements[k]];
      if (rep.at_start) continue;  // an empty `to` at the start ends at column 0
      for (std::size_t j = rep.at_end ? std::max<std::size_t>(m, 1) : 1; j <= m; ++j)
        found.emplace_back(k, static_cast<std::uint32_t>(j));
    }
  }
  group_by_key(
      found.size(), prepared.replacements.size(), [&](std::size_t f) { return found[f].first; },
      [&](std::size_t f) { return found[f].second; }, replacement_ends_begin_, replacement_ends_);
  double* const replaced = replaced_.data();  // [j]: row i's best through a REP entry

  at(0, 0) = 0.0;
  for (std::size_t j = 1; j <= m; ++j) at(0, j) = at(0, j - 1) + missing[j];
  std::size_t rows_over_bound = 0;
  for (std::size_t i = 1; i <= n; ++i) {
    at(i, 0) = at(i - 1, 0) + extra[i];
    double row_min = at(i, 0);
    const char32_t t = typed[i - 1];
    const char32_t before = i >= 2 ? typed[i - 2] : 0;
    const bool swaps = i >= 2 && t != before;  // "thier": t and `before` trade places
    const bool first_row = i == 1;
    // A REP entry ending at typed letter i reaches back to rows done already.
    bool any_replaced = false;
    for (std::uint16_t k : prepared.replacements_ending_at[i]) {
      const Rep& rep = replacements_[prepared.replacements[k]];
      const std::size_t a = rep.from.size(), b = rep.to.size();
      for (std::uint32_t e = replacement_ends_begin_[k]; e < replacement_ends_begin_[k + 1]; ++e) {
        const std::size_t j = replacement_ends_[e];
        if (!any_replaced) {
          std::fill(replaced + 1, replaced + width, std::numeric_limits<double>::infinity());
          any_replaced = true;
        }
        replaced[j] = std::min(replaced[j], at(i - a, j - b) + weights_.replacement);
      }
    }
    const double* const ascii_costs =
        t < 128 ? prepared.ascii_substitutions.data() + (i - 1) * 128 : nullptr;
    auto fill = [&](std::size_t j, double sub) {
      double best = at(i - 1, j - 1) + sub;
      best = std::min(best, at(i - 1, j) + extra[i]);
      best = std::min(best, at(i, j - 1) + missing[j]);
      if (swaps && j >= 2 && word[j - 1] == before && word[j - 2] == t)
        best = std::min(best, at(i - 2, j - 2) + weights_.transposition);
      if (any_replaced) best = std::min(best, replaced[j]);
      at(i, j) = best;
      row_min = std::min(row_min, best);
    };
    // An edit of either word's first letter costs more: row 1's ASCII costs
    // hold it already, the first column adds it here.
    auto substitution_at = [&](std::size_t j) {
      const char32_t w = word[j - 1];
      if (ascii_costs != nullptr && w < 128) return ascii_costs[w];
      double sub = substitution(t, w);
      if (first_row && sub > 0) sub += weights_.first_letter;
      return sub;
    };
    if (m >= 1) {
      double sub = substitution_at(1);
      if (!first_row && sub > 0) sub += weights_.first_letter;
      fill(1, sub);
    }
    for (std::size_t j = 2; j <= m; ++j) fill(j, substitution_at(j));
    // A step reaches back up to rows_to_stop rows, so stop only when that
    // many rows in a row are all over the bound.
    rows_over_bound = row_min > bound ? rows_over_bound + 1 : 0;
    if (rows_over_bound >= rows_to_stop) return row_min;
  }
  return at(n, m);
}

}  // namespace handshake::spelling
