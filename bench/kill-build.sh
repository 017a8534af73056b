#!/usr/bin/env bash
# Fault injection on a real build: kills a warm build of the default handbook (every revision) with
# SIGKILL at chosen filesystem calls (strace's syscall fault injection), then checks that the output
# is the complete previous site and that the next build removes what the killed one left.
# Builds include the draft (`--drafts`). Each killed build follows an edit of the draft home page, so it has files to replace as well as files to
# keep. Kills at `linkat` run without the spare (the hidden `.public.spare`, the previous site, that a
# warm build starts from), so the build links the kept folders one by one; the others run with it.
# After a kill, `public/` must be the previous site or the new one, complete: nothing in between.
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
hb="$work/hb"
mkdir "$hb"
cp -R "$ROOT/content" "$ROOT/revisions" "$ROOT"/handbook*.yaml "$hb/"
[ ! -d "$ROOT/themes" ] || cp -R "$ROOT/themes" "$hb/"
run_build() { "$HANDBOOK" build --drafts --root "$hb" --output "$out" --cache-dir "$work/cache" >/dev/null 2>&1; }
digest() { (cd "$out" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16); }
# What a killed build leaves that the next one must remove (the spare is kept on purpose).
leftovers() { find "$work" -maxdepth 1 -name '.public.staging-*' -o -maxdepth 1 -name '.public.previous-*' | wc -l; }

run_build && run_build # cold, then warm: the warm build is the one that links kept folders
rm -rf "$work/.public.spare" # without the spare, a warm build links every kept file
links="$(strace -f -c -e trace=linkat "$HANDBOOK" build --drafts --root "$hb" --output "$out" --cache-dir "$work/cache" 2>&1 >/dev/null | awk '/linkat/ {print $4}')"
echo "a warm build makes ${links:-0} hard links; killing it at some of them and at the other steps"

kills=0 damaged=0 left=0
# strace counts calls per thread and two threads link, so each makes about half of them.
for spec in linkat:1 linkat:2 "linkat:$((links / 8))" "linkat:$((links / 4))" "linkat:$((links * 9 / 20))" \
            renameat2:1 rename:1 rename:2 mkdir:1 unlink:1 unlink:6 write:1 write:5; do
  call="${spec%:*}" when="${spec#*:}"
  [ "$when" -ge 1 ] || continue
  [ "$call" != linkat ] || rm -rf "$work/.public.spare"
  reference="$(digest)"
  printf '\nEdited before the kill at %s.\n' "$spec" >>"$hb/content/index.md"
  set +e
  exec 3>&2 2>/dev/null # the shell would report each "Killed"
  strace -f -qq -o /dev/null -e trace="$call" -e inject="$call:signal=KILL:when=$when" \
    "$HANDBOOK" build --drafts --root "$hb" --output "$out" --cache-dir "$work/cache" >/dev/null 2>&1
  code=$?
  exec 2>&3 3>&-
  set -e
  [ "$code" -eq 137 ] || { echo "$spec: not killed (exit $code), skipped"; continue; }
  kills=$((kills + 1))
  now="$( [ -d "$out" ] && digest || echo missing)"
  before="$(leftovers)"
  run_build
  after="$(leftovers)"
  left=$((left + after))
  if [ "$now" = "$reference" ]; then state="the previous site"
  elif [ "$now" = "$(digest)" ]; then state="the new site" # killed after the swap
  else state="DAMAGED"; damaged=$((damaged + 1)); fi
  echo "$spec: public/ is $state, $before left beside it, $after after the next build"
done
echo "kills=$kills damaged=$damaged leftovers-after-next-build=$left"
[ "$damaged" -eq 0 ] && [ "$left" -eq 0 ]
