//! `handbook serve`, end to end: a real server on an ephemeral loopback port, real file edits picked
//! up by the watcher, a raw HTTP client and a raw Server-Sent Events reader. Timeouts only bound the
//! waiting (a broken build fails instead of hanging); nothing asserts on elapsed time.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use handbook::render::Section;
use handbook::serve::incremental::{Outcome, Rebuilder};
use handbook::serve::{self, ServeError, ServeOptions};

const WAIT: Duration = Duration::from_secs(30);

/// A fresh copy of the default handbook (the starter `handbook init` writes).
fn handbook() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path().join("hb");
    handbook::init::init(&root, &Default::default()).expect("init");
    (tmp, root)
}

fn start(root: &Path) -> serve::Running {
    let mut options = ServeOptions::new(root);
    options.port = 0;
    serve::start(&options).expect("server starts")
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends raw request bytes and reads the whole answer (the server closes: `Connection: close`).
fn raw(addr: SocketAddr, request: &[u8]) -> Option<Reply> {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(WAIT)).expect("timeout");
    stream.write_all(request).expect("send");
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    let split = bytes.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&bytes[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Some(Reply {
        status,
        headers,
        body: bytes[split + 4..].to_vec(),
    })
}

fn request(addr: SocketAddr, method: &str, target: &str, extra: &str) -> Reply {
    let req = format!(
        "{method} {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{extra}\r\n"
    );
    raw(addr, req.as_bytes()).expect("an HTTP answer")
}

fn get(addr: SocketAddr, target: &str) -> Reply {
    request(addr, "GET", target, "")
}

/// A subscriber to the event stream.
struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    fn connect(addr: SocketAddr) -> Events {
        let mut stream = TcpStream::connect(addr).expect("connect");
        stream.set_read_timeout(Some(WAIT)).expect("timeout");
        stream
            .write_all(b"GET /__handbook/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
            .expect("send");
        let mut reader = BufReader::new(stream);
        let mut status = String::new();
        reader.read_line(&mut status).expect("status line");
        assert!(status.contains(" 200 "), "{status}");
        let mut saw_type = false;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).expect("header");
            if line
                .to_ascii_lowercase()
                .starts_with("content-type: text/event-stream")
            {
                saw_type = true;
            }
            if line == "\r\n" {
                break;
            }
        }
        assert!(saw_type, "the stream is text/event-stream");
        Events { reader }
    }

    /// The next event (name, data), skipping comments and `retry:`.
    fn next(&mut self) -> (String, String) {
        let (mut name, mut data) = (String::new(), String::new());
        loop {
            let mut line = String::new();
            let n = self.reader.read_line(&mut line).expect("event line");
            assert!(n > 0, "event stream closed");
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                if !name.is_empty() {
                    return (name, data);
                }
                continue;
            }
            if let Some(v) = line.strip_prefix("event: ") {
                name = v.to_string();
            } else if let Some(v) = line.strip_prefix("data: ") {
                data = v.to_string();
            }
        }
    }

    fn expect(&mut self, wanted: &str) -> serde_json::Value {
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            let (name, data) = self.next();
            if name == wanted {
                return serde_json::from_str(&data).expect("JSON data");
            }
        }
        panic!("no `{wanted}` event");
    }
}

fn first_prompt(root: &Path) -> PathBuf {
    first_source(root, "content/prompts")
}

/// The first Markdown source in the default language of a content folder, whatever its name.
fn first_source(root: &Path, dir: &str) -> PathBuf {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
        .expect("content folder")
        .map(|e| e.expect("entry").path())
        // The default-language file, not its translated twin (`001-….en.md`).
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .filter(|p| !handbook::source::is_translation(p))
        .collect();
    files.sort();
    files.into_iter().next().expect("a source")
}

/// Replaces the value of the first `KEY: value` line (whatever its indentation) by `VALUE`.
fn set_field(file: &Path, key: &str, value: &str) {
    let text = std::fs::read_to_string(file).expect("read");
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{key}: ")))
        .unwrap_or_else(|| panic!("no `{key}:` in {}", file.display()));
    let indent = &line[..line.len() - line.trim_start().len()];
    set_line(file, line, &format!("{indent}{key}: {value}"));
}

