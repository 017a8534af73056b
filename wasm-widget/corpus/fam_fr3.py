"""French, category 3: personal data about private individuals (no art. 9 fact,
no secret)."""

from common import family
from public import ASSOCS_FR, ASSOCS_BE, PLACES_FR
from fam_fr2 import date, hour, DAYS, MONTHS, EVENTS

ALL_FR = ASSOCS_FR + ASSOCS_BE
TASKS = ["l'accueil", "la distribution des colis", "le bar", "l'école de devoirs",
         "le rangement de la réserve", "la caisse", "le vestiaire", "la cuisine"]


@family("fr-email-colleague-fullname-01", "email", "fr", 3)
def _(c):
    p, q = c.person(), c.person()
    ph = c.phone(c.pick(["fr", "be"]))
    s = [f"Salut {c.p(q.first)},",
         f"{c.p(p.full)} {c.pick(['a appelé', 'est passé' + ('e' if p.f else ''), 'a écrit'])} "
         f"ce matin pour {c.pick(['la bourse aux vêtements', 'le stage de Pâques', 'le covoiturage de samedi'])}.",
         f"Tu peux {p.fr('le', 'la')} rappeler au {c.p(ph)} avant {hour(c)} ?",
         c.pick([f"{p.fr('Il', 'Elle')} préfère les SMS.", "Merci d'avance !",
                 f"{p.fr('Il', 'Elle')} attend ta réponse pour réserver."]),
         c.pick(["Bonne journée", "À plus", "Bises"])]
    return "\n".join(s), "full-name-and-phone"


@family("fr-minutes-attendees-02", "minutes", "fr", 3)
def _(c):
    ps = c.people(c.num(3, 6))
    exc = c.person()
    names = ", ".join(c.p(x.full) for x in ps)
    s = [f"Réunion de l'équipe d'animation — {date(c)}",
         f"Présents : {names}.",
         f"{exc.fr('Excusé', 'Excusée')} : {c.p(exc.full)}.",
         f"1. Bilan de {c.pick(EVENTS)} : bonne participation, {c.num(30, 120)} personnes.",
         f"2. {c.p(ps[0].first)} s'occupe de commander les boissons.",
         c.pick([f"3. {c.p(ps[1].first)} présente le nouveau planning.",
                 "3. Divers : rien à signaler.",
                 f"3. Prochaine réunion le {date(c)}, chez {c.p(ps[-1].first)}."])]
    return "\n".join(s), "minutes-attendee-list"


@family("fr-chat-firstname-lower-03", "chat", "fr", 3)
def _(c):
    p = c.person()
    f = p.first
    t = c.pick([
        f"tu peux rappeler {c.p(f)} stp elle a oublie son sac a l'accueil" if p.f else
        f"tu peux rappeler {c.p(f)} stp il a oublie son sac a l'accueil",
        f"{c.p(f)} vient pas demain, faut quelqu'un pour le bar",
        f"jsuis avec {c.p(f)} on arrive dans 10 min",
        f"dis a {c.p(f)} que les cles sont dans le tiroir",
        f"cc c'est {c.p(f)}, je serai en retard pour la reunion",
        f"qqn a le num de {c.p(f)}? pour le covoit de samedi",
        f"merci {c.p(f)} pour les gateaux trop bons",
        f"ok vu avec {c.p(f)}, elle prend la caisse" if p.f else
        f"ok vu avec {c.p(f)}, il prend la caisse",
    ])
    return c.lower(t), "first-name-lowercase"


@family("fr-rota-names-04", "rota", "fr", 3)
def _(c):
    k = c.num(3, 5)
    ps = c.people(k + 1)
    lines = []
    for d, p in zip(c.sample(DAYS, k), ps):
        lines.append(f"{d.capitalize()} {hour(c)} – {c.pick(TASKS)} : {c.p(p.first)} "
                     f"({c.p(c.phone(c.pick(['be', 'fr'])))})")
    t = (f"Planning bénévoles — {c.pick(MONTHS)}\n" + "\n".join(lines)
         + f"\nRéserve : {c.p(ps[-1].full)}. En cas d'absence, prévenez le plus tôt possible.")
    return t, "volunteer-rota-names-phones"


