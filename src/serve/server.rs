//! Answering one HTTP request from the current [`Snapshot`]: never from the disk, never with a panic.

use std::sync::Arc;

use super::http::{Answer, Request, Response};
use super::overlay::{self, EVENTS_PATH, SCRIPT_PATH};
use super::paths::{self, Refusal};
use super::snapshot::{Sent, Served, Snapshot};
use super::Shared;

/// Answers one request (the connection layer has already refused every method but GET and HEAD).
pub fn handle(request: &Request, shared: &Shared) -> Answer {
    let is_head = request.method == "HEAD";
    let target = request.target.as_str();
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let snapshot = shared.snapshot();
    if path == EVENTS_PATH && !is_head {
        let hello = super::sse::event(
            "hello",
            &serde_json::json!({ "generation": snapshot.generation }),
        );
        return match shared.events.subscribe(hello) {
            Some(stream) => Answer::Stream(Box::new(move |connection| stream.run(connection))),
            None => Answer::Send(Response::text(503, "too many live-reload connections\n")),
        };
    }
    if path == SCRIPT_PATH {
        let script = Served::new("live.js", overlay::SCRIPT.as_bytes().to_vec());
        return Answer::Send(file_response(request, &snapshot.sent(&script), 200));
    }
    Answer::Send(match paths::resolve(target) {
        Err(Refusal::BadRequest(why)) => Response::text(400, &format!("bad request: {why}\n")),
        Ok(key) => {
            if let Some(file) = snapshot.send(&key) {
                file_response(request, &file, 200)
            } else if snapshot.files.contains_key(&format!("{key}/index.html")) {
                // `/charter` → `/charter/`, as static hosts do, so relative links keep working.
                Response::new(301, Vec::new()).with("Location", &format!("/{key}/"))
            } else {
                not_found(request, &snapshot)
            }
        }
    })
}

fn not_found(request: &Request, snapshot: &Arc<Snapshot>) -> Response {
    match snapshot.send("404.html") {
        Some(page) => file_response(request, &page, 404),
        None => Response::text(404, "not found\n"),
    }
}

/// `file` with its type and ETag, or 304 when the browser already has these bytes.
fn file_response(request: &Request, file: &Sent, status: u16) -> Response {
    let fresh = status == 200
        && request
            .headers("If-None-Match")
            .any(|value| etag_matches(value, &file.etag));
    let response = if fresh {
        Response::new(304, Vec::new())
    } else {
        Response::new(status, Arc::clone(&file.body)).with("Content-Type", file.content_type)
    };
    response
        .with("ETag", &file.etag)
        .with("Cache-Control", "no-cache")
        .with("X-Content-Type-Options", "nosniff")
}

/// `If-None-Match` holds `*` or a list of (possibly weak) tags.
fn etag_matches(header_value: &str, etag: &str) -> bool {
    header_value.split(',').map(str::trim).any(|candidate| {
        candidate == "*" || candidate.strip_prefix("W/").unwrap_or(candidate) == etag
    })
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
