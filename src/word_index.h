// A compact trie over a dictionary's word forms, keyed by their lower-case
// spelling, that finds every word within a small edit distance of a
// misspelling in one walk (Damerau-Levenshtein, adjacent transpositions).
#ifndef HANDSHAKE_WORD_INDEX_H_
#define HANDSHAKE_WORD_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "default_init_allocator.h"

namespace handshake::spelling {

// A word within the distance asked for: its entry and its edit distance.
struct IndexMatch {
  std::uint32_t entry;
  std::uint8_t distance;
};

class WordIndex {
 public:
  // Collects forms (any case, duplicates allowed), then builds the index.
  class Builder {
   public:
    // A form in well-formed UTF-8 (what expand_word_forms emits). Forms
    // longer than kMaxFormBytes are left out.
    void add(std::string_view form);
    void add(std::u32string_view form);
    // Room for this many forms' records in one block, made before adding:
    // the build sorts them in place, and the index's arrays reuse the block
    // afterwards. Without it (or past it) the records grow by doubling.
    void reserve(std::size_t forms);
    WordIndex build();

    static constexpr std::size_t kMaxFormBytes = 16 * 1024;

   private:
    // One per form added, 16 bytes: the first 12 bytes of its key (the form
    // in lower case), big-endian and zero-padded, so that comparing two
    // records as numbers orders them as their keys for nearly every pair;
    // and where the rest is in the pool.
    struct Record {
      std::uint64_t high;
      std::uint32_t mid;
      std::uint32_t at;  // pool chunk << kChunkBits | offset in it
    };
    // Per form: a varint (its length in bytes, twice, plus one when the form
    // differs from its key), the key, then the form only when it differs.
    // Lower-casing keeps each character's UTF-8 length, so both have the
    // same length, and nearly every form is its own key.
    //
    // The pool grows in fixed chunks, not by doubling one array: the build's
    // peak is then what it holds, not up to three times that while an array
    // is copied to a larger one (the wasm memory never shrinks).
    static constexpr unsigned kChunkBits = 16;
    static constexpr std::size_t kChunkBytes = std::size_t{1} << kChunkBits;
    std::vector<std::unique_ptr<char[]>> pool_;
    std::size_t pool_used_ = kChunkBytes;  // in the last chunk
    std::vector<Record> records_;
    struct View {
      std::string_view key, form;
    };
    View view(const Record& record) const;
    static bool less(const View& a, const View& b);
  };

  WordIndex() = default;

  // Entries are the distinct lower-case keys, in code point order.
  std::size_t entry_count() const {
    return entry_form_begin_.empty() ? 0 : entry_form_begin_.size() - 1;
  }
  std::size_t node_count() const { return labels_.size(); }
  // Surface forms of an entry ("may", "May"), in code point order.
  std::size_t form_count(std::uint32_t entry) const;
  std::string_view form(std::uint32_t entry, std::size_t i) const;
  // The entry whose key is exactly `key` (lower case), or -1.
  std::int64_t find(std::u32string_view key) const;
  // Appends every entry within `max_distance` (at most 3) of `key` whose
  // first `exact_prefix` characters equal the key's. Misspellings rarely
  // start wrong, and fixing the first letter prunes most of the trie.
  // With `other_first`, only entries whose first character differs from the
  // key's: for a caller that searches the others with more edits.
  void find_within(std::u32string_view key, int max_distance, std::vector<IndexMatch>& out,
                   std::size_t exact_prefix = 0, bool other_first = false) const;
  // Identifies the key set: a frequency table made for another vocabulary
  // does not match it.
  std::uint64_t fingerprint() const { return fingerprint_; }
  std::size_t memory_bytes() const;

 private:
  static constexpr std::uint16_t kNoSymbol = 0xFFFF;
  std::uint16_t symbol(char32_t c) const;
  std::vector<std::uint16_t> symbols(std::u32string_view key) const;
  // `node_min`: the least value in node's row (the row at `depth`).
  void search(std::uint32_t node, int depth, int node_min, struct SearchState& state) const;

  std::vector<char32_t> alphabet_;  // symbol -> code point, sorted
  // Code point < 128 -> symbol: most letters without a binary search.
  std::vector<std::uint16_t> ascii_symbol_;
  FillVector<std::uint16_t> labels_;  // node -> symbol on the edge into it
  FillVector<std::uint32_t>
      subtree_end_;  // node -> one past its subtree; its first child is node + 1
  // Which nodes end a word. In depth-first order the word-ending nodes come
  // in sorted key order, so a node's entry is the number of word-ending
  // nodes before it: a bit per node and a running count per 64 nodes
  // instead of an entry number per node.
  std::vector<std::uint64_t> ends_word_;
  std::vector<std::uint32_t> ends_before_;
  std::int64_t node_entry(std::uint32_t node) const {
    const std::uint64_t bits = ends_word_[node >> 6];
    const std::uint64_t bit = std::uint64_t{1} << (node & 63);
    if ((bits & bit) == 0) return -1;
    return ends_before_[node >> 6] + __builtin_popcountll(bits & (bit - 1));
  }
  // Sized exactly during the build and filled in full (not zeroed first).
  FillVector<std::uint32_t> entry_form_begin_;  // entry -> first form
  FillVector<std::uint32_t> form_begin_;        // form -> offset into forms_
  FillVector<char> forms_;
  std::uint64_t fingerprint_ = 0;
};

}  // namespace handshake::spelling

#endif  // HANDSHAKE_WORD_INDEX_H_
