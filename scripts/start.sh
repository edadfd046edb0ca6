#!/usr/bin/env bash
# Installs what is missing, builds the WebAssembly module and the site, and serves the
# compose page on http://127.0.0.1:${PORT:-8080}/
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh" wasm-release
exec node "$ROOT/scripts/serve.mjs"
