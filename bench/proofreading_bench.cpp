// How much a check costs as the user types, and proof that no input makes
// it worse than linear. Run:
//   cmake --preset native-release -DHANDSHAKE_BUILD_BENCH=ON
//   cmake --build build/native-release --target proofreading_bench
//   build/native-release/bench/proofreading_bench --benchmark_repetitions=5
//       --benchmark_report_aggregates_only=true   (one line)
// BM_FullCheck is the whole pipeline on a 300-character note; BM_OneCheck
// each check (proofreading and coach) alone on it; BM_Scaling one hostile 1 MB input
// per row, with the fitted complexity (it must read O(N)).
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "checks/check.h"
#include "checks/check_util.h"
#include "checks/registry.h"
#include "data_files.h"
#include "document.h"
#include "handshake/handshake.h"
#include "kinds.h"
#include "phrases.h"
#include "speller.h"

namespace handshake {

namespace {

// 298 characters: a realistic invitation with a name, a link, an emoji,
// a product name and a sign-off; no misspelling, so no suggestion runs.
const char kNote[] =
    "Hi Amy, I really enjoyed your talk at RustConf last week on borrow checking and "
    "incremental compilation \xF0\x9F\x91\x8F I'm working on a similar problem at Initech "
    "and would love to compare notes. My write-up is at https://zoe.dev/notes. Would you be "
    "open to a 15-minute chat?\nBest, John";

const Checker& checker() {
  static const std::unique_ptr<Checker> instance = [] {
    CheckerOptions options;
    options.data_dir = HANDSHAKE_BENCH_DATA_DIR;
    std::string error;
    auto c = Checker::create(options, &error);
    if (!c) {
      std::fprintf(stderr, "%s\n", error.c_str());
      std::abort();
    }
    c->add_word("RustConf");
    c->add_word("Initech");
    return c;
  }();
  return *instance;
}

Draft note_draft() {
  Draft draft;
  draft.text = kNote;
  draft.recipient = "Amy Chen";
  draft.sender = "John Smith";
  return draft;
}

void BM_FullCheck(benchmark::State& state) {
  const Draft draft = note_draft();
  for (auto _ : state) benchmark::DoNotOptimize(checker().check(draft));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * draft.text.size()));
}
BENCHMARK(BM_FullCheck);

void BM_Analyze(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(analyze(kNote));
}
BENCHMARK(BM_Analyze);

using Factory = std::unique_ptr<Check> (*)(const DataDir&, std::string*);

void BM_OneCheck(benchmark::State& state, Factory factory) {
  std::string error;
  const DataDir data(HANDSHAKE_BENCH_DATA_DIR);
  const std::unique_ptr<Check> check = factory(data, &error);
  const std::unique_ptr<Speller> speller =
      Speller::open(data.path("hunspell/en_US.aff"), data.path("hunspell/en_US.dic"), &error);
  if (!check || !speller) {
    state.SkipWithError(error.c_str());
    return;
  }
  speller->add_word("RustConf");
  speller->add_word("Initech");
  KindProfiles kinds;
  Normalizer normalizer;
  if (!kinds.load(data, &error) || !normalizer.load(data, &error)) {
    state.SkipWithError(error.c_str());
    return;
  }
  const Draft draft = note_draft();
  const Document doc = analyze(draft.text);
  NormalText words;
  normalizer.normalize(doc, draft.recipient, &words);
  PlatformProfile platform;
  platform.limit = 300;
  platform.ideal_min = 80;
  platform.ideal_max = 280;
  const DraftNames names = draft_names(draft);
  const CheckContext context{draft, doc, platform, *speller, *kinds.find("invite"), words, names};
  std::vector<Finding> findings;
  for (auto _ : state) {
    findings.clear();
    check->run(context, findings);
    benchmark::DoNotOptimize(findings.data());
  }
}
BENCHMARK_CAPTURE(BM_OneCheck, spelling, make_spelling_check);
BENCHMARK_CAPTURE(BM_OneCheck, repeated_word, make_repeated_word_check);
BENCHMARK_CAPTURE(BM_OneCheck, article, make_article_check);
BENCHMARK_CAPTURE(BM_OneCheck, capitalization, make_capitalization_check);
BENCHMARK_CAPTURE(BM_OneCheck, spacing, make_spacing_check);
BENCHMARK_CAPTURE(BM_OneCheck, punctuation, make_punctuation_check);
BENCHMARK_CAPTURE(BM_OneCheck, shouting, make_shouting_check);
BENCHMARK_CAPTURE(BM_OneCheck, placeholder, make_placeholder_check);
BENCHMARK_CAPTURE(BM_OneCheck, name_mismatch, make_name_mismatch_check);
BENCHMARK_CAPTURE(BM_OneCheck, length, make_length_check);
BENCHMARK_CAPTURE(BM_OneCheck, generic_phrase, make_generic_phrase_check);
BENCHMARK_CAPTURE(BM_OneCheck, duplicate, make_duplicate_check);
BENCHMARK_CAPTURE(BM_OneCheck, no_name, make_no_name_check);
BENCHMARK_CAPTURE(BM_OneCheck, no_context, make_no_context_check);
BENCHMARK_CAPTURE(BM_OneCheck, no_reason, make_no_reason_check);
BENCHMARK_CAPTURE(BM_OneCheck, no_intro, make_no_intro_check);
BENCHMARK_CAPTURE(BM_OneCheck, no_reference, make_no_reference_check);
BENCHMARK_CAPTURE(BM_OneCheck, salesy, make_salesy_check);
BENCHMARK_CAPTURE(BM_OneCheck, pushy, make_pushy_check);
BENCHMARK_CAPTURE(BM_OneCheck, curt, make_curt_check);

// Inputs that would be quadratic if a scan restarted at every character.
void BM_Scaling(benchmark::State& state, std::string piece) {
  Draft draft;
  draft.recipient = "Ana Lima";
  while (draft.text.size() + piece.size() <= static_cast<std::size_t>(state.range(0)))
    draft.text += piece;
  for (auto _ : state) benchmark::DoNotOptimize(checker().check(draft));
  state.SetComplexityN(static_cast<std::int64_t>(draft.text.size()));
}
#define HANDSHAKE_SCALING(name, piece)                    \
  BENCHMARK_CAPTURE(BM_Scaling, name, std::string(piece)) \
      ->RangeMultiplier(4)                                \
      ->Range(1 << 14, 1 << 20)                           \
      ->Unit(benchmark::kMillisecond)                     \
      ->Complexity(benchmark::oN)
HANDSHAKE_SCALING(prose, "Hi Ana, I enjoyed your talk on compilers. ");
HANDSHAKE_SCALING(dotted_run, "a.");
HANDSHAKE_SCALING(hyphen_run, "a-");
HANDSHAKE_SCALING(email_like, "x@b.");
HANDSHAKE_SCALING(open_braces, "{");
HANDSHAKE_SCALING(open_brackets, "[Name ");
HANDSHAKE_SCALING(closing_parens, ")");
HANDSHAKE_SCALING(sentences, "Xqzv. ");
HANDSHAKE_SCALING(greetings, "Hi Anna. ");
HANDSHAKE_SCALING(capitals, "HELLO ");
HANDSHAKE_SCALING(zero_width, "\xE2\x80\x8B");
HANDSHAKE_SCALING(line_breaks, "\n");
// The phrase matcher: every word starts template patterns, and near misses
// make it try its small-change budget.
HANDSHAKE_SCALING(template_starts, "I ");
HANDSHAKE_SCALING(near_templates, "I would like to add you to my ");

}  // namespace
}  // namespace handshake

BENCHMARK_MAIN();
