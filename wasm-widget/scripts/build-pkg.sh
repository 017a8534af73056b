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
# Same settings whatever the machine: opt-level "s", one codegen unit, LTO,
# abort on panic (the code never panics; this drops unwinding tables), and
# local paths remapped so they do not end up in the binary.
#
# Why "s" and not "z": "z" all but stops inlining, and the scanners' small
# helpers (char tests, slice access, bit tests) then cost a call each: with
# the same code, "z" gave 4-6 MB/s in Node, "s" 14 MB/s (goal: >= 10) for
# ~91 KB gzipped (budget: 100 KB).  "2" (~97 KB, 16-18 MB/s) and "3"
# (~99 KB) leave too little room for the name lists to grow.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=s
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
export RUSTFLAGS="--remap-path-prefix=$target_abs=/target --remap-path-prefix=$root=/handbook --remap-path-prefix=$cargo_home=/cargo --remap-path-prefix=$rustup_home=/rustup"
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
