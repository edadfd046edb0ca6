// How long a full check takes natively: the as-you-type budget is 0.2 ms
// median for a 300-character note (all checks, spelling included, no
// suggestions for correct text). The notes are bench/notes.notes, which the
// wasm benchmark (check.bench.mjs) times too.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "data_files.h"
#include "document.h"
#include "handshake/handshake.h"
#include "phrases.h"
#include "test_support.h"

namespace handshake {
namespace {

const std::vector<testing::GoldenCase>& notes() {
  static const std::vector<testing::GoldenCase> cases = [] {
    std::ifstream in(HANDSHAKE_BENCH_NOTES, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    std::string error;
    auto parsed = testing::parse_golden("notes.notes", content.str(), &error);
    if (!error.empty() || parsed.empty()) {
      std::fprintf(stderr, "cannot read %s: %s\n", HANDSHAKE_BENCH_NOTES, error.c_str());
      std::abort();
    }
    return parsed;
  }();
  return cases;
}

const Checker& checker() {
  static const std::unique_ptr<Checker> c = [] {
    CheckerOptions options;
    options.data_dir = HANDSHAKE_BENCH_DATA_DIR;
    std::string error;
    auto created = Checker::create(options, &error);
    if (!created) {
      std::fprintf(stderr, "cannot create checker: %s\n", error.c_str());
      std::abort();
    }
    return created;
  }();
  return *c;
}

void BM_Check(benchmark::State& state, std::size_t index) {
  const Draft& draft = notes()[index].draft;
  for (auto _ : state) {
    CheckResult result = checker().check(draft);
    benchmark::DoNotOptimize(result);
  }
  state.counters["chars"] = static_cast<double>(draft.text.size());
}

void BM_Analyze(benchmark::State& state) {
  const std::string& text = notes()[0].draft.text;
  for (auto _ : state) {
    Document doc = analyze(text);
    benchmark::DoNotOptimize(doc);
  }
}

void BM_Normalize(benchmark::State& state) {
  Normalizer normalizer;
  std::string error;
  if (!normalizer.load(DataDir(HANDSHAKE_BENCH_DATA_DIR), &error)) {
    state.SkipWithError(error.c_str());
    return;
  }
  const Draft& draft = notes()[0].draft;
  const Document doc = analyze(draft.text);
  NormalText words;
  for (auto _ : state) {
    normalizer.normalize(doc, draft.recipient, &words);
    benchmark::DoNotOptimize(words);
  }
}

int register_benchmarks() {
  for (std::size_t i = 0; i < notes().size(); ++i)
    benchmark::RegisterBenchmark(("BM_Check/" + notes()[i].name).c_str(),
                                 [i](benchmark::State& s) { BM_Check(s, i); })
        ->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("BM_Analyze/strong-300", BM_Analyze)->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("BM_Normalize/strong-300", BM_Normalize)
      ->Unit(benchmark::kMicrosecond);
  return 0;
}

}  // namespace
}  // namespace handshake

int main(int argc, char** argv) {
  handshake::register_benchmarks();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
