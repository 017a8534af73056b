//! `handbook.yaml`: who the association is and where the site is published.

use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use crate::diagnostics::Diagnostics;

/// The site and association identity shared by every page.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub language: Spanned<String>,
    /// Every language the site is published in, the default (`language`) first.
    #[serde(default)]
    pub languages: Option<Spanned<Vec<String>>>,
    pub base_url: Spanned<String>,
    #[serde(default = "default_theme")]
    pub theme: Spanned<String>,
    /// Required in `handbook.yaml`; optional in a translated twin (`handbook.en.yaml`), where each
    /// field given replaces the default language's one and the others are inherited.
    #[serde(default)]
    pub association: Association,
    /// Page-weight limits; may only tighten the defaults (see [`Budget`]).
    #[serde(default)]
    pub budget: Option<Spanned<Budget>>,
    /// Save the handbook in readers' browsers after a first visit (a service worker). Default: yes.
    #[serde(default = "yes")]
    pub offline: bool,
    /// Publish the guard's page and its zip (the browser extension built from this handbook, see
    /// `handbook extension`). Default: yes; `guard: false` leaves both out.
    #[serde(default = "yes")]
    pub guard: bool,
    /// How many entries a listing page (the method and prompt indexes, a prompt tag, the list of
    /// all pages) shows before the list continues on a next page. Default [`DEFAULT_PER_PAGE`].
    #[serde(default)]
    pub per_page: Option<Spanned<u32>>,
}

/// Entries per listing page unless `per_page` says otherwise: a list of 50 titles with their
/// summaries weighs a few KB compressed, well within the page budget, and a handbook's own
/// method or prompt index usually fits on one page.
pub const DEFAULT_PER_PAGE: usize = 50;

/// The largest `per_page` accepted: beyond it a listing page would outgrow the page budget.
const MAX_PER_PAGE: u32 = 500;

impl SiteConfig {
    /// Entries per listing page.
    pub fn per_page(&self) -> usize {
        self.per_page
            .as_ref()
            .map_or(DEFAULT_PER_PAGE, |n| n.value as usize)
    }
}

fn yes() -> bool {
    true
}

fn default_theme() -> Spanned<String> {
    Spanned::new(
        "default".to_string(),
        serde_saphyr::Location::UNKNOWN,
        serde_saphyr::Location::UNKNOWN,
    )
}

/// The association's identity, written once here and used everywhere else through the variables of
/// [`super::identity`] (`{{ association.name }}`…). `name`, `mission` and `territory` are required
/// in `handbook.yaml` (checked after a translated twin's fields are merged in).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Association {
    #[serde(default)]
    pub name: String,
    /// A shorter name for running text ("Pont-Vert" for "Les Ateliers du Pont-Vert"); the name when
    /// left out.
    #[serde(default)]
    pub short_name: Option<String>,
    #[serde(default)]
    pub legal_form: Option<String>,
    #[serde(default)]
    pub founded: Option<u32>,
    #[serde(default)]
    pub mission: String,
    #[serde(default)]
    pub territory: String,
    /// Who answers questions about personal data (a role, a name, a mailbox): published on purpose.
    #[serde(default)]
    pub data_protection_contact: Option<String>,
    /// The AI referent, first contact for questions on the handbook: published on purpose.
    #[serde(default)]
    pub ai_referent: Option<String>,
    #[serde(default)]
    pub audience: Option<String>,
    #[serde(default)]
    pub values: Vec<String>,
    /// The association's own contact data: published on purpose, never flagged by the checker.
    #[serde(default)]
    pub website: Option<Spanned<String>>,
    #[serde(default)]
    pub email: Option<Spanned<String>>,
    #[serde(default)]
    pub phone: Option<Spanned<String>>,
    #[serde(default)]
    pub address: Option<Spanned<String>>,
    #[serde(default)]
    pub iban: Option<Spanned<String>>,
    /// The values above, checked when `handbook.yaml` is loaded.
    #[serde(skip)]
    pub own: super::classifier::OwnContacts,
}

