"""French, category 2: public and harmless (many hard negatives)."""

from common import family
from public import (ASSOCS_FR, ASSOCS_BE, HOTLINES_FR, HOTLINES_BE, ROLE_BOXES_FR,
                    PLACES_FR, AUTHORS, QUOTES_FR, POLITICIANS, ATHLETES)

ALL_FR = ASSOCS_FR + ASSOCS_BE
EVENTS = ["la fête de quartier", "la bourse aux vêtements", "le repair café",
          "la journée portes ouvertes", "le souper annuel", "la brocante solidaire",
          "l'atelier cuisine du monde", "le ciné-débat", "la marche parrainée",
          "le goûter des familles"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "septembre",
          "octobre", "novembre", "décembre"]


def date(c):
    return f"{c.pick(DAYS)} {c.num(1, 28)} {c.pick(MONTHS)}"


def hour(c):
    return c.pick(["9h", "9h30", "10h", "14h", "14h30", "18h", "19h30", "20h"])


def ident(a):
    return a.get("siret") or a.get("bce")


@family("fr-email-rolebox-01", "email", "fr", 2)
def _(c):
    a = c.pick(ALL_FR)
    box = c.pick(ROLE_BOXES_FR)
    ev = c.pick(EVENTS)
    s = [c.pick(["Bonjour à toutes et à tous,", "Chers partenaires,", "Bonjour,"]),
         f"Les inscriptions pour {ev} du {date(c)} sont ouvertes.",
         f"Merci d'écrire à {box}@{a['dom']} ou d'appeler le standard au {a['tel']} "
         f"({c.pick(['du lundi au vendredi', 'en semaine', 'de 9h à 17h'])}).",
         c.pick(["Les places sont limitées à 40 personnes.",
                 "L'entrée est gratuite pour les membres.",
                 f"Une participation de {c.num(2, 8)} € est demandée."]),
         f"Bien à vous,\nL'équipe {c.pick(['accueil', 'communication', 'de coordination'])} "
         f"de {a['name']}"]
    return "\n".join(s), "role-mailbox"


@family("fr-announcement-place-02", "announcement", "fr", 2)
def _(c):
    pl = c.pick(PLACES_FR)
    ev = c.pick(EVENTS)
    a = c.pick(ALL_FR)
    v = c.num(0, 2)
    if v == 0:
        t = (f"{ev[0].upper() + ev[1:]} aura lieu le {date(c)} à {hour(c)} dans {pl}. "
             f"Entrée libre, bar et petite restauration sur place. Infos : {a['tel']}.")
    elif v == 1:
        t = (f"ATTENTION CHANGEMENT DE LIEU : cette année, {ev} se déplace dans {pl}. "
             f"L'accès se fait par l'entrée latérale. Les horaires ne changent pas ({hour(c)}). "
             f"Plus d'infos sur {a['dom']}.")
    else:
        t = (f"Rendez-vous {date(c)} dans {pl} pour {ev} ! Venez en famille. "
             f"Parking gratuit à 200 m. Accessible aux personnes à mobilité réduite.")
    return t, "place-named-after-person"


@family("fr-newsletter-author-03", "newsletter", "fr", 2)
def _(c):
    au = c.pick(AUTHORS)
    q = c.pick(QUOTES_FR)
    t = c.pick([
        f"Club de lecture : ce mois-ci, nous lisons {au}. Rendez-vous le {date(c)} "
        f"à la bibliothèque. Comme le disait un grand auteur, {q} Apportez vos annotations !",
        f"Le mot du mois. {q} Cette phrase a inspiré notre thème de l'année. "
        f"Le {date(c)}, une lecture de textes de {au} sera proposée par la troupe du quartier. "
        f"Gratuit, sur réservation.",
        f"Dans notre sélection de la rentrée : trois livres de {au}, disponibles à "
        f"l'emprunt à l'accueil. {c.pick(['Nouveauté', 'Coup de cœur'])} de l'équipe : "
        f"une biographie de {c.pick(AUTHORS)}. Bonne lecture à toutes et à tous !",
    ])
    return t, "public-figure-author"


