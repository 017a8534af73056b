#!/usr/bin/env bash
# Revisions at scale: what the build cache saves on a handbook that keeps ten frozen revisions.
#
#   bench/revisions.sh                       # 10 revisions, 7 runs of each case
#   REVISIONS=20 RUNS=9 bench/revisions.sh
#   HANDBOOK_BIN=path/to/handbook bench/revisions.sh   # skip `cargo build --release`
#   KEEP=1 bench/revisions.sh                          # keep the generated handbook and sites
#
# Copies the repository's default handbook (content/, handbook*.yaml, revisions/) into a temporary
# folder and cuts revisions with `handbook revision cut` until it keeps REVISIONS of them, each after
# a small edit of the charter, so that every revision differs. Then it times, RUNS times each and
# alternating so that a slow moment of the machine hits every case alike:
#
#   draft alone  the same sources without revisions/: one edition (both languages) to render
#   no cache     `build --drafts --no-cache`: every revision rendered, today's behaviour without cache
#   cold         `build --drafts` with an empty cache folder and a new output folder
#   warm         `build --drafts` into the previous output after editing one draft page
#
# The goal of the cache: warm ≤ 1.3 × draft alone. Wall times come from `date +%s%N` around each
# build (millisecond resolution); the table gives medians. Every build must succeed and the warm
# output must equal a no-cache build of the same sources byte for byte, or the script stops.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REVISIONS="${REVISIONS:-10}"
RUNS="${RUNS:-7}"

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
[[ "$RUNS" =~ ^[0-9]+$ && "$RUNS" -ge 1 ]] || die "RUNS must be 1 or more"
[[ "$REVISIONS" =~ ^[0-9]+$ && "$REVISIONS" -ge 2 ]] || die "REVISIONS must be 2 or more"

find_handbook

WORK="$(mktemp -d)"
if [ -n "${KEEP:-}" ]; then echo "bench: keeping $WORK" >&2; else trap 'rm -rf "$WORK"' EXIT; fi
site="$WORK/site"
mkdir -p "$site"
cp -r "$ROOT/content" "$ROOT/handbook.yaml" "$ROOT/handbook.en.yaml" "$ROOT/revisions" "$site/"

# Cut revisions until REVISIONS are kept: one a year after the newest, each after an edit of the
# charter's revision section (in both languages), like a yearly review would make.
count() { find "$site/revisions" -mindepth 1 -maxdepth 1 -type d | wc -l; }
year="$(find "$site/revisions" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort -n | tail -n 1)"
while [ "$(count)" -lt "$REVISIONS" ]; do
  year=$((year + 1))
  printf '\nRelecture annuelle %s : la charte reste en vigueur, avec les ajustements votés.\n' "$year" \
    >>"$site/content/charter/07-revision.md"
  printf '\nYearly review %s: the charter stays in force, with the adjustments voted.\n' "$year" \
    >>"$site/content/charter/07-revision.en.md"
  "$HANDBOOK" revision cut "$year" --root "$site" --date "$year-03-01" \
    --approved-by "Conseil d'administration du 1er mars $year" \
    --summary "Revue annuelle $year." >/dev/null || die "cutting revision $year failed"
done

alone="$WORK/alone"
mkdir -p "$alone"
cp -r "$site/content" "$site/handbook.yaml" "$site/handbook.en.yaml" "$alone/"

# ms COMMAND… → "WALL CPU": wall milliseconds of one successful run, and the CPU time (user +
# system, every thread) it used, in milliseconds; the build's output goes to $WORK/log.
ms() {
  python3 - "$WORK/log" "$@" <<'PY' || { cat "$WORK/log" >&2; die "build failed: ${*}"; }
import resource, subprocess, sys, time
log, cmd = sys.argv[1], sys.argv[2:]
before = resource.getrusage(resource.RUSAGE_CHILDREN)
start = time.perf_counter()
with open(log, "wb") as out:
    code = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=out).returncode
wall = (time.perf_counter() - start) * 1000
after = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
print(f"{wall:.0f} {cpu:.0f}")
sys.exit(code)
PY
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%d\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

