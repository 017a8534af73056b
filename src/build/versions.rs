//! The editions of a handbook with revisions: every frozen revision (at the root for the one in
//! force, and under `revisions/ID/`), then the draft on request. Work on a frozen revision comes from
//! the build cache whenever it can, and a revision's sources are loaded only when some of its work is
//! not there.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use serde_json::json;

use super::frozen::{self, FrozenParts};
use super::{diff_labels, merge, push_languages, translations, BuildCache, BuildRun, Edition};
use crate::cache::{self, DiskCache};
use crate::changes;
use crate::content::{self, Handbook};
use crate::diagnostics::{Diagnostic, Diagnostics, Origin};
use crate::render::edition::{EditionView, PdfLink, Status, SwitchTarget};
use crate::render::{pages, SiteFiles};
use crate::revisions::{self, Revision};

/// A revision loaded from its snapshot (in each language), published with the current site settings.
pub(super) fn load_revision(
    root: &Path,
    revision: &Revision,
    current: &Handbook,
    languages: &[String],
) -> Result<(Handbook, Vec<Handbook>), Diagnostics> {
    let mut hb =
        content::load(&root.join(&revision.dir)).map_err(|d| d.with_prefix(&revision.dir))?;
    // Where and how the site is published is today's decision; what the revision says is frozen.
    hb.site.base_url = current.site.base_url.clone();
    hb.site.theme = current.site.theme.clone();
    let translations = translations(root, &revision.dir, current, languages)?;
    Ok((hb, translations))
}

/// The revisions' models, loaded only when some work on them is not in the build cache.
pub(super) struct RevisionModels<'a, 's> {
    root: &'a Path,
    revisions: &'a [Revision],
    current: &'a Handbook,
    languages: &'a [String],
    loaded: Vec<Option<Arc<Loaded>>>,
    /// A revision being loaded on another thread, by index.
    pending: Option<(
        usize,
        std::thread::ScopedJoinHandle<'s, Result<Loaded, Diagnostics>>,
    )>,
}

/// A revision in its default language, and its translations.
pub(super) type Loaded = (Handbook, Vec<Handbook>);

/// Where a loaded revision is kept between builds of one `serve` run
/// ([`BuildCache::kept_revisions`]): its folder, and what of today's handbook its model takes
/// (the address, the theme and the languages of the site).
fn kept_key(revision: &Revision, current: &Handbook, languages: &[String]) -> String {
    format!(
        "{}\n{}\n{}\n{}",
        revision.dir.display(),
        current.site.base_url.value,
        current.site.theme.value,
        languages.join(",")
    )
}

impl<'a, 's> RevisionModels<'a, 's> {
    /// No revision loaded yet, except those `kept` from an earlier build of this `serve` run.
    fn new(
        root: &'a Path,
        revisions: &'a [Revision],
        current: &'a Handbook,
        languages: &'a [String],
        kept: &BTreeMap<String, Arc<Loaded>>,
    ) -> Self {
        RevisionModels {
            root,
            revisions,
            current,
            languages,
            loaded: revisions
                .iter()
                .map(|r| kept.get(&kept_key(r, current, languages)).cloned())
                .collect(),
            pending: None,
        }
    }

    /// The revisions loaded so far, by their [`kept_key`], to keep for the next build.
    fn keep_into(&self, kept: &mut BTreeMap<String, Arc<Loaded>>) {
        for (revision, loaded) in self.revisions.iter().zip(&self.loaded) {
            if let Some(loaded) = loaded {
                kept.insert(
                    kept_key(revision, self.current, self.languages),
                    Arc::clone(loaded),
                );
            }
        }
    }

    /// Starts loading revision `i` on another thread of `scope`, for a later [`load`](Self::load).
    /// Nothing to do when it is already loaded (kept from an earlier build).
    fn prefetch(&mut self, scope: &'s std::thread::Scope<'s, 'a>, i: usize) {
        if self.loaded[i].is_some() {
            return;
        }
        let (root, revision, current, languages) =
            (self.root, &self.revisions[i], self.current, self.languages);
        let handle = scope.spawn(move || load_revision(root, revision, current, languages));
        self.pending = Some((i, handle));
    }

