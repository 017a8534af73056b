"""French, category 4: art. 9 facts about identifiable people (also pseudonymised
or small groups) and the association's strategic secrets."""

from common import family, money
from public import ASSOCS_FR, ASSOCS_BE
from fam_fr2 import date, hour, DAYS, MONTHS

ALL_FR = ASSOCS_FR + ASSOCS_BE


def health_fr(p):
    """A health fact, often without any disease keyword."""
    e = p.fr("", "e")
    return [
        "a refait une rechute le week-end dernier",
        "a recommencé à boire depuis le décès de son frère",
        f"est repart{p.fr('i', 'ie')} en cure de désintoxication pour six semaines",
        "a fait une fausse couche en début de mois",
        "est en train de perdre la vue, elle ne lit plus les plannings" if p.f else
        "est en train de perdre la vue, il ne lit plus les plannings",
        "a fait une tentative de suicide en janvier",
        f"est suivi{e} pour une dépression depuis l'automne",
        "est enceinte de quatre mois mais ne l'a encore dit à personne" if p.f else
        "attend les résultats de sa biopsie",
        f"est hospitalisé{e} en psychiatrie depuis mardi",
        "a ses séances de chimio le jeudi",
        f"a été reconnu{e} handicapé{e} à 66 % après son accident",
        "prend un traitement lourd qui le fatigue beaucoup" if not p.f else
        "prend un traitement lourd qui la fatigue beaucoup",
        "est séropositi" + p.fr("f", "ve") + ", il faut adapter les horaires de ses rendez-vous",
    ]


@family("fr-case-note-health-01", "case-note", "fr", 4)
def _(c):
    p = c.person()
    fact = c.pick(health_fr(p))
    core = [f"Suivi de {c.p(p.full)} — {date(c)}.",
            "Rendez-vous honoré, ponctuel.",
            c.pick(["Dossier logement toujours en attente.", "A rapporté les documents demandés.",
                    "Discussion sur la reprise de l'atelier cuisine."]),
            "Prochain rendez-vous dans deux semaines."]
    s = c.weave(core[1:], f"{c.p(p.first)} {c.p(fact)}.")
    return core[0] + " " + " ".join(s), "health-no-keyword"


@family("fr-chat-health-lower-02", "chat", "fr", 4)
def _(c):
    p = c.person()
    fact = c.pick(["est en cure", "a rechute", "boit de nouveau", "sort de l'hopital psy",
                   "fait une depression", "est sous methadone", "a perdu le bebe",
                   "voit presque plus rien de l'oeil droit"])
    t = c.pick([
        f"dis pas a tout le monde mais {c.p(p.first.lower())} {c.p(fact)}, elle vient plus le mardi" if p.f
        else f"dis pas a tout le monde mais {c.p(p.first.lower())} {c.p(fact)}, il vient plus le mardi",
        f"des nouvelles de {c.p(p.first.lower())}? apparemment {p.fr('il', 'elle')} {c.p(fact)}",
        f"{c.p(p.first.lower())} {c.p(fact)} donc faut le remplacer au bar" if not p.f
        else f"{c.p(p.first.lower())} {c.p(fact)} donc faut la remplacer au bar",
        f"jai eu {c.p(p.first.lower())} au tel, {c.p(fact)} on lui envoie une carte?",
    ])
    return c.lower(t), "health-chat-lowercase"


@family("fr-email-religion-03", "email", "fr", 4)
def _(c):
    p = c.person()
    fact = c.pick(["fait le Ramadan", "jeûne pour le Ramadan", "respecte le Shabbat",
                   "va à la messe tous les dimanches matin", "s'est converti" + p.fr("", "e") + " à l'islam",
                   "ne travaille pas pendant les fêtes juives", "est témoin de Jéhovah",
                   "prie à la mosquée le vendredi midi"])
    s = [f"Bonjour,\nPour le planning de {c.pick(MONTHS)} :",
         f"{c.p(p.full)} {c.p(fact)}, donc {p.fr('il', 'elle')} préfère ne pas faire les "
         f"{c.pick(['soirées', 'samedis', 'repas de midi', 'dimanches'])}.",
         f"On peut {p.fr('le', 'la')} mettre le {c.pick(DAYS)} à la place.",
         "Merci d'en tenir compte,"]
    return "\n".join(s), "religion"


