// How common each dictionary word is, on a coarse log scale: the prior that
// lets "their" outrank "thief" for "thier". The table is made at build time
// from a word-count list (SUBTLEX-US) and the dictionary it will be used with,
// and stores only the common words' positions in that dictionary's sorted
// vocabulary, which keeps it a few kilobytes.
#ifndef HANDSHAKE_WORD_FREQUENCY_H_
#define HANDSHAKE_WORD_FREQUENCY_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "word_index.h"

namespace handshake::spelling {

class WordFrequency {
 public:
  static constexpr int kMaxLevel = 15;

  // The level of a corpus count: 0 for words never seen, up to kMaxLevel.
  static int level_of_count(std::uint64_t count);

  // Makes a table for `index` from (word, count) pairs (any case; counts of
  // words equal but for case add up), keeping the `max_words` most common
  // words the index holds.
  static std::string encode(const WordIndex& index,
                            const std::vector<std::pair<std::string, std::uint64_t>>& counts,
                            std::size_t max_words);

  // Reads a table made by `encode` for this index. On damaged bytes or a table
  // made for another vocabulary returns false and sets *error; every level is
  // then 0 and ranking falls back to spelling similarity alone.
  bool load(std::string_view bytes, const WordIndex& index, std::string* error);

  int level(std::uint32_t entry) const { return entry < levels_.size() ? levels_[entry] : 0; }
  std::size_t known_words() const { return known_; }

 private:
  std::vector<std::uint8_t> levels_;
  std::size_t known_ = 0;
};

}  // namespace handshake::spelling

#endif  // HANDSHAKE_WORD_FREQUENCY_H_
