// Word lists the checks look words up in, read from the project's list
// files (dictionaries/data/*.txt). Lookups take a folded word (fold_name)
// and allocate nothing.
#ifndef HANDSHAKE_WORD_TABLE_H_
#define HANDSHAKE_WORD_TABLE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "data_files.h"

namespace handshake {

// A set of folded words or phrases ("that", "bye", "good morning").
class WordSet {
 public:
  // Every entry of the list, folded.
  explicit WordSet(const ListFile& list);
  WordSet() = default;
  bool contains(std::string_view folded) const;
  bool empty() const { return words_.empty(); }
  const std::vector<std::string>& words() const { return words_; }

 private:
  std::vector<std::string> words_;  // sorted
};

// Entries written `VALUE KEY`: "an hour*", "recipient-first first_name",
// "greeting good morning". A KEY ending in `*` matches every word that
// starts with it; the longest matching key wins, an exact key before a
// prefix of the same length.
class WordTable {
 public:
  WordTable() = default;
  // Fails with a message naming the line when an entry has no key or a
  // value outside `allowed_values`.
  static bool from_list(const ListFile& list, const std::vector<std::string_view>& allowed_values,
                        WordTable* out, std::string* error);

  // The value for `folded`, or an empty view when no key matches.
  std::string_view find(std::string_view folded) const;
  // The entries whose value is `value`, folded, in file order.
  std::vector<std::string> keys_with_value(std::string_view value) const;

 private:
  using Entry = std::pair<std::string, std::string>;  // key, value
  std::vector<Entry> exact_;                          // sorted by key
  std::vector<Entry> prefixes_;                       // sorted by key, without the '*'
  std::size_t longest_prefix_ = 0;
  std::vector<Entry> in_order_;
};

}  // namespace handshake

#endif  // HANDSHAKE_WORD_TABLE_H_