impl Association {
    /// This (translated) block completed, field by field, with the default language's `base`.
    pub fn inherit(self, base: &Association) -> Association {
        fn text(own: String, base: &str) -> String {
            if own.trim().is_empty() {
                base.to_string()
            } else {
                own
            }
        }
        Association {
            name: text(self.name, &base.name),
            short_name: self.short_name.or_else(|| base.short_name.clone()),
            legal_form: self.legal_form.or_else(|| base.legal_form.clone()),
            founded: self.founded.or(base.founded),
            mission: text(self.mission, &base.mission),
            territory: text(self.territory, &base.territory),
            data_protection_contact: self
                .data_protection_contact
                .or_else(|| base.data_protection_contact.clone()),
            ai_referent: self.ai_referent.or_else(|| base.ai_referent.clone()),
            audience: self.audience.or_else(|| base.audience.clone()),
            values: if self.values.is_empty() {
                base.values.clone()
            } else {
                self.values
            },
            website: self.website.or_else(|| base.website.clone()),
            email: self.email.or_else(|| base.email.clone()),
            phone: self.phone.or_else(|| base.phone.clone()),
            address: self.address.or_else(|| base.address.clone()),
            iban: self.iban.or_else(|| base.iban.clone()),
            own: Default::default(),
        }
    }

    /// The checked contact data of `association:` (its site's host as an own domain).
    pub fn own_contacts(
        &self,
        src: &crate::yaml::YamlSource,
        diags: &mut Diagnostics,
    ) -> super::classifier::OwnContacts {
        use super::classifier as c;
        let mut own = c::OwnContacts::default();
        if let Some(w) = &self.website {
            own.domains
                .extend(c::website(&w.value, "website", src.origin(w), diags));
        }
        if let Some(e) = &self.email {
            own.emails
                .extend(c::email(&e.value, "email", src.origin(e), diags));
        }
        if let Some(p) = &self.phone {
            own.phones
                .extend(c::phone(&p.value, "phone", src.origin(p), diags));
        }
        if let Some(a) = &self.address {
            own.addresses
                .extend(c::address(&a.value, "address", src.origin(a), diags));
        }
        if let Some(i) = &self.iban {
            own.ibans
                .extend(c::iban(&i.value, "iban", src.origin(i), diags));
        }
        own
    }
}

/// The limits a site is held to. The defaults are the handbook's commitment; `handbook.yaml` may
/// tighten them (key `budget`), never loosen them ([`Budget::validate`]), except to allow web fonts.
///
/// Declared with the rest of the site config, which reads and checks it; [`crate::budget`] weighs
/// the built site and holds it to these limits. (Kept in `budget`, it made the content model
/// depend on the budget, and through it on the renderer that depends on the model.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Budget {
    /// Largest page, HTML + CSS + JS it loads, compressed, in KB (1000 bytes). Default 25.
    pub max_page_kb: f64,
    /// Largest median page weight, in KB. Default 12.
    pub max_median_kb: f64,
    /// Largest image file (png, jpg, gif, webp, avif, svg), as stored, in KB. Default 200.
    pub max_image_kb: f64,
    /// Whether web fonts (font files, `@font-face`) are accepted. Default false: the theme uses
    /// the reader's own fonts, which cost nothing to download.
    pub allow_web_fonts: bool,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            max_page_kb: 25.0,
            max_median_kb: 12.0,
            max_image_kb: 200.0,
            allow_web_fonts: false,
        }
    }
}

impl Budget {
    /// Checks the values read from `handbook.yaml`: positive numbers no larger than the defaults
    /// (the promise is that a handbook can tighten the budget, not loosen it). The message
    /// names the key, for a diagnostic at its position.
    pub fn validate(&self) -> Result<(), String> {
        let defaults = Budget::default();
        for (key, value, max) in [
            ("max_page_kb", self.max_page_kb, defaults.max_page_kb),
            ("max_median_kb", self.max_median_kb, defaults.max_median_kb),
            ("max_image_kb", self.max_image_kb, defaults.max_image_kb),
        ] {
            if !value.is_finite() || value <= 0.0 {
                return Err(format!(
                    "`budget.{key}` must be a positive number of KB, not {value}"
                ));
            }
            if value > max {
                return Err(format!(
                    "`budget.{key}` can tighten the budget, not loosen it: {value} is above the default {max}"
                ));
            }
        }
        Ok(())
    }
}

