#include "word_index.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <numeric>

#include "code_points.h"
#include "compact_sort.h"
#include "quicksort.h"
#include "tier_up.h"

namespace handshake::spelling {

struct SearchState {
  const std::uint16_t* query;
  int n;
  int max_distance;
  int exact_prefix;
  // Depths below this filter the edge's label: below exact_prefix it must be
  // the query's, else (at depth 0, with other_first) it must not be.
  int filtered_depth;
  std::vector<std::uint8_t> rows;   // (depth + 1) rows of n + 1 cells
  std::vector<std::uint16_t> path;  // symbol at each depth
  std::vector<IndexMatch>* out;
  // For a query of at most 64 symbols, per symbol of the alphabet: bit i - 1
  // set where query[i - 1] is that symbol. A row then finds its matching
  // cells, and whether any cell can be a transposition, in a few bit
  // operations instead of comparing symbols cell by cell.
  std::vector<std::uint64_t> positions;
  std::uint8_t* row(int depth) { return rows.data() + static_cast<std::size_t>(depth) * (n + 1); }
};

namespace {

// Byte order helpers for loading eight bytes at once (the compilers this
// project supports, g++ and clang, natively and for wasm, define the
// __BYTE_ORDER__ macros and these builtins).
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
inline std::uint64_t to_big_endian(std::uint64_t x) { return __builtin_bswap64(x); }
inline std::uint32_t to_big_endian(std::uint32_t x) { return __builtin_bswap32(x); }
// The first byte (in memory order) where x (a XOR of two loads, not 0) is set.
inline std::size_t first_differing_byte(std::uint64_t x) { return __builtin_ctzll(x) / 8; }
#else
inline std::uint64_t to_big_endian(std::uint64_t x) { return x; }
inline std::uint32_t to_big_endian(std::uint32_t x) { return x; }
inline std::size_t first_differing_byte(std::uint64_t x) { return __builtin_clzll(x) / 8; }
#endif

// Bytes [i, size) of p (fewer than eight) as a little-endian number: one
// load ending at `size` when there are eight bytes to load, else gathered.
inline std::uint64_t load_tail(const char* p, std::size_t size, std::size_t i) {
  const std::size_t n = size - i;
  std::uint64_t x = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (size >= 8) {
    std::memcpy(&x, p + size - 8, 8);
    return x >> (8 * (8 - n));
  }
#endif
  for (std::size_t j = 0; j < n; ++j)
    x |= std::uint64_t{static_cast<unsigned char>(p[i + j])} << (8 * j);
  return x;
}

// The code point starting at text[at] of well-formed UTF-8, and its length.
char32_t next_code_point(std::string_view text, std::size_t at, std::size_t& length) {
  const unsigned char b = static_cast<unsigned char>(text[at]);
  if (b < 0x80) return length = 1, b;
  if ((b & 0xE0) == 0xC0) return length = 2, ((b & 0x1F) << 6) | (text[at + 1] & 0x3F);
  if ((b & 0xF0) == 0xE0)
    return length = 3, ((b & 0x0F) << 12) | ((text[at + 1] & 0x3F) << 6) | (text[at + 2] & 0x3F);
  length = 4;
  return ((b & 0x07) << 18) | ((text[at + 1] & 0x3F) << 12) | ((text[at + 2] & 0x3F) << 6) |
         (text[at + 3] & 0x3F);
}

// lower_into's path for a form that is not all ASCII, from byte `i` on.
bool lower_rest_into(std::string_view form, std::size_t i, char* key) {
  std::string rest;
  for (std::size_t at = i, length = 0; at < form.size(); at += length)
    append_utf8_fast(rest, to_lower_fast(next_code_point(form, at, length)));
  rest.resize(form.size() - i);  // already its size: the lengths match character by character
  std::copy(rest.begin(), rest.end(), key + i);
  return form.substr(i) != rest;
}

// `form` (well-formed UTF-8) in lower case into `key`, which must have room
// for form.size() bytes and 7 more (the last bytes are stored 8 at a time);
// lower-casing keeps each character's UTF-8 length (CodePoints test).
// Returns whether the key differs from the form.
inline bool lower_into(std::string_view form, char* key) {
  // Eight ASCII bytes at a time: a byte gets 0x20 when 'A' <= byte <= 'Z'.
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  std::uint64_t upper_bits = 0;
  std::size_t i = 0;
  for (; i + 8 <= form.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, form.data() + i, 8);
    if (x & kHigh) return lower_rest_into(form, i, key) || upper_bits != 0;
    const std::uint64_t upper = (x + 0x3F3F3F3F3F3F3F3Full) & ~(x + 0x2525252525252525ull) & kHigh;
    upper_bits |= upper;
    x |= upper >> 2;
    std::memcpy(key + i, &x, 8);
  }
  if (i < form.size()) {  // the last one to seven bytes (a memcpy of n bytes is a call)
    std::uint64_t x = load_tail(form.data(), form.size(), i);
    if (x & kHigh) return lower_rest_into(form, i, key) || upper_bits != 0;
    const std::uint64_t upper = (x + 0x3F3F3F3F3F3F3F3Full) & ~(x + 0x2525252525252525ull) & kHigh;
    upper_bits |= upper;
    x |= upper >> 2;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    std::memcpy(key + i, &x, 8);
#else
    for (std::size_t j = 0; j < form.size() - i; ++j) key[i + j] = static_cast<char>(x >> (8 * j));
#endif
  }
  return upper_bits != 0;
}

// The first 12 bytes of `key`, zero-padded, big-endian: as numbers they
// order as the keys' first 12 bytes do. Twelve bytes from key.data() on
// must be readable (the pool has room for them).
void pack_prefix(std::string_view key, std::uint64_t& high, std::uint32_t& mid) {
  std::uint64_t h;
  std::uint32_t m;
  std::memcpy(&h, key.data(), 8);
  std::memcpy(&m, key.data() + 8, 4);
  const std::size_t n = key.size();
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (n < 8) h &= (std::uint64_t{1} << (8 * n)) - 1;  // bytes past the key are not the key's
  if (n < 12) m = n <= 8 ? 0 : m & ((std::uint32_t{1} << (8 * (n - 8))) - 1);
#else
  if (n < 8) h &= ~(~std::uint64_t{0} >> (8 * n));
  if (n < 12) m = n <= 8 ? 0 : m & ~(~std::uint32_t{0} >> (8 * (n - 8)));
#endif
  high = to_big_endian(h);
  mid = to_big_endian(m);
}

// How many leading bytes two strings share.
std::size_t common_prefix(std::string_view a, std::string_view b) {
  const std::size_t n = std::min(a.size(), b.size());
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t x, y;
    std::memcpy(&x, a.data() + i, 8);
    std::memcpy(&y, b.data() + i, 8);
    if (x != y) return i + first_differing_byte(x ^ y);
  }
  while (i < n && a[i] == b[i]) ++i;  // neighbours in sorted order mostly differ early
  return i;
}

