#!/usr/bin/env bash
# Installs what is missing, builds every variant and runs every test:
# GoogleTest natively (release, ASan+UBSan) and as wasm under Node (ctest),
# node:test over the JS library and CLI (release and debug builds), the
# browser tests in Chromium, the size and instruction-count budgets, and a
# short libFuzzer run of every fuzz target, after a clang-format check. Each
# stage prints its own pass/fail counts; the script exits non-zero if any
# stage failed.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

started=$(date +%s)
"$ROOT/scripts/setup.sh" --test
"$ROOT/scripts/build.sh" native-release native-asan wasm-release wasm-debug
node "$ROOT/scripts/build-extension.mjs" --test

failed=()
stage() {  # name command...
  local name=$1
  shift
  log "$name"
  local t0
  t0=$(date +%s)
  if "$@"; then
    printf '    %s: passed (%ss)\n' "$name" "$(($(date +%s) - t0))" >&2
  else
    printf '    %s: FAILED (%ss)\n' "$name" "$(($(date +%s) - t0))" >&2
    failed+=("$name")
  fi
}

ctest_in() { ctest --test-dir "$ROOT/build/$1" --output-on-failure --parallel "$(jobs_count)"; }
# The suite as one ctest entry per GoogleTest shard (sanitizers) or one (wasm): -V shows GoogleTest's counts.
ctest_suite() { ctest --test-dir "$ROOT/build/$1" -V --parallel "$(jobs_count)" | grep -vE '^(UpdateCTestConfiguration|Test project|Constructing|Checking test dependency|Updating test list|test [0-9]+$)'; }
# Node runs one test file at a time on two cores (its default is one fewer
# than the cores); the module's files are independent processes, so both
# cores take one each.
node_tests() { node --test --test-reporter=spec "$@"; }
node_tests_parallel() { node --test --test-reporter=spec --test-concurrency="$(jobs_count)" "$@"; }

stage "format (clang-format)" "$ROOT/scripts/format.sh" --check
stage "GoogleTest, native release" ctest_in native-release
stage "GoogleTest, native ASan+UBSan" ctest_suite native-asan
stage "GoogleTest, wasm under Node" ctest_suite wasm-release
stage "node:test, release module" node_tests_parallel tests/wasm/
# The debug module (assertions, SAFE_HEAP, -O0) is ten times slower: it runs
# the API, the golden notes and the hostile input in process; the CLI and the
# long-running suites, the same library code, run against the release module.
debug_module_tests() {
  HANDSHAKE_CORE=dist/debug/handshake-core.mjs \
    node_tests_parallel tests/wasm/api.test.mjs tests/wasm/golden.test.mjs tests/wasm/hostile.test.mjs
}
stage "node:test, debug module (assertions)" debug_module_tests
stage "browser tests (Chromium: page, widget, extension)" node_tests tests/web/
stage "budgets (download size, callgrind instruction count)" node_tests tests/budget/
stage "fuzz smoke run (libFuzzer, ASan+UBSan+LSan)" "$ROOT/scripts/fuzz.sh"

log "finished in $(($(date +%s) - started))s"
if [ "${#failed[@]}" -gt 0 ]; then
  printf 'FAILED stages: %s\n' "${failed[*]}" >&2
  exit 1
fi
echo "All test stages passed."
