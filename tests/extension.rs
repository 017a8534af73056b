//! `handbook extension`: the manifest it writes (Manifest V3, the guarded sites, minimal
//! permissions), the checker data it bundles (the very bytes the site's checker reads: public names,
//! hashed secret terms, own contact data), its strings in each language, byte-identical output for
//! the same sources, and the refusals that leave an earlier output untouched.
//!
//! The fixture `tests/fixtures/extension/` is laid over a copy of `tests/fixtures/minimal/`: a
//! handbook in Dutch with a public name, a secret term and its own contact data.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use common::{copy_minimal_with, handbook, snapshot, Run};
use serde_json::Value;

const EXTRA_SITE: &str = "http://127.0.0.1/*";

fn extension(root: &Path, output: &Path, extra: &[&str]) -> Run {
    let mut args: Vec<std::ffi::OsString> = vec![
        "extension".into(),
        "--root".into(),
        root.into(),
        "--output".into(),
        output.into(),
    ];
    args.extend(extra.iter().map(Into::into));
    let run = handbook(args);
    common::assert_no_panic(&run);
    run
}

fn json(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .expect("an array")
        .iter()
        .map(|v| v.as_str().expect("a string").to_string())
        .collect()
}

/// A handbook with the fixture and the extension built from it, with `--site EXTRA_SITE`.
fn built() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("handbook");
    copy_minimal_with("extension", &root);
    let out = tmp.path().join("guard");
    extension(&root, &out, &["--site", EXTRA_SITE]).assert_success();
    (tmp, root, out)
}

#[test]
fn manifest_guards_the_chat_sites_with_minimal_permissions() {
    let (_tmp, _root, out) = built();
    let manifest = json(&out.join("manifest.json"));
    assert_eq!(manifest["manifest_version"], 3);
    assert_eq!(strings(&manifest["permissions"]), ["storage", "scripting"]);
    // host access beyond the guarded sites only once a person grants a site the policy adds
    assert_eq!(strings(&manifest["optional_host_permissions"]), ["*://*/*"]);
    for absent in [
        "host_permissions",
        "optional_permissions",
        "web_accessible_resources",
        "externally_connectable",
    ] {
        assert!(
            manifest.get(absent).is_none(),
            "{absent} must not be asked for"
        );
    }
    let scripts = manifest["content_scripts"]
        .as_array()
        .expect("content scripts");
    assert_eq!(scripts.len(), 1);
    let mut expected: Vec<String> = handbook::extension::DEFAULT_SITES
        .iter()
        .map(|s| s.to_string())
        .collect();
    expected.push(EXTRA_SITE.to_string());
    assert_eq!(strings(&scripts[0]["matches"]), expected);
    for site in [
        "https://chatgpt.com/*",
        "https://claude.ai/*",
        "https://chat.mistral.ai/*",
    ] {
        assert!(expected.iter().any(|s| s == site), "{site}");
    }
    // every file the manifest names is in the output
    let mut named = strings(&scripts[0]["js"]);
    named.push(
        manifest["background"]["service_worker"]
            .as_str()
            .unwrap()
            .into(),
    );
    named.extend(strings(&manifest["background"]["scripts"]));
    named.push(manifest["action"]["default_popup"].as_str().unwrap().into());
    named.push(
        manifest["storage"]["managed_schema"]
            .as_str()
            .unwrap()
            .into(),
    );
    for file in named {
        assert!(
            out.join(&file).is_file(),
            "manifest names {file}, not written"
        );
    }
    // the handbook's language is the default, its host makes the Firefox id
    assert_eq!(manifest["default_locale"], "nl");
    assert_eq!(
        manifest["browser_specific_settings"]["gecko"]["id"],
        "guard@garde.example.org"
    );
    // the policy an organisation can set
    let schema = json(&out.join("managed_schema.json"));
    assert_eq!(schema["properties"]["allowSendAnyway"]["type"], "boolean");
    assert_eq!(schema["properties"]["extraSites"]["type"], "array");
    assert_eq!(
        schema["properties"]["extraSites"]["items"]["type"],
        "string"
    );
    assert_eq!(
        json(&out.join("guard-config.json"))["allowSendAnyway"],
        true
    );
}