@family("fr-minutes-merger-04", "minutes", "fr", 4)
def _(c):
    a = c.pick(ALL_FR)
    other = c.pick(["la Maison Ouverte", "Entraide Nord", "le Centre Horizon", "Alpha Quartier",
                    "la Ressourcerie du Canal"])
    cue = c.pick(["Ne dites rien aux autres pour l'instant.", "Entre nous, ce n'est pas encore officiel.",
                  "Il ne faut surtout pas qu'ils le sachent avant l'AG.",
                  "Confidentiel : pas un mot à l'équipe."])
    core = [f"Bureau restreint de {a['name']} — {date(c)}.",
            "Présents : présidence, trésorerie, direction.",
            f"Point 1 : projet de fusion avec {other}, rapprochement prévu pour {c.pick(MONTHS)} "
            f"{c.num(2025, 2027)}.",
            f"Point 2 : {c.pick(['le personnel sera informé plus tard', 'les subsides seraient regroupés', 'le siège déménagerait'])}.",
            "Point 3 : calendrier de communication à définir."]
    s = c.weave(core[1:], cue)
    c.p(cue)
    c.p(core[2])
    return "\n".join([core[0]] + s), "unannounced-merger"


@family("fr-email-negotiation-05", "email", "fr", 4)
def _(c):
    amt = c.num(18, 95) * 1000
    obj = c.pick(["le rachat du bâtiment", "le loyer du nouvel entrepôt", "la reprise du fonds de commerce",
                  "le contrat de nettoyage", "l'achat de la camionnette frigorifique"])
    lim = c.pick([f"on peut monter jusqu'à {amt:,} €".replace(",", " "),
                  f"notre plafond est de {amt:,} €".replace(",", " "),
                  f"on ne descend pas en dessous de {amt:,} €".replace(",", " "),
                  f"on accepte jusqu'à {amt // 1000} k€ maximum"])
    s = [f"Salut,\nPour la réunion de {c.pick(DAYS)} sur {obj} :",
         f"on ouvre à {money(amt * 7 // 10)} €, mais {c.p(lim)}.",
         c.pick(["Ne leur montre pas le budget.", "Garde ça pour toi.", "Ils ne doivent pas connaître notre marge."]),
         "À+"]
    return "\n".join(s), "negotiation-ceiling"


@family("fr-email-jobcuts-06", "email", "fr", 4)
def _(c):
    n = c.num(2, 9)
    a = c.pick(ALL_FR)
    fact = c.pick([f"nous devrons supprimer {n} postes d'ici {c.pick(MONTHS)}",
                   f"le CA a décidé de ne pas renouveler {n} CDD",
                   f"{n} licenciements sont prévus au service animation",
                   f"la fermeture de l'antenne de {c.pick(['Jumet', 'Roubaix', 'Ougrée', 'Vaulx-en-Velin'])} entraînera {n} départs"])
    s = [c.pick(["Chère direction,", "Bonjour à vous deux,"]),
         f"Suite au conseil d'hier, {c.p(fact)}.",
         c.p(c.pick(["L'équipe n'est pas encore au courant, l'annonce est prévue après les congés.",
                     "Rien ne doit sortir avant la réunion avec les syndicats.",
                     "Merci de garder ça strictement confidentiel jusqu'à l'AG."])),
         f"— {a['name']}"]
    return "\n".join(s), "unannounced-job-cuts"


@family("fr-case-note-pseudo-health-07", "case-note", "fr", 4)
def _(c):
    pid = f"{c.pick(['Bénéficiaire', 'Personne', 'Usager', 'Participant'])}_{c.num(1, 99):03d}"
    fact = c.pick(["sort de détention depuis trois semaines", "effectue des travaux d'intérêt général chez nous",
                   "a rechuté après six mois d'abstinence", "est sous bracelet électronique",
                   "est en situation irrégulière, sans titre de séjour", "a fait une tentative de suicide",
                   "est enceinte et vit seule au foyer", "suit un traitement de substitution",
                   "est en liberté conditionnelle"])
    s = [f"Note de suivi — {pid} (pseudonymisé pour le rapport).",
         f"{pid} {c.p(fact)}.",
         c.pick(["Orientation vers le service partenaire.", "Entretien calme, bonne collaboration.",
                 "À revoir en réunion d'équipe."])]
    c.p(pid)
    return " ".join(s), "pseudonymised-still-sensitive"


