#!/usr/bin/env bash
# Two handbook binaries and Hugo, run in turn on the same synthetic site: what one change is worth,
# on a machine whose speed moves from run to run more than the change does.
#
#   bench/alternate.sh OLD_BINARY NEW_BINARY            # 1 000 pages, 9 rounds
#   PAGES=10000 ROUNDS=3 bench/alternate.sh OLD NEW
#
# Each round builds with the old binary, the new one, then Hugo (cold: `--no-cache`, a new output
# folder each time; nothing is deleted before the end, see `run.sh`), and the script prints the
# median wall and CPU time (user + system) of each, and each binary's ratio to Hugo. Needs python3
# and hugo (`bench/run.sh` installs it).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

[ $# -eq 2 ] || die "usage: bench/alternate.sh OLD_BINARY NEW_BINARY"
OLD="$1"
NEW="$2"
PAGES="${PAGES:-1000}"
ROUNDS="${ROUNDS:-9}"
[ -x "$OLD" ] || die "no handbook binary at $OLD"
[ -x "$NEW" ] || die "no handbook binary at $NEW"
[[ "$ROUNDS" =~ ^[0-9]+$ && "$ROUNDS" -ge 1 ]] || die "ROUNDS must be 1 or more"
command -v python3 >/dev/null || die "python3 is required"
command -v hugo >/dev/null || die "hugo is required (bench/run.sh installs it with apt-get)"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 "$ROOT/bench/gen_synthetic.py" "$PAGES" "$WORK/site" >/dev/null 2>&1 || die "cannot generate the synthetic site"

# run LABEL COMMAND… → appends "LABEL wall cpu" to $WORK/times.
run() {
  local label="$1"
  shift
  /usr/bin/time -f "$label %e %U %S" -o "$WORK/time" "$@" >"$WORK/log" 2>&1 ||
    { cat "$WORK/log" >&2; die "$label build failed"; }
  awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$WORK/time" >>"$WORK/times"
}

for round in $(seq 1 "$ROUNDS"); do
  run old "$OLD" build --no-cache --root "$WORK/site/handbook" --output "$WORK/old-$round"
  run new "$NEW" build --no-cache --root "$WORK/site/handbook" --output "$WORK/new-$round"
  run hugo hugo --source "$WORK/site/hugo" --destination "$WORK/hugo-$round" --quiet
done

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
of() { awk -v l="$1" -v f="$2" '$1 == l { print $f }' "$WORK/times" | median; }

echo "$PAGES pages, $ROUNDS rounds (old, new, Hugo in turn); medians"
hugo_wall="$(of hugo 2)"
hugo_cpu="$(of hugo 3)"
printf '%-5s  %7s  %7s  %14s  %13s\n' "" "wall s" "cpu s" "wall / Hugo's" "cpu / Hugo's"
for label in old new hugo; do
  wall="$(of "$label" 2)"
  cpu="$(of "$label" 3)"
  printf '%-5s  %7s  %7s  %14s  %13s\n' "$label" "$wall" "$cpu" \
    "$(awk -v a="$wall" -v b="$hugo_wall" 'BEGIN { printf "%.2f", a / b }')" \
    "$(awk -v a="$cpu" -v b="$hugo_cpu" 'BEGIN { printf "%.2f", a / b }')"
done
