#!/usr/bin/env bash
# Build benchmark: `handbook build` against Hugo on the same synthetic pages, in the same run.
#
#   bench/run.sh                     # 1 000 and 10 000 pages, 3 runs each (the first is a warm-up)
#   SIZES="500 2000" RUNS=5 bench/run.sh
#   HANDBOOK_BIN=path/to/handbook bench/run.sh     # skip `cargo build --release`, time that binary
#
# For each size, bench/gen_synthetic.py writes a handbook and an equivalent Hugo site (same Markdown)
# into a temporary folder; each build runs RUNS times under /usr/bin/time, and the table shows the
# median wall time and the peak resident memory of the measured runs (the warm-up run is shown on its
# own line but left out of the figures). Needs python3, cargo, and apt-get to install hugo and time
# when they are missing. Runs from any folder; exits non-zero if a build fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZES="${SIZES:-1000 10000}"
RUNS="${RUNS:-3}"

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
[[ "$RUNS" =~ ^[0-9]+$ && "$RUNS" -ge 2 ]] || die "RUNS must be 2 or more (the first run is a warm-up)"

apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "$1 is missing and this is not root: install it with apt-get install $1"
    sudo="sudo"
  fi
  echo "bench: installing $1 with apt-get" >&2
  $sudo apt-get install -y -q "$1" >/dev/null 2>&1 \
    || { $sudo apt-get update -q >/dev/null 2>&1 && $sudo apt-get install -y -q "$1" >/dev/null; } \
    || die "cannot install $1 with apt-get"
}

command -v python3 >/dev/null || die "python3 is required"
command -v hugo >/dev/null || apt_install hugo
/usr/bin/time -f '%e %M' true >/dev/null 2>&1 || apt_install time

find_handbook

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# measure LABEL COMMAND… → prints "wall_s peak_kib user_s sys_s"; on failure prints the build's output.
# Every run writes into a new folder and nothing is deleted before the end: on some file systems
# (ext4 without a journal), creating files right after deleting thousands of others is much slower.
measure() {
  local label="$1"
  shift
  if ! /usr/bin/time -f '%e %M %U %S' -o "$WORK/time" "$@" >"$WORK/log" 2>&1; then
    echo "bench: $label build failed: $*" >&2
    cat "$WORK/log" >&2
    exit 1
  fi
  tail -n 1 "$WORK/time"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
max() { sort -n | tail -n 1; }

cores="$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)"
echo "handbook: $("$HANDBOOK" --version)"
echo "hugo:     $(hugo version)"
echo "machine:  $cores cores, $(uname -sm)"
echo

rows=()
for n in $SIZES; do
  site="$WORK/site-$n"
  python3 "$ROOT/bench/gen_synthetic.py" "$n" "$site"
  declare -A times=() mems=()
  for run in $(seq 1 "$RUNS"); do
    for tool in handbook hugo; do
      out="$WORK/out-$n-$tool-$run"
      if [ "$tool" = handbook ]; then
        result="$(measure handbook "$HANDBOOK" build --root "$site/handbook" --output "$out")"
      else
        result="$(measure hugo hugo --source "$site/hugo" --destination "$out" --quiet)"
      fi
      read -r secs kib user sys <<<"$result"
      mb=$((kib / 1024))
      if [ "$run" -eq 1 ]; then
        echo "  N=$n $tool warm-up: ${secs} s, ${mb} MB (cpu ${user} s user + ${sys} s sys)" >&2
      else
        echo "  N=$n $tool run $run: ${secs} s, ${mb} MB (cpu ${user} s user + ${sys} s sys)" >&2
        times[$tool]+="$secs "
        mems[$tool]+="$mb "
      fi
    done
  done
  echo "  N=$n html pages written: handbook $(find "$WORK/out-$n-handbook-1" -name '*.html' | wc -l)," \
    "hugo $(find "$WORK/out-$n-hugo-1" -name '*.html' | wc -l)" >&2
  hb_t="$(tr ' ' '\n' <<<"${times[handbook]}" | grep . | median)"
  hg_t="$(tr ' ' '\n' <<<"${times[hugo]}" | grep . | median)"
  hb_m="$(tr ' ' '\n' <<<"${mems[handbook]}" | grep . | max)"
  hg_m="$(tr ' ' '\n' <<<"${mems[hugo]}" | grep . | max)"
  ratio="$(awk -v a="$hb_t" -v b="$hg_t" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')"
  rows+=("$(printf '%7s  %12s  %10s  %9s  %7s  %15s' "$n" "$hb_t" "$hb_m" "$hg_t" "$hg_m" "$ratio")")
  unset times mems
done

echo
echo "median of $((RUNS - 1)) runs after a warm-up; peak = max resident memory of those runs"
printf '%7s  %12s  %10s  %9s  %7s  %15s\n' "pages" "handbook (s)" "handbook MB" "hugo (s)" "hugo MB" "handbook / hugo"
printf '%s\n' "${rows[@]}"
