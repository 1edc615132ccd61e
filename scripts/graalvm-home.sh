#!/usr/bin/env bash
# Prints a GRAALVM_HOME with a working native-image on these machines, assembled by ../shared/tools/graalvm-native.
# When the OpenJDK source the tool picks is listed by a Debian index but not served, the source of the newest
# openjdk-25 in Debian's main pool is put where the tool looks first, and the tool is run again.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tool=$here/../shared/tools/graalvm-native/install.sh
work=${GRAALVM_NATIVE_WORK:-$HOME/.cache/graalvm-native}

if home=$(bash "$tool" "$work" | tail -1) && [ -x "$home/bin/native-image" ]; then
  echo "$home"; exit 0
fi
echo "graalvm-home: the tool failed; seeding the OpenJDK source from Debian's main pool and trying again" >&2
base=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[ -n "$base" ] || base=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list)
line=$(curl -fsS "$base/dists/trixie/main/source/Sources.xz" | xz -dc | awk '
  /^Package: /{p=($2=="openjdk-25")} p&&/^Directory: /{d=$2}
  p&&/^Checksums-Sha256:/{c=1;next} p&&c&&/^ /{ if ($3 ~ /\.orig\.tar\.xz$/) {s=$1; f=$3} next } c{c=0}
  p&&/^$/{ if (f!="") print d"/"f, s; f="" }' | sort -V | tail -1)
set -- $line
mkdir -p "$work"
curl -fsS -o "$work/jdk.orig.tar.xz" "$base/$1"
echo "$2  $work/jdk.orig.tar.xz" | sha256sum -c - >&2
mkdir -p "$work/jdksrc" && tar xJf "$work/jdk.orig.tar.xz" -C "$work/jdksrc" --strip-components=1 && rm "$work/jdk.orig.tar.xz"
home=$(bash "$tool" "$work" | tail -1)
[ -x "$home/bin/native-image" ] || { echo "graalvm-home: no native-image after all" >&2; exit 1; }
echo "$home"