    /// Loads revision `i` if it is not loaded yet.
    fn load(&mut self, i: usize) -> Result<(), Diagnostics> {
        if self.pending.as_ref().is_some_and(|(p, _)| *p == i) {
            if let Some((_, handle)) = self.pending.take() {
                let loaded = handle
                    .join()
                    .unwrap_or_else(|_| Err(internal("loading a revision stopped")))?;
                self.loaded[i] = Some(Arc::new(loaded));
            }
        }
        if self.loaded[i].is_none() {
            self.loaded[i] = Some(Arc::new(load_revision(
                self.root,
                &self.revisions[i],
                self.current,
                self.languages,
            )?));
        }
        Ok(())
    }

    /// Loads every revision in `wanted`, reporting all their problems at once.
    fn load_all(&mut self, wanted: &BTreeSet<usize>) -> Result<(), Diagnostics> {
        let mut diags = Diagnostics::new();
        for &i in wanted {
            if let Err(d) = self.load(i) {
                diags.extend(d);
            }
        }
        diags.into_result(())
    }

    /// Revision `i` in the default language, once loaded.
    fn model(&self, i: usize) -> Result<&Handbook, Diagnostics> {
        self.loaded[i]
            .as_ref()
            .map(|loaded| &loaded.0)
            .ok_or_else(|| internal("a revision was used before it was loaded"))
    }

    /// Revision `i` in the language at `lang_index` (0: the default language).
    fn model_in(&self, i: usize, lang_index: usize) -> Result<&Handbook, Diagnostics> {
        let (hb, translated) = &**self.loaded[i]
            .as_ref()
            .ok_or_else(|| internal("a revision was used before it was loaded"))?;
        match lang_index {
            0 => Ok(hb),
            n => translated
                .get(n - 1)
                .ok_or_else(|| internal("a translation of a revision is missing")),
        }
    }
}

pub(super) fn internal(what: &str) -> Diagnostics {
    Diagnostic::new(
        Origin::file_start(revisions::INDEX),
        format!("internal error: {what}"),
        "report this as a bug; building with `--no-cache` may work around it",
    )
    .into()
}

/// One edition of a frozen revision: where it comes from, how it is shown, and its cache key.
pub(super) struct FrozenEdition {
    /// Key of its in-memory render cache (`handbook serve`).
    pub(super) memory_key: String,
    pub(super) revision: usize,
    pub(super) lang_index: usize,
    pub(super) view: EditionView,
    pub(super) disk_key: cache::Key,
}

