"""French (France and Belgium), development-only families, pinned to dev.

Mostly hard negatives: category 2 texts that look risky (public figures in
their public role, places and prizes named after people, aggregate counts,
health or religion as a general topic, public contact details, capitalised
words that are not names, lowercase chat about logistics). A few hard
positives (categories 3 and 4) are written in the same genres, so the
difference is the fact, not the genre.

These families are registered with split="dev": they never enter the hash
split, so the held-out families and their texts stay as they were. Their
people come from pool A like every dev family. The public fillers below are
checked at import: none of them contains a first name or surname of either
name pool, so a public figure never teaches a private name.
"""

import re

from common import family, money, chatify
from names import FIRST, SURNAMES, POOLS
from public import ASSOCS_FR, ASSOCS_BE, HOTLINES_FR, HOTLINES_BE
from fam_fr2 import date, hour, DAYS, MONTHS

ALL_FR = ASSOCS_FR + ASSOCS_BE
DEV = "dev"


def cap(s):
    return s[0].upper() + s[1:]


def country(a):
    return "be" if a in ASSOCS_BE else "fr"


# ---------------------------------------------------------------- public fillers

# (name, role, gender) : elected officials and ministers, by country.
OFFICIALS = {
    "fr": [("Grégory Doucet", "le maire de Lyon", "m"),
           ("Johanna Rolland", "la maire de Nantes", "f"),
           ("Jeanne Barseghian", "la maire de Strasbourg", "f"),
           ("Éric Piolle", "le maire de Grenoble", "m"),
           ("Michaël Delafosse", "le maire de Montpellier", "m"),
           ("Martine Aubry", "l'ancienne maire de Lille", "f"),
           ("Élisabeth Borne", "l'ancienne Première ministre", "f"),
           ("Alain Juppé", "l'ancien maire de Bordeaux", "m")],
    "be": [("Paul Magnette", "le bourgmestre de Charleroi", "m"),
           ("Willy Demeyer", "le bourgmestre de Liège", "m"),
           ("Frank Vandenbroucke", "le ministre fédéral de la Santé", "m"),
           ("Christie Morreale", "l'ancienne ministre wallonne de l'Emploi", "f"),
           ("Caroline Désir", "l'ancienne ministre de l'Éducation en Fédération Wallonie-Bruxelles", "f"),
           ("Ahmed Laaouej", "le bourgmestre de Koekelberg", "m"),
           ("Elke Van den Brandt", "l'ancienne ministre bruxelloise de la Mobilité", "f")],
}
# Officials named by their office only.
OFFICES = {
    "fr": [("l'adjointe au maire chargée de la vie associative", "f"),
           ("le préfet", "m"), ("la sous-préfète", "f"),
           ("le député de la circonscription", "m"),
           ("la conseillère départementale", "f")],
    "be": [("l'échevine de la Cohésion sociale", "f"), ("l'échevin des Sports", "m"),
           ("la présidente du CPAS", "f"), ("le gouverneur de la province", "m"),
           ("la ministre de l'Action sociale", "f")],
}
# Authors who give public readings.
WRITERS = ["Alice Zeniter", "Faïza Guène", "Gaël Faye", "Adeline Dieudonné",
           "Jean-Philippe Toussaint", "Caroline Lamarche", "Alain Mabanckou",
           "David Van Reybrouck", "Édouard Louis", "Nathacha Appanah",
           "Thomas Gunzig", "Geneviève Damas", "Colette Nys-Mazure",
           "Mohamed Mbougar Sarr", "Philippe Claudel"]
# Public speakers: (name, description, topic).
SPEAKERS = [("Boris Cyrulnik", "neuropsychiatre", "la résilience après un choc"),
            ("Esther Duflo", "économiste, prix Nobel", "la lutte contre la pauvreté"),
            ("Lilian Thuram", "ancien footballeur engagé contre le racisme",
             "l'éducation contre les préjugés"),
            ("Philippe Van Parijs", "philosophe", "l'allocation universelle"),
            ("Abdennour Bidar", "philosophe", "la laïcité et le vivre-ensemble"),
            ("Christophe André", "psychiatre", "le stress et l'attention à soi"),
            ("Marc Uyttendaele", "constitutionnaliste", "les droits fondamentaux"),
            ("Gabriel Ringlet", "écrivain et théologien", "la place du spirituel dans le soin")]
# Rooms, schools, venues named after people.
VENUES = ["la salle Nina Simone", "l'auditorium Germaine Tillion",
          "la salle Toots Thielemans", "l'école Paul Langevin",
          "l'athénée Léonie de Waha", "la crèche Françoise Dolto",
          "le complexe sportif Jacques Anquetil", "la médiathèque Marguerite Duras",
          "la maison de quartier Olympe de Gouges", "l'espace Georges Brassens",
          "la salle Frida Kahlo", "l'institut Marie Haps", "le lycée Condorcet",
          "la salle Ernest Solvay", "le centre culturel Franz Hellens"]
READING_VENUES = ["la salle Nina Simone", "l'auditorium Germaine Tillion",
                  "la médiathèque Marguerite Duras", "la salle Toots Thielemans",
                  "le centre culturel Franz Hellens", "l'espace Georges Brassens",
                  "la bibliothèque communale", "notre salle polyvalente"]
STREETS = ["la rue Léon Blum", "l'avenue Jean Jaurès", "le boulevard Anspach",
           "l'avenue Louise", "la rue Émile Vandervelde", "la rue Jules Guesde",
           "l'avenue Franklin Roosevelt", "la rue Danton", "le quai Jean Moulin",
           "la rue Rosa Luxemburg", "le boulevard Émile Jacqmain",
           "l'avenue du Général de Gaulle", "la place Flagey", "la rue Pasteur"]
SPORTS_VENUES = ["le complexe sportif Jacques Anquetil", "la piscine Nina Simone",
                 "le hall omnisports Ernest Solvay", "le gymnase de l'athénée Léonie de Waha",
                 "la salle de sport de l'école Paul Langevin"]
