//! The starter's addresses in its first language: `handbook init` writes the starter's pages under
//! English or Dutch file names when the handbook starts in English or Dutch (a page's file name is
//! its address), and rewrites the links between pages to match.

use std::path::{Path, PathBuf};

/// The file names of the starter's pages in English and in Dutch, by their French name in
/// `content/`. A page's file name is its address (`method/zones-grises.md` is
/// `/method/zones-grises/`, a charter section's is its anchor), so a handbook gets the names of its
/// first language, its translated twins follow them, and the links between pages are rewritten
/// to match ([`localize_links`]). Files not listed keep their name in every language.
pub(crate) const ADDRESSES: [(&str, &str, &str); 35] = [
    (
        "charter/01-preambule.md",
        "charter/01-preamble.md",
        "charter/01-inleiding.md",
    ),
    (
        "charter/02-principes.md",
        "charter/02-principles.md",
        "charter/02-principes.md",
    ),
    (
        "charter/03-donnees-interdites.md",
        "charter/03-prohibited-data.md",
        "charter/03-verboden-gegevens.md",
    ),
    (
        "charter/04-usages-autorises.md",
        "charter/04-permitted-uses.md",
        "charter/04-toegestaan-gebruik.md",
    ),
    (
        "charter/05-processus.md",
        "charter/05-process.md",
        "charter/05-werkwijze.md",
    ),
    (
        "charter/06-formation.md",
        "charter/06-training.md",
        "charter/06-vorming.md",
    ),
    (
        "charter/07-revision.md",
        "charter/07-revision.md",
        "charter/07-herziening.md",
    ),
    (
        "charter/08-signature.md",
        "charter/08-signature.md",
        "charter/08-ondertekening.md",
    ),
    (
        "method/cadre-legal.md",
        "method/legal-framework.md",
        "method/wettelijk-kader.md",
    ),
    (
        "method/categories.md",
        "method/categories.md",
        "method/categorieen.md",
    ),
    (
        "method/incident.md",
        "method/incident.md",
        "method/incident.md",
    ),
    (
        "method/inclusion.md",
        "method/inclusion.md",
        "method/inclusie.md",
    ),
    (
        "method/priorisation.md",
        "method/prioritisation.md",
        "method/prioriteiten.md",
    ),
    (
        "method/sobriete.md",
        "method/restraint.md",
        "method/soberheid.md",
    ),
    (
        "method/zones-grises.md",
        "method/grey-areas.md",
        "method/grijze-zones.md",
    ),
    (
        "training/01-comprendre.md",
        "training/01-understanding.md",
        "training/01-begrijpen.md",
    ),
    (
        "training/02-cadre-legal.md",
        "training/02-legal-framework.md",
        "training/02-wettelijk-kader.md",
    ),
    (
        "training/03-pratique.md",
        "training/03-practice.md",
        "training/03-praktijk.md",
    ),
    (
        "training/04-responsabilite.md",
        "training/04-responsibility.md",
        "training/04-verantwoordelijkheid.md",
    ),
    (
        "prompts/001-presentation-courte.md",
        "prompts/001-short-presentation.md",
        "prompts/001-korte-voorstelling.md",
    ),
    (
        "prompts/002-post-reseaux-sociaux.md",
        "prompts/002-social-media-post.md",
        "prompts/002-bericht-sociale-media.md",
    ),
    (
        "prompts/003-annonce-evenement.md",
        "prompts/003-event-announcement.md",
        "prompts/003-aankondiging-activiteit.md",
    ),
    (
        "prompts/004-compte-rendu-reunion.md",
        "prompts/004-meeting-minutes.md",
        "prompts/004-verslag-vergadering.md",
    ),
    (
        "prompts/005-lettre-information.md",
        "prompts/005-newsletter.md",
        "prompts/005-nieuwsbrief.md",
    ),
    (
        "prompts/006-traduction-texte-public.md",
        "prompts/006-translating-a-public-text.md",
        "prompts/006-vertaling-publieke-tekst.md",
    ),
    (
        "prompts/007-faq-pages-publiques.md",
        "prompts/007-faq-from-public-pages.md",
        "prompts/007-faq-publieke-paginas.md",
    ),
    (
        "prompts/008-appel-benevoles.md",
        "prompts/008-call-for-volunteers.md",
        "prompts/008-oproep-vrijwilligers.md",
    ),
    (
        "prompts/009-planning-ateliers.md",
        "prompts/009-workshop-planning.md",
        "prompts/009-planning-workshops.md",
    ),
    (
        "prompts/010-structure-bilan-subvention.md",
        "prompts/010-grant-report-outline.md",
        "prompts/010-structuur-subsidieverslag.md",
    ),
    (
        "prompts/011-resume-document-public.md",
        "prompts/011-summary-of-a-public-document.md",
        "prompts/011-samenvatting-publiek-document.md",
    ),
    (
        "prompts/012-brainstorming-idees.md",
        "prompts/012-brainstorming.md",
        "prompts/012-brainstorm.md",
    ),
    (
        "prompts/013-remerciement-donateurs.md",
        "prompts/013-thanking-donors.md",
        "prompts/013-bedanking-schenkers.md",
    ),
    (
        "prompts/014-langage-simple-falc.md",
        "prompts/014-plain-language.md",
        "prompts/014-klare-taal.md",
    ),
    (
        "prompts/015-fiche-mission-benevole.md",
        "prompts/015-volunteer-role-description.md",
        "prompts/015-taakomschrijving-vrijwilliger.md",
    ),
    (
        "prompts/016-exercice-fle.md",
        "prompts/016-language-exercise.md",
        "prompts/016-taaloefening.md",
    ),
];

