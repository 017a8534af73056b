//! `handbook extension`: the guard at the point of prompting. Writes an unpacked Manifest V3
//! browser extension (Chromium browsers and Firefox, one manifest) that checks, in the browser, what
//! staff paste and send into public AI chat sites, with the site checker's classifier and the
//! handbook's vocabulary, and holds back a category 3–4 text before the page sees it.
//!
//! The extension's scripts are the files of `extension/` at the top of this repository; this module
//! adds what depends on the handbook: the manifest with the guarded sites, the checker's data file
//! (the same bytes as the site's `checker-data.json`), the strings in each language, and the
//! association's choice about "send anyway". Same sources, same bytes, zip included.

mod locales;
mod manifest;
mod zip;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use include_dir::{include_dir, Dir};
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::content::Handbook;
use crate::diagnostics::Diagnostics;
use crate::render::checker_assets::{PKG_JS, PKG_WASM, PKG_WASM_DEFLATED};
use crate::render::theme::Theme;

pub use manifest::{guarded_sites, Browsers, DEFAULT_SITES};

/// The extension's own scripts, pages and policy schema.
static SCRIPTS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/extension");

/// What `handbook extension` is asked to do.
pub struct ExtensionOptions {
    pub root: PathBuf,
    pub output: PathBuf,
    /// Match patterns guarded besides [`DEFAULT_SITES`].
    pub sites: Vec<String>,
    pub zip: Option<PathBuf>,
    /// Whether staff may send a held text anyway, after a confirmation (a policy can still say no).
    pub allow_send_anyway: bool,
    pub browsers: Browsers,
}

/// What was written.
pub struct ExtensionReport {
    pub files: usize,
    pub bytes: usize,
    pub sites: Vec<String>,
    pub zip_bytes: Option<usize>,
}

/// Why nothing was written.
pub enum ExtensionError {
    /// The handbook's sources have problems (`file:line:col` each).
    Sources(Diagnostics),
    Other(String),
}

/// Builds the extension for the handbook at `options.root` and writes it, replacing the output
/// folder (and the zip) only once everything is ready.
pub fn extension(options: &ExtensionOptions) -> Result<ExtensionReport, ExtensionError> {
    let sites = guarded_sites(&options.sites).map_err(ExtensionError::Other)?;
    let hb = crate::content::load(&options.root).map_err(ExtensionError::Sources)?;
    let theme =
        Theme::load(&options.root, &hb.site.theme.value).map_err(ExtensionError::Sources)?;
    let files = files(
        &hb,
        &theme,
        &sites,
        options.allow_send_anyway,
        options.browsers,
    );
    let zip_bytes = match &options.zip {
        Some(_) => Some(zip::archive(&files, &known_streams()).map_err(ExtensionError::Other)?),
        None => None,
    };
    write_folder(&options.output, &files).map_err(ExtensionError::Other)?;
    if let (Some(path), Some(bytes)) = (&options.zip, &zip_bytes) {
        write_file(path, bytes).map_err(ExtensionError::Other)?;
    }
    Ok(ExtensionReport {
        files: files.len(),
        bytes: files.values().map(Vec::len).sum(),
        sites,
        zip_bytes: zip_bytes.as_ref().map(Vec::len),
    })
}

/// The files of the zip `handbook build` publishes on the guard's page: byte for byte what
/// `handbook extension --zip` packs for the same handbook with its defaults (the usual AI sites,
/// "send anyway" after a confirmation unless a policy forbids it, one manifest for every browser),
/// so the page offers exactly the extension the README describes and IT can rebuild it to check.
/// Gathered apart from the packing ([`archive_remembered`]), which a build runs while it renders
/// the pages.
pub fn site_zip_files(hb: &Handbook, theme: &Theme) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let sites = guarded_sites(&[])?;
    Ok(files(hb, theme, &sites, true, Browsers::All))
}

/// The zip of `files`. Each distinct set of files is packed once per process: a build publishes
/// the same zip in every edition whose vocabulary is the same, and `serve` rebuilds at every save
/// while a save rarely changes the guard; compressing the Wasm again each time cost tens of
/// milliseconds an edition. Hashing the files to look the zip up costs about a millisecond.
pub fn archive_remembered(files: &BTreeMap<String, Vec<u8>>) -> Result<Vec<u8>, String> {
    /// Distinct zips remembered: the editions of a handbook with room to spare.
    const ZIPS_KEPT: usize = 16;
    static KEPT: Mutex<BTreeMap<[u8; 32], Vec<u8>>> = Mutex::new(BTreeMap::new());
    let mut hasher = Sha256::new();
    for (name, bytes) in files {
        for part in [name.as_bytes(), bytes] {
            hasher.update((part.len() as u64).to_le_bytes());
            hasher.update(part);
        }
    }
    let key: [u8; 32] = hasher.finalize().into();
    // A poisoned lock only means another thread panicked while holding it: the map is still sound.
    let kept = || KEPT.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(zip) = kept().get(&key) {
        return Ok(zip.clone());
    }
    let zip = zip::archive(files, &known_streams())?;
    let mut map = kept();
    if map.len() >= ZIPS_KEPT {
        map.clear();
    }
    map.insert(key, zip.clone());
    Ok(zip)
}