STOPS = ["Roosevelt", "Hôtel de Ville", "Jean Macé", "Flagey", "Horta", "Louise",
         "Gare du Nord", "Voltaire", "Saint-Guidon", "Condorcet"]
BOOK_PRIZES = ["le prix Rossel", "le prix Goncourt des lycéens", "le prix Renaudot",
               "le prix Médicis", "le prix Victor Rossel des jeunes"]
PEACE_PRIZES = ["le prix Nobel de la paix", "le prix Sakharov"]
PRIZES = BOOK_PRIZES + PEACE_PRIZES
SHOPS = ["Leroy Merlin", "Marie Blachère", "Louis Delhaize", "Colruyt", "Brico",
         "Hema", "Ikea", "Decathlon", "Picard", "Lidl", "Jeff de Bruges", "Yves Rocher"]
APPS = ["Canva", "WhatsApp", "Google Drive", "Doodle", "Signal", "Framadate"]
BRANDS = SHOPS + APPS
TOWNS = ["Saint-Josse-ten-Noode", "Watermael-Boitsfort", "Villeneuve-d'Ascq",
         "Mont-Saint-Guibert", "Sainte-Walburge", "Boulogne-Billancourt",
         "Saint-Étienne", "Braine-l'Alleud", "Ottignies", "Vaulx-en-Velin"]
HEALTH_ORGS = ["la Fédération Française des Diabétiques", "l'Association Belge du Diabète",
               "la Fondation contre le Cancer", "la Ligue contre le cancer",
               "la Croix-Rouge", "le Planning familial", "Infor-Drogues",
               "l'Établissement français du sang", "Sensoa", "AIDES"]
PARTNERS_FR = ["la Ville de Lyon", "la Mission locale", "France Travail",
               "la Banque alimentaire", "la Maison de l'emploi", "la médiathèque municipale",
               "le centre social du quartier", "la CAF du Nord"]
PARTNERS_BE = ["le CPAS de Charleroi", "Actiris", "le Forem", "la Ligue des familles",
               "la bibliothèque communale", "le Centre régional d'intégration",
               "l'Office de la naissance et de l'enfance (ONE)", "la Banque alimentaire"]
PARTNERS = PARTNERS_FR + PARTNERS_BE

PUBLIC_FILLERS = ([n for v in OFFICIALS.values() for n, _, _ in v] + WRITERS
                  + [n for n, _, _ in SPEAKERS] + VENUES + STREETS + STOPS + PRIZES
                  + BRANDS + TOWNS + HEALTH_ORGS + PARTNERS)
ALL_NAMES = ({n for v in FIRST.values() for n, _ in v}
             | {n for v in SURNAMES.values() for n in v})
POOL_B = ({n for v in POOLS["B"][0].values() for n, _ in v}
          | {n for v in POOLS["B"][1].values() for n in v})


def whole(name, text, flags=0):
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, flags)


def _check_fillers():
    for s in PUBLIC_FILLERS:
        hit = [n for n in ALL_NAMES if whole(n, s)]
        assert not hit, (s, hit)


_check_fillers()


# Pool A names that are also ordinary French words ("Petit rappel", "nappes
# Rose") may appear in category 2 texts as those words.
ORDINARY_A = {"Petit", "Rose", "Olive", "Iris", "Blanche", "Violette",
              "Berger", "Boulanger", "Carpentier"}
assert not ORDINARY_A & POOL_B


def no_private_name(fn):
    """Category 2 templates show no name of pool B of 4+ letters, not even as
    an ordinary lowercase word, and no capitalised name of pool A except the
    ordinary words above. Shorter names ("Le", "Kim") are also ordinary words."""
    def wrapped(c):
        text, why = fn(c)
        for n in ALL_NAMES - POOL_B - ORDINARY_A:
            if len(n) > 3:
                assert not whole(n, text), (n, text)
        low = chatify(text)
        for n in POOL_B:
            if len(n) > 3:
                assert not whole(chatify(n), low), (n, text)
        return text, why
    return wrapped


def official(c, a=None):
    """(phrase naming an official in a public role, gender), usable after a
    preposition: "Paul Magnette, le bourgmestre de Charleroi", "le préfet"."""
    k = country(a) if a else c.pick(["fr", "be"])
    if c.chance(0.7):
        n, role, g = c.pick(OFFICIALS[k])
        bare = role.split(" ", 1)[1] if role.startswith(("le ", "la ")) else role
        return c.pick([f"{n}, {role}", f"{n} ({bare})", f"{role}, {n}"]), g
    role, g = c.pick(OFFICES[k])
    return role, g


def de(x):
    """French "de" + phrase, with the contractions du / des."""
    if x.startswith(("le ", "Le ")):
        return "du " + x[3:]
    if x.startswith(("les ", "Les ")):
        return "des " + x[4:]
    if x[0] in "AEIOUÉÈaeiouéèh" and not x.startswith(("la ", "le ")):
        return "d'" + x
    return "de " + x


def mid(x):
    """A "name, role" apposition closed by a comma before the verb."""
    return x + "," if ", " in x else x


def au(x):
    """French "à" + phrase, with the contractions au / aux."""
    if x.startswith("le "):
        return "au " + x[3:]
    if x.startswith("les "):
        return "aux " + x[4:]
    return "à " + x


def contact(c, a, boxes=("contact", "accueil", "info", "secretariat")):
    box = c.pick(list(boxes))
    return c.pick([f"{box}@{a['dom']}", f"le {a['tel']} (standard)",
                   f"{box}@{a['dom']} ou le {a['tel']}",
                   f"notre accueil au {a['tel']}"])


# ---------------------------------------------------------------- category 2

