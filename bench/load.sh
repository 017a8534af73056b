#!/usr/bin/env sh
# Load check of `handbook serve` (not a timed test): 200 concurrent keep-alive connections for 10 s
# on loopback with wrk (Debian package `wrk`), on a page, then on a stylesheet, while 20 pages follow
# the live-reload event stream. Passes when wrk reports no socket error and no non-2xx answer.
#
# Usage: bench/load.sh [path/to/handbook]   (default: target/release/handbook)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-"$here/../target/release/handbook"}
command -v wrk >/dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 2; }
[ -x "$bin" ] || { echo "$bin not found: cargo build --release" >&2; exit 2; }

tmp=$(mktemp -d)
server=""
streams=""
cleanup() {
    for pid in $streams; do kill "$pid" 2>/dev/null || true; done
    [ -n "$server" ] && kill -INT "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

"$bin" init "$tmp/hb" >/dev/null 2>&1
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$bin" serve --root "$tmp/hb" --port "$port" 2>"$tmp/serve.log" &
server=$!
i=0
until curl -fs "http://127.0.0.1:$port/" >/dev/null; do
    i=$((i + 1)); [ $i -lt 200 ] || { cat "$tmp/serve.log"; exit 1; }; sleep 0.05
done

# Open event streams stay connected during the load, as open browser tabs would.
for n in $(seq 1 20); do
    curl -sN "http://127.0.0.1:$port/__handbook/events" >/dev/null 2>&1 &
    streams="$streams $!"
done

css=$(curl -fs "http://127.0.0.1:$port/" | grep -o 'assets\(&#x2F;\|/\)style\.[0-9a-f]*\.css' | head -n1 | sed 's/&#x2F;/\//')
[ -n "$css" ] || { echo "no stylesheet link on the home page" >&2; exit 1; }
status=0
for path in "/" "/prompts/" "/$css"; do
    echo "== GET $path"
    out=$(wrk -t4 -c200 -d10s --latency "http://127.0.0.1:$port$path")
    echo "$out"
    if echo "$out" | grep -Eq 'Socket errors|Non-2xx'; then
        echo "FAILED: errors on $path"; status=1
    fi
done
exit $status
