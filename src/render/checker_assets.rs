//! The files the in-page checker needs: the classifier compiled to WebAssembly with its JS glue
//! (built by `wasm-widget/scripts/build-pkg.sh` and committed, so building a site needs no Wasm
//! toolchain), and the handbook's own data — its vocabulary with secret terms hashed, and the
//! fingerprint of its published text.

use serde_json::{json, Value};

use super::{short_hash, SiteFiles};
use crate::content::Handbook;

pub static PKG_JS: &[u8] = include_bytes!("../../wasm-widget/pkg/wasm_widget.js");
pub static PKG_WASM: &[u8] = include_bytes!("../../wasm-widget/pkg/wasm_widget_bg.wasm");
/// [`PKG_WASM`] as the raw deflate stream the browser guard's zip stores, made by `build.rs` when
/// the binary is built rather than at every site build.
pub static PKG_WASM_DEFLATED: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/wasm_widget_bg.wasm.deflate"));

/// Writes the checker's files into the site and returns their site-relative paths for templates.
pub fn add(hb: &Handbook, files: &mut SiteFiles) -> Value {
    let module = format!("assets/wasm_widget.{}.js", short_hash(PKG_JS));
    let wasm = format!("assets/wasm_widget_bg.{}.wasm", short_hash(PKG_WASM));
    let data = crate::checker::data_json(hb);
    // A fixed name beside the edition's pages, not a hashed asset: the vocabulary and the published
    // text change with every content edit, and pages must not change (nor be re-rendered) with them.
    let data_path = "checker-data.json".to_string();
    files.insert(module.clone(), PKG_JS.to_vec());
    files.insert(wasm.clone(), PKG_WASM.to_vec());
    files.insert(data_path.clone(), data.into_bytes());
    json!({ "module": module, "wasm": wasm, "vocabulary": data_path })
}

/// The UI strings the checker script needs (the theme's `js_*` keys, without the prefix).
pub fn labels(strings: &std::collections::BTreeMap<String, String>) -> String {
    let map: serde_json::Map<String, Value> = strings
        .iter()
        .filter_map(|(k, v)| {
            k.strip_prefix("js_")
                .map(|k| (k.to_string(), Value::String(v.clone())))
        })
        .collect();
    // `</` cannot close the surrounding <script> element once escaped.
    Value::Object(map).to_string().replace("</", "<\\/")
}