@family("fr-email-official-visit-31", "email", "fr", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ALL_FR)
    who, g = official(c, a)
    il = "elle" if g == "f" else "il"
    ev = c.pick(["l'inauguration du potager collectif", "nos 30 ans", "la fête des voisins",
                 "l'ouverture de l'épicerie sociale", "la remise des diplômes FLE",
                 "la journée portes ouvertes", "le lancement du repair café"])
    v = c.num(0, 4)
    if v == 0:
        s = [c.pick(["Bonjour l'équipe,", "Hello à tous,", "Chères et chers collègues,"]),
             f"Bonne nouvelle : {mid(who)} a confirmé sa venue pour {ev} le {date(c)}.",
             f"{cap(il)} prendra la parole vers {hour(c)}, "
             f"{c.pick(['juste avant le verre de l’amitié', 'pour une dizaine de minutes', 'après la visite des lieux'])}.",
             c.pick(["La presse locale sera présente, pensez aux badges.",
                     "Merci de garder l'entrée dégagée pour l'accueil officiel.",
                     "On prévoit deux chaises de plus au premier rang."]),
             "Bonne journée,\nLa coordination"]
    elif v == 1:
        s = [f"Pour info, le cabinet {mid(de(who))} nous a répondu :",
             f"pas de visite possible le {date(c)}, mais un courrier de soutien sera lu pendant {ev}.",
             f"On l'affichera ensuite à l'accueil avec les photos. Questions : {contact(c, a)}."]
    elif v == 2:
        s = [f"Retour sur la visite {mid(de(who))} {c.pick(DAYS)} dernier :",
             f"{cap(il)} a fait le tour {de(c.pick(VENUES + ['le potager', 'l’épicerie sociale']))} et a salué le travail des bénévoles.",
             c.pick(["Les photos officielles sont en ligne sur la page de la commune.",
                     "Un article est paru dans le journal municipal.",
                     f"Le communiqué est disponible sur {a['dom']}."]),
             "Merci à toutes et tous pour l'organisation !"]
    elif v == 3:
        titre = "Madame" if g == "f" else "Monsieur"
        s = [f"{titre},",
             f"Au nom de {a['name']}, nous vous remercions d'avoir accepté notre invitation à {ev}.",
             c.pick(["Votre présence compte beaucoup pour les habitants du quartier.",
                     "Ce soutien public est important pour nos bénévoles."]),
             f"L'accueil se fera à {hour(c)} au {a['addr']}.",
             f"Pour toute question pratique, notre secrétariat est joignable au {a['tel']}.",
             "Veuillez agréer l'expression de notre haute considération.",
             f"Le conseil d'administration de {a['name']}"]
    else:
        s = [f"Programme de {ev} ({date(c)}) :",
             f"- {hour(c)} : accueil des invités",
             f"- discours {de(who)}",
             "- visite guidée et verre de l'amitié",
             f"Renseignements : {contact(c, a)}"]
    return "\n".join(s), "public-figure-official"


@family("fr-announcement-reading-32", "announcement", "fr", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ALL_FR)
    w = c.pick(WRITERS)
    ven = c.pick(READING_VENUES)
    ct = contact(c, a, ("accueil", "contact", "info"))
    v = c.num(0, 3)
    if v == 0:
        t = (f"LECTURE PUBLIQUE\n{w} lira des extraits de son dernier livre le {date(c)} "
             f"à {hour(c)}, {au(ven)}.\nEntrée libre, réservation conseillée : {ct}.")
    elif v == 1:
        t = (f"Rencontre d'autrice / d'auteur : {a['name']} accueille {w} pour une soirée "
             f"lecture et échange avec le public. Séance de dédicaces ensuite avec la "
             f"librairie du quartier. {cap(date(c))}, {au(ven)}. Infos : {ct}.")
    elif v == 2:
        t = (f"Vous avez lu les romans {de(w)} ? Venez {c.pick(['l’écouter', 'échanger avec l’auteur·rice'])} "
             f"{au(ven)}, le {date(c)}. Gratuit, ouvert à toutes et tous, accessible en fauteuil. "
             f"{c.pick(['Traduction en langue des signes.', 'Garderie pour les enfants sur place.', 'Un bar sera tenu par nos bénévoles.'])} "
             f"Réservations : {ct}.")
    else:
        t = (f"Dans le cadre du {c.pick(['Printemps des poètes', 'mois du livre', 'festival Lire en quartier', 'Mois de la lecture'])}, "
             f"{w} sera parmi nous "
             f"le {date(c)} ({hour(c)}). La lecture sera suivie d'un débat animé par la "
             f"médiathèque. {a['name']} — {a['addr']} — {ct}.")
    return t, "public-figure-author-reading"


@family("fr-other-named-places-33", "other", "fr", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ALL_FR)
    s1, s2 = c.sample(STREETS, 2)
    v1, v2 = c.sample(VENUES, 2)
    v = c.num(0, 3)
    if v == 0:
        t = (f"Comment venir ?\nDepuis la gare, suivez {s1} jusqu'au feu, puis prenez {s2} "
             f"à gauche. Nous sommes juste en face {de(v1)}.\nTram/bus : arrêt « {c.pick(STOPS)} ». "
             f"Parking vélo devant {v2}.")
    elif v == 1:
        t = (f"Nos lieux d'activité cette année :\n- {cap(v1)} : ateliers du mercredi\n"
             f"- {cap(v2)} : stage de {c.pick(['Pâques', 'Toussaint', 'Carnaval', 'printemps'])}\n"
             f"- local principal, {a['addr']}\nEn cas de doute, appelez le {a['tel']}.")
    elif v == 2:
        if c.chance(0.6):
            pr = c.pick(BOOK_PRIZES)
            t = (f"Club lecture : comme chaque année, on suit {pr} de près. Pronostics affichés "
                 f"{c.pick(['dans', 'à l’entrée de'])} {v1}, et la classe partenaire {de(v2)} "
                 f"présentera sa sélection le {date(c)}. Le livre lauréat {de(pr)} sera "
                 f"disponible à l'emprunt.")
        else:
            pr = c.pick(PEACE_PRIZES)
            t = (f"Exposition « Ils et elles ont reçu {pr} » du {date(c)} au {date(c)}, "
                 f"{au(v1)}. Visites guidées pour les écoles sur réservation au {a['tel']}.")
    else:
        t = (f"Plan B en cas de pluie : le tournoi est déplacé {c.pick(['vers', 'dans'])} {c.pick(SPORTS_VENUES)}. "
             f"Les vestiaires sont au sous-sol, entrée par {s1}. "
             f"Le retour se fait à pied par {s2} ({c.num(8, 20)} minutes).")
    return t, "place-named-after-person"


