//! One-line reasons and summaries in the reader's language.  Kept apart from
//! the detectors so wording can be reviewed (and translated) in one place.

use crate::detectors::Why;
use crate::report::{Category, EntityType, Lang};

/// Reason line for a finding.
pub fn reason(kind: EntityType, why: Why, lang: Lang) -> &'static str {
    use EntityType as T;
    let fr = lang == Lang::Fr;
    match (why, kind) {
        (Why::SecretTerm, _) => pick(fr, "Terme confidentiel de l'association (liste des secrets) : ne jamais le donner à une IA publique.", "A confidential term of the association (secret list): never give it to a public AI."),
        (Why::Aggregate, _) => pick(fr, "Zone grise : statistique sur votre public ; par précaution, ne la partagez pas, ou généralisez-la.", "Grey zone: statistics about your public; as a precaution, do not share them, or generalise."),
        (Why::Unique, _) => pick(fr, "Identification indirecte : ce détail désigne une seule personne, même sans son nom.", "Indirect identification: this detail singles out one person, even without a name."),
        (Why::Combination, _) => pick(fr, "Identification indirecte : âge, lieu et situation combinés permettent de reconnaître la personne.", "Indirect identification: age, place and situation combined make the person recognisable."),
        (Why::Finance, _) => pick(fr, "Stratégique : informations financières détaillées non publiques de l'association.", "Strategic: detailed non-public financial information of the association."),
        (Why::Confidential, _) => pick(fr, "Stratégique : le texte se déclare confidentiel ou non public.", "Strategic: the text says it is confidential or not public."),
        (Why::Internal, _) => pick(fr, "Stratégique : affaire interne (fusion, négociation, subvention non déposée, RH, contentieux).", "Strategic: internal matter (merger, negotiation, unfiled grant application, HR, litigation)."),
        (Why::GreyStrategic, _) => pick(fr, "Zone grise stratégique : information qui pourrait nuire à l'association ou à un partenaire si elle fuitait.", "Strategic grey zone: information that could harm the association or a partner if it leaked."),
        (_, T::Email) => pick(fr, "Adresse e-mail : donnée personnelle directe.", "E-mail address: direct personal data."),
        (_, T::Phone) => pick(fr, "Numéro de téléphone : donnée personnelle directe.", "Phone number: direct personal data."),
        (_, T::Person) => pick(fr, "Nom de personne : donnée personnelle directe.", "Person's name: direct personal data."),
        (_, T::Address) => pick(fr, "Adresse postale d'une personne : donnée personnelle directe.", "A person's postal address: direct personal data."),
        (_, T::DateOfBirth) => pick(fr, "Date de naissance : donnée personnelle.", "Date of birth: personal data."),
        (_, T::Iban) => pick(fr, "IBAN valide (clé de contrôle vérifiée) : coordonnées bancaires.", "Valid IBAN (check digits verified): bank details."),
        (_, T::Nir) => pick(fr, "Numéro de sécurité sociale valide (clé vérifiée).", "Valid French social security number (key verified)."),
        (_, T::BeNrn) => pick(fr, "Numéro de registre national belge valide (clé vérifiée).", "Valid Belgian national register number (key verified)."),
        (_, T::Card) => pick(fr, "Numéro de carte bancaire valide (contrôle de Luhn).", "Valid payment card number (Luhn check)."),
        (_, T::IndirectId) => pick(fr, "Identification indirecte d'une personne.", "Indirect identification of a person."),
        (_, T::Health) => pick(fr, "Donnée de santé concernant une personne (RGPD art. 9).", "Health data about a person (GDPR art. 9)."),
        (_, T::Religion) => pick(fr, "Conviction religieuse d'une personne (RGPD art. 9).", "A person's religious belief (GDPR art. 9)."),
        (_, T::Ethnicity) => pick(fr, "Origine ou statut migratoire d'une personne (RGPD art. 9).", "A person's origin or migration status (GDPR art. 9)."),
        (_, T::Politics) => pick(fr, "Opinion politique d'une personne (RGPD art. 9).", "A person's political opinion (GDPR art. 9)."),
        (_, T::Union) => pick(fr, "Appartenance syndicale d'une personne (RGPD art. 9).", "A person's trade-union membership (GDPR art. 9)."),
        (_, T::Sexuality) => pick(fr, "Vie sexuelle, orientation ou identité de genre d'une personne (RGPD art. 9).", "A person's sex life, orientation or gender identity (GDPR art. 9)."),
        (_, T::Criminal) => pick(fr, "Donnée judiciaire ou pénale concernant une personne (RGPD art. 10).", "Criminal or judicial data about a person (GDPR art. 10)."),
        (_, T::Biometric) => pick(fr, "Donnée biométrique ou génétique (RGPD art. 9).", "Biometric or genetic data (GDPR art. 9)."),
        (_, T::Strategic) => pick(fr, "Information stratégique de l'association.", "Strategic information of the association."),
    }
}

/// Grey variant of a sensitive finding's reason.
pub fn grey_reason(kind: EntityType, lang: Lang) -> &'static str {
    match (kind, lang) {
        (EntityType::Address, Lang::Fr) => "Adresse postale : à qui est-elle ? Par précaution, traitée comme personnelle (zone grise).",
        (EntityType::Address, Lang::En) => "Postal address: whose is it? Treated as personal as a precaution (grey zone).",
        (_, Lang::Fr) => "Zone grise : donnée sensible sur votre public, même agrégée ; par précaution, ne la partagez pas.",
        (_, Lang::En) => "Grey zone: sensitive data about your public, even aggregated; as a precaution, do not share it.",
    }
}

fn pick(fr: bool, a: &'static str, b: &'static str) -> &'static str {
    if fr {
        a
    } else {
        b
    }
}

/// One-sentence summary of a verdict.
pub fn summary(category: Category, grey: bool, lang: Lang) -> &'static str {
    let fr = lang == Lang::Fr;
    match (category, grey) {
        (Category::Published, _) => pick(fr, "Catégorie 1 : ce passage est déjà publié par votre association. Vous pouvez le donner à l'IA, mais fournissez-lui votre propre définition et vérifiez les faits.", "Category 1: this passage is already published by your association. You may give it to the AI, but provide your own definition and check the facts."),
        (Category::Public, _) => pick(fr, "Catégorie 2 : information publique et sans risque (test de la porte). Vous pouvez l'utiliser avec une IA.", "Category 2: public, harmless information (door-poster test). You may use it with an AI."),
        (Category::Personal, false) => pick(fr, "Catégorie 3 : données personnelles. Jamais dans une IA publique : utilisez la version pseudonymisée ou un modèle vide.", "Category 3: personal data. Never into a public AI: use the pseudonymised version or an empty template."),
        (Category::Personal, true) => pick(fr, "Zone grise, traitée comme catégorie 3 par précaution : ne la donnez pas à une IA publique, généralisez d'abord.", "Grey zone, treated as category 3 as a precaution: do not give it to a public AI, generalise first."),
        (Category::Sensitive, false) => pick(fr, "Catégorie 4 : données sensibles ou stratégiques. Jamais dans une IA publique, même pseudonymisées.", "Category 4: sensitive or strategic data. Never into a public AI, even pseudonymised."),
        (Category::Sensitive, true) => pick(fr, "Zone grise, traitée comme catégorie 4 par précaution : ne la donnez pas à une IA publique.", "Grey zone, treated as category 4 as a precaution: do not give it to a public AI."),
    }
}