@family("fr-chat-justice-08", "chat", "fr", 4)
def _(c):
    p = c.person()
    fact = c.pick(["sort de prison lundi", "fait ses travaux d'interet general chez nous le samedi",
                   "est en probation, il doit pointer le mardi" if not p.f else "est en probation, elle doit pointer le mardi",
                   "a ete condamne pour vol l'an dernier" if not p.f else "a ete condamnee pour vol l'an dernier",
                   "a un bracelet electronique", "passe au tribunal correctionnel jeudi"])
    t = c.pick([
        f"info pour l'equipe: {c.p(p.first)} {c.p(fact)}, on reste discrets",
        f"tu savais que {c.p(p.full)} {c.p(fact)}?",
        f"{c.p(p.first)} {c.p(fact)} donc pas dispo pour la brocante",
    ])
    return c.lower(t), "criminal-matter"


@family("fr-ai-request-grant-09", "ai-request", "fr", 4)
def _(c):
    funder = c.pick(["la Région", "la Fondation Roi Baudouin", "le FSE", "la CAF", "la Cocof", "l'ARS"])
    amt = c.num(25, 180) * 1000
    secret = c.pick([f"Entre nous, on a gonflé un peu le poste personnel.",
                     f"Le dossier n'est pas encore déposé, ne le partage pas.",
                     f"On déposera le {date(c)} ; les autres associations du réseau ne doivent pas savoir qu'on postule.",
                     f"Notre vrai besoin est de {amt * 6 // 10:,} € mais on demande plus pour négocier.".replace(",", " ")])
    t = (f"{c.pick(['Améliore', 'Reformule', 'Rends plus convaincant'])} ce brouillon de demande de subvention "
         f"pour {funder} ({amt:,} € sur deux ans) : ".replace(",", " ")
         + f"« Notre projet vise à ouvrir une permanence du soir… » {secret}")
    c.p(secret)
    return t, "grant-not-yet-filed"


@family("fr-minutes-dispute-10", "minutes", "fr", 4)
def _(c):
    p = c.person()
    court = c.pick(["le tribunal du travail", "les prud'hommes", "le tribunal de l'entreprise",
                    "la justice de paix"])
    fact = f"l'affaire {c.p(p.full)} contre l'{c.pick(['asbl', 'association'])} devant {court}"
    s = [f"Extrait du PV du CA du {date(c)} (diffusion restreinte)",
         f"Point 4 : l'avocat fait le point sur {c.p(fact)}.",
         f"L'ancien{p.fr('', 'ne')} {c.pick(['animat' + p.fr('eur', 'rice'), 'comptable', 'coordinat' + p.fr('eur', 'rice')])} "
         f"réclame {c.num(8, 60)} 000 € d'indemnités.",
         c.p(c.pick(["Le CA accepte une transaction jusqu'à 15 000 €.",
                     "Ne pas en parler à l'équipe.",
                     "Audience fixée en " + c.pick(MONTHS) + "."]))]
    return "\n".join(s), "labour-dispute"


@family("fr-email-politics-union-11", "email", "fr", 4)
def _(c):
    p = c.person()
    fact = c.pick(["colle des affiches pour le PTB le week-end", "est membre d'Écolo",
                   "est encarté" + p.fr("", "e") + " chez LFI", "milite au Rassemblement national",
                   "est délégué" + p.fr("", "e") + " syndical" + p.fr("", "e") + " à la CGT",
                   "s'est affilié" + p.fr("", "e") + " à la FGTB le mois dernier",
                   "est candidat" + p.fr("", "e") + " sur la liste MR aux communales",
                   "distribue des tracts pour le PS au marché"])
    s = [c.pick(["Bonjour,", "Hello,"]),
         f"Je préfère te prévenir : {c.p(p.full)} {c.p(fact)}.",
         c.pick(["Ça risque de faire des remous au CA.", "Il vaut mieux ne pas le mettre au stand de la fête.",
                 "Je ne sais pas si on doit en tenir compte pour le poste."]),
         "On en parle de vive voix ?"]
    return "\n".join(s), "political-or-union"