@family("fr-grant-report-counts-34", "grant-report", "fr", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ALL_FR)
    be = a in ASSOCS_BE
    year = c.num(2021, 2024)
    n = c.num(180, 1400)
    facts = [
        f"{n} personnes différentes ont fréquenté nos permanences",
        f"{c.num(38, 71)} % des personnes accueillies sont des femmes",
        f"{c.num(12, 48)} nationalités sont représentées parmi le public",
        f"{c.num(15, 34)} % du public a plus de 65 ans",
        f"les bénévoles ont {'presté' if be else 'effectué'} {money(c.num(2, 19) * 1000 + c.num(0, 999))} heures",
        f"{money(c.num(1, 9) * 1000 + c.num(0, 999))} colis alimentaires ont été distribués",
        f"{c.num(60, 240)} orientations vers un service de santé (médecin, maison médicale, planning familial) ont été réalisées",
        f"{c.num(20, 95)} ateliers collectifs se sont tenus, avec {c.num(7, 16)} participants en moyenne",
        f"{c.num(40, 80)} % des familles habitent {c.pick(['la commune', 'le quartier', 'les trois communes voisines'])}",
    ]
    picked = c.sample(facts, c.num(3, 5))
    funder = (c.pick(["la Fédération Wallonie-Bruxelles", "la COCOF", "la Région wallonne",
                      "le Fonds social européen"]) if be else
              c.pick(["la CAF", "la Ville", "le Département", "l'Agence nationale de la cohésion des territoires"]))
    head = c.pick([f"Extrait du rapport d'activité {year} remis à {funder}",
                   f"Indicateurs {year} — {a['name']}",
                   f"Bilan quantitatif de l'action ({year})"])
    tail = c.pick(["Ces chiffres sont agrégés et publiés dans le rapport annuel.",
                   "Aucune donnée individuelle n'est transmise au financeur.",
                   "Source : tableau de bord annuel, présenté en assemblée générale.",
                   f"Le rapport complet est téléchargeable sur {a['dom']}."])
    if c.chance(0.5):
        t = head + "\n" + "\n".join(f"• {cap(x)}." for x in picked) + "\n" + tail
    else:
        t = (head + ". En " + str(year) + ", " + "; ".join(picked) + ". " + tail)
    return t, "aggregate-figures-published"


@family("fr-newsletter-speaker-35", "newsletter", "fr", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ALL_FR)
    n, desc, topic = c.pick(SPEAKERS)
    who, g = official(c, a)
    lines = {
        "open": c.pick([f"Retour sur notre soirée-débat du {date(c)}",
                        f"La Lettre {de(a['name'])} — {c.pick(MONTHS)}",
                        "Ils et elles étaient là !"]),
        "speaker": c.pick([
            f"Plus de {c.num(80, 300)} personnes sont venues écouter {n}, {desc}, parler {de(topic)}.",
            f"{n} ({desc}) nous a fait l'honneur d'une conférence sur {topic}, salle comble.",
            f"Le public a pu échanger avec {n}, {desc}, autour {de(topic)}."]),
        "quote": c.pick([
            "Une phrase a beaucoup circulé après la soirée : « on ne se relève jamais seul ».",
            f"« Ce sont les associations qui tiennent les quartiers debout », a lancé {who}.",
            f"Dans son mot d'accueil, {mid(who)} a rappelé l'importance du bénévolat.",
            f"{cap(who)}, présent{'e' if g == 'f' else ''} dans la salle, a promis de relayer nos demandes.",
            "Le débat a été riche, parfois vif, toujours respectueux.",
            "« Venez comme vous êtes, repartez avec des questions » : c'était la devise de la soirée."]),
        "next": c.pick([
            f"Prochain rendez-vous : {date(c)}, même heure. Inscriptions : accueil@{a['dom']}.",
            f"La captation vidéo est disponible sur {a['dom']}.",
            "Merci à nos partenaires : {} et {}.".format(*c.sample(PARTNERS, 2))]),
    }
    order = ["open"] + c.shuffle(["speaker", "quote"]) + ["next"]
    return "\n".join(lines[k] for k in order), "public-figure-speaker"


@family("fr-announcement-health-topic-36", "announcement", "fr", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ALL_FR)
    ct = contact(c, a)
    h0 = c.num(9, 14)
    v = c.num(0, 5)
    if v == 0:
        t = (f"Conférence « Vivre avec le diabète au quotidien » le {date(c)} à {hour(c)}, "
             f"animée par {c.pick(['la Fédération Française des Diabétiques', 'l’Association Belge du Diabète', 'une diabétologue du CHU', 'la mutuelle'])}. Ouverte à toutes et tous, gratuite. "
             f"Dépistage de la glycémie possible sur place. Infos : {ct}.")
    elif v == 1:
        t = (f"Journée de dépistage anonyme et gratuit (VIH, hépatites) avec {c.pick(['AIDES', 'Sensoa', 'Ex Aequo', 'le centre de santé'])}, "
             f"{c.pick(DAYS)} de {h0}h à {h0 + 4}h, {au(c.pick(VENUES))}. Sans rendez-vous. "
             f"Renseignements : {ct}.")
    elif v == 2:
        t = (f"Semaine de la santé mentale : ciné-débat « Et si on en parlait ? » le {date(c)}. "
             f"Un·e psychologue de {c.pick(['la maison médicale', 'Similes', 'la Ligue bruxelloise pour la santé mentale', 'la Maison des adolescents'])} "
             f"répondra aux questions du public. Entrée libre.")
    elif v == 3:
        t = (f"Collecte de sang {c.pick(['organisée', 'proposée'])} avec {c.pick(['la Croix-Rouge', 'l’Établissement français du sang'])} "
             f"dans notre salle polyvalente le {date(c)}. Pensez à bien manger avant de venir ! "
             f"Chaque don compte. Plus d'infos : {ct}.")
    elif v == 4:
        t = (f"Atelier « Bien vieillir » : sommeil, alimentation, prévention des chutes. "
             f"{cap(c.pick(DAYS))}s à {hour(c)}, {c.num(4, 8)} séances, avec {c.pick(['une diététicienne', 'un kiné', 'une infirmière de la mutuelle'])}. "
             f"Inscription : accueil@{a['dom']}.")
    else:
        t = (f"Soirée d'échanges sur la santé sexuelle et la contraception, {date(c)} à {hour(c)}, "
             f"avec {c.pick(['le Planning familial', 'Sensoa', 'AIDES', 'le centre de planning du quartier'])}. "
             f"Confidentiel et bienveillant, ouvert aux jeunes dès 15 ans. Contact : {ct}.")
    return t, "health-general-topic"


