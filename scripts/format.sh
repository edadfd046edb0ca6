#!/usr/bin/env bash
# clang-format over every C++ file the repository tracks (.clang-format at the root).
#   scripts/format.sh           rewrites them in place
#   scripts/format.sh --check   lists the files that differ and fails if any does
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

mapfile -t files < <(git ls-files '*.cpp' '*.h' '*.cc')
if [ "${1:-}" != "--check" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
unformatted=()
for f in "${files[@]}"; do
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
done
printf 'clang-format: %d of %d files formatted\n' "$((${#files[@]} - ${#unformatted[@]}))" "${#files[@]}"
if [ "${#unformatted[@]}" -gt 0 ]; then
  printf '  differs: %s\n' "${unformatted[@]}"
  echo "  run scripts/format.sh to fix" >&2
  exit 1
fi