/// Every edition of a handbook with revisions, merged into one site: the revision in force at the
/// root, every revision under its folder, the draft on request, and one charter PDF per revision;
/// each in the site's languages (`current`'s, whose translations are `current_translations`).
pub(super) fn render_revisions(
    root: &Path,
    current: &Handbook,
    current_translations: &[Handbook],
    revisions: &[Revision],
    drafts: bool,
    cache: &mut BuildCache,
    run: &mut BuildRun,
) -> Result<SiteFiles, Diagnostics> {
    let languages = &current.site.languages();
    std::thread::scope(|scope| {
        let mut models =
            RevisionModels::new(root, revisions, current, languages, &cache.kept_revisions);
        let newest = revisions.len() - 1;
        if drafts {
            // The draft's changes page compares it with the revision in force: loading that one takes
            // as long as the draft's own sources, so it is done on another thread meanwhile.
            models.prefetch(scope, newest);
        }
        let Parts {
            urls,
            pdfs,
            mut pdf_files,
        } = revision_parts(revisions, &mut models, &mut cache.disk)?;
        let draft_pdf = if drafts {
            Some(draft_pdf(
                current,
                &revisions[newest],
                &mut cache.disk,
                &mut pdf_files,
            )?)
        } else {
            None
        };
        let switcher = switcher(revisions, &urls, drafts.then_some(current));
        let inputs = frozen::frozen_inputs(root, current, languages, revisions, &switcher);
        let frozen = frozen_editions(revisions, languages, &switcher, &pdfs, &inputs);

        run.frozen = FrozenParts::plan(&frozen, revisions, &run.previous, &mut cache.disk);
        // The draft's changes page compares it with the revision in force.
        let also_wanted = drafts.then_some(newest);
        let outputs = render_frozen(
            root,
            &frozen,
            &mut models,
            &pdfs,
            also_wanted,
            cache,
            &run.frozen,
        )?;
        run.frozen.record_rendered(&frozen, &outputs, &pdfs);
        let kept_sitemap = run.frozen.kept_sitemap();
        let mut outputs: Vec<SiteFiles> = outputs.into_iter().flatten().collect();

        if drafts {
            let labels = diff_labels(&current.site.language.value);
            let comparison = DraftComparison {
                changes: changes::compare(models.model(newest)?, current, &labels),
                pdf: draft_pdf,
            };
            let editions = draft_editions(
                current,
                current_translations,
                revisions,
                switcher,
                Some(comparison),
            );
            for edition in &editions {
                outputs.push(run.render_content(root, edition, cache)?);
            }
        } else {
            let draft = UnpublishedDraft {
                current,
                translations: current_translations,
                revisions,
                switcher,
            };
            check_unpublished_draft(root, draft, cache, run)?;
        }
        if cache.persistent {
            models.keep_into(&mut cache.kept_revisions);
        }
        let theme = cache.site_theme(root, current)?;
        let mut files = merge(outputs, kept_sitemap, current, theme, Some(revisions))?;
        files.extend(pdf_files);
        Ok(files)
    })
}

/// The draft as [`check_unpublished_draft`] needs it: `content/` in every language, the revisions
/// and the switcher of the site.
struct UnpublishedDraft<'a> {
    current: &'a Handbook,
    translations: &'a [Handbook],
    revisions: &'a [Revision],
    switcher: Vec<SwitchTarget>,
}

/// Renders the draft (`content/`) in every language without publishing it, for its problems only:
/// a dead link or a broken page in the draft must stop `handbook build` and `handbook validate`
/// as it would once the draft is approved, long before the committee is asked to approve it.
/// Its changes page is there (links to it resolve) without the comparison, and it has no PDF:
/// both are built from the revision in force, which is checked on its own.
fn check_unpublished_draft(
    root: &Path,
    draft: UnpublishedDraft<'_>,
    cache: &mut BuildCache,
    run: &mut BuildRun,
) -> Result<(), Diagnostics> {
    let UnpublishedDraft {
        current,
        translations: current_translations,
        revisions,
        switcher,
    } = draft;
    let editions = draft_editions(current, current_translations, revisions, switcher, None);
    for edition in &editions {
        run.render_content(root, edition, cache)?;
    }
    Ok(())
}

/// What a published draft's changes page shows that a draft only checked lacks: the comparison
/// with the revision in force, and the draft's charter PDF.
struct DraftComparison {
    changes: changes::Changes,
    pdf: Option<PdfLink>,
}

/// The draft's editions (`draft/`, one per language of the site), whether it is published or only
/// checked: built in one place, so what is checked is what would be published. Without a
/// `comparison`, its changes page is there (links to it resolve) with no comparison and no PDF.
fn draft_editions<'a>(
    current: &'a Handbook,
    translations: &'a [Handbook],
    revisions: &[Revision],
    switcher: Vec<SwitchTarget>,
    comparison: Option<DraftComparison>,
) -> Vec<Edition<'a>> {
    let (changes, pdf) = match comparison {
        Some(c) => (Some(c.changes), c.pdf),
        None => (None, None),
    };
    let view = EditionView {
        prefix: "draft/".into(),
        status: Status::Draft,
        label: "draft".into(),
        switcher,
        changes: Some(json!({
            "revision": null,
            "previous": revisions.last().map(|r| &r.id),
            "changes": changes,
            "pdf_sha256": pdf.as_ref().map(|pdf| &pdf.sha256),
            "revisions": revisions,
        })),
        pdf,
        ..EditionView::unversioned()
    };
    let mut editions = Vec::new();
    push_languages(
        &mut editions,
        "draft",
        true,
        view,
        current,
        translations,
        &current.site.languages(),
    );
    editions
}