@family("fr-email-religious-calendar-37", "email", "fr", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ALL_FR)
    v = c.num(0, 4)
    hi = c.pick(["Bonjour à toutes et à tous,", "Chers collègues,", "Hello l'équipe,"])
    if v == 0:
        body = [f"Le ramadan devrait commencer vers le {c.num(1, 28)} {c.pick(['février', 'mars'])}.",
                "Comme chaque année, on adapte le planning pour tout le monde : "
                f"les ateliers du soir passent à {c.pick(['17h', '17h30', '16h30'])} et le goûter des enfants est maintenu.",
                f"Une soirée de rupture du jeûne ouverte à tous les habitants aura lieu le {date(c)} ; "
                "chacun·e apporte un plat."]
    elif v == 1:
        body = [f"Pensez que le {c.num(2, 28)} {c.pick(MONTHS)} tombe cette année {c.pick(['le jour de Yom Kippour', 'le jour de l’Aïd el-Kebir', 'le lundi de Pâques', 'pendant la Toussaint'])}.",
                "On évite d'y placer une grosse activité : beaucoup de familles du quartier ne seront pas disponibles.",
                "Le calendrier interreligieux est affiché en salle des profs."]
    elif v == 2:
        body = ["Pour le repas de fin d'année, on reste sur la formule qui marche :",
                "un plat végétarien, un plat halal, pas d'alcool au buffet principal.",
                "Comme ça tout le monde mange la même chose à la même table.",
                f"Inscriptions à l'accueil jusqu'au {date(c)}."]
    elif v == 3:
        body = ["Petit rappel de notre charte de neutralité :",
                "la salle polyvalente n'est pas prêtée pour des célébrations religieuses, "
                "quelle que soit la religion, ni pour des réunions de partis politiques.",
                f"Les demandes de location passent par {c.pick(['secretariat', 'contact'])}@{a['dom']}."]
    else:
        body = [f"La conférence « Religions et vivre-ensemble » du {date(c)} est confirmée.",
                f"Intervenant·es : un représentant de {c.pick(['la mosquée du quartier', 'la paroisse Saint-Remy', 'la communauté protestante', 'la synagogue'])} "
                "et une enseignante de morale laïque.",
                "Entrée libre, on compte sur vous pour diffuser l'affiche."]
    sign = c.pick(["Bonne semaine,", "Merci à vous,", "À bientôt,"]) + "\n" + c.pick(
        ["La coordination", f"L'équipe {de(a['name'])}", "Le secrétariat"])
    return "\n".join([hi] + body + [sign]), "religion-general-topic"


@family("fr-minutes-past-decisions-38", "minutes", "fr", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ALL_FR)
    be = a in ASSOCS_BE
    ca = c.chance(0.5)
    body = "conseil d'administration" if ca else "assemblée générale"
    Body = "Le conseil d'administration" if ca else "L'assemblée générale"
    n = c.num(7, 15)
    items = [
        f"Approbation des comptes {c.num(2021, 2024)} : adoptés à l'unanimité, "
        + ("déposés à la Banque nationale." if be else "publiés au Journal officiel des associations."),
        f"Rappel : en {c.num(2015, 2020)}, l'AG avait décidé de rendre l'adhésion gratuite pour les moins de 26 ans. La mesure est reconduite.",
        f"{Body} vote pour le renouvellement de l'affiliation à {c.pick(['la fédération des maisons de quartier', 'la coordination sociale locale', 'la plateforme des épiceries sociales'])}.",
        "La politique de confidentialité du site a été mise à jour (version en ligne depuis le mois dernier).",
        f"La motion de soutien à la campagne « {c.pick(['Zéro SDF', 'Logement d’abord', 'Pas de quartier sans école de devoirs'])} » est adoptée ({n - 1} pour, 1 abstention).",
        f"La cotisation reste fixée à {c.num(5, 25)} € (décision de l'AG précédente).",
        f"Le rapport moral présenté par la présidence est approuvé ; il sera publié sur {a['dom']}.",
        f"{Body} prend acte de la décision de la commune de prolonger la mise à disposition du local jusqu'en {c.num(2026, 2030)}.",
    ]
    s = [c.pick([f"Procès-verbal de l'{body}" if body[0] == "a" else f"Procès-verbal du {body}",
                 f"PV — {body} du {date(c)}", f"Compte rendu ({body}, {date(c)})"]),
         f"{n} membres présents ou représentés, le quorum est atteint."]
    s += [f"{i + 1}. {x}" for i, x in enumerate(c.sample(items, c.num(3, 5)))]
    s.append(c.pick(["La séance est levée à 21h40.", "Prochaine réunion : à fixer.",
                     "PV approuvé à la séance suivante."]))
    return "\n".join(s), "past-public-decisions"


