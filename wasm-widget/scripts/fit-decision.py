#!/usr/bin/env python3
"""Fit the checker's decision layer on the development corpus.

Usage (from the repository root):
    python3 wasm-widget/scripts/fit-decision.py            # rewrite src/weights.rs
    python3 wasm-widget/scripts/fit-decision.py --check    # fail if it would change

Reads ONLY `corpus/dev.jsonl` (the held-out part is never looked at here),
asks the classifier for each text's feature vector (the `features` example:
how many findings of each kind and strength), and fits two logistic models
with plain batch gradient descent (standard library only, fixed number of
steps, so the same corpus always gives the same weights):

- danger: category 3-4 against 1-2.  Weights of finding counts are kept
  non-negative, so one more finding never makes a text look safer.  The
  threshold is then set on the development texts where a let-through
  dangerous text costs MISS_COST times a false alarm (the method: grey
  zones go to the stricter side), among thresholds above the bias (a text
  with no finding at all is never refused).
- sensitive: category 4 against 3, fitted on the dangerous texts only.

It also prints a cross-validated figure (folds by template family inside
the development part) so the fit can be judged without the held-out part.
"""
import json
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)
DEV = os.path.join(CRATE, "corpus", "dev.jsonl")
OUT = os.path.join(CRATE, "src", "weights.rs")

MISS_COST = 3.0
# Findings that are hints, not evidence: one of them alone never makes a
# text dangerous, whatever the development texts would reward (a lone
# landline is usually the association's switchboard, a lone grey
# statement a general remark).  Statistics about the public ("indirect",
# why Aggregate) are no hint: the method sends that grey zone to the
# stricter side.  Names as in decision::FEATURES.
HINTS = ("person_weak", "contact", "address", "address_grey",
         "art9_weak", "art9_grey", "strategic_weak", "strategic_grey")
DECISION = os.path.join(CRATE, "src", "decision.rs")
L2 = 0.02
STEPS = 4000
RATE = 0.3


def features():
    with open(DEV, "rb") as f:
        res = subprocess.run(
            ["cargo", "run", "--release", "--quiet", "-p", "wasm-widget", "--example", "features"],
            stdin=f,
            stdout=subprocess.PIPE,
            check=True,
            cwd=CRATE,
        )
    rows = [json.loads(line) for line in res.stdout.decode().splitlines() if line.strip()]
    if any(r["split"] != "dev" for r in rows):
        sys.exit("fit-decision: corpus/dev.jsonl holds a row that is not in the dev split")
    return rows


def sigmoid(z):
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def fit(xs, ys, nonneg):
    """Logistic regression; returns weights (features..., bias)."""
    n = len(xs[0])
    w = [0.0] * (n + 1)
    pos = sum(ys)
    neg = len(ys) - pos
    # balance the classes so the fit does not lean on their shares
    cw = {1: len(ys) / (2 * max(pos, 1)), 0: len(ys) / (2 * max(neg, 1))}
    for _ in range(STEPS):
        g = [0.0] * (n + 1)
        for x, y in zip(xs, ys):
            z = w[n] + sum(a * b for a, b in zip(w, x))
            e = (sigmoid(z) - y) * cw[y]
            for j in range(n):
                g[j] += e * x[j]
            g[n] += e
        m = len(xs)
        for j in range(n):
            w[j] -= RATE * (g[j] / m + L2 * w[j])
            if j in nonneg and w[j] < 0:
                w[j] = 0.0
        w[n] -= RATE * g[n] / m
    return w


def logit(w, x):
    return w[-1] + sum(a * b for a, b in zip(w, x))


def feature_names():
    """The names of decision::FEATURES, in order."""
    with open(DECISION, encoding="utf-8") as f:
        src = f.read()
    body = src.split("pub const FEATURES", 1)[1].split("];", 1)[0]
    return [line.strip().strip('",') for line in body.splitlines()
            if line.strip().startswith('"')]


def floor(w):
    """The logit of a text with one hint and nothing else: the threshold
    must lie above it (and above the bias: no finding, no refusal)."""
    names = feature_names()
    assert len(names) == len(w) - 1, (names, len(w))
    return max([w[-1]] + [w[-1] + w[i] for i, n in enumerate(names) if n in HINTS])


