#!/usr/bin/env python3
"""Save → new content served: the latency of `handbook serve`, compared with a full `handbook build`.

Copies a handbook (by default the repository's own, with its frozen revisions, so that the draft is
served under /draft/) into a temporary folder, starts `handbook serve` on a free loopback port,
follows its event stream, then saves one prompt file N times (the way editors do: write a temporary
file, rename it over the original) and measures the time from the rename until the prompt's page,
fetched over HTTP, holds the new text: the `reload` event, then the page itself. Then times full
`handbook build`s of the same sources for comparison.

Usage: bench/serve-latency.py [--binary target/release/handbook] [--root DIR] [--saves 20] [--builds 5]
Goal: p50 <= 50 ms, p95 <= 100 ms.
"""

import argparse
import re
import shutil
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values, p):
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


class Events:
    """A minimal Server-Sent Events reader on a raw socket."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.sock.sendall(b"GET /__handbook/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
        self.buf = b""
        head = self._until(b"\r\n\r\n")
        if b" 200 " not in head.split(b"\r\n", 1)[0]:
            raise SystemExit(f"event stream refused: {head!r}")

    def _until(self, sep):
        while sep not in self.buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise SystemExit("event stream closed")
            self.buf += chunk
        part, self.buf = self.buf.split(sep, 1)
        return part

    def next(self):
        while True:
            block = self._until(b"\n\n").decode()
            name = next((l[7:] for l in block.splitlines() if l.startswith("event: ")), None)
            if name:
                return name


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(here, "..", "target", "release", "handbook"))
    ap.add_argument("--root", default=os.path.join(here, ".."),
                    help="the handbook to copy (default: the repository's own, with its revisions)")
    ap.add_argument("--saves", type=int, default=20)
    ap.add_argument("--builds", type=int, default=5)
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.path.exists(binary):
        raise SystemExit(f"{binary} not found: run `cargo build --release` or pass --binary")

    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "hb")
        source = os.path.abspath(args.root)
        os.makedirs(root)
        for name in os.listdir(source):
            if name in ("content", "revisions", "themes", "templates", "static") or (
                name.startswith("handbook") and name.endswith(".yaml")
            ):
                copy = shutil.copytree if os.path.isdir(os.path.join(source, name)) else shutil.copy
                copy(os.path.join(source, name), os.path.join(root, name))
        prompts = os.path.join(root, "content", "prompts")
        target = os.path.join(prompts, sorted(f for f in os.listdir(prompts) if f.endswith(".md") and f.count(".") == 1)[0])
        original = open(target, encoding="utf-8").read()
        prompt_id = re.search(r"^id:\s*\"?([A-Za-z0-9-]+)", original, re.M).group(1)
        # With revisions, `serve` shows the sources being edited as the draft.
        draft = "draft/" if os.path.isdir(os.path.join(root, "revisions")) else ""
        page_url = f"/{draft}prompts/{prompt_id.lower()}/"

        port = free_port()
        server = subprocess.Popen(
            [binary, "serve", "--root", root, "--port", str(port)],
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).read()
                    break
                except OSError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit("the server did not start")
                    time.sleep(0.05)
            events = Events(port)
            if events.next() != "hello":
                raise SystemExit("no hello event")

            def served(marker):
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{page_url}", timeout=10) as r:
                    return marker in r.read().decode("utf-8", "replace")

            latencies = []
            for i in range(args.saves):
                marker = f"Édition numéro {i} du banc"
                text = f"{original}\n{marker}.\n"
                tmp_file = os.path.join(prompts, f".{os.path.basename(target)}.tmp")
                with open(tmp_file, "w", encoding="utf-8") as f:
                    f.write(text)
                start = time.perf_counter()
                os.replace(tmp_file, target)
                while True:
                    name = events.next()
                    if name == "reload":
                        break
                    if name == "errors":
                        raise SystemExit("the edit was reported as an error")
                polls = 0
                while not served(marker):
                    polls += 1
                    if polls > 5000:
                        raise SystemExit(f"{page_url} never showed the edit")
                latencies.append((time.perf_counter() - start) * 1000)
                time.sleep(0.1)  # separate saves, as a person would
        finally:
            server.send_signal(signal.SIGINT)
            try:
                code = server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                code = "killed"
        builds = []
        out = os.path.join(tmp, "public")
        for _ in range(args.builds):
            start = time.perf_counter()
            subprocess.run(
                [binary, "build", "--root", root, "--output", out],
                check=True,
                stderr=subprocess.DEVNULL,
            )
            builds.append((time.perf_counter() - start) * 1000)

    p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
    print(f"save → new content served ({page_url}), {len(latencies)} saves: "
          f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, min {min(latencies):.1f} ms, max {max(latencies):.1f} ms")
    print(f"full `handbook build` (process start to exit), {len(builds)} runs: "
          f"median {statistics.median(builds):.1f} ms, min {min(builds):.1f} ms")
    print(f"server exit after Ctrl-C (SIGINT): {code}")
    ok = p50 <= 50 and p95 <= 100
    print("goal p50 <= 50 ms, p95 <= 100 ms:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
