#!/usr/bin/env bash
# Rebuilds wasm-widget/pkg/ (the browser checker's Wasm + JS glue)
# reproducibly, or, with --check, rebuilds into a temporary directory and
# fails if the result differs from the committed pkg/ (used by CI).
#
# Reproducibility: the Rust toolchain is the one pinned by the workspace
# (rustup), wasm-bindgen-cli is pinned to the exact wasm-bindgen version in
# Cargo.lock, absolute paths are remapped out of the binary, and the release
# profile is forced through environment variables (so the root Cargo.toml's
# profile is not edited for the widget's sake).  Binaryen's wasm-opt then
# rewrites the module; it comes from npm at the exact version in
# package-lock.json beside this script (`npm ci`), not from the system,
# whose version could move.
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

# Binaryen's wasm-opt, at the version package-lock.json pins.
version_of() { node -p 'require(process.argv[1]).version' "$1" 2>/dev/null || true; }
wo_version="$(node -p 'require(process.argv[1]).packages["node_modules/binaryen"].version' "$here/package-lock.json")"
wasm_opt="$here/node_modules/.bin/wasm-opt"
if [ ! -x "$wasm_opt" ] || [ "$(version_of "$here/node_modules/binaryen/package.json")" != "$wo_version" ]; then
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

target_dir="${CARGO_TARGET_DIR:-$root/target}"
# Same settings whatever the machine: opt-level 2 without loop unrolling and
# with a moderate inlining threshold (below), one codegen unit, LTO, abort on
# panic (the code never panics; this drops unwinding tables), and local paths
# remapped so they do not end up in the binary.  Then wasm-opt -O2 without
# its own inlining pass (`wasm_opt_flags` below).
#
# Why these: speed in Wasm is mostly inlining (the scanners' small helpers,
# char tests, slice access and bit tests, cost a call each when not
# inlined), size is mostly the name data, which leaves the code little room
# under the 200 KB gzipped budget.  Measured on the same code (this script's
# sources with the rows' settings; KB of 1000 bytes, `gzip -9 -n` / Node's
# zlib level 9 as `wasm-bench.mjs` prints it; speed is the median CPU-time
# ratio at 1 KB / 1 MB from `node wasm-widget/bench/wasm-bench.mjs NEW
# --compare OLD`, ±3 % run to run, OLD being the package of the settings
# before wasm-opt came in (2, 100, no wasm-opt, ~12 / ~12.7 MB/s) built
# from the sources before the name lists lost their newlines and the
# closed lists their pointer tables; this code with those settings runs at
# 0.98 / 0.98 of it, the -O1 and "-O2, no inlining" rows are against it):
#
#   opt-level, inline threshold  wasm-opt               gzip   zlib   speed
#   2, 100                       none                  189.7  191.1   0.98 / 0.98
#   2, 100                       -O2                   190.2  191.2   0.90 / 0.90
#   2, 100                       -O3                   189.2  189.7   0.90 / 0.91
#   2, 100                       -Os                   189.2  189.8   0.90 / 0.89
#   2, 100                       -Oz                   189.3  189.9   0.89 / 0.89
#   2, 100                       -O1                   188.8  189.4   0.99 / 0.98
#   2, 100                       -O2, no inlining      188.2  188.6   1.01 / 0.98 (used)
#   2, 150                       none                  193.9  195.7   1.05 / 0.99
#   2, 150                       -O3                   191.6  194.2   0.91 / 0.94
#   2, 150                       -O2, no inlining      190.9  192.8   1.04 / 1.00
#   2, 225                       none                  199.9  201.4
#   3, 150                       -O3                   195.8  196.6
#   "s", 150                     -Oz                   190.9  193.2   0.84 / 0.84
#   "s", 150                     -O2, no inlining      188.8  190.0   0.86 / 0.88
#
# wasm-opt's own inlining (`inlining-optimizing`, part of -O2 and up) costs
# ~10 % of the speed in V8 whatever the level; without it, -O2 takes ~1.5 KB
# (gzip) to ~2.5 KB (zlib) off for no loss.  Loop unrolling costs size for
# little speed here (short loops over words).  The inlining threshold is the
# knob: 150 buys a few % more speed for ~2.7 KB, which the name lists may
# need more.  "s" is smaller only with wasm-opt and ~13 % slower.
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
# -O2 without wasm-opt's inlining (see the table above); the features are
# the ones rustc enables for wasm32-unknown-unknown, named so that wasm-opt
# neither rejects the module nor uses anything beyond them; no debug info,
# no producers section (tool versions: bytes, nothing the page needs).
wasm_opt_flags=(
    -O2 --skip-pass=inlining-optimizing
    --enable-bulk-memory --enable-bulk-memory-opt --enable-sign-ext --enable-mutable-globals
    --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue
    --strip-debug --strip-producers
)
"$wasm_opt" "${wasm_opt_flags[@]}" "$out.tmp/wasm_widget_bg.wasm" -o "$out.tmp/wasm_widget_bg.wasm"
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
