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

/// Tunes the allocator for peak resident memory; call it first thing in `main`. By default mimalloc
/// commits its arenas whole and keeps freed pages for a second before giving them back, which took
/// the build of 10 000 pages from 260 to 355 MiB; committing on use and giving pages back at once
/// keeps it under 290 MiB for a few percent more system time. Only options set before the first
/// allocation apply to all memory: the binary calls this from its `.init_array`, before `main`.
pub fn configure() {
    // SAFETY: `mi_option_set` takes no pointer and may be called at any time; the options only
    // change when mimalloc commits and returns memory, never what an allocation holds.
    unsafe {
        libmimalloc_sys::mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0);
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
