"""English and Dutch (Flanders, Brussels, Netherlands) development-only
families, pinned to dev, like the French ones of fam_fr_dev.py.

Mostly hard negatives: officials in their public role, venues and streets
named after people, the association's role mailboxes, switchboard and
hotlines, figures said to be published, neutral uses of words that sound
sensitive (a "party", a "record", "health and safety", a wheelchair ramp),
and Title Case headings and shop names. A few hard positives are written in
the same genres: a rota whose surnames are also ordinary or venue words, a
private role tied to one activity in one place, and named people with a
wheelchair, a criminal record or an irregular residence status.

Written without opening the held-out families. Every family here is
registered with split="dev", so the hash split and heldout.jsonl do not
move. The public fillers are asserted to share no name with either pool.
"""

from common import family
from fam_fr_dev import ALL_NAMES, POOL_B, no_private_name, whole
from public import ASSOCS_EN, ASSOCS_NL, HOTLINES_EN, HOTLINES_NL

DEV = "dev"

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
EN_MONTHS = ["January", "February", "March", "April", "June", "July", "September",
             "October", "November"]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]
NL_MONTHS = ["januari", "februari", "maart", "april", "juni", "juli", "september",
             "oktober", "november"]


def en_date(c):
    return f"{c.pick(EN_DAYS)} {c.num(2, 28)} {c.pick(EN_MONTHS)}"


def nl_date(c):
    return f"{c.pick(NL_DAYS)} {c.num(2, 28)} {c.pick(NL_MONTHS)}"


def en_hour(c):
    return c.pick(["10am", "2pm", "6.30pm", "7pm", "11.30am", "9.15am"])


def nl_hour(c):
    return c.pick(["10 uur", "14 uur", "19.30 uur", "9u30", "18u", "20 uur"])


# ---------------------------------------------------------------- public fillers

EN_OFFICIALS = [("Councillor Bev Craig", "leader of Manchester City Council"),
                ("Paul Dennett", "the City Mayor of Salford"),
                ("Ros Jones", "the Mayor of Doncaster"),
                ("Tracy Brabin", "the Mayor of West Yorkshire"),
                ("Steve Rotheram", "the Mayor of the Liverpool City Region"),
                ("Lucy Powell", "the local MP")]
EN_OFFICES = ["the Lord Mayor", "the council's cabinet member for communities",
              "the High Sheriff of the county", "the local MP", "the deputy mayor",
              "the chair of the health scrutiny committee"]
NL_OFFICIALS = [("Mathias De Clercq", "de burgemeester van Gent"),
                ("Hilde Crevits", "de Vlaamse minister van Welzijn"),
                ("Philippe Close", "de burgemeester van Brussel")]
NL_OFFICES = ["de schepen van Welzijn", "de schepen van Sociale Zaken",
              "de burgemeester", "de gouverneur van Oost-Vlaanderen",
              "de voorzitter van het OCMW", "de minister van Armoedebestrijding"]
EN_VENUES = ["the Nelson Mandela Hall", "the Mary Seacole Room", "the Rosa Parks community room",
             "Heaton Gardens", "Clarence Gardens", "the Emmeline Pankhurst Centre",
             "the Alan Turing Building", "Clarence House", "the Florence Nightingale Ward",
             "the Mary Wollstonecraft Library"]
EN_STREETS = ["Mandela Way", "Pankhurst Street", "Victoria Road", "Churchill Avenue",
              "Seacole Lane", "Wellington Street"]
NL_VENUES = ["de zaal Toots Thielemans", "het Jozef Cardijnplein", "het Koning Boudewijnstadion",
             "de Conscience-bibliotheek", "het Elisabethpark", "de zaal Frans Masereel",
             "het Mandelaplein", "de Sint-Annazaal", "het Leopoldpark",
             "de Nelson Mandelazaal"]
NL_STREETS = ["de Koning Albertlaan", "de Frans Van Cauwelaertlaan", "de Leopoldstraat",
              "het Mandelaplein", "de Coutereelstraat", "de Rubenslei"]
EN_SHOPS = ["Tesco", "Sainsbury's", "Marks & Spencer", "Morrisons", "Greggs", "Ryman",
            "Poundland", "Screwfix", "John Lewis", "Waitrose"]
