//! Giving memory the program freed back to the system, for a build whose peak resident memory
//! counts (a large site is held in memory from rendering to writing).
//!
//! The allocator keeps what is freed for later allocations, and returns it to the system only after
//! a while or when told: the pages of a model freed in the middle of a heap stay
//! resident, and so does the memory of every page's data, freed page by page while the site renders.
//! The stages that follow (weighing, writing) allocate less than that, so without this their
//! allocations add to the peak instead of fitting in what the rendering left.

/// The program's allocator: mimalloc. The build allocates and frees millions of small strings and
/// vectors (tags, words, paths) from both cores; glibc's malloc spent about a seventh of the build's
/// CPU on them, mimalloc's per-thread free lists a fraction of that. Allocation never changes what
/// is written: output stays byte-identical whichever allocator runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's option numbers (`mi_option_t` in the `mimalloc.h` of the version `Cargo.lock` pins),
/// which `libmimalloc-sys` does not name.
const MI_OPTION_ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long mimalloc keeps a freed page before giving it back to the system, in milliseconds.
/// Its default, a second, kept the freed memory of pages rendered a moment before and took the
/// build of 10 000 pages to 305 MiB; at once (0) it stays at 267 MiB but gives pages back one by
/// one, each a system call that stops the other core to clear its address cache, which cost up to
/// a second of system time there on a busy machine; 10 ms keeps it at 282 MiB.
const PURGE_DELAY_MS: std::ffi::c_long = 10;

/// Tunes the allocator for peak resident memory. By default mimalloc commits its arenas whole (on
/// Linux, where memory is only used once touched, but then the system keeps pages it gave back
/// counted as resident) and purges late (see [`PURGE_DELAY_MS`]); committing on use keeps the
/// build of 10 000 pages under the 300 MB goal (282 MiB, against 262 MiB with glibc's malloc). Only
/// options set before the first allocation apply to all memory: the binary calls this from its
/// `.init_array`, before `main` (the standard library allocates before `main`).
pub fn configure() {
    // SAFETY: `mi_option_set` takes no pointer and may be called at any time; the options only
    // change when mimalloc commits and returns memory, never what an allocation holds.
    unsafe {
        libmimalloc_sys::mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS);
    }
}

/// Returns the free memory of the allocator's heaps to the system (mimalloc's `mi_collect`). Costs
/// a walk over the heaps: call it once, at a stage boundary where much was just freed.
pub fn release_freed() {
    // SAFETY: `mi_collect` takes no pointer; it frees only memory no allocation uses, and may be
    // called from any thread at any time.
    unsafe {
        libmimalloc_sys::mi_collect(true);
    }
}

/// `bytes` in a block of their own size. `shrink_to_fit` does not do it with mimalloc, which keeps
/// a block shrunk to no less than half its size where it is: a page rendered into a string that
/// doubled as it grew would keep up to twice its size for as long as the site is held. Copies
/// only when there is spare capacity.
pub fn fitted(bytes: Vec<u8>) -> Vec<u8> {
    if bytes.capacity() > bytes.len() {
        bytes.as_slice().to_vec()
    } else {
        bytes
    }
}

/// [`fitted`] for a string.
pub fn fitted_string(text: String) -> String {
    if text.capacity() > text.len() {
        text.as_str().to_owned()
    } else {
        text
    }
}
