#!/usr/bin/env bash
# clang-format over every C++ file the repository tracks (.clang-format at the root).
#   scripts/format.sh           rewrites them in place
#   scripts/format.sh --check   lists the files that differ and fails if any does
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

# Tracked and present (a file deleted but not yet committed is not checked).
mapfile -t files < <(git ls-files '*.cpp' '*.h' '*.cc' | while IFS= read -r f; do [ -e "$f" ] && printf '%s\n' "$f"; done)
if [ "${1:-}" != "--check" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
# One clang-format for every file (a process per file took 17 s): it names
# each file that differs in its warnings, and fails only when it cannot run.
report=$(clang-format --dry-run "${files[@]}" 2>&1) || {
  printf '%s\n' "$report" >&2
  exit 1
}
mapfile -t unformatted < <(printf '%s\n' "$report" |
  sed -n 's/^\(.*\):[0-9]*:[0-9]*: warning: code should be clang-formatted.*/\1/p' | sort -u)
printf 'clang-format: %d of %d files formatted\n' "$((${#files[@]} - ${#unformatted[@]}))" "${#files[@]}"
if [ "${#unformatted[@]}" -gt 0 ]; then
  printf '  differs: %s\n' "${unformatted[@]}"
  echo "  run scripts/format.sh to fix" >&2
  exit 1
fi