pub const CONFIG_FILE: &str = "handbook.yaml";

/// Loads `handbook.yaml`, the only file a handbook cannot do without.
pub fn load(root: &Path, diags: &mut Diagnostics) -> Option<SiteConfig> {
    let rel = Path::new(CONFIG_FILE);
    if !root.join(rel).is_file() {
        diags.error(
            crate::diagnostics::Origin::file_start(rel),
            format!("no `{CONFIG_FILE}` in {}", crate::diagnostics::display_path(root)),
            "run the command from the handbook's folder, pass --root DIR, or create one with `handbook init DIR`",
        );
        return None;
    }
    let (mut config, src) = super::required_yaml::<SiteConfig>(root, rel, diags)?;
    // A translated twin: its association block completes the default language's.
    let mut base = None;
    if src.file != rel {
        let parsed = crate::source::read_original(root, rel)
            .map_err(Diagnostics::from)
            .and_then(|file| {
                crate::yaml::parse::<SiteConfig>(&file.text, &crate::yaml::YamlSource::new(rel, 0))
            });
        match parsed {
            Ok(parsed) => {
                config.association = config.association.inherit(&parsed.association);
                base = Some(parsed.association);
            }
            Err(found) => {
                diags.extend(found);
                return None;
            }
        }
    }
    for (field, value) in [
        ("name", &config.association.name),
        ("mission", &config.association.mission),
        ("territory", &config.association.territory),
    ] {
        if value.trim().is_empty() {
            diags.error(
                crate::diagnostics::Origin::file_start(rel),
                format!("`association.{field}` is missing"),
                format!("add `{field}:` under `association:` in {CONFIG_FILE}: the association's identity is written there once and used by every page"),
            );
        }
    }
    // `{{ association.name }}` in the title or the description (the twin's above all).
    let raw = crate::source::read(root, rel)
        .map(|f| f.text)
        .unwrap_or_default();
    if raw.contains("{{") {
        let identity = super::identity::Identity::of(&config.association);
        let reparsed = super::identity::yaml(&raw, &identity, &src.file, 0)
            .and_then(|text| crate::yaml::parse::<SiteConfig>(&text, &src));
        match reparsed {
            Ok(mut with_values) => {
                // A variable inside the association block itself takes the value read above.
                if let Some(base) = &base {
                    with_values.association = with_values.association.inherit(base);
                }
                config = with_values;
            }
            Err(found) => {
                diags.extend(found);
                return None;
            }
        }
    }
    let url = config.base_url.value.trim().to_string();
    let host = url
        .split_once("://")
        .map_or("", |(_, rest)| rest.split('/').next().unwrap_or(""));
    if !(url.starts_with("https://") || url.starts_with("http://"))
        || host.is_empty()
        || url.contains(char::is_whitespace)
    {
        diags.error(
            src.origin(&config.base_url),
            format!("`base_url` must be an absolute http(s) address, not `{url}`"),
            "write the address where the site will be published, e.g. \"https://ia.example.org/\"",
        );
    }
    if !url.ends_with('/') {
        config.base_url.value = format!("{url}/");
    } else {
        config.base_url.value = url;
    }
    let lang = &config.language.value;
    let valid_lang = !lang.is_empty()
        && lang.len() <= 35
        && lang
            .split('-')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if !valid_lang {
        diags.error(
            src.origin(&config.language),
            format!("`language` must be a language code such as `fr` or `fr-BE`, not `{lang}`"),
            "use a BCP 47 code: `fr`, `en`, `nl`, `fr-BE`…",
        );
    }
    if let Some(list) = &config.languages {
        let valid = |l: &str| {
            l.split('-')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()))
        };
        if list.value.first() != Some(&config.language.value) {
            diags.error(
                src.origin(list),
                format!(
                    "`languages` must start with the default language `{}`",
                    config.language.value
                ),
                format!("write e.g. `languages: [{}, en]`", config.language.value),
            );
        } else if let Some(bad) = list.value.iter().find(|l| !valid(l)) {
            diags.error(
                src.origin(list),
                format!("`{bad}` is not a language code"),
                "use codes such as `fr`, `en`, `nl`, `fr-BE`",
            );
        } else if (1..list.value.len()).any(|i| list.value[..i].contains(&list.value[i])) {
            diags.error(
                src.origin(list),
                "a language is listed twice",
                "list each language once",
            );
        }
    }
    if let Some(budget) = &config.budget {
        if let Err(message) = budget.value.validate() {
            diags.error(src.origin(budget), message, "the budget can only be tightened: use values between 0 and the defaults (25, 12, 200)");
        }
    }
    if let Some(n) = &config.per_page {
        if !(1..=MAX_PER_PAGE).contains(&n.value) {
            diags.error(
                src.origin(n),
                format!("`per_page` must be between 1 and {MAX_PER_PAGE}, not {}", n.value),
                format!("leave it out for the default ({DEFAULT_PER_PAGE}), or lower it if a listing page is over the page budget"),
            );
        }
    }
    config.association.own = config.association.own_contacts(&src, diags);
    let theme = &config.theme.value;
    if !super::is_url_slug(theme) {
        diags.error(
            src.origin(&config.theme),
            format!("`theme` must be a folder name made of lowercase letters, digits and '-', not `{theme}`"),
            "use `default`, or the name of a folder under themes/",
        );
    } else if theme != "default" && !root.join("themes").join(theme).is_dir() {
        // Checked here, not only when rendering, to point at the `theme:` line.
        diags.error(
            src.origin(&config.theme),
            format!("theme `{theme}` not found: there is no folder `themes/{theme}`"),
            "use `theme: default`, or create the theme folder with its templates/ and static/",
        );
    }
    Some(config)
}

