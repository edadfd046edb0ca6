#include "compact_sort.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace handshake {
namespace {

// What std::stable_sort gives, for every size around the insertion runs and
// merge widths, with many equal keys (whose original order must survive).
TEST(CompactSort, SortsAsStdStableSortDoes) {
  std::mt19937 random(7);
  const auto by_key = [](const std::pair<int, std::string>& a,
                         const std::pair<int, std::string>& b) { return a.first < b.first; };
  for (std::size_t n :
       {0u, 1u, 2u, 7u, 8u, 9u, 15u, 16u, 17u, 31u, 33u, 100u, 257u, 1000u, 4099u}) {
    for (int keys : {1, 3, 1000000}) {
      std::vector<std::pair<int, std::string>> items;
      for (std::size_t i = 0; i < n; ++i)
        items.emplace_back(static_cast<int>(random() % keys), "item " + std::to_string(i));
      std::vector<std::pair<int, std::string>> expected = items;
      std::stable_sort(expected.begin(), expected.end(), by_key);
      compact_stable_sort(items, by_key);
      EXPECT_EQ(items, expected) << n << " items, " << keys << " keys";
    }
  }
}

TEST(CompactSort, LeavesSortedAndReversedInputRight) {
  std::vector<int> sorted(50);
  for (int i = 0; i < 50; ++i) sorted[i] = i;
  std::vector<int> items = sorted;
  compact_stable_sort(items, std::less<>());
  EXPECT_EQ(items, sorted);
  std::reverse(items.begin(), items.end());
  compact_stable_sort(items, std::less<>());
  EXPECT_EQ(items, sorted);
}

}  // namespace
}  // namespace handshake
