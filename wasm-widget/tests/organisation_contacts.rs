//! Organisation contact data through the public API: the classifier's
//! verdict, not only the detectors' (the filter runs inside `classify`).

use wasm_widget::{
    classify, Checker, EntityType, Lang, OwnContacts, PublishedFingerprint, Verdict, Vocabulary,
};

fn texts(r: &wasm_widget::Report) -> Vec<String> {
    r.entities.iter().map(|e| e.text.clone()).collect()
}

fn holds(r: &wasm_widget::Report, kind: EntityType) -> bool {
    r.entities.iter().any(|e| e.kind == kind)
}

/// The pseudonymised text of `r` checks again as ok.
#[track_caller]
fn rechecks_ok(r: &wasm_widget::Report, lang: Lang) {
    let again = classify(&r.pseudonymised, lang);
    assert_eq!(
        again.verdict,
        Verdict::Ok,
        "{}: {:?}",
        r.pseudonymised,
        texts(&again)
    );
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
        rechecks_ok(&r, lang);
    }
}

/// Each one-word name becomes one code, not two words: the cue that was
/// in reach of the account before pseudonymisation still is after it.
#[test]
fn codes_do_not_push_the_cue_out_of_reach() {
    for (t, lang) in [
        ("Notre compte, que Awa, Fatou, Karim et Jan vous donneront aussi : FR76 3000 6000 0112 3456 7890 189", Lang::Fr),
        ("Our account, which Grace, Tom, Priya and Kwame can also give you: GB29 NWBK 6016 1331 9268 19", Lang::En),
        ("Onze rekening, die Sanne, Joris, Fatma en Wout je ook kunnen geven: NL91 ABNA 0417 1643 00", Lang::Nl),
    ] {
        let r = classify(t, lang);
        assert_eq!(r.verdict, Verdict::Never, "{t}");
        assert_eq!(texts(&r).len(), 4, "{t}: only the names: {:?}", texts(&r));
        rechecks_ok(&r, lang);
    }
}

/// A gift is the giver's: an account after a giver's name is theirs, in
/// the text and in its pseudonymised version alike.
#[test]
fn an_account_after_the_givers_name_is_theirs() {
    for (t, lang) in [
        (
            "Le don de Léa est arrivé via BE71 0961 2345 6769.",
            Lang::Fr,
        ),
        (
            "Pour les dons, voyez avec Awa : FR76 3000 6000 0112 3456 7890 189",
            Lang::Fr,
        ),
        (
            "Cotisations : Moussa paie depuis FR76 3000 6000 0112 3456 7890 189",
            Lang::Fr,
        ),
        (
            "The donation from Grace came from GB29 NWBK 6016 1331 9268 19",
            Lang::En,
        ),
        (
            "De gift van Sanne kwam van NL91 ABNA 0417 1643 00",
            Lang::Nl,
        ),
        // the giver named before the gift
        (
            "Awa Diallo a fait un don de 100 € par virement (BE71 0961 2345 6769).",
            Lang::Fr,
        ),
        (
            "Grace Mensah made a donation of €50 from GB29 NWBK 6016 1331 9268 19.",
            Lang::En,
        ),
        (
            "Sanne Peeters deed een gift van 20 euro via NL91 ABNA 0417 1643 00.",
            Lang::Nl,
        ),
    ] {
        let r = classify(t, lang);
        assert!(holds(&r, EntityType::Iban), "{t}: {:?}", texts(&r));
        rechecks_ok(&r, lang);
    }
    // with no name before it, the account for gifts is the association's
    let r = classify(
        "Pour les dons : FR76 3000 6000 0112 3456 7890 189. Merci !",
        Lang::Fr,
    );
    assert_eq!(r.verdict, Verdict::Ok, "{:?}", texts(&r));
}

