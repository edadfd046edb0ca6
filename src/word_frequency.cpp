#include "word_frequency.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "code_points.h"

namespace handshake::spelling {
namespace {

// Layout: magic, version, vocabulary fingerprint (8 bytes, little endian),
// entry count and known-word count (4 bytes each), then the gaps between the
// known entries' numbers (LEB128) and then their levels (one byte each). Two
// separate streams compress better than interleaved pairs.
constexpr std::string_view kMagic = "HSWF";
constexpr std::uint8_t kVersion = 1;

void put_fixed(std::string& out, std::uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

bool get_fixed(std::string_view& in, int bytes, std::uint64_t& value) {
  if (in.size() < static_cast<std::size_t>(bytes)) return false;
  value = 0;
  for (int i = 0; i < bytes; ++i)
    value |= static_cast<std::uint64_t>(static_cast<unsigned char>(in[i])) << (8 * i);
  in.remove_prefix(bytes);
  return true;
}

void put_varint(std::string& out, std::uint64_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

bool get_varint(std::string_view& in, std::uint64_t& value) {
  value = 0;
  for (int shift = 0; shift < 35; shift += 7) {
    if (in.empty()) return false;
    const unsigned char b = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    value |= static_cast<std::uint64_t>(b & 0x7F) << shift;
    if ((b & 0x80) == 0) return true;
  }
  return false;
}

}  // namespace

int WordFrequency::level_of_count(std::uint64_t count) {
  if (count == 0) return 0;
  // SUBTLEX-US counts run from 1 to about 2 million (2^21): one level per
  // 1.5 doublings spreads them over 1..15.
  const int level = 1 + static_cast<int>(std::log2(static_cast<double>(count)) / 1.5);
  return std::min(level, kMaxLevel);
}

std::string WordFrequency::encode(const WordIndex& index,
                                  const std::vector<std::pair<std::string, std::uint64_t>>& counts,
                                  std::size_t max_words) {
  std::unordered_map<std::uint32_t, std::uint64_t> by_entry;
  for (const auto& [word, count] : counts) {
    const std::int64_t entry = index.find(to_lower(decode_utf8(word)));
    if (entry >= 0) by_entry[static_cast<std::uint32_t>(entry)] += count;
  }
  std::vector<std::pair<std::uint64_t, std::uint32_t>> ranked;  // (count, entry)
  for (const auto& [entry, count] : by_entry) ranked.emplace_back(count, entry);
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  if (ranked.size() > max_words) ranked.resize(max_words);
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });

  std::string out(kMagic);
  out.push_back(static_cast<char>(kVersion));
  put_fixed(out, index.fingerprint(), 8);
  put_fixed(out, index.entry_count(), 4);
  put_fixed(out, ranked.size(), 4);
  std::uint32_t previous = 0;
  for (const auto& [count, entry] : ranked) {
    put_varint(out, entry - previous);
    previous = entry;
  }
  for (const auto& [count, entry] : ranked) out.push_back(static_cast<char>(level_of_count(count)));
  return out;
}

bool WordFrequency::load(std::string_view bytes, const WordIndex& index, std::string* error) {
  levels_.clear();
  known_ = 0;
  auto fail = [&](const char* message) {
    levels_.clear();
    known_ = 0;
    if (error != nullptr) *error = message;
    return false;
  };
  if (bytes.substr(0, kMagic.size()) != kMagic) return fail("word frequency table: not a table");
  bytes.remove_prefix(kMagic.size());
  if (bytes.empty() || static_cast<std::uint8_t>(bytes.front()) != kVersion)
    return fail("word frequency table: unknown version");
  bytes.remove_prefix(1);
  std::uint64_t fingerprint = 0, entries = 0, known = 0;
  if (!get_fixed(bytes, 8, fingerprint) || !get_fixed(bytes, 4, entries) ||
      !get_fixed(bytes, 4, known))
    return fail("word frequency table: truncated header");
  if (fingerprint != index.fingerprint() || entries != index.entry_count())
    return fail("word frequency table: made for another dictionary");
  if (known > entries) return fail("word frequency table: damaged");
  levels_.assign(entries, 0);
  std::vector<std::uint32_t> known_entries;
  known_entries.reserve(known);
  std::uint64_t entry = 0;
  for (std::uint64_t i = 0; i < known; ++i) {
    std::uint64_t gap = 0;
    if (!get_varint(bytes, gap)) return fail("word frequency table: truncated");
    entry += gap;
    if (entry >= entries || (i > 0 && gap == 0)) return fail("word frequency table: damaged");
    known_entries.push_back(static_cast<std::uint32_t>(entry));
  }
  if (bytes.size() != known) return fail("word frequency table: wrong length");
  for (std::uint64_t i = 0; i < known; ++i) {
    const int level = static_cast<unsigned char>(bytes[i]);
    if (level > kMaxLevel) return fail("word frequency table: damaged");
    levels_[known_entries[i]] = static_cast<std::uint8_t>(level);
  }
  known_ = known;
  return true;
}

}  // namespace handshake::spelling
