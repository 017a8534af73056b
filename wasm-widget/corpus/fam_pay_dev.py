"""Development-only families about money: paying the association, and paying
a person. French, English and Dutch, pinned to dev like fam_fr_dev.py.

Hard negatives: an association's own account in the many ways associations
ask to be paid (a fee for an outing, a membership, a ticket, a contribution
to costs, support, a tax receipt, a structured communication, "beneficiary:
the asbl"), in newsletters, e-mails to members, announcements and requests
to an AI. Hard positives in the same genres: a named volunteer's or
employee's own account (a refund of costs they paid, an advance),
and a payment made from a named person's account.

Written by someone who had read the checker's rules but never the held-out
families. Every family here is registered with split="dev", so the hash
split and heldout.jsonl do not move.
"""

from common import family
from fam_fr_dev import no_private_name
from public import ASSOCS_BE, ASSOCS_EN, ASSOCS_FR, ASSOCS_NL

DEV = "dev"

ALL_FR = ASSOCS_FR + ASSOCS_BE


def euros(c):
    return c.pick(["5", "8", "10", "12", "15", "20", "25", "30", "35", "45"])


# ---------------------------------------------------------------- category 2


@family("fr-newsletter-pay-asso-95", "newsletter", "fr", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ALL_FR)
    what = c.pick(["la sortie au musée", "le souper de printemps", "l'excursion à la mer",
                   "le stage de poterie", "la fête de quartier", "le repas solidaire",
                   "le week-end en Ardenne", "l'atelier couture"])
    amount = euros(c)
    ask = c.pick([
        f"Inscription : {amount} € par personne, à verser sur le compte {a['iban']}",
        f"PAF : {amount} €, à régler par virement au {a['iban']}",
        f"Participation aux frais : {amount} € sur {a['iban']}",
        f"Réservation confirmée dès réception de {amount} € sur le compte de l'{a['kind']} "
        f"({a['iban']})",
        f"Paiement de {amount} € par virement ({a['iban']})",
        f"Merci de virer {amount} € au {a['iban']}",
        f"Prix : {amount} €. Virement : {a['iban']}",
    ])
    ref = c.pick([
        f", avec la communication « {what.split(' ', 1)[1]} + nom ».",
        ", en mentionnant le nom des participants.",
        f". Bénéficiaire : {a['name']}.",
        f". Titulaire du compte : {a['name']}.",
        ".",
        f" (communication : +++{c.num(100, 999)}/{c.num(1000, 9999)}/{c.num(10000, 99999)}+++).",
    ])
    intro = c.pick([f"Il reste des places pour {what} !",
                    f"{what[0].upper() + what[1:]} approche.",
                    f"Les inscriptions pour {what} sont ouvertes."])
    return f"{intro} {ask}{ref}", "org-iban-payment"


@family("fr-email-pay-members-96", "email", "fr", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ALL_FR)
    year = c.pick(["2024", "2025", "2026"])
    amount = euros(c)
    body = c.pick([
        f"la cotisation {year} reste à {amount} €. Vous pouvez la verser sur le compte "
        f"de l'{a['kind']}, {a['iban']}, ou la payer en liquide à l'accueil.",
        f"pour renouveler votre adhésion ({amount} €), un virement sur {a['iban']} suffit ; "
        f"indiquez votre numéro de membre en communication.",
        f"vous êtes nombreux à demander nos coordonnées bancaires pour nous soutenir : "
        f"{a['iban']} ({a['name']}). Un reçu fiscal est envoyé pour tout versement "
        f"de {amount} € ou plus.",
        f"les dépenses du goûter seront couvertes par la caisse. Pour toute contribution, "
        f"le compte reste {a['iban']}.",
        f"l'{a['kind']} a un nouveau compte en banque : {a['iban']}. Merci de mettre à jour "
        f"vos ordres permanents.",
        f"votre soutien compte : {a['iban']}, déductible à 66 % de vos impôts.",
    ])
    hello = c.pick(["Chers membres,", "Bonjour à toutes et à tous,", "Chers adhérents,"])
    bye = c.pick(["L'équipe", "Le secrétariat", f"Le conseil d'administration de {a['name']}"])
    return f"{hello}\n{body[0].upper() + body[1:]}\n{bye}", "org-iban-members"