/// What the whole site needs of each revision, whatever edition is shown: the addresses a reader
/// can reach in it (for the switcher) and its charter PDF (file name, SHA-256), with the PDFs.
struct Parts {
    urls: Vec<BTreeSet<String>>,
    pdfs: Vec<PdfLink>,
    pdf_files: SiteFiles,
}

/// Each revision's [`Parts`], from the cache when this generator already computed them from the same
/// frozen content. A PDF that no longer matches its recorded hash stops the build.
fn revision_parts(
    revisions: &[Revision],
    models: &mut RevisionModels<'_, '_>,
    disk: &mut DiskCache,
) -> Result<Parts, Diagnostics> {
    let mut parts = Parts {
        urls: Vec::new(),
        pdfs: Vec::new(),
        pdf_files: SiteFiles::new(),
    };
    let mut diags = Diagnostics::new();
    for (i, r) in revisions.iter().enumerate() {
        let urls_key = {
            let mut k = cache::KeyBuilder::new("urls");
            k.field(&r.content_sha256);
            k.finish()
        };
        let cached_urls = disk.get(&urls_key).and_then(|m| m.get("urls").cloned());
        let urls = match cached_urls {
            Some(bytes) => String::from_utf8_lossy(&bytes)
                .lines()
                .map(str::to_string)
                .collect(),
            None => {
                if let Err(d) = models.load(i) {
                    diags.extend(d);
                    continue;
                }
                let urls = pages::urls_of(models.model(i)?, true);
                let text = urls.iter().cloned().collect::<Vec<_>>().join("\n");
                disk.put(&urls_key, &frozen::single("urls", text.into_bytes()));
                urls
            }
        };
        parts.urls.push(urls);

        // The PDF depends on the frozen snapshot and the revision's record, not on where the site
        // is published.
        let pdf_key = {
            let mut k = cache::KeyBuilder::new("pdf");
            k.field(&r.content_sha256)
                .field(&r.id)
                .field(&r.date)
                .field(&r.approved_by);
            k.finish()
        };
        let cached = disk.get(&pdf_key).and_then(|mut m| {
            let charter = String::from_utf8(m.remove("charter")?).ok()?;
            Some((m.remove("pdf")?, charter))
        });
        let (bytes, charter_sha256) = match cached {
            Some(found) => found,
            None => {
                if let Err(d) = models.load(i) {
                    diags.extend(d);
                    continue;
                }
                let model = models.model(i)?;
                let bytes =
                    revisions::pdf::build(model, &r.id, &r.date, &r.approved_by).map_err(|e| {
                        Diagnostics::from(Diagnostic::new(
                            Origin::file_start(revisions::INDEX),
                            format!("revision `{}`: {e}", r.id),
                            "check the revision's charter sections",
                        ))
                    })?;
                let charter = revisions::pdf::charter_hash(model);
                disk.put(&pdf_key, &pdf_record(&bytes, &charter));
                (bytes, charter)
            }
        };
        let sha = crate::digest::sha256_hex(&bytes);
        if let (Some(recorded), Some(origin)) = (&r.pdf_sha256, &r.pdf_origin) {
            if *recorded != sha {
                diags.error(
                    origin.clone(),
                    format!("the charter PDF of revision `{}` no longer matches its recorded SHA-256 (it now builds as {sha})", r.id),
                    "signed copies are bound to the recorded hash: build with the handbook version that cut the revision, or, if nobody has signed it yet, record the new hash here",
                );
            }
        }
        let name = revisions::pdf::file_name(&r.id);
        parts.pdf_files.insert(name.clone(), bytes);
        parts.pdfs.push(PdfLink {
            file: name,
            sha256: sha,
            charter_sha256,
        });
    }
    diags.into_result(parts)
}