NL_SHOPS = ["Colruyt", "Action", "Kruidvat", "Aldi", "Delhaize", "Brico", "Hema",
            "Zeeman", "Albert Heijn", "Wibra"]
EN_HEADING_WORDS = ["Summer Fair", "Coffee Morning", "Winter Appeal", "Open Day",
                    "Repair Café", "Family Fun Day"]
NL_HEADING_WORDS = ["Buurtfeest", "Kerstmarkt", "Opendeurdag", "Repair Café",
                    "Zomerbar", "Lentewandeling"]

PUBLIC_FILLERS = ([n for n, _ in EN_OFFICIALS] + EN_OFFICES + [n for n, _ in NL_OFFICIALS]
                  + NL_OFFICES + EN_VENUES + EN_STREETS + NL_VENUES + NL_STREETS
                  + EN_SHOPS + NL_SHOPS + EN_HEADING_WORDS + NL_HEADING_WORDS)


def _check_fillers():
    for s in PUBLIC_FILLERS:
        hit = [n for n in ALL_NAMES if len(n) > 3 and whole(n, s)]
        assert not hit, (s, hit)


_check_fillers()


def en_contact(c, a):
    box = c.pick(["info", "hello", "volunteering", "office", "enquiries"])
    return c.pick([f"{box}@{a['dom']}", f"our office on {a['tel']}",
                   f"{box}@{a['dom']} or {a['tel']} (switchboard)",
                   f"reception on {a['tel']}"])


def nl_contact(c, a):
    box = c.pick(["info", "onthaal", "secretariaat", "vrijwilligers", "contact"])
    return c.pick([f"{box}@{a['dom']}", f"ons algemeen nummer {a['tel']}",
                   f"{box}@{a['dom']} of {a['tel']} (onthaal)",
                   f"het onthaal op {a['tel']}"])


# ---------------------------------------------------------------- category 2, English

@family("en-email-official-role-81", "email", "en", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ASSOCS_EN)
    if c.chance(0.6):
        n, role = c.pick(EN_OFFICIALS)
        who = c.pick([f"{n}, {role},", f"{role}, {n},", f"{n} ({role})"])
    else:
        who = c.pick(EN_OFFICES)
    ev = c.pick(["the opening of the community fridge", "our 30th birthday party",
                 "the launch of the warm space", "the volunteers' awards evening"])
    v = c.num(0, 2)
    if v == 0:
        s = ["Hi all,", f"Good news: {who} has confirmed they will attend {ev} on {en_date(c)}.",
             f"There will be a short speech at {en_hour(c)}, then photos with the volunteers.",
             f"Press enquiries go to {en_contact(c, a)}.", "Thanks,\nThe coordination team"]
    elif v == 1:
        s = [f"Quick update from the office: the letter of support signed by {who} arrived today.",
             f"We will read it out at {ev} and pin it next to the noticeboard.",
             "The council's press release is already on their website."]
    else:
        s = [f"Dear colleagues,", f"As announced on the council's website, {who} will visit "
             f"{c.pick(EN_VENUES)} on {en_date(c)}.",
             "Please keep the corridor clear and the visitors' book at reception.",
             f"Questions: {en_contact(c, a)}."]
    return "\n".join(s), "public-figure-official"


@family("en-newsletter-venues-82", "newsletter", "en", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ASSOCS_EN)
    venue = c.pick(EN_VENUES)
    street = c.pick(EN_STREETS)
    act = c.pick(["Chair yoga", "The knitting circle", "English conversation",
                  "The homework club", "Our coffee morning", "The men's shed"])
    s = [c.pick(["News from the centre", "This month at a glance", "What's on"]),
         f"{act} moves to {venue} from {en_date(c)}, every {c.pick(EN_DAYS)} at {en_hour(c)}.",
         f"The entrance is on {street}, opposite the bus stop.",
         c.pick(["Step-free access and an accessible toilet are available.",
                 "There is a hearing loop in the room.",
                 "Bring a mug, we provide the tea."]),
         f"Everyone is welcome. More information from {en_contact(c, a)}."]
    return "\n".join(s), "place-named-after-person"


