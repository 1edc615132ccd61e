# Sourced by the container scripts: start_registry runs Debian's registry server on 127.0.0.1:$REGISTRY_PORT
# (default 5055), storing in target/registry, and stop_registry stops it. Jib pushes to it and pulls the base images
# from it; podman talks to it without TLS (loopback only).
registry_port=${REGISTRY_PORT:-5055}
registry=127.0.0.1:$registry_port
registry_pid=

start_registry() {
  mkdir -p target/registry
  cat > target/registry/config.yml <<CONF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $PWD/target/registry/data
  delete:
    enabled: true
http:
  addr: $registry
CONF
  docker-registry serve target/registry/config.yml > target/registry/registry.log 2>&1 &
  registry_pid=$!
  for _ in $(seq 1 50); do
    curl -sf "http://$registry/v2/" >/dev/null && return 0
    sleep 0.1
  done
  echo "the registry did not start on $registry: target/registry/registry.log" >&2
  return 1
}

stop_registry() {
  [ -z "$registry_pid" ] || kill "$registry_pid" 2>/dev/null || true
  registry_pid=
}

# pushes a local image to the registry: push_image local-name registry-path
push_image() {
  podman push --quiet --tls-verify=false "$1" "$registry/$2" >/dev/null
}
