# Sourced by the container scripts: installs podman and what goes with it from Debian when missing, and points podman
# at a configuration of the project's own (target/podman/containers.conf) rather than changing the machine's.
# Facts of these machines: runc works where crun refuses hybrid cgroups; the default ulimits are refused.
if ! command -v podman >/dev/null || ! command -v runc >/dev/null || ! command -v mmdebstrap >/dev/null \
    || ! command -v docker-registry >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends podman runc mmdebstrap \
    docker-registry uidmap slirp4netns fuse-overlayfs >/dev/null
fi
mkdir -p target/podman
cat > target/podman/containers.conf <<'CONF'
[containers]
default_ulimits = []

[engine]
runtime = "runc"
CONF
export CONTAINERS_CONF=$PWD/target/podman/containers.conf
