#!/usr/bin/env bash
# Builds the container images of the five services without any container engine, into one OCI image layout:
#   deploy/images/target/oci   tags: base, programme-service, registration-service, budget-service,
#                              evaluation-service, gateway, keycloak
# Tools, all from Debian's packages: debootstrap (the base: Debian bookworm with OpenJDK 17's headless runtime),
# umoci (adds layers and sets the image configuration), skopeo (copies an image to a registry or a daemon).
# keycloak is the base plus Keycloak's distribution (Maven Central, the local stack's version) and the Assises theme,
# as deploy/keycloak/Containerfile would build it from Keycloak's own image.
# Each service's image is the base plus two layers taken from its Quarkus fast-jar (target/quarkus-app):
# the dependencies (lib/), then the application; it runs as user 185, never root, and writes nowhere but /tmp.
#
#   deploy/images/build.sh            # after `mvn package`: builds whatever is missing
#   skopeo copy oci:deploy/images/target/oci:gateway docker://registry.example/assises/gateway:0.1.0
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$here/target"
layout="$out/oci"
services=(programme-service registration-service budget-service evaluation-service gateway)
version="${ASSISES_IMAGE_VERSION:-0.1.0}"
suite="bookworm"
packages="openjdk-17-jre-headless,ca-certificates"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
java_home="/usr/lib/jvm/java-17-openjdk-amd64"

as_root=()
if [[ $(id -u) -ne 0 ]]; then
  if ! sudo -n true 2>/dev/null; then
    # debootstrap and chroot need root: without it no image is built, and the image tests say they were skipped
    echo "images: WARNING: neither root nor password-less sudo: the images are NOT built" >&2
    exit 0
  fi
  as_root=(sudo -n)
fi

