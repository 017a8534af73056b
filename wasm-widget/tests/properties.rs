//! Property tests: offsets are consistent in every unit, classification and
//! pseudonymisation never panic, output is deterministic, and a 10 MB input
//! completes.

mod common;

use proptest::prelude::*;
use std::sync::OnceLock;
use wasm_widget::{classify, Checker, Lang, Report};

fn shared() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(common::checker)
}

fn check_offsets(text: &str, r: &Report) {
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let mut prev_end = 0;
    for e in &r.entities {
        assert!(e.start < e.end, "empty entity {e:?}");
        assert!(e.start >= prev_end, "overlapping entities");
        prev_end = e.end;
        assert!(text.is_char_boundary(e.start_byte) && text.is_char_boundary(e.end_byte));
        let by_chars: String = text.chars().skip(e.start).take(e.end - e.start).collect();
        assert_eq!(by_chars, e.text, "char offsets");
        assert_eq!(&text[e.start_byte..e.end_byte], e.text, "byte offsets");
        let by_utf16 = String::from_utf16(&utf16[e.start_utf16..e.end_utf16])
            .expect("utf16 slice on boundaries");
        assert_eq!(by_utf16, e.text, "utf16 offsets");
    }
}

/// Text generator mixing association vocabulary, identifiers and random
/// Unicode, so detectors actually fire on generated inputs.
fn texty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Mme Martin ".to_string()),
        Just("est diabétique. ".to_string()),
        Just("06 12 34 56 78 ".to_string()),
        Just("+33 6 45 78 12 09".to_string()),
        Just("marie.dupont@gmail.com".to_string()),
        Just("FR14 2004 1010 0505 0001 3M02 606 ".to_string()),
        Just("1 85 05 78 006 084 91".to_string()),
        Just("85.07.30-033.28 ".to_string()),
        Just("4970 5260 1815 9089".to_string()),
        Just("né le 12/03/1987 ".to_string()),
        Just("27 rue Jean Jaurès, 93100 Montreuil ".to_string()),
        Just("la seule bénéficiaire qui vient le lundi ".to_string()),
        Just("projet Hirondelle ".to_string()),
        Just("60 % de nos adhérents ".to_string()),
        Just("Jean-Pierre ".to_string()),
        Just("🌱 ".to_string()),
        Just("𝔘𝔫𝔦 ".to_string()),
        Just("[Nom asso] {{date}} ".to_string()),
        "\\PC{0,12}",
        "[ \\n.,;:!?'’«»()@+-]{0,3}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn offsets_are_consistent(text in texty()) {
        let checker = shared();
        for lang in [Lang::Fr, Lang::En] {
            let r = checker.classify(&text, lang);
            check_offsets(&text, &r);
            let t = checker.lint_template(&text, lang);
            check_offsets(&text, &t);
        }
    }

    #[test]
    fn never_panics_on_arbitrary_unicode(text in "\\PC*|\\p{Any}{0,200}") {
        let r = classify(&text, Lang::Fr);
        check_offsets(&text, &r);
        let _ = r.to_json();
        let _ = wasm_widget::Vocabulary::from_json(&text);
        let _ = wasm_widget::SecretIndex::from_compact(&text);
        let _ = wasm_widget::PublishedFingerprint::from_compact(&text);
    }

    #[test]
    fn deterministic(text in texty()) {
        let checker = shared();
        prop_assert_eq!(checker.classify(&text, Lang::Fr).to_json(), checker.classify(&text, Lang::Fr).to_json());
    }

    #[test]
    fn grey_is_never_ok(text in texty()) {
        let r = classify(&text, Lang::Fr);
        if r.grey {
            prop_assert_eq!(r.verdict, wasm_widget::Verdict::Never);
        }
    }
}

#[test]
fn ten_megabytes_complete() {
    let checker = shared();
    let para = "Le Café des Parents se réunit jeudi. Mme Martin (06 12 34 56 78) est diabétique ; \
                écrire à marie.dupont@gmail.com. Atelier de prévention du diabète ouvert à tous. \
                RIB FR14 2004 1010 0505 0001 3M02 606, nos bénéficiaires sont majoritairement des femmes. 🌱 ";
    let mut text = String::with_capacity(10 * 1024 * 1024 + para.len());
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(para);
    }
    let r = checker.classify(&text, Lang::Fr);
    assert_eq!(r.category.number(), 4);
    assert!(r.entities.len() > 10_000);
    let last = r.entities.last().expect("entities");
    assert_eq!(
        text.chars()
            .skip(last.start)
            .take(last.end - last.start)
            .collect::<String>(),
        last.text
    );
    assert!(r.pseudonymised.contains("Personne_001"));
}
