//! `handbook serve`: the site on a local address, rebuilt as its sources are saved, and every open
//! page reloaded — or told clearly what the last save broke, while the last good build stays served.
//!
//! The site is served from memory (the rendered files of the last good build), not from a folder:
//! no request can reach a file outside the site, a broken save never touches `public/`, and nothing of
//! the live-reload machinery can end up in a published site. `serve` therefore writes nothing; run
//! `handbook build` to publish.
//!
//! | module | job |
//! | --- | --- |
//! | [`paths`] | request target → site key, refusing traversal tricks |
//! | [`mime`] | `Content-Type` by extension |
//! | [`snapshot`] | the files as served, ETags; script and overlay added as a page is sent |
//! | [`overlay`] | the live-reload script and the error overlay |
//! | [`sse`] | the event stream to open pages |
//! | [`watch`] | notify watch and debouncing of editors' bursts of events |
//! | [`incremental`] | which pages a change affects, and the rebuild |
//! | [`http`] | connections and request heads, with their limits |
//! | [`server`] | answering one request |

pub mod http;
pub mod incremental;
pub mod mime;
pub mod overlay;
pub mod paths;
pub mod server;
pub mod snapshot;
pub mod sse;
pub mod watch;

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::thread::JoinHandle;
use std::time::Instant;

use crate::console;
use crate::diagnostics::{display_path, Diagnostics};
use incremental::{Outcome, Rebuilder};
use snapshot::Snapshot;

/// What `handbook serve` was asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    /// 0 picks a free port (tests).
    pub port: u16,
}

impl ServeOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        ServeOptions {
            root: root.into(),
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: DEFAULT_PORT,
        }
    }
}

/// The port used when none is given.
pub const DEFAULT_PORT: u16 = 8000;

/// Why the server could not start.
#[derive(Debug)]
pub enum ServeError {
    PortBusy(SocketAddr),
    Bind(SocketAddr, std::io::Error),
    Watch(String),
}

impl std::fmt::Display for ServeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ServeError::PortBusy(addr) => write!(
                f,
                "port {} is already in use on {} (another `handbook serve`?) — choose another one with --port, e.g. --port {}",
                addr.port(),
                addr.ip(),
                addr.port().wrapping_add(1).max(1024)
            ),
            ServeError::Bind(addr, e) => write!(
                f,
                "cannot listen on {addr}: {e} — check --bind, or choose another port with --port"
            ),
            ServeError::Watch(message) => write!(f, "{message}"),
        }
    }
}

impl std::error::Error for ServeError {}

/// State shared by the request workers and the rebuild thread.
pub struct Shared {
    snapshot: RwLock<Arc<Snapshot>>,
    events: sse::Broadcaster,
    stop: AtomicBool,
}

impl Shared {
    /// The files currently served.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        match self.snapshot.read() {
            Ok(s) => Arc::clone(&s),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    fn replace(&self, snapshot: Snapshot) {
        let snapshot = Arc::new(snapshot);
        match self.snapshot.write() {
            Ok(mut s) => *s = snapshot,
            Err(poisoned) => *poisoned.into_inner() = snapshot,
        }
    }
}

/// A running server; [`Running::shutdown`] stops it cleanly.
pub struct Running {
    addr: SocketAddr,
    shared: Arc<Shared>,
    server: Option<http::Server>,
    threads: Vec<JoinHandle<()>>,
}

impl Running {
    /// The address actually listened on (useful with port 0).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Ends the event streams, stops the watcher and the workers, and closes the socket.
    pub fn shutdown(self) {
        drop(self);
    }
}

