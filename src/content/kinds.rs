//! The registry of content kinds: every kind of page the handbook publishes, declared once.
//!
//! Each [`Kind`] has one [`Entry`] in [`REGISTRY`] saying where its sources are, how it is loaded,
//! which pages it gives (address, template, title), its menu entry, how the search labels its
//! pages and what a change to its sources makes `handbook serve` compute again. The loader
//! ([`super::load`]), the page list (`render::pages`), the menu and the search index (`render`)
//! and `serve`'s change classification all iterate over this registry instead of listing the
//! kinds themselves.
//!
//! **Adding a kind** is:
//! 1. its registry entry: a line in the `kinds!` list below (which declares the [`Kind`] and its
//!    [`Entry`] together), plus the field of [`super::Handbook`] its loader fills;
//! 2. its loader module in `src/content/` (reading the files named in `sources`);
//! 3. its template in `themes/<theme>/templates/`, and the function turning the model into the
//!    page's data in `render::pages` (the compiler points at the one `match` to extend).
//!
//! The tests below check that the registry is consistent: one entry per kind in the order of the
//! site, unique addresses and menu positions, every template present in the default theme, every
//! label key present in its UI strings, and no source claimed by two kinds (`serve`'s own test
//! checks that every source pattern is classified back to its kind).

use std::path::{Component, Path};

use super::{
    charter, classifier, committee, decision_tree, indicators, method, prompts, tools, training,
    Handbook, Markdown,
};
use crate::diagnostics::Diagnostics;

/// What the site publishes of a kind: its pages, in the order of the site.
#[derive(Debug, Clone, Copy)]
pub enum Pages {
    /// One page, at the kind's address.
    One,
    /// An index at the kind's address and one page per item at `address` + slug + `/`.
    IndexAndItems {
        /// The template of the items' pages (the index uses the entry's `template`).
        item_template: &'static str,
        /// The items' slugs, in the order of their pages.
        slugs: fn(&Handbook) -> Vec<&str>,
    },
}

/// When a kind's pages exist.
#[derive(Debug, Clone, Copy)]
pub enum Presence {
    /// In every edition, even when the handbook has no source for it (the home page, the checker).
    Always,
    /// When the handbook has this content; a link to it otherwise names the source to create.
    WhenPresent(fn(&Handbook) -> bool),
    /// In an edition that has changes to show (a revision after the first, the draft).
    WithChanges,
    /// Once for the whole site, at its root, outside the sitemap and the editions (the 404 page).
    SiteRoot,
    /// When `handbook.yaml` turns it on (the guard's page, unless `guard: false`).
    WhenConfigured(fn(&Handbook) -> bool),
}

/// A kind's entry in the site's main menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Menu {
    /// The UI string (`i18n/LANG.yaml`) of its label.
    pub label: &'static str,
    /// Its position: entries are shown by increasing order.
    pub order: u8,
}

/// Reads a kind's sources into the handbook being loaded; `sources` are the entry's own.
pub type Loader =
    fn(root: &Path, sources: &[&str], into: &mut Handbook<()>, diags: &mut Diagnostics);

/// Everything the generator knows of one content kind.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// Its source files relative to the handbook's root: a file (`content/tools.yaml`) or a folder,
    /// written with a final `/` (`content/prompts/`). `serve` reads a change to any file there as a
    /// change to this kind.
    pub sources: &'static [&'static str],
    /// Reads and checks the sources (none for the kinds built from something else than `content/`).
    pub load: Option<Loader>,
    /// Every Markdown text it loaded, for the checks that apply to all of them.
    pub texts: fn(&Handbook<()>) -> Vec<&Markdown>,
    /// One page or an index and items.
    pub pages: Pages,
    /// When its pages exist.
    pub presence: Presence,
    /// The address of its (first) page, relative to the edition: `/charter/`.
    pub url: &'static str,
    /// The template of its (first) page, in the theme's `templates/`.
    pub template: &'static str,
    /// The UI string of its (first) page's title; `None` when the content gives the title.
    pub title: Option<&'static str>,
    /// Its place in the main menu, if it has one.
    pub menu: Option<Menu>,
    /// The UI string naming its pages in search results; `None`: not searchable.
    pub search: Option<&'static str>,
    /// The kinds whose pages `serve` computes again when one of `sources` changes (a removed file
    /// rebuilds everything).
    pub invalidates: &'static [Kind],
}

