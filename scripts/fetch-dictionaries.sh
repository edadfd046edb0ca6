#!/usr/bin/env bash
# Fetches the pinned Debian Hunspell dictionaries into the cache. apt-get
# download checks each .deb against the signed archive index.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

dest="$HANDSHAKE_CACHE/dictionaries"
mkdir -p "$dest"
fetch() {  # package version file-prefix
  local pkg=$1 version=$2 prefix=$3
  local stamp="$dest/$prefix.version"
  if [ -f "$dest/$prefix.aff" ] && [ -f "$dest/$prefix.dic" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$version" ]; then
    return 0
  fi
  log "fetching $pkg $version from Debian"
  local work
  work=$(mktemp -d)
  (cd "$work" && apt-get download -qq -o APT::Sandbox::User=root "$pkg=$version" >&2)
  dpkg-deb -x "$work"/*.deb "$work/x"
  cp "$work/x/usr/share/hunspell/$prefix.aff" "$work/x/usr/share/hunspell/$prefix.dic" "$dest/"
  echo "$version" >"$stamp"
  rm -rf "$work"
}
fetch hunspell-en-us "$HUNSPELL_EN_US_VERSION" en_US
fetch hunspell-en-gb "$HUNSPELL_EN_GB_VERSION" en_GB
echo "$dest"