/// Where the starter file `rel` (its French name) goes in a handbook whose first language is
/// `language`: see [`ADDRESSES`].
pub(crate) fn localized_path(rel: &Path, language: &str) -> PathBuf {
    let found = ADDRESSES.iter().find(|(fr, _, _)| rel == Path::new(fr));
    match (found, language) {
        (Some((_, en, _)), "en") => PathBuf::from(en),
        (Some((_, _, nl)), "nl") => PathBuf::from(nl),
        _ => rel.to_path_buf(),
    }
}

/// `text` with its links to the starter's renamed pages following [`localized_path`]: a method
/// page is linked as `](/method/NAME/`, a charter section as `](/charter/#NAME)`.
pub(crate) fn localize_links(text: &str, language: &str) -> String {
    let mut text = text.to_string();
    for (fr, _, _) in ADDRESSES.iter() {
        let fr = Path::new(fr);
        let to = localized_path(fr, language);
        if to == fr {
            continue;
        }
        let (from_slug, to_slug) = (
            crate::content::slug_from_file(fr),
            crate::content::slug_from_file(&to),
        );
        let (from, into) = if fr.starts_with("method") {
            (
                format!("](/method/{from_slug}/"),
                format!("](/method/{to_slug}/"),
            )
        } else if fr.starts_with("charter") {
            (
                format!("](/charter/#{from_slug})"),
                format!("](/charter/#{to_slug})"),
            )
        } else {
            continue;
        };
        text = text.replace(&from, &into);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_follow_the_first_language() {
        for (_, en, nl) in ADDRESSES {
            for name in [en, nl] {
                let slug = crate::content::slug_from_file(Path::new(name));
                assert!(crate::content::is_url_slug(&slug), "{name}");
            }
        }
        let page = Path::new("method/zones-grises.md");
        assert_eq!(localized_path(page, "fr"), page);
        assert_eq!(
            localized_path(page, "en"),
            Path::new("method/grey-areas.md")
        );
        assert_eq!(
            localized_path(page, "nl"),
            Path::new("method/grijze-zones.md")
        );
        let text = "See [grey areas](/method/zones-grises/#x), [the preamble](/charter/#preambule) and [tools](/tools/).";
        assert_eq!(
            localize_links(text, "nl"),
            "See [grey areas](/method/grijze-zones/#x), [the preamble](/charter/#inleiding) and [tools](/tools/)."
        );
        assert_eq!(localize_links(text, "fr"), text);
    }
}