@family("fr-minutes-budget-04", "minutes", "fr", 2)
def _(c):
    a = c.pick(ALL_FR)
    n, tot = c.num(6, 11), 12
    bud = c.num(180, 920) * 1000
    s = [f"Procès-verbal du conseil d'administration de {a['name']} — {date(c)}.",
         f"Présents : {n} administrateurs sur {tot}. Le quorum est atteint.",
         f"1. Le bureau vote le budget {c.pick(['2025', '2026'])} ({bud:,} €) "
         f"à l'unanimité.".replace(",", " "),
         f"2. Trésorerie : le solde est conforme au rapport annuel publié en {c.pick(MONTHS)}.",
         c.pick(["3. La parole est donnée aux membres pour les questions diverses : aucune.",
                 "3. Le point sur la nouvelle affiche est reporté.",
                 "3. Le CA prend acte du calendrier des activités publié sur le site."]),
         f"Prochaine réunion le {date(c)} à {hour(c)}."]
    return "\n".join(s), "risky-word-neutral"


@family("fr-ai-request-table-05", "ai-request", "fr", 2)
def _(c):
    a = c.pick(ALL_FR)
    rows = c.sample(["Accueil | lundi-vendredi | 9h-12h", "Permanence sociale | mardi | 14h-17h",
                     "Atelier Français | mercredi | 10h-12h", "Repair café | samedi | 10h-13h",
                     "Bibliothèque | jeudi | 15h-18h", "Épicerie solidaire | vendredi | 13h-16h"], 4)
    verb = c.pick(["Convertis ce tableau en liste à puces", "Transforme ce tableau en liste",
                   "Mets ce tableau sous forme de phrases", "Convertis ce tableau en liste"])
    t = (f"{verb} pour l'affiche de l'entrée :\nActivité | Jour | Horaire\n"
         + "\n".join(rows)
         + f"\nAjoute en bas : « Contact : {c.pick(ROLE_BOXES_FR)}@{a['dom']} – {a['tel']} ».")
    return t, "ai-request-neutral"


@family("fr-email-donation-iban-06", "email", "fr", 2)
def _(c):
    a = c.pick(ALL_FR)
    t = c.pick([
        f"Objet : Merci pour votre soutien\nMadame, Monsieur,\nGrâce à vous, {a['name']} a pu "
        f"financer {c.num(12, 90)} paniers ce trimestre. Pour renouveler votre don : IBAN "
        f"{a['iban']}, communication « DON {c.num(2024, 2026)} ». {ident(a)}. "
        f"Une attestation fiscale vous sera envoyée en {c.pick(MONTHS)}.",
        f"Vous souhaitez nous aider ? Faites un virement sur le compte de l'{a['kind']} : "
        f"{a['iban']}. Les dons à partir de 40 € sont déductibles. Nos coordonnées : "
        f"{a['addr']}, {ident(a)}, tél. {a['tel']}.",
        f"Petit rappel pour la page « Nous soutenir » du site : le numéro de compte à afficher "
        f"est {a['iban']} et l'adresse officielle reste {a['addr']}. Merci de vérifier "
        f"aussi le {ident(a)} dans le pied de page.",
    ])
    return t, "assoc-iban-and-registration"


@family("fr-chat-hotline-07", "chat", "fr", 2)
def _(c):
    hl = c.pick(HOTLINES_FR + HOTLINES_BE)
    t = c.pick([
        f"Pensez à afficher {hl} à l'accueil, l'ancienne affiche est tombée.",
        f"Quelqu'un sait si {hl} est gratuit depuis un GSM ? Oui c'est gratuit.",
        f"J'ai remis les flyers avec {hl} sur la table du hall.",
        f"Pour la formation de jeudi on présente {hl} et le site du CPAS.",
        f"Le numéro {hl.replace('le ', '')} est aussi au dos de la carte de membre.",
        f"Dans le kit d'accueil il manque la fiche avec {hl}, je la réimprime.",
    ])
    if c.chance(0.6):
        t = c.lower(t).rstrip(".")
    return t, "national-hotline"


