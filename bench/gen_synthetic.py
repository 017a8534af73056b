#!/usr/bin/env python3
"""Generates a synthetic handbook of N pages, and the same pages as a Hugo site, for bench/run.sh.

    gen_synthetic.py N OUT_DIR [--seed 42]

writes

    OUT_DIR/handbook/   a handbook (handbook.yaml, content/charter, content/method, content/prompts)
    OUT_DIR/hugo/       a Hugo site with its own minimal theme (layouts/_default) and the same Markdown

N counts the method and prompt pages (about half each); both sites also get a home page and a
three-section charter. Every page has realistic French Markdown: headings, a list, a table, a fenced
YAML code block and internal links, all valid (handbook rejects dead links). The output depends only
on N and the seed. Python 3 standard library only.
"""

import argparse
import os
import random
import sys

TITLE = "Manuel IA des Jardins du Quartier (synthétique)"
BASE_URL = "https://ia.example.org/"
ASSOCIATION = "Les Jardins du Quartier"

CHARTER = [
    ("preambule", "Préambule"),
    ("principes", "Nos principes"),
    ("donnees-interdites", "Les données que l’on ne confie jamais"),
]

TAGS = ["communication", "redaction", "traduction", "benevolat", "subventions", "ateliers", "gouvernance", "accueil"]

SUBJECTS = [
    "L’équipe d’animation", "Chaque bénévole", "La référente données", "Le comité IA", "La coordinatrice",
    "Le conseil d’administration", "Toute personne salariée", "Le binôme d’accueil", "La personne qui rédige",
    "L’équipe du jardin partagé",
]
VERBS = [
    "vérifie", "relit", "classe", "anonymise", "documente", "signale", "partage", "prépare", "résume", "reformule",
]
OBJECTS = [
    "chaque texte produit avec une IA", "les comptes rendus de réunion", "les affiches des ateliers",
    "les dossiers de subvention", "les messages aux familles", "le planning des bénévoles",
    "les fiches de poste", "la lettre d’information mensuelle", "les réponses aux questions fréquentes",
    "les supports de formation",
]
COMPLEMENTS = [
    "avant toute publication", "en suivant la méthode des quatre catégories", "sans jamais citer une personne accueillie",
    "avec l’accord du comité", "dans un délai d’une semaine", "en gardant une trace de la demande",
    "en langage simple et accessible", "à partir des textes déjà publiés", "lors de la réunion mensuelle",
    "en cas de doute sur la catégorie d’une donnée",
]
EXTRAS = [
    "Une IA ne connaît pas notre quartier : elle devine, et se trompe souvent avec assurance.",
    "Les informations des personnes accueillies restent dans nos dossiers, jamais dans une IA publique.",
    "Un texte relu par deux personnes contient rarement une erreur grave.",
    "En cas d’incident, on prévient la référente données le jour même, sans chercher de coupable.",
    "L’objectif est de gagner du temps sur les tâches répétitives, pas de remplacer l’écoute.",
    "Nos outils approuvés figurent au registre ; les autres ne sont pas utilisés pour l’association.",
    "La sobriété compte aussi : une demande bien préparée évite dix essais inutiles.",
    "Le résultat d’une IA est un brouillon, jamais un texte définitif.",
]
HEADINGS = [
    "Pourquoi cette règle", "Les situations courantes", "Ce qu’il faut vérifier", "Les erreurs fréquentes",
    "Le rôle de chacun", "Quand demander de l’aide", "Les bons réflexes", "Ce que dit la loi",
]
PROMPT_TITLES = [
    "Rédiger une annonce d’atelier", "Résumer un compte rendu", "Traduire un message public",
    "Préparer une fiche de mission", "Structurer un bilan de subvention", "Écrire un post pour les réseaux",
    "Simplifier un texte administratif", "Proposer des idées d’animation", "Remercier des donateurs",
    "Répondre à une question fréquente",
]
METHOD_TITLES = [
    "Classer une information", "Relire un texte généré", "Choisir un outil approuvé", "Signaler un incident",
    "Protéger les personnes accueillies", "Préparer une demande", "Vérifier les faits", "Archiver une production",
    "Former un nouveau bénévole", "Évaluer un nouvel usage",
]
AUDIENCES = ["public visé", "âge des participants", "profil des bénévoles", "public de l’atelier"]
LENGTHS = ["nombre de mots", "longueur souhaitée", "nombre de lignes"]
USES = ["usage prévu", "support de diffusion", "nom du financeur", "date de l’atelier"]
TONES = ["ton souhaité", "registre de langue", "niveau de français des lecteurs"]


def sentence(rng):
    s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(COMPLEMENTS)}."
    return s if rng.random() < 0.6 else f"{s} {rng.choice(EXTRAS)}"


def paragraph(rng, n=None):
    return " ".join(sentence(rng) for _ in range(n or rng.randint(3, 5)))


