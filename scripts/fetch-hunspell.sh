#!/usr/bin/env bash
# Fetches Hunspell's source from Debian's archive into the cache, verified
# against the signed archive index (apt) and the .dsc checksums (dpkg-source).
# No host name is written anywhere: the deb-src entry is derived from this
# machine's own Debian sources file, in a private apt directory.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

dest="$HANDSHAKE_CACHE/hunspell-$HUNSPELL_SRC_VERSION"
if [ -f "$dest/src/hunspell/hunspell.cxx" ]; then
  echo "$dest"
  exit 0
fi

work="$HANDSHAKE_CACHE/apt-src"
rm -rf "$work"
mkdir -p "$work/sources.list.d" "$work/lists/partial" "$work/dl"
found=0
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] || continue
  grep -q '^URIs:.*debian' "$f" || continue
  sed 's/^Types: deb$/Types: deb-src/' "$f" >"$work/sources.list.d/$(basename "$f")"
  found=1
done
if [ -f /etc/apt/sources.list ] && grep -q '^deb ' /etc/apt/sources.list; then
  sed -n 's/^deb /deb-src /p' /etc/apt/sources.list >"$work/sources.list.d/main.list"
  found=1
fi
[ "$found" = 1 ] || { echo "fetch-hunspell: no Debian sources entry found under /etc/apt" >&2; exit 1; }

apt_opts=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$work/sources.list.d"
  -o "Dir::State::Lists=$work/lists" -o "APT::Sandbox::User=root")
log "fetching hunspell $HUNSPELL_SRC_VERSION source from Debian"
apt-get "${apt_opts[@]}" update -qq >&2
(cd "$work/dl" && apt-get "${apt_opts[@]}" source --download-only -qq "hunspell=$HUNSPELL_SRC_VERSION" >&2)
command -v dpkg-source >/dev/null || { echo "fetch-hunspell: dpkg-source missing (apt-get install dpkg-dev)" >&2; exit 1; }
rm -rf "$dest.tmp"
(cd "$work/dl" && dpkg-source -x hunspell_*.dsc "$dest.tmp" >&2)
# dpkg-source checked each file's size and SHA-256 against the .dsc, whose own
# hash apt checked against the signed Sources index.
mv "$dest.tmp" "$dest"
rm -rf "$work"
echo "$dest"