@family("fr-job-ad-08", "job-ad", "fr", 2)
def _(c):
    a = c.pick(ALL_FR)
    job = c.pick(["un·e animateur·rice socioculturel·le", "un·e assistant·e social·e",
                  "un·e chargé·e de communication", "un·e coordinateur·rice de bénévoles",
                  "un·e comptable à mi-temps", "un·e formateur·rice FLE"])
    contract = c.pick(["CDI temps plein", "CDD de 12 mois", "mi-temps (19h/semaine)",
                       "contrat APE", "temps plein, barème CP 329.02"])
    s = [f"{a['name']} ({a['kind']}, fondée en {a['founded']}) recrute {job}.",
         f"Contrat : {contract}. Entrée en fonction : {c.pick(MONTHS)}.",
         c.pick(["Profil : expérience en milieu associatif, permis B souhaité.",
                 "Vous aimez le travail en équipe et le contact avec le public.",
                 "Une connaissance du néerlandais est un atout."]),
         f"CV et lettre de motivation à jobs@{a['dom']} avant le {date(c)}.",
         f"Lieu de travail : {a['addr']}."]
    return "\n".join(s), "job-ad-assoc"


@family("fr-grant-report-aggregate-09", "grant-report", "fr", 2)
def _(c):
    a = c.pick(ASSOCS_FR)
    y = c.num(2021, 2024)
    n1, n2, p = c.num(150, 1400), c.num(20, 300), c.num(40, 78)
    t = c.pick([
        f"Comme indiqué dans notre rapport annuel {y}, {n1} personnes ont été accueillies, "
        f"dont {p} % de femmes. {n2} ateliers collectifs ont été organisés. Ces chiffres "
        f"sont publics et disponibles sur {a['dom']}.",
        f"Bilan {y} (extrait du rapport d'activité publié) : {n1} ménages accompagnés, "
        f"{n2} bénévoles actifs, {p} % des participants orientés vers un partenaire. "
        f"Le Département reste notre premier financeur.",
        f"Indicateurs agrégés, rapport annuel {y} : taux de fréquentation en hausse de "
        f"{c.num(3, 25)} %, {n2} permanences tenues, {n1} appels reçus au standard "
        f"({a['tel']}).",
    ])
    return t, "aggregate-figures-published"


@family("fr-newsletter-official-10", "newsletter", "fr", 2)
def _(c):
    name, role = c.pick(POLITICIANS)
    pl = c.pick(PLACES_FR)
    t = c.pick([
        f"Retour en images : {name}, {role}, a inauguré {pl} rénovée le {date(c)}. "
        f"Dans son discours, il a été question de la place des associations dans la ville. "
        f"Merci aux habitants venus nombreux !",
        f"Actualité politique : {role}, {name}, a annoncé un plan pour l'accès au logement. "
        f"Notre fédération publiera une analyse la semaine prochaine. Les réactions sont "
        f"attendues lors du débat public dans {pl}.",
        f"La visite de {name} ({role}) dans nos locaux a été l'occasion de présenter nos "
        f"ateliers. La presse locale en a parlé dans son édition du {date(c)}.",
    ])
    return t, "public-figure-official"


@family("fr-announcement-athlete-11", "announcement", "fr", 2)
def _(c):
    ath = c.pick(ATHLETES)
    t = c.pick([
        f"{ath} soutient la campagne « Tous au sport » ! Le {date(c)}, tournoi ouvert à "
        f"tous les jeunes de 10 à 16 ans. Inscriptions gratuites à l'accueil.",
        f"Grâce à la fondation de {ath}, dix ballons et des maillots ont été offerts au "
        f"club de quartier. Une séance photo est prévue {c.pick(DAYS)} à {hour(c)}.",
        f"Comme {ath} dans le clip de la campagne, venez dire non au harcèlement : "
        f"grande marche le {date(c)}, départ place Jean Jaurès.",
    ])
    return t, "public-figure-athlete"


@family("fr-case-note-pseudo-12", "case-note", "fr", 2)
def _(c):
    pid = f"{c.pick(['Bénéficiaire', 'Personne', 'Usager'])}_{c.num(1, 99):03d}"
    t = c.pick([
        f"{date(c).capitalize()} — {pid} est passé·e à l'accueil pour retirer son colis. "
        f"Prochain rendez-vous fixé dans deux semaines. Aucune autre demande.",
        f"Suivi {pid} : dossier d'inscription à l'atelier informatique complété. "
        f"Contact de suivi : contact_{c.num(1, 40):03d}@exemple.invalid. Statut : en attente de place.",
        f"Note : {pid} souhaite participer à la sortie au musée du {date(c)}. "
        f"Inscription validée, transport en bus prévu par l'{c.pick(['asbl', 'association'])}.",
    ])
    return t, "pseudonymised-harmless"