def bullet_list(rng, ordered=False):
    items = []
    for i in range(rng.randint(4, 6)):
        text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(COMPLEMENTS)}"
        if rng.random() < 0.3:
            text = f"**{text}**"
        items.append(f"{i + 1}. {text} ;" if ordered else f"- {text} ;")
    items[-1] = items[-1][:-2] + "."
    return "\n".join(items)


def table(rng):
    rows = ["| Situation | Catégorie | Dans une IA ? |", "| --- | :---: | --- |"]
    for _ in range(rng.randint(4, 6)):
        cat = rng.randint(1, 4)
        obj = rng.choice(OBJECTS)
        rows.append(f"| {obj[0].upper() + obj[1:]} | {cat} | {'Oui, en vérifiant' if cat <= 2 else 'Jamais'} |")
    return "\n".join(rows)


def code_block(rng, slug):
    return "\n".join([
        "```yaml",
        f"# Fiche de suivi : {slug}",
        f"demande: \"{rng.choice(OBJECTS)}\"",
        f"categorie: {rng.randint(1, 2)}",
        f"outil: assistant-{rng.choice(['a', 'b', 'c'])}",
        "relecture:",
        f"  - par: \"{rng.choice(SUBJECTS).lower()}\"",
        f"    le: 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        f"duree_min: {rng.randint(5, 90)}",
        "```",
    ])


class Site:
    def __init__(self, n, prompts_share=0.5):
        self.n_prompts = round(n * prompts_share)
        self.n_method = n - self.n_prompts

    @staticmethod
    def method_slug(i):
        return f"page-{i:05d}"

    @staticmethod
    def prompt_slug(i):
        return f"prompt-{i:05d}"

    def links(self, rng):
        """A sentence holding three valid internal links (charter anchor, method page anchor, prompt)."""
        slug, title = rng.choice(CHARTER)
        parts = [f"la section « [{title}](/charter/#{slug}) » de la charte"]
        if self.n_method:
            m = rng.randint(1, self.n_method)
            parts.append(f"[l’exemple de la fiche {m}](/method/{self.method_slug(m)}/#exemple-de-fiche-de-suivi)")
        if self.n_prompts:
            p = rng.randint(1, self.n_prompts)
            parts.append(f"le prompt [PROMPT-{p:05d}](/prompts/{self.prompt_slug(p)}/)")
        return "Voir aussi " + ", ".join(parts) + "."


def method_body(site, rng, i):
    h1, h2 = rng.sample(HEADINGS, 2)
    return "\n\n".join([
        paragraph(rng),
        f"## {h1}",
        paragraph(rng),
        bullet_list(rng),
        f"### {rng.choice(HEADINGS)} : cas pratique",
        paragraph(rng, 3) + " " + site.links(rng),
        table(rng),
        f"## {h2}",
        paragraph(rng),
        "## Exemple de fiche de suivi",
        "La fiche ci-dessous est conservée avec le texte produit :",
        code_block(rng, site.method_slug(i)),
        "## À retenir",
        bullet_list(rng, ordered=True),
    ]) + "\n"


def prompt_body(site, rng, i):
    ph = [rng.choice(AUDIENCES), rng.choice(LENGTHS), rng.choice(USES), rng.choice(TONES)]
    return "\n\n".join([
        paragraph(rng, 2) + " " + site.links(rng),
        "## Contexte",
        f"{ASSOCIATION} est une association loi 1901 créée en [année de création], dans le quartier de [nom du quartier].",
        f"Nos activités : jardins partagés, cours de français, repair café. Notre public : [{ph[0]}].",
        "## Prompt",
        f"À partir de ce contexte et de lui seul, rédige un texte de [{ph[1]}] pour [{ph[2]}].",
        f"Le ton doit être [{ph[3]}]. N’ajoute aucune information absente du contexte.",
        "## Conseils",
        paragraph(rng, 3),
        bullet_list(rng),
        table(rng),
        "### Exemple de fiche de suivi",
        code_block(rng, site.prompt_slug(i)),
        site.links(rng),
    ]) + "\n"


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


HUGO_CONFIG = f"""baseURL = "{BASE_URL}"
languageCode = "fr"
defaultContentLanguage = "fr"
title = "{TITLE}"
disableKinds = ["RSS"]
enableRobotsTXT = true

[params]
association = "{ASSOCIATION}"

[taxonomies]
tag = "tags"

[markup.highlight]
noClasses = false
"""

HUGO_BASEOF = """<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ .Site.Title }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body>
<a class="skip" href="#main">Aller au contenu</a>
<header>
<a class="brand" href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
<nav aria-label="Sections">
<ul>
<li><a href="{{ "charter/" | relURL }}">Charte</a></li>
{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</nav>
</header>
<main id="main">
{{ block "main" . }}{{ end }}
</main>
<footer><p>{{ .Site.Params.association }}</p></footer>
</body>
</html>
"""