// Whole keys as UTF-8, read back from an index's first forms.
void lower_key(std::string_view form, std::string& key) {
  key.resize(form.size() + 7);
  lower_into(form, key.data());
  key.resize(form.size());
}

}  // namespace

void WordIndex::Builder::add(std::string_view form) {
  const std::size_t n = form.size();
  if (n > kMaxFormBytes) return;
  // At most 3 header bytes, the key and the form, and room to read 12 and
  // write 8 bytes at a time past a short key: a chunk holds it whole.
  if (pool_used_ + 3 + 2 * n + 12 > kChunkBytes) {
    if (pool_.size() == (std::size_t{1} << (32 - kChunkBits))) return;  // 4 GB: Record::at is full
    pool_.emplace_back(new char[kChunkBytes]());
    pool_used_ = 0;
  }
  char* const begin = pool_.back().get() + pool_used_;
  char* p = begin;
  std::uint64_t header = static_cast<std::uint64_t>(n) * 2;
  do {  // a varint; its first byte's low bit is the "differs" flag
    *p++ = static_cast<char>((header & 0x7F) | (header >= 0x80 ? 0x80 : 0));
    header >>= 7;
  } while (header != 0);
  char* const key = p;
  p += n;
  if (lower_into(form, key)) {
    *begin = static_cast<char>(*begin | 1);
    std::copy(form.begin(), form.end(), p);
    p += n;
  }
  Record record;
  pack_prefix(std::string_view(key, n), record.high, record.mid);
  record.at = static_cast<std::uint32_t>((pool_.size() - 1) << kChunkBits | pool_used_);
  pool_used_ = static_cast<std::size_t>(p - pool_.back().get());
  records_.push_back(record);
}