/// A short name at the end of a sentence ends it as its code does: the
/// window before an account stops at the same place in both texts.
#[test]
fn a_short_name_ends_its_sentence() {
    for (t, lang) in [
        ("Pour faire un don, voyez avec Awa. Elle verse sur son compte BE71 0961 2345 6769 chaque mois.", Lang::Fr),
        ("To donate, speak to Tom. He pays into his account GB29 NWBK 6016 1331 9268 19 monthly.", Lang::En),
    ] {
        let r = classify(t, lang);
        assert_eq!(r.verdict, Verdict::Never, "{t}");
        assert!(texts(&r).iter().any(|x| x.starts_with("BE71") || x.starts_with("GB29")), "{t}: {:?}", texts(&r));
        rechecks_ok(&r, lang);
    }
}

/// A switchboard word or "our" before a name speaks of the organisation;
/// the number after the name is that person's.
#[test]
fn a_line_after_a_name_is_the_persons() {
    for (t, lang) in [
        ("L'accueil du mardi, c'est Awa : 06 12 34 56 78", Lang::Fr),
        (
            "Pour la permanence, appelle plutôt Karim au 0478 12 34 56.",
            Lang::Fr,
        ),
        (
            "Our front desk is closed, so ring Tom on +44 7700 900123.",
            Lang::En,
        ),
        (
            "Het onthaal is dicht, bel Sanne op 0475 12 34 56.",
            Lang::Nl,
        ),
    ] {
        let r = classify(t, lang);
        assert!(holds(&r, EntityType::Phone), "{t}: {:?}", texts(&r));
        rechecks_ok(&r, lang);
    }
    for t in [
        "Accueil : 02 512 34 56.",
        "Notre numéro : 01 23 45 67 89",
        "Onthaal: 02 512 34 56",
    ] {
        assert_eq!(classify(t, Lang::Fr).verdict, Verdict::Ok, "{t}");
    }
}

/// A newsletter's footer or a letterhead is the organisation's identity:
/// its account and its address there are not personal data, in any
/// order and with any separator; a person named in the block keeps them.
#[test]
fn the_identity_block_of_an_organisation() {
    for (t, lang) in [
        (
            "La collecte a rapporté 2 tonnes.\n\nAtelier Vélo Solidaire asbl · rue des Fripiers 14, 1000 Bruxelles · BCE 0456.789.123 · BE71 0961 2345 6769",
            Lang::Fr,
        ),
        (
            "Nos cours reprennent lundi.\n\nLa Ruche association\n3 impasse des Lilas, 35000 Rennes\nSIRET 812 345 678 00021\nIBAN FR76 3000 6000 0112 3456 7890 189",
            Lang::Fr,
        ),
        (
            "See you at the fair!\n\nRiverside Food Trust | 22 Canal Road, Leeds LS1 4AB | GB29 NWBK 6016 1331 9268 19 | hello@riverside-food.org",
            Lang::En,
        ),
        (
            "Tot zaterdag!\n\nDe Fietsbieb vzw – Kerkstraat 12, 9000 Gent – ondernemingsnummer 0478.123.654 – NL91 ABNA 0417 1643 00",
            Lang::Nl,
        ),
    ] {
        let r = classify(t, lang);
        assert_eq!(r.verdict, Verdict::Ok, "{t}: {:?}", texts(&r));
    }
    // a person in the block: the account may be theirs
    let t = "Merci !\n\nTrésorière : Awa Diallo · asbl La Ruche · BE71 0961 2345 6769";
    let r = classify(t, Lang::Fr);
    assert!(
        texts(&r).contains(&"BE71 0961 2345 6769".to_string()),
        "{:?}",
        texts(&r)
    );
    // and a paragraph apart is not the block
    let t = "Atelier Vélo Solidaire asbl, BCE 0456.789.123.\n\nRembourse-moi sur BE71 0961 2345 6769 stp.";
    let r = classify(t, Lang::Fr);
    assert_eq!(r.verdict, Verdict::Never, "{:?}", texts(&r));
}
