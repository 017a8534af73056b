"""Shared machinery for the corpus templates: registry, slot context, helpers."""

import unicodedata

from names import POOLS

FAMILIES = []  # list of dicts, filled by the @family decorator

GENRES = ("email", "minutes", "chat", "rota", "case-note", "grant-report",
          "newsletter", "job-ad", "announcement", "ai-request", "other")


def family(name, genre, lang, category, n=None, split=None):
    """Register a template family. The function gets a Ctx and returns
    (text, why). Personal / sensitive substrings are recorded with c.p().
    split=None lets the hash decide (see generate.assign_splits); split="dev"
    pins a family written later for development only, outside the hash
    split, so adding it leaves every other family's split unchanged."""
    assert genre in GENRES, genre
    assert lang in ("fr", "en", "nl"), lang
    assert category in (2, 3, 4), category
    assert split in (None, "dev"), split

    def deco(fn):
        assert all(f["name"] != name for f in FAMILIES), name
        FAMILIES.append({"name": name, "genre": genre, "lang": lang,
                         "category": category, "fn": fn, "n": n,
                         "split": split})
        return fn
    return deco


def strip_accents(s):
    nfd = unicodedata.normalize("NFD", s)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in nfd if not unicodedata.combining(ch)))


def chatify(s):
    """lowercase, no accents, no final punctuation: how people type in chat."""
    s = strip_accents(s).lower()
    for a, b in (("’", "'"), ("ı", "i"), ("ş", "s"), ("ğ", "g")):
        s = s.replace(a, b)
    return s


def iban(country, bban):
    """Build an IBAN with correct check digits from a numeric BBAN."""
    conv = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(conv) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


class Person:
    def __init__(self, first, gender, last, origin):
        self.first, self.g, self.last, self.origin = first, gender, last, origin

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def f(self):
        return self.g == "f"

    def fr(self, masc, fem):
        return fem if self.f else masc

    def en(self, masc="he", fem="she"):
        return fem if self.f else masc