/// Replaces the first line starting with `prefix` (an editor's save: temp file + rename).
fn set_line(file: &Path, prefix: &str, line: &str) {
    let text = std::fs::read_to_string(file).expect("read");
    let mut done = false;
    let edited: Vec<String> = text
        .lines()
        .map(|l| {
            if !done && l.starts_with(prefix) {
                done = true;
                line.to_string()
            } else {
                l.to_string()
            }
        })
        .collect();
    assert!(done, "{prefix} found in {}", file.display());
    save(file, &(edited.join("\n") + "\n"));
}

fn save(file: &Path, text: &str) {
    let tmp = file.with_file_name(format!(
        ".{}.tmp",
        file.file_name().expect("name").to_string_lossy()
    ));
    std::fs::write(&tmp, text).expect("write temp");
    std::fs::rename(&tmp, file).expect("rename");
}

#[test]
fn serves_pages_with_types_etags_and_head() {
    let (_tmp, root) = handbook();
    let server = start(&root);
    let addr = server.addr();
    assert!(addr.ip().is_loopback());

    let home = get(addr, "/");
    assert_eq!(home.status, 200);
    assert_eq!(
        home.header("Content-Type"),
        Some("text/html; charset=utf-8")
    );
    assert!(home.text().contains("/__handbook/live.js"));

    let css = home
        .text()
        .replace("&#x2F;", "/")
        .split('"')
        .find_map(|s| {
            s.strip_prefix("./assets/style.")
                .filter(|s| s.ends_with(".css"))
        })
        .map(|s| format!("assets/style.{s}"))
        .expect("a stylesheet link");
    let reply = get(addr, &format!("/{css}"));
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.header("Content-Type"),
        Some("text/css; charset=utf-8")
    );
    assert!(
        !reply.text().contains("__handbook"),
        "only pages get the script"
    );
    for (target, kind) in [
        ("/favicon.svg", "image/svg+xml"),
        ("/prompts.json", "application/json"),
        ("/sitemap.xml", "application/xml"),
        ("/__handbook/live.js", "text/javascript; charset=utf-8"),
    ] {
        let reply = get(addr, target);
        assert_eq!(reply.status, 200, "{target}");
        assert_eq!(reply.header("Content-Type"), Some(kind), "{target}");
    }

    let head = request(addr, "HEAD", "/charter/", "");
    let full = get(addr, "/charter/");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty(), "HEAD has no body");
    assert_eq!(
        head.header("Content-Length").map(str::to_string),
        Some(full.body.len().to_string())
    );
    let etag = full.header("ETag").expect("an ETag").to_string();
    assert_eq!(head.header("ETag"), Some(etag.as_str()));
    let cached = request(
        addr,
        "GET",
        "/charter/",
        &format!("If-None-Match: {etag}\r\n"),
    );
    assert_eq!(cached.status, 304);
    assert!(cached.body.is_empty());
    let stale = request(addr, "GET", "/charter/", "If-None-Match: \"other\"\r\n");
    assert_eq!(stale.status, 200);

    let missing = get(addr, "/no-such-page/");
    assert_eq!(missing.status, 404);
    assert!(missing.text().contains("<html"), "the site's 404 page");
    let redirect = get(addr, "/charter");
    assert_eq!(redirect.status, 301);
    assert_eq!(redirect.header("Location"), Some("/charter/"));
    assert_eq!(
        request(addr, "POST", "/", "Content-Length: 0\r\n").status,
        405
    );
    server.shutdown();
    // The listening socket is closed by the accept thread as it ends: wait (bounded) for it.
    let deadline = Instant::now() + WAIT;
    while TcpStream::connect(addr).is_ok() {
        assert!(
            Instant::now() < deadline,
            "the socket is still open after shutdown"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn refuses_every_path_outside_the_site() {
    let (tmp, root) = handbook();
    let secret = tmp.path().join("secret.txt");
    std::fs::write(&secret, "TOP-SECRET").expect("secret");
    // Symbolic links pointing outside, where a disk-serving server might look: the root and the
    // output folder. The site is served from memory, so they cannot be followed by construction.
    #[cfg(unix)]
    {
        std::fs::create_dir_all(root.join("public")).expect("public");
        std::os::unix::fs::symlink(&secret, root.join("public/leak.txt")).expect("symlink");
        std::os::unix::fs::symlink(&secret, root.join("leak.txt")).expect("symlink");
    }
    let server = start(&root);
    let addr = server.addr();
    let absolute = secret.display().to_string();
    let targets: Vec<String> = [
        "/../secret.txt",
        "/../../secret.txt",
        "/charter/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/secret.txt",
        "/%2e%2e%2fsecret.txt",
        "/%252e%252e/secret.txt",
        "/%252e%252e%252fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "/.%2e/secret.txt",
        "/secret.txt%00.html",
        "/index.html%00",
        "//etc/passwd",
        "/etc/passwd",
        "/leak.txt",
        "/public/leak.txt",
        "/C:/Windows/win.ini",
        "/%",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([
        absolute.clone(),
        format!("/{absolute}"),
        format!("file://{absolute}"),
    ])
    .collect();
    for target in &targets {
        let req = format!("GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        let reply = raw(addr, req.as_bytes());
        match reply {
            Some(reply) => {
                assert!(
                    reply.status == 400 || reply.status == 404,
                    "{target}: status {}",
                    reply.status
                );
                assert!(!reply.text().contains("TOP-SECRET"), "{target} leaked");
            }
            None => panic!("{target}: no HTTP answer"),
        }
    }
    // A raw NUL byte in the request line.
    let reply = raw(
        addr,
        b"GET /secret.txt\0 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    if let Some(reply) = reply {
        assert!(
            reply.status == 400 || reply.status == 404,
            "NUL: {}",
            reply.status
        );
        assert!(!reply.text().contains("TOP-SECRET"));
    }
    // The server still works after all that.
    assert_eq!(get(addr, "/").status, 200);
    server.shutdown();
}

#[test]
fn edits_reload_pages_and_broken_edits_show_an_overlay_until_fixed() {
    let (_tmp, root) = handbook();
    let server = start(&root);
    let addr = server.addr();
    let prompt = first_prompt(&root);
    let page = {
        let text = std::fs::read_to_string(&prompt).expect("read");
        let id = text
            .lines()
            .find_map(|l| l.strip_prefix("id: "))
            .expect("an id")
            .trim()
            .to_ascii_lowercase();
        format!("/prompts/{id}/")
    };
    let before = get(addr, &page);
    assert_eq!(before.status, 200);
    assert!(!before.text().contains("handbook-overlay"));

    let mut events = Events::connect(addr);
    events.expect("hello");

    // 1. An edit: one reload event naming the changed page, then the new content.
    set_line(&prompt, "title: ", "title: \"Titre changé en direct\"");
    let reload = events.expect("reload");
    let changed = reload["changed"].to_string();
    assert!(
        changed.contains(&format!("{}index.html", &page[1..])),
        "{changed}"
    );
    assert!(!changed.contains("charter/"), "{changed}");
    let after = get(addr, &page);
    assert!(after.text().contains("Titre changé en direct"));

    // 2. A broken edit: the errors event, the overlay on every page, the last good build kept.
    set_line(&prompt, "title: ", "titel: \"Faute de frappe\"");
    let errors = events.expect("errors");
    let html = errors["html"].as_str().expect("overlay html").to_string();
    let rel = format!(
        "content/prompts/{}",
        prompt.file_name().expect("name").to_string_lossy()
    );
    assert!(html.contains(&format!("{rel}:")), "{html}");
    assert!(html.contains("titel"), "{html}");
    let broken = get(addr, &page);
    assert_eq!(broken.status, 200);
    assert!(
        broken.text().contains("Titre changé en direct"),
        "last good page"
    );
    assert!(broken.text().contains("handbook-overlay"));
    assert!(broken.text().contains(&format!("{rel}:")));
    let home = get(addr, "/");
    assert!(
        home.text().contains("handbook-overlay"),
        "every page shows it"
    );

    // 3. The fix: a reload, and the overlay is gone by itself.
    set_line(&prompt, "titel: ", "title: \"Titre réparé\"");
    events.expect("reload");
    let fixed = get(addr, &page);
    assert!(fixed.text().contains("Titre réparé"));
    assert!(!fixed.text().contains("handbook-overlay"));
    server.shutdown();
}

#[test]
fn a_page_from_an_older_build_is_told_to_reload_on_connection() {
    let (_tmp, root) = handbook();
    let server = start(&root);
    let addr = server.addr();
    let page = get(addr, "/").text();
    let served = page
        .split("data-generation=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("generation")
        .to_string();
    let mut events = Events::connect(addr);
    assert_eq!(events.expect("hello")["generation"].to_string(), served);
    set_line(&root.join("content/index.md"), "", "Accueil modifié.");
    events.expect("reload");
    let mut late = Events::connect(addr);
    assert_ne!(late.expect("hello")["generation"].to_string(), served);
    server.shutdown();
}

/// Opens an event stream and returns the status code of the answer (200, or 503 when full).
fn open_stream(addr: SocketAddr) -> (u16, TcpStream) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .write_all(b"GET /__handbook/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .expect("send");
    let code = status_of(&mut stream);
    (code.expect("a status code"), stream)
}

#[test]
fn event_stream_slots_come_back_when_pages_close() {
    // 200 pages opened and closed, more than the cap of open streams: each must get its stream,
    // at worst after the server noticed that earlier ones closed (its keep-alive write fails).
    let (_tmp, root) = handbook();
    let server = start(&root);
    let addr = server.addr();
    for page in 0..200 {
        let deadline = Instant::now() + WAIT;
        loop {
            let (code, stream) = open_stream(addr);
            drop(stream);
            if code == 200 {
                break;
            }
            assert_eq!(code, 503, "page {page}");
            assert!(
                Instant::now() < deadline,
                "page {page}: no stream slot came back after closed pages"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }
    // Streams that stay open are still capped.
    let mut held = Vec::new();
    let deadline = Instant::now() + WAIT;
    loop {
        let (code, stream) = open_stream(addr);
        if code == 503 {
            break;
        }
        assert_eq!(code, 200);
        held.push(stream);
        assert!(
            Instant::now() < deadline,
            "the cap of open streams is never reached"
        );
    }
    assert!(
        held.len() <= serve::sse::MAX_SUBSCRIBERS,
        "{} streams open",
        held.len()
    );
    server.shutdown();
}

/// Applies an edit, rebuilds incrementally, and checks the result against a full build.
fn check_edit(rebuilder: &mut Rebuilder, root: &Path, rel: &str, edit: impl FnOnce(&Path)) {
    edit(&root.join(rel));
    let changed: BTreeSet<PathBuf> = [PathBuf::from(rel)].into();
    match rebuilder.apply(&changed) {
        Outcome::Built { .. } => {}
        Outcome::Failed(d) => panic!("{rel}: {:?}", d.into_sorted()),
    }
    let (_, full) = handbook::build::prepare(root, None).expect("full build");
    let incremental = rebuilder.site().expect("a site");
    assert_eq!(
        incremental.keys().collect::<Vec<_>>(),
        full.keys().collect::<Vec<_>>(),
        "{rel}: same files"
    );
    for (key, bytes) in &full {
        assert!(
            incremental.get(key) == Some(bytes),
            "{rel}: {key} differs from a full build"
        );
    }
}

fn replace_in(file: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).expect("read");
    assert!(text.contains(from), "{from:?} in {}", file.display());
    save(file, &text.replacen(from, to, 1));
}

fn append(file: &Path, text: &str) {
    let old = std::fs::read_to_string(file).expect("read");
    save(file, &format!("{old}{text}"));
}

#[test]
fn incremental_rebuilds_equal_a_full_build_and_stay_incremental() {
    let (_tmp, root) = handbook();
    let mut rebuilder = Rebuilder::new(&root);
    assert!(matches!(rebuilder.full(), Outcome::Built { .. }));
    let prompt = first_prompt(&root);
    let prompt_rel = prompt
        .strip_prefix(&root)
        .expect("relative")
        .to_string_lossy()
        .into_owned();

    // A prompt's body: that prompt's page only — not the index, not the charter.
    check_edit(&mut rebuilder, &root, &prompt_rel, |f| {
        append(f, "\nUne phrase de plus.\n")
    });
    let stats = rebuilder.stats().clone();
    assert_eq!(stats.sections, [Section::Prompts].into());
    assert_eq!(stats.pages.len(), 1, "{:?}", stats.pages);
    assert!(stats.pages.iter().all(|p| p.starts_with("prompts/")));

    // A prompt's title: its page and the prompt index.
    check_edit(&mut rebuilder, &root, &prompt_rel, |f| {
        set_line(f, "title: ", "title: \"Un autre titre\"")
    });
    let pages = rebuilder.stats().pages.clone();
    assert!(pages.contains("prompts/index.html"), "{pages:?}");
    assert!(!pages.contains("charter/index.html"), "{pages:?}");

    // A new prompt file, then other kinds of content.
    check_edit(
        &mut rebuilder,
        &root,
        "content/prompts/999-nouveau.md",
        |f| {
            save(
            f,
            "---\nid: PROMPT-999\ntitle: \"Nouveau\"\ntags: [test]\nuse_case: \"Essai\"\n---\n## Contexte\n\nUn [lieu].\n\n## Prompt\n\nÉcris [n] mots.\n",
        )
        },
    );
    let section = first_source(&root, "content/charter");
    let section_rel = section
        .strip_prefix(&root)
        .expect("relative")
        .to_string_lossy()
        .into_owned();
    check_edit(&mut rebuilder, &root, &section_rel, |f| {
        append(
            f,
            "\nUn paragraphe ajouté à la charte, avec un [lien](/tools/).\n",
        )
    });
    assert_eq!(rebuilder.stats().sections, [Section::Charter].into());
    assert_eq!(
        rebuilder.stats().pages,
        ["charter/index.html".to_string()].into()
    );
    check_edit(&mut rebuilder, &root, "content/indicators.yaml", |f| {
        set_field(f, "label", "\"Un indicateur renommé\"")
    });
    check_edit(&mut rebuilder, &root, "content/index.md", |f| {
        append(f, "\nBienvenue !\n")
    });
    check_edit(&mut rebuilder, &root, "content/committee.yaml", |f| {
        append(f, "# un commentaire\n")
    });
    assert!(
        rebuilder.stats().pages.is_empty(),
        "a comment changes no page"
    );

    // Templates: one page template, then the base every page extends.
    check_edit(
        &mut rebuilder,
        &root,
        "themes/default/templates/prompt.html",
        |f| replace_in(f, "<article>", "<article data-changed=\"yes\">"),
    );
    let pages = rebuilder.stats().pages.clone();
    assert!(
        pages
            .iter()
            .all(|p| p.starts_with("prompts/") && p != "prompts/index.html"),
        "{pages:?}"
    );
    assert!(pages.len() > 1, "{pages:?}");
    check_edit(
        &mut rebuilder,
        &root,
        "themes/default/templates/base.html",
        |f| replace_in(f, "</body>", "<!-- base changed --></body>"),
    );
    assert!(rebuilder.stats().pages.contains("charter/index.html"));
    check_edit(
        &mut rebuilder,
        &root,
        "themes/default/static/style.css",
        |f| append(f, "\n/* changed */\n"),
    );

    // A removed file and the site configuration: full rebuilds, still equal.
    check_edit(
        &mut rebuilder,
        &root,
        "content/prompts/999-nouveau.md",
        |f| std::fs::remove_file(f).expect("remove"),
    );
    check_edit(&mut rebuilder, &root, "handbook.yaml", |f| {
        set_line(f, "title: ", "title: \"Un autre manuel\"")
    });
}

#[test]
fn built_sites_contain_nothing_of_serve() {
    let (tmp, root) = handbook();
    let output = tmp.path().join("public");
    handbook::build::build(&handbook::build::BuildOptions {
        root,
        output: output.clone(),
        base_url: None,
        drafts: false,
        cache_dir: None,
    })
    .expect("build");
    for entry in walk(&output) {
        let bytes = std::fs::read(&entry).expect("read");
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("__handbook"), "{}", entry.display());
        assert!(!text.contains("handbook-overlay"), "{}", entry.display());
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("list") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn a_busy_port_is_a_clear_error() {
    let (_tmp, root) = handbook();
    let taken = TcpListener::bind("127.0.0.1:0").expect("bind");
    let mut options = ServeOptions::new(&root);
    options.port = taken.local_addr().expect("addr").port();
    match serve::start(&options) {
        Err(e @ ServeError::PortBusy(_)) => {
            let message = e.to_string();
            assert!(message.contains("already in use"), "{message}");
            assert!(message.contains("--port"), "{message}");
        }
        Err(e) => panic!("unexpected error: {e}"),
        Ok(running) => {
            running.shutdown();
            panic!("started on a busy port");
        }
    }
}

#[test]
fn binds_loopback_unless_asked() {
    let (_tmp, root) = handbook();
    // By default: the loopback interface only.
    let server = start(&root);
    assert!(server.addr().ip().is_loopback(), "{}", server.addr());
    server.shutdown();
    // Asked for every interface: bound to all of them, loopback included.
    let mut options = ServeOptions::new(&root);
    options.port = 0;
    options.bind = std::net::Ipv4Addr::UNSPECIFIED.into();
    let server = serve::start(&options).expect("server starts");
    assert!(server.addr().ip().is_unspecified(), "{}", server.addr());
    let local = SocketAddr::from(([127, 0, 0, 1], server.addr().port()));
    assert_eq!(get(local, "/").status, 200);
    server.shutdown();
}

/// Reads one answer's status from `stream` without closing it first.
fn status_of(stream: &mut TcpStream) -> Option<u16> {
    stream.set_read_timeout(Some(WAIT)).expect("timeout");
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    line.split(' ').nth(1)?.parse().ok()
}

#[test]
fn refuses_oversized_heads_and_bodies_without_reading_them() {
    let (_tmp, root) = handbook();
    let server = start(&root);
    let addr = server.addr();

    // A head past the limit, one long header or many short ones: 431.
    let long = format!(
        "GET / HTTP/1.1\r\nHost: x\r\nX-Long: {}\r\n\r\n",
        "a".repeat(20_000)
    );
    assert_eq!(raw(addr, long.as_bytes()).map(|r| r.status), Some(431));
    let many: String = (0..100).map(|i| format!("X-{i}: y\r\n")).collect();
    let many = format!("GET / HTTP/1.1\r\nHost: x\r\n{many}\r\n");
    assert_eq!(raw(addr, many.as_bytes()).map(|r| r.status), Some(431));
    // A head that never ends is refused once it passes the limit, not read on and on.
    let mut endless = TcpStream::connect(addr).expect("connect");
    endless
        .write_all(format!("GET / HTTP/1.1\r\nX-Endless: {}", "b".repeat(64 * 1024)).as_bytes())
        .expect("send");
    assert_eq!(status_of(&mut endless), Some(431));

    // A POST announcing 50 MB is refused as soon as its head arrives: the body is never sent
    // here, so a server waiting for it would not answer.
    let mut post = TcpStream::connect(addr).expect("connect");
    post.write_all(b"POST /charter/ HTTP/1.1\r\nHost: x\r\nContent-Length: 50000000\r\n\r\n")
        .expect("send");
    assert_eq!(status_of(&mut post), Some(405));
    let mut get_with_body = TcpStream::connect(addr).expect("connect");
    get_with_body
        .write_all(b"GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
        .expect("send");
    assert_eq!(status_of(&mut get_with_body), Some(413));

    // Requests sent one after the other on a kept-alive connection are all answered, in order.
    let both = raw(
        addr,
        b"GET /charter/ HTTP/1.1\r\nHost: x\r\n\r\nGET /no-such-page/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .expect("answers");
    assert_eq!(both.status, 200);
    assert!(
        both.text().contains("HTTP/1.1 404 Not Found"),
        "the second answer follows the first"
    );
    // And the server still serves.
    assert_eq!(get(addr, "/").status, 200);
    server.shutdown();
}

#[test]
fn connections_beyond_the_limit_get_503_and_slots_come_back() {
    let (_tmp, root) = handbook();
    let server = start(&root);
    let addr = server.addr();
    // Idle connections, as a crowd of open tabs or a slow client would hold them.
    let mut held: Vec<TcpStream> = (0..serve::http::MAX_CONNECTIONS)
        .map(|_| TcpStream::connect(addr).expect("connect"))
        .collect();
    // Every held connection is answered, so each has its slot before the next one is tried.
    for stream in &mut held {
        stream
            .write_all(b"HEAD / HTTP/1.1\r\nHost: x\r\n\r\n")
            .expect("send");
        assert_eq!(status_of(stream), Some(200));
    }
    let mut extra = TcpStream::connect(addr).expect("connect");
    extra
        .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("send");
    assert_eq!(status_of(&mut extra), Some(503));
    drop(held);
    // Closed connections give their slots back (bounded wait: their threads see the close).
    let deadline = Instant::now() + WAIT;
    loop {
        if get(addr, "/").status == 200 {
            break;
        }
        assert!(Instant::now() < deadline, "slots never came back");
        std::thread::sleep(Duration::from_millis(20));
    }
    server.shutdown();
}

#[test]
fn a_head_sent_too_slowly_gets_408() {
    let (_tmp, root) = handbook();
    let server = start(&root);
    let addr = server.addr();
    // A request begun and never finished: once the deadline passes, the server answers and
    // closes rather than keeping the slot (the read below is bounded by WAIT, not timed).
    let mut slow = TcpStream::connect(addr).expect("connect");
    slow.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: a")
        .expect("send");
    assert_eq!(status_of(&mut slow), Some(408));
    assert_eq!(get(addr, "/").status, 200);
    server.shutdown();
}