impl Kind {
    /// This kind's registry entry.
    pub fn entry(self) -> &'static Entry {
        &REGISTRY[self as usize]
    }

    /// The address of an optional kind's pages and the source they are built from, so that a link
    /// into a kind the handbook leaves out can name the one file to create instead of reporting
    /// every link as dead.
    pub fn source(self) -> Option<(&'static str, &'static str)> {
        let entry = self.entry();
        match (entry.presence, entry.sources.first()) {
            (Presence::WhenPresent(_), Some(source)) => Some((entry.url, source)),
            _ => None,
        }
    }

    /// Whether this kind has pages in an edition of `hb` (`has_changes`: the edition shows changes).
    pub fn is_present(self, hb: &Handbook, has_changes: bool, site_root: bool) -> bool {
        match self.entry().presence {
            Presence::Always => true,
            Presence::WhenPresent(has) => has(hb),
            Presence::WithChanges => has_changes,
            Presence::SiteRoot => site_root,
            Presence::WhenConfigured(on) => on(hb),
        }
    }

    /// The kind a source file (relative to the root) belongs to, if any.
    pub fn of_source(rel: &Path) -> Option<Kind> {
        let parts = normal_parts(rel);
        Kind::ALL.into_iter().find(|kind| {
            kind.entry().sources.iter().any(|pattern| {
                let pattern = normal_parts(Path::new(pattern));
                parts.len() >= pattern.len() && parts[..pattern.len()] == pattern[..]
            })
        })
    }
}

fn normal_parts(path: &Path) -> Vec<&std::ffi::OsStr> {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s),
            _ => None,
        })
        .collect()
}

/// A source pattern as a path (`content/prompts/` → `content/prompts`).
fn path(pattern: &str) -> &Path {
    Path::new(pattern.trim_end_matches('/'))
}

