//! One-line reasons and summaries in the reader's language.  Kept apart from
//! the detectors so wording can be reviewed (and translated) in one place.
//!
//! Dutch is written for Belgian (Flemish) readers: `je` rather than `u`, AVG
//! for the GDPR, `rijksregisternummer` for the national register number.

use crate::detectors::Why;
use crate::report::{Category, EntityType, Lang};

/// The same line in French, English and Dutch.
type Line = (&'static str, &'static str, &'static str);

/// Reason line for a finding.
pub fn reason(kind: EntityType, why: Why, lang: Lang) -> &'static str {
    use EntityType as T;
    let line: Line = match (why, kind) {
        (Why::SecretTerm, _) => (
            "Terme confidentiel de l'association (liste des secrets) : ne jamais le donner à une IA publique.",
            "A confidential term of the association (secret list): never give it to a public AI.",
            "Vertrouwelijke term van de vereniging (geheimenlijst): geef hem nooit aan een publieke AI.",
        ),
        (Why::Aggregate, _) => (
            "Zone grise : statistique sur votre public ; par précaution, ne la partagez pas, ou généralisez-la.",
            "Grey zone: statistics about your public; as a precaution, do not share them, or generalise.",
            "Grijze zone: statistiek over je doelpubliek; deel ze uit voorzorg niet, of maak ze algemener.",
        ),
        (Why::Unique, _) => (
            "Identification indirecte : ce détail désigne une seule personne, même sans son nom.",
            "Indirect identification: this detail singles out one person, even without a name.",
            "Indirecte identificatie: dit detail wijst één persoon aan, ook zonder naam.",
        ),
        (Why::Combination, _) => (
            "Identification indirecte : âge, lieu et situation combinés permettent de reconnaître la personne.",
            "Indirect identification: age, place and situation combined make the person recognisable.",
            "Indirecte identificatie: leeftijd, plaats en situatie samen maken de persoon herkenbaar.",
        ),
        (Why::Finance, _) => (
            "Stratégique : informations financières détaillées non publiques de l'association.",
            "Strategic: detailed non-public financial information of the association.",
            "Strategisch: gedetailleerde, niet-openbare financiële informatie van de vereniging.",
        ),
        (Why::Confidential, _) => (
            "Stratégique : le texte se déclare confidentiel ou non public.",
            "Strategic: the text says it is confidential or not public.",
            "Strategisch: de tekst zegt zelf dat hij vertrouwelijk of niet openbaar is.",
        ),
        (Why::Internal, _) => (
            "Stratégique : affaire interne (fusion, négociation, subvention non déposée, RH, contentieux).",
            "Strategic: internal matter (merger, negotiation, unfiled grant application, HR, litigation).",
            "Strategisch: interne aangelegenheid (fusie, onderhandeling, nog niet ingediende subsidieaanvraag, personeelszaken, geschil).",
        ),
        (Why::GreyStrategic, _) => (
            "Zone grise stratégique : information qui pourrait nuire à l'association ou à un partenaire si elle fuitait.",
            "Strategic grey zone: information that could harm the association or a partner if it leaked.",
            "Strategische grijze zone: informatie die de vereniging of een partner kan schaden als ze uitlekt.",
        ),
        (_, T::Email) => (
            "Adresse e-mail : donnée personnelle directe.",
            "E-mail address: direct personal data.",
            "E-mailadres: rechtstreeks persoonsgegeven.",
        ),
        (_, T::Phone) => (
            "Numéro de téléphone : donnée personnelle directe.",
            "Phone number: direct personal data.",
            "Telefoonnummer: rechtstreeks persoonsgegeven.",
        ),
        (_, T::Person) => (
            "Nom de personne : donnée personnelle directe.",
            "Person's name: direct personal data.",
            "Naam van een persoon: rechtstreeks persoonsgegeven.",
        ),
        (_, T::Address) => (
            "Adresse postale d'une personne : donnée personnelle directe.",
            "A person's postal address: direct personal data.",
            "Postadres van een persoon: rechtstreeks persoonsgegeven.",
        ),
        (_, T::DateOfBirth) => (
            "Date de naissance : donnée personnelle.",
            "Date of birth: personal data.",
            "Geboortedatum: persoonsgegeven.",
        ),
        (_, T::Iban) => (
            "IBAN valide (clé de contrôle vérifiée) : coordonnées bancaires.",
            "Valid IBAN (check digits verified): bank details.",
            "Geldig IBAN-nummer (controlecijfers nagekeken): bankgegevens.",
        ),
        (_, T::Nir) => (
            "Numéro de sécurité sociale valide (clé vérifiée).",
            "Valid French social security number (key verified).",
            "Geldig Frans socialezekerheidsnummer (controlegetal nagekeken).",
        ),
        (_, T::BeNrn) => (
            "Numéro de registre national belge valide (clé vérifiée).",
            "Valid Belgian national register number (key verified).",
            "Geldig rijksregisternummer (controlegetal nagekeken).",
        ),
        (_, T::Card) => (
            "Numéro de carte bancaire valide (contrôle de Luhn).",
            "Valid payment card number (Luhn check).",
            "Geldig betaalkaartnummer (Luhn-controle).",
        ),
        (_, T::IndirectId) => (
            "Identification indirecte d'une personne.",
            "Indirect identification of a person.",
            "Indirecte identificatie van een persoon.",
        ),
        (_, T::Health) => (
            "Donnée de santé concernant une personne (RGPD art. 9).",
            "Health data about a person (GDPR art. 9).",
            "Gezondheidsgegeven over een persoon (AVG art. 9).",
        ),
        (_, T::Religion) => (
            "Conviction religieuse d'une personne (RGPD art. 9).",
            "A person's religious belief (GDPR art. 9).",
            "Godsdienstige overtuiging van een persoon (AVG art. 9).",
        ),
        (_, T::Ethnicity) => (
            "Origine ou statut migratoire d'une personne (RGPD art. 9).",
            "A person's origin or migration status (GDPR art. 9).",
            "Afkomst of migratiestatus van een persoon (AVG art. 9).",
        ),
        (_, T::Politics) => (
            "Opinion politique d'une personne (RGPD art. 9).",
            "A person's political opinion (GDPR art. 9).",
            "Politieke overtuiging van een persoon (AVG art. 9).",
        ),
        (_, T::Union) => (
            "Appartenance syndicale d'une personne (RGPD art. 9).",
            "A person's trade-union membership (GDPR art. 9).",
            "Vakbondslidmaatschap van een persoon (AVG art. 9).",
        ),
        (_, T::Sexuality) => (
            "Vie sexuelle, orientation ou identité de genre d'une personne (RGPD art. 9).",
            "A person's sex life, orientation or gender identity (GDPR art. 9).",
            "Seksleven, seksuele geaardheid of genderidentiteit van een persoon (AVG art. 9).",
        ),
        (_, T::Criminal) => (
            "Donnée judiciaire ou pénale concernant une personne (RGPD art. 10).",
            "Criminal or judicial data about a person (GDPR art. 10).",
            "Strafrechtelijk of gerechtelijk gegeven over een persoon (AVG art. 10).",
        ),
        (_, T::Biometric) => (
            "Donnée biométrique ou génétique (RGPD art. 9).",
            "Biometric or genetic data (GDPR art. 9).",
            "Biometrisch of genetisch gegeven (AVG art. 9).",
        ),
        (_, T::Strategic) => (
            "Information stratégique de l'association.",
            "Strategic information of the association.",
            "Strategische informatie van de vereniging.",
        ),
    };
    pick(lang, line)
}