@family("en-announcement-contacts-83", "announcement", "en", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ASSOCS_EN)
    v = c.num(0, 2)
    if v == 0:
        s = [f"How to reach {a['name']}",
             f"Office: {a['addr']}",
             f"Switchboard: {a['tel']} (weekdays {c.pick(['9am to 5pm', '10am to 4pm'])})",
             f"Volunteering: volunteering@{a['dom']} | Jobs: jobs@{a['dom']}",
             f"Donations: {a['iban']}, {a['charity']}"]
    elif v == 1:
        s = [f"Out of hours, please do not call the office on {a['tel']}.",
             f"If you need to talk to someone tonight, call {c.pick(HOTLINES_EN)}.",
             f"For anything else, write to info@{a['dom']} and we reply within two working days."]
    else:
        s = [f"{a['name']} ({a['charity']}) was founded in {a['founded']}.",
             f"Our office at {a['addr']} is open {c.pick(EN_DAYS)} to Friday.",
             f"Reception: {a['tel']}. General enquiries: hello@{a['dom']}."]
    return "\n".join(s), "role-mailbox"


@family("en-grant-report-published-84", "grant-report", "en", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ASSOCS_EN)
    y = c.num(2021, 2025)
    n1, n2, p = c.num(180, 2400), c.num(12, 90), c.num(35, 72)
    s = [f"Impact summary {y} (as published in our annual report)",
         f"In {y} we supported {n1} people and ran {n2} workshops.",
         f"{p}% of participants were women; {c.num(10, 30)}% were over 65.",
         c.pick(["These figures are on the Charity Commission website.",
                 "The full accounts are filed and public.",
                 "No individual data is shared with the funder."]),
         f"Contact: {en_contact(c, a)}."]
    return " ".join(s), "published-figures"


@family("en-other-neutral-words-85", "other", "en", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ASSOCS_EN)
    lines = [
        f"The board voted for the {c.num(2024, 2026)} budget at the last meeting.",
        "All volunteers working with children need a DBS check before they start: it is a legal requirement.",
        f"The party for the volunteers is on {en_date(c)}, with a buffet and music.",
        "Our health and safety policy was reviewed and is on the noticeboard.",
        "The new ramp makes the hall wheelchair accessible from next week.",
        "We keep a record of the attendance of each workshop, in numbers only.",
        "Faith groups, schools and sports clubs in the borough are invited to the forum.",
        "The tenants' union meets in our hall on the first Monday of the month.",
        "The mental health awareness week runs from Monday, with talks open to all.",
        "Please convert this table to a chart for the newsletter.",
        "Prison reform is the theme of the public debate organised by the library.",
        "The minibus needs its MOT before the trip.",
    ]
    s = c.sample(lines, c.num(2, 4))
    s.append(f"Questions: {en_contact(c, a)}.")
    return " ".join(s), "risky-word-neutral"


@family("en-other-title-case-86", "other", "en", 2, split=DEV)
@no_private_name
def _(c):
    head = c.pick(EN_HEADING_WORDS)
    shops = c.sample(EN_SHOPS, 4)
    items = ["Paper Cups", "Bin Bags", "Fairy Lights", "Squash And Biscuits", "Raffle Prizes",
             "Table Cloths", "Extension Leads", "Name Badges"]
    it = c.sample(items, 4)
    if c.chance(0.5):
        s = [f"{head} Shopping List"] + [f"- {sh}: {i}" for sh, i in zip(shops, it)]
        s.append(f"Total Budget: £{c.num(80, 400)}")
    else:
        s = [f"{head} Checklist: {', '.join(it)}. Order From {shops[0]} And {shops[1]}.",
             f"Pick Up On {c.pick(EN_DAYS)} Before {en_hour(c)}."]
    return "\n".join(s), "capitalised-brands"


# ---------------------------------------------------------------- category 2, Dutch