@family("fr-grant-report-deficit-12", "grant-report", "fr", 4)
def _(c):
    a = c.pick(ALL_FR)
    d = c.num(25, 240)
    fact = c.pick([f"déficit de {d} 000 € non encore publié",
                   f"trou de trésorerie de {d} 000 € que nous n'avons pas déclaré au bailleur",
                   f"perte de {d} 000 € sur l'exercice, non présentée à l'AG"])
    s = [f"BROUILLON — NE PAS DIFFUSER — rapport financier {a['name']}",
         f"Le compte de résultat fait apparaître un {c.p(fact)}.",
         c.pick(["Nous proposons de ne pas le mentionner dans le rapport au Département.",
                 "La version publique arrondira les chiffres.",
                 "Les partenaires ne doivent pas l'apprendre avant le vote du subside."]),
         f"Chiffres définitifs attendus le {date(c)}."]
    return "\n".join(s), "unpublished-deficit"


@family("fr-case-note-undocumented-13", "case-note", "fr", 4)
def _(c):
    p = c.person(["west_african", "east_african", "maghreb", "east_european", "south_asian",
                  "latin_american", "turkish"])
    fact = c.pick(["n'a pas de titre de séjour", "est sans papiers depuis le refus de sa demande d'asile",
                   "a reçu un ordre de quitter le territoire", "vit ici sans autorisation de séjour",
                   "attend sa régularisation et travaille au noir"])
    s = [f"Permanence juridique — {date(c)}",
         f"{c.p(p.full)}, {c.num(19, 60)} ans, {c.p(fact)}.",
         c.pick(["Orienté vers un avocat pro deo.", "Demande d'aide médicale urgente à introduire au CPAS.",
                 "Hébergé chez un cousin, adresse non communiquée."]),
         "Ne pas transmettre ce dossier sans accord."]
    return "\n".join(s), "undocumented-status"


@family("fr-email-orientation-14", "email", "fr", 4)
def _(c):
    p = c.person()
    fact = c.pick(["est gay et ne veut pas que ça se sache au club",
                   "vient de faire son coming out à sa famille",
                   "est lesbienne" if p.f else "vit avec un homme depuis dix ans",
                   "est en transition et souhaite qu'on utilise un autre prénom",
                   "est bisexuel" + p.fr("", "le") + ", ses collègues l'ignorent"])
    s = [f"Coucou,\nPetit point avant l'atelier de {c.pick(DAYS)}.",
         f"{c.p(p.first)} {c.p(fact)}.",
         c.pick(["Merci d'être discrète.", "Je te le dis pour que tu évites les blagues lourdes du groupe.",
                 f"Ça explique pourquoi {p.fr('il était tendu', 'elle était tendue')} la semaine dernière."])]
    return "\n".join(s), "sexual-orientation"


@family("fr-rota-health-15", "rota", "fr", 4)
def _(c):
    ps = c.people(4)
    notes = [("pas avant 14h (dialyse)", 1), ("absent·e : chimio", 1),
             ("", 0), ("", 0), ("uniquement le matin (suivi psy)", 1), ("remplace au besoin", 0),
             ("rendez-vous au centre d'addictologie le jeudi", 1)]
    lines, sens = [], False
    for d, p in zip(c.sample(DAYS, 4), ps):
        note, is_s = c.pick(notes)
        if is_s:
            sens = True
            lines.append(f"{d} : {c.p(p.first)} — {c.p(note)}")
        else:
            lines.append(f"{d} : {c.p(p.first)}" + (f" — {note}" if note else ""))
    if not sens:
        note = c.pick(["pas avant 14h (dialyse)", "uniquement le matin (suivi psy)"])
        lines[-1] += f" — {c.p(note)}"
    return "Planning bar & accueil\n" + "\n".join(lines), "rota-with-health-notes"


@family("fr-chat-small-group-16", "chat", "fr", 4)
def _(c):
    grp = c.pick(["les 4 ados de l'atelier rap du mercredi", "les trois mamans du groupe de parole de jeudi",
                  "les deux jeunes de l'école de devoirs de Jumet", "le petit groupe du café-rencontre du lundi"])
    fact = c.pick(["sont tous suivis en psychiatrie", "sont en centre fermé pour mineurs",
                   "ont tous le VIH", "sont sortis de prison le mois dernier",
                   "sont sans papiers"])
    t = c.pick([f"pour info {grp} {fact}, soyez sympas", f"{grp} {fact} mais faut pas le dire",
                f"on adapte l'activite: {grp} {fact}"])
    c.p(grp)
    c.p(fact)
    return c.lower(t), "small-group-sensitive"