@family("fr-case-note-address-05", "case-note", "fr", 3)
def _(c):
    p = c.person()
    country = c.pick(["fr", "be"])
    addr = c.home_address(country)
    dob = c.birth_date("fr")
    s = [f"Entretien du {date(c)} avec {c.p(p.full)}, {p.fr('né', 'née')} le {c.p(dob)}.",
         f"Domicile : {c.p(addr)}.",
         c.pick(["Demande : aide pour remplir le formulaire de la prime énergie.",
                 "Demande : inscription de ses enfants au stage d'été.",
                 "Demande : recherche d'un logement plus proche de son travail.",
                 "Demande : aide pour une déclaration fiscale en ligne."]),
         c.pick(["Documents fournis : carte d'identité, dernier avertissement-extrait de rôle.",
                 "Orienté vers le service logement de la commune.",
                 "RDV de suivi dans 15 jours."])]
    return " ".join(s), "address-and-birth-date"


@family("fr-email-iban-refund-06", "email", "fr", 3)
def _(c):
    p = c.person()
    ib = c.personal_iban(c.pick(["BE", "FR"]))
    amt = f"{c.num(8, 140)},{c.pick(['00', '50', '20', '90'])} €"
    t = c.pick([
        f"Bonjour,\nPeux-tu rembourser à {c.p(p.full)} ses frais de déplacement ({amt}) ? "
        f"Son compte : {c.p(ib)}. Les tickets sont dans la farde verte.\nMerci !",
        f"Note de frais — {c.p(p.full)} — achats pour l'atelier cuisine : {amt}. "
        f"À verser sur {c.p(ib)} avant la fin du mois.",
        f"Pour la trésorière : {c.p(p.first)} a avancé {amt} pour le goûter. IBAN perso : "
        f"{c.p(ib)}. Communication : « remboursement goûter ».",
    ])
    return t, "personal-iban"


@family("fr-ai-request-thanks-07", "ai-request", "fr", 3)
def _(c):
    p = c.person()
    em = c.email_of(p)
    t = c.pick([
        f"Rédige un mail à {c.p(p.full)} ({c.p(em)}) pour {p.fr('le', 'la')} remercier de "
        f"ses {c.num(2, 25)} années de bénévolat à l'épicerie. Ton chaleureux.",
        f"Écris une lettre de recommandation pour {c.p(p.full)}, {p.fr('bénévole', 'bénévole')} "
        f"chez nous depuis {c.num(2010, 2022)}, qui postule comme {c.pick(['éducateur', 'magasinier', 'animateur'])}.",
        f"Rédige une invitation à {c.p(p.first)} {c.p(p.last)} pour la fête des bénévoles. "
        f"Envoie-la à {c.p(em)}.",
    ])
    return t, "ai-request-with-name-email"


@family("fr-other-indirect-oldest-08", "other", "fr", 3)
def _(c):
    desc, fem = c.pick([("la plus ancienne adhérente", 1), ("le doyen de nos membres", 0),
                        ("la seule bénévole qui vient de Wanze", 1), ("le plus jeune administrateur", 0),
                        ("la dame qui tient le vestiaire depuis trente ans", 1),
                        ("l'unique bénévole qui a le permis C", 0)])
    il = "elle" if fem else "il"
    t = c.pick([
        f"Pour le portrait du mois, on pourrait interviewer {c.p(desc)} du club, qui habite "
        f"au-dessus de la boulangerie de la place. {il.capitalize()} a plein d'anecdotes sur le quartier.",
        f"Petit mot : {c.p(desc)} a fêté ses {c.num(80, 96)} ans {c.pick(DAYS)}. "
        f"On lui offre des fleurs à la prochaine réunion ?",
        f"Attention, {c.p(desc)} a déménagé, il faut mettre à jour son adresse dans le fichier. "
        f"{il.capitalize()} vit maintenant près de la gare.",
    ])
    return t, "indirect-identification"


