//! `handbook serve` on a handbook with approved revisions: a save re-renders only the draft, and
//! keeps the frozen revisions' files in memory. Whatever it reuses, after any sequence of saves the
//! site it serves must be byte for byte the site a fresh build with the draft gives
//! (`handbook build --drafts`, which is what `serve` shows) for the same sources.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::copy_fixture;
use handbook::build::{prepare_with, BuildCache};
use handbook::serve::incremental::{Outcome, Rebuilder};
use handbook::serve::snapshot::Snapshot;
use handbook::site_files::SiteFiles;

/// What a fresh `handbook build --drafts` renders, with nothing remembered and no disk cache.
fn fresh_build(root: &Path) -> SiteFiles {
    match prepare_with(root, None, true, &mut BuildCache::one_shot()) {
        Ok((_, files)) => files,
        Err(d) => panic!("fresh build: {:?}", d.into_sorted()),
    }
}

/// The served site and the snapshot it is served from, followed save after save as the server
/// follows them.
struct Served {
    rebuilder: Rebuilder,
    snapshot: Snapshot,
    generation: u64,
}

impl Served {
    fn start(root: &Path) -> Served {
        let mut rebuilder = Rebuilder::new(root);
        assert!(matches!(rebuilder.full(), Outcome::Built { .. }));
        let snapshot = Snapshot::new(rebuilder.site(), 1, None);
        Served {
            rebuilder,
            snapshot,
            generation: 1,
        }
    }

    /// Tells the rebuilder that `rels` were saved (one batch), as the watch does, and swaps in the
    /// new snapshot from the previous one, as the server does; returns the changed site files, or
    /// `None` when the sources have problems.
    fn save(&mut self, rels: &[&str]) -> Option<Vec<String>> {
        let batch: BTreeSet<PathBuf> = rels.iter().map(PathBuf::from).collect();
        self.generation += 1;
        match self.rebuilder.apply(&batch) {
            Outcome::Built { changed } => {
                self.snapshot = Snapshot::after(
                    &self.snapshot,
                    self.rebuilder.site(),
                    &changed,
                    self.generation,
                    None,
                );
                Some(changed)
            }
            Outcome::Failed(_) => {
                self.snapshot = Snapshot::after(
                    &self.snapshot,
                    self.rebuilder.site(),
                    &[],
                    self.generation,
                    Some("<div>problems</div>".into()),
                );
                None
            }
        }
    }

    /// The site served now equals a fresh build of the sources: the same files, the same bytes,
    /// and a snapshot that serves what one prepared from nothing would serve.
    fn assert_fresh(&self, root: &Path, after: &str) {
        let fresh = fresh_build(root);
        let site = self.rebuilder.site().expect("a site");
        assert_eq!(
            site.keys().collect::<Vec<_>>(),
            fresh.keys().collect::<Vec<_>>(),
            "after {after}: the same files"
        );
        for (key, bytes) in &fresh {
            assert!(
                site.get(key) == Some(bytes),
                "after {after}: {key} differs from a fresh build"
            );
        }
        let expected = Snapshot::new(Some(&fresh), self.generation, self.snapshot.overlay.clone());
        assert_eq!(self.snapshot.files.len(), expected.files.len(), "{after}");
        for key in expected.files.keys() {
            let got = self.snapshot.send(key).expect("served");
            let want = expected.send(key).expect("served");
            assert_eq!(got.body, want.body, "after {after}: {key} as served");
            assert_eq!(got.etag, want.etag, "after {after}: {key}'s ETag");
        }
    }

    fn page(&self, key: &str) -> String {
        let site = self.rebuilder.site().expect("a site");
        String::from_utf8_lossy(site.get(key).unwrap_or_else(|| panic!("{key} is served")))
            .into_owned()
    }
}

fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let file = root.join(rel);
    let text = std::fs::read_to_string(&file).expect("read");
    assert!(text.contains(from), "{from:?} in {rel}");
    std::fs::write(&file, text.replacen(from, to, 1)).expect("write");
}

fn append(root: &Path, rel: &str, text: &str) {
    let file = root.join(rel);
    let old = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, format!("{old}{text}")).expect("write");
}