/// A charter PDF and the charter hash it prints, as one cache record: the hash must not need the
/// revision's sources when the PDF comes from the cache.
fn pdf_record(bytes: &[u8], charter_sha256: &str) -> cache::Members {
    let mut members = frozen::single("pdf", bytes.to_vec());
    members.insert("charter".into(), charter_sha256.as_bytes().to_vec());
    members
}

/// The draft's charter PDF, dated like the revision in force: added to `pdf_files`, returned as
/// (file name, SHA-256). Cached by what it prints, so edits of other pages leave it as it was.
fn draft_pdf(
    current: &Handbook,
    in_force: &Revision,
    disk: &mut DiskCache,
    pdf_files: &mut SiteFiles,
) -> Result<PdfLink, Diagnostics> {
    let (id, date) = (&in_force.id, &in_force.date);
    let key = {
        let mut k = cache::KeyBuilder::new("draft-pdf");
        k.field(revisions::pdf::fingerprint(current, id, date, "draft"));
        k.finish()
    };
    let cached = disk.get_record(&key).and_then(|mut m| m.remove("pdf"));
    let bytes = match cached {
        Some(bytes) => bytes,
        None => {
            let bytes = revisions::pdf::build_draft(current, id, date).map_err(|e| {
                Diagnostics::from(Diagnostic::new(
                    Origin::file_start("content/charter"),
                    format!("draft charter PDF: {e}"),
                    "check the charter sections",
                ))
            })?;
            disk.put(&key, &frozen::single("pdf", bytes.clone()));
            bytes
        }
    };
    let name = revisions::pdf::file_name("draft");
    let sha = crate::digest::sha256_hex(&bytes);
    pdf_files.insert(name.clone(), bytes);
    Ok(PdfLink {
        file: name,
        sha256: sha,
        charter_sha256: revisions::pdf::charter_hash(current),
    })
}

/// The revision switcher every edition shows: each revision (the one in force at the root), then
/// the draft when it is published (`draft`).
fn switcher(
    revisions: &[Revision],
    urls: &[BTreeSet<String>],
    draft: Option<&Handbook>,
) -> Vec<SwitchTarget> {
    let newest = revisions.len() - 1;
    let mut switcher: Vec<SwitchTarget> = revisions
        .iter()
        .zip(urls)
        .enumerate()
        .map(|(i, (r, urls))| SwitchTarget {
            label: r.id.clone(),
            prefix: if i == newest {
                String::new()
            } else {
                frozen::folder_of(&r.id)
            },
            urls: urls.clone(),
            status: if i == newest {
                Status::Newest
            } else {
                Status::Older
            },
        })
        .collect();
    if let Some(current) = draft {
        switcher.push(SwitchTarget {
            label: "draft".into(),
            prefix: "draft/".into(),
            urls: pages::urls_of(current, true),
            status: Status::Draft,
        });
    }
    switcher
}

/// Every frozen edition with its cache key: the newest revision at the root, then every revision
/// under its own folder (the newest one too, so addresses of what people signed never change); each
/// in every language.
fn frozen_editions(
    revisions: &[Revision],
    languages: &[String],
    switcher: &[SwitchTarget],
    pdfs: &[PdfLink],
    inputs: &frozen::FrozenInputs,
) -> Vec<FrozenEdition> {
    let newest = revisions.len() - 1;
    let mut frozen = Vec::new();
    for (i, r) in revisions.iter().enumerate() {
        let view = EditionView {
            prefix: frozen::folder_of(&r.id),
            status: if i == newest {
                Status::Newest
            } else {
                Status::Older
            },
            label: r.id.clone(),
            switcher: switcher.to_vec(),
            changes: None,
            pdf: Some(pdfs[i].clone()),
            ..EditionView::unversioned()
        };
        let mut placements = Vec::new();
        if i == newest {
            let mut root_view = view.clone();
            root_view.prefix = String::new();
            placements.push((format!("root:{}", r.id), root_view));
        }
        placements.push((r.id.clone(), view));
        for (key, view) in placements {
            for (lang_index, lang) in languages.iter().enumerate() {
                let view = view.in_language(lang, languages);
                let disk_key = frozen::edition_key(inputs, revisions, i, &view);
                frozen.push(FrozenEdition {
                    memory_key: format!("{key}:{lang}"),
                    revision: i,
                    lang_index,
                    view,
                    disk_key,
                });
            }
        }
    }
    frozen
}

