//! Rendering: the checked model in, the site's files out (as bytes in memory, by output path).
//!
//! Rendering is pure — no clock, no randomness, ordered maps only — so the same sources always give
//! the same bytes.

pub mod pages;
pub mod svg_chart;
pub mod svg_tree;
pub mod theme;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::content::Handbook;
use crate::diagnostics::{Diagnostic, Diagnostics, Origin};
use crate::urls;
use pages::Page;
use theme::Theme;

/// The rendered site: output path (relative, `/`-separated) → bytes.
pub type SiteFiles = BTreeMap<String, Vec<u8>>;

/// Renders the whole site; dead links and template errors come back as diagnostics.
pub fn render(root: &Path, hb: &Handbook) -> Result<SiteFiles, Diagnostics> {
    let theme = Theme::load(root, &hb.site.theme.value)?;
    let strings = theme.strings(&hb.site.language.value);
    let pages = pages::collect(hb, &strings);
    let mut files = SiteFiles::new();
    let assets = fingerprint_assets(&theme, &mut files);
    let highlight_css = {
        let css = crate::highlight::stylesheet().into_bytes();
        let name = format!("assets/highlight.{}.css", short_hash(&css));
        files.insert(name.clone(), css);
        name
    };
    files.insert("prompts.json".into(), prompts_json(hb));
    files.insert("robots.txt".into(), robots(hb).into_bytes());
    files.insert("sitemap.xml".into(), Vec::new());

    let known_files: BTreeSet<String> = files.keys().map(|k| format!("/{k}")).collect();
    let mut diags = Diagnostics::new();
    crate::links::check(&pages, &known_files, &mut diags);
    if !diags.is_empty() {
        return Err(diags);
    }

    let nav = navigation(&pages);
    for page in &pages {
        let root_prefix = if page.url == "/404.html" {
            hb.site.base_path()
        } else {
            urls::relative(&page.url, "/")
        };
        let mut styles = vec![assets.get("style.css").cloned().unwrap_or_default()];
        if page.has_code {
            styles.push(highlight_css.clone());
        }
        let scripts: Vec<String> = page
            .scripts
            .iter()
            .filter_map(|s| assets.get(*s).cloned())
            .collect();
        let context = json!({
            "site": hb.site,
            "lang": hb.site.language.value,
            "t": strings,
            "root": root_prefix,
            "current": page.url.trim_start_matches('/'),
            "title": page.title,
            "page": page.data,
            "nav": nav,
            "styles": styles,
            "scripts": scripts,
        });
        let html = render_template(&theme, page.template, &context)?;
        files.insert(urls::output_path(&page.url), html.into_bytes());
    }
    files.insert("sitemap.xml".into(), sitemap(hb, &pages).into_bytes());
    Ok(files)
}

fn render_template(theme: &Theme, template: &str, context: &Value) -> Result<String, Diagnostic> {
    let ctx = tera::Context::from_serialize(context).map_err(|e| {
        Diagnostic::new(
            Origin::file_start(template),
            format!("cannot prepare page data: {e}"),
            "report this as a bug",
        )
    })?;
    theme.tera.render(template, &ctx).map_err(|e| {
        let (_, message) = theme::template_error(&e);
        let file = theme
            .template_origins
            .get(template)
            .cloned()
            .unwrap_or_else(|| template.into());
        Diagnostic::new(
            Origin::file_start(file),
            message,
            "check the variables and filters this template uses",
        )
    })
}

/// Static files of the theme and handbook; CSS and JS get a content hash in their name so hosts can
/// cache them for a year. Returns static path → output path.
fn fingerprint_assets(theme: &Theme, files: &mut SiteFiles) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for (path, bytes) in &theme.static_files {
        let out = match path.rsplit_once('.') {
            Some((stem, ext)) if ext == "css" || ext == "js" => {
                format!("assets/{stem}.{}.{ext}", short_hash(bytes))
            }
            _ => path.clone(),
        };
        files.insert(out.clone(), bytes.clone());
        map.insert(path.clone(), out);
    }
    map
}

/// First 10 hex digits of the SHA-256: plenty to tell versions of a file apart.
pub fn short_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().take(5).map(|b| format!("{b:02x}")).collect()
}

fn navigation(pages: &[Page]) -> Vec<Value> {
    const SECTIONS: [(&str, &str); 9] = [
        ("/", "home"),
        ("/charter/", "charter"),
        ("/method/", "method"),
        ("/decision-tree/", "decision_tree"),
        ("/prompts/", "prompts"),
        ("/training/", "training"),
        ("/tools/", "tools"),
        ("/indicators/", "indicators"),
        ("/committee/", "committee"),
    ];
    SECTIONS
        .iter()
        .filter(|(url, _)| pages.iter().any(|p| p.url == *url))
        .map(|(url, key)| json!({ "url": url.trim_start_matches('/'), "key": key }))
        .collect()
}

fn prompts_json(hb: &Handbook) -> Vec<u8> {
    let prompts: Vec<Value> = hb
        .prompts
        .iter()
        .map(|p| {
            json!({
                "id": p.id,
                "title": p.title,
                "tags": p.tags,
                "use_case": p.use_case,
                "context": p.context.text,
                "prompt": p.prompt.text,
                "placeholders": p.context.placeholders.iter().chain(&p.prompt.placeholders).collect::<BTreeSet<_>>(),
                "url": format!("{}prompts/{}/", hb.site.base_url.value, p.slug),
            })
        })
        .collect();
    let doc = json!({ "handbook": hb.site.title, "language": hb.site.language.value, "prompts": prompts });
    let mut bytes = serde_json::to_vec_pretty(&doc).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

fn robots(hb: &Handbook) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        hb.site.base_url.value
    )
}

fn sitemap(hb: &Handbook, pages: &[Page]) -> String {
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for page in pages.iter().filter(|p| p.in_sitemap) {
        xml.push_str("  <url><loc>");
        xml.push_str(&crate::highlight::escape(&format!(
            "{}{}",
            hb.site.base_url.value,
            page.url.trim_start_matches('/')
        )));
        xml.push_str("</loc></url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}
