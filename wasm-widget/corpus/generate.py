#!/usr/bin/env python3
"""Generate the labelled evaluation corpus for the checker.

    python3 generate.py          write dev.jsonl and heldout.jsonl
    python3 generate.py --check  verify the committed files match, print counts

Deterministic: every random choice comes from a per-family generator seeded
from SEED and the family name, so adding or reordering families never
changes the texts of the others. Standard library only.
"""

import hashlib
import json
import os
import random
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import FAMILIES, Ctx, GENRES, chatify  # noqa: E402
import fam_fr2, fam_fr3, fam_fr4, fam_en, fam_nl, fam_fr_dev, fam_ennl_dev, fam_pay_dev, fam_chat_dev  # noqa: E402,F401

SEED = "handbook-checker-corpus-v1"
DEV_SHARE = 0.6
MIN_TEXTS = 10


def h(s):
    return int(hashlib.sha256(f"{SEED}:{s}".encode("utf-8")).hexdigest(), 16)


def assign_splits(families):
    """Within each (lang, category) stratum, order families by a stable hash
    of their name; the first 60 % go to dev, the rest to heldout. Then make
    sure both splits have every genre (see repair_genres). Families pinned
    with split="dev" take no part in this: they are added to dev afterwards,
    so they can never move a hashed family from one split to the other."""
    pinned = [f for f in families if f["split"]]
    families = [f for f in families if not f["split"]]
    strata = {}
    for f in families:
        strata.setdefault((f["lang"], f["category"]), []).append(f)
    split = {}
    for key in sorted(strata):
        fams = sorted(strata[key], key=lambda f: (h(f["name"]), f["name"]))
        n_dev = round(len(fams) * DEV_SHARE)
        for i, f in enumerate(fams):
            split[f["name"]] = "dev" if i < n_dev else "heldout"
    repair_genres(families, split)
    for f in pinned:
        split[f["name"]] = f["split"]
    return split


def repair_genres(families, split):
    """If a split lacks a genre, swap (same language and category, so the
    strata stay balanced) the lowest-hash family of that genre with the
    lowest-hash family whose genre the receiving split can spare."""
    order = sorted(families, key=lambda f: (h(f["name"]), f["name"]))
    for _ in range(50):
        count = Counter((split[f["name"]], f["genre"]) for f in families)
        gap = next(((s, g) for s in ("dev", "heldout") for g in GENRES
                    if count[(s, g)] == 0), None)
        if gap is None:
            return
        need, g = gap
        other = "heldout" if need == "dev" else "dev"
        done = False
        for x in order:
            if x["genre"] != g or split[x["name"]] != other or count[(other, g)] < 2:
                continue
            for y in order:
                if (split[y["name"]] == need and y["lang"] == x["lang"]
                        and y["category"] == x["category"]
                        and count[(need, y["genre"])] >= 2):
                    split[x["name"]], split[y["name"]] = need, other
                    done = True
                    break
            if done:
                break
        assert done, ("cannot balance genre", gap)
    raise AssertionError("genre balancing did not converge")


def prune(pii, text):
    """Drop a marked substring when each of its occurrences lies inside an
    occurrence of a longer marked one (e.g. 'Oksana' inside 'Oksana Kowalski')."""
    spans = {s: [(m.start(), m.end()) for m in re.finditer(re.escape(s), text)] for s in pii}
    keep = []
    for s in pii:
        longer = [sp for t in pii if len(t) > len(s) for sp in spans[t]]
        if any(not any(a <= x and y <= b for a, b in longer) for x, y in spans[s]):
            keep.append(s)
    return keep


def check_pii(f, text, pii, used):
    """Category 2 holds no personal data; 3 and 4 always do; every drawn
    name that shows up in the text is covered by a pii substring."""
    if f["category"] == 2:
        assert not pii and not used, (f["name"], pii, text)
    else:
        assert pii, (f["name"], text)
    lowered = text == chatify(text)
    norm = chatify if lowered else (lambda x: x)
    low = norm(text)
    spans = []
    for s in pii:
        for m in re.finditer(re.escape(norm(s)), low):
            spans.append((m.start(), m.end()))
    for name in used:
        n = norm(name)
        if lowered and len(n) <= 3:
            continue  # "le", "jan", "kim" are also ordinary lowercase words
        for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", low):
            covered = any(a <= m.start() and m.end() <= b for a, b in spans)
            assert covered, (f["name"], name, text, pii)