/// Declares [`Kind`] and [`REGISTRY`] from one list, so that neither can miss an entry of the
/// other and both keep the same order: the order of the pages in the site.
macro_rules! kinds {
    ($($(#[$doc:meta])* $kind:ident => $entry:expr,)*) => {
        /// A content kind: a group of pages built from one kind of source. It is also the unit
        /// `handbook serve` computes again when a source changes, since a kind's pages depend only
        /// on its own content (and the UI strings). Ordered as the site's pages are.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Kind {
            $($(#[$doc])* $kind,)*
        }

        impl Kind {
            /// Every kind, in the order their pages appear in the site.
            pub const ALL: [Kind; [$(stringify!($kind)),*].len()] = [$(Kind::$kind),*];
        }

        /// The registry: each kind's entry, in the order of [`Kind`].
        pub static REGISTRY: [Entry; Kind::ALL.len()] = [$($entry,)*];
    };
}

kinds! {
    /// The home page, from `content/index.md`.
    Home => Entry {
        sources: &["content/index.md"],
        load: Some(|root, sources, into, diags| {
            into.home = optional_markdown(root, sources[0], diags);
        }),
        texts: |hb| hb.home.iter().collect(),
        pages: Pages::One,
        presence: Presence::Always,
        url: "/",
        template: "index.html",
        title: Some("home"),
        menu: Some(Menu { label: "home", order: 0 }),
        search: Some("home"),
        invalidates: &[Kind::Home],
    },
    /// The charter, one file per numbered section.
    Charter => Entry {
        sources: &["content/charter/"],
        load: Some(|root, sources, into, diags| {
            into.charter = charter::load(root, path(sources[0]), diags);
        }),
        texts: |hb| hb.charter.iter().map(|s| &s.body).collect(),
        pages: Pages::One,
        presence: Presence::WhenPresent(|hb| !hb.charter.is_empty()),
        url: "/charter/",
        template: "charter.html",
        title: Some("charter"),
        menu: Some(Menu { label: "charter", order: 1 }),
        search: Some("charter"),
        invalidates: &[Kind::Charter],
    },
    /// The method pages and their index.
    Method => Entry {
        sources: &["content/method/"],
        load: Some(|root, sources, into, diags| {
            into.method = method::load(root, path(sources[0]), diags);
        }),
        texts: |hb| hb.method.iter().map(|p| &p.body).collect(),
        pages: Pages::IndexAndItems {
            item_template: "method.html",
            slugs: |hb| hb.method.iter().map(|p| p.slug.as_str()).collect(),
        },
        presence: Presence::WhenPresent(|hb| !hb.method.is_empty()),
        url: "/method/",
        template: "method_index.html",
        title: Some("method"),
        menu: Some(Menu { label: "method", order: 2 }),
        search: Some("method"),
        invalidates: &[Kind::Method],
    },
    /// The decision tree (its title is the tree's own).
    DecisionTree => Entry {
        sources: &["content/decision-tree.yaml"],
        load: Some(|root, sources, into, diags| {
            into.decision_tree = super::optional_yaml(root, path(sources[0]), diags)
                .and_then(|(doc, src)| decision_tree::check(doc, &src, diags));
        }),
        texts: |hb| {
            hb.decision_tree
                .iter()
                .flat_map(decision_tree::DecisionTree::markdown)
                .collect()
        },
        pages: Pages::One,
        presence: Presence::WhenPresent(|hb| hb.decision_tree.is_some()),
        url: "/decision-tree/",
        template: "decision_tree.html",
        title: None,
        menu: Some(Menu { label: "decision_tree", order: 3 }),
        search: Some("decision_tree"),
        invalidates: &[Kind::DecisionTree],
    },
    /// The prompt library: an index by tag and one page per prompt.
    Prompts => Entry {
        sources: &["content/prompts/"],
        load: Some(|root, sources, into, diags| {
            into.prompts = prompts::load(root, path(sources[0]), diags);
        }),
        texts: |hb| hb.prompts.iter().flat_map(|p| [&p.intro, &p.notes]).collect(),
        pages: Pages::IndexAndItems {
            item_template: "prompt.html",
            slugs: |hb| hb.prompts.iter().map(|p| p.slug.as_str()).collect(),
        },
        presence: Presence::WhenPresent(|hb| !hb.prompts.is_empty()),
        url: "/prompts/",
        template: "prompts.html",
        title: Some("prompts"),
        menu: Some(Menu { label: "prompts", order: 4 }),
        search: Some("prompts"),
        invalidates: &[Kind::Prompts],
    },
    /// The training programme (its title is the programme's own).
    Training => Entry {
        sources: &["content/training/"],
        load: Some(|root, sources, into, diags| {
            into.training = training::load(root, path(sources[0]), diags);
        }),
        texts: |hb| {
            hb.training
                .iter()
                .flat_map(|t| t.intro.iter().chain(t.modules.iter().map(|m| &m.body)))
                .collect()
        },
        pages: Pages::One,
        presence: Presence::WhenPresent(|hb| hb.training.is_some()),
        url: "/training/",
        template: "training.html",
        title: None,
        menu: Some(Menu { label: "training", order: 5 }),
        search: Some("training"),
        invalidates: &[Kind::Training],
    },
    /// The register of AI tools.
    Tools => Entry {
        sources: &["content/tools.yaml"],
        load: Some(|root, sources, into, diags| {
            into.tools = super::optional_yaml(root, path(sources[0]), diags)
                .and_then(|(doc, src)| tools::check(doc, &src, diags));
        }),
        texts: |hb| hb.tools.iter().flat_map(|t| t.intro.as_ref()).collect(),
        pages: Pages::One,
        presence: Presence::WhenPresent(|hb| hb.tools.is_some()),
        url: "/tools/",
        template: "tools.html",
        title: Some("tools"),
        menu: Some(Menu { label: "tools", order: 6 }),
        search: Some("tools"),
        invalidates: &[Kind::Tools],
    },
    /// The indicators and their charts.
    Indicators => Entry {
        sources: &["content/indicators.yaml"],
        load: Some(|root, sources, into, diags| {
            into.indicators = super::optional_yaml(root, path(sources[0]), diags)
                .and_then(|(doc, src)| indicators::check(doc, &src, diags));
        }),
        texts: |hb| hb.indicators.iter().flat_map(|i| i.intro.as_ref()).collect(),
        pages: Pages::One,
        presence: Presence::WhenPresent(|hb| hb.indicators.is_some()),
        url: "/indicators/",
        template: "indicators.html",
        title: Some("indicators"),
        menu: Some(Menu { label: "indicators", order: 7 }),
        search: Some("indicators"),
        invalidates: &[Kind::Indicators],
    },
    /// The AI committee.
    Committee => Entry {
        sources: &["content/committee.yaml"],
        load: Some(|root, sources, into, diags| {
            into.committee = super::optional_yaml(root, path(sources[0]), diags)
                .map(|(doc, src)| committee::check(doc, &src, diags));
        }),
        texts: |hb| hb.committee.iter().flat_map(|c| c.intro.as_ref()).collect(),
        pages: Pages::One,
        presence: Presence::WhenPresent(|hb| hb.committee.is_some()),
        url: "/committee/",
        template: "committee.html",
        title: Some("committee"),
        menu: Some(Menu { label: "committee", order: 8 }),
        search: Some("committee"),
        invalidates: &[Kind::Committee],
    },
    /// The in-page checker: its optional introduction, and the association's vocabulary, which
    /// feeds the checker's data file and the prompt lint rather than a page's data.
    Checker => Entry {
        sources: &["content/checker.md", "content/classifier.yaml"],
        load: Some(|root, sources, into, diags| {
            into.checker_intro = optional_markdown(root, sources[0], diags);
            into.classifier = super::optional_yaml(root, path(sources[1]), diags)
                .map(|(doc, src)| classifier::check(doc, &src, diags));
        }),
        texts: |hb| hb.checker_intro.iter().collect(),
        pages: Pages::One,
        presence: Presence::Always,
        url: "/checker/",
        template: "checker.html",
        title: Some("checker_title"),
        menu: Some(Menu { label: "checker", order: 9 }),
        search: Some("checker"),
        invalidates: &[Kind::Checker],
    },
    /// The guard (the browser extension built from this handbook): what it does and its zip to
    /// download, unless `handbook.yaml` says `guard: false`.
    Guard => Entry {
        sources: &[],
        load: None,
        texts: |_| Vec::new(),
        pages: Pages::One,
        presence: Presence::WhenConfigured(|hb| hb.site.guard),
        url: "/guard/",
        template: "guard.html",
        title: Some("guardpage_title"),
        menu: None,
        search: Some("guardpage_kind"),
        invalidates: &[Kind::Guard],
    },
    /// What changed since the revision before, built from `revisions/` rather than `content/`.
    Changes => Entry {
        sources: &[],
        load: None,
        texts: |_| Vec::new(),
        pages: Pages::One,
        presence: Presence::WithChanges,
        url: "/changes/",
        template: "changes.html",
        title: Some("changes"),
        menu: None,
        search: Some("changes"),
        invalidates: &[Kind::Changes],
    },
    /// The page a host serves for an unknown address.
    NotFound => Entry {
        sources: &[],
        load: None,
        texts: |_| Vec::new(),
        pages: Pages::One,
        presence: Presence::SiteRoot,
        url: "/404.html",
        template: "404.html",
        title: Some("not_found"),
        menu: None,
        search: None,
        invalidates: &[Kind::NotFound],
    },
}

fn optional_markdown(root: &Path, rel: &str, diags: &mut Diagnostics) -> Option<Markdown> {
    super::load_optional_markdown(root, path(rel), diags)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn theme_dir() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default")
    }

    #[test]
    fn one_entry_per_kind_in_the_order_of_the_site() {
        for (i, kind) in Kind::ALL.into_iter().enumerate() {
            assert_eq!(kind as usize, i);
            assert!(std::ptr::eq(kind.entry(), &REGISTRY[i]));
            if i > 0 {
                assert!(Kind::ALL[i - 1] < kind, "{kind:?} out of order");
            }
        }
    }

    #[test]
    fn addresses_are_unique_and_well_formed() {
        let mut seen = BTreeSet::new();
        for kind in Kind::ALL {
            let url = kind.entry().url;
            assert!(url.starts_with('/'), "{kind:?}: {url}");
            assert!(
                url.ends_with('/') || url.ends_with(".html"),
                "{kind:?}: {url}"
            );
            assert!(seen.insert(url), "{kind:?}: address {url} used twice");
            if let Pages::IndexAndItems { .. } = kind.entry().pages {
                assert!(
                    url.ends_with('/') && url != "/",
                    "{kind:?}: items under {url}"
                );
            }
        }
    }

    #[test]
    fn every_template_exists_in_the_default_theme() {
        let templates = theme_dir().join("templates");
        let mut seen = BTreeSet::new();
        for kind in Kind::ALL {
            let entry = kind.entry();
            let mut names = vec![entry.template];
            if let Pages::IndexAndItems { item_template, .. } = entry.pages {
                names.push(item_template);
            }
            for name in names {
                assert!(
                    templates.join(name).is_file(),
                    "{kind:?}: no template {name} in {}",
                    templates.display()
                );
                assert!(seen.insert(name), "{kind:?}: template {name} used twice");
            }
        }
    }

    #[test]
    fn menu_positions_and_labels_are_unique() {
        let menus: Vec<Menu> = Kind::ALL.iter().filter_map(|k| k.entry().menu).collect();
        assert!(!menus.is_empty());
        let orders: BTreeSet<u8> = menus.iter().map(|m| m.order).collect();
        let labels: BTreeSet<&str> = menus.iter().map(|m| m.label).collect();
        assert_eq!(
            orders.len(),
            menus.len(),
            "two menu entries at one position"
        );
        assert_eq!(labels.len(), menus.len(), "two menu entries with one label");
        // A menu entry links to a page of every edition, never to the site's 404 page.
        for kind in Kind::ALL {
            if kind.entry().menu.is_some() {
                assert!(!matches!(kind.entry().presence, Presence::SiteRoot));
            }
        }
    }

    #[test]
    fn every_label_key_is_a_ui_string_of_every_language() {
        let i18n = theme_dir().join("i18n");
        let mut files: Vec<_> = std::fs::read_dir(&i18n)
            .expect("i18n folder")
            .map(|e| e.expect("entry").path())
            .collect();
        files.sort();
        assert!(!files.is_empty());
        for file in files {
            let text = std::fs::read_to_string(&file).expect("read");
            for kind in Kind::ALL {
                let entry = kind.entry();
                let keys = [entry.title, entry.menu.map(|m| m.label), entry.search];
                for key in keys.into_iter().flatten() {
                    assert!(
                        text.lines().any(|l| l.starts_with(&format!("{key}:"))),
                        "{kind:?}: no `{key}` in {}",
                        file.display()
                    );
                }
            }
        }
    }

    #[test]
    fn each_source_belongs_to_one_kind_and_maps_back_to_it() {
        let mut seen = BTreeSet::new();
        for kind in Kind::ALL {
            let entry = kind.entry();
            assert_eq!(entry.load.is_some(), !entry.sources.is_empty(), "{kind:?}");
            assert!(entry.invalidates.contains(&kind), "{kind:?}");
            for pattern in entry.sources {
                assert!(pattern.starts_with("content/"), "{kind:?}: {pattern}");
                assert!(seen.insert(*pattern), "{kind:?}: {pattern} claimed twice");
                assert_eq!(Kind::of_source(Path::new(pattern)), Some(kind));
                if pattern.ends_with('/') {
                    let inside = Path::new(pattern).join("sub/01-a.md");
                    assert_eq!(Kind::of_source(&inside), Some(kind), "{pattern}");
                }
            }
            // Only a kind that may be left out names a source to create.
            assert_eq!(
                kind.source().is_some(),
                matches!(entry.presence, Presence::WhenPresent(_)),
                "{kind:?}"
            );
        }
        assert_eq!(Kind::of_source(Path::new("content/other.yaml")), None);
        assert_eq!(Kind::of_source(Path::new("content")), None);
        assert_eq!(Kind::of_source(Path::new("handbook.yaml")), None);
    }
}
