//! Server-Sent Events: every open page subscribes, and each rebuild is announced to all of them.
//!
//! Each subscriber keeps the thread of its connection, which owns the connection and waits on a
//! channel: a slow or vanished browser only ever blocks its own thread, never the
//! rebuild that broadcasts nor the workers answering other requests. A comment line every two seconds
//! finds closed connections (a write to a socket the browser closed fails at the latest on the second
//! try), and the thread then gives its slot back at once: the number of open streams is capped so they
//! cannot use up the threads, and a page closed or reloaded a hundred times must not fill the cap.

use std::io::Write;
use std::net::TcpStream;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How many pages may follow the event stream at once.
pub const MAX_SUBSCRIBERS: usize = 128;

const KEEP_ALIVE: Duration = Duration::from_secs(2);

/// The list of subscribers.
#[derive(Default)]
pub struct Broadcaster {
    clients: Mutex<Vec<Sender<Arc<str>>>>,
    /// Streams whose thread is still running: the cap counts these, not the senders, which are only
    /// forgotten at the next broadcast.
    open: Arc<AtomicUsize>,
}

/// One taken stream slot, given back when the stream's thread ends, however it ends.
struct Slot(Arc<AtomicUsize>);

impl Slot {
    fn take(open: &Arc<AtomicUsize>) -> Option<Slot> {
        open.fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
            (n < MAX_SUBSCRIBERS).then_some(n + 1)
        })
        .ok()
        .map(|_| Slot(Arc::clone(open)))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

impl Broadcaster {
    /// A new stream starting with `first` (the build currently served), or `None` beyond
    /// [`MAX_SUBSCRIBERS`] (the caller answers 503).
    pub fn subscribe(&self, first: String) -> Option<Stream> {
        let slot = Slot::take(&self.open)?;
        let (tx, rx) = mpsc::channel::<Arc<str>>();
        match self.clients.lock() {
            Ok(mut c) => c.push(tx),
            Err(poisoned) => poisoned.into_inner().push(tx),
        }
        Some(Stream {
            _slot: slot,
            first,
            events: rx,
        })
    }

    /// Sends one event to every subscriber, forgetting those that went away.
    pub fn broadcast(&self, event: &str) {
        let event: Arc<str> = Arc::from(event);
        let mut clients = match self.clients.lock() {
            Ok(c) => c,
            Err(poisoned) => poisoned.into_inner(),
        };
        clients.retain(|tx| tx.send(Arc::clone(&event)).is_ok());
    }

    /// Ends every stream (at shutdown): each subscriber thread sees its channel close and returns.
    pub fn close(&self) {
        let mut clients = match self.clients.lock() {
            Ok(c) => c,
            Err(poisoned) => poisoned.into_inner(),
        };
        clients.clear();
    }

    /// Number of streams open now.
    pub fn len(&self) -> usize {
        self.open.load(Ordering::Acquire)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One page following the event stream, holding its slot until it ends.
pub struct Stream {
    _slot: Slot,
    first: String,
    events: mpsc::Receiver<Arc<str>>,
}

impl Stream {
    /// Streams events on `connection` until the page goes away or the server stops.
    pub fn run(self, mut connection: TcpStream) {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n\
Cache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\nretry: 1000\n\n";
        if send(&mut connection, head).is_err() || send(&mut connection, &self.first).is_err() {
            return;
        }
        loop {
            let ok = match self.events.recv_timeout(KEEP_ALIVE) {
                Ok(event) => send(&mut connection, &event).is_ok(),
                Err(RecvTimeoutError::Timeout) => send(&mut connection, ": ping\n\n").is_ok(),
                Err(RecvTimeoutError::Disconnected) => false,
            };
            if !ok {
                return;
            }
        }
    }
}

fn send(writer: &mut dyn Write, text: &str) -> std::io::Result<()> {
    writer.write_all(text.as_bytes())?;
    writer.flush()
}

/// Formats one event: a name and a one-line JSON payload.
pub fn event(name: &str, data: &serde_json::Value) -> String {
    format!("event: {name}\ndata: {data}\n\n")
}
