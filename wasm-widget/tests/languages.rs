//! The reader's language: how a language tag is read, and what a report in
//! Dutch looks like (reasons, summary, pseudonym codes, JSON `lang`).

use wasm_widget::{classify, Category, EntityType, Lang, Verdict};

#[test]
fn language_tags_are_read_by_their_primary_subtag() {
    for (tag, lang) in [
        ("fr", Lang::Fr),
        ("fr-BE", Lang::Fr),
        ("en", Lang::En),
        ("EN_gb", Lang::En),
        ("nl", Lang::Nl),
        ("nl-BE", Lang::Nl),
        ("NL-be", Lang::Nl),
        ("nl_NL", Lang::Nl),
        (" nl ", Lang::Nl),
        // anything else answers in the default language rather than failing
        ("de", Lang::Fr),
        ("n", Lang::Fr),
        ("", Lang::Fr),
        ("ñl", Lang::Fr),
    ] {
        assert_eq!(Lang::parse(tag), lang, "{tag:?}");
    }
    for lang in [Lang::Fr, Lang::En, Lang::Nl] {
        assert_eq!(Lang::parse(lang.code()), lang);
    }
    assert_eq!(Lang::Nl.code(), "nl");
}

#[test]
fn a_dutch_report_speaks_dutch() {
    let t = "Jean Dupont (jean.dupont@gmail.com) et Jean Dupont encore ; Dupont rappelle au 06 12 34 56 78.";
    let nl = classify(t, Lang::Nl);
    let fr = classify(t, Lang::Fr);
    assert_eq!(nl.lang, Lang::Nl);
    // the language changes the words, never the verdict or the findings
    assert_eq!(nl.category, fr.category);
    assert_eq!(nl.verdict, Verdict::Never);
    assert_eq!(
        nl.entities
            .iter()
            .map(|e| (e.kind, e.start, e.end))
            .collect::<Vec<_>>(),
        fr.entities
            .iter()
            .map(|e| (e.kind, e.start, e.end))
            .collect::<Vec<_>>()
    );
    assert_eq!(nl.category, Category::Personal);
    assert!(
        nl.summary.starts_with("Categorie 3: persoonsgegevens."),
        "{}",
        nl.summary
    );
    let person = nl
        .entities
        .iter()
        .find(|e| e.kind == EntityType::Person)
        .expect("a person is found");
    assert_eq!(
        person.reason,
        "Naam van een persoon: rechtstreeks persoonsgegeven."
    );
    let email = nl
        .entities
        .iter()
        .find(|e| e.kind == EntityType::Email)
        .expect("an e-mail is found");
    assert!(email.reason.starts_with("E-mailadres"), "{}", email.reason);
    assert_eq!(
        nl.pseudonymised,
        "Persoon_001 (contact_001@voorbeeld.invalid) et Persoon_001 encore ; Persoon_001 rappelle au Telefoon_001."
    );
    let json: serde_json::Value = serde_json::from_str(&nl.to_json()).expect("valid JSON");
    assert_eq!(json["lang"], "nl");
    assert_eq!(json["summary"], nl.summary.as_str());
}

#[test]
fn dutch_summaries_for_every_verdict() {
    let ok = classify("Atelier jardinage ouvert à tous samedi à 10 h.", Lang::Nl);
    assert_eq!(ok.verdict, Verdict::Ok);
    assert!(ok.summary.starts_with("Categorie "), "{}", ok.summary);
    assert!(ok.summary.contains("Je mag"), "{}", ok.summary);
    let sensitive = classify("Mme Martin est diabétique.", Lang::Nl);
    assert_eq!(sensitive.category, Category::Sensitive);
    assert!(
        sensitive
            .summary
            .starts_with("Categorie 4: gevoelige of strategische gegevens."),
        "{}",
        sensitive.summary
    );
    let health = sensitive
        .entities
        .iter()
        .find(|e| e.kind == EntityType::Health)
        .expect("health data is found");
    assert!(health.reason.contains("(AVG art. 9)"), "{}", health.reason);
}
