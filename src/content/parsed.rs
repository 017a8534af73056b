//! Parsed sources kept between loads of the same handbook, for `handbook serve`: a save changes one
//! file, yet the content model is loaded again as a whole (so that every rule spanning files stays
//! that of a full build). Reading the files again is cheap; parsing every YAML document and
//! walking every Markdown text again is most of a load. With [`ParsedSources::while_loading`], a
//! document whose text is exactly the one parsed last time gives the value parsed last time.
//!
//! The key is the whole input of a pure function — the Rust type parsed into and the exact text,
//! after the handbook's variables were replaced — so a hit is what parsing again would give:
//! an edit that keeps a file's size, a file removed and added again, a change of `handbook.yaml`
//! that changes the variables, all give another text, hence a parse. Only successful parses are
//! kept (a document with problems is parsed again, to report them). A one-off build lends no
//! memo: it keeps nothing.

use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

/// What the loads of one `serve` run parsed, by type and text.
#[derive(Default)]
pub struct ParsedSources {
    /// Values parsed by the last load, by the type parsed into and the YAML text.
    yaml: HashMap<(TypeId, String), Box<dyn Any + Send>>,
    /// Markdown texts found nested within [`super::MAX_NESTING`] by the last load.
    shallow: HashSet<String>,
}

thread_local! {
    /// The memo lent to this thread's loads ([`ParsedSources::while_loading`]): what the load
    /// under way used, and what the last one left.
    static LENT: RefCell<Option<Lent>> = const { RefCell::new(None) };
}

/// A memo while lent: entries are moved from `earlier` to `used` as they are used, so what the
/// load does not use (a file removed, an older version of an edited one) is forgotten at its end.
struct Lent {
    earlier: ParsedSources,
    used: ParsedSources,
}

impl ParsedSources {
    /// Runs `load` with this memo consulted and filled by the parses it does on this thread; then
    /// keeps only what `load` used. Nested calls are not expected (a load does not load).
    pub fn while_loading<R>(&mut self, load: impl FnOnce() -> R) -> R {
        struct Restore<'a>(&'a mut ParsedSources);
        impl Drop for Restore<'_> {
            fn drop(&mut self) {
                // Also after a panic: the memo is then what the load had used so far.
                if let Some(lent) = LENT.with(|l| l.borrow_mut().take()) {
                    *self.0 = lent.used;
                }
            }
        }
        let earlier = std::mem::take(self);
        LENT.with(|l| {
            *l.borrow_mut() = Some(Lent {
                earlier,
                used: ParsedSources::default(),
            })
        });
        let _restore = Restore(self);
        load()
    }
}

/// `parse(text)`, or the value a load of this `serve` run already parsed from the same `text`
/// into the same type. `parse` must depend on `text` alone.
pub fn yaml<T, E>(text: &str, parse: impl FnOnce(&str) -> Result<T, E>) -> Result<T, E>
where
    T: Clone + Send + 'static,
{
    let key = (TypeId::of::<T>(), text.to_string());
    let known = LENT.with(|l| {
        let mut l = l.borrow_mut();
        let lent = l.as_mut()?;
        let entry = lent
            .used
            .yaml
            .get(&key)
            .and_then(|v| v.downcast_ref::<T>().cloned());
        if entry.is_some() {
            return entry;
        }
        let (key, value) = lent.earlier.yaml.remove_entry(&key)?;
        let found = value.downcast_ref::<T>().cloned();
        lent.used.yaml.insert(key, value);
        found
    });
    if let Some(value) = known {
        return Ok(value);
    }
    let value = parse(text)?;
    LENT.with(|l| {
        if let Some(lent) = l.borrow_mut().as_mut() {
            lent.used.yaml.insert(key, Box::new(value.clone()));
        }
    });
    Ok(value)
}

/// Whether a memo is lent to this thread's loads (`serve`): only then is there anything to consult
/// or fill, and only on this thread.
pub fn lending() -> bool {
    LENT.with(|l| l.borrow().is_some())
}

/// Whether `text` is known to be nested within the limit; `check` (true: within) otherwise.
pub fn shallow(text: &str, check: impl FnOnce() -> bool) -> bool {
    let known = LENT.with(|l| {
        let mut l = l.borrow_mut();
        let Some(lent) = l.as_mut() else {
            return false;
        };
        if lent.used.shallow.contains(text) {
            return true;
        }
        match lent.earlier.shallow.take(text) {
            Some(text) => {
                lent.used.shallow.insert(text);
                true
            }
            None => false,
        }
    });
    if known {
        return true;
    }
    let within = check();
    if within {
        LENT.with(|l| {
            if let Some(lent) = l.borrow_mut().as_mut() {
                lent.used.shallow.insert(text.to_string());
            }
        });
    }
    within
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A value is reused only for the same type and the very same text, and what a load does not
    /// use is forgotten.
    #[test]
    fn reuse_needs_the_same_type_and_text() {
        let mut memo = ParsedSources::default();
        let parses = std::cell::Cell::new(0);
        let parse = |t: &str| -> Result<String, ()> {
            parses.set(parses.get() + 1);
            Ok(t.to_uppercase())
        };
        let len = |t: &str| -> Result<usize, ()> { Ok(t.len()) };
        memo.while_loading(|| {
            assert_eq!(yaml("a: 1", parse), Ok("A: 1".to_string()));
            assert_eq!(yaml("a: 1", parse), Ok("A: 1".to_string()));
            assert_eq!(yaml("a: 1", len), Ok(4));
        });
        assert_eq!(parses.get(), 1);
        memo.while_loading(|| {
            // Same size, other text: parsed.
            assert_eq!(yaml("a: 2", parse), Ok("A: 2".to_string()));
            assert_eq!(yaml("a: 1", parse), Ok("A: 1".to_string()));
        });
        assert_eq!(parses.get(), 2);
        // "a: 2" was used by the last load, "a: 1" too; a load using neither forgets both.
        memo.while_loading(|| ());
        memo.while_loading(|| {
            yaml("a: 1", parse).unwrap();
        });
        assert_eq!(parses.get(), 3);
        // Outside a load, nothing is kept.
        yaml("a: 1", parse).unwrap();
        yaml("a: 1", parse).unwrap();
        assert_eq!(parses.get(), 5);
    }

    #[test]
    fn failures_are_not_kept() {
        let mut memo = ParsedSources::default();
        let tries = std::cell::Cell::new(0);
        let fail = |_: &str| -> Result<u8, &str> {
            tries.set(tries.get() + 1);
            Err("bad")
        };
        memo.while_loading(|| {
            assert!(yaml("x", fail).is_err());
            assert!(yaml("x", fail).is_err());
            assert!(!shallow("deep", || false));
            assert!(!shallow("deep", || false));
        });
        assert_eq!(tries.get(), 2);
    }
}