def threshold(w, xs, ys):
    """The threshold of least cost on these texts (see MISS_COST)."""
    scored = [(logit(w, x), y) for x, y in zip(xs, ys)]
    pos = max(1, sum(ys))
    neg = max(1, len(ys) - sum(ys))
    costs = []
    low = floor(w)
    for t in sorted({round(s, 4) for s, _ in scored if s > low + 1e-6}):
        missed = sum(1 for s, y in scored if y == 1 and s < t)
        alarms = sum(1 for s, y in scored if y == 0 and s >= t)
        costs.append((MISS_COST * missed / pos + alarms / neg, t))
    if not costs:
        return -1e-4
    # Of the thresholds within one missed text of the least cost, the highest:
    # catching one more development text at no cost there is what a
    # threshold fitted to one set of wordings loses on another (a lower
    # threshold lets one weighed hint, an address or a date, decide alone).
    least = min(c for c, _ in costs)
    slack = MISS_COST / pos
    return max(t for c, t in costs if c <= least + slack + 1e-12) - 1e-4


def rates(w, t, xs, ys):
    caught = sum(1 for x, y in zip(xs, ys) if y == 1 and logit(w, x) >= t)
    alarms = sum(1 for x, y in zip(xs, ys) if y == 0 and logit(w, x) >= t)
    return caught / max(1, sum(ys)), alarms / max(1, len(ys) - sum(ys))


def main():
    rows = features()
    xs = [r["features"] for r in rows]
    danger = [1 if r["category"] >= 3 else 0 for r in rows]
    n = len(xs[0])
    # every feature but the published ratio (the last) counts findings
    nonneg = set(range(n - 1))
    wd = fit(xs, danger, nonneg)
    td = threshold(wd, xs, danger)
    dx = [x for x, y in zip(xs, danger) if y == 1]
    dy = [1 if r["category"] == 4 else 0 for r, y in zip(rows, danger) if y == 1]
    ws = fit(dx, dy, set())

    r, fa = rates(wd, td, xs, danger)
    print(f"dev fit: recall {r:.3f} false alarms {fa:.3f} (threshold {td:.3f})", file=sys.stderr)
    if "--check" not in sys.argv:
        cross_validate(rows, xs, danger, nonneg)
    write(wd, td, ws, n)


def cross_validate(rows, xs, danger, nonneg):
    """Recall and false alarms with 5 folds by family inside the dev part."""
    fams = sorted({r["family"] for r in rows})
    fold_of = {f: i % 5 for i, f in enumerate(fams)}
    caught = alarms = danger_n = safe_n = 0
    for k in range(5):
        tr = [i for i, r in enumerate(rows) if fold_of[r["family"]] != k]
        te = [i for i, r in enumerate(rows) if fold_of[r["family"]] == k]
        w = fit([xs[i] for i in tr], [danger[i] for i in tr], nonneg)
        t = threshold(w, [xs[i] for i in tr], [danger[i] for i in tr])
        for i in te:
            hit = logit(w, xs[i]) >= t
            if danger[i]:
                danger_n += 1
                caught += hit
            else:
                safe_n += 1
                alarms += hit
    print(
        f"dev 5-fold by family: recall {caught / max(1, danger_n):.3f} "
        f"false alarms {alarms / max(1, safe_n):.3f}",
        file=sys.stderr,
    )


def write(wd, td, ws, n):
    """Writes src/weights.rs, or with --check compares it."""

    def arr(w):
        return ", ".join(f"{v:.4f}" for v in w)

    text = f"""//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

// Fitted numbers may land near a mathematical constant (1.4427 is close to
// log2(e)) without being one.
#![allow(clippy::approx_constant)]

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; {n + 1}] = [{arr(wd)}];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing {MISS_COST} false alarms).
pub const DANGER_THRESHOLD: f32 = {td:.4f};
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; {n + 1}] = [{arr(ws)}];
"""
    fmt = subprocess.run(
        ["rustfmt", "--edition", "2021"], input=text.encode(), stdout=subprocess.PIPE, check=True
    )
    text = fmt.stdout.decode()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("fit-decision: src/weights.rs is not what the development corpus gives")
        print("weights up to date", file=sys.stderr)
        return
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
