//! Behaviour of the public API on hand-picked cases: validation rules,
//! context rules, vocabulary, published fingerprint, pseudonymisation and
//! the JSON wire format.

mod common;

use wasm_widget::{
    classify, Category, Checker, EntityType, Lang, PublishedFingerprint, SecretIndex, Verdict,
    Vocabulary,
};

fn types(text: &str) -> Vec<&'static str> {
    classify(text, Lang::Fr)
        .entities
        .iter()
        .map(|e| e.kind.as_str())
        .collect()
}

#[test]
fn checksums_decide_identifiers() {
    assert_eq!(types("IBAN FR14 2004 1010 0505 0001 3M02 606"), ["IBAN"]);
    assert!(types("IBAN FR14 2004 1010 0505 0001 3M02 607").is_empty());
    assert_eq!(types("NIR 1 85 05 78 006 084 91"), ["NIR"]);
    assert!(types("NIR 1 85 05 78 006 084 92").is_empty());
    assert_eq!(types("RN 03.02.14-271.94"), ["BE_NRN"]);
    assert!(types("RN 03.02.14-271.95").is_empty());
    assert_eq!(types("carte 4970 5260 1815 9089"), ["CARD"]);
    assert!(types("commande 4970 5260 1815 9088").is_empty());
}

#[test]
fn context_separates_people_from_topics() {
    let a = classify("Mme Martin est diabétique.", Lang::Fr);
    assert_eq!(a.category, Category::Sensitive);
    let b = classify(
        "Atelier de prévention du diabète ouvert à tous le jeudi.",
        Lang::Fr,
    );
    assert_eq!(b.category, Category::Public);
    let c = classify("Our volunteer told us he is HIV positive.", Lang::En);
    assert_eq!(c.category, Category::Sensitive);
    assert!(c.entities.iter().any(|e| e.kind == EntityType::Health));
}

#[test]
fn grey_zone_goes_to_the_stricter_side() {
    let r = classify(
        "Nos bénéficiaires sont majoritairement des femmes de 30-45 ans.",
        Lang::Fr,
    );
    assert!(r.grey);
    assert_eq!(r.verdict, Verdict::Never);
    assert_eq!(r.category, Category::Personal);
}

#[test]
fn vocabulary_public_names_and_secrets() {
    let vocab = Vocabulary {
        association: vec!["Les Jardins Solidaires".into()],
        public_names: vec!["Rose Dupuis".into()],
        secrets: SecretIndex::build(&["Opération Tournesol"], "s"),
        ..Vocabulary::default()
    };
    let checker = Checker::new(vocab, PublishedFingerprint::empty());
    assert_eq!(
        checker
            .classify("Le prix Rose Dupuis sera remis samedi.", Lang::Fr)
            .category,
        Category::Public
    );
    let r = checker.classify("Point sur l'OPERATION TOURNESOL demain.", Lang::Fr);
    assert_eq!(r.category, Category::Sensitive);
    assert_eq!(r.entities[0].kind, EntityType::Strategic);
    assert_eq!(r.entities[0].text, "OPERATION TOURNESOL");
}

#[test]
fn published_text_is_category_one() {
    let checker = common::checker();
    let r = checker.classify(
        "Reformule : Nos ateliers de jardinage sont ouverts à toutes et à tous, sans inscription préalable.",
        Lang::Fr,
    );
    assert_eq!(r.category, Category::Published);
    assert!(r.published_ratio > 0.6);
    let mixed = checker.classify(
        "Nos ateliers de jardinage sont ouverts à toutes et à tous, sans inscription préalable. Mme Girard est enceinte.",
        Lang::Fr,
    );
    assert_eq!(mixed.category, Category::Sensitive);
}

#[test]
fn pseudonymisation_is_stable_and_localised() {
    let t = "Jean Dupont (jean.dupont@gmail.com) et Jean Dupont encore ; Dupont rappelle au 06 12 34 56 78.";
    let fr = classify(t, Lang::Fr);
    assert_eq!(
        fr.pseudonymised,
        "Personne_001 (contact_001@exemple.invalid) et Personne_001 encore ; Personne_001 rappelle au Téléphone_001."
    );
    let en = classify(t, Lang::En);
    assert!(en
        .pseudonymised
        .starts_with("Person_001 (contact_001@example.invalid)"));
    assert!(en.entities[0].reason.starts_with("Person's name"));
}

#[test]
fn json_wire_format() {
    let r = classify("Appelez Léa au 06 12 34 56 78 🌱", Lang::Fr);
    let v: serde_json::Value = serde_json::from_str(&r.to_json()).expect("valid JSON");
    assert_eq!(v["category"], 3);
    assert_eq!(v["verdict"], "never");
    assert_eq!(v["grey"], false);
    let e = &v["entities"][0];
    assert_eq!(e["type"], "PERSON");
    assert_eq!(e["text"], "Léa");
    for k in ["start", "end", "start_utf16", "end_utf16", "reason"] {
        assert!(!e[k].is_null(), "missing {k}");
    }
    for t in EntityType::ALL {
        assert_eq!(EntityType::parse(t.as_str()), Some(t));
    }
}

#[test]
fn template_placeholders_are_not_data() {
    let checker = Checker::default();
    let t = "Rédige un post pour [réseau] annonçant l'événement du {{date}} avec [Prénom Nom].";
    assert_eq!(checker.lint_template(t, Lang::Fr).verdict, Verdict::Ok);
    assert_eq!(
        checker
            .lint_template("Écris à Jean Dupont pour [objet].", Lang::Fr)
            .verdict,
        Verdict::Never
    );
}

/// Someone singled out by a unique description is one person: a fact of
/// article 9 said of them makes the text category 4, in each language,
/// while the description alone stays category 3.
#[test]
fn a_person_singled_out_by_a_description_carries_their_sensitive_facts() {
    for t in [
        "Notre plus ancienne adhérente a fait une fausse couche.",
        "La plus jeune de nos bénévoles a rechuté cet hiver.",
        "Our oldest volunteer is back in rehab.",
        "de chauffeur van dinsdag drinkt weer",
        "Onze oudste vrijwilligster heeft kanker.",
    ] {
        assert_eq!(classify(t, Lang::Fr).category, Category::Sensitive, "{t}");
    }
    for t in [
        "Notre plus ancienne adhérente fête ses 90 ans samedi.",
        "de chauffeur van dinsdag komt wat later",
    ] {
        assert_eq!(classify(t, Lang::Fr).category, Category::Personal, "{t}");
    }
}
