"""Dutch (Flemish vzw style, some Brussels French/Dutch mixing), categories 2-4."""

from common import family, money
from public import ASSOCS_NL, ROLE_BOXES_NL, PLACES_NL, HOTLINES_NL, POLITICIANS, ATHLETES

DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "september",
          "oktober", "november", "december"]
EVENTS = ["het buurtfeest", "de kledingruil", "de opendeurdag", "de quizavond",
          "het repair café", "de sponsorwandeling", "het wijkontbijt"]


def date(c):
    return f"{c.pick(DAYS)} {c.num(1, 28)} {c.pick(MONTHS)}"


def hour(c):
    return c.pick(["9 uur", "10 uur", "14 uur", "19.30 uur", "20 uur"])


# ---------------- category 2 ----------------

@family("nl-email-onthaal-01", "email", "nl", 2)
def _(c):
    a = c.pick(ASSOCS_NL)
    s = [c.pick(["Beste allemaal,", "Dag iedereen,", "Beste partners,"]),
         f"Inschrijven voor {c.pick(EVENTS)} op {date(c)} kan vanaf nu.",
         f"Stuur een mailtje naar {c.pick(ROLE_BOXES_NL)}@{a['dom']} of bel ons onthaal op {a['tel']}.",
         c.pick(["Deelname is gratis.", "Kinderen zijn welkom.", "Er is beperkte parking."]),
         f"Groetjes,\nHet team van {a['name']} {a['kind']}"]
    return "\n".join(s), "role-mailbox"


@family("nl-announcement-plein-02", "announcement", "nl", 2)
def _(c):
    pl = c.pick(PLACES_NL)
    a = c.pick(ASSOCS_NL)
    t = c.pick([
        f"{c.pick(EVENTS).capitalize()} vindt dit jaar plaats in {pl}, op {date(c)} vanaf {hour(c)}. "
        f"Gratis toegang!",
        f"LET OP: nieuwe locatie! Onze algemene vergadering gaat door in {pl}. "
        f"Meer info via {a['dom']} of {a['tel']}.",
        f"Hulp nodig buiten de openingsuren? Bel {c.pick(HOTLINES_NL)}. Ons kantoor: {a['addr']}.",
    ])
    return t, "place-named-after-person"


@family("nl-newsletter-public-03", "newsletter", "nl", 2)
def _(c):
    name, _role = c.pick(POLITICIANS[2:6])
    t = c.pick([
        f"Burgemeester {name} opende op {date(c)} officieel onze nieuwe buurtwerking. "
        f"Meer dan honderd buren kwamen een kijkje nemen.",
        f"{c.pick(ATHLETES)} steunt onze campagne 'Iedereen sport'. De video staat op onze website.",
        f"Leesclub: deze maand lezen we Hugo Claus. Afspraak in {c.pick(PLACES_NL)} op {date(c)}.",
    ])
    return t, "public-figure"


@family("nl-job-ad-04", "job-ad", "nl", 2)
def _(c):
    a = c.pick(ASSOCS_NL)
    job = c.pick(["een buurtwerker (m/v/x)", "een vrijwilligerscoördinator (80 %)",
                  "een boekhouder (halftijds)", "een jeugdwerker (contract van bepaalde duur)"])
    s = [f"{a['name']} {a['kind']} ({a['ond']}) zoekt {job}.",
         c.pick(["Je werkt graag met mensen.", "Kennis van het Frans is een pluspunt.",
                 "Rijbewijs B is gewenst."]),
         f"Stuur je cv voor {date(c)} naar jobs@{a['dom']}.",
         f"Werkplek: {a['addr']}."]
    return " ".join(s), "job-ad-assoc"


