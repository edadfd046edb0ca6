#!/usr/bin/env bash
# Builds the libFuzzer targets (preset native-asan: clang with ASan, UBSan
# and LeakSanitizer), seeds their corpora from the golden fixtures and the
# data files, replays the committed regression inputs, then fuzzes each
# target for a fixed time. Fails on any crash, leak, timeout or
# out-of-memory; the input that caused it is saved under
# build/native-asan/artifacts/.
#   scripts/fuzz.sh                 the smoke run the test command uses (8 s per target)
#   scripts/fuzz.sh 600             ten minutes per target
#   scripts/fuzz.sh 3600 draft_fuzzer dictionary_fuzzer     an hour on two targets
# A smoke run (60 s or less per target) starts from the seeds alone, so its
# cost stays fixed; longer runs keep and grow their corpora in
# build/native-asan/corpus/. Figures for docs/reliability.md:
# build/native-asan/fuzz-summary.tsv.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

seconds=${1:-8}
shift || true
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(check_fuzzer draft_fuzzer tokenizer_fuzzer dictionary_fuzzer data_files_fuzzer)

"$ROOT/scripts/build.sh" native-asan
build="$ROOT/build/native-asan"
seeds="$build/seeds"
rm -rf "$seeds"
hunspell_tests="$HANDSHAKE_CACHE/hunspell-$HUNSPELL_SRC_VERSION/tests"
node "$ROOT/tests/fuzz/make_seeds.mjs" "$seeds" "$build/data" "$hunspell_tests" >/dev/null
mkdir -p "$build/artifacts"

# Leaks fail a run (LeakSanitizer, on by default with ASan on x86-64 Linux,
# made explicit); UBSan stops at the first report with a stack.
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=0:handle_abort=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

dict_for() {
  case "$1" in
    dictionary_fuzzer) echo "$ROOT/tests/fuzz/hunspell_aff.dict" ;;
    data_files_fuzzer) echo "" ;;
    *) echo "$ROOT/tests/fuzz/note.dict" ;;
  esac
}

summary="$build/fuzz-summary.tsv"
printf 'target\tseconds\texecutions\texec_per_second\tcorpus_inputs\tpeak_rss_mb\tresult\n' >"$summary"
failed=()
for target in "${targets[@]}"; do
  bin="$build/fuzz/$target"
  [ -x "$bin" ] || { echo "fuzz: no target $target" >&2; exit 2; }
  if [ "$seconds" -le 60 ]; then
    corpus="$build/smoke-corpus/$target"
    rm -rf "$corpus"
  else
    corpus="$build/corpus/$target"
  fi
  mkdir -p "$corpus" "$seeds/$target"
  log="$build/artifacts/$target.log"

  # Every input that once crashed a target stays a test.
  regressions=("$ROOT/tests/fuzz/regressions/$target"/*)
  if [ -e "${regressions[0]}" ]; then
    if ! "$bin" -timeout=30 -rss_limit_mb=2048 "${regressions[@]}" >"$log.regressions" 2>&1; then
      printf '    %s: a regression input failed again (see %s)\n' "$target" "$log.regressions" >&2
      failed+=("$target")
      continue
    fi
  fi

  dict=$(dict_for "$target")
  args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
    -artifact_prefix="$build/artifacts/$target-")
  [ -n "$dict" ] && args+=(-dict="$dict")
  t0=$(date +%s)
  if "$bin" "${args[@]}" "$corpus" "$seeds/$target" >"$log" 2>&1; then
    result=passed
  else
    result=FAILED
    failed+=("$target")
  fi
  elapsed=$(($(date +%s) - t0))
  stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
  execs=$(stat number_of_executed_units)
  rate=$(stat average_exec_per_sec)
  rss=$(stat peak_rss_mb)
  inputs=$(find "$corpus" -type f | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$elapsed" "${execs:-0}" "${rate:-0}" "$inputs" "${rss:-0}" "$result" >>"$summary"
  printf '    %-18s %s: %s executions in %ss (%s/s), %s corpus inputs, peak RSS %s MB\n' \
    "$target" "$result" "${execs:-0}" "$elapsed" "${rate:-0}" "$inputs" "${rss:-0}" >&2
  if [ "$result" = FAILED ]; then
    grep -E "ERROR|SUMMARY|fuzz invariant|Test unit written" "$log" | head -8 >&2 || true
  fi
done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]} (logs and inputs in $build/artifacts/)" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} targets, no crash, leak, timeout or out-of-memory"
