#include "spelling_cost.h"

#include <algorithm>

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

}  // namespace

SpellingCost::SpellingCost(const AffixRules& rules, CostWeights weights) : weights_(weights) {
  for (const Replacement& rep : rules.replacements) {
    if (rep.from.empty() || rep.to.find(U' ') != std::u32string::npos) continue;
    replacements_.push_back({to_lower(rep.from), to_lower(rep.to), rep.at_start, rep.at_end});
    longest_replacement_ = std::max(longest_replacement_, rep.from.size());
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
}

bool SpellingCost::is_vowel(char32_t c) const {
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

double SpellingCost::substitution(char32_t typed, char32_t word) const {
  if (typed == word) return 0;
  const std::uint64_t key = pair_key(typed, word);
  if (related_pairs_.count(key) != 0) return weights_.related;
  double cost = weights_.edit;
  if (is_vowel(typed) && is_vowel(word)) cost = std::min(cost, weights_.vowel_swap);
  if (keyboard_pairs_.count(key) != 0) cost = std::min(cost, weights_.keyboard);
  if (sound_pairs_.count(key) != 0) cost = std::min(cost, weights_.sound);
  return cost;
}

SpellingCost::Typed SpellingCost::prepare(std::u32string_view lower_typed) const {
  Typed prepared;
  prepared.text.assign(lower_typed);
  const std::size_t n = lower_typed.size();
  prepared.replacements_ending_at.resize(n + 1);
  for (std::size_t r = 0; r < replacements_.size() && r < 0xFFFF; ++r) {
    const Rep& rep = replacements_[r];
    const std::size_t a = rep.from.size();
    for (std::size_t i = a; i <= n; ++i) {
      if (rep.at_start && i != a) break;
      if (rep.at_end && i != n) continue;
      if (lower_typed.substr(i - a, a) == rep.from)
        prepared.replacements_ending_at[i].push_back(static_cast<std::uint16_t>(r));
    }
  }
  return prepared;
}

double SpellingCost::distance(const Typed& prepared, std::u32string_view word, double bound) const {
  const std::u32string_view typed = prepared.text;
  const std::size_t n = typed.size(), m = word.size();
  const std::size_t width = m + 1;
  std::vector<double>& d = scratch_;
  d.assign((n + 1) * width, 0.0);
  auto at = [&](std::size_t i, std::size_t j) -> double& { return d[i * width + j]; };

  // Cost of a typed letter with no counterpart (i is 1-based).
  auto extra = [&](std::size_t i) {
    const char32_t c = typed[i - 1];
    double cost = weights_.edit;
    if ((i >= 2 && typed[i - 2] == c) || (i < n && typed[i] == c))
      cost = weights_.doubled;
    else if (is_vowel(c))
      cost = weights_.vowel_gap;
    return i == 1 ? cost + weights_.first_letter : cost;
  };
  // Cost of a dictionary letter the typed word lacks (j is 1-based).
  auto missing = [&](std::size_t j) {
    const char32_t c = word[j - 1];
    double cost = weights_.edit;
    if ((j >= 2 && word[j - 2] == c) || (j < m && word[j] == c))
      cost = weights_.doubled;
    else if (is_vowel(c))
      cost = weights_.vowel_gap;
    return j == 1 ? cost + weights_.first_letter : cost;
  };

  for (std::size_t j = 1; j <= m; ++j) at(0, j) = at(0, j - 1) + missing(j);
  std::size_t rows_over_bound = 0;
  for (std::size_t i = 1; i <= n; ++i) {
    at(i, 0) = at(i - 1, 0) + extra(i);
    double row_min = at(i, 0);
    for (std::size_t j = 1; j <= m; ++j) {
      double sub = substitution(typed[i - 1], word[j - 1]);
      if (sub > 0 && (i == 1 || j == 1)) sub += weights_.first_letter;
      double best = at(i - 1, j - 1) + sub;
      best = std::min(best, at(i - 1, j) + extra(i));
      best = std::min(best, at(i, j - 1) + missing(j));
      if (i >= 2 && j >= 2 && typed[i - 1] == word[j - 2] && typed[i - 2] == word[j - 1] &&
          typed[i - 1] != typed[i - 2])
        best = std::min(best, at(i - 2, j - 2) + weights_.transposition);
      for (std::uint16_t r : prepared.replacements_ending_at[i]) {
        const Rep& rep = replacements_[r];
        const std::size_t a = rep.from.size(), b = rep.to.size();
        if (b > j || (rep.at_start && j != b) || (rep.at_end && j != m)) continue;
        if (word.substr(j - b, b) != rep.to) continue;
        best = std::min(best, at(i - a, j - b) + weights_.replacement);
      }
      at(i, j) = best;
      row_min = std::min(row_min, best);
    }
    // A REP entry reaches back up to longest_replacement_ rows, so stop only
    // when that many rows in a row are all over the bound.
    rows_over_bound = row_min > bound ? rows_over_bound + 1 : 0;
    if (rows_over_bound >= longest_replacement_) return row_min;
  }
  return at(n, m);
}

}  // namespace handshake::spelling