@family("nl-minutes-budget-05", "minutes", "nl", 2)
def _(c):
    a = c.pick(ASSOCS_NL)
    s = [f"Verslag raad van bestuur {a['name']} – {date(c)}",
         f"Aanwezig: {c.num(5, 9)} bestuurders. Het quorum is bereikt.",
         f"1. Het bestuur keurt de begroting {c.num(2025, 2026)} goed ({money(c.num(150, 700) * 1000)} euro).",
         "2. Thesaurie: in lijn met het gepubliceerde jaarverslag.",
         c.pick(["3. Varia: geen.", "3. Het nieuwe logo wordt goedgekeurd.",
                 "3. Het woord wordt gegeven aan de leden."]),
         f"Opgericht in {a['founded']}, maatschappelijke zetel: {a['addr']}."]
    return "\n".join(s), "risky-word-neutral"


@family("nl-ai-request-public-06", "ai-request", "nl", 2)
def _(c):
    a = c.pick(ASSOCS_NL)
    t = c.pick([
        f"Vat dit verslag samen: 'Het bestuur keurt de kalender goed: {c.pick(EVENTS)} in "
        f"{c.pick(MONTHS)}, {c.pick(EVENTS)} in {c.pick(MONTHS)}. Budget: {c.num(500, 3000)} euro.'",
        f"Schrijf een uitnodiging voor {c.pick(EVENTS)} in {c.pick(PLACES_NL)}. Vermeld ons "
        f"nummer {a['tel']} en info@{a['dom']}.",
        f"Zet deze tabel om in een lijst: Activiteit | Dag\nOnthaal | {c.pick(DAYS)}\n"
        f"Huiswerkklas | {c.pick(DAYS)}",
    ])
    return t, "ai-request-public"


# ---------------- category 3 ----------------

@family("nl-email-contact-01", "email", "nl", 3)
def _(c):
    p, q = c.person(), c.person()
    s = [f"Dag {c.p(q.first)},",
         f"{c.p(p.full)} belde vanmorgen over {c.pick(EVENTS)}.",
         f"Kan jij {p.en('hem', 'haar')} terugbellen op {c.p(c.phone(c.pick(['be', 'nl'])))}? "
         f"Of mailen naar {c.p(c.email_of(p))}.",
         c.pick(["Bedankt!", "Groetjes", "Merci!"])]
    return "\n".join(s), "full-name-phone-email"


@family("nl-minutes-aanwezig-02", "minutes", "nl", 3)
def _(c):
    ps = c.people(c.num(3, 6))
    s = [f"Teamvergadering {date(c)}",
         "Aanwezig: " + ", ".join(c.p(x.full) for x in ps),
         f"Verontschuldigd: {c.p(c.person().full)}",
         f"- {c.p(ps[0].first)} regelt de zaal voor {c.pick(EVENTS)}.",
         f"- {c.p(ps[1].first)} maakt de nieuwe affiche.",
         "- Volgende vergadering over twee weken."]
    return "\n".join(s), "minutes-attendee-list"


@family("nl-chat-lower-03", "chat", "nl", 3)
def _(c):
    p = c.person()
    f = c.p(p.first)
    t = c.pick([
        f"{f} kan vanavond ni, kan iemand de toog doen",
        f"heeft iemand het nummer van {f}",
        f"{f} zegt dat de sleutels in de schuif liggen",
        f"ik rij mee met {f}, zijn er om {hour(c)}",
        f"merci {f} voor de taart!!",
    ])
    return c.lower(t), "first-name-lowercase"


@family("nl-rota-04", "rota", "nl", 3)
def _(c):
    ps = c.people(3)
    lines = [f"{d}: {c.p(p.first)} ({c.p(c.phone('be'))})" for d, p in zip(c.sample(DAYS, 3), ps)]
    desc = c.pick(["de vrijwilliger van dinsdag", "de chauffeur van donderdag",
                   "de vrijwilligster van de kledingbank in Ronse"])
    t = (f"Planning vrijwilligers {c.pick(MONTHS)}\n" + "\n".join(lines)
         + f"\nOpgelet: {c.p(desc)} is verhuisd, het nieuwe adres staat nog niet in de lijst.")
    return t, "rota-names-indirect"