need() {
  local missing=()
  for tool in debootstrap umoci skopeo; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  if ((${#missing[@]})); then
    echo "images: installing ${missing[*]} from Debian's packages" >&2
    "${as_root[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# The base: a minimal Debian with the Java runtime and an unprivileged user, as one layer.
# Cached under ~/.cache by the package list, so a second build on the same machine takes seconds.
base_layer() {
  local key cache rootfs
  key="$(echo "$suite $packages v3" | sha256sum | cut -c1-16)"
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/assises-images/base-$key.tar"
  if [[ ! -s "$cache" ]]; then
    mkdir -p "$(dirname "$cache")"
    rootfs="$(mktemp -d "$out/rootfs.XXXXXX")"
    echo "images: debootstrap $suite with $packages (about a minute)" >&2
    "${as_root[@]}" debootstrap --variant=minbase --include="$packages" "$suite" "$rootfs" "$mirror" >"$out/debootstrap.log"
    "${as_root[@]}" chroot "$rootfs" useradd --uid 185 --user-group --system --no-create-home \
      --home-dir /deployments --shell /usr/sbin/nologin assises
    "${as_root[@]}" chroot "$rootfs" useradd --uid 1000 --gid 0 --system --no-create-home \
      --home-dir /opt/keycloak --shell /usr/sbin/nologin keycloak
    # what a running service never needs: package caches and indexes, documentation, translations of tools
    "${as_root[@]}" sh -c "rm -rf '$rootfs'/var/cache/apt/* '$rootfs'/var/lib/apt/lists/* '$rootfs'/usr/share/doc/* \
      '$rootfs'/usr/share/man/* '$rootfs'/usr/share/info/* '$rootfs'/usr/share/locale/* '$rootfs'/var/log/*"
    "${as_root[@]}" chmod 755 "$rootfs"
    "${as_root[@]}" tar --numeric-owner --sort=name --mtime=@0 -C "$rootfs" -cf "$cache.part" .
    "${as_root[@]}" rm -rf "$rootfs"
    mv "$cache.part" "$cache"
  fi
  echo "$cache"
}

build_base() {
  local layer
  layer="$(base_layer)"
  rm -rf "$layout" "$out/bundles"
  umoci init --layout "$layout"
  umoci new --image "$layout:base"
  umoci raw add-layer --image "$layout:base" "$layer"
  umoci config --image "$layout:base" --os linux --architecture amd64 --author "Assises" \
    --config.user 185:185 --config.workingdir /deployments \
    --config.env "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    --config.env "JAVA_HOME=$java_home" --config.env "LANG=C.UTF-8" --config.env "TZ=Europe/Paris" \
    --config.label "org.opencontainers.image.title=assises-base" \
    --config.label "org.opencontainers.image.description=Debian $suite with OpenJDK 17 (headless), users 185 (services) and 1000 (Keycloak)"
}

# One layer from a directory of the fast-jar, placed under /deployments, owned by root and read-only for the user.
layer_of() {
  local app="$1" tarball="$2"; shift 2
  tar --numeric-owner --owner=0 --group=0 --mode='u=rwX,go=rX' --sort=name --mtime=@0 \
    --transform 's,^,deployments/,' -C "$app" -cf "$tarball" "$@"
}

build_service() {
  local name="$1" app="$repo/$1/target/quarkus-app" work
  if [[ ! -f "$app/quarkus-run.jar" ]]; then
    echo "images: $app/quarkus-run.jar is missing: run mvn package first" >&2
    return 1
  fi
  work="$(mktemp -d "$out/$name.XXXXXX")"
  umoci tag --image "$layout:base" "$name"
  layer_of "$app" "$work/lib.tar" lib
  layer_of "$app" "$work/app.tar" app quarkus quarkus-run.jar
  umoci raw add-layer --image "$layout:$name" "$work/lib.tar"
  umoci raw add-layer --image "$layout:$name" "$work/app.tar"
  umoci config --image "$layout:$name" \
    --config.entrypoint "$java_home/bin/java" \
    --config.entrypoint "-XX:MaxRAMPercentage=75" \
    --config.entrypoint "-Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    --config.entrypoint "-jar" --config.entrypoint "/deployments/quarkus-run.jar" \
    --config.exposedports 8080/tcp \
    $([[ "$name" == gateway ]] && echo "--config.exposedports 9080/tcp") \
    --config.label "org.opencontainers.image.title=$name" \
    --config.label "org.opencontainers.image.version=$version"
  rm -rf "$work"
}

# Keycloak's distribution from Maven Central, the version of the local stack, and the Assises theme, owned by the
# user 1000 that Keycloak's own image runs as (Keycloak writes its build and data under /opt/keycloak).
build_keycloak() {
  local version work
  version="$(sed -n 's/^KC_VERSION=\${ASSISES_KEYCLOAK_VERSION:-\([0-9.]*\)}.*/\1/p' "$repo/deploy/local/stack.sh")"
  [[ -n "$version" ]] || { echo "images: no KC_VERSION in deploy/local/stack.sh" >&2; return 1; }
  work="$(mktemp -d "$out/keycloak.XXXXXX")"
  (cd "$work" && mvn -B -ntp -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" -DoutputDirectory="$work/opt" \
    -DmarkersDirectory="$work/.markers") >&2
  mv "$work/opt/keycloak-$version" "$work/opt/keycloak"
  cp -r "$repo/deploy/keycloak/themes/assises" "$work/opt/keycloak/themes/"
  chmod +x "$work/opt/keycloak/bin/"*.sh
  tar --numeric-owner --owner=1000 --group=0 --mode='ug=rwX,o=rX' --sort=name --mtime=@0 \
    -C "$work" -cf "$work/keycloak.tar" opt
  umoci tag --image "$layout:base" keycloak
  umoci raw add-layer --image "$layout:keycloak" "$work/keycloak.tar"
  umoci config --image "$layout:keycloak" --config.user 1000:0 --config.workingdir /opt/keycloak \
    --config.entrypoint /opt/keycloak/bin/kc.sh \
    --config.exposedports 8080/tcp --config.exposedports 8443/tcp --config.exposedports 9000/tcp \
    --config.label "org.opencontainers.image.title=keycloak" \
    --config.label "org.opencontainers.image.version=$version"
  rm -rf "$work"
}

mkdir -p "$out"
need
build_base
if [[ -z "${ONLY:-}" || " $ONLY " == *" keycloak "* ]]; then
  build_keycloak
  echo "images: $layout:keycloak" >&2
fi
for s in "${services[@]}"; do
  [[ -z "${ONLY:-}" || " $ONLY " == *" $s "* ]] || continue
  build_service "$s"
  echo "images: $layout:$s" >&2
done
umoci gc --layout "$layout"
