// Words to small dense ids, for the lookups a check makes on every word of
// a note (phrase lists by first and last word). std::unordered_map of
// strings hashes each key with a byte-at-a-time hash and walks a linked
// bucket; here a note's word is hashed once (NormalWord::hash) and each
// table probes a flat array, comparing strings only when the hashes agree.
#ifndef HANDSHAKE_WORD_BUCKETS_H_
#define HANDSHAKE_WORD_BUCKETS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace handshake {

// FNV-1a over the bytes: the hash every WordBuckets and NormalWord share.
inline std::uint32_t word_hash(std::string_view word) {
  std::uint32_t h = 2166136261u;
  for (char c : word) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  return h;
}

// An open-addressed set of words, each numbered in the order it was first
// inserted (0, 1, 2, ...). Holds its own copy of every word.
class WordBuckets {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  // The word's id, adding it when new.
  std::uint32_t insert(std::string_view word);
  // Adds a word that find(word, hash) has just not found; returns its id.
  std::uint32_t insert_new(std::string_view word, std::uint32_t hash);
  // The word's id, or kNone. `hash` must be word_hash(word).
  std::uint32_t find(std::string_view word, std::uint32_t hash) const {
    if (slots_.empty()) return kNone;
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.id == kNone) return kNone;
      if (slot.hash == hash && key(slot.id) == word) return slot.id;
    }
  }
  std::uint32_t find(std::string_view word) const { return find(word, word_hash(word)); }

  // Room for `words` words (ids 0..words-1) of `bytes` bytes in all without
  // growing.
  void reserve(std::size_t words, std::size_t bytes = 0);
  void clear();
  std::size_t size() const { return starts_.size(); }
  bool empty() const { return starts_.empty(); }
  // The word with id `id`.
  std::string_view key(std::uint32_t id) const {
    return std::string_view(text_).substr(starts_[id], ends_[id] - starts_[id]);
  }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t id = kNone;
  };
  void grow();

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::size_t mask_ = 0;
  std::string text_;  // every word, back to back
  std::vector<std::uint32_t> starts_, ends_;
};

}  // namespace handshake

#endif  // HANDSHAKE_WORD_BUCKETS_H_