@family("en-newsletter-pay-charity-97", "newsletter", "en", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ASSOCS_EN)
    amount = euros(c)
    what = c.pick(["the coach trip to the coast", "the spring supper", "the pottery course",
                   "the summer fair stall", "the family day out", "the quiz night"])
    ask = c.pick([
        f"Tickets are £{amount}; please pay by bank transfer to {a['iban']}",
        f"The fee is €{amount} per person, payable to {a['iban']}",
        f"To book, transfer €{amount} to our account {a['iban']}",
        f"Payment details: {a['name']}, {a['iban']}",
        f"Contributions towards costs can be paid into {a['iban']}",
        f"Membership renewals (€{amount}) go to {a['iban']}",
    ])
    ref = c.pick([" with your name as the reference.", ".", f" (account name: {a['name']}).",
                  ", quoting the event name."])
    return f"Places are still available for {what}. {ask}{ref}", "org-iban-payment"


@family("nl-newsletter-pay-vzw-98", "newsletter", "nl", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ASSOCS_NL)
    amount = euros(c)
    what = c.pick(["de daguitstap naar zee", "het lentefeest", "de kookworkshop",
                   "het buurtontbijt", "de fietstocht", "de quizavond"])
    ask = c.pick([
        f"Inschrijven kan door {amount} euro over te schrijven op {a['iban']}",
        f"Deelname: {amount} euro, te storten op rekeningnummer {a['iban']}",
        f"Betalen kan via overschrijving naar {a['iban']}",
        f"Je bijdrage van {amount} euro mag op {a['iban']}",
        f"Het lidgeld ({amount} euro) betaal je op {a['iban']}",
        f"Rekening van de {a['kind']}: {a['iban']}",
    ])
    ref = c.pick([" met vermelding van je naam.", ".", f" (begunstigde: {a['name']}).",
                  " met de mededeling 'uitstap'."])
    return f"Er zijn nog plaatsen voor {what}. {ask}{ref}", "org-iban-payment"


@family("fr-ai-request-pay-asso-99", "ai-request", "fr", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ALL_FR)
    task = c.pick(["Rédige un rappel poli pour", "Écris un court message pour",
                   "Propose une formulation chaleureuse pour"])
    what = c.pick(["rappeler aux membres de payer leur cotisation",
                   "annoncer la vente de billets pour le spectacle",
                   "remercier les donateurs de l'année"])
    end = c.pick([f"Le compte à indiquer est {a['iban']}.",
                  f"Termine par nos coordonnées bancaires : {a['iban']}.",
                  f"Ajoute le numéro de compte de l'{a['kind']} ({a['iban']})."])
    return f"{task} {what}. {end}", "org-iban-ai-request"


# ---------------------------------------------------------------- category 3


@family("fr-email-refund-person-100", "email", "fr", 3, split=DEV)
def _(c):
    p = c.person()
    acct = c.p(c.personal_iban(c.pick(["FR", "BE"])))
    amount = euros(c)
    first = c.p(p.first)
    full = c.p(p.full)
    body = c.pick([
        f"Peux-tu faire le virement de {amount} € à {first} pour les courses du goûter ? "
        f"Son IBAN : {acct}.",
        f"{full} a avancé {amount} € pour le matériel. À rembourser sur {acct}.",
        f"Les frais de déplacement de {first} ({amount} €) sont à verser sur son compte "
        f"{acct}.",
        f"Pour l'avance sur frais, {first} m'a donné ce numéro de compte : {acct}.",
        f"{first} préfère être payé{p.fr('', 'e')} par virement : {acct}.",
    ])
    hello = c.pick(["Bonjour,", "Salut,", "Coucou,"])
    return f"{hello}\n{body}\nMerci !", "person-iban-refund"


@family("en-email-refund-person-101", "email", "en", 3, split=DEV)
def _(c):
    p = c.person()
    acct = c.p(c.personal_iban(c.pick(["BE", "NL"])))
    amount = euros(c)
    first = c.p(p.first)
    full = c.p(p.full)
    body = c.pick([
        f"Could you reimburse {first} €{amount} for the craft supplies? "
        f"{p.en('His', 'Her')} account is {acct}.",
        f"{full} paid €{amount} out of pocket for the van. Please refund to {acct}.",
        f"{first}'s travel expenses (€{amount}) go to {acct}.",
    ])
    return f"Hi,\n{body}\nThanks!", "person-iban-refund"