@family("fr-chat-driver-09", "chat", "fr", 3)
def _(c):
    role = c.pick(["le chauffeur du jeudi", "la benevole du mardi soir", "le gars de la caisse du samedi",
                   "la dame du vestiaire de Jemeppe", "le prof de guitare du mercredi"])
    t = c.pick([
        f"{c.p(role)} a change de numero, c'est le {c.p(c.phone('be'))} maintenant",
        f"tu sais ou habite {c.p(role)}? faut lui deposer les cles",
        f"{c.p(role)} demenage en juin, faudra trouver qqn d'autre",
        f"jai croise {c.p(role)} au carrefour, il passe demain",
        f"{c.p(role)} m'a donne son mail perso pour les plannings",
    ])
    return c.lower(t), "indirect-role-and-time"


@family("fr-minutes-be-10", "minutes", "fr", 3)
def _(c):
    ps = c.people(c.num(4, 7), ["belgian", "dutch", "maghreb", "west_african", "french",
                                "east_european", "turkish"])
    a = c.pick(ASSOCS_BE)
    s = [f"PV de l'AG de {a['name']} {a['kind']} — {date(c)}",
         "Membres présents : " + " ; ".join(c.p(x.full) for x in ps[:-1]) + ".",
         f"Procuration : {c.p(ps[-1].full)}.",
         f"Le rapport financier est présenté par {c.p(ps[0].first)} : septante-huit membres en ordre de cotisation.",
         f"{c.p(ps[1].full)} est {ps[1].fr('élu', 'élue')} administrat{ps[1].fr('eur', 'rice')} par nonante voix.",
         "La séance est levée à 21h30."]
    return "\n".join(s), "minutes-attendee-list"


@family("fr-email-registration-11", "email", "fr", 3)
def _(c):
    p = c.person()
    nn = c.be_national_number() if c.chance(0.6) else c.fr_nir()
    dob = c.birth_date("fr")
    t = c.pick([
        f"Bonjour, pour l'assurance des bénévoles j'ai besoin des données de {c.p(p.full)} : "
        f"{p.fr('né', 'née')} le {c.p(dob)}, numéro national {c.p(nn)}. Tu peux compléter le "
        f"formulaire avant vendredi ?",
        f"Voici les infos pour l'inscription au stage :\nNom : {c.p(p.last)}\nPrénom : {c.p(p.first)}\n"
        f"Date de naissance : {c.p(dob)}\nN° de registre national / sécu : {c.p(nn)}\nMerci !",
    ])
    return t, "national-number"


@family("fr-announcement-birthday-12", "announcement", "fr", 3)
def _(c):
    p = c.person()
    age = c.pick(["septante", "quatre-vingts", "soixante", "nonante", "cinquante"])
    t = c.pick([
        f"🎉 Joyeux anniversaire à {c.p(p.full)} qui fête ses {age} ans ce {c.pick(DAYS)} ! "
        f"Gâteau à partager à la pause de {hour(c)}.",
        f"Bienvenue à {c.p(p.first)}, {p.fr('notre nouveau collègue', 'notre nouvelle collègue')} "
        f"à l'accueil depuis lundi. N'hésitez pas à {p.fr('lui', 'lui')} montrer les locaux !",
        f"Félicitations à {c.p(p.full)} pour la naissance de sa petite-fille ! "
        f"Une carte circule au secrétariat.",
        f"Pot de départ de {c.p(p.first)} {c.p(p.last)} le {date(c)} : après "
        f"{c.num(5, 30)} ans à l'{c.pick(['asbl', 'association'])}, {p.fr('il', 'elle')} part à la retraite.",
    ])
    return t, "private-person-announcement"


@family("fr-job-ad-contact-13", "job-ad", "fr", 3)
def _(c):
    a = c.pick(ALL_FR)
    p = c.person()
    ph = c.phone(c.pick(["be", "fr"]))
    t = (f"Offre d'emploi : {a['name']} recherche un·e {c.pick(['animateur·rice', 'cuisinier·ère', 'agent·e d’accueil'])} "
         f"({c.pick(['CDD', 'mi-temps', 'temps plein'])}). "
         f"Pour toute question, contactez {c.p(p.full)}, {c.pick([p.fr('coordinateur', 'coordinatrice'), 'responsable RH', p.fr('directeur', 'directrice')])}, "
         f"sur son GSM {c.p(ph)} ou par mail à {c.p(c.email_of(p))}. Clôture des candidatures : {date(c)}.")
    return t, "contact-person-private-phone"


