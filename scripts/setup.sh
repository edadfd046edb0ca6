#!/usr/bin/env bash
# Installs what is missing (Debian packages, npm packages, Hunspell's source,
# the dictionaries) and nothing that is already there. Safe to run again.
#   scripts/setup.sh            what building and serving need
#   scripts/setup.sh --test     also what the tests and benchmarks need
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

packages=(cmake ninja-build g++ make pkg-config dpkg-dev emscripten nodejs)
# Debian's nodejs comes without npm (NodeSource's, on these machines, has it).
command -v npm >/dev/null || packages+=(npm)
if [ "$want_test" = 1 ]; then
  packages+=(googletest libgtest-dev libbenchmark-dev clang clang-format libclang-rt-14-dev valgrind chromium
    hunspell libhunspell-dev)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# hunspell_matches_upstream compares the patched Hunspell with Debian's build
# of the same release: the library must be the version whose source we patch.
if [ "$want_test" = 1 ] &&
  [ "$(dpkg-query -W -f='${Version}' libhunspell-dev 2>/dev/null)" != "$HUNSPELL_SRC_VERSION" ]; then
  kept=()
  for p in "${missing[@]}"; do [ "$p" = libhunspell-dev ] || kept+=("$p"); done
  missing=("${kept[@]}" "libhunspell-dev=$HUNSPELL_SRC_VERSION" "libhunspell-1.7-0=$HUNSPELL_SRC_VERSION")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 18 ]; then
  echo "setup: Node.js 18 or newer is required (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi

# npm packages (esbuild builds the site; playwright-core drives the browser
# tests): only when package-lock.json changed since the last install.
stamp="$ROOT/node_modules/.handshake-lock"
if ! cmp -s "$ROOT/package-lock.json" "$stamp"; then
  log "installing npm packages (npm ci)"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  mkdir -p "$ROOT/node_modules"
  cp "$ROOT/package-lock.json" "$stamp"
fi

"$ROOT/scripts/fetch-hunspell.sh" >/dev/null
"$ROOT/scripts/fetch-dictionaries.sh" >/dev/null
"$ROOT/scripts/fetch-word-data.sh" >/dev/null
