#include "word_index.h"

#include <algorithm>
#include <numeric>

#include "code_points.h"

namespace handshake::spelling {

struct SearchState {
  const std::uint16_t* query;
  int n;
  int max_distance;
  int exact_prefix;
  std::vector<std::uint8_t> rows;  // (depth + 1) rows of n + 1 cells
  std::vector<std::uint16_t> path;  // symbol at each depth
  std::vector<IndexMatch>* out;
  std::uint8_t* row(int depth) { return rows.data() + static_cast<std::size_t>(depth) * (n + 1); }
};

void WordIndex::Builder::add(std::u32string_view form) {
  // Nearly every form of a Latin-script dictionary is ASCII: one byte per
  // character, copied with one append per string instead of one per character.
  char surface[64], key[64];
  std::size_t length = 0;
  for (char32_t c : form) {
    if (c >= 0x80 || length == sizeof(surface)) {
      length = 0;  // not ASCII, or long: character by character
      break;
    }
    surface[length] = static_cast<char>(c);
    key[length++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
  }
  if (length == form.size() && length > 0) {
    keys_.append(key, length);
    forms_.append(surface, length);
  } else {
    for (char32_t c : form) append_utf8_fast(keys_, to_lower_fast(c));
    for (char32_t c : form) append_utf8_fast(forms_, c);
  }
  key_begin_.push_back(static_cast<std::uint32_t>(keys_.size()));
  form_begin_.push_back(static_cast<std::uint32_t>(forms_.size()));
}

namespace {

// The code point starting at text[at] of well-formed UTF-8, and its length.
char32_t next_code_point(std::string_view text, std::size_t at, std::size_t& length) {
  const unsigned char b = static_cast<unsigned char>(text[at]);
  if (b < 0x80) return length = 1, b;
  if ((b & 0xE0) == 0xC0) return length = 2, ((b & 0x1F) << 6) | (text[at + 1] & 0x3F);
  if ((b & 0xF0) == 0xE0) return length = 3, ((b & 0x0F) << 12) | ((text[at + 1] & 0x3F) << 6) | (text[at + 2] & 0x3F);
  length = 4;
  return ((b & 0x07) << 18) | ((text[at + 1] & 0x3F) << 12) | ((text[at + 2] & 0x3F) << 6) | (text[at + 3] & 0x3F);
}

}  // namespace

WordIndex WordIndex::Builder::build() {
  WordIndex index;
  const std::size_t count = key_begin_.size() - 1;
  auto key = [&](std::size_t i) {
    return std::string_view(keys_.data() + key_begin_[i], key_begin_[i + 1] - key_begin_[i]);
  };
  auto form = [&](std::size_t i) {
    return std::string_view(forms_.data() + form_begin_[i], form_begin_[i + 1] - form_begin_[i]);
  };
  // UTF-8 byte order is code point order, so keys sort bytewise; a packed
  // 16-byte prefix settles nearly every comparison without touching the pool.
  struct Sortable {
    std::uint64_t high, low;
    std::uint32_t source;
  };
  auto packed = [&](std::string_view k, std::size_t from) {
    // Up to 8 bytes, zero-padded, big-endian: byte order is number order.
    std::uint64_t p = 0;
    const std::size_t n = k.size() > from ? std::min<std::size_t>(8, k.size() - from) : 0;
    for (std::size_t c = 0; c < n; ++c)
      p |= std::uint64_t{static_cast<unsigned char>(k[from + c])} << (56 - 8 * c);
    return p;
  };
  std::vector<Sortable> order(count);
  for (std::size_t i = 0; i < count; ++i) order[i] = {packed(key(i), 0), packed(key(i), 8), static_cast<std::uint32_t>(i)};
  std::sort(order.begin(), order.end(), [&](const Sortable& a, const Sortable& b) {
    if (a.high != b.high) return a.high < b.high;
    if (a.low != b.low) return a.low < b.low;
    const int c = key(a.source).compare(key(b.source));
    return c != 0 ? c < 0 : form(a.source) < form(b.source);
  });

  // Distinct keys become entries; distinct surface forms stay with them.
  std::vector<std::uint32_t> entry_key;  // entry -> one source index with its key
  index.form_begin_.push_back(0);
  for (std::size_t k = 0; k < count; ++k) {
    const std::uint32_t i = order[k].source;
    const bool new_key = k == 0 || key(order[k - 1].source) != key(i);
    if (!new_key && form(order[k - 1].source) == form(i)) continue;
    if (new_key) {
      entry_key.push_back(i);
      index.entry_form_begin_.push_back(static_cast<std::uint32_t>(index.form_begin_.size() - 1));
    }
    index.forms_ += form(i);
    index.form_begin_.push_back(static_cast<std::uint32_t>(index.forms_.size()));
  }
  index.entry_form_begin_.push_back(static_cast<std::uint32_t>(index.form_begin_.size() - 1));
  order.clear();
  order.shrink_to_fit();
  const std::size_t entries = entry_key.size();

  // The alphabet, and the fingerprint of the sorted key list (FNV-1a).
  std::uint64_t hash = 14695981039346656037ull;
  std::vector<char32_t> alphabet;
  std::vector<bool> seen(0x10000, false);
  bool seen_ascii[0x80] = {};
  for (std::uint32_t i : entry_key) {
    const std::string_view k = key(i);
    for (std::size_t at = 0, length = 0; at < k.size(); at += length) {
      const unsigned char b = static_cast<unsigned char>(k[at]);
      if (b < 0x80 && seen_ascii[b]) {  // nearly every character: seen before
        length = 1;
        continue;
      }
      const char32_t c = next_code_point(k, at, length);
      if (c < 0x80) seen_ascii[c] = true;
      if (c >= 0x10000 || !seen[c]) {
        if (c < 0x10000) seen[c] = true;
        alphabet.push_back(c);
      }
    }
    for (char b : k) hash = (hash ^ static_cast<unsigned char>(b)) * 1099511628211ull;
    hash = (hash ^ 0x0A) * 1099511628211ull;
  }
  std::sort(alphabet.begin(), alphabet.end());
  alphabet.erase(std::unique(alphabet.begin(), alphabet.end()), alphabet.end());
  if (alphabet.size() >= kNoSymbol) alphabet.resize(kNoSymbol - 1);
  index.alphabet_.assign(alphabet.begin(), alphabet.end());
  index.ascii_symbol_.assign(128, kNoSymbol);
  for (std::size_t s = 0; s < index.alphabet_.size() && index.alphabet_[s] < 128; ++s)
    index.ascii_symbol_[index.alphabet_[s]] = static_cast<std::uint16_t>(s);
  index.fingerprint_ = hash;

  // Depth-first layout: a node's first child follows it and its subtree is
  // contiguous, so the search walks memory mostly forwards.
  struct Pending {
    std::uint32_t node, begin, end, bytes;  // keys [begin, end) share their first `bytes` bytes
  };
  std::vector<Pending> stack;
  auto open_node = [&](std::uint16_t label, std::uint32_t begin, std::uint32_t end, std::uint32_t bytes) {
    const std::uint32_t node = static_cast<std::uint32_t>(index.labels_.size());
    index.labels_.push_back(label);
    index.subtree_end_.push_back(0);
    if (index.ends_word_.size() <= (node >> 6)) index.ends_word_.push_back(0);
    if (begin < end && key(entry_key[begin]).size() == bytes) {
      index.ends_word_[node >> 6] |= std::uint64_t{1} << (node & 63);
      ++begin;
    }
    stack.push_back({node, begin, end, bytes});
  };
  open_node(kNoSymbol, 0, static_cast<std::uint32_t>(entries), 0);
  while (!stack.empty()) {
    Pending& p = stack.back();
    if (p.begin >= p.end) {
      index.subtree_end_[p.node] = static_cast<std::uint32_t>(index.labels_.size());
      stack.pop_back();
      continue;
    }
    const std::uint32_t bytes = p.bytes;
    std::size_t length = 0;
    const char32_t c = next_code_point(key(entry_key[p.begin]), bytes, length);
    const std::string_view unit = key(entry_key[p.begin]).substr(bytes, length);
    std::uint32_t group_end = p.begin + 1;
    while (group_end < p.end && key(entry_key[group_end]).substr(bytes, length) == unit) ++group_end;
    const std::uint32_t group_begin = p.begin;
    p.begin = group_end;  // before open_node, which may reallocate the stack
    open_node(index.symbol(c), group_begin, group_end, bytes + static_cast<std::uint32_t>(length));
  }

  std::uint32_t ends = 0;
  for (std::uint64_t bits : index.ends_word_) {
    index.ends_before_.push_back(ends);
    ends += static_cast<std::uint32_t>(__builtin_popcountll(bits));
  }
  keys_.clear();
  keys_.shrink_to_fit();
  forms_.clear();
  forms_.shrink_to_fit();
  key_begin_ = {0};
  form_begin_ = {0};
  index.labels_.shrink_to_fit();
  index.subtree_end_.shrink_to_fit();
  index.ends_word_.shrink_to_fit();
  index.ends_before_.shrink_to_fit();
  index.ascii_symbol_.shrink_to_fit();
  index.forms_.shrink_to_fit();
  index.form_begin_.shrink_to_fit();
  index.entry_form_begin_.shrink_to_fit();
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

void WordIndex::find_within(std::u32string_view key, int max_distance,
                            std::vector<IndexMatch>& out, std::size_t exact_prefix) const {
  if (labels_.empty() || key.size() > 200) return;
  max_distance = std::clamp(max_distance, 0, 3);
  const std::vector<std::uint16_t> query = symbols(key);
  SearchState state;
  state.query = query.data();
  state.n = static_cast<int>(query.size());
  state.max_distance = max_distance;
  state.exact_prefix = static_cast<int>(std::min(exact_prefix, key.size()));
  const int max_depth = state.n + max_distance + 1;
  state.rows.assign(static_cast<std::size_t>(max_depth + 1) * (state.n + 1),
                    static_cast<std::uint8_t>(max_distance + 1));
  state.path.assign(max_depth + 1, kNoSymbol);
  state.out = &out;
  std::uint8_t* row0 = state.row(0);
  for (int i = 0; i <= std::min(state.n, max_distance); ++i) row0[i] = static_cast<std::uint8_t>(i);
  if (node_entry(0) >= 0 && state.n <= max_distance && state.exact_prefix == 0)
    out.push_back({static_cast<std::uint32_t>(node_entry(0)), static_cast<std::uint8_t>(state.n)});
  search(0, 0, state);
}

// Walks the children of `node` (at `depth`), filling one row of the
// edit-distance table per child, and descends while a row stays within range.
void WordIndex::search(std::uint32_t node, int depth, SearchState& state) const {
  const int n = state.n;
  const std::uint16_t* q = state.query;
  const std::uint8_t* prev = state.row(depth);
  const std::uint8_t* prev2 = depth > 0 ? state.row(depth - 1) : nullptr;
  const std::uint16_t prev_label = depth > 0 ? state.path[depth] : kNoSymbol;
  std::uint8_t* row = state.row(depth + 1);
  const int cap = state.max_distance + 1;
  const std::uint32_t end = subtree_end_[node];
  for (std::uint32_t child = node + 1; child < end; child = subtree_end_[child]) {
    const std::uint16_t label = labels_[child];
    if (depth < state.exact_prefix && label != q[depth]) continue;
    // Only cells within max_distance of the diagonal can stay in range; the
    // others keep the cap (max_distance + 1) they were filled with.
    row[0] = static_cast<std::uint8_t>(std::min(depth + 1, cap));
    int row_min = row[0];
    const int lo = std::max(1, depth + 1 - state.max_distance);
    const int hi = std::min(n, depth + 1 + state.max_distance);
    for (int i = lo; i <= hi; ++i) {
      int best = prev[i - 1] + (q[i - 1] == label ? 0 : 1);
      const int insert = prev[i] + 1;
      const int remove = row[i - 1] + 1;
      if (insert < best) best = insert;
      if (remove < best) best = remove;
      if (prev2 != nullptr && i >= 2 && q[i - 1] == prev_label && q[i - 2] == label &&
          prev2[i - 2] + 1 < best)
        best = prev2[i - 2] + 1;
      if (best > cap) best = cap;
      row[i] = static_cast<std::uint8_t>(best);
      if (best < row_min) row_min = best;
    }
    if (row_min > state.max_distance) continue;
    if (row[n] <= state.max_distance) {
      const std::int64_t entry = node_entry(child);
      if (entry >= 0) state.out->push_back({static_cast<std::uint32_t>(entry), row[n]});
    }
    if (depth + 2 < static_cast<int>(state.path.size())) {
      state.path[depth + 1] = label;
      search(child, depth + 1, state);
    }
  }
}

std::size_t WordIndex::memory_bytes() const {
  return alphabet_.capacity() * sizeof(char32_t) + labels_.capacity() * sizeof(std::uint16_t) +
         subtree_end_.capacity() * sizeof(std::uint32_t) + ends_word_.capacity() * sizeof(std::uint64_t) +
         ends_before_.capacity() * sizeof(std::uint32_t) +
         entry_form_begin_.capacity() * sizeof(std::uint32_t) +
         form_begin_.capacity() * sizeof(std::uint32_t) + forms_.capacity();
}

}  // namespace handshake::spelling