@family("fr-email-partnership-published-39", "email", "fr", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ALL_FR)
    p1 = c.pick(PARTNERS_BE if a in ASSOCS_BE else PARTNERS_FR)
    amt = c.num(8, 90) * 1000
    s = [c.pick(["Bonjour à tous,", "Chères et chers bénévoles,", "Bonjour,"])]
    s += c.shuffle([
        c.pick([f"la convention de partenariat avec {p1} a été signée le {date(c)} et annoncée dans notre communiqué de presse.",
                f"après plusieurs mois de discussions, l'accord avec {p1} est désormais officiel et en ligne sur {a['dom']}.",
                f"le partenariat avec {p1}, présenté à l'AG, est maintenant public."]),
        c.pick([f"Le montant ({money(amt)} € sur {c.num(2, 4)} ans) figure dans la délibération publiée par la commune.",
                f"Le soutien de {money(amt)} € apparaît dans la liste des subventions publiée chaque année.",
                "Le texte de la convention peut être consulté à l'accueil."]),
    ])
    s[1] = cap(s[1])
    s[2] = cap(s[2])
    s.append(c.pick(["Vous pouvez en parler librement autour de vous et sur les réseaux.",
                     "N'hésitez pas à partager la nouvelle.",
                     f"Pour la presse, renvoyez vers {c.pick(['contact', 'info'])}@{a['dom']}."]))
    s.append(c.pick(["Belle journée,", "Merci à toutes et à tous,"]) + "\n" + f"{a['name']}")
    return "\n".join(s), "published-partnership"


@family("fr-other-capitalised-brands-40", "other", "fr", 2, split=DEV)
@no_private_name
def _(c):
    food = c.pick(["Colruyt", "Lidl", "Picard", "Louis Delhaize"])
    bread = c.pick(["Marie Blachère", "la boulangerie du Coin", "Colruyt"])
    diy = c.sample(["Brico", "Leroy Merlin", "Ikea", "Hema"], 2)
    gift = c.pick(["Yves Rocher", "Jeff de Bruges", "Decathlon"])
    app = c.sample(APPS, 2)
    tw = c.sample(TOWNS, 2)
    v = c.num(0, 4)
    if v == 0:
        t = (f"Courses Fête De Quartier\n- {food} : Boissons Et Gobelets\n- {bread} : "
             f"{c.pick(['Pains Et Viennoiseries', 'Pistolets', 'Baguettes'])}\n- {diy[0]} : "
             f"{c.pick(['Rallonges Électriques', 'Guirlandes', 'Lampions'])}\n"
             f"- {gift} : Lots Pour La Tombola\nBudget Total : {c.num(150, 600)} €")
    elif v == 1:
        t = (f"PLAN D'ACTION {c.num(2024, 2026)}\nAxe 1 — Accueil Et Orientation\n"
             f"Axe 2 — Emploi Et Formation (antenne de {tw[0]})\n"
             f"Axe 3 — Culture Pour Tous (partenariat avec la commune de {tw[1]})\n"
             f"Outils : {app[0]}, {app[1]}")
    elif v == 2:
        t = (f"Inventaire Réserve : {c.num(2, 9)} Tables Pliantes ({diy[0]}), {c.num(10, 60)} Chaises, "
             f"1 Barnum Bleu, 1 Sono Portable. Manque : Nappes Blanches, Rallonges. "
             f"Commande groupée chez {diy[1]} prévue {c.pick(DAYS)}.")
    elif v == 3:
        t = (f"Sortie Annuelle — Départ Gare de {tw[0]} à {hour(c)}\nArrêt Pique-Nique à {tw[1]}\n"
             f"Prévoir : Gourde, Casquette, K-Way\nPhotos partagées sur {app[0]}")
    else:
        t = (f"Objet : Réunion Équipe {cap(c.pick(DAYS))} — Salle {c.pick(['Verte', 'Bleue', 'Du Fond'])}\n"
             f"Ordre Du Jour :\n1. Retour Marché De Noël ({tw[0]})\n2. Nouveau Site Web\n"
             f"3. Points Divers\nMerci de répondre au sondage {c.pick(['Doodle', 'Framadate'])} avant {c.pick(DAYS)}.")
    return t, "capitalised-ordinary-words"


@family("fr-rota-workshops-41", "rota", "fr", 2, split=DEV)
@no_private_name
def _(c):
    ws = ["Français langue étrangère (A1)", "Alphabétisation", "Atelier CV et lettre",
          "Couture", "Cuisine du monde", "Informatique seniors", "Gym douce",
          "Groupe de parole parentalité", "Permanence juridique", "Soutien scolaire",
          "Café-tricot", "Yoga sur chaise", "Conversation en néerlandais"]
    rooms = c.sample(VENUES, 2) + ["salle 2", "la Salle Bleue", "le local du rez-de-chaussée",
                                   "la cuisine pédagogique", "le 1er étage"]
    days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
    picked = c.sample(ws, c.num(4, 6))
    style = c.num(0, 2)
    rows = []
    for w in picked:
        d = c.pick(days)
        h1 = c.num(9, 17)
        r = c.pick(rooms)
        if style == 0:
            rows.append(f"{cap(d)} {h1}h-{h1 + 2}h | {w} | {r}")
        elif style == 1:
            rows.append(f"• {w} : le {d} de {h1}h à {h1 + 2}h, {r}")
        else:
            rows.append(f"{d[:2].upper()} {h1:02d}:00  {w} ({r})")
    head = c.pick(["Planning des ateliers — semestre d'automne",
                   f"Grille hebdomadaire à partir du {date(c)}",
                   "Horaire des activités (affiché à l'accueil)"])
    foot = c.pick(["Les ateliers sont animés par l'équipe et des bénévoles formés.",
                   "Inscriptions à l'accueil, places limitées à 12.",
                   "Pas d'atelier pendant les vacances scolaires."])
    return "\n".join([head] + rows + [foot]), "workshop-grid-no-names"


