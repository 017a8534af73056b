#!/usr/bin/env bash
# `handbook check` on large texts: wall time and peak memory for 1, 10 and 100 MB, human and JSON
# output, and the same text as a `--batch` export (one JSON line per 10 lines of text). The text is generated here (deterministic): harmless lines of an association's notes with,
# every few lines, a person's e-mail address, phone number or health fact, so the checker has tens
# of thousands of findings to locate and pseudonymise.
#
#   bench/check.sh                      # 1, 10 and 100 MB
#   SIZES="1 5" bench/check.sh          # other sizes, in MB
#   HANDBOOK_BIN=path/to/handbook bench/check.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/bench/lib.sh"
find_handbook
[ -x /usr/bin/time ] || die "GNU time is needed (apt-get install time)"
SIZES="${SIZES:-1 10 100}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Writes SIZE megabytes of text to FILE.
make_text() {
  python3 - "$1" "$2" <<'PY'
import sys
size, path = int(sys.argv[1]) * 1_000_000, sys.argv[2]
harmless = [
    "L'atelier de réparation de vélos ouvre samedi à 10 h dans la salle du fond.",
    "The board meets on the first Tuesday of the month; the agenda is on the notice board.",
    "De vrijwilligers ruimen de tuin op na de zomermarkt.",
    "Merci d'apporter des gobelets réutilisables pour la fête de quartier.",
]
personal = [
    "Pour la collecte, écrire à camille.{n}@courriel.fr avant vendredi.",
    "Call the coordinator on 06 12 {a:02d} {b:02d} {c:02d} if the van is late.",
    "Mme Martin{n} ne viendra pas : elle est sous chimiothérapie depuis mars.",
]
out, n, written = [], 0, 0
while written < size:
    n += 1
    line = harmless[n % len(harmless)] if n % 3 else personal[(n // 3) % len(personal)].format(
        n=n, a=n % 100, b=(n // 100) % 100, c=(n // 10000) % 100)
    out.append(line)
    written += len(line.encode()) + 1
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
PY
}

# Prints one row of the table: MB, format, seconds, peak KB, findings.
row() {
  awk -v mb="$1" -v f="$2" -v s="$3" -v kb="$4" -v n="$5" \
    'BEGIN { printf "%8s  %-6s  %10.2f  %10.0f  %9.1f  %s\n", mb, f, s, kb / 1024, (s > 0 ? mb / s : 0), n }'
}

printf '%8s  %-6s  %10s  %10s  %9s  %s\n' "MB" "format" "time (s)" "peak MB" "MB/s" "findings"
for mb in $SIZES; do
  text="$work/text-$mb.txt"
  make_text "$mb" "$text"
  for format in human json; do
    set +e
    /usr/bin/time -f '%e %M' -o "$work/time" \
      "$HANDBOOK" check --root "$work" --format "$format" "$text" >"$work/out" 2>"$work/err"
    code=$?
    set -e
    [ "$code" -eq 3 ] || { cat "$work/err" >&2; die "check of $mb MB ($format) exited $code, not 3"; }
    read -r secs kb < <(tail -n 1 "$work/time") # GNU time first notes the exit status 3
    if [ "$format" = human ]; then
      findings=$(grep -c '^  [0-9]*:[0-9]*  ' "$work/out" || true)
    else
      findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["entities"]))' "$work/out")
    fi
    row "$mb" "$format" "$secs" "$kb" "$findings"
  done
  # The same lines as an export of short texts (10 lines each): `--batch` holds one text at a time.
  python3 - "$text" "$work/batch.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for n in range(0, len(lines), 10):
        f.write(json.dumps({"id": n // 10, "text": "\n".join(lines[n:n + 10])}, ensure_ascii=False) + "\n")
PY
  set +e
  /usr/bin/time -f '%e %M' -o "$work/time" \
    "$HANDBOOK" check --root "$work" --batch - <"$work/batch.jsonl" >"$work/out" 2>"$work/err"
  code=$?
  set -e
  [ "$code" -eq 3 ] || { cat "$work/err" >&2; die "batch check of $mb MB exited $code, not 3"; }
  read -r secs kb < <(tail -n 1 "$work/time")
  findings=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["entities"]) for l in open(sys.argv[1])))' "$work/out")
  row "$mb" "batch" "$secs" "$kb" "$findings"
done
