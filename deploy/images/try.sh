#!/usr/bin/env bash
# Runs one image of deploy/images/target/oci without a container engine, as its own user (185) on a read-only
# root file system with a tmpfs on /tmp, as the Kubernetes manifests run it; the host's network is shared.
#   deploy/images/try.sh gateway QUARKUS_HTTP_PORT=18080 QUARKUS_MANAGEMENT_PORT=19080
#   deploy/images/try.sh gateway -- /usr/bin/id -u        # any command inside the image instead of its entrypoint
# Needs root (chroot and a private mount namespace). Stop it with Ctrl-C.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
image="$1"; shift
envs=()
while (($#)) && [[ "$1" != "--" ]]; do envs+=("$1"); shift; done
[[ "${1:-}" == "--" ]] && shift
bundle="$here/target/bundles/$image"
if [[ ! -d "$bundle/rootfs" ]]; then
  mkdir -p "$here/target/bundles"
  umoci unpack --image "$here/target/oci:$image" "$bundle" >/dev/null
fi
# the image's own entrypoint, user and working directory, from the runtime configuration umoci wrote
mapfile -t entrypoint < <(python3 -c 'import json,sys; [print(a) for a in json.load(open(sys.argv[1]))["process"]["args"]]' "$bundle/config.json")
user="$(python3 -c 'import json,sys; u=json.load(open(sys.argv[1]))["process"]["user"]; print("%d:%d" % (u["uid"], u["gid"]))' "$bundle/config.json")"
mapfile -t image_env < <(python3 -c 'import json,sys; [print(e) for e in json.load(open(sys.argv[1]))["process"]["env"]]' "$bundle/config.json")
cwd="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["process"]["cwd"])' "$bundle/config.json")"
(($#)) && entrypoint=("$@")
exec unshare --mount --propagation private sh -c '
  root="$1"; user="$2"; cwd="$3"; shift 3
  mount --bind "$root" "$root" && mount -o remount,bind,ro "$root"
  mount -t tmpfs -o size=128m,mode=1777 tmpfs "$root/tmp"
  mount --rbind /proc "$root/proc" && mount --rbind /dev "$root/dev"
  exec chroot --userspec="$user" "$root" /bin/sh -c "cd \"\$0\" && exec \"\$@\"" "$cwd" "$@"
' try "$bundle/rootfs" "$user" "$cwd" /usr/bin/env -i "${image_env[@]}" "${envs[@]}" "${entrypoint[@]}"
