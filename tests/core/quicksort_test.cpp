#include "quicksort.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

namespace handshake {
namespace {

// Sorts a copy with quicksort and with std::stable_sort (on the key, then the
// original position) and compares the keys: quicksort is not stable, so
// only the order of keys is checked, and that every element is kept.
void expect_sorted(std::vector<std::uint32_t> values) {
  std::vector<std::uint32_t> expected = values;
  std::sort(expected.begin(), expected.end());
  quicksort(values.data(), values.data() + values.size(),
            [](std::uint32_t a, std::uint32_t b) { return a < b; });
  EXPECT_EQ(values, expected);
}

TEST(Quicksort, SortsSmallAndEmptyRanges) {
  expect_sorted({});
  expect_sorted({7});
  expect_sorted({2, 1});
  expect_sorted({3, 1, 2, 3, 1});
}

TEST(Quicksort, SortsRandomRangesOfEverySize) {
  std::mt19937 random(7);
  for (std::size_t n = 0; n < 300; ++n) {
    std::vector<std::uint32_t> values(n);
    for (std::uint32_t& v : values) v = random() % (n / 2 + 1);  // many equal values
    expect_sorted(values);
  }
  std::vector<std::uint32_t> large(100'000);
  for (std::uint32_t& v : large) v = random();
  expect_sorted(large);
}

TEST(Quicksort, SortsRunsSideBySideAndOtherPatterns) {
  const std::size_t n = 20'000;
  std::vector<std::uint32_t> two_runs, sawtooth, descending, equal(n, 5), organ_pipe;
  for (std::uint32_t i = 0; i < n; ++i) {
    two_runs.push_back(i < n / 2 ? 2 * i : 2 * (i - n / 2) + 1);
    sawtooth.push_back(i % 97);
    descending.push_back(static_cast<std::uint32_t>(n) - i);
    organ_pipe.push_back(i < n / 2 ? i : static_cast<std::uint32_t>(n) - i);
  }
  for (const auto& values : {two_runs, sawtooth, descending, equal, organ_pipe})
    expect_sorted(values);
}

TEST(Quicksort, OrdersByTheComparisonGiven) {
  struct Pair {
    int key, payload;
  };
  std::vector<Pair> pairs;
  for (int i = 0; i < 1000; ++i) pairs.push_back({(i * 7919) % 1000, i});
  quicksort(pairs.data(), pairs.data() + pairs.size(),
            [](const Pair& a, const Pair& b) { return a.key > b.key; });
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    EXPECT_EQ(pairs[i].key, 999 - static_cast<int>(i));
    EXPECT_EQ(pairs[i].payload * 7919 % 1000, pairs[i].key);  // each element kept whole
  }
}

}  // namespace
}  // namespace handshake
