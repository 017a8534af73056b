//! Giving memory the program freed back to the system, for a build whose peak resident memory
//! counts (a large site is held in memory from rendering to writing).
//!
//! The allocator keeps what is freed for later allocations, and returns to the system only the
//! free memory at the very top of its heaps: the pages of a model freed in the middle of a heap stay
//! resident, and so does the memory of every page's data, freed page by page while the site renders.
//! The stages that follow (weighing, writing) allocate less than that, so without this their
//! allocations add to the peak instead of fitting in what the rendering left.

/// Returns the free memory of the allocator's heaps to the system (glibc's `malloc_trim`); does
/// nothing with other allocators. Costs a walk over the free lists: call it once, at a stage
/// boundary where much was just freed.
pub fn release_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` takes no pointer and only returns free pages of the C allocator, which
    // is the one Rust's global allocator uses here; it is safe to call at any time from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}
