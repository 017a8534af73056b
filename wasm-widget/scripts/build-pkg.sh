#!/usr/bin/env bash
# Rebuilds wasm-widget/pkg/ (the browser checker's Wasm + JS glue)
# reproducibly, or, with --check, rebuilds into a temporary directory and
# fails if the result differs from the committed pkg/ (used by CI).
#
# Reproducibility: the Rust toolchain is the one pinned by the workspace
# (rustup), wasm-bindgen-cli is pinned to the exact wasm-bindgen version in
# Cargo.lock, absolute paths are remapped out of the binary, and the release
# profile is forced through environment variables (so the root Cargo.toml's
# profile is not edited for the widget's sake).  wasm-opt is not used: it is
# not available from the registries this project relies on.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
crate="$(cd "$here/.." && pwd)"
root="$(cd "$crate/.." && pwd)"
mode="${1:-build}"

# Exact wasm-bindgen version from Cargo.lock.
wb_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock")"
if [ -z "$wb_version" ]; then
    echo "build-pkg: wasm-bindgen not found in Cargo.lock" >&2
    exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown
fi
if ! command -v wasm-bindgen >/dev/null || [ "$(wasm-bindgen --version | awk '{print $2}')" != "$wb_version" ]; then
    cargo install wasm-bindgen-cli --version "$wb_version" --locked
fi

target_dir="${CARGO_TARGET_DIR:-$root/target}"
# Same settings whatever the machine: opt-level 2 without loop unrolling and
# with a moderate inlining threshold (below), one codegen unit, LTO, abort on
# panic (the code never panics; this drops unwinding tables), and local paths
# remapped so they do not end up in the binary.
#
# Why these: speed in Wasm is mostly inlining (the scanners' small helpers,
# char tests, slice access and bit tests, cost a call each when not
# inlined), size is mostly the name data, which leaves the code little room
# under the 200 KB gzipped budget.  Measured on the same code (Node, CPU time
# of the benchmark text, MB/s at 1 KB / 1 MB, `gzip -9 -n` size; the
# benchmark's zlib -9 says ~3 KB more):
#
#   opt-level "s"                                  ~9.6 / ~9.8   190.2 KB
#   "s", inline threshold 150                     ~10.7 / ~10.8  192.8 KB
#   2                                             ~12.1 / ~12.8  201.1 KB (over)
#   2, no unrolling, inline threshold 100         ~11.6 / ~11.6  191.6 KB (used)
#   2, no unrolling, inline threshold 150         ~12.3 / ~12.3  195.1 KB
#
# Loop unrolling costs size for little speed here (short loops over words).
# The inlining threshold is the knob: 150 buys ~6 % more speed for ~3.5 KB,
# which the name lists may need more.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=2
export CARGO_PROFILE_RELEASE_LTO=true
export CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1
export CARGO_PROFILE_RELEASE_PANIC=abort
export CARGO_PROFILE_RELEASE_DEBUG=false
export CARGO_PROFILE_RELEASE_STRIP=true
cargo_home="${CARGO_HOME:-$HOME/.cargo}"
rustup_home="${RUSTUP_HOME:-$HOME/.rustup}"
# The target folder too: build scripts' OUT_DIR paths end up in panic locations otherwise, and a
# different clone location (CI) would shift the data section by a few bytes.
mkdir -p "$target_dir"
target_abs="$(cd "$target_dir" && pwd)"
export RUSTFLAGS="-Cllvm-args=-unroll-threshold=0 -Cllvm-args=-inline-threshold=100 --remap-path-prefix=$target_abs=/target --remap-path-prefix=$root=/handbook --remap-path-prefix=$cargo_home=/cargo --remap-path-prefix=$rustup_home=/rustup"
export SOURCE_DATE_EPOCH=0

(cd "$root" && CARGO_TARGET_DIR="$target_dir" cargo build --release --locked --target wasm32-unknown-unknown -p wasm-widget)

wasm="$target_dir/wasm32-unknown-unknown/release/wasm_widget.wasm"
out="$crate/pkg"
if [ "$mode" = "--check" ]; then
    out="$(mktemp -d)"
    trap 'rm -rf "$out"' EXIT
fi
rm -rf "$out.tmp" && mkdir -p "$out.tmp"
wasm-bindgen --target web --out-dir "$out.tmp" "$wasm"
# wasm-bindgen writes a .gitignore ("*") into pkg/: drop it, pkg/ is committed.
rm -f "$out.tmp/.gitignore"
rm -rf "$out" && mv "$out.tmp" "$out"

if [ "$mode" = "--check" ]; then
    if diff -r "$out" "$crate/pkg" >/dev/null; then
        echo "build-pkg: pkg/ is up to date"
    else
        echo "build-pkg: pkg/ differs from a fresh build; run wasm-widget/scripts/build-pkg.sh and commit" >&2
        diff -r -q "$out" "$crate/pkg" >&2 || true
        exit 1
    fi
else
    size=$(wc -c < "$out/wasm_widget_bg.wasm")
    gz=$(gzip -9 -n -c "$out/wasm_widget_bg.wasm" | wc -c)
    echo "build-pkg: $out/wasm_widget_bg.wasm: $size bytes, $gz bytes gzipped (-9)"
fi