#[test]
fn every_save_serves_what_a_fresh_build_with_the_draft_gives() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_fixture("revised", &root);
    let mut served = Served::start(&root);
    served.assert_fresh(&root, "the first build");
    let frozen_prompt = served.page("prompts/prompt-002/index.html");

    // A prompt: the draft's page shows the edit, the revision in force at the root does not.
    let prompt = "content/prompts/002-remerciement.md";
    append(&root, prompt, "\nUne phrase ajoutée au brouillon.\n");
    let changed = served.save(&[prompt]).expect("builds");
    served.assert_fresh(&root, "a prompt's save");
    assert!(served
        .page("draft/prompts/prompt-002/index.html")
        .contains("Une phrase ajoutée au brouillon."));
    assert_eq!(served.page("prompts/prompt-002/index.html"), frozen_prompt);
    assert!(
        changed.iter().all(|k| !k.starts_with("revisions/")),
        "a save in content/ changes no frozen revision: {changed:?}"
    );

    // The same prompt again (the frozen editions now come from memory), then its translation.
    append(&root, prompt, "\nEt une deuxième.\n");
    served.save(&[prompt]).expect("builds");
    served.assert_fresh(&root, "a second save");
    let twin = "content/prompts/001-presentation.en.md";
    append(&root, twin, "\nOne more English sentence.\n");
    served.save(&[twin]).expect("builds");
    served.assert_fresh(&root, "a translation's save");

    // A method page and a data file.
    let method = "content/method/categories.md";
    edit(
        &root,
        method,
        "Donnée déjà publiée",
        "Donnée publiée de longue date",
    );
    served.save(&[method]).expect("builds");
    served.assert_fresh(&root, "a method page's save");
    let tools = "content/tools.yaml";
    edit(
        &root,
        tools,
        "Rédaction avec",
        "Rédaction et relecture avec",
    );
    served.save(&[tools]).expect("builds");
    served.assert_fresh(&root, "a data file's save");

    // A new file, then the same file removed.
    let new = "content/prompts/003-nouveau.md";
    std::fs::write(
        root.join(new),
        "---\nid: PROMPT-003\ntitle: \"Nouveau\"\ntags: [test]\nuse_case: \"Essai\"\n---\n## Contexte\n\nUn [lieu].\n\n## Prompt\n\nÉcris [n] mots.\n",
    )
    .expect("write");
    served.save(&[new]).expect("builds");
    served.assert_fresh(&root, "a new prompt");
    assert!(served
        .page("draft/prompts/prompt-003/index.html")
        .contains("Nouveau"));
    std::fs::remove_file(root.join(new)).expect("remove");
    served.save(&[new]).expect("builds");
    served.assert_fresh(&root, "a removed prompt");

    // A broken save keeps the last good site (with the overlay), and its fix serves the fix.
    append(&root, method, "\nUn [lien mort](/nulle-part/).\n");
    assert!(served.save(&[method]).is_none(), "a dead link is a problem");
    edit(
        &root,
        method,
        "\nUn [lien mort](/nulle-part/).\n",
        "\nCorrigé.\n",
    );
    served.save(&[method]).expect("builds");
    served.assert_fresh(&root, "the fix of a broken save");

    // Several files in one batch.
    append(&root, prompt, "\nTroisième.\n");
    edit(&root, tools, "Rédaction et relecture", "Rédaction");
    served.save(&[prompt, tools]).expect("builds");
    served.assert_fresh(&root, "a batch of two saves");

    // The theme: a new static file, then the style sheet overridden (its hashed name, so every
    // page's link to it, changes), then the override removed.
    std::fs::create_dir_all(root.join("static")).expect("static folder");
    let note = "static/note.txt";
    std::fs::write(root.join(note), "Une note statique.\n").expect("write");
    let changed = served.save(&[note]).expect("builds");
    served.assert_fresh(&root, "a new static file");
    assert!(changed.iter().any(|k| k == "note.txt"), "{changed:?}");
    let style = "static/style.css";
    let default_style =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/static/style.css");
    let css = std::fs::read_to_string(default_style).expect("the default style sheet");
    std::fs::write(
        root.join(style),
        format!("{css}\n.note {{ color: #333; }}\n"),
    )
    .expect("write");
    let changed = served.save(&[style]).expect("builds");
    served.assert_fresh(&root, "a style sheet override");
    assert!(
        changed.iter().any(|k| k == "draft/index.html"),
        "every draft page links to the new style sheet: {changed:?}"
    );
    std::fs::remove_file(root.join(style)).expect("remove");
    served.save(&[style]).expect("builds");
    served.assert_fresh(&root, "the override removed");
}

