"""Development-only chat families: a first name typed in lower case where only
a person fits, in French, English and Dutch, pinned to dev like fam_fr_dev.py.

Hard positives: someone who cannot come, says or asks something, is ill,
is thanked or greeted, is pointed at ("it's X who"), is with the writer, or
whose mother called; and, in chat and in case notes, a fact of art. 9 told
about someone no list may know. Hard negatives in the same shapes: things
and services as subjects ("printer says no", "the bus can't come"),
courtesies ("thanks all", "merci bcp"), and services for a condition
("support is available for depression").

Written without opening the held-out families. Every family here is
registered with split="dev", so the hash split and heldout.jsonl do not move.
"""

from common import family
from fam_fr_dev import no_private_name

DEV = "dev"


# ---------------------------------------------------------------- category 3


@family("en-chat-name-slots-107", "chat", "en", 3, split=DEV)
def _(c):
    p = c.p(c.person().first)
    opener = c.pick(["", "fyi ", "ok ", "btw ", "so "])
    text = c.pick([
        f"{opener}{p} can't make it tonight, can someone cover the till",
        f"{opener}{p} says the keys are under the mat",
        f"{opener}{p} asked if we still need eggs for saturday",
        f"thanks {p} for sorting the donations!!",
        f"cheers {p}, that was quick",
        f"hi {p}, are you around on friday?",
        f"it's {p} who has the code for the shed",
        f"i'm with {p}, we'll be there in 10",
        f"{p}'s mum rang, she'll pick her up at 5",
        f"{opener}{p} phoned, running late",
        f"{opener}{p} texted to say the van is fixed",
    ])
    return c.lower(text), "chat-name-slot"


@family("nl-chat-name-slots-108", "chat", "nl", 3, split=DEV)
def _(c):
    p = c.p(c.person().first)
    opener = c.pick(["", "ter info ", "ok ", "trouwens ", "en "])
    text = c.pick([
        f"{opener}{p} kan vanavond niet komen, wie neemt de kassa over",
        f"{opener}{p} zegt dat de sleutel onder de mat ligt",
        f"{opener}{p} vraagt of we nog eieren nodig hebben",
        f"bedankt {p} voor het sorteren!!",
        f"hoi {p}, ben je vrijdag in de buurt?",
        f"het is {p} die de code van het hok heeft",
        f"ik ben met {p}, we zijn er over 10 min",
        f"de mama van {p} belde, ze haalt haar om 5 uur op",
        f"{opener}{p} belde, ze is wat later",
        f"{opener}{p} wil zaterdag helpen bij het opruimen",
    ])
    return c.lower(text), "chat-name-slot"


@family("fr-chat-name-slots-109", "chat", "fr", 3, split=DEV)
def _(c):
    p = c.p(c.person().first)
    opener = c.pick(["", "info ", "ok ", "du coup ", "et "])
    text = c.pick([
        f"{opener}{p} peut pas venir ce soir, qqn prend la caisse ?",
        f"{opener}{p} dit que les cles sont sous le paillasson",
        f"{opener}{p} demande si on a encore besoin d'oeufs",
        f"merci {p} pour le tri des dons !!",
        f"coucou {p}, t'es dispo vendredi ?",
        f"c'est {p} qui a le code de l'abri",
        f"jsuis avec {p}, on arrive dans 10 min",
        f"la maman de {p} a appele, elle passe la chercher a 17h",
        f"{opener}{p} veut bien aider samedi pour ranger",
    ])
    return c.lower(text), "chat-name-slot"


# ---------------------------------------------------------------- category 4


@family("en-chat-art9-unknown-110", "chat", "en", 4, split=DEV)
def _(c):
    p = c.person().first
    fact = c.pick([
        f"fyi {p} is back in rehab",
        f"apparently {p} relapsed over the weekend, go easy on her",
        f"{p} has just come out of prison so be kind",
        f"btw {p} is pregnant, no heavy lifting for her",
    ])
    c.p(fact)
    return c.lower(fact), "art9-chat-unknown-name"


@family("nl-chat-art9-unknown-114", "chat", "nl", 4, split=DEV)
def _(c):
    p = c.person().first
    fact = c.pick([
        f"ter info {p} zit terug in de ontwenningskliniek",
        f"{p} is zwanger, dus geen zware dozen voor haar",
        f"blijkbaar {p} is hervallen, wees lief voor haar",
        f"{p} komt net uit de gevangenis, doe maar normaal",
    ])
    c.p(fact)
    return c.lower(fact), "art9-chat-unknown-name"


@family("en-case-note-art9-prose-111", "case-note", "en", 4, split=DEV)
def _(c):
    p = c.person()
    fact = c.pick([
        f"{p.first} is being treated for depression.",
        f"{p.first} was diagnosed with epilepsy last year.",
        f"{p.first} has been in rehab since the spring.",
    ])
    c.p(p.first)
    head = c.pick(["Support note.", "Follow-up call.", "Home visit."])
    tail = c.pick(["Next visit in two weeks.", "Attended on time.", "Housing form sent."])
    return f"{head} {fact} {tail}", "art9-prose-unknown-name"


# ---------------------------------------------------------------- category 2


@family("en-chat-things-112", "chat", "en", 2, split=DEV)
@no_private_name
def _(c):
    text = c.pick([
        "printer says no again, can someone restart it",
        "fyi delivery is late, should be here by 3",
        "bus can't come today so we walk",
        "heating is off again in the small hall",
        "thanks all for coming yesterday!!",
        "thanks again for today, lovely evening",
        "cheers everyone, great job",
        "its monday who cares lol",
    ])
    return text + c.pick(["", " :)", " lol", "!!", " x"]), "chat-things"


@family("nl-chat-things-115", "chat", "nl", 2, split=DEV)
@no_private_name
def _(c):
    text = c.pick([
        "bedankt iedereen voor de hulp",
        "de bus kan vandaag niet komen, we gaan te voet",
        "printer zegt nee, kan iemand hem herstarten",
        "verwarming is weer uit in de kleine zaal",
        "ter info levering is te laat, rond 3 uur",
    ])
    return text + c.pick(["", " :)", " lol", "!!", " x"]), "chat-things"


@family("fr-chat-things-116", "chat", "fr", 2, split=DEV)
@no_private_name
def _(c):
    text = c.pick([
        "merci bcp pour tout !!",
        "avec plaisir, on se voit demain",
        "le camion peut pas venir avant lundi",
        "c'est demain qui compte, pas aujourd'hui",
        "info livraison en retard, vers 15h",
        "imprimante veut plus rien savoir",
    ])
    return text + c.pick(["", " :)", " lol", "!!", " x"]), "chat-things"


@family("en-announcement-services-113", "announcement", "en", 2, split=DEV)
@no_private_name
def _(c):
    text = c.pick([
        "Support is available for depression and anxiety every Tuesday.",
        "Access is step-free for wheelchair users at both entrances.",
        "Training is offered for staff with a disability.",
        "Parking is reserved for disabled visitors near the door.",
        "Mind is running a free workshop on depression in March.",
        "Advice is given on diabetes and diet at the Friday clinic.",
    ])
    more = c.pick(["", " Everyone is welcome.", " No need to book.", " Ask at the front desk."])
    return text + more, "services-for-a-condition"