HUGO_SINGLE = """{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
{{ with .Description }}<p class="summary">{{ . }}</p>{{ end }}
{{ with .Params.tags }}<ul class="tags">{{ range . }}<li><a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>{{ end }}
{{ .Content }}
<nav class="pager">
{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
</nav>
</article>
{{ end }}
"""

HUGO_LIST = """{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul class="pages">
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Description }} — {{ . }}{{ end }}</li>
{{ end }}</ul>
{{ end }}
"""

CSS = "body{max-width:48rem;margin:0 auto;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}\n" \
      "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem}\n"


def generate(n, out, seed, prompts_share=0.5):
    site = Site(n, prompts_share)
    hb = os.path.join(out, "handbook")
    hg = os.path.join(out, "hugo")

    write(os.path.join(hb, "handbook.yaml"), f"""title: {yaml_str(TITLE)}
description: "Un manuel synthétique pour mesurer la vitesse de construction."
language: fr
base_url: {yaml_str(BASE_URL)}
association:
  name: {yaml_str(ASSOCIATION)}
  legal_form: "association loi 1901"
  mission: "Faire vivre l’entraide dans le quartier : jardiner ensemble, apprendre le français, réparer plutôt que jeter."
  territory: "Un quartier d’une ville moyenne."
""")
    write(os.path.join(hg, "config.toml"), HUGO_CONFIG)
    write(os.path.join(hg, "layouts", "_default", "baseof.html"), HUGO_BASEOF)
    write(os.path.join(hg, "layouts", "_default", "single.html"), HUGO_SINGLE)
    write(os.path.join(hg, "layouts", "_default", "list.html"), HUGO_LIST)
    write(os.path.join(hg, "static", "style.css"), CSS)

    rng = random.Random(seed)
    home = paragraph(rng, 3) + "\n\n" + site.links(rng) + "\n"
    write(os.path.join(hb, "content", "index.md"), home)
    write(os.path.join(hg, "content", "_index.md"), f"---\ntitle: {yaml_str(TITLE)}\n---\n{home}")

    charter_hugo = []
    for k, (slug, title) in enumerate(CHARTER, 1):
        body = paragraph(rng) + "\n\n" + bullet_list(rng) + "\n\n" + paragraph(rng) + "\n"
        write(os.path.join(hb, "content", "charter", f"{k:02d}-{slug}.md"),
              f"---\nnumber: {k}\ntitle: {yaml_str(title)}\n---\n{body}")
        charter_hugo.append(f"## {title} {{#{slug}}}\n\n{body}")
    write(os.path.join(hg, "content", "charter.md"), "---\ntitle: \"Charte\"\n---\n" + "\n".join(charter_hugo))

    write(os.path.join(hg, "content", "method", "_index.md"), "---\ntitle: \"Méthode\"\n---\n")
    for i in range(1, site.n_method + 1):
        slug = site.method_slug(i)
        title = f"{rng.choice(METHOD_TITLES)} ({i})"
        summary = sentence(rng)
        body = method_body(site, rng, i)
        write(os.path.join(hb, "content", "method", f"{slug}.md"),
              f"---\ntitle: {yaml_str(title)}\norder: {i}\nsummary: {yaml_str(summary)}\n---\n{body}")
        write(os.path.join(hg, "content", "method", f"{slug}.md"),
              f"---\ntitle: {yaml_str(title)}\nweight: {i}\ndescription: {yaml_str(summary)}\n---\n{body}")

    write(os.path.join(hg, "content", "prompts", "_index.md"), "---\ntitle: \"Prompts\"\n---\n")
    for i in range(1, site.n_prompts + 1):
        pid = f"PROMPT-{i:05d}"
        title = f"{rng.choice(PROMPT_TITLES)} ({i})"
        tags = "[" + ", ".join(rng.sample(TAGS, rng.randint(1, 3))) + "]"
        use_case = sentence(rng)
        body = prompt_body(site, rng, i)
        write(os.path.join(hb, "content", "prompts", f"{site.prompt_slug(i)}.md"),
              f"---\nid: {pid}\ntitle: {yaml_str(title)}\ntags: {tags}\nuse_case: {yaml_str(use_case)}\n---\n{body}")
        write(os.path.join(hg, "content", "prompts", f"{site.prompt_slug(i)}.md"),
              f"---\ntitle: {yaml_str(pid + ' — ' + title)}\nweight: {i}\ntags: {tags}\n"
              f"description: {yaml_str(use_case)}\n---\n{body}")
    return site


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=int, help="number of method + prompt pages")
    parser.add_argument("out", help="output folder (handbook/ and hugo/ are created in it)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--prompts-share", type=float, default=0.5,
                        help="share of the pages that are prompts (0: method pages only, 1: prompts only)")
    args = parser.parse_args()
    if args.pages < 2:
        parser.error("pages must be at least 2")
    if not 0 <= args.prompts_share <= 1:
        parser.error("--prompts-share must be between 0 and 1")
    site = generate(args.pages, args.out, args.seed, args.prompts_share)
    print(f"generated {site.n_method} method pages and {site.n_prompts} prompts in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