@family("nl-email-official-role-87", "email", "nl", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ASSOCS_NL)
    if c.chance(0.6):
        n, role = c.pick(NL_OFFICIALS)
        who = c.pick([f"{n}, {role},", f"{role}, {n},", f"{n} ({role})"])
    else:
        who = c.pick(NL_OFFICES)
    ev = c.pick(["de opening van de sociale kruidenier", "ons dertigjarig bestaan",
                 "de start van het huiswerkklasje", "het vrijwilligersfeest"])
    v = c.num(0, 2)
    if v == 0:
        s = ["Dag iedereen,", f"Goed nieuws: {who} komt naar {ev} op {nl_date(c)}.",
             f"Er is een korte toespraak om {nl_hour(c)}, daarna een drankje.",
             f"Vragen van de pers: {nl_contact(c, a)}.", "Groetjes,\nHet team"]
    elif v == 1:
        s = [f"Ter info: het kabinet liet weten dat {who} niet kan komen op {nl_date(c)}.",
             "Er komt wel een steunbrief, die we voorlezen tijdens het feest.",
             "Het persbericht van de stad staat al online."]
    else:
        s = ["Beste collega's,", f"Zoals de stad aankondigde, bezoekt {who} "
             f"{c.pick(NL_VENUES)} op {nl_date(c)}.",
             "Hou de gang vrij en leg het gastenboek klaar aan het onthaal.",
             f"Praktische vragen: {nl_contact(c, a)}."]
    return "\n".join(s), "public-figure-official"


@family("nl-announcement-venues-contacts-88", "announcement", "nl", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ASSOCS_NL)
    v = c.num(0, 2)
    act = c.pick(["De naaiclub", "Het taalcafé", "De fietsherstelplaats", "Stoelyoga",
                  "Het huiswerkklasje", "De kookles"])
    if v == 0:
        s = [f"{act} verhuist vanaf {nl_date(c)} naar {c.pick(NL_VENUES)}.",
             f"De ingang is langs {c.pick(NL_STREETS)}, naast de bushalte.",
             c.pick(["De zaal is rolstoeltoegankelijk.", "Er is een ringleiding.",
                     "Koffie en thee staan klaar."]),
             f"Info: {nl_contact(c, a)}."]
    elif v == 1:
        s = [f"Contact {a['name']} ({a['ond']})",
             f"Adres: {a['addr']}",
             f"Algemeen nummer: {a['tel']}",
             f"Vrijwilligerswerk: vrijwilligers@{a['dom']} | Vacatures: jobs@{a['dom']}",
             f"Giften: {a['iban']}"]
    else:
        s = [f"Buiten de openingsuren is het onthaal ({a['tel']}) niet bereikbaar.",
             f"Wil je dringend met iemand praten, bel dan {c.pick(HOTLINES_NL)}.",
             f"Voor al de rest: mail naar info@{a['dom']}."]
    return "\n".join(s), c.pick(["place-named-after-person", "role-mailbox"])


@family("nl-newsletter-figures-neutral-89", "newsletter", "nl", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ASSOCS_NL)
    y = c.num(2021, 2025)
    lines = [
        f"In {y} hielpen we {c.num(150, 2200)} mensen, zo staat het in ons jaarverslag.",
        f"{c.num(30, 70)}% van de deelnemers was vrouw, {c.num(10, 30)}% was ouder dan 65 (gepubliceerde cijfers).",
        f"Het bestuur stemde voor de begroting van {y + 1}.",
        "Gezondheid is het thema van onze volgende infoavond, open voor iedereen.",
        "De nieuwe helling maakt de zaal rolstoeltoegankelijk.",
        "Het feest voor de vrijwilligers is op de laatste vrijdag van juni.",
        "Alle begeleiders van kinderen moeten een uittreksel uit het strafregister voorleggen: dat is wettelijk verplicht.",
        "Godsdiensten en levensbeschouwingen in de wijk: een tentoonstelling van de bibliotheek.",
        "De vakbond organiseert een infosessie over tijdskrediet in de grote zaal.",
    ]
    s = [c.pick(["Nieuwsbrief", "Nieuws uit de werking", "Kort nieuws"])]
    s += c.sample(lines, c.num(2, 4))
    s.append(f"Meer weten? {nl_contact(c, a)}.")
    return "\n".join(s), c.pick(["published-figures", "risky-word-neutral"])