page="$site/content/method/sobriete.md"
draft_page="$alone/content/method/sobriete.md"
edit=0
declare -A times=() cpus=()
# run CASE COMMAND…: times COMMAND, adds its wall and CPU milliseconds to CASE's lists.
run() {
  local case="$1" result
  shift
  result="$(ms "$@")"
  times[$case]+="${result% *} "
  cpus[$case]+="${result#* } "
}
# Warm-ups: the draft alone once into its output, and the full site once so the cache is filled.
ms "$HANDBOOK" build --root "$alone" --output "$WORK/out-alone" >/dev/null
ms "$HANDBOOK" build --root "$site" --drafts --output "$WORK/out-site" >/dev/null
ms "$HANDBOOK" build --root "$site" --drafts --output "$WORK/out-site" >/dev/null
for run in $(seq 1 "$RUNS"); do
  edit=$((edit + 1))
  printf '\nNote de relecture %s.\n' "$edit" >>"$draft_page"
  run alone "$HANDBOOK" build --root "$alone" --output "$WORK/out-alone"

  run nocache "$HANDBOOK" build --root "$site" --drafts --no-cache --output "$WORK/out-nocache-$run"

  run cold "$HANDBOOK" build --root "$site" --drafts --cache-dir "$WORK/cache-cold-$run" --output "$WORK/out-cold-$run"

  printf '\nNote de relecture %s.\n' "$edit" >>"$page"
  run warm "$HANDBOOK" build --root "$site" --drafts --output "$WORK/out-site"
  grep -q "reused" "$WORK/log" || die "the warm build did not use the cache"
  last() { tr ' ' '\n' <<<"${times[$1]}" | grep . | tail -n 1; }
  echo "  run $run: alone $(last alone), no cache $(last nocache), cold $(last cold), warm $(last warm) ms" >&2
done
cache_line="$(grep "build cache" "$WORK/log" || true)"

# The warm output must be what a build without any cache gives for the same sources.
"$HANDBOOK" build --root "$site" --drafts --no-cache --output "$WORK/out-check" >/dev/null 2>&1 \
  || die "the check build failed"
diff -r "$WORK/out-site" "$WORK/out-check" >/dev/null || die "the warm output differs from a build without cache"

pages() { find "$1" -name '*.html' | wc -l; }
files() { find "$1" -type f | wc -l; }
med() { local -n list="$1"; tr ' ' '\n' <<<"${list[$2]}" | grep . | median; }
m_alone="$(med times alone)"
c_alone="$(med cpus alone)"
m_warm="$(med times warm)"

echo "handbook: $("$HANDBOOK" --version)"
echo "machine:  $(nproc) cores, $(uname -sm)"
echo "site:     $REVISIONS frozen revisions + draft, 2 languages: $(pages "$WORK/out-site") pages, $(files "$WORK/out-site") files"
echo "          draft alone: $(pages "$WORK/out-alone") pages, $(files "$WORK/out-alone") files"
echo "cache:    $(du -sh "$site/.handbook-cache" | cut -f1) in .handbook-cache/; last warm build: ${cache_line#build cache: }"
echo
echo "median of $RUNS runs; CPU = user + system time of every thread"
printf '%-34s %8s %8s %8s %8s\n' "case" "wall ms" "× alone" "CPU ms" "× alone"
for case in alone nocache cold warm; do
  m="$(med times "$case")"
  c="$(med cpus "$case")"
  case "$case" in
    alone) label="draft alone (no revisions)" ;;
    nocache) label="$REVISIONS revisions, --no-cache" ;;
    cold) label="$REVISIONS revisions, cold cache" ;;
    warm) label="$REVISIONS revisions, warm, 1 page edited" ;;
  esac
  printf '%-34s %8s %8s %8s %8s\n' "$label" "$m" "$(awk -v a="$m" -v b="$m_alone" 'BEGIN { printf "%.2f", a / b }')" \
    "$c" "$(awk -v a="$c" -v b="$c_alone" 'BEGIN { printf "%.2f", a / b }')"
done
echo
ratio="$(awk -v a="$m_warm" -v b="$m_alone" 'BEGIN { printf "%.2f", a / b }')"
if awk -v r="$ratio" 'BEGIN { exit !(r <= 1.3) }'; then
  echo "goal met: warm = ${ratio} × draft alone in wall time (≤ 1.3)"
else
  echo "goal missed: warm = ${ratio} × draft alone in wall time (goal ≤ 1.3)"
fi