def texts_for(f, split):
    n = f["n"] or 16 + h(f["name"] + ":n") % 3
    rng = random.Random(h(f["name"]))
    pool = "A" if split == "dev" else "B"
    rows, seen = [], []
    tries = 0
    while len(rows) < n and tries < n * 40:
        tries += 1
        c = Ctx(rng, pool, f["lang"])
        text, why = f["fn"](c)
        text = text.strip()
        if text in seen:
            continue
        seen.append(text)
        # Templates build every alternative before picking one, so keep only
        # the marked substrings that made it into the chosen text.
        pii = prune([s for s in c.pii_list if s and s in text], text)
        check_pii(f, text, pii, c.used)
        rows.append({
            "id": f"{f['name']}-{len(rows) + 1:02d}",
            "family": f["name"], "genre": f["genre"], "lang": f["lang"],
            "category": f["category"], "split": split, "text": text,
            "pii": pii, "why": why,
        })
    assert len(rows) >= MIN_TEXTS, (f["name"], len(rows))
    return rows


def build():
    split = assign_splits(FAMILIES)
    out = {"dev": [], "heldout": []}
    for f in sorted(FAMILIES, key=lambda f: f["name"]):
        out[split[f["name"]]].extend(texts_for(f, split[f["name"]]))
    # every split must cover every language, category and genre
    for s, rows in out.items():
        for key, values in (("lang", ("fr", "en", "nl")), ("category", (2, 3, 4)),
                            ("genre", GENRES)):
            have = {r[key] for r in rows}
            missing = [v for v in values if v not in have]
            assert not missing, (s, key, missing)
    return out, split


def serialise(rows):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)


def report(out, split):
    fam_count = Counter(split.values())
    print(f"families: dev {fam_count['dev']}, heldout {fam_count['heldout']}, "
          f"total {len(split)}")
    total = sum(len(r) for r in out.values())
    print(f"texts: {total}")
    for key in ("lang", "category", "genre"):
        print(f"\nby split x {key}")
        vals = sorted({r[key] for rows in out.values() for r in rows}, key=str)
        print("  " + f"{'':10}" + "".join(f"{str(v):>14}" for v in vals))
        for s in ("dev", "heldout"):
            cnt = Counter(r[key] for r in out[s])
            print("  " + f"{s:10}" + "".join(f"{cnt[v]:>14}" for v in vals))
    print("\nsplit x lang x category")
    print(f"  {'':16}{'2':>6}{'3':>6}{'4':>6}{'all':>7}")
    for s in ("dev", "heldout"):
        for lang in ("fr", "en", "nl"):
            cnt = Counter(r["category"] for r in out[s] if r["lang"] == lang)
            print(f"  {s + ' ' + lang:16}{cnt[2]:>6}{cnt[3]:>6}{cnt[4]:>6}"
                  f"{sum(cnt.values()):>7}")
    all_rows = [r for rows in out.values() for r in rows]
    lc = Counter(r["lang"] for r in all_rows)
    cc = Counter(r["category"] for r in all_rows)
    print("\nshares: " + ", ".join(f"{k} {100 * v / total:.1f} %" for k, v in sorted(lc.items()))
          + " | " + ", ".join(f"cat {k} {100 * v / total:.1f} %" for k, v in sorted(cc.items())))


def main(argv):
    out, split = build()
    ok = True
    for s in ("dev", "heldout"):
        path = os.path.join(HERE, f"{s}.jsonl")
        data = serialise(out[s])
        if "--check" in argv:
            try:
                with open(path, encoding="utf-8") as fh:
                    cur = fh.read()
            except FileNotFoundError:
                cur = None
            if cur != data:
                print(f"MISMATCH: {s}.jsonl differs from what generate.py writes now")
                ok = False
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(data)
    report(out, split)
    if "--check" in argv:
        print("\ncheck: " + ("OK, committed files are up to date" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
