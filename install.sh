#!/bin/sh
# Installs flux (built from this checkout with cargo), its shell completions and man pages
# into PREFIX (default /usr/local). Re-running it replaces the installed files.
# Environment: PREFIX, CARGO_TARGET_DIR, FLUX_BIN (install this binary instead of building).
set -eu

PREFIX="${PREFIX:-/usr/local}"
here=$(cd "$(dirname "$0")" && pwd)
target_dir="${CARGO_TARGET_DIR:-$here/target}"
bin="${FLUX_BIN:-$target_dir/release/flux}"

fail() {
  printf '✗ %s\n' "$*" >&2
  exit 1
}

# FLUX_BIN names an already built binary (packaging, tests); otherwise a checkout is built.
if [ -z "${FLUX_BIN:-}" ] && [ -f "$here/Cargo.toml" ]; then
  command -v cargo >/dev/null 2>&1 \
    || fail "cargo is required to build flux from this checkout: install a Rust toolchain (rustup) and re-run ./install.sh"
  printf '► building flux (cargo build --release --locked)\n' >&2
  (cd "$here" && CARGO_TARGET_DIR="$target_dir" cargo build --release --locked --bin flux) \
    || fail "cargo build failed"
fi
[ -x "$bin" ] || fail "no flux binary at $bin"

install -d "$PREFIX/bin" \
  "$PREFIX/share/man/man1" \
  "$PREFIX/share/bash-completion/completions" \
  "$PREFIX/share/zsh/site-functions" \
  "$PREFIX/share/fish/vendor_completions.d" \
  "$PREFIX/share/flux"
install -m 0755 "$bin" "$PREFIX/bin/flux"
for page in "$here"/man/*.1; do
  [ -e "$page" ] || continue
  install -m 0644 "$page" "$PREFIX/share/man/man1/"
done
install -m 0644 "$here/completions/flux.bash" "$PREFIX/share/bash-completion/completions/flux"
install -m 0644 "$here/completions/_flux" "$PREFIX/share/zsh/site-functions/_flux"
install -m 0644 "$here/completions/flux.fish" "$PREFIX/share/fish/vendor_completions.d/flux.fish"
install -m 0644 "$here/completions/flux.ps1" "$PREFIX/share/flux/flux.ps1"
printf '✔ installed %s\n' "$PREFIX/bin/flux" >&2