@family("fr-rota-pseudo-13", "rota", "fr", 2)
def _(c):
    k = c.num(3, 5)
    ids = c.sample(range(1, 60), k * 2)
    lines = [f"{d.capitalize()} : Personne_{ids[i]:03d} + Personne_{ids[i + k]:03d}"
             for i, d in enumerate(c.sample(DAYS, k))]
    t = (f"Planning permanence accueil — semaine {c.num(2, 50)} (version anonymisée pour "
         f"le rapport)\n" + "\n".join(lines) + "\nRemplacements : voir le tableau partagé.")
    return t, "pseudonymised-rota"


@family("fr-email-parole-14", "email", "fr", 2)
def _(c):
    a = c.pick(ALL_FR)
    pl = c.pick(PLACES_FR)
    s = [c.pick(["Chers membres,", "Bonjour à tous,"]),
         f"L'assemblée générale de {a['name']} aura lieu le {date(c)} dans {pl}.",
         c.pick(["Chaque membre pourra prendre la parole pendant trois minutes.",
                 "Les membres qui souhaitent prendre la parole sont invités à s'inscrire.",
                 "La présidence ouvrira la séance, puis la parole sera donnée à la salle."]),
         f"Le bureau présentera les comptes {c.num(2023, 2025)}, déjà approuvés par le réviseur.",
         f"Procurations à envoyer à secretariat@{a['dom']}."]
    return " ".join(s), "risky-word-neutral"


@family("fr-other-capitals-15", "other", "fr", 2)
def _(c):
    t = c.pick([
        "Procédure Fermeture Des Locaux\n1. Éteindre le Chauffage et les Lumières.\n"
        "2. Vérifier la Porte Arrière (Cour).\n3. Activer l'Alarme (code affiché au Bureau).\n"
        "4. Déposer les Clés dans la Boîte Aux Lettres.",
        f"Rappel : Octobre Rose — stand d'information {c.pick(DAYS)} devant La Poste, "
        f"avec la Croix-Rouge et les Restos du Cœur. Merci de porter le T-shirt Rose.",
        f"Inventaire Cuisine : {c.num(12, 40)} Assiettes, {c.num(8, 30)} Verres, "
        f"2 Marmites, 1 Friteuse (HS). Commande Colruyt prévue {c.pick(DAYS)}.",
        "Consignes Saint-Nicolas : Accueil des Enfants à 14h, Goûter à 15h, Photo avec "
        "le Grand Saint à 16h. Prévoir Mandarines et Spéculoos.",
        f"Check-list Sortie Mer : Crème Solaire, Trousse de Secours, Gilets Fluo, "
        f"Liste des Numéros d'Urgence (112, 107). Départ Gare du Midi à {hour(c)}.",
        f"Note Interne Réunion Équipe : Nouvelle Imprimante au Premier Étage, "
        f"Salle Bleue réservée le {date(c)}, Wifi « Invités » changé.",
    ])
    return t, "capitalised-ordinary-words"


@family("fr-announcement-founding-16", "announcement", "fr", 2)
def _(c):
    a = c.pick(ALL_FR)
    y = int(a["founded"])
    age = 2025 - y
    t = c.pick([
        f"{a['name']} fête ses {age} ans ! Fondée en {y} par un groupe d'habitants, "
        f"l'{a['kind']} vous invite le {date(c)} au {a['addr']}. Programme : expo photos, "
        f"concert, verre de l'amitié.",
        f"Depuis {y}, {a['name']} accompagne les habitants du quartier. Pour marquer cet "
        f"anniversaire, nous publions un livret souvenir. Commandes : contact@{a['dom']}.",
        f"Le saviez-vous ? Notre {a['kind']} a été créée le {c.num(1, 28)} {c.pick(MONTHS)} "
        f"{y}. {ident(a)}. Siège : {a['addr']}.",
    ])
    return t, "founding-date"