@family("fr-chat-logistics-lower-42", "chat", "fr", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ALL_FR)
    ven = c.pick(VENUES)
    t = c.pick([
        f"qui a les cles de {ven}? faut ouvrir a {hour(c)} pour le traiteur",
        f"le frigo de la cuisine fait un bruit bizarre, j'ai mis les yaourts dans celui du bureau",
        f"pour samedi il faut {c.num(20, 60)} chaises et {c.num(4, 10)} tables, on fait 2 allers avec la camionnette",
        f"la photocopieuse du 1er est bloquee (bourrage), utilisez celle de l'accueil en attendant",
        f"il pleut, on rapatrie la brocante sous le preau. quelqu'un previent {a['dom'].split('.')[0]} sur les reseaux?",
        f"j'ai renvoye tout le monde vers accueil@{a['dom']} pour les inscriptions, plus simple",
        f"commande des pizzas faite, livraison {hour(c)} au local ({a['addr'].split(',')[0]})",
        f"reste des nappes roses et des olives de la fete, je laisse tout dans la reserve",
        f"le parking {de(ven)} est ferme {c.pick(DAYS)}, garez vous rue d'a cote",
        f"le rollup et les flyers sont dans le coffre, je les depose {au(ven)} avant {hour(c)}",
        f"qqn sait si le {a['tel']} redirige bien vers le portable de garde le week-end?",
    ])
    if c.chance(0.4):
        t += c.pick([" merci", " bisous", " 👍", " stp", " svp", ""])
    return c.lower(t), "chat-logistics-no-person"


@family("fr-job-ad-care-43", "job-ad", "fr", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ALL_FR)
    job, pub = c.pick([
        ("un·e infirmier·ère en maison médicale", "des patients du quartier, souvent en situation précaire"),
        ("un·e éducateur·rice spécialisé·e", "des jeunes adultes ayant des troubles psychiques"),
        ("un·e psychologue à mi-temps", "des victimes de violences"),
        ("un·e accompagnateur·rice de vie", "des adultes en situation de handicap"),
        ("un·e travailleur·euse social·e en réduction des risques", "des personnes qui consomment des drogues"),
        ("un·e animateur·rice en maison de repos", "des résidents atteints de démence"),
    ])
    eq = c.pick(["Nous encourageons les candidatures sans distinction d'origine, de religion, d'âge, "
                 "d'orientation sexuelle ou de handicap.",
                 "Égalité des chances : nous accueillons toutes les candidatures, y compris de personnes en situation de handicap.",
                 "Diversité bienvenue dans notre équipe."])
    s = [c.pick([f"OFFRE D'EMPLOI — {a['name']}", f"{a['name']} recrute !", f"Poste à pourvoir ({a['kind']})"]),
         c.pick([f"Nous cherchons {job} pour accompagner {pub}.",
                 f"Vous rejoindrez l'équipe comme {job.split(' ', 1)[1]} et accompagnerez {pub}.",
                 f"Mission : accompagner {pub}. Profil recherché : {job}."]),
         c.pick(["Contrat : CDI, temps plein.", "Contrat : CDD 1 an, 4/5e.",
                 "Contrat à durée indéterminée, 30h/semaine.", "Contrat de remplacement, 6 mois."]),
         c.pick(["Diplôme requis, expérience souhaitée.", "Une première expérience en milieu associatif est un atout.",
                 "Permis B indispensable (visites à domicile)."]),
         eq,
         f"Candidatures (CV + lettre) à jobs@{a['dom']} avant le {date(c)}. "
         f"Questions : {c.pick(['le secrétariat au ', 'notre standard au '])}{a['tel']}."]
    if c.chance(0.5):
        s[3], s[4] = s[4], s[3]
    return "\n".join(s), "job-ad-risky-words-neutral"


# ---------------------------------------------------------------- hard positives

@family("fr-chat-firstname-only-44", "chat", "fr", 3, split=DEV)
def _(c):
    p = c.person()
    f = p.first
    e = p.fr("", "e")
    il = p.fr("il", "elle")
    t = c.pick([
        f"{c.p(f)} prend la camionnette samedi, faut lui laisser les cles a l'accueil",
        f"ok je demande a {c.p(f)} pour les chaises",
        f"quelqu'un peut remplacer {c.p(f)} au bar vendredi? {il} est en conge",
        f"c'est {c.p(f)} qui a le code du cadenas du local velo",
        f"vu avec {c.p(f)}: {il} ouvre a {hour(c)} et moi je ferme",
        f"les flyers sont chez {c.p(f)}, {il} passe les deposer {c.pick(DAYS)}",
        f"{c.p(f)} est coince{e} dans les bouchons, commencez sans {p.fr('lui', 'elle')}",
        f"merci a {c.p(f)} pour la soupe de ce midi 😋",
        f"demande a {c.p(f)}, c'est {il} qui gere les inscriptions cette annee",
        f"{c.p(f)} a garde la cle de la reserve, je l'appelle",
        f"on est combien samedi? {c.p(f)} + moi + les 2 stagiaires",
        f"{c.p(f)} tu peux ramener la rallonge stp",
        f"jai mis {c.p(f)} en copie pour le devis du traiteur",
        f"c bon {c.p(f)} a retrouve le badge",
        f"si {c.p(f)} fait le bar je prends l'accueil, ok?",
        f"attendez {c.p(f)} avant de fermer, {il} ramene la camionnette vers {hour(c)}",
    ])
    if c.chance(0.3):
        t += c.pick([" 🙏", " merci!!", " bisous", " ;)"])
    return c.lower(t), "first-name-alone-chat"