/// What `serve` keeps of the parsed sources between saves (the YAML and Markdown of every file) is
/// never served stale: an edit that keeps a file's size, a file removed then written again, a
/// change of `handbook.yaml` that changes what the sources' variables say, and a theme's UI
/// strings, each give what a fresh build gives.
#[test]
fn kept_parses_never_serve_stale_content() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_fixture("revised", &root);
    let mut served = Served::start(&root);

    // Same size, other bytes: in a prompt's front matter, in its body, and in a data file.
    let prompt = "content/prompts/002-remerciement.md";
    let size = |rel: &str| std::fs::metadata(root.join(rel)).expect("metadata").len();
    let before = size(prompt);
    edit(
        &root,
        prompt,
        "Remercier un partenaire.",
        "Remercier un bienfaiteur",
    );
    edit(&root, prompt, "a aidés.", "a aidée.");
    assert_eq!(size(prompt), before, "the edit keeps the file's size");
    served.save(&[prompt]).expect("builds");
    served.assert_fresh(&root, "a same-size edit of a prompt");
    let page = served.page("draft/prompts/prompt-002/index.html");
    assert!(page.contains("Remercier un bienfaiteur"), "{page}");
    assert!(page.contains("a aidée."), "{page}");
    let tools = "content/tools.yaml";
    let before = size(tools);
    edit(&root, tools, "Éditeur X", "Éditeur Y");
    assert_eq!(size(tools), before);
    served.save(&[tools]).expect("builds");
    served.assert_fresh(&root, "a same-size edit of a data file");
    assert!(served.page("draft/tools/index.html").contains("Éditeur Y"));

    // A file removed, then written again: first as it was, then with other content.
    let text = std::fs::read_to_string(root.join(prompt)).expect("read");
    std::fs::remove_file(root.join(prompt)).expect("remove");
    served.save(&[prompt]).expect("builds");
    served.assert_fresh(&root, "a prompt removed");
    std::fs::write(root.join(prompt), &text).expect("write");
    served.save(&[prompt]).expect("builds");
    served.assert_fresh(&root, "the prompt written again as it was");
    std::fs::remove_file(root.join(prompt)).expect("remove");
    served.save(&[prompt]).expect("builds");
    std::fs::write(root.join(prompt), text.replace("bienfaiteur", "donateur")).expect("write");
    served.save(&[prompt]).expect("builds");
    served.assert_fresh(&root, "the prompt written again, changed");
    assert!(served
        .page("draft/prompts/prompt-002/index.html")
        .contains("Remercier un donateur"));

    // The association's name, used through a variable in a prompt's front matter and body:
    // `handbook.yaml` changes what the unchanged prompt says (same size again).
    edit(
        &root,
        prompt,
        "Remercier un donateur",
        "Remercier {{ association.name }}",
    );
    append(&root, prompt, "\nAu nom de {{ association.name }}.\n");
    served.save(&[prompt]).expect("builds");
    served.assert_fresh(&root, "variables in a prompt");
    let config = "handbook.yaml";
    edit(
        &root,
        config,
        "name: \"Association Révisée\"",
        "name: \"Association Rédigée\"",
    );
    served.save(&[config]).expect("builds");
    served.assert_fresh(&root, "the association renamed");
    let page = served.page("draft/prompts/prompt-002/index.html");
    assert!(page.contains("Remercier Association Rédigée"), "{page}");
    assert!(page.contains("Au nom de Association Rédigée."), "{page}");

    // A theme's UI strings: the built-in theme copied into the handbook, then one string changed.
    let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
    copy_dir(&theme, &root.join("themes/default"));
    served
        .save(&["themes/default/i18n/fr.yaml"])
        .expect("builds");
    served.assert_fresh(&root, "the theme copied into the handbook");
    let strings = "themes/default/i18n/fr.yaml";
    edit(&root, strings, "home: \"Accueil\"", "home: \"Acceuil\"");
    served.save(&[strings]).expect("builds");
    served.assert_fresh(&root, "a UI string changed");
    assert!(served.page("draft/index.html").contains("Acceuil"));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("folder");
    for entry in std::fs::read_dir(from).expect("read folder") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}