@family("fr-ai-request-public-mail-17", "ai-request", "fr", 2)
def _(c):
    a = c.pick(ALL_FR)
    ev = c.pick(EVENTS)
    t = c.pick([
        f"Rédige un mail à nos partenaires pour annoncer {ev} du {date(c)}. Ton chaleureux, "
        f"5 lignes maximum, termine par nos coordonnées : {a['tel']}, info@{a['dom']}.",
        f"Écris un post Facebook pour {ev}. Mentionne que l'entrée est libre, que c'est "
        f"dans {c.pick(PLACES_FR)} et ajoute trois émojis.",
        f"Peux-tu corriger les fautes de cette affiche ? « {ev.upper()} – le {date(c)} – "
        f"tout public – renseignements a l'acceuil ou au {a['tel']} »",
        f"Propose trois titres accrocheurs pour la newsletter de {a['name']} qui annonce "
        f"{ev} et le nouvel horaire de l'accueil.",
    ])
    return t, "ai-request-public"


@family("fr-chat-logistics-18", "chat", "fr", 2)
def _(c):
    pl = c.pick(PLACES_FR)
    t = c.pick([
        f"qqn peut ouvrir {pl} demain {hour(c)}? les cles sont a l'accueil",
        f"la camionnette est garee rue Victor Hugo, le plein est fait",
        f"dispo pour porter les tables vers {pl} vers {hour(c)}?",
        f"ok pour moi, je prends les flyers et le rollup",
        f"reunion deplacee a {hour(c)}, meme salle",
        f"il reste {c.num(3, 30)} colis, on fait quoi du surplus? on appelle la banque alimentaire?",
        f"wifi en panne au 1er, j'ai appele le prestataire",
        f"mdr la machine a cafe a encore rendu l'ame",
    ])
    return c.lower(t), "chat-no-person"


@family("fr-minutes-public-19", "minutes", "fr", 2)
def _(c):
    pl = c.pick(PLACES_FR)
    s = [f"Compte rendu de la réunion d'équipe du {date(c)}",
         f"Présents : {c.num(5, 14)} personnes (équipe salariée et bénévoles). Excusés : {c.num(1, 4)}.",
         f"- L'AG se tiendra dans {pl}.",
         c.pick(["- Le nouveau logo est validé.", "- La commune prête des barrières Nadar.",
                 "- Le CPAS confirme la convention pour l'épicerie sociale."]),
         f"- Budget fête : {c.num(800, 4000)} € (prévu au budget voté).",
         c.pick(["- Prochain point : horaire d'été.", "- Divers : penser à commander les badges."])]
    return "\n".join(s), "minutes-no-names"


@family("fr-newsletter-events-20", "newsletter", "fr", 2)
def _(c):
    a = c.pick(ALL_FR)
    evs = c.sample(EVENTS, 3)
    lines = [f"• {e[0].upper() + e[1:]} : {date(c)}, {hour(c)}" for e in evs]
    t = (f"La Lettre de {a['name']} — n° {c.num(20, 140)}\nAu programme ce trimestre :\n"
         + "\n".join(lines)
         + f"\nAccueil : {a['addr']} — {a['tel']} — accueil@{a['dom']}\n"
         + c.pick(["Pour vous désinscrire, répondez STOP.", "Suivez-nous sur les réseaux !"]))
    return t, "newsletter-public-events"


@family("fr-job-ad-volunteer-21", "job-ad", "fr", 2)
def _(c):
    a = c.pick(ALL_FR)
    role = c.pick(["bénévoles pour la distribution alimentaire", "un·e bénévole pour l'école de devoirs",
                   "des chauffeurs bénévoles (permis B)", "des bénévoles pour le repair café",
                   "une personne pour tenir le bar lors de nos événements"])
    t = c.pick([
        f"Appel à bénévoles ! {a['name']} cherche {role}. Quelques heures par semaine suffisent. "
        f"Écrivez à benevolat@{a['dom']} ou passez nous voir au {a['addr']}.",
        f"On recrute {role} 🙌 Pas besoin d'expérience, une formation est prévue le {date(c)}. "
        f"Renseignements : {a['tel']} (standard).",
        f"Vous avez du temps libre ? Rejoignez-nous : nous cherchons {role}. "
        f"Assurance prise en charge par l'{a['kind']}. Contact : benevolat@{a['dom']}.",
    ])
    return t, "volunteer-call-role-mailbox"


