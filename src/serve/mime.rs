//! The `Content-Type` of a site file, from its extension: browsers refuse a module, a stylesheet or a
//! WebAssembly file served with the wrong one (and we send `nosniff`).

/// The media type for a site key such as `assets/style.3f2a9c01d4.css`.
pub fn content_type(key: &str) -> &'static str {
    let ext = key
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "pdf" => "application/pdf",
        "wasm" => "application/wasm",
        "txt" => "text/plain; charset=utf-8",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::content_type;

    #[test]
    fn known_types() {
        assert_eq!(content_type("index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("assets/a.1.css"), "text/css; charset=utf-8");
        assert_eq!(
            content_type("assets/copy.1.js"),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(content_type("favicon.svg"), "image/svg+xml");
        assert_eq!(content_type("prompts.json"), "application/json");
        assert_eq!(content_type("sitemap.xml"), "application/xml");
        assert_eq!(content_type("handbook.pdf"), "application/pdf");
        assert_eq!(content_type("widget/classifier.wasm"), "application/wasm");
        assert_eq!(content_type("README"), "application/octet-stream");
    }
}
