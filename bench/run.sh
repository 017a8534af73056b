#!/usr/bin/env bash
# Build benchmark: `handbook build` against Hugo on the same synthetic pages, in the same run.
#
#   bench/run.sh                     # 100, 1 000 and 10 000 pages, 3 runs each (the first is a warm-up)
#   SIZES="500 2000" RUNS=5 bench/run.sh
#   SHAPES=0 bench/run.sh            # skip the two one-kind handbooks (10 000 method pages, 2 000 prompts)
#   HANDBOOK_BIN=path/to/handbook bench/run.sh     # skip `cargo build --release`, time that binary
#
# For each size, bench/gen_synthetic.py writes a handbook and an equivalent Hugo site (same Markdown)
# into a temporary folder; each build runs RUNS times under /usr/bin/time, cold (`--no-cache`: no
# build cache, a new output folder), and the table shows the median wall time, the median CPU time
# (user + system, all cores) and the peak resident memory of the measured runs (the warm-up run is
# shown on its own line but left out of the figures), the ratio of handbook's wall time to Hugo's,
# and handbook's CPU cost per page, against its cost per page at 1 000 pages (super-linear growth
# shows as a factor above 1). Then, unless SHAPES=0, it builds a handbook of 10 000 method pages and
# one of 2 000 prompts once each: both must build within the default page budget. Needs python3,
# cargo, and apt-get to install hugo and time when they are missing. Runs from any folder; exits
# non-zero if a build fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZES="${SIZES:-100 1000 10000}"
SHAPES="${SHAPES:-1}"
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
  declare -A times=() mems=() cpus=()
  for run in $(seq 1 "$RUNS"); do
    for tool in handbook hugo; do
      out="$WORK/out-$n-$tool-$run"
      if [ "$tool" = handbook ]; then
        result="$(measure handbook "$HANDBOOK" build --no-cache --root "$site/handbook" --output "$out")"
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
        cpus[$tool]+="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') "
      fi
    done
  done
  echo "  N=$n html pages written: handbook $(find "$WORK/out-$n-handbook-1" -name '*.html' | wc -l)," \
    "hugo $(find "$WORK/out-$n-hugo-1" -name '*.html' | wc -l)" >&2
  hb_t="$(tr ' ' '\n' <<<"${times[handbook]}" | grep . | median)"
  hg_t="$(tr ' ' '\n' <<<"${times[hugo]}" | grep . | median)"
  hb_c="$(tr ' ' '\n' <<<"${cpus[handbook]}" | grep . | median)"
  hg_c="$(tr ' ' '\n' <<<"${cpus[hugo]}" | grep . | median)"
  hb_m="$(tr ' ' '\n' <<<"${mems[handbook]}" | grep . | max)"
  hg_m="$(tr ' ' '\n' <<<"${mems[hugo]}" | grep . | max)"
  ratio="$(awk -v a="$hb_t" -v b="$hg_t" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')"
  per_page="$(awk -v c="$hb_c" -v n="$n" 'BEGIN { printf "%.2f", c * 1000 / n }')"
  [ "$n" = 1000 ] && base_per_page="$per_page"
  rows+=("$n $hb_t $hb_c $hb_m $hg_t $hg_c $hg_m $ratio $per_page")
  unset times mems cpus
done

echo
echo "median of $((RUNS - 1)) cold runs after a warm-up; cpu = user + system on all cores; peak = max resident memory"
printf '%7s  %10s  %10s  %8s  %8s  %8s  %7s  %14s  %12s  %9s\n' "pages" "handbook s" "hb cpu s" "hb MB" "hugo s" "hugo cpu" "hugo MB" "handbook/hugo" "hb cpu ms/pg" "vs 1000"
for row in "${rows[@]}"; do
  read -r n hb_t hb_c hb_m hg_t hg_c hg_m ratio per_page <<<"$row"
  scale="$(awk -v p="$per_page" -v b="${base_per_page:-}" 'BEGIN { if (b > 0) printf "%.2f", p / b; else print "n/a" }')"
  printf '%7s  %10s  %10s  %8s  %8s  %8s  %7s  %14s  %12s  %9s\n' "$n" "$hb_t" "$hb_c" "$hb_m" "$hg_t" "$hg_c" "$hg_m" "$ratio" "$per_page" "$scale"
done

if [ "$SHAPES" != 0 ]; then
  echo
  echo "one-kind handbooks, built once with the default page budget:"
  for shape in "10000 0 method pages" "2000 1 prompts"; do
    read -r n share label <<<"$shape"
    site="$WORK/shape-$n-$share"
    python3 "$ROOT/bench/gen_synthetic.py" "$n" "$site" --prompts-share "$share" 2>/dev/null
    result="$(measure handbook "$HANDBOOK" build --no-cache --root "$site/handbook" --output "$WORK/shape-out-$n-$share")"
    read -r secs kib user sys <<<"$result"
    echo "  $n $label: built within the budget in ${secs} s, $((kib / 1024)) MB (cpu ${user} s user + ${sys} s sys)"
  done
fi
