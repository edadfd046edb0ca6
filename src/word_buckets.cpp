#include "word_buckets.h"

#include <algorithm>

namespace handshake {

std::uint32_t WordBuckets::insert(std::string_view word) {
  const std::uint32_t hash = word_hash(word);
  const std::uint32_t found = find(word, hash);
  return found != kNone ? found : insert_new(word, hash);
}

std::uint32_t WordBuckets::insert_new(std::string_view word, std::uint32_t hash) {
  if ((starts_.size() + 1) * 2 > slots_.size()) grow();
  const auto id = static_cast<std::uint32_t>(starts_.size());
  starts_.push_back(static_cast<std::uint32_t>(text_.size()));
  text_.append(word);
  ends_.push_back(static_cast<std::uint32_t>(text_.size()));
  std::size_t i = hash & mask_;
  while (slots_[i].id != kNone) i = (i + 1) & mask_;
  slots_[i] = {hash, id};
  return id;
}

void WordBuckets::reserve(std::size_t words, std::size_t bytes) {
  while (slots_.size() < words * 2) grow();
  text_.reserve(bytes);
  starts_.reserve(words);
  ends_.reserve(words);
}

void WordBuckets::clear() {
  std::fill(slots_.begin(), slots_.end(), Slot{});  // keeps the room reserved
  text_.clear();
  starts_.clear();
  ends_.clear();
}

void WordBuckets::grow() {
  const std::size_t size = slots_.empty() ? 16 : slots_.size() * 2;
  std::vector<Slot> old(size);
  old.swap(slots_);
  mask_ = size - 1;
  for (const Slot& slot : old) {
    if (slot.id == kNone) continue;
    std::size_t i = slot.hash & mask_;
    while (slots_[i].id != kNone) i = (i + 1) & mask_;
    slots_[i] = slot;
  }
}

}  // namespace handshake