#[test]
fn every_string_the_scripts_use_is_there_in_every_language() {
    let (_tmp, _root, out) = built();
    let manifest = fs::read_to_string(out.join("manifest.json")).unwrap();
    let mut keys: BTreeSet<String> = manifest
        .split("__MSG_")
        .skip(1)
        .map(|rest| rest.split("__").next().unwrap().to_string())
        .collect();
    for script in ["guard.js", "popup.js", "popup.html"] {
        let text = fs::read_to_string(out.join(script)).unwrap();
        for marker in ["t('", "data-i18n=\""] {
            for (at, _) in text.match_indices(marker) {
                // `t('key')`, not `createElement('li')`
                let before = text[..at].chars().next_back().unwrap_or(' ');
                if before.is_ascii_alphanumeric() || before == '_' || before == '.' {
                    continue;
                }
                let key: String = text[at + marker.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !key.is_empty() && !key.ends_with('_') {
                    keys.insert(key);
                }
            }
        }
    }
    assert!(keys.contains("guard_dialog_title") && keys.contains("extension_name"));
    let mut names = BTreeSet::new();
    for lang in ["en", "fr", "nl"] {
        let messages = json(&out.join("_locales").join(lang).join("messages.json"));
        for key in &keys {
            let text = messages[key]["message"].as_str().unwrap_or_default();
            assert!(!text.trim().is_empty(), "{lang}: no text for {key}");
        }
        assert_eq!(messages["guard_lang"]["message"], lang);
        // the finding types the dialog names
        assert!(messages["js_type_IBAN"]["message"].is_string());
        let name = messages["extension_name"]["message"].as_str().unwrap();
        assert!(name.contains("Les Jardins du Quai"), "{name}");
        names.insert(name.to_string());
    }
    assert_eq!(names.len(), 3, "each language has its own name");
}

#[test]
fn the_vocabulary_is_the_one_the_sites_checker_reads() {
    let (tmp, root, out) = built();
    let site = tmp.path().join("site");
    common::build(&root, &site, &[]).assert_success();
    let bundled = fs::read(out.join("checker-data.json")).unwrap();
    assert_eq!(
        bundled,
        fs::read(site.join("checker-data.json")).unwrap(),
        "the guard and the site's checker must read the same data"
    );
    let data: Value = serde_json::from_slice(&bundled).unwrap();
    let vocabulary = data["vocabulary"].to_string();
    for known in [
        "Maison des Tilleuls",
        "Les Jardins du Quai",
        "jardins-du-quai.org",
    ] {
        assert!(vocabulary.contains(known), "{known} missing: {vocabulary}");
    }
    assert!(
        vocabulary.contains("FR76 3000 6000 0112 3456 7890 189")
            || vocabulary.contains("FR7630006000011234567890189"),
        "the association's own IBAN: {vocabulary}"
    );
    assert!(data["fingerprint"].as_str().is_some_and(|f| !f.is_empty()));
    // the secret term is only there hashed: nowhere in the extension in clear
    for (name, entry) in snapshot(&out) {
        let bytes = match entry {
            common::Entry::File(bytes) => bytes,
            _ => continue,
        };
        let text = String::from_utf8_lossy(&bytes).to_lowercase();
        assert!(!text.contains("héron"), "{name} reveals the secret term");
    }
    // and the same Wasm module as the site
    let wasm = fs::read(out.join("wasm_widget_bg.wasm")).unwrap();
    assert_eq!(
        wasm,
        fs::read(common::repo_root().join("wasm-widget/pkg/wasm_widget_bg.wasm")).unwrap()
    );
}

#[test]
fn same_sources_same_bytes_zip_included() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("handbook");
    copy_minimal_with("extension", &root);
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    let (za, zb) = (tmp.path().join("a.zip"), tmp.path().join("b.zip"));
    extension(&root, &a, &["--zip", za.to_str().unwrap()]).assert_success();
    // a second build over the first output replaces it
    extension(&root, &b, &["--zip", zb.to_str().unwrap()]).assert_success();
    extension(&root, &b, &["--zip", zb.to_str().unwrap()]).assert_success();
    assert_eq!(snapshot(&a), snapshot(&b));
    let zip = fs::read(&za).unwrap();
    assert_eq!(zip, fs::read(&zb).unwrap());
    // every file of the folder is in the zip, under its own name
    let zipped = String::from_utf8_lossy(&zip);
    for name in snapshot(&a).keys() {
        if matches!(snapshot(&a)[name], common::Entry::File(_)) {
            assert!(zipped.contains(name.as_str()), "{name} not in the zip");
        }
    }
}

#[test]
fn send_anyway_can_be_switched_off() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("handbook");
    copy_minimal_with("extension", &root);
    let out = tmp.path().join("guard");
    extension(&root, &out, &["--no-send-anyway"]).assert_success();
    assert_eq!(
        json(&out.join("guard-config.json"))["allowSendAnyway"],
        false
    );
}

#[test]
fn refusals_say_why_and_leave_the_output_as_it_was() {
    let (tmp, root, out) = built();
    let before = snapshot(&out);

    let run = extension(&root, &out, &["--site", "chat.example.org"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("--site `chat.example.org`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("https://chat.example.org/*"),
        "{}",
        run.stderr
    );
    assert_eq!(snapshot(&out), before);

    // a broken handbook: the problem with its place, nothing written
    let config = root.join("handbook.yaml");
    let text = fs::read_to_string(&config).unwrap();
    fs::write(&config, text.replace("theme: default", "theme: [default")).unwrap();
    let run = extension(&root, &out, &[]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("handbook.yaml:"), "{}", run.stderr);
    assert_eq!(snapshot(&out), before);
    fs::write(&config, text).unwrap();

    // a folder that is not an extension is never replaced
    let other = tmp.path().join("documents");
    fs::create_dir_all(&other).unwrap();
    fs::write(other.join("notes.txt"), "keep me").unwrap();
    let run = extension(&root, &other, &[]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("not an extension folder"),
        "{}",
        run.stderr
    );
    assert_eq!(
        fs::read_to_string(other.join("notes.txt")).unwrap(),
        "keep me"
    );
    assert!(!other.join("manifest.json").exists());
}

#[test]
fn the_scripts_reach_no_host() {
    let (_tmp, _root, out) = built();
    for (name, entry) in snapshot(&out) {
        let common::Entry::File(bytes) = entry else {
            continue;
        };
        if !(name.ends_with(".js") || name.ends_with(".html")) {
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        for scheme in ["http://", "https://", "ws://", "wss://", "//cdn"] {
            assert!(
                !text.contains(scheme),
                "{name} names a remote address ({scheme})"
            );
        }
        if name == "wasm_widget.js" {
            continue; // the classifier's glue fetches only what it is given: the extension's file
        }
        for (at, _) in text.match_indices("fetch(") {
            assert!(
                text[at..].starts_with("fetch(api.runtime.getURL("),
                "{name}: a fetch of something other than the extension's own file: {}",
                &text[at..(at + 60).min(text.len())]
            );
        }
        for forbidden in [
            "XMLHttpRequest",
            "sendBeacon",
            "WebSocket",
            "EventSource",
            "eval(",
        ] {
            assert!(!text.contains(forbidden), "{name} uses {forbidden}");
        }
    }
}
