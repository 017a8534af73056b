//! HTTP/1.1 for the preview server: connections, request heads, responses, with every limit that
//! input can reach set here.
//!
//! The server only answers `GET` and `HEAD` from memory, so this is small: request heads are parsed
//! by `httparse` from a buffer that never grows past [`MAX_HEAD`], a refused request (another
//! method, a body, a head too large) is answered at once and its connection closed without reading
//! what follows, and each connection lives on a thread of its own, at most [`MAX_CONNECTIONS`] at
//! a time. tiny_http, used before, read request heads without any bound (tiny-http issue #56) and
//! read a whole refused body before answering.

use std::io::{ErrorKind, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Largest request head (request line and headers) read; beyond it, 431. Browsers send 1–2 KB.
pub const MAX_HEAD: usize = 16 * 1024;
/// Most header lines in one request; beyond it, 431.
pub const MAX_HEADERS: usize = 64;
/// Connections served at once (event streams included); beyond it, 503 and close.
pub const MAX_CONNECTIONS: usize = 256;
/// A connection that sends nothing for this long is closed: an idle kept-alive connection, or a
/// client that starts a request head and never finishes it.
const IDLE: Duration = Duration::from_secs(30);
/// Once a request has begun, its whole head must arrive within this time; beyond it, 408.
pub const HEAD_DEADLINE: Duration = Duration::from_secs(10);
/// After refusing a request, how long the rest of what the client already sent is read and dropped
/// before closing, and how much at most: closing with unread bytes makes the system reset the
/// connection, and a reset can destroy the refusal before the client reads it.
const LINGER: Duration = Duration::from_millis(500);
const LINGER_BYTES: usize = 256 * 1024;

/// One request head.
#[derive(Debug)]
pub struct Request {
    pub method: String,
    pub target: String,
    headers: Vec<(String, String)>,
}

impl Request {
    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Every value of header `name` (case-insensitive).
    pub fn headers<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.headers
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A complete answer, sent with its `Content-Length`.
pub struct Response {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Arc<[u8]>,
}

impl Response {
    pub fn new(status: u16, body: impl Into<Arc<[u8]>>) -> Self {
        Response {
            status,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    /// A plain-text answer.
    pub fn text(status: u16, body: &str) -> Self {
        Response::new(status, body.as_bytes()).with("Content-Type", "text/plain; charset=utf-8")
    }

    /// Adds a header. Values are the server's own strings; one holding a line break is dropped
    /// rather than allowed to start another header.
    pub fn with(mut self, name: &'static str, value: &str) -> Self {
        if !value.contains(['\r', '\n']) {
            self.headers.push((name, value.to_string()));
        }
        self
    }

    pub fn status(&self) -> u16 {
        self.status
    }

    fn write_to(&self, out: &mut dyn Write, with_body: bool, close: bool) -> std::io::Result<()> {
        let mut head = format!("HTTP/1.1 {} {}\r\n", self.status, reason(self.status));
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        if self.status != 304 {
            head.push_str(&format!("Content-Length: {}\r\n", self.body.len()));
        }
        if close {
            head.push_str("Connection: close\r\n");
        }
        head.push_str("\r\n");
        // One write for small answers, so they leave in one packet.
        let mut bytes = head.into_bytes();
        if with_body && self.status != 304 {
            bytes.extend_from_slice(&self.body);
        }
        out.write_all(&bytes)?;
        out.flush()
    }
}

/// What the handler does with a request.
pub enum Answer {
    /// Send this response; the connection stays open for the next request unless the client
    /// asked to close it.
    Send(Response),
    /// Hand the connection over (an event stream): the function owns it until it returns.
    Stream(Box<dyn FnOnce(TcpStream) + Send>),
}

/// Answers each request.
pub type Handler = dyn Fn(&Request) -> Answer + Send + Sync;

/// A listening server: accepts on its own thread, one thread per connection.
pub struct Server {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    accept: Option<JoinHandle<()>>,
}

impl Server {
    /// Starts accepting connections on `listener`.
    pub fn start(listener: TcpListener, handler: Arc<Handler>) -> std::io::Result<Server> {
        let addr = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let open = Arc::new(AtomicUsize::new(0));
        let accept = {
            let stop = Arc::clone(&stop);
            std::thread::Builder::new()
                .name("handbook-accept".into())
                .spawn(move || accept_loop(&listener, &handler, &stop, &open))?
        };
        Ok(Server {
            addr,
            stop,
            accept: Some(accept),
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
}

/// Stops accepting and closes the listening socket; open connections end at their next request.
impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // `accept` blocks: a connection of our own wakes it up to see the flag.
        let mut wake = self.addr;
        if wake.ip().is_unspecified() {
            wake.set_ip(match wake {
                SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
                SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
            });
        }
        let _ = TcpStream::connect_timeout(&wake, Duration::from_secs(1));
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
    }
}

/// One open connection, given back when its thread ends, however it ends.
struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

fn accept_loop(
    listener: &TcpListener,
    handler: &Arc<Handler>,
    stop: &Arc<AtomicBool>,
    open: &Arc<AtomicUsize>,
) {
    for stream in listener.incoming() {
        if stop.load(Ordering::SeqCst) {
            return;
        }
        let Ok(stream) = stream else {
            // Out of file descriptors, a connection reset before it was accepted: go on.
            std::thread::sleep(Duration::from_millis(10));
            continue;
        };
        let taken = open.fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
            (n < MAX_CONNECTIONS).then_some(n + 1)
        });
        if taken.is_err() {
            refuse_busy(stream);
            continue;
        }
        let slot = Slot(Arc::clone(open));
        let handler = Arc::clone(handler);
        let stop = Arc::clone(stop);
        let spawned = std::thread::Builder::new()
            .name("handbook-http".into())
            .spawn(move || {
                let _slot = slot;
                connection(stream, &*handler, &stop);
            });
        if spawned.is_err() {
            crate::console::info("warning: cannot start a thread for a connection");
        }
    }
}

/// Answers 503 on the accepting thread without ever waiting: what the client already sent is read
/// without blocking (so the close does not reset the connection before the answer is read), and
/// nothing more.
fn refuse_busy(mut stream: TcpStream) {
    if stream.set_nonblocking(true).is_ok() {
        let mut chunk = [0u8; 8192];
        while let Ok(n) = stream.read(&mut chunk) {
            if n == 0 {
                break;
            }
        }
    }
    let _ = Response::text(503, "too many connections\n").write_to(&mut stream, true, true);
    let _ = stream.shutdown(Shutdown::Write);
}

/// Serves the requests of one connection until it closes, idles out, or a request is refused.
fn connection(mut stream: TcpStream, handler: &Handler, stop: &AtomicBool) {
    let _ = stream.set_read_timeout(Some(IDLE));
    // A client that stops reading (a frozen tab) cannot hold a thread and a slot for ever.
    let _ = stream.set_write_timeout(Some(IDLE));
    let _ = stream.set_nodelay(true);
    let mut buffer: Vec<u8> = Vec::with_capacity(2048);
    while !stop.load(Ordering::SeqCst) {
        let head = match read_head(&mut stream, &mut buffer) {
            Ok(head) => head,
            Err(Some(refusal)) => {
                let _ = refusal.write_to(&mut stream, true, true);
                linger_and_close(stream);
                return;
            }
            Err(None) => return,
        };
        let Head {
            request,
            length,
            http10,
        } = head;
        buffer.drain(..length);
        if let Some(refusal) = refuse(&request) {
            let _ = refusal.write_to(&mut stream, request.method != "HEAD", true);
            linger_and_close(stream);
            return;
        }
        let close = wants_close(&request, http10);
        match handler(&request) {
            Answer::Send(response) => {
                if response
                    .write_to(&mut stream, request.method != "HEAD", close)
                    .is_err()
                    || close
                {
                    return;
                }
            }
            Answer::Stream(take_over) => {
                take_over(stream);
                return;
            }
        }
    }
}

/// A parsed request head and how many bytes of the buffer it used.
struct Head {
    request: Request,
    length: usize,
    http10: bool,
}

/// Reads until `buffer` holds a whole request head. `Err(Some(answer))` refuses the request,
/// `Err(None)` means the connection is gone (closed, idle, unreadable).
fn read_head(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Result<Head, Option<Response>> {
    // Idle time before a request is the client's; once it has started one, the whole head must
    // arrive within HEAD_DEADLINE, so a head sent a byte at a time cannot hold a slot.
    let mut started = (!buffer.is_empty()).then(Instant::now);
    loop {
        if !buffer.is_empty() {
            if let Some(head) = parse_head(buffer)? {
                let _ = stream.set_read_timeout(Some(IDLE));
                return Ok(head);
            }
        }
        if buffer.len() >= MAX_HEAD {
            return Err(Some(too_large()));
        }
        let wait = match started {
            None => IDLE,
            Some(at) => match HEAD_DEADLINE.checked_sub(at.elapsed()) {
                Some(left) if !left.is_zero() => left,
                _ => return Err(Some(too_slow())),
            },
        };
        let _ = stream.set_read_timeout(Some(wait));
        let mut chunk = [0u8; 4096];
        let room = (MAX_HEAD - buffer.len()).min(chunk.len());
        match stream.read(&mut chunk[..room]) {
            Ok(0) => return Err(None),
            Ok(n) => {
                started.get_or_insert_with(Instant::now);
                buffer.extend_from_slice(&chunk[..n]);
            }
            Err(e)
                if started.is_some()
                    && matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) =>
            {
                return Err(Some(too_slow()));
            }
            Err(_) => return Err(None),
        }
    }
}

fn too_slow() -> Response {
    Response::text(
        408,
        &format!(
            "request head not received within {} s\n",
            HEAD_DEADLINE.as_secs()
        ),
    )
}

fn too_large() -> Response {
    Response::text(
        431,
        &format!("request head too large: at most {MAX_HEAD} bytes and {MAX_HEADERS} headers\n"),
    )
}

/// `Ok(None)` while the head is incomplete.
fn parse_head(buffer: &[u8]) -> Result<Option<Head>, Option<Response>> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut headers);
    let length = match parsed.parse(buffer) {
        Ok(httparse::Status::Complete(length)) => length,
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(httparse::Error::TooManyHeaders) => return Err(Some(too_large())),
        Err(e) => {
            return Err(Some(Response::text(400, &format!("bad request: {e}\n"))));
        }
    };
    let (Some(method), Some(target)) = (parsed.method, parsed.path) else {
        return Err(Some(Response::text(400, "bad request\n")));
    };
    Ok(Some(Head {
        request: Request {
            method: method.to_string(),
            target: target.to_string(),
            headers: parsed
                .headers
                .iter()
                .map(|h| {
                    (
                        h.name.to_string(),
                        String::from_utf8_lossy(h.value).into_owned(),
                    )
                })
                .collect(),
        },
        length,
        http10: parsed.version == Some(0),
    }))
}

/// Requests the server never serves, answered before anything after the head is read: methods
/// other than GET and HEAD (405), and requests with a body (413), whatever its announced size.
fn refuse(request: &Request) -> Option<Response> {
    if request.method != "GET" && request.method != "HEAD" {
        return Some(
            Response::text(405, "only GET and HEAD are supported\n").with("Allow", "GET, HEAD"),
        );
    }
    let has_body = request.header("Transfer-Encoding").is_some()
        || request
            .headers("Content-Length")
            .any(|v| v.trim().parse::<u64>() != Ok(0));
    has_body.then(|| Response::text(413, "GET and HEAD requests carry no body\n"))
}

/// HTTP/1.1 keeps a connection open unless told otherwise; HTTP/1.0 closes it unless told otherwise.
fn wants_close(request: &Request, http10: bool) -> bool {
    let said = |word: &str| {
        request
            .headers("Connection")
            .flat_map(|v| v.split(','))
            .any(|t| t.trim().eq_ignore_ascii_case(word))
    };
    if http10 {
        !said("keep-alive")
    } else {
        said("close")
    }
}

/// Ends a connection after a refusal without reading what follows (a body of any size), yet gives
/// the client a moment to read the answer: see [`LINGER`].
fn linger_and_close(mut stream: TcpStream) {
    let _ = stream.shutdown(Shutdown::Write);
    let _ = stream.set_read_timeout(Some(LINGER));
    let mut chunk = [0u8; 8192];
    let mut dropped = 0;
    while dropped < LINGER_BYTES {
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => dropped += n,
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        304 => "Not Modified",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        413 => "Content Too Large",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "Unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(bytes: &[u8]) -> Result<Option<Head>, Option<Response>> {
        parse_head(bytes)
    }

    #[test]
    fn heads_parse_in_pieces_and_keep_what_follows() {
        assert!(matches!(head(b"GET / HTTP/1.1\r\nHost: x\r\n"), Ok(None)));
        let bytes = b"GET /a?b HTTP/1.1\r\nHost: x\r\nIf-None-Match: \"1\"\r\n\r\nGET /next";
        let Ok(Some(parsed)) = head(bytes) else {
            panic!("a complete head");
        };
        assert_eq!(parsed.request.target, "/a?b");
        assert_eq!(parsed.request.header("if-none-match"), Some("\"1\""));
        assert_eq!(&bytes[parsed.length..], b"GET /next");
    }

    #[test]
    fn refusals() {
        let status = |bytes: &[u8]| match head(bytes) {
            Ok(Some(h)) => refuse(&h.request).map_or(200, |r| r.status),
            Ok(None) => 0,
            Err(r) => r.map_or(0, |r| r.status),
        };
        assert_eq!(status(b"GET / HTTP/1.1\r\n\r\n"), 200);
        assert_eq!(status(b"HEAD / HTTP/1.1\r\nContent-Length: 0\r\n\r\n"), 200);
        assert_eq!(
            status(b"POST / HTTP/1.1\r\nContent-Length: 50000000\r\n\r\n"),
            405
        );
        assert_eq!(status(b"GET / HTTP/1.1\r\nContent-Length: 10\r\n\r\n"), 413);
        assert_eq!(
            status(b"GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"),
            413
        );
        assert_eq!(status(b"GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n"), 413);
        assert_eq!(status(b"G\0T / HTTP/1.1\r\n\r\n"), 400);
        let many: String = (0..=MAX_HEADERS).map(|i| format!("X-{i}: y\r\n")).collect();
        assert_eq!(
            status(format!("GET / HTTP/1.1\r\n{many}\r\n").as_bytes()),
            431
        );
    }

    #[test]
    fn keep_alive_follows_the_protocol_version() {
        let request = |connection: Option<&str>| Request {
            method: "GET".into(),
            target: "/".into(),
            headers: connection
                .map(|c| vec![("Connection".to_string(), c.to_string())])
                .unwrap_or_default(),
        };
        assert!(!wants_close(&request(None), false));
        assert!(wants_close(&request(Some("close")), false));
        assert!(wants_close(&request(Some("Keep-Alive, Close")), false));
        assert!(wants_close(&request(None), true));
        assert!(!wants_close(&request(Some("keep-alive")), true));
    }

    #[test]
    fn header_values_cannot_start_a_header() {
        let response = Response::text(301, "").with("Location", "/a\r\nSet-Cookie: x");
        let mut out = Vec::new();
        response.write_to(&mut out, true, false).expect("write");
        let text = String::from_utf8(out).expect("utf-8");
        assert!(!text.contains("Set-Cookie"), "{text}");
    }

    proptest::proptest! {
        /// Whatever bytes arrive, the head parser answers, refuses or waits: it never panics.
        #[test]
        fn any_bytes_get_an_answer_or_a_refusal(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2048)) {
            let mut with_head = b"GET / HTTP/1.1\r\n".to_vec();
            with_head.extend_from_slice(&bytes);
            for input in [&bytes, &with_head] {
                if let Ok(Some(parsed)) = parse_head(input) {
                    let _ = refuse(&parsed.request);
                    proptest::prop_assert!(parsed.length <= input.len());
                }
            }
        }
    }
}