void WordIndex::Builder::reserve(std::size_t forms) { records_.reserve(forms); }

void WordIndex::Builder::add(std::u32string_view form) { add(std::string_view(encode_utf8(form))); }

WordIndex::Builder::View WordIndex::Builder::view(const Record& record) const {
  const char* p = pool_[record.at >> kChunkBits].get() + (record.at & (kChunkBytes - 1));
  std::uint64_t header = 0;
  for (int shift = 0;; shift += 7) {
    const unsigned char b = static_cast<unsigned char>(*p++);
    header |= static_cast<std::uint64_t>(b & 0x7F) << shift;
    if ((b & 0x80) == 0) break;
  }
  const std::size_t n = static_cast<std::size_t>(header >> 1);
  const std::string_view key(p, n);
  return {key, (header & 1) ? std::string_view(p + n, n) : key};
}

// Key order, then form order.
bool WordIndex::Builder::less(const View& a, const View& b) {
  const int c = a.key.compare(b.key);
  return c != 0 ? c < 0 : a.form < b.form;
}

WordIndex WordIndex::Builder::build() {
  WordIndex index;
  // The records in buckets by their key's first two bytes, in place (one
  // counting pass, then each record swapped straight into its bucket: no
  // second array); only records within a bucket are then compared.
  std::vector<Record> taken;
  taken.swap(records_);
  const std::size_t count = taken.size();
  Record* const records = taken.data();
  {
    std::vector<std::uint32_t> bucket_begin(0x10001, 0);
    for (std::size_t k = 0; k < count; ++k) ++bucket_begin[(records[k].high >> 48) + 1];
    for (std::size_t b = 1; b < bucket_begin.size(); ++b) bucket_begin[b] += bucket_begin[b - 1];
    // next[b]: the first place in bucket b not yet holding one of its own.
    std::vector<std::uint32_t> next(bucket_begin.begin(), bucket_begin.end() - 1);
    for (std::size_t b = 0; b < 0x10000; ++b) {
      while (next[b] < bucket_begin[b + 1]) {
        Record& here = records[next[b]];
        const std::size_t home = here.high >> 48;
        if (home == b) {
          ++next[b];
        } else {
          std::swap(here, records[next[home]++]);
        }
      }
    }
    // UTF-8 byte order is code point order, so keys sort bytewise; the packed
    // prefix settles nearly every comparison without touching the pool.
    // The rare comparison the packed prefixes do not settle is a call: the
    // sort inlines its comparison at a dozen places, and V8 compiles the
    // sort with TurboFan early in the build.
    auto less_in_pool = [this](const Record& x, const Record& y)
                            HANDSHAKE_PER_ITEM { return less(view(x), view(y)); };
    auto sort_bucket = [&](Record* first, Record* last) HANDSHAKE_PER_ITEM {
      quicksort(first, last, [&](const Record& x, const Record& y) {
        if (x.high != y.high) return x.high < y.high;
        if (x.mid != y.mid) return x.mid < y.mid;
        return less_in_pool(x, y);
      });
    };
    for (std::size_t b = 0; b < 0x10000; ++b) {
      const std::uint32_t begin = bucket_begin[b], end = bucket_begin[b + 1];
      if (end - begin > 1) sort_bucket(records + begin, records + end);
    }
  }

  // Distinct keys become entries; distinct surface forms stay with them.
  // The records kept move to the front (`mid`, no longer needed, says
  // whether one starts an entry), then the index's arrays are made at their
  // exact sizes. Each new key also adds to the alphabet, the fingerprint of
  // the sorted key list (FNV-1a) and the number of trie nodes.
  std::uint64_t hash = 14695981039346656037ull;
  std::vector<char32_t> alphabet;  // of the characters past ASCII
  std::vector<bool> seen(0x10000, false);
  bool seen_byte[0x100] = {};
  std::size_t kept = 0, entries = 0, bytes = 0, nodes = 1;
  // Per entry, the bytes its key shares with the one before (up to a
  // character boundary), which the trie below starts from; kLongShared:
  // that many or more, counted again there.
  constexpr std::size_t kLongShared = 0xFF;
  std::vector<std::uint8_t> shared;
  shared.reserve(count);
  auto add_key = [&](std::string_view key, std::string_view previous_key,
                     bool first) HANDSHAKE_PER_ITEM {
    for (char c : key) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    hash = (hash ^ 0x0A) * 1099511628211ull;
    // What the key shares with the one before is in the alphabet already.
    std::size_t lcp = first ? 0 : common_prefix(key, previous_key);
    unsigned char any = 0;
    for (std::size_t at = lcp; at < key.size(); ++at) {
      const unsigned char b = static_cast<unsigned char>(key[at]);
      seen_byte[b] = true;
      any |= b;
    }
    if (any < 0x80) {  // the key parts from the one before at a character
      nodes += key.size() - lcp;
    } else {
      while (lcp > 0 && lcp < key.size() && (static_cast<unsigned char>(key[lcp]) & 0xC0) == 0x80)
        --lcp;
      for (std::size_t at = lcp; at < key.size(); ++at)
        nodes += (static_cast<unsigned char>(key[at]) & 0xC0) != 0x80;
      for (std::size_t at = lcp, length = 0; at < key.size(); at += length) {
        const char32_t c = next_code_point(key, at, length);
        if (c < 0x80) continue;
        if (c >= 0x10000 || !seen[c]) {
          if (c < 0x10000) seen[c] = true;
          alphabet.push_back(c);
        }
      }
    }
    shared.push_back(static_cast<std::uint8_t>(std::min<std::size_t>(lcp, kLongShared)));
    ++entries;
  };
  View previous;
  for (std::size_t k = 0; k < count; ++k) {
    const View v = view(records[k]);
    const bool new_key = k == 0 || previous.key != v.key;
    if (!new_key && previous.form == v.form) continue;
    if (new_key) add_key(v.key, previous.key, k == 0);
    previous = v;
    records[kept] = records[k];
    records[kept++].mid = new_key;
    bytes += v.form.size();
  }
  // Which entries' first form is their key (every form lower case): the
  // trie below reads those keys in place instead of lower-casing them.
  std::vector<std::uint64_t> first_form_is_key((entries + 63) / 64, 0);
  index.forms_.resize(bytes);
  index.form_begin_.resize(kept + 1);
  index.entry_form_begin_.resize(entries + 1);
  {
    char* out = index.forms_.data();
    std::uint32_t* form_begin = index.form_begin_.data();
    std::uint32_t* entry_begin = index.entry_form_begin_.data();
    std::size_t entry = 0;
    *form_begin++ = 0;
    for (std::size_t k = 0; k < kept; ++k) {
      const View v = view(records[k]);
      if (records[k].mid) {
        if (v.form.data() == v.key.data())
          first_form_is_key[entry >> 6] |= std::uint64_t{1} << (entry & 63);
        entry_begin[entry++] = static_cast<std::uint32_t>(k);
      }
      std::memcpy(out, v.form.data(), v.form.size());
      out += v.form.size();
      *form_begin++ = static_cast<std::uint32_t>(out - index.forms_.data());
    }
    entry_begin[entry] = static_cast<std::uint32_t>(kept);
  }
  std::vector<Record>().swap(taken);
  std::vector<std::unique_ptr<char[]>>().swap(pool_);
  pool_used_ = kChunkBytes;
  seen = {};
  for (char32_t c = 0x7F; c > 0; --c)
    if (seen_byte[c]) alphabet.push_back(c);
  if (seen_byte[0]) alphabet.push_back(0);

  compact_stable_sort(alphabet, std::less<>());
  alphabet.erase(std::unique(alphabet.begin(), alphabet.end()), alphabet.end());
  if (alphabet.size() >= kNoSymbol) alphabet.resize(kNoSymbol - 1);
  index.alphabet_.assign(alphabet.begin(), alphabet.end());
  index.ascii_symbol_.assign(128, kNoSymbol);
  for (std::size_t s = 0; s < index.alphabet_.size() && index.alphabet_[s] < 128; ++s)
    index.ascii_symbol_[index.alphabet_[s]] = static_cast<std::uint16_t>(s);
  index.fingerprint_ = hash;

  // Depth-first layout: a node's first child follows it and its subtree is
  // contiguous, so the search walks memory mostly forwards. In sorted key
  // order each key adds the nodes of what it does not share with the key
  // before it, which is exactly depth-first order; the path of the key
  // before waits on a stack for its subtrees to end.
  index.labels_.resize(nodes);
  index.subtree_end_.resize(nodes);
  index.ends_word_.assign((nodes + 63) / 64, 0);
  std::uint16_t* const labels = index.labels_.data();
  std::uint32_t* const subtree_end = index.subtree_end_.data();
  struct Open {
    std::uint32_t node, bytes;  // the node at the end of the key's first `bytes` bytes
  };
  std::vector<Open> path{{0, 0}};
  labels[0] = kNoSymbol;
  std::uint32_t node_count = 1;
  std::string lowered[2];  // keys lower-cased here, the current one and the one before
  std::string_view previous_key;
  auto lay_out_entry = [&](std::size_t e) HANDSHAKE_PER_ITEM {
    std::string_view key = index.form(static_cast<std::uint32_t>(e), 0);
    if (((first_form_is_key[e >> 6] >> (e & 63)) & 1) == 0) {
      std::string& buffer = lowered[e & 1];
      lower_key(key, buffer);
      key = buffer;
    }
    std::size_t lcp = shared[e];
    if (lcp == kLongShared) {
      lcp = common_prefix(key, previous_key);
      while (lcp > 0 && lcp < key.size() && (static_cast<unsigned char>(key[lcp]) & 0xC0) == 0x80)
        --lcp;
    }
    while (path.back().bytes > lcp) {
      subtree_end[path.back().node] = node_count;
      path.pop_back();
    }
    for (std::size_t at = lcp, length = 0; at < key.size(); at += length) {
      const unsigned char b = static_cast<unsigned char>(key[at]);
      std::uint16_t label;
      if (b < 0x80) {
        label = index.ascii_symbol_[b];
        length = 1;
      } else {
        label = index.symbol(next_code_point(key, at, length));
      }
      path.push_back({node_count, static_cast<std::uint32_t>(at + length)});
      labels[node_count++] = label;
    }
    const std::uint32_t node = path.back().node;
    index.ends_word_[node >> 6] |= std::uint64_t{1} << (node & 63);
    previous_key = key;
  };
  for (std::size_t e = 0; e < entries; ++e) lay_out_entry(e);
  for (const Open& open : path) subtree_end[open.node] = node_count;

  index.ends_before_.reserve(index.ends_word_.size());
  std::uint32_t ends = 0;
  for (std::uint64_t bits : index.ends_word_) {
    index.ends_before_.push_back(ends);
    ends += static_cast<std::uint32_t>(__builtin_popcountll(bits));
  }
  return index;
}

