// A stable sort that compiles once. std::sort and std::stable_sort compile
// a copy of the algorithm for every comparator, 3-13 KB of wasm each; the
// lists sorted once at load, a check's handful of findings and a
// suggestion's candidates go through one compiled merge sort of positions
// instead. The sorts run most often (the suggestion index's buckets, phrase
// matches, a report's UTF-16 offsets) keep their own: through this one the
// offsets cost first-seen checks about 1.4 % (docs/performance.md).
#ifndef HANDSHAKE_COMPACT_SORT_H_
#define HANDSHAKE_COMPACT_SORT_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace handshake {

// Sorts `order` (positions of items) stably by less(context, a, b).
using PositionLess = bool (*)(const void* context, std::uint32_t a, std::uint32_t b);
void stable_sort_positions(std::vector<std::uint32_t>& order, PositionLess less,
                           const void* context);

// As std::stable_sort(items.begin(), items.end(), less), for a vector.
template <typename T, typename Less>
void compact_stable_sort(std::vector<T>& items, Less less) {
  if (items.size() < 2) return;
  std::vector<std::uint32_t> order(items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
  struct Context {
    const std::vector<T>* items;
    const Less* less;
  } context{&items, &less};
  stable_sort_positions(
      order,
      [](const void* c, std::uint32_t a, std::uint32_t b) {
        const auto* x = static_cast<const Context*>(c);
        return static_cast<bool>((*x->less)((*x->items)[a], (*x->items)[b]));
      },
      &context);
  std::size_t first_moved = 0;
  while (first_moved < order.size() && order[first_moved] == first_moved) ++first_moved;
  if (first_moved == order.size()) return;  // already in order
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (std::uint32_t i : order) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

}  // namespace handshake

#endif  // HANDSHAKE_COMPACT_SORT_H_
