//! The words the generator itself prints (title block, footer, signature page), in French or
//! English. The charter's own text comes from its Markdown; only these labels depend on the
//! `language` of the document.

/// Printed labels in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Labels {
    pub revision: &'static str,
    pub date: &'static str,
    pub approval: &'static str,
    pub hash: &'static str,
    /// Footer: "{association} — {title} — revision {revision} of {date}".
    pub footer_revision: &'static str,
    /// Footer: "SHA-256 of the sources: {hash}".
    pub footer_hash: &'static str,
    pub page: &'static str,
    pub signatures: &'static str,
    /// Statement above the signers' table; `{title}` and `{revision}` are replaced.
    pub statement: &'static str,
    pub columns: [&'static str; 4],
    /// Note under the table; `{fields}` is replaced by the number of signature fields.
    pub note: &'static str,
    /// Tooltip of the digital signature field of row `{n}`.
    pub field_tooltip: &'static str,
    pub months: [&'static str; 12],
    /// How the first day of a month is written ("1er" in French).
    pub first_day: &'static str,
}

const FR: Labels = Labels {
    revision: "Révision",
    date: "Date",
    approval: "Approbation",
    hash: "Empreinte SHA-256 des sources",
    footer_revision: "{association} — {title} — révision {revision} du {date}",
    footer_hash: "SHA-256 des sources : {hash}",
    page: "Page {page} / {pages}",
    signatures: "Signatures",
    statement: "Les personnes soussignées déclarent avoir lu la présente charte, « {title} », \
                révision {revision}, et s’engagent à la respecter.",
    columns: ["Nom et prénom", "Rôle", "Date", "Signature"],
    note: "Chaque case « Signature » est aussi un champ de signature électronique ({fields} au \
           total) : le document peut être signé à la main après impression, ou électroniquement \
           avec tout outil PAdES (lecteur PDF, carte d’identité électronique, service de \
           signature). Une signature électronique s’ajoute à la fin du fichier sans modifier le \
           document : chaque exemplaire signé reste lié à cette révision et à l’empreinte de ses \
           sources.",
    field_tooltip: "Signature du signataire n° {n}",
    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    first_day: "1er",
};

const EN: Labels = Labels {
    revision: "Revision",
    date: "Date",
    approval: "Approval",
    hash: "SHA-256 of the sources",
    footer_revision: "{association} — {title} — revision {revision} of {date}",
    footer_hash: "SHA-256 of the sources: {hash}",
    page: "Page {page} of {pages}",
    signatures: "Signatures",
    statement: "The undersigned declare that they have read this charter, “{title}”, revision \
                {revision}, and undertake to abide by it.",
    columns: ["Full name", "Role", "Date", "Signature"],
    note: "Each “Signature” box is also a digital signature field ({fields} in all): the \
           document can be signed by hand once printed, or digitally with any PAdES tool (PDF \
           reader, electronic ID card, signing service). A digital signature is appended to the \
           file without changing the document, so every signed copy stays bound to this \
           revision and to the fingerprint of its sources.",
    field_tooltip: "Signature of signer no. {n}",
    months: crate::dates::MONTHS,
    first_day: "1",
};

/// French labels for any `fr` tag (`fr`, `fr-BE`…), English for everything else.
pub fn for_language(language: &str) -> &'static Labels {
    let primary = language.split(['-', '_']).next().unwrap_or_default();
    if primary.eq_ignore_ascii_case("fr") {
        &FR
    } else {
        &EN
    }
}

impl Labels {
    /// A date written out: "12 mars 2026", "12 March 2026".
    pub fn long_date(&self, year: u16, month: u8, day: u8) -> String {
        let name = self.months[usize::from(month.clamp(1, 12) - 1)];
        let day = if day == 1 {
            self.first_day.to_string()
        } else {
            day.to_string()
        };
        format!("{day} {name} {year}")
    }
}