@family("nl-mixed-brussels-05", "email", "nl", 3)
def _(c):
    p = c.person()
    t = c.pick([
        f"Dag collega's / chers collègues,\n{c.p(p.full)} komt maandag starten à l'accueil. "
        f"Son GSM : {c.p(c.phone('be'))}. Kunnen jullie {p.en('hem', 'haar')} wegwijs maken? Merci!",
        f"Hallo, voor de fiche van {c.p(p.full)}: adresse {c.p(c.home_address('be'))}, "
        f"geboren op {c.p(c.birth_date('nl'))}. Dank u, bedankt!",
    ])
    return t, "mixed-fr-nl-contact"


# ---------------- category 4 ----------------

@family("nl-email-secret-01", "email", "nl", 4)
def _(c):
    amt = c.num(20, 120) * 1000
    secret = c.pick([f"we kunnen tot {money(amt)} euro gaan voor het pand",
                     f"de fusie met {c.pick(['vzw De Brug', 'Buurtwerk Noord', 'Samen Sterk'])} is zo goed als rond",
                     f"het bestuur schrapt {c.num(2, 6)} banen in het voorjaar",
                     f"de subsidieaanvraag bij de Vlaamse overheid is nog niet ingediend",
                     f"ons tekort van {money(amt)} euro staat niet in het jaarverslag"])
    cue = c.pick(["Zeg nog niets tegen het team.", "Niet doorvertellen aub.",
                  "Zeg nog niet aan de partners.", "Dit blijft onder ons."])
    s = [c.pick(["Dag voorzitter,", "Hoi allebei,", "Beste,"]),
         f"Even ter info: {c.p(secret)}.",
         c.p(cue), "Groeten"]
    return "\n".join(s), "strategic-secret"


@family("nl-case-note-health-02", "case-note", "nl", 4)
def _(c):
    p = c.person()
    fact = c.pick(["is hervallen", "drinkt opnieuw", "zit terug in ontwenning",
                   "heeft een miskraam gehad", "wordt stilaan blind", "heeft een zelfmoordpoging gedaan",
                   "is zwanger maar heeft het nog aan niemand gezegd", "wordt behandeld voor een depressie"])
    core = [f"Opvolging {date(c)}.", "Afspraak bij het OCMW loopt.", "Volgende afspraak binnen twee weken."]
    s = c.weave(core, f"{c.p(p.first)} {c.p(fact)}.")
    return f"Dossier {c.p(p.full)}: " + " ".join(s), "health-no-keyword"


@family("nl-chat-religion-03", "chat", "nl", 4)
def _(c):
    p = c.person()
    fact = c.pick(["doet de ramadan dus geen middagshift", "gaat elke zondag naar de mis",
                   "is lid van vooruit en plakt affiches", "is vakbondsafgevaardigde bij het acv",
                   "komt net uit de gevangenis", "doet hier " + p.en("zijn", "haar") + " werkstraf",
                   "heeft geen papieren"])
    t = c.pick([f"ter info {c.p(p.first)} {c.p(fact)}", f"{c.p(p.first)} {c.p(fact)}, niet doorvertellen"])
    return c.lower(t), "art9-chat"


@family("nl-ai-request-sensitive-04", "ai-request", "nl", 4)
def _(c):
    p = c.person()
    fact = c.pick(["is hervallen in " + p.en("zijn", "haar") + " drankprobleem", "staat onder probatie",
                   "verblijft hier zonder papieren", "heeft een zware depressie"])
    t = (f"{c.pick(['Vat dit verslag samen:', 'Herschrijf dit verslag:'])} '{c.p(p.full)} kwam "
         f"{c.pick(DAYS)} langs. {c.p(p.first)} {c.p(fact)}. Vraagt hulp bij het zoeken naar werk.'")
    return t, "ai-request-art9"