@family("fr-email-volunteer-health-45", "email", "fr", 4, split=DEV)
def _(c):
    p = c.person()
    e = p.fr("", "e")
    il = p.fr("il", "elle")
    fact = c.pick([
        f"sort d'un pontage coronarien et ne peut plus porter de charges",
        f"vient d'apprendre qu'{il} a un cancer et commence la chimio en {c.pick(MONTHS)}",
        f"est en arrêt pour burn-out jusqu'à nouvel ordre",
        f"est sous dialyse trois après-midi par semaine",
        f"a fait un AVC cet été, {il} reparle mais lentement",
        f"fait des crises d'épilepsie, {il} ne peut plus conduire le minibus",
        f"est diabétique et doit manger à heure fixe, pensez-y pour les pauses",
        f"vient d'être diagnostiqué{e} parkinson",
        f"a été opéré{e} de la hanche et marche avec des béquilles",
        f"a replongé dans l'alcool depuis {c.pick(['l’été', 'son licenciement', 'Noël'])}",
    ])
    who = c.pick([p.full, p.first])
    body = [c.pick([f"Petit changement dans le planning {de(c.pick(['l’épicerie', 'la distribution', 'l’accueil', 'l’école de devoirs']))}.",
                    "Je dois revoir les tournées du mois.",
                    "Pour le rangement de samedi, on sera un de moins.",
                    f"Le tableau des permanences {de(c.pick(MONTHS))} est en pièce jointe."]),
            c.pick([f"Qui peut reprendre son créneau du {c.pick(DAYS)} ?",
                    f"Je {p.fr('le', 'la')} remplace en attendant, mais il faudrait quelqu'un pour {c.pick(['le jeudi', 'les livraisons', 'la caisse'])}.",
                    "Répondez-moi directement, merci.",
                    "Dites-moi vos disponibilités avant vendredi."])]
    where = c.pick(["start", "middle", "end"])
    fact_s = c.pick([f"{c.p(who)} {c.p(fact)}.", f"Pour info, {c.p(who)} {c.p(fact)}."])
    if where == "end" and c.chance(0.5):
        fact_s = f"PS : {who} {fact}."
    body = c.weave(body, fact_s, where)
    if c.chance(0.5):
        body.append(c.pick([f"{p.fr('Il', 'Elle')} m'a demandé de ne pas trop en parler.",
                            "On peut lui envoyer un petit mot, ça lui fera plaisir.",
                            "Merci de ne pas l'appeler pour les plannings en ce moment."]))
    s = [c.pick(["Bonjour l'équipe,", "Salut à tous,", "Bonjour,", "Hello,"])] + body + [
        c.pick(["Bonne journée", "Merci à vous", "À+", "Belle semaine"])]
    if who != p.first:
        c.p(p.first)
    return "\n".join(s), "health-named-volunteer"


@family("fr-minutes-negotiation-ceiling-46", "minutes", "fr", 4, split=DEV)
def _(c):
    obj, unit = c.pick([("le bail du nouveau local", "€/mois"), ("le rachat de la camionnette", "€"),
                        ("le contrat de sous-location avec la commune", "€/an"),
                        ("la reprise des activités de l'asbl voisine", "€"),
                        ("le marché public de repas scolaires", "€ le repas")])
    if unit == "€ le repas":
        ask, top = f"{c.num(5, 7)},{c.num(10, 90)}", f"{c.num(4, 5)},{c.num(10, 90)}"
    elif unit == "€/mois":
        x = c.num(18, 45) * 100
        ask, top = money(x), money(x - c.num(2, 6) * 100)
    else:
        x = c.num(12, 140) * 1000
        ask, top = money(x), money(x * c.num(70, 90) // 100 // 500 * 500)
    ceil = c.pick([f"mandat au bureau pour aller jusqu'à {top} {unit} maximum",
                   f"on peut monter à {top} {unit}, pas au-delà",
                   f"notre limite est fixée à {top} {unit}",
                   f"le CA autorise jusqu'à {top} {unit} si nécessaire"])
    cue = c.pick(["Ce point ne figure pas dans le PV diffusé.", "À ne pas communiquer à l'autre partie.",
                  "Strictement entre nous jusqu'à la signature.", ""])
    neg = c.pick([f"Négociation sur {obj} : l'autre partie demande {ask} {unit} ; {c.p(ceil)}.",
                  f"{cap(obj)} : demande initiale à {ask} {unit}. Décision : {c.p(ceil)}.",
                  f"Point sur {obj} — {c.p(ceil)} (on nous demande {ask} {unit})."])
    if cue:
        neg += " " + c.p(cue)
    items = [neg, c.pick(["Calendrier des activités : validé.", "Rapport du trésorier : rien à signaler.",
                          "Fête de fin d'année : devis traiteur accepté."])]
    items = c.shuffle(items) + [f"Divers : {c.pick(['commande de badges', 'nettoyage de printemps', 'date de la prochaine AG'])}."]
    s = [c.pick([f"CA du {date(c)} — points divers", f"Réunion de bureau ({date(c)})",
                 "Compte rendu — partie non publique"]),
         f"{c.num(5, 11)} administrateurs présents."]
    s += [f"{i + 1}. {x}" for i, x in enumerate(items)]
    return "\n".join(s), "negotiation-ceiling"


@family("fr-grant-report-unfiled-47", "grant-report", "fr", 4, split=DEV)
def _(c):
    a = c.pick(ALL_FR)
    funder = c.pick(["la Fondation Roi Baudouin", "la Région wallonne", "la COCOF",
                     "la CAF", "le Fonds social européen", "la Fondation de France"])
    amt = c.num(20, 160) * 1000
    secret = c.pick([
        f"Le dossier n'est pas encore déposé : ne pas en parler aux partenaires avant le {date(c)}.",
        "Brouillon interne, la demande n'a pas encore été introduite.",
        f"On dépose fin {c.pick(MONTHS)} ; les autres associations du réseau ne savent pas qu'on postule.",
        "Ne pas diffuser : la candidature n'est pas encore envoyée et on vise le même appel que nos partenaires.",
    ])
    s = [f"Contexte : en {c.num(2022, 2024)}, {c.num(200, 1200)} personnes ont fréquenté nos permanences "
         f"et {c.num(30, 90)} ateliers ont été organisés.",
         f"Objectif : ouvrir {c.pick(['une permanence du soir', 'une antenne dans un second quartier', 'un atelier numérique'])}."]
    if c.chance(0.5):
        s.append(f"Budget : personnel {money(amt * c.num(55, 75) // 100 // 100 * 100)} €, "
                 f"le reste en fonctionnement et petit matériel.")
    s = c.weave(s, c.p(secret))
    s.insert(0, c.pick([f"Projet de demande {au(funder)} — {money(amt)} € sur {c.num(2, 3)} ans",
                        f"Appel à projets {c.num(2025, 2026)} ({funder}) : notre dossier, version de travail",
                        f"Note pour le CA — candidature {au(funder)}, budget demandé : {money(amt)} €"]))
    return "\n".join(s), "grant-not-yet-filed"
