// Tunes the Suggester's ranking weights by coordinate descent on a slice of
// the misspellings list that the accuracy test does not use (by default the
// pairs after the first 1000), and prints the best weights found:
//   tune_suggester LANG.aff LANG.dic LANG.freq dictionary.json [OFFSET [COUNT]]
// A development tool: run it after changing the ranking, then copy the
// weights into RankingWeights' defaults.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <hunspell.hxx>

#include "suggester.h"
#include "word_data.h"

namespace {

struct Score {
  int top1 = 0, top5 = 0;
  int value() const { return top1 + top5; }
};

}  // namespace

int main(int argc, char** argv) {
  using namespace handshake;
  if (argc < 5) {
    std::fprintf(stderr, "usage: %s LANG.aff LANG.dic LANG.freq dictionary.json [OFFSET [COUNT]]\n",
                 argv[0]);
    return 2;
  }
  const std::size_t offset = argc > 5 ? std::strtoul(argv[5], nullptr, 10) : 1000;
  const std::size_t count = argc > 6 ? std::strtoul(argv[6], nullptr, 10) : 100000;
  std::string json;
  if (!tools::read_file(argv[4], json)) return 1;
  auto pairs = tools::plain_word_pairs(tools::parse_misspellings(json));
  pairs.erase(pairs.begin(), pairs.begin() + std::min(offset, pairs.size()));
  if (pairs.size() > count) pairs.resize(count);

  Hunspell hunspell(argv[1], argv[2]);
  std::vector<std::pair<std::string, std::string>> detected;
  for (const auto& p : pairs)
    if (!hunspell.spell(p.first)) detected.push_back(p);

  SuggesterSource source;
  source.aff_path = argv[1];
  source.dic_path = argv[2];
  source.frequency_path = argv[3];
  Suggester suggester(source, [&](std::string_view w) { return hunspell.spell(std::string(w)); });
  std::string error;
  if (!suggester.prepare(&error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }

  auto evaluate = [&](const RankingWeights& w) {
    suggester.set_weights(w);
    Score s;
    for (const auto& [wrong, right] : detected) {
      const auto got = suggester.suggest(wrong, 5);
      const std::size_t rank = tools::rank_of(got, right);
      s.top1 += rank == 0;
      s.top5 += rank < 5;
    }
    return s;
  };

  struct Knob {
    const char* name;
    double RankingWeights::*ranking;
    double spelling::CostWeights::*cost;
  };
  const Knob knobs[] = {
      {"frequency", &RankingWeights::frequency, nullptr},
      {"unknown_word", &RankingWeights::unknown_word, nullptr},
      {"sounds_alike", &RankingWeights::sounds_alike, nullptr},
      {"split", &RankingWeights::split, nullptr},
      {"doubled", nullptr, &spelling::CostWeights::doubled},
      {"vowel_gap", nullptr, &spelling::CostWeights::vowel_gap},
      {"vowel_swap", nullptr, &spelling::CostWeights::vowel_swap},
      {"keyboard", nullptr, &spelling::CostWeights::keyboard},
      {"sound", nullptr, &spelling::CostWeights::sound},
      {"transposition", nullptr, &spelling::CostWeights::transposition},
      {"replacement", nullptr, &spelling::CostWeights::replacement},
      {"first_letter", nullptr, &spelling::CostWeights::first_letter},
      {"related", nullptr, &spelling::CostWeights::related},
  };
  auto ref = [](RankingWeights& w, const Knob& k) -> double& {
    return k.ranking ? w.*k.ranking : w.cost.*k.cost;
  };

  RankingWeights best = suggester.weights();
  Score best_score = evaluate(best);
  std::printf("%zu detected pairs; start: top-1 %d top-5 %d\n", detected.size(), best_score.top1,
              best_score.top5);
  for (double step : {0.2, 0.1, 0.05}) {
    bool improved = true;
    while (improved) {
      improved = false;
      for (const Knob& knob : knobs) {
        for (double direction : {-1.0, 1.0}) {
          RankingWeights trial = best;
          ref(trial, knob) = std::max(0.0, ref(trial, knob) + direction * step);
          const Score s = evaluate(trial);
          if (s.value() > best_score.value()) {
            best = trial, best_score = s, improved = true;
            std::printf("  %s = %.3f: top-1 %d top-5 %d\n", knob.name, ref(best, knob), s.top1,
                        s.top5);
            std::fflush(stdout);
          }
        }
      }
    }
  }
  std::printf("best: top-1 %d (%.1f%%) top-5 %d (%.1f%%) of %zu pairs\n", best_score.top1,
              100.0 * best_score.top1 / pairs.size(), best_score.top5,
              100.0 * best_score.top5 / pairs.size(), pairs.size());
  for (const Knob& knob : knobs) std::printf("  %s = %.3f\n", knob.name, ref(best, knob));
  return 0;
}