std::size_t WordIndex::form_count(std::uint32_t entry) const {
  return entry_form_begin_[entry + 1] - entry_form_begin_[entry];
}

std::string_view WordIndex::form(std::uint32_t entry, std::size_t i) const {
  const std::size_t f = entry_form_begin_[entry] + i;
  return std::string_view(forms_.data() + form_begin_[f], form_begin_[f + 1] - form_begin_[f]);
}

std::uint16_t WordIndex::symbol(char32_t c) const {
  if (c < 128 && !ascii_symbol_.empty()) return ascii_symbol_[c];
  auto it = std::lower_bound(alphabet_.begin(), alphabet_.end(), c);
  if (it == alphabet_.end() || *it != c) return kNoSymbol;
  return static_cast<std::uint16_t>(it - alphabet_.begin());
}

std::vector<std::uint16_t> WordIndex::symbols(std::u32string_view key) const {
  std::vector<std::uint16_t> out;
  out.reserve(key.size());
  for (char32_t c : key) out.push_back(symbol(c));
  return out;
}

std::int64_t WordIndex::find(std::u32string_view key) const {
  if (labels_.empty()) return -1;
  std::uint32_t node = 0;
  for (char32_t c : key) {
    const std::uint16_t s = symbol(c);
    if (s == kNoSymbol) return -1;
    std::uint32_t child = node + 1;
    const std::uint32_t end = subtree_end_[node];
    while (child < end && labels_[child] < s) child = subtree_end_[child];
    if (child >= end || labels_[child] != s) return -1;
    node = child;
  }
  return node_entry(node);
}