impl SiteConfig {
    /// The languages of the site, the default one first.
    pub fn languages(&self) -> Vec<String> {
        match &self.languages {
            Some(list) if !list.value.is_empty() => list.value.clone(),
            _ => vec![self.language.value.clone()],
        }
    }

    /// The path part of `base_url` (`/` or `/manual/`), used where links cannot be relative (404 page).
    pub fn base_path(&self) -> String {
        let url = &self.base_url.value;
        let after_scheme = url.split_once("://").map_or(url.as_str(), |(_, rest)| rest);
        match after_scheme.find('/') {
            Some(i) => after_scheme[i..].to_string(),
            None => "/".to_string(),
        }
    }
}

/// The `language` of the handbook at `root`, read without checking the rest (for `handbook check`).
pub fn language_of(root: &Path) -> Option<String> {
    #[derive(Deserialize)]
    struct LanguageOnly {
        language: String,
    }
    let text = std::fs::read_to_string(root.join(CONFIG_FILE)).ok()?;
    serde_saphyr::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| serde_json::from_value::<LanguageOnly>(v).ok())
        .map(|l| l.language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budget_can_only_be_tightened() {
        assert!(Budget::default().validate().is_ok());
        let tighter = Budget {
            max_page_kb: 20.0,
            max_median_kb: 8.0,
            max_image_kb: 100.0,
            allow_web_fonts: true,
        };
        assert!(tighter.validate().is_ok());
        let looser = Budget {
            max_page_kb: 40.0,
            ..Budget::default()
        };
        assert!(looser
            .validate()
            .unwrap_err()
            .contains("`budget.max_page_kb` can tighten"));
        let zero = Budget {
            max_median_kb: 0.0,
            ..Budget::default()
        };
        assert!(zero.validate().unwrap_err().contains("positive"));
    }

    #[test]
    fn budget_reads_from_yaml() {
        let b: Budget = serde_saphyr::from_str("max_page_kb: 20\nallow_web_fonts: true\n").unwrap();
        assert_eq!(b.max_page_kb, 20.0);
        assert_eq!(b.max_median_kb, 12.0);
        assert!(b.allow_web_fonts);
        assert!(serde_saphyr::from_str::<Budget>("max_pages_kb: 20\n").is_err());
    }
}