@family("fr-email-invoice-22", "email", "fr", 2)
def _(c):
    a = c.pick(ALL_FR)
    inv = f"{c.num(2023, 2025)}-{c.num(10, 480):03d}"
    t = c.pick([
        f"Bonjour,\nCi-joint la facture n° {inv} du traiteur pour la fête ({c.num(300, 2500)} €). "
        f"La trésorerie l'a validée. Paiement depuis le compte de l'{a['kind']} {a['iban']}, "
        f"échéance à 30 jours.\nLe service comptabilité",
        f"Bonjour, la trésorerie signale que la facture {inv} (location de chaises) a été "
        f"payée deux fois. Le fournisseur rembourse sur notre compte {a['iban']}. Merci de "
        f"classer l'avoir avec les pièces du trimestre.",
        f"Pour la clôture : toutes les factures {c.num(2023, 2025)} doivent être encodées avant "
        f"le {date(c)}. Mentionnez toujours le {ident(a)} sur les bons de commande.",
    ])
    return t, "treasury-invoice"


@family("fr-other-faq-23", "other", "fr", 2)
def _(c):
    a = c.pick(ALL_FR)
    hl = c.pick(HOTLINES_FR + HOTLINES_BE)
    t = (f"FAQ — {a['name']}\nQ : Comment s'inscrire aux ateliers ?\nR : Sur place au {a['addr']} "
         f"ou par mail à {c.pick(['info', 'accueil', 'contact'])}@{a['dom']}.\n"
         f"Q : Je suis en difficulté, qui appeler le soir ?\nR : Appelez {hl}, gratuit et anonyme.\n"
         f"Q : Peut-on faire un don ?\nR : Oui, sur le compte {a['iban']}.")
    return t, "faq-public-contacts"


@family("fr-grant-report-activities-24", "grant-report", "fr", 2)
def _(c):
    a = c.pick(ASSOCS_BE)
    n = c.pick(["septante-deux", "nonante", "septante", "quatre-vingt-six", "nonante-trois"])
    s = [f"Rapport d'activités {c.num(2022, 2024)} — {a['name']} {a['kind']} ({a['bce']}).",
         f"Au cours de l'année, {n} ateliers ont été organisés en partenariat avec la commune et le CPAS.",
         f"La fréquentation moyenne est de {c.num(8, 25)} participants par séance.",
         c.pick(["Ces résultats figurent dans le rapport annuel approuvé par l'AG.",
                 "Les chiffres détaillés sont publiés sur notre site.",
                 "Les données sont agrégées et ne permettent pas d'identifier les participants."]),
         f"Subside Fédération Wallonie-Bruxelles : {c.num(15, 60)} 000 € (reconduit)."]
    return " ".join(s), "aggregate-figures-published"


@family("fr-ai-request-summary-public-25", "ai-request", "fr", 2)
def _(c):
    a = c.pick(ALL_FR)
    t = (f"{c.pick(['Résume ce compte rendu :', 'Fais un résumé en 3 points :', 'Résume en deux phrases :'])}\n"
         f"« Réunion du comité du {date(c)}. {c.num(6, 12)} membres présents. Le comité "
         f"approuve le calendrier : {c.pick(EVENTS)} en {c.pick(MONTHS)}, {c.pick(EVENTS)} en "
         f"{c.pick(MONTHS)}. Le bureau vote l'achat d'un vidéoprojecteur ({c.num(300, 900)} €). "
         f"Le site {a['dom']} sera mis à jour. »")
    return t, "ai-request-summary-no-names"


@family("fr-email-partner-public-26", "email", "fr", 2)
def _(c):
    a = c.pick(ASSOCS_BE + ASSOCS_FR)
    partner = c.pick(["la commune d'Ixelles", "le CPAS de Liège", "la Ville de Lyon",
                      "la Mission locale", "la Ligue des familles", "le Département du Nord"])
    t = c.pick([
        f"Bonjour,\nComme annoncé dans notre communiqué de presse du {date(c)}, {a['name']} "
        f"signe une convention avec {partner}. Le texte est en ligne sur {a['dom']}. "
        f"Pour toute question de la presse : communication@{a['dom']}.",
        f"Bonne nouvelle, officialisée hier au conseil communal : {partner} renouvelle son "
        f"soutien pour trois ans. L'échevine l'a annoncé publiquement. On peut le relayer "
        f"sur nos réseaux.",
    ])
    return t, "public-partnership"