@family("nl-email-refund-person-102", "email", "nl", 3, split=DEV)
def _(c):
    p = c.person()
    acct = c.p(c.personal_iban(c.pick(["BE", "NL"])))
    amount = euros(c)
    first = c.p(p.first)
    full = c.p(p.full)
    body = c.pick([
        f"Kan jij {amount} euro terugstorten aan {first} voor de boodschappen? "
        f"{p.en('Zijn', 'Haar')} rekening: {acct}.",
        f"{full} heeft {amount} euro voorgeschoten. Terugbetalen op {acct}.",
        f"De onkosten van {first} ({amount} euro) mogen naar {acct}.",
    ])
    return f"Hoi,\n{body}\nDank je!", "person-iban-refund"


@family("fr-minutes-donor-account-103", "minutes", "fr", 3, split=DEV)
def _(c):
    p = c.person()
    acct = c.p(c.personal_iban(c.pick(["FR", "BE"])))
    amount = c.pick(["50", "100", "150", "200", "500"])
    full = c.p(p.full)
    first = c.p(p.first)
    line = c.pick([
        f"Le don de {full} ({amount} €) est arrivé depuis le compte {acct}.",
        f"Trésorerie : versement de {amount} € reçu de {first}, compte {acct}, à remercier.",
        f"Cotisation de {full} payée depuis {acct}.",
        f"{full} a fait un don de {amount} € par virement ({acct}) ; envoyer le reçu fiscal.",
    ])
    return f"Point 3 – Finances\n{line}\nLe bilan est approuvé à l'unanimité.", "donor-iban"


# ------------------------------------------------- the association's footer


def footer_fr(c, a):
    reg = a.get("siret") or a.get("bce") or a.get("rna") or ""
    parts = [f"{a['name']} {a['kind']}" if a["kind"] != "association" else a["name"],
             a["addr"], reg, f"IBAN {a['iban']}" if c.chance(0.6) else a["iban"],
             f"contact@{a['dom']}" if c.chance(0.5) else f"info@{a['dom']}"]
    if c.chance(0.5):
        parts.insert(3, f"tél. {a['tel']}")
    sep = c.pick([" – ", " · ", " | ", "\n"])
    return sep.join(p for p in parts if p)


@family("fr-newsletter-footer-104", "newsletter", "fr", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ALL_FR)
    news = c.pick([
        "Le potager partagé reprend ses permanences le samedi matin.",
        "Merci aux 40 bénévoles de la collecte de printemps !",
        "L'assemblée générale aura lieu le 12 juin à 18 h.",
        "Nos cours de français reprennent après les vacances.",
    ])
    return f"{news}\n\n{footer_fr(c, a)}", "org-footer"


@family("en-newsletter-footer-105", "newsletter", "en", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ASSOCS_EN)
    news = c.pick(["The community garden reopens on Saturday mornings.",
                   "Thank you to the 40 volunteers of the spring collection!",
                   "Our AGM takes place on 12 June at 6pm."])
    parts = [a["name"], a["addr"], a["charity"], f"Bank: {a['iban']}" if c.chance(0.5) else
             a["iban"], f"hello@{a['dom']}"]
    sep = c.pick([" · ", " | ", "\n", " – "])
    return f"{news}\n\n{sep.join(parts)}", "org-footer"


@family("nl-newsletter-footer-106", "newsletter", "nl", 2, split=DEV)
@no_private_name
def _(c):
    a = c.pick(ASSOCS_NL)
    news = c.pick(["De moestuin is weer open op zaterdagvoormiddag.",
                   "Dank aan de 40 vrijwilligers van de voorjaarsinzameling!",
                   "De algemene vergadering is op 12 juni om 18 uur."])
    parts = [f"{a['name']} {a['kind']}", a["addr"], a["ond"],
             f"IBAN {a['iban']}" if c.chance(0.5) else a["iban"], f"info@{a['dom']}"]
    sep = c.pick([" · ", " | ", "\n", " – "])
    return f"{news}\n\n{sep.join(parts)}", "org-footer"