@family("fr-newsletter-portrait-14", "newsletter", "fr", 3)
def _(c):
    p = c.person()
    years = c.num(2, 25)
    s = [f"Portrait de bénévole : {c.p(p.full)}",
         f"Depuis {years} ans, {c.p(p.first)} donne un coup de main {c.pick(['à l’épicerie', 'au repair café', 'à l’école de devoirs'])} "
         f"tous les {c.pick(DAYS)}s.",
         c.pick([f"Retraité{p.fr('', 'e')} de la poste", f"Passionné{p.fr('', 'e')} de jardinage",
                 f"Grand{p.fr(' amateur', 'e amatrice')} de jeux de société"]) +
         f", {p.fr('il', 'elle')} habite {c.pick(['à deux rues du local', 'rue des Tilleuls', 'juste en face de l’école'])}.",
         f"« Ici, je me sens utile », nous confie-t-{p.fr('il', 'elle')}."]
    return "\n".join(s), "named-volunteer-portrait"


@family("fr-case-note-visit-15", "case-note", "fr", 3)
def _(c):
    p = c.person()
    addr = c.home_address(c.pick(["fr", "be"]))
    ph = c.phone(c.pick(["fr", "be"]))
    s = [f"Visite à domicile — {date(c)} — {c.p(p.last.upper())} {c.p(p.first)}",
         f"Adresse : {c.p(addr)}. Tél. : {c.p(ph)}.",
         c.pick(["Logement propre, chauffage insuffisant, demande d'un poêle d'appoint.",
                 "Souhaite s'inscrire aux cours de néerlandais du soir.",
                 "Problème de boîte aux lettres : courrier non reçu depuis un mois.",
                 "Besoin d'un coup de main pour le déménagement du 1er."]),
         "Suite : rappeler la semaine prochaine."]
    return "\n".join(s), "home-address-phone"


@family("fr-chat-sentence-start-16", "chat", "fr", 3)
def _(c):
    p = c.person()
    t = c.pick([
        f"{c.p(p.first)} passe demain à {hour(c)} pour récupérer les clés.",
        f"{c.p(p.first)} a dit oui pour la tombola !",
        f"{c.p(p.first)} et moi on fait la caisse samedi.",
        f"{c.p(p.first)} ne trouve plus le badge du parking, quelqu'un l'a vu ?",
        f"{c.p(p.first)} a ramené {c.num(3, 12)} cartons de livres pour la brocante.",
        f"{c.p(p.full)} a confirmé sa présence au CA.",
    ])
    return t, "first-name-sentence-start"


@family("fr-grant-report-testimonial-17", "grant-report", "fr", 3)
def _(c):
    p = c.person()
    town = c.pick(["Seraing", "Roubaix", "Anderlecht", "Vénissieux", "Jemeppe", "Tourcoing", "Forest"])
    t = (f"Extrait du rapport au bailleur — témoignage. {c.p(p.full)}, {c.num(19, 74)} ans, "
         f"habitant{p.fr('', 'e')} de {town}, participe à l'atelier {c.pick(['couture', 'vélo', 'informatique', 'cuisine'])} "
         f"depuis {c.pick(MONTHS)} : « {c.pick(['J’ai appris à réparer mon vélo', 'Je me suis fait des amis', 'J’ai trouvé un stage grâce à l’atelier'])}. » "
         f"{c.p(p.first)} est désormais {p.fr('référent', 'référente')} du groupe.")
    return t, "named-testimonial"


@family("fr-email-forward-contact-18", "email", "fr", 3)
def _(c):
    p = c.person()
    em = c.email_of(p)
    ph = c.phone()
    t = c.pick([
        f"Je te transfère les coordonnées d'un{p.fr('', 'e')} nouve{p.fr('au', 'lle')} bénévole : "
        f"{c.p(p.full)}, {c.p(em)}, {c.p(ph)}. Dispo le {c.pick(DAYS)} matin. Tu {p.fr('le', 'la')} mets dans la liste ?",
        f"---------- Message transféré ----------\nDe : {c.p(p.full)} <{c.p(em)}>\nObjet : inscription\n"
        f"Bonjour, je voudrais m'inscrire pour {c.pick(EVENTS)}. Mon numéro : {c.p(ph)}.",
    ])
    return t, "personal-email-phone"