void WordIndex::find_within(std::u32string_view key, int max_distance, std::vector<IndexMatch>& out,
                            std::size_t exact_prefix, bool other_first) const {
  if (labels_.empty() || key.size() > 200) return;
  max_distance = std::clamp(max_distance, 0, 3);
  const std::vector<std::uint16_t> query = symbols(key);
  SearchState state;
  state.query = query.data();
  state.n = static_cast<int>(query.size());
  state.max_distance = max_distance;
  state.exact_prefix = static_cast<int>(std::min(exact_prefix, key.size()));
  state.filtered_depth = std::max(state.exact_prefix, other_first && !key.empty() ? 1 : 0);
  const int max_depth = state.n + max_distance + 1;
  state.rows.assign(static_cast<std::size_t>(max_depth + 1) * (state.n + 1),
                    static_cast<std::uint8_t>(max_distance + 1));
  state.path.assign(max_depth + 1, kNoSymbol);
  state.out = &out;
  std::uint8_t* row0 = state.row(0);
  for (int i = 0; i <= std::min(state.n, max_distance); ++i) row0[i] = static_cast<std::uint8_t>(i);
  // Not when the alphabet was cut short: the characters left out share the
  // label kNoSymbol, which has no place in the masks.
  if (state.n <= 64 && alphabet_.size() < kNoSymbol - 1) {
    state.positions.assign(alphabet_.size(), 0);
    for (int i = 0; i < state.n; ++i)
      if (query[i] < alphabet_.size()) state.positions[query[i]] |= std::uint64_t{1} << i;
  }
  if (node_entry(0) >= 0 && state.n <= max_distance && state.filtered_depth == 0)
    out.push_back({static_cast<std::uint32_t>(node_entry(0)), static_cast<std::uint8_t>(state.n)});
  search(0, 0, 0, state);
}