/// The files of each frozen edition, in the order of `frozen`: from the cache, or rendered (and
/// stored); none for the editions of folders kept in the previous output. Only what must be
/// rendered loads revisions' sources: the edition's revision and the one before it (its changes
/// page compares them), and `also_wanted`.
fn render_frozen(
    root: &Path,
    frozen: &[FrozenEdition],
    models: &mut RevisionModels<'_, '_>,
    pdfs: &[PdfLink],
    also_wanted: Option<usize>,
    cache: &mut BuildCache,
    parts: &FrozenParts,
) -> Result<Vec<Option<SiteFiles>>, Diagnostics> {
    let revisions = models.revisions;
    let labels = diff_labels(&models.current.site.language.value);
    let kept: Vec<bool> = frozen
        .iter()
        .map(|e| parts.is_kept(&e.view.prefix))
        .collect();
    let mut outputs: Vec<Option<SiteFiles>> = frozen
        .iter()
        .zip(&kept)
        .map(|(e, &kept)| {
            if kept {
                return None;
            }
            if let Some(files) = cache.kept_frozen_files.get(e.disk_key.hex()) {
                return Some(files.clone());
            }
            cache
                .disk
                .get(&e.disk_key)
                .map(|members| members.into_iter().collect())
        })
        .collect();
    let mut wanted: BTreeSet<usize> = also_wanted.into_iter().collect();
    for ((edition, output), &kept) in frozen.iter().zip(&outputs).zip(&kept) {
        if output.is_none() && !kept {
            wanted.insert(edition.revision);
            wanted.extend(edition.revision.checked_sub(1));
        }
    }
    models.load_all(&wanted)?;
    let change_data =
        |models: &RevisionModels<'_, '_>, i: usize| -> Result<serde_json::Value, Diagnostics> {
            let changes = match i.checked_sub(1) {
                Some(p) => Some(changes::compare(
                    models.model(p)?,
                    models.model(i)?,
                    &labels,
                )),
                None => None,
            };
            Ok(json!({
                "revision": revisions[i],
                "previous": i.checked_sub(1).map(|p| revisions[p].id.clone()),
                "changes": changes,
                "pdf_sha256": pdfs[i].sha256,
                "revisions": revisions,
            }))
        };
    for ((edition, output), &kept) in frozen.iter().zip(outputs.iter_mut()).zip(&kept) {
        if output.is_some() || kept {
            continue;
        }
        let mut view = edition.view.clone();
        view.changes = Some(change_data(models, edition.revision)?);
        let spec = Edition {
            key: edition.memory_key.clone(),
            from_content: false,
            view,
            model: models.model_in(edition.revision, edition.lang_index)?,
        };
        let (rendered, _) = cache.render(root, &spec)?;
        cache.disk.put(&edition.disk_key, &rendered);
        *output = Some(rendered);
    }
    if cache.persistent {
        keep_frozen_files(frozen, &outputs, &mut cache.kept_frozen_files);
    }
    Ok(outputs)
}

/// Keeps the files of this build's frozen editions in memory for the next build of the same
/// `serve` run, by disk cache key; editions this build did not use are forgotten.
fn keep_frozen_files(
    frozen: &[FrozenEdition],
    outputs: &[Option<SiteFiles>],
    kept: &mut BTreeMap<String, SiteFiles>,
) {
    let mut next = BTreeMap::new();
    for (edition, output) in frozen.iter().zip(outputs) {
        let key = edition.disk_key.hex();
        if let Some(files) = kept.remove(key) {
            next.insert(key.to_string(), files);
        } else if let Some(files) = output {
            next.insert(key.to_string(), files.clone());
        }
    }
    *kept = next;
}
