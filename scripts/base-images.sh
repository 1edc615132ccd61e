#!/usr/bin/env bash
# Builds the base images of telebarometer's containers from Debian packages (no registry needed), into podman's store:
#
#   telebarometer/base-jvm:25        Debian bookworm's essential packages, a Java 25 runtime cut with jlink from the
#                                    JDK in $JDK25 (default: Temurin 25), user 185, /deployments/data owned by it
#   telebarometer/base-native:bookworm   glibc and zlib only, user 1001, /work/data owned by it
#                                    (src/main/docker/Dockerfile.native-micro builds on it)
#
#   scripts/base-images.sh [jvm] [native]        (default: both; run as root: mmdebstrap and podman need it)
#
# Installs what it needs from Debian (mmdebstrap, podman, runc). Settings: MIRROR (http://deb.debian.org/debian),
# JDK25. The root file systems are kept in target/base-images/ and reused while this script and the JDK are unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/podman-env.sh
mirror=${MIRROR:-http://deb.debian.org/debian}
jdk=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
work=$PWD/target/base-images
kinds=("$@")
[ ${#kinds[@]} -gt 0 ] || kinds=(jvm native)
mkdir -p "$work"

# the modules a Quarkus application with Hibernate, H2, Vert.x and Micrometer reads (java.se covers java.sql, naming,
# management, desktop's java.beans...), plus JFR for profiling in production
modules=java.se,jdk.unsupported,jdk.management,jdk.management.jfr,jdk.jfr,jdk.crypto.ec,jdk.naming.dns,jdk.zipfs

# $1: what the image holds (for the reuse check); the rest: mmdebstrap's arguments
rootfs() {
  local name=$1 key=$2
  shift 2
  if [ -f "$work/$name.tar" ] && [ "$(cat "$work/$name.key" 2>/dev/null)" = "$key" ]; then
    return 0
  fi
  rm -f "$work/$name.tar"
  mmdebstrap --quiet "$@" bookworm "$work/$name.tar" "$mirror"
  echo "$key" > "$work/$name.key"
}

jvm_base() {
  [ -x "$jdk/bin/jlink" ] || { echo "no JDK 25 in $jdk: install Temurin 25 or set JDK25" >&2; exit 1; }
  if [ ! -x "$work/jre/bin/java" ]; then
    "$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
      --generate-cds-archive --output "$work/jre"
  fi
  rootfs base-jvm "$(sha256sum "$0" | cut -c1-16) $("$work/jre/bin/java" -version 2>&1 | tail -1)" \
    --variant=essential --include=ca-certificates \
    --customize-hook="cp -a '$work/jre' \"\$1/opt/java\"" \
    --customize-hook='echo "app:x:185:185:telebarometer:/deployments:/usr/sbin/nologin" >> "$1/etc/passwd"' \
    --customize-hook='echo "app:x:185:" >> "$1/etc/group"' \
    --customize-hook='mkdir -p "$1/deployments/data" && chown -R 185:185 "$1/deployments"' \
    --customize-hook='rm -rf "$1"/usr/share/doc/* "$1"/usr/share/man/* "$1"/usr/share/locale/* "$1"/var/cache/apt/*'
  podman import --change 'ENV JAVA_HOME=/opt/java' \
    --change 'ENV PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'USER 185' --change 'WORKDIR /deployments' \
    "$work/base-jvm.tar" telebarometer/base-jvm:25 > /dev/null
  echo "telebarometer/base-jvm:25: $(podman image inspect --format '{{.Size}}' telebarometer/base-jvm:25 | numfmt --to=si)B"
}

native_base() {
  # extract: the packages' files only, no shell, no package manager
  rootfs base-native "$(sha256sum "$0" | cut -c1-16)" \
    --variant=extract --include=libc6,zlib1g,libgcc-s1 \
    --customize-hook='rm -rf "$1"/usr/share/doc/* "$1"/usr/share/lintian "$1"/var/lib/dpkg' \
    --customize-hook='printf "root:x:0:0::/root:/nonexistent\napp:x:1001:0:telebarometer:/work:/nonexistent\n" > "$1/etc/passwd"' \
    --customize-hook='printf "root:x:0:\n" > "$1/etc/group"' \
    --customize-hook='mkdir -p "$1/work/data" "$1/tmp" && chmod 1777 "$1/tmp" && chown -R 1001:0 "$1/work"'
  podman import --change 'USER 1001' --change 'WORKDIR /work' \
    "$work/base-native.tar" telebarometer/base-native:bookworm > /dev/null
  echo "telebarometer/base-native:bookworm: $(podman image inspect --format '{{.Size}}' telebarometer/base-native:bookworm | numfmt --to=si)B"
}

for kind in "${kinds[@]}"; do
  case $kind in
    jvm) jvm_base ;;
    native) native_base ;;
    *) echo "unknown base image $kind (jvm or native)" >&2; exit 64 ;;
  esac
done
