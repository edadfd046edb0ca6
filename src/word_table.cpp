#include "word_table.h"

#include <algorithm>
#include <functional>

#include "compact_sort.h"
#include "text_fold.h"

namespace handshake {

namespace {

template <typename Entry>
const Entry* find_key(const std::vector<Entry>& entries, std::string_view key) {
  const auto it = std::lower_bound(entries.begin(), entries.end(), key,
                                   [](const Entry& e, std::string_view k) { return e.first < k; });
  return it != entries.end() && it->first == key ? &*it : nullptr;
}

}  // namespace

WordSet::WordSet(const ListFile& list) {
  words_.reserve(list.entries.size());
  for (const std::string& entry : list.entries) words_.push_back(fold_name(entry));
  compact_stable_sort(words_, std::less<>());
  words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
}

bool WordSet::contains(std::string_view folded) const {
  return std::binary_search(words_.begin(), words_.end(), folded,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

bool WordTable::from_list(const ListFile& list, const std::vector<std::string_view>& allowed_values,
                          WordTable* out, std::string* error) {
  *out = WordTable();
  for (const std::string& entry : list.entries) {
    const std::size_t space = entry.find(' ');
    const std::string value = entry.substr(0, space);
    std::string key =
        space == std::string::npos ? std::string() : fold_name(entry.substr(space + 1));
    while (!key.empty() && key.front() == ' ') key.erase(0, 1);
    const bool allowed =
        std::find(allowed_values.begin(), allowed_values.end(), value) != allowed_values.end();
    if (key.empty() || key == "*" || !allowed) {
      std::string expected;
      for (std::string_view v : allowed_values)
        expected += (expected.empty() ? "" : ", ") + std::string(v);
      *error =
          list.name + ": entry '" + entry + "' is not 'VALUE KEY' with VALUE one of " + expected;
      return false;
    }
    out->in_order_.emplace_back(key, value);
    if (key.back() == '*') {
      key.pop_back();
      out->longest_prefix_ = std::max(out->longest_prefix_, key.size());
      out->prefixes_.emplace_back(std::move(key), value);
    } else {
      out->exact_.emplace_back(std::move(key), value);
    }
  }
  const auto by_key = [](const Entry& a, const Entry& b) { return a.first < b.first; };
  compact_stable_sort(out->exact_, by_key);
  compact_stable_sort(out->prefixes_, by_key);
  return true;
}

std::string_view WordTable::find(std::string_view folded) const {
  if (const Entry* e = find_key(exact_, folded)) return e->second;
  for (std::size_t length = std::min(folded.size(), longest_prefix_); length > 0; --length) {
    if (const Entry* e = find_key(prefixes_, folded.substr(0, length))) return e->second;
  }
  return {};
}

std::vector<std::string> WordTable::keys_with_value(std::string_view value) const {
  std::vector<std::string> keys;
  for (const Entry& e : in_order_)
    if (e.second == value) keys.push_back(e.first);
  return keys;
}

}  // namespace handshake
