#!/usr/bin/env bash
# Configures (again only when CMakePresets.json changed) and builds the given
# CMake presets; build trees are reused, so a second run only rebuilds what
# changed. After wasm-release it builds the site the page is served from
# (build/site/, scripts/build-site.mjs).
#   scripts/build.sh wasm-release native-release ...
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ "$#" -gt 0 ] || set -- wasm-release
for preset in "$@"; do
  dir="$ROOT/build/$preset"
  if [ ! -f "$dir/CMakeCache.txt" ] || [ "$ROOT/CMakePresets.json" -nt "$dir/CMakeCache.txt" ]; then
    log "configuring $preset"
    cmake --preset "$preset" -S "$ROOT" >/dev/null
  fi
  log "building $preset"
  cmake --build "$dir" --parallel "$(jobs_count)"
  if [ "$preset" = wasm-release ]; then
    log "building the site (build/site/)"
    node "$ROOT/scripts/build-site.mjs"
  fi
done
