#!/usr/bin/env bash
# Fault injection on a real build: kills a warm build of the default handbook (every revision) with
# SIGKILL at chosen filesystem calls (strace's syscall fault injection), then checks that the output
# is the complete previous site and that the next build removes what the killed one left.
#
#   bash bench/kill-build.sh            # needs strace (apt-get install strace)
#
# Prints one line per kill and a summary: `kills=N damaged=0 leftovers-after-next-build=0`.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/bench/lib.sh"
command -v strace >/dev/null || die "strace is needed (apt-get install strace)"
find_handbook

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$work/public"
run_build() { "$HANDBOOK" build --root "$ROOT" --output "$out" --cache-dir "$work/cache" >/dev/null 2>&1; }
digest() { (cd "$out" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16); }
leftovers() { find "$work" -maxdepth 1 -name '.public.staging-*' -o -maxdepth 1 -name '.public.previous-*' | wc -l; }

run_build && run_build # cold, then warm: the warm build is the one that links kept folders
reference="$(digest)"
links="$(strace -f -c -e trace=linkat "$HANDBOOK" build --root "$ROOT" --output "$out" --cache-dir "$work/cache" 2>&1 >/dev/null | awk '/linkat/ {print $4}')"
echo "a warm build makes ${links:-0} hard links; killing it at some of them and at the other steps"

kills=0 damaged=0 left=0
for spec in linkat:1 linkat:2 "linkat:$((links / 4))" "linkat:$((links / 2))" "linkat:$links" \
            renameat2:1 rename:1 mkdir:1 mkdir:100 unlinkat:1 unlinkat:500; do
  call="${spec%:*}" when="${spec#*:}"
  [ "$when" -ge 1 ] || continue
  set +e
  strace -f -qq -o /dev/null -e trace="$call" -e inject="$call:signal=KILL:when=$when" \
    "$HANDBOOK" build --root "$ROOT" --output "$out" --cache-dir "$work/cache" >/dev/null 2>&1
  code=$?
  set -e
  [ "$code" -eq 137 ] || { echo "$spec: not killed (exit $code), skipped"; continue; }
  kills=$((kills + 1))
  now="$( [ -d "$out" ] && digest || echo missing)"
  [ "$now" = "$reference" ] || damaged=$((damaged + 1))
  before="$(leftovers)"
  run_build
  after="$(leftovers)"
  left=$((left + after))
  echo "$spec: public/ $( [ "$now" = "$reference" ] && echo intact || echo DAMAGED), $before left beside it, $after after the next build"
done
echo "kills=$kills damaged=$damaged leftovers-after-next-build=$left"
[ "$damaged" -eq 0 ] && [ "$left" -eq 0 ]