@family("fr-other-form-19", "other", "fr", 3)
def _(c):
    p = c.person()
    t = (f"FICHE D'INSCRIPTION ATELIER\nNom : {c.p(p.last)}\nPrénom : {c.p(p.first)}\n"
         f"Date de naissance : {c.p(c.birth_date('fr'))}\nAdresse : {c.p(c.home_address())}\n"
         f"GSM : {c.p(c.phone())}\nMail : {c.p(c.email_of(p))}\n"
         f"Atelier choisi : {c.pick(['Couture', 'Vélo', 'Cuisine', 'Théâtre'])}")
    return t, "registration-form"


@family("fr-ai-request-summarise-minutes-20", "ai-request", "fr", 3)
def _(c):
    ps = c.people(3)
    t = (f"{c.pick(['Résume ce compte rendu :', 'Résume ce PV en 5 lignes :', 'Fais une synthèse de :'])}\n"
         f"« Étaient présents {c.p(ps[0].full)}, {c.p(ps[1].full)} et {c.p(ps[2].full)}. "
         f"{c.p(ps[0].first)} propose de déplacer la brocante en {c.pick(MONTHS)}. "
         f"{c.p(ps[1].first)} s'occupe des autorisations communales. "
         f"{c.p(ps[2].first)} contacte le traiteur. »")
    return t, "ai-request-minutes-names"


@family("fr-email-only-volunteer-21", "email", "fr", 3)
def _(c):
    desc = c.pick(["le seul bénévole qui a une camionnette", "la seule bénévole qui fait de la couture",
                   "le seul bénévole qui vient de Marche-en-Famenne", "la seule animatrice qui joue de l'accordéon",
                   "le seul bénévole de plus de 90 ans"])
    t = c.pick([
        f"Bonjour à tous, {c.p(desc)} ne sera plus disponible le samedi à partir de {c.pick(MONTHS)}. "
        f"Il faudra revoir l'organisation.",
        f"On pourrait demander à {c.p(desc)} de venir au salon. Je lui ai déjà envoyé un SMS, "
        f"la réponse ne devrait pas tarder.",
        f"Pour la photo dans le journal local, {c.p(desc)} est d'accord d'être cité. "
        f"Je vérifie avec la rédaction.",
    ])
    return t, "indirect-only-one"


@family("fr-rota-cleaning-22", "rota", "fr", 3)
def _(c):
    ps = c.people(4)
    weeks = [f"sem {c.num(1, 52)}" for _ in range(4)]
    lines = [f"{w} : {c.p(chat_first(p))}" for w, p in zip(weeks, ps)]
    t = "tour de menage cuisine\n" + "\n".join(lines) + "\nsi empeche echangez entre vous"
    return c.lower(t), "rota-lowercase-names"


def chat_first(p):
    return p.first


@family("fr-email-role-place-time-23", "email", "fr", 3)
def _(c):
    role, fem = c.pick([("la monitrice de l'atelier couture", 1), ("l'animateur du club d'échecs", 0),
                        ("le bénévole de l'épicerie", 0), ("la prof de yoga", 1)])
    e, il = ("e", "Elle") if fem else ("", "Il")
    place = c.pick(["à Wanze", "à Ohey", "à Fléron", "à Lasne", "à Saint-Cyr-au-Mont-d'Or"])
    when = c.pick(["du mardi", "du jeudi soir", "du samedi matin"])
    desc = f"{role} {when} {place}"
    t = c.pick([
        f"Bonjour, {c.p(desc)} m'a demandé d'être retiré{e} de la liste de diffusion et de ne plus "
        f"recevoir d'appels sur son GSM. Merci de mettre à jour le fichier.",
        f"Petite info : {c.p(desc)} a changé d'adresse, il faudra lui renvoyer sa carte de membre.",
        f"Peux-tu envoyer le planning à {c.p(desc)} ? {il} n'a pas reçu le dernier.",
    ])
    return t, "indirect-role-place-time"