/// Grey variant of a sensitive finding's reason.
pub fn grey_reason(kind: EntityType, lang: Lang) -> &'static str {
    let line: Line = match kind {
        EntityType::Address => (
            "Adresse postale : à qui est-elle ? Par précaution, traitée comme personnelle (zone grise).",
            "Postal address: whose is it? Treated as personal as a precaution (grey zone).",
            "Postadres: van wie is het? Uit voorzorg behandeld als persoonsgegeven (grijze zone).",
        ),
        _ => (
            "Zone grise : donnée sensible sur votre public, même agrégée ; par précaution, ne la partagez pas.",
            "Grey zone: sensitive data about your public, even aggregated; as a precaution, do not share it.",
            "Grijze zone: gevoelig gegeven over je doelpubliek, ook als het samengevoegd is; deel het uit voorzorg niet.",
        ),
    };
    pick(lang, line)
}

fn pick(lang: Lang, (fr, en, nl): Line) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
        Lang::Nl => nl,
    }
}

/// One-sentence summary of a verdict.
pub fn summary(category: Category, grey: bool, lang: Lang) -> &'static str {
    let line: Line = match (category, grey) {
        (Category::Published, _) => (
            "Catégorie 1 : ce passage est déjà publié par votre association. Vous pouvez le donner à l'IA, mais fournissez-lui votre propre définition et vérifiez les faits.",
            "Category 1: this passage is already published by your association. You may give it to the AI, but provide your own definition and check the facts.",
            "Categorie 1: deze passage is al gepubliceerd door je vereniging. Je mag ze aan de AI geven, maar geef er je eigen definitie bij en controleer de feiten.",
        ),
        (Category::Public, _) => (
            "Catégorie 2 : information publique et sans risque (test de la porte). Vous pouvez l'utiliser avec une IA.",
            "Category 2: public, harmless information (door-poster test). You may use it with an AI.",
            "Categorie 2: openbare informatie zonder risico (de test van de affiche op de deur). Je mag ze met een AI gebruiken.",
        ),
        (Category::Personal, false) => (
            "Catégorie 3 : données personnelles. Jamais dans une IA publique : utilisez la version pseudonymisée ou un modèle vide.",
            "Category 3: personal data. Never into a public AI: use the pseudonymised version or an empty template.",
            "Categorie 3: persoonsgegevens. Nooit in een publieke AI: gebruik de gepseudonimiseerde versie of een leeg sjabloon.",
        ),
        (Category::Personal, true) => (
            "Zone grise, traitée comme catégorie 3 par précaution : ne la donnez pas à une IA publique, généralisez d'abord.",
            "Grey zone, treated as category 3 as a precaution: do not give it to a public AI, generalise first.",
            "Grijze zone, uit voorzorg behandeld als categorie 3: geef dit niet aan een publieke AI, maak het eerst algemener.",
        ),
        (Category::Sensitive, false) => (
            "Catégorie 4 : données sensibles ou stratégiques. Jamais dans une IA publique, même pseudonymisées.",
            "Category 4: sensitive or strategic data. Never into a public AI, even pseudonymised.",
            "Categorie 4: gevoelige of strategische gegevens. Nooit in een publieke AI, ook niet gepseudonimiseerd.",
        ),
        (Category::Sensitive, true) => (
            "Zone grise, traitée comme catégorie 4 par précaution : ne la donnez pas à une IA publique.",
            "Grey zone, treated as category 4 as a precaution: do not give it to a public AI.",
            "Grijze zone, uit voorzorg behandeld als categorie 4: geef dit niet aan een publieke AI.",
        ),
    };
    pick(lang, line)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every reason and summary exists in each language, and no two languages share a line
    /// (a copy left untranslated would be caught here).
    #[test]
    fn every_line_is_translated() {
        let whys = [
            Why::Plain,
            Why::Checksum,
            Why::SecretTerm,
            Why::Aggregate,
            Why::Unique,
            Why::Combination,
            Why::Finance,
            Why::Confidential,
            Why::Internal,
            Why::GreyStrategic,
        ];
        let mut lines: Vec<[&str; 3]> = Vec::new();
        for kind in EntityType::ALL {
            for why in whys {
                lines.push([Lang::Fr, Lang::En, Lang::Nl].map(|l| reason(kind, why, l)));
            }
            lines.push([Lang::Fr, Lang::En, Lang::Nl].map(|l| grey_reason(kind, l)));
        }
        for category in [
            Category::Published,
            Category::Public,
            Category::Personal,
            Category::Sensitive,
        ] {
            for grey in [false, true] {
                lines.push([Lang::Fr, Lang::En, Lang::Nl].map(|l| summary(category, grey, l)));
            }
        }
        for [fr, en, nl] in lines {
            assert!(!nl.is_empty() && nl != fr && nl != en, "{nl}");
        }
    }
}
