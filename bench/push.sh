#!/usr/bin/env bash
# Benchmark (not a test): `flux push artifact` of a ~100 MB tree of mixed files against
# `tar czf` + an oras SDK (oras-py) push of the same tree, and `flux pull artifact` against an
# oras SDK pull, all to a Debian `docker-registry` on 127.0.0.1 started here.
# usage: bench/push.sh [MB]   (builds the release binary; prints best-of-3 wall time and peak RSS)
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-100}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/flux-rs/target}
cargo build --release --locked --quiet --bin flux -p flux-rs
FLUX=$CARGO_TARGET_DIR/release/flux
command -v docker-registry >/dev/null || { echo "docker-registry is required (apt install docker-registry)" >&2; exit 1; }

# The oras SDK in a venv outside the clone (created once).
VENV=${ORAS_VENV:-$HOME/.cache/flux-rs/oras-venv}
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import oras' 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q oras
fi

WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

# A tree of mixed files: ~60% YAML-like text (compressible), ~40% random bytes, nested dirs.
python3 - "$MB" "$WORK/tree" <<'PY'
import os, random, sys
mb, root = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(42)
total, target, i = 0, mb * 1024 * 1024, 0
words = [b"apiVersion", b"kind", b"metadata", b"name", b"namespace", b"spec", b"replicas",
         b"image", b"ghcr.io/stefanprodan/podinfo", b"labels", b"app", b"containers", b"ports"]
while total < target:
    d = os.path.join(root, f"d{i % 37}", f"e{i % 11}")
    os.makedirs(d, exist_ok=True)
    if i % 5 < 3:
        n = rnd.randint(2_000, 120_000)
        lines, size = [], 0
        while size < n:
            line = b"  " * rnd.randint(0, 4) + rnd.choice(words) + b": " + rnd.choice(words) + b"-%d\n" % rnd.randint(0, 9999)
            lines.append(line)
            size += len(line)
        data = b"".join(lines)
        name = f"f{i}.yaml"
    else:
        data = rnd.randbytes(rnd.randint(10_000, 400_000))
        name = f"b{i}.bin"
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)
    total += len(data)
    i += 1
print(f"tree: {i} files, {total / 1048576:.1f} MB", file=sys.stderr)
PY

# The registry (no auth, filesystem storage in the work dir).
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat >"$WORK/registry.yml" <<EOF
version: 0.1
log: {level: error}
storage: {filesystem: {rootdirectory: $WORK/registry}, delete: {enabled: true}}
http: {addr: 127.0.0.1:$PORT}
EOF
docker-registry serve "$WORK/registry.yml" >"$WORK/registry.log" 2>&1 &
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$PORT/v2/" >/dev/null && break; sleep 0.1; done
REG=127.0.0.1:$PORT

cat >"$WORK/oras_push.py" <<'PY'
import os, subprocess, sys
import oras.client
tree, tgz, target = sys.argv[1], sys.argv[2], sys.argv[3]
subprocess.run(["tar", "czf", tgz, "-C", tree, "."], check=True)
os.chdir(os.path.dirname(tgz))
oras.client.OrasClient(insecure=True).push(target=target, files=[os.path.basename(tgz)])
PY
cat >"$WORK/oras_pull.py" <<'PY'
import sys
import oras.client
oras.client.OrasClient(insecure=True).pull(target=sys.argv[1], outdir=sys.argv[2])
PY

M=bench/measure.py
export FLUX WORK REG VENV
# Seeds for the pulls; every measured push goes to a fresh repository (no blob already there).
"$FLUX" push artifact "oci://$REG/bench/pull:v1" --path="$WORK/tree" --source=bench --revision=v1 --insecure-registry >/dev/null 2>&1
mkdir -p "$WORK/opull"
"$VENV/bin/python" "$WORK/oras_push.py" "$WORK/tree" "$WORK/opull/tree.tar.gz" "$REG/bench/orasup:v1"

R=$WORK/results.tsv
printf 'what\twall_s\tpeak_rss_mb\n'
{
python3 $M "flux push artifact" 3 bash -c '"$FLUX" push artifact "oci://$REG/bench/flux$RANDOM$RANDOM:v1" --path="$WORK/tree" --source=bench --revision=v1 --insecure-registry'
python3 $M "tar czf + oras push" 3 bash -c 'd=$(mktemp -d -p "$WORK"); "$VENV/bin/python" "$WORK/oras_push.py" "$WORK/tree" "$d/tree.tar.gz" "$REG/bench/oras$RANDOM$RANDOM:v1"'
python3 $M "tar czf alone" 3 bash -c 'd=$(mktemp -d -p "$WORK"); tar czf "$d/t.tgz" -C "$WORK/tree" .'
python3 $M "flux pull artifact (download + extract)" 3 bash -c 'd=$(mktemp -d -p "$WORK"); mkdir "$d/out"; "$FLUX" pull artifact "oci://$REG/bench/pull:v1" --output="$d/out"'
python3 $M "oras pull (download only)" 3 bash -c 'd=$(mktemp -d -p "$WORK"); "$VENV/bin/python" "$WORK/oras_pull.py" "$REG/bench/orasup:v1" "$d"'
python3 $M "oras pull + tar xzf" 3 bash -c 'd=$(mktemp -d -p "$WORK"); "$VENV/bin/python" "$WORK/oras_pull.py" "$REG/bench/orasup:v1" "$d" && mkdir "$d/x" && tar xzf "$d/tree.tar.gz" -C "$d/x"'
} | tee "$R"
python3 - "$R" <<'PY2'
import sys
rows = {l.split("\t")[0]: float(l.split("\t")[1]) for l in open(sys.argv[1]) if l.strip()}
print("push ratio flux / (tar czf + oras push): %.2f (target <= 0.80)" % (rows["flux push artifact"] / rows["tar czf + oras push"]))
print("pull ratio flux / (oras pull + tar xzf): %.2f" % (rows["flux pull artifact (download + extract)"] / rows["oras pull + tar xzf"]))
PY2