class Ctx:
    def __init__(self, rng, pool, lang):
        self.r = rng
        self.first_pool, self.sur_pool = POOLS[pool]
        self.lang = lang
        self.pii_list = []
        self.used = []

    # ---- random helpers
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def num(self, a, b):
        return self.r.randint(a, b)

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def shuffle(self, seq):
        seq = list(seq)
        self.r.shuffle(seq)
        return seq

    # ---- pii registry
    def p(self, s):
        """Mark s as a personal / sensitive substring and return it."""
        if s not in self.pii_list:
            self.pii_list.append(s)
        return s

    # ---- people
    def person(self, origins=None, gender=None):
        for _ in range(200):
            origin = self.pick(origins or sorted(self.first_pool))
            first, g = self.pick(self.first_pool[origin])
            if gender and g != gender:
                continue
            sur_origin = origin if self.chance(0.8) else self.pick(sorted(self.sur_pool))
            last = self.pick(self.sur_pool[sur_origin])
            if first in self.used or last in self.used or first == last:
                continue
            self.used += [first, last]
            return Person(first, g, last, origin)
        raise RuntimeError("name pool exhausted")

    def people(self, k, origins=None):
        return [self.person(origins) for _ in range(k)]

    # ---- contact data of private individuals
    def email_of(self, p):
        f = chatify(p.first).replace(" ", "").replace("'", "")
        l = chatify(p.last).replace(" ", "").replace("'", "")
        user = self.pick([f"{f}.{l}", f"{f}{l}{self.num(1, 99)}", f"{f[0]}{l}",
                          f"{f}_{l}", f"{l}.{f}"])
        dom = self.pick(["gmail.com", "hotmail.fr", "yahoo.fr", "outlook.be",
                         "skynet.be", "telenet.be", "proton.me", "live.nl",
                         "orange.fr", "free.fr", "icloud.com"])
        return f"{user}@{dom}"

    def phone(self, country=None):
        country = country or self.pick(["fr", "be", "nl"])
        d = lambda k: "".join(str(self.num(0, 9)) for _ in range(k))
        if country == "fr":
            a = self.pick(["6", "7"])
            pairs = [d(2) for _ in range(4)]
            return self.pick([f"0{a} " + " ".join(pairs), f"0{a}" + "".join(pairs),
                              f"+33 {a} " + " ".join(pairs), f"0{a}." + ".".join(pairs)])
        if country == "be":
            a = self.pick(["470", "472", "475", "476", "477", "478", "479",
                           "484", "486", "488", "493", "496", "498"])
            x, y, z = d(2), d(2), d(2)
            return self.pick([f"0{a} {x} {y} {z}", f"0{a}/{x}.{y}.{z}",
                              f"+32 {a} {x} {y} {z}", f"0{a}{x}{y}{z}",
                              f"+32{a}{x}{y}{z}"])
        x = d(8)
        return self.pick([f"06-{x}", f"06 {x[:2]} {x[2:4]} {x[4:6]} {x[6:]}",
                          f"+31 6 {x}", f"06{x}"])

    def home_address(self, country=None):
        country = country or self.pick(["fr", "be", "nl"])
        n = self.num(1, 148)
        if country == "fr":
            st = self.pick(["rue des Tilleuls", "allée des Peupliers", "impasse du Moulin",
                            "rue de la Forge", "chemin des Vignes", "rue Paul Bert",
                            "avenue de la Gare", "rue du Four"])
            city = self.pick(["69003 Lyon", "59000 Lille", "93200 Saint-Denis",
                              "35000 Rennes", "13005 Marseille", "67000 Strasbourg",
                              "44000 Nantes", "31400 Toulouse"])
            return f"{n} {st}, {city}"
        if country == "be":
            st = self.pick(["rue des Alliés", "chaussée de Waterloo", "rue Haute",
                            "avenue des Sorbiers", "rue du Laveu", "rue de Mons",
                            "chaussée de Gand", "rue Saint-Léonard"])
            city = self.pick(["1060 Saint-Gilles", "4000 Liège", "6000 Charleroi",
                              "1080 Molenbeek", "5000 Namur", "7000 Mons",
                              "1030 Schaerbeek", "1348 Louvain-la-Neuve"])
            box = self.pick(["", "", f" bte {self.num(1, 12)}", f"/{self.num(1, 9)}"])
            return f"{st} {n}{box}, {city}"
        st = self.pick(["Kerkstraat", "Lindenlaan", "Molenstraat", "Stationsstraat",
                        "Brugse Steenweg", "Dorpsstraat", "Vlaanderenstraat"])
        city = self.pick(["9000 Gent", "2060 Antwerpen", "3000 Leuven", "8000 Brugge",
                          "2800 Mechelen", "3500 Hasselt", "3512 JK Utrecht"])
        return f"{st} {n}, {city}"

    def personal_iban(self, country=None):
        country = country or self.pick(["BE", "FR", "NL"])
        d = lambda k: "".join(str(self.num(0, 9)) for _ in range(k))
        if country == "BE":
            return iban("BE", d(12))
        if country == "FR":
            return iban("FR", d(23))
        # NL uses a 4-letter bank code; keep it digits-only via ABNA-like code
        bban = self.pick(["ABNA", "INGB", "RABO", "TRIO"]) + d(10)
        conv = "".join(str(int(ch, 36)) for ch in bban + "NL00")
        raw = f"NL{98 - int(conv) % 97:02d}{bban}"
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))

    def birth_date(self, style="fr"):
        y, m, dd = self.num(1938, 2006), self.num(1, 12), self.num(1, 28)
        if style == "en":
            months = ["January", "February", "March", "April", "May", "June", "July",
                      "August", "September", "October", "November", "December"]
            return self.pick([f"{dd} {months[m - 1]} {y}", f"{dd:02d}/{m:02d}/{y}"])
        if style == "nl":
            months = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                      "augustus", "september", "oktober", "november", "december"]
            return self.pick([f"{dd} {months[m - 1]} {y}", f"{dd:02d}-{m:02d}-{y}"])
        months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                  "août", "septembre", "octobre", "novembre", "décembre"]
        return self.pick([f"{dd} {months[m - 1]} {y}", f"{dd:02d}/{m:02d}/{y}",
                          f"{dd:02d}.{m:02d}.{y}"])

    def be_national_number(self):
        y, m, dd = self.num(40, 99), self.num(1, 12), self.num(1, 28)
        seq = self.num(1, 997)
        base = int(f"{y:02d}{m:02d}{dd:02d}{seq:03d}")
        chk = 97 - base % 97
        return f"{y:02d}.{m:02d}.{dd:02d}-{seq:03d}.{chk:02d}"

    def fr_nir(self):
        s = self.pick(["1", "2"])
        y, m = self.num(40, 99), self.num(1, 12)
        dep = self.pick(["75", "93", "69", "59", "13", "33"])
        com, ordn = self.num(1, 400), self.num(1, 900)
        base = int(f"{s}{y:02d}{m:02d}{dep}{com:03d}{ordn:03d}")
        key = 97 - base % 97
        return f"{s} {y:02d} {m:02d} {dep} {com:03d} {ordn:03d} {key:02d}"

    def lower(self, text):
        """Chat style: lowercase, no accents; pii substrings follow."""
        self.pii_list = [chatify(x) for x in self.pii_list]
        return chatify(text)

    # ---- composition
    def weave(self, sentences, fact, where=None):
        """Insert fact at start, middle or end of a list of sentences."""
        where = where or self.pick(["start", "middle", "end"])
        s = list(sentences)
        if where == "start":
            s.insert(0, fact)
        elif where == "end":
            s.append(fact)
        else:
            s.insert(self.num(1, max(1, len(s) - 1)), fact)
        return s


def money(n, lang="fr"):
    s = f"{n:,}"
    if lang == "en":
        return s
    return s.replace(",", " ")
