#!/usr/bin/env bash
# Benchmark (not a test): `flux get all -A` over 10,000 Flux objects of 12 kinds in the fake
# cluster, next to the same Lists made one after another with `kubectl get -A -o json`, and the
# latency of `flux reconcile` once the object is handled (upstream polls every 2 s).
# usage: bench/get-all.sh [OBJECTS]   (builds release binaries; prints a table of best-of-3)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/flux-rs/target}
cargo build --release --locked --quiet --bin flux -p flux-rs
cargo build --release --locked --quiet --bin fake-kube -p fake-kube
FLUX=$CARGO_TARGET_DIR/release/flux
FAKE=$CARGO_TARGET_DIR/release/fake-kube
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

# The gotk components (CRDs and controller Deployments) as flux generates them.
"$FLUX" install --export --components-extra=image-reflector-controller,image-automation-controller >"$WORK/components.yaml"
python3 - "$N" >"$WORK/objects.jsonl" <<'PY'
import json, sys
n = int(sys.argv[1])
ready = {"conditions": [{"type": "Ready", "status": "True", "reason": "Succeeded",
         "message": "ok", "lastTransitionTime": "2026-01-01T00:00:00Z",
         "observedGeneration": 1}], "observedGeneration": 1}
kinds = [
    ("source.toolkit.fluxcd.io/v1", "GitRepository", {"url": "https://example.com/r", "interval": "5m", "ref": {"branch": "main"}}),
    ("source.toolkit.fluxcd.io/v1", "OCIRepository", {"url": "oci://example.com/r", "interval": "5m", "ref": {"tag": "latest"}}),
    ("source.toolkit.fluxcd.io/v1", "HelmRepository", {"url": "https://example.com/charts", "interval": "5m"}),
    ("source.toolkit.fluxcd.io/v1", "Bucket", {"bucketName": "b", "endpoint": "minio.example.com", "interval": "5m"}),
    ("source.toolkit.fluxcd.io/v1", "HelmChart", {"chart": "podinfo", "interval": "5m", "sourceRef": {"kind": "HelmRepository", "name": "r"}}),
    ("kustomize.toolkit.fluxcd.io/v1", "Kustomization", {"interval": "5m", "prune": True, "sourceRef": {"kind": "GitRepository", "name": "r"}}),
    ("helm.toolkit.fluxcd.io/v2", "HelmRelease", {"interval": "5m", "chart": {"spec": {"chart": "podinfo", "sourceRef": {"kind": "HelmRepository", "name": "r"}}}}),
    ("image.toolkit.fluxcd.io/v1", "ImageRepository", {"image": "ghcr.io/example/app", "interval": "5m"}),
    ("image.toolkit.fluxcd.io/v1", "ImagePolicy", {"imageRepositoryRef": {"name": "r"}, "policy": {"semver": {"range": ">=1.0.0"}}}),
    ("image.toolkit.fluxcd.io/v1", "ImageUpdateAutomation", {"interval": "5m", "sourceRef": {"kind": "GitRepository", "name": "r"}, "git": {"commit": {"author": {"name": "a", "email": "a@example.com"}}}}),
    ("notification.toolkit.fluxcd.io/v1beta3", "Provider", {"type": "slack"}),
    ("notification.toolkit.fluxcd.io/v1", "Receiver", {"type": "github", "resources": [{"kind": "GitRepository", "name": "r"}], "secretRef": {"name": "s"}}),
]
namespaces = 20
for ns in range(namespaces):
    print(json.dumps({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": f"team-{ns}"}}))
for i in range(n):
    api, kind, spec = kinds[i % len(kinds)]
    print(json.dumps({"apiVersion": api, "kind": kind,
                      "metadata": {"name": f"obj-{i}", "namespace": f"team-{i % namespaces}"},
                      "spec": spec, "status": ready}))
PY

# start_fake NAME ARGS...: a fake-kube serving until the script ends; waits for its address.
start_fake() {
  local name=$1
  shift
  local start
  start=$(date +%s.%N)
  "$FAKE" --listen 127.0.0.1:0 --kubeconfig "$WORK/$name.kubeconfig" "$@" >"$WORK/$name.addr" &
  local pid=$!
  for _ in $(seq 1 6000); do
    [ -s "$WORK/$name.addr" ] && break
    kill -0 "$pid" 2>/dev/null || { echo "fake-kube ($name) exited" >&2; exit 1; }
    sleep 0.1
  done
  [ -s "$WORK/$name.addr" ] || { echo "fake-kube ($name) did not start" >&2; exit 1; }
  echo "fake-kube $name ready in $(python3 -c "import time;print(round(time.time()-$start,1))") s"
}
# Lists: a fake without controllers (nothing else competes for the server).
start_fake lists --seed "$WORK/components.yaml" --seed "$WORK/objects.jsonl"
# Reconcile latency: a fake whose controllers reconcile at once.
start_fake controllers --controllers --seed "$WORK/components.yaml"
export KUBECONFIG=$WORK/lists.kubeconfig
# Every row must come from the cluster: a run with any error line is not a measurement.
if "$FLUX" get all -A 2>&1 >/dev/null | grep -q .; then
  echo "flux get all -A reported errors:" >&2
  "$FLUX" get all -A 2>&1 >/dev/null | head -5 >&2
  exit 1
fi
echo "rows: $("$FLUX" get all -A --no-header | grep -c .)"
M=bench/measure.py
echo "objects: $N over 12 kinds in 20 namespaces"
printf 'what\tbest wall (s)\tpeak RSS (MB)\n'
python3 $M "flux get all -A" 3 "$FLUX" get all -A
python3 $M "flux get all -A -o json" 3 "$FLUX" get all -A -o json
cat >"$WORK/kubectl-seq.sh" <<'SH'
for r in gitrepositories ocirepositories helmrepositories buckets helmcharts kustomizations \
  helmreleases imagerepositories imagepolicies imageupdateautomations providers receivers; do
  kubectl get "$r" -A -o json >/dev/null
done
SH
python3 $M "kubectl get -A -o json (12 kinds, sequential)" 3 bash "$WORK/kubectl-seq.sh"

# Reconcile latency: the fake controllers answer at once, so the command's wall time is the
# time from the request to the CLI noticing the object handled and Ready (upstream: ≥ 2 s).
export KUBECONFIG=$WORK/controllers.kubeconfig
"$FLUX" create source git bench --url=https://example.com/bench --branch=main -n flux-system >/dev/null
python3 $M "flux reconcile source git (handled+Ready → exit)" 5 "$FLUX" reconcile source git bench -n flux-system