/// The files of the zip whose deflate streams the binary embeds: the checker's Wasm, the bulk of it.
fn known_streams() -> [zip::Deflated; 1] {
    [zip::Deflated {
        data: PKG_WASM,
        stream: PKG_WASM_DEFLATED,
    }]
}

/// Every file of the unpacked extension, by its path inside it.
pub fn files(
    hb: &Handbook,
    theme: &Theme,
    sites: &[String],
    allow_send_anyway: bool,
    browsers: Browsers,
) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for file in SCRIPTS.files() {
        let name = file.path().to_string_lossy().replace('\\', "/");
        files.insert(name, file.contents().to_vec());
    }
    files.insert("wasm_widget.js".into(), PKG_JS.to_vec());
    files.insert("wasm_widget_bg.wasm".into(), PKG_WASM.to_vec());
    files.insert(
        "checker-data.json".into(),
        crate::checker::data_json(hb).into_bytes(),
    );
    let default_locale = locale_of(&hb.site.language.value);
    let config = json!({
        "allowSendAnyway": allow_send_anyway,
        "defaultLang": default_locale,
    });
    files.insert("guard-config.json".into(), pretty(&config));
    let association = &hb.site.association.name;
    for lang in locales::LANGUAGES {
        files.insert(
            format!("_locales/{lang}/messages.json"),
            locales::messages(lang, &theme.strings(lang), association),
        );
    }
    let manifest = manifest::manifest(&manifest::ManifestInput {
        browsers,
        sites,
        default_locale: &default_locale,
        base_url: &hb.site.base_url.value,
        version: env!("CARGO_PKG_VERSION"),
    });
    files.insert("manifest.json".into(), pretty(&manifest));
    files
}

/// The handbook's language if the extension has strings in it, else French (as the theme falls
/// back): `default_locale` must name one of the `_locales` folders.
fn locale_of(language: &str) -> String {
    let primary = language.split('-').next().unwrap_or(language);
    locales::LANGUAGES
        .into_iter()
        .find(|l| *l == primary)
        .unwrap_or("fr")
        .to_string()
}

fn pretty(value: &serde_json::Value) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(value).unwrap_or_default();
    out.push(b'\n');
    out
}

/// Writes the files into a new folder beside `output`, then puts it in place of `output`. A folder
/// that is neither empty nor an earlier extension (no `manifest.json`) is never replaced.
fn write_folder(output: &Path, files: &BTreeMap<String, Vec<u8>>) -> Result<(), String> {
    let shown = output.display();
    if output.exists() {
        let is_empty_dir = std::fs::read_dir(output)
            .map(|mut entries| entries.next().is_none())
            .unwrap_or(false);
        if !output.is_dir() || !(is_empty_dir || output.join("manifest.json").is_file()) {
            return Err(format!(
                "{shown} exists and is not an extension folder (no manifest.json): choose another --output, or empty it"
            ));
        }
    }
    let parent = parent_of(output);
    std::fs::create_dir_all(&parent)
        .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    let staging = tempfile::Builder::new()
        .prefix(".extension-")
        .tempdir_in(&parent)
        .map_err(|e| format!("cannot write in {}: {e}", parent.display()))?;
    readable_by_all(staging.path(), 0o755)?;
    for (name, bytes) in files {
        let path = staging.path().join(name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        std::fs::write(&path, bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    if output.exists() {
        let old = tempfile::Builder::new()
            .prefix(".extension-old-")
            .tempdir_in(&parent)
            .map_err(|e| format!("cannot write in {}: {e}", parent.display()))?;
        let aside = old.path().join("previous");
        std::fs::rename(output, &aside).map_err(|e| format!("cannot move {shown} aside: {e}"))?;
        if let Err(e) = std::fs::rename(staging.path(), output) {
            // put the previous extension back: the output stays as it was
            let _ = std::fs::rename(&aside, output);
            return Err(format!("cannot replace {shown}: {e}"));
        }
    } else {
        std::fs::rename(staging.path(), output)
            .map_err(|e| format!("cannot write {shown}: {e}"))?;
    }
    Ok(())
}

/// Writes a file through a temporary file beside it, so a reader never sees half of it.
fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let shown = path.display();
    if path.is_dir() {
        return Err(format!(
            "--zip {shown} is a folder: give a file name such as guard.zip"
        ));
    }
    let parent = parent_of(path);
    std::fs::create_dir_all(&parent)
        .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    let mut temp = tempfile::NamedTempFile::new_in(&parent)
        .map_err(|e| format!("cannot write in {}: {e}", parent.display()))?;
    std::io::Write::write_all(&mut temp, bytes)
        .map_err(|e| format!("cannot write {shown}: {e}"))?;
    readable_by_all(temp.path(), 0o644)?;
    temp.persist(path)
        .map_err(|e| format!("cannot write {shown}: {}", e.error))?;
    Ok(())
}

/// Temporary files and folders are private to their owner; the extension is meant to be read by
/// others (a web server, an IT share), like any file written the usual way.
fn readable_by_all(path: &Path, mode: u32) -> Result<(), String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
            .map_err(|e| format!("cannot set the permissions of {}: {e}", path.display()))?;
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
    Ok(())
}

fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}