// Walks the children of `node` (at `depth`), filling one row of the
// edit-distance table per child, and descends while a row stays within range.
void WordIndex::search(std::uint32_t node, int depth, int node_min, SearchState& state) const {
  const int n = state.n;
  const std::uint16_t* q = state.query;
  const std::uint8_t* prev = state.row(depth);
  const std::uint8_t* prev2 = depth > 0 ? state.row(depth - 1) : nullptr;
  const std::uint16_t prev_label = depth > 0 ? state.path[depth] : kNoSymbol;
  std::uint8_t* row = state.row(depth + 1);
  const int cap = state.max_distance + 1;
  // Only cells within max_distance of the diagonal can stay in range; the
  // others keep the cap (max_distance + 1) they were filled with.
  const std::uint8_t first_cell = static_cast<std::uint8_t>(std::min(depth + 1, cap));
  const int lo = std::max(1, depth + 1 - state.max_distance);
  const int hi = std::min(n, depth + 1 + state.max_distance);
  const bool by_bits = !state.positions.empty();
  // Bit i - 1: query[i - 1] is the label on the edge into this node.
  const std::uint64_t after_prev = by_bits && prev2 != nullptr ? state.positions[prev_label] : 0;
  // When no cell of this node's row is under max_distance, a child's cell can
  // stay within it only by matching the query where this row has exactly
  // max_distance (or by a transposition): bit i - 1 for such a cell i. A
  // child whose label matches none of them is out of range without its row.
  const bool at_edge = by_bits && node_min == state.max_distance;
  std::uint64_t on_edge = 0;
  if (at_edge) {
    for (int i = lo; i <= hi; ++i)
      if (prev[i - 1] == state.max_distance) on_edge |= std::uint64_t{1} << (i - 1);
  }
  const std::uint32_t end = subtree_end_[node];
  for (std::uint32_t child = node + 1; child < end; child = subtree_end_[child]) {
    const std::uint16_t label = labels_[child];
    if (depth < state.filtered_depth && (depth < state.exact_prefix) != (label == q[depth]))
      continue;
    row[0] = first_cell;
    int row_min = first_cell;
    // One row of the table: `matches(i)` whether query[i - 1] is the label,
    // `swaps(i)` whether cell i can be a transposition.
    auto fill_row = [&](auto matches, auto swaps) {
      for (int i = lo; i <= hi; ++i) {
        int best = prev[i - 1] + (matches(i) ? 0 : 1);
        const int insert = prev[i] + 1;
        const int remove = row[i - 1] + 1;
        if (insert < best) best = insert;
        if (remove < best) best = remove;
        if (swaps(i) && prev2[i - 2] + 1 < best) best = prev2[i - 2] + 1;
        if (best > cap) best = cap;
        row[i] = static_cast<std::uint8_t>(best);
        if (best < row_min) row_min = best;
      }
    };
    if (by_bits) {
      const std::uint64_t matches = state.positions[label];
      // Cell i can be a transposition when query[i - 2] is this label and
      // query[i - 1] the one before it: rarely, so most rows skip the test.
      const std::uint64_t swaps = after_prev & (matches << 1);
      if (at_edge && (matches & on_edge) == 0 && swaps == 0) continue;
      fill_row([&](int i) { return ((matches >> (i - 1)) & 1) != 0; },
               [&](int i) { return swaps != 0 && ((swaps >> (i - 1)) & 1) != 0; });
    } else {
      fill_row([&](int i) { return q[i - 1] == label; },
               [&](int i) {
                 return prev2 != nullptr && i >= 2 && q[i - 1] == prev_label && q[i - 2] == label;
               });
    }
    if (row_min > state.max_distance) continue;
    if (row[n] <= state.max_distance) {
      const std::int64_t entry = node_entry(child);
      if (entry >= 0) state.out->push_back({static_cast<std::uint32_t>(entry), row[n]});
    }
    if (depth + 2 < static_cast<int>(state.path.size())) {
      state.path[depth + 1] = label;
      search(child, depth + 1, row_min, state);
    }
  }
}

std::size_t WordIndex::memory_bytes() const {
  return alphabet_.capacity() * sizeof(char32_t) + labels_.capacity() * sizeof(std::uint16_t) +
         subtree_end_.capacity() * sizeof(std::uint32_t) +
         ends_word_.capacity() * sizeof(std::uint64_t) +
         ends_before_.capacity() * sizeof(std::uint32_t) +
         entry_form_begin_.capacity() * sizeof(std::uint32_t) +
         form_begin_.capacity() * sizeof(std::uint32_t) + forms_.capacity();
}

}  // namespace handshake::spelling