@family("nl-other-title-case-90", "other", "nl", 2, split=DEV)
@no_private_name
def _(c):
    head = c.pick(NL_HEADING_WORDS)
    shops = c.sample(NL_SHOPS, 4)
    items = ["Papieren Bekers", "Vuilniszakken", "Lichtslingers", "Koffie En Koekjes",
             "Tombolaprijzen", "Tafelkleden", "Verlengkabels", "Naamkaartjes"]
    it = c.sample(items, 4)
    if c.chance(0.5):
        s = [f"Boodschappen {head}"] + [f"- {sh} : {i}" for sh, i in zip(shops, it)]
        s.append(f"Totaal Budget : {c.num(80, 400)} €")
    else:
        s = [f"Checklist {head} : {', '.join(it)}. Bestellen Bij {shops[0]} En {shops[1]}.",
             f"Ophalen Op {c.pick(NL_DAYS).capitalize()} Voor {nl_hour(c)}."]
    return "\n".join(s), "capitalised-brands"


# ---------------------------------------------------------------- hard positives

@family("en-rota-volunteers-91", "rota", "en", 3, split=DEV)
def _(c):
    ps = c.people(4)
    jobs = ["till", "kitchen", "driving", "sorting", "welcome desk"]
    lines = [f"{c.pick(EN_DAYS)}: {c.p(p.full)} ({c.pick(jobs)})" for p in ps]
    head = c.pick(["Volunteer rota, week of " + en_date(c), "Rota for the food bank",
                   "Who is on next week"])
    tail = c.pick([f"If you cannot make it, swap with {c.p(ps[0].first)} directly.",
                   "Thanks everyone!",
                   f"Keys are with {c.p(ps[1].full)} this week."])
    return "\n".join([head] + lines + [tail]), "rota-names"


@family("nl-chat-role-place-92", "chat", "nl", 3, split=DEV)
def _(c):
    role = c.pick(["de vrijwilligster", "de kok", "de chauffeur", "de mevrouw", "de man"])
    act = c.pick(["de kledingbank", "het buurtrestaurant", "de fietsherstelplaats",
                  "de sociale kruidenier", "het taalcafé"])
    town = c.pick(["Ronse", "Zottegem", "Lokeren", "Geraardsbergen", "Tienen", "Herentals"])
    desc = c.p(f"{role} van {act} in {town}")
    fact = c.pick(["is verhuisd, wie heeft het nieuwe adres?", "stopt ermee eind deze maand",
                   "heeft een nieuw gsm-nummer, vraag het even aan het onthaal",
                   "komt niet meer op woensdag"])
    text = f"{c.pick(['ter info', 'weet iemand het al?', 'opgelet'])} {desc} {fact}"
    return c.lower(text), "indirect-role-place"


@family("en-case-note-art9-93", "case-note", "en", 4, split=DEV)
def _(c):
    p = c.person()
    fact = c.pick([
        f"{p.first} uses a wheelchair since the accident and needs the ground-floor room.",
        f"{p.first} has a criminal record for theft, the probation officer called.",
        f"{p.first}'s residence permit expired and {p.en()} is now undocumented.",
        f"{p.first} gave fingerprints at the immigration office on Monday.",
        f"{p.first} was released from prison last month.",
    ])
    c.p(fact)
    s = [f"Case note, {en_date(c)}, {c.p(p.full)}.", fact,
         c.pick(["Next appointment in two weeks.", "Housing application still pending.",
                 "Referred to the advice clinic."])]
    return " ".join(s), "art9-named"


@family("nl-email-art9-94", "email", "nl", 4, split=DEV)
def _(c):
    p = c.person()
    fact = c.pick([
        "zit sinds de val in een rolstoel",
        "heeft geen geldige verblijfsvergunning meer",
        "verblijft zonder papieren in België",
        "heeft een strafblad en mag niet met kinderen werken",
        "moest vorige week vingerafdrukken laten nemen bij Dienst Vreemdelingenzaken",
    ])
    s = ["Dag collega,", f"{c.p(p.full)} {c.p(fact)}.",
         c.pick(["Kunnen we de planning aanpassen?", "Hou het voor jezelf aub.",
                 "Ik bel je morgen."]), "Groetjes"]
    return "\n".join(s), "art9-named"
