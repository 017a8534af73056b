//! What `handbook serve` adds to pages, and only there: the live-reload script and, while the sources
//! have problems, the overlay that lists them. `handbook build` never calls this module, so nothing of
//! it reaches a published site.

use crate::diagnostics::{display_path, Diagnostic};
use crate::highlight::escape;

/// Path of the Server-Sent Events stream.
pub const EVENTS_PATH: &str = "/__handbook/events";
/// Path of the live-reload script.
pub const SCRIPT_PATH: &str = "/__handbook/live.js";

/// The live-reload script: follows the event stream, reloads on `reload` keeping the scroll position
/// (only the two coordinates, in sessionStorage, for this tab), shows the overlay on `errors`. On
/// (re)connection the server says which build it serves; a page from another build reloads, so an
/// edit saved while the page was loading is never missed.
pub const SCRIPT: &str = r#"(function () {
  "use strict";
  var me = document.currentScript;
  var served = me ? me.getAttribute("data-generation") : null;
  var key = "handbook-serve-scroll:" + location.pathname;
  function restore() {
    var saved = null;
    try { saved = sessionStorage.getItem(key); } catch (e) { return; }
    if (!saved) { return; }
    var xy = saved.split(",");
    window.scrollTo(Number(xy[0]) || 0, Number(xy[1]) || 0);
    window.addEventListener("load", function () {
      window.scrollTo(Number(xy[0]) || 0, Number(xy[1]) || 0);
      try { sessionStorage.removeItem(key); } catch (e) { /* private mode */ }
    });
  }
  function reload() {
    try { sessionStorage.setItem(key, window.scrollX + "," + window.scrollY); } catch (e) { /* private mode */ }
    window.location.reload();
  }
  function showErrors(html) {
    var old = document.getElementById("handbook-overlay");
    if (old) { old.remove(); }
    document.body.insertAdjacentHTML("beforeend", html);
  }
  document.addEventListener("click", function (e) {
    var t = e.target;
    if (t && t.id === "handbook-overlay-hide") {
      var o = document.getElementById("handbook-overlay");
      if (o) { o.remove(); }
    }
  });
  restore();
  if (!window.EventSource) { return; }
  var source = new EventSource("/__handbook/events");
  source.addEventListener("hello", function (e) {
    var d = JSON.parse(e.data);
    if (served !== null && String(d.generation) !== served) { reload(); }
  });
  source.addEventListener("reload", function () { reload(); });
  source.addEventListener("errors", function (e) {
    var d = JSON.parse(e.data);
    served = String(d.generation);
    showErrors(d.html);
  });
})();
"#;

/// The overlay listing `problems` (as the terminal shows them: where, what, how to fix).
pub fn render(problems: &[Diagnostic]) -> String {
    let count = problems.len();
    let mut html = String::from(
        "<div id=\"handbook-overlay\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;\
overflow:auto;background:rgba(24,24,27,.94);color:#fafafa;font:16px/1.5 system-ui,sans-serif;padding:2rem 1rem\">\
<div style=\"max-width:60rem;margin:0 auto\">",
    );
    html.push_str(&format!(
        "<h2 style=\"margin:0 0 .5rem;color:#fca5a5;font-size:1.4rem\">{count} problem{} in the handbook</h2>",
        if count == 1 { "" } else { "s" }
    ));
    html.push_str(
        "<p style=\"margin:0 0 1rem\">The site below is the last version that built. \
Fix the file and save it: this page updates by itself.</p><ol style=\"padding-left:1.5rem\">",
    );
    for d in problems {
        html.push_str(&format!(
            "<li style=\"margin:0 0 1rem\"><code style=\"color:#93c5fd\">{}:{}:{}</code><br>\
<strong>{}</strong>",
            escape(&display_path(&d.origin.file)),
            d.origin.line,
            d.origin.col,
            escape(&d.message)
        ));
        if !d.hint.is_empty() {
            html.push_str(&format!(
                "<br><span style=\"color:#d4d4d8\">Hint: {}</span>",
                escape(&d.hint)
            ));
        }
        html.push_str("</li>");
    }
    html.push_str(
        "</ol><button type=\"button\" id=\"handbook-overlay-hide\" style=\"font:inherit;padding:.3rem 1rem\">\
Hide until the next save</button></div></div>",
    );
    html
}

/// Inserts the overlay (if any) and the live-reload script before the page's last `</body>`.
pub fn inject(page: &[u8], generation: u64, overlay: Option<&str>) -> Vec<u8> {
    let mut addition = String::new();
    if let Some(overlay) = overlay {
        addition.push_str(overlay);
    }
    addition.push_str(&format!(
        "<script src=\"{SCRIPT_PATH}\" data-generation=\"{generation}\"></script>"
    ));
    let at = find_last_body_end(page).unwrap_or(page.len());
    let mut out = Vec::with_capacity(page.len() + addition.len());
    out.extend_from_slice(&page[..at]);
    out.extend_from_slice(addition.as_bytes());
    out.extend_from_slice(&page[at..]);
    out
}

fn find_last_body_end(page: &[u8]) -> Option<usize> {
    const TAG: &[u8] = b"</body>";
    page.windows(TAG.len())
        .rposition(|w| w.eq_ignore_ascii_case(TAG))
}

/// The page shown while no build has succeeded yet: only the overlay, waiting for a fix.
pub fn placeholder_page() -> Vec<u8> {
    b"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>handbook serve</title></head>\
<body><p>The handbook does not build yet.</p></body></html>\n"
        .to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Origin;

    #[test]
    fn overlay_escapes_and_locates() {
        let d = Diagnostic::new(
            Origin::new("content/prompts/001.md", 3, 7),
            "unknown key `<b>`",
            "did you mean `tags`?",
        );
        let html = render(&[d]);
        assert!(html.contains("content/prompts/001.md:3:7"));
        assert!(html.contains("unknown key `&lt;b&gt;`"));
        assert!(html.contains("1 problem in"));
    }

    #[test]
    fn injects_before_the_last_body_end() {
        let page = b"<html><body><p>x</p></BODY></html>";
        let out = String::from_utf8(inject(page, 7, Some("<div>o</div>"))).expect("utf-8");
        assert_eq!(
            out,
            "<html><body><p>x</p><div>o</div><script src=\"/__handbook/live.js\" data-generation=\"7\"></script></BODY></html>"
        );
    }
}
