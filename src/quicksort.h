// A quicksort for ranges made of a few sorted runs side by side, which
// std::sort handles badly: libstdc++ takes its pivot as the median of the
// second, middle and last elements, and on two ascending runs that is one of
// the smallest values, so every partition is lopsided until the depth limit
// turns the rest into a heapsort. The word index's buckets are such ranges
// (a .dic lists capitalized stems before lower-case ones, and both land in
// the same bucket once lower-cased).
#ifndef HANDSHAKE_QUICKSORT_H_
#define HANDSHAKE_QUICKSORT_H_

#include <algorithm>
#include <cstddef>
#include <utility>

namespace handshake {

namespace quicksort_detail {

template <typename T, typename Less>
void insertion_sort(T* first, T* last, const Less& less) {
  for (T* i = first + 1; i < last; ++i) {
    T value = std::move(*i);
    T* j = i;
    for (; j > first && less(value, *(j - 1)); --j) *j = std::move(*(j - 1));
    *j = std::move(value);
  }
}

template <typename T, typename Less>
T* median_of_three(T* a, T* b, T* c, const Less& less) {
  if (less(*a, *b)) return less(*b, *c) ? b : (less(*a, *c) ? c : a);
  return less(*a, *c) ? a : (less(*b, *c) ? c : b);
}

}  // namespace quicksort_detail

// Sorts [first, last) by `less` (not stable). The pivot is the median of the
// elements at a quarter, half and three quarters of the range (of nine
// evenly spread ones for long ranges): on runs side by side those are
// middling values of different runs. Past a depth of twice log2(n) the rest
// is heapsorted, so no input costs more than O(n log n).
template <typename T, typename Less>
void quicksort(T* first, T* last, const Less& less) {
  using quicksort_detail::median_of_three;
  constexpr std::ptrdiff_t kSmall = 16;  // sorted by insertion
  int depth_limit = 0;
  for (std::ptrdiff_t n = last - first; n > 1; n >>= 1) depth_limit += 2;
  struct Range {
    T* first;
    T* last;
    int depth;
  };
  Range stack[64];  // the smaller side is pushed, so 64 levels cover any size
  int top = 0;
  stack[top++] = {first, last, depth_limit};
  while (top > 0) {
    Range r = stack[--top];
    while (r.last - r.first > kSmall) {
      if (r.depth-- == 0) {
        std::partial_sort(r.first, r.last, r.last, less);
        r.first = r.last;
        break;
      }
      const std::ptrdiff_t n = r.last - r.first;
      T* pivot_at;
      if (n >= 128) {
        const std::ptrdiff_t step = n / 10;
        T* const p = r.first;
        pivot_at =
            median_of_three(median_of_three(p + step, p + 2 * step, p + 3 * step, less),
                            median_of_three(p + 4 * step, p + 5 * step, p + 6 * step, less),
                            median_of_three(p + 7 * step, p + 8 * step, p + 9 * step, less), less);
      } else {
        pivot_at = median_of_three(r.first + n / 4, r.first + n / 2, r.first + 3 * n / 4, less);
      }
      // Hoare's partition with the pivot at the middle (the lower middle of
      // an even range), which keeps both sides non-empty.
      T* const middle = r.first + (n - 1) / 2;
      std::swap(*pivot_at, *middle);
      const T pivot = *middle;
      T* i = r.first - 1;
      T* j = r.last;
      for (;;) {
        do ++i;
        while (less(*i, pivot));
        do --j;
        while (less(pivot, *j));
        if (i >= j) break;
        std::swap(*i, *j);
      }
      // [r.first, j] <= pivot <= [j + 1, r.last): push the larger side, go
      // on with the smaller (the stack stays within log2(n) entries).
      T* const cut = j + 1;
      if (cut - r.first < r.last - cut) {
        stack[top++] = {cut, r.last, r.depth};
        r.last = cut;
      } else {
        stack[top++] = {r.first, cut, r.depth};
        r.first = cut;
      }
    }
    if (r.last - r.first > 1) quicksort_detail::insertion_sort(r.first, r.last, less);
  }
}

}  // namespace handshake

#endif  // HANDSHAKE_QUICKSORT_H_
