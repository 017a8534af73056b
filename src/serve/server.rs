//! Answering one HTTP request from the current [`Snapshot`]: never from the disk, never with a panic.

use std::io::Cursor;
use std::sync::Arc;

use tiny_http::{Header, Method, Request, Response, StatusCode};

use super::overlay::{self, EVENTS_PATH, SCRIPT_PATH};
use super::paths::{self, Refusal};
use super::snapshot::{Served, Snapshot};
use super::Shared;

/// Handles one request; errors writing the answer (a browser that went away) are ignored.
pub fn handle(request: Request, shared: &Shared) {
    let is_head = *request.method() == Method::Head;
    if !is_head && *request.method() != Method::Get {
        let response = with(
            text(405, "only GET and HEAD are supported\n"),
            "Allow",
            "GET, HEAD",
        );
        let _ = request.respond(response);
        return;
    }
    let target = request.url().to_string();
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let snapshot = shared.snapshot();
    if path == EVENTS_PATH && !is_head {
        let hello = super::sse::event(
            "hello",
            &serde_json::json!({ "generation": snapshot.generation }),
        );
        shared.events.subscribe(request, hello);
        return;
    }
    if path == SCRIPT_PATH {
        let script = Served::new("live.js", overlay::SCRIPT.as_bytes().to_vec());
        respond_file(request, &script, 200);
        return;
    }
    match paths::resolve(&target) {
        Err(Refusal::BadRequest(why)) => {
            let _ = request.respond(text(400, &format!("bad request: {why}\n")));
        }
        Ok(key) => {
            if let Some(file) = snapshot.files.get(&key) {
                respond_file(request, file, 200);
            } else if snapshot.files.contains_key(&format!("{key}/index.html")) {
                // `/charter` → `/charter/`, as static hosts do, so relative links keep working.
                let response = with(Response::empty(301), "Location", &format!("/{key}/"));
                let _ = request.respond(response);
            } else {
                not_found(request, &snapshot);
            }
        }
    }
}

fn not_found(request: Request, snapshot: &Arc<Snapshot>) {
    match snapshot.files.get("404.html") {
        Some(page) => respond_file(request, page, 404),
        None => {
            let _ = request.respond(text(404, "not found\n"));
        }
    }
}

/// Sends `file` with its type and ETag, or 304 when the browser already has these bytes.
fn respond_file(request: Request, file: &Served, status: u16) {
    let fresh = status == 200
        && request
            .headers()
            .iter()
            .filter(|h| h.field.equiv("If-None-Match"))
            .any(|h| etag_matches(h.value.as_str(), &file.etag));
    let common = [
        ("ETag", file.etag.as_str()),
        ("Cache-Control", "no-cache"),
        ("X-Content-Type-Options", "nosniff"),
    ];
    if fresh {
        let mut response = Response::empty(304);
        for (name, value) in common {
            response = with(response, name, value);
        }
        let _ = request.respond(response);
        return;
    }
    let body = Cursor::new(Arc::clone(&file.body));
    let mut response = Response::new(
        StatusCode(status),
        Vec::new(),
        body,
        Some(file.body.len()),
        None,
    );
    response = with(response, "Content-Type", file.content_type);
    for (name, value) in common {
        response = with(response, name, value);
    }
    let _ = request.respond(response);
}

/// `If-None-Match` holds `*` or a list of (possibly weak) tags.
fn etag_matches(header_value: &str, etag: &str) -> bool {
    header_value.split(',').map(str::trim).any(|candidate| {
        candidate == "*" || candidate.strip_prefix("W/").unwrap_or(candidate) == etag
    })
}

fn text(status: u16, body: &str) -> Response<Cursor<Vec<u8>>> {
    with(
        Response::from_data(body.as_bytes().to_vec()).with_status_code(status),
        "Content-Type",
        "text/plain; charset=utf-8",
    )
}

/// Adds a header; names and values are our own ASCII strings (the only input-derived one, a
/// redirect's `Location`, is a key [`paths::resolve`] accepted), so a refusal is only skipped.
fn with<R: std::io::Read>(mut response: Response<R>, name: &str, value: &str) -> Response<R> {
    if let Ok(h) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
        response.add_header(h);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::etag_matches;

    #[test]
    fn if_none_match_forms() {
        assert!(etag_matches("\"abc\"", "\"abc\""));
        assert!(etag_matches("W/\"abc\"", "\"abc\""));
        assert!(etag_matches("\"x\", \"abc\"", "\"abc\""));
        assert!(etag_matches("*", "\"abc\""));
        assert!(!etag_matches("\"abd\"", "\"abc\""));
    }
}
