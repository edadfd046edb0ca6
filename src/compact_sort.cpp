#include "compact_sort.h"

#include <algorithm>

namespace handshake {

void stable_sort_positions(std::vector<std::uint32_t>& order, PositionLess less,
                           const void* context) {
  const std::size_t n = order.size();
  // Runs of up to 8 by insertion, then bottom-up merges: the right run's
  // element goes first only when it is strictly less, which keeps equal
  // elements in their order.
  constexpr std::size_t kRun = 8;
  for (std::size_t lo = 0; lo < n; lo += kRun) {
    const std::size_t hi = std::min(lo + kRun, n);
    for (std::size_t i = lo + 1; i < hi; ++i) {
      const std::uint32_t value = order[i];
      std::size_t j = i;
      for (; j > lo && less(context, value, order[j - 1]); --j) order[j] = order[j - 1];
      order[j] = value;
    }
  }
  if (n <= kRun) return;
  std::vector<std::uint32_t> merged(n);
  for (std::size_t width = kRun; width < n; width *= 2) {
    for (std::size_t lo = 0; lo < n; lo += 2 * width) {
      const std::size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
      std::size_t left = lo, right = mid, out = lo;
      while (left < mid && right < hi)
        merged[out++] = less(context, order[right], order[left]) ? order[right++] : order[left++];
      while (left < mid) merged[out++] = order[left++];
      while (right < hi) merged[out++] = order[right++];
    }
    order.swap(merged);
  }
}

}  // namespace handshake