/// Dropping the server (a test that fails half-way, a panic) stops it too, rather than leaving
/// threads watching a folder that may be gone.
impl Drop for Running {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        self.shared.events.close();
        // Stops accepting and closes the listening socket.
        drop(self.server.take());
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

/// A listening socket whose connections have Nagle's algorithm off (Linux and the BSDs pass the
/// option on to accepted sockets; [`http`] sets it on each connection too). With Nagle on, the
/// end of an event or of a response written in pieces waits for the browser's delayed ACK, adding
/// ~40 ms on a kept-alive connection.
fn listen(addr: SocketAddr) -> std::io::Result<TcpListener> {
    use socket2::{Domain, Protocol, Socket, Type};
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    // Lets a restarted server reuse the port at once; a port another server listens on stays busy.
    #[cfg(unix)]
    socket.set_reuse_address(true)?;
    socket.set_tcp_nodelay(true)?;
    socket.bind(&addr.into())?;
    socket.listen(1024)?;
    Ok(socket.into())
}

/// Binds, builds, starts watching and serving; returns at once with the running server.
pub fn start(options: &ServeOptions) -> Result<Running, ServeError> {
    let addr = SocketAddr::new(options.bind, options.port);
    let listener = listen(addr).map_err(|e| match e.kind() {
        std::io::ErrorKind::AddrInUse => ServeError::PortBusy(addr),
        _ => ServeError::Bind(addr, e),
    })?;
    let addr = listener.local_addr().unwrap_or(addr);

    // Watch before the first build, so an edit saved during it is not missed.
    let mut watch = watch::Watch::start(&options.root).map_err(ServeError::Watch)?;

    let mut rebuilder = Rebuilder::new(&options.root);
    let started = Instant::now();
    let outcome = rebuilder.full();
    let shared = Arc::new(Shared {
        snapshot: RwLock::new(Arc::new(Snapshot::default())),
        events: sse::Broadcaster::default(),
        stop: AtomicBool::new(false),
    });
    let mut generation = 1;
    let first = publish(&shared, &rebuilder, outcome, generation, &options.root);
    match first {
        Published::Reload { .. } => console::info(&format!(
            "built {} files in {} ms",
            rebuilder.site().map_or(0, |s| s.len()),
            started.elapsed().as_millis()
        )),
        Published::Problems => {}
    }

    // Connections made during the first build waited in the listening queue: answered now.
    let handler_shared = Arc::clone(&shared);
    let server = http::Server::start(
        listener,
        Arc::new(move |request: &http::Request| server::handle(request, &handler_shared)),
    )
    .map_err(|e| ServeError::Bind(addr, e))?;
    let mut threads = Vec::new();
    let root = options.root.clone();
    let rebuild_shared = Arc::clone(&shared);
    // The rebuild renders as `handbook build` does on the main thread, so it gets the main thread's
    // usual 8 MB stack rather than a spawned thread's 2 MB: whatever builds, `serve` rebuilds.
    let rebuild_thread = std::thread::Builder::new()
        .name("handbook-rebuild".into())
        .stack_size(8 * 1024 * 1024)
        .spawn(move || {
            while let Some(batch) = watch.next_batch(&rebuild_shared.stop) {
                let started = Instant::now();
                let outcome = rebuilder.apply(&batch);
                if let Outcome::Built { changed } = &outcome {
                    let was_failing = rebuild_shared.snapshot().overlay.is_some();
                    if changed.is_empty() && !was_failing {
                        continue;
                    }
                }
                generation += 1;
                let published = publish(&rebuild_shared, &rebuilder, outcome, generation, &root);
                if let Published::Reload { pages } = published {
                    let stats = rebuilder.stats();
                    console::info(&format!(
                        "{}: updated {pages} page{} in {} ms ({} rendered again, {} reused)",
                        batch
                            .iter()
                            .map(|p| display_path(p))
                            .collect::<Vec<_>>()
                            .join(", "),
                        if pages == 1 { "" } else { "s" },
                        started.elapsed().as_millis(),
                        stats.pages.len(),
                        stats.reused,
                    ));
                }
            }
        });
    match rebuild_thread {
        Ok(t) => threads.push(t),
        Err(e) => {
            return Err(ServeError::Watch(format!(
                "cannot start the rebuild thread: {e}"
            )))
        }
    }
    Ok(Running {
        addr,
        shared,
        server: Some(server),
        threads,
    })
}

enum Published {
    Reload { pages: usize },
    Problems,
}

/// Swaps in what a rebuild produced and tells every open page.
fn publish(
    shared: &Shared,
    rebuilder: &Rebuilder,
    outcome: Outcome,
    generation: u64,
    root: &Path,
) -> Published {
    match outcome {
        Outcome::Built { changed } => {
            let previous = shared.snapshot();
            shared.replace(Snapshot::after(
                &previous,
                rebuilder.site(),
                &changed,
                generation,
                None,
            ));
            let pages = changed.iter().filter(|k| k.ends_with(".html")).count();
            shared.events.broadcast(&sse::event(
                "reload",
                &serde_json::json!({ "generation": generation, "changed": changed }),
            ));
            Published::Reload { pages }
        }
        Outcome::Failed(diags) => {
            let problems = print_problems(root, diags);
            let html = overlay::render(&problems);
            // The site is the one the previous snapshot was made from: only the overlay is new.
            let previous = shared.snapshot();
            shared.replace(Snapshot::after(
                &previous,
                rebuilder.site(),
                &[],
                generation,
                Some(html.clone()),
            ));
            shared.events.broadcast(&sse::event(
                "errors",
                &serde_json::json!({ "generation": generation, "html": html }),
            ));
            Published::Problems
        }
    }
}

/// Prints the problems like `handbook build` does, but says what the server keeps doing.
fn print_problems(root: &Path, diags: Diagnostics) -> Vec<crate::diagnostics::Diagnostic> {
    let problems = diags.into_sorted();
    let prefix = if root == Path::new(".") || root.as_os_str().is_empty() {
        String::new()
    } else {
        format!("{}/", display_path(root).trim_end_matches('/'))
    };
    for d in &problems {
        console::info(&format!("{prefix}{d}"));
    }
    console::info(&format!(
        "{} error{} found; still serving the last good build — fix and save, the pages update by themselves.",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    ));
    problems
}

/// `handbook serve`: starts, prints the address, and runs until Ctrl-C.
pub fn run(options: &ServeOptions, open: bool) -> Result<(), ServeError> {
    if !options.bind.is_loopback() {
        console::info(&format!(
            "warning: listening on {} — anyone who can reach this machine on the network can read the draft handbook; use only on a network you trust",
            options.bind
        ));
    }
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    if let Err(e) = ctrlc::set_handler(move || {
        let _ = tx.send(());
    }) {
        console::info(&format!(
            "warning: cannot catch Ctrl-C ({e}); stop the server by closing the terminal"
        ));
    }
    let running = start(options)?;
    let url = match running.addr() {
        SocketAddr::V6(a) => format!("http://[{}]:{}/", a.ip(), a.port()),
        SocketAddr::V4(a) => format!("http://{}:{}/", a.ip(), a.port()),
    };
    console::info(&format!(
        "serving {url} — watching {} for changes (Ctrl-C to stop)",
        display_path(&options.root)
    ));
    // Once revisions exist, content/ is the draft: that is where edits show.
    let has_revisions = options.root.join(crate::revisions::INDEX).is_file();
    let url = if has_revisions {
        let draft = format!("{url}draft/");
        console::info(&format!(
            "this handbook has approved revisions: your edits of content/ are the draft, at {draft}"
        ));
        draft
    } else {
        url
    };
    if open {
        open_browser(&url);
    }
    let _ = rx.recv();
    console::info("stopping…");
    running.shutdown();
    console::info("stopped");
    Ok(())
}

/// Opens `url` in the default browser; a failure only prints the address to open by hand.
fn open_browser(url: &str) {
    let command = if cfg!(target_os = "macos") {
        std::process::Command::new("open").arg(url).spawn()
    } else if cfg!(target_os = "windows") {
        std::process::Command::new("cmd")
            .args(["/C", "start", "", url])
            .spawn()
    } else {
        std::process::Command::new("xdg-open").arg(url).spawn()
    };
    if let Err(e) = command {
        console::info(&format!("cannot open a browser ({e}); open {url} yourself"));
    }
}
