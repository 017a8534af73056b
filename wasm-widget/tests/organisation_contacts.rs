//! Organisation contact data through the public API: the classifier's
//! verdict, not only the detectors' (the filter runs inside `classify`).

use wasm_widget::{
    classify, Checker, Lang, OwnContacts, PublishedFingerprint, Verdict, Vocabulary,
};

fn texts(r: &wasm_widget::Report) -> Vec<String> {
    r.entities.iter().map(|e| e.text.clone()).collect()
}

#[test]
fn organisation_contacts_pass() {
    for (t, lang) in [
        ("Pour toute question : contact@exemple-asso.fr ou le standard au 01 23 45 67 89.", Lang::Fr),
        ("Faire un don : FR76 3000 6000 0112 3456 7890 189. Numéro vert 0800 12 34 56.", Lang::Fr),
        ("Questions? Write to volunteers@charity.org.uk or call our helpline +44 20 7946 0000.", Lang::En),
        ("Steun ons: NL91 ABNA 0417 1643 00. Onthaal: 02 512 34 56, ondernemingsnummer 0417.497.106.", Lang::Fr),
    ] {
        let r = classify(t, lang);
        assert_eq!(r.verdict, Verdict::Ok, "{t}: {:?}", texts(&r));
    }
}

#[test]
fn personal_contacts_still_refused() {
    let r = classify(
        "Standard : 01 23 45 67 89, son portable : 06 12 34 56 78, marie.dupont@jardins.org",
        Lang::Fr,
    );
    assert_eq!(r.verdict, Verdict::Never);
    assert!(texts(&r).contains(&"06 12 34 56 78".to_string()));
    assert!(texts(&r).contains(&"marie.dupont@jardins.org".to_string()));
    assert!(!texts(&r).contains(&"01 23 45 67 89".to_string()));
}

#[test]
fn own_contacts_survive_the_published_json() {
    let vocab = Vocabulary {
        association: vec!["Les Jardins Solidaires".into()],
        own_contacts: OwnContacts {
            domains: vec!["jardins-solidaires.org".into()],
            phones: vec!["+33 6 11 22 33 44".into()],
            ..OwnContacts::default()
        },
        ..Vocabulary::default()
    };
    let vocab = Vocabulary::from_json(&vocab.to_json()).expect("round trip");
    let checker = Checker::new(vocab, PublishedFingerprint::empty());
    let own = "Appelez la coordinatrice au 06 11 22 33 44 ou écrivez à benevolat.lyon@jardins-solidaires.org.";
    assert_eq!(checker.classify(own, Lang::Fr).verdict, Verdict::Ok);
    assert_eq!(
        classify(own, Lang::Fr).verdict,
        Verdict::Never,
        "unknown without the vocabulary"
    );
    let other = "Écrivez à paul.martin@jardins-solidaires.org.";
    assert_eq!(checker.classify(other, Lang::Fr).verdict, Verdict::Never);
}

/// A pseudonymised text is judged as its original was: the code that
/// replaced a personal number still closes the window of the account for
/// donations after it, so the re-check does not suddenly read "her mobile"
/// as the account's owner.
#[test]
fn pseudonymised_text_keeps_the_organisation_reading() {
    for (t, lang) in [
        (
            "Tu peux joindre Karim sur son portable 06 12 34 56 78 et pour faire un don FR76 3000 6000 0112 3456 7890 189",
            Lang::Fr,
        ),
        (
            "Sa ligne directe est le 0475 12 34 56 ; les dons vont sur BE71 0961 2345 6769.",
            Lang::Fr,
        ),
        (
            "Call Amaka on her mobile +44 7700 900123 or, to donate, use GB29 NWBK 6016 1331 9268 19",
            Lang::En,
        ),
        (
            "Bel Sanne op haar gsm 0475 12 34 56, steun ons via NL91 ABNA 0417 1643 00",
            Lang::Nl,
        ),
        (
            "Mail Joris op zijn privé-adres joris.peeters@telenet.be, giften op BE71 0961 2345 6769",
            Lang::Nl,
        ),
    ] {
        let r = classify(t, lang);
        assert_eq!(r.verdict, Verdict::Never, "{t}");
        assert!(
            !texts(&r).iter().any(|x| x.contains("0961") || x.contains("NWBK") || x.contains("ABNA") || x.contains("3000 6000")),
            "{t}: the account for donations is the organisation's: {:?}",
            texts(&r)
        );
        let again = classify(&r.pseudonymised, lang);
        assert_eq!(
            again.verdict,
            Verdict::Ok,
            "{}: {:?}",
            r.pseudonymised,
            texts(&again)
        );
    }
}
