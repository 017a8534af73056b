//! One small sort for the whole crate.
//!
//! Why not `slice::sort_unstable`: the standard sorts are fast but large,
//! and every element type and comparator instantiates them again; with
//! eight call sites they were a quarter of the Wasm code, which the size
//! budget (≤ 100 KB gzipped) could not afford next to a speed-optimised
//! build.  A heapsort is a few hundred bytes per instantiation, O(n log n)
//! in every case, allocation-free, and sorts the few tens of thousands of
//! findings of a megabyte in well under a millisecond.
//!
//! Heapsort is not stable: call sites sort by keys that are unique (or
//! whose equal elements are indistinguishable), so the result never depends
//! on the algorithm.

/// Sorts `v` in place by `key`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    let n = v.len();
    let sift = |v: &mut [T], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && key(&v[child]) < key(&v[child + 1]) {
            child += 1;
        }
        if key(&v[root]) >= key(&v[child]) {
            return;
        }
        v.swap(root, child);
        root = child;
    };
    for start in (0..n / 2).rev() {
        sift(v, start, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift(v, 0, end);
    }
}

/// Sorts `v` in place (total order).
pub fn sort<T: Ord + Copy>(v: &mut [T]) {
    sort_by_key(v, |x| *x);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts() {
        for n in 0..40u64 {
            let mut v: Vec<u64> = (0..n).map(|i| (i * 7919 + 13) % 37).collect();
            let mut w = v.clone();
            sort(&mut v);
            w.sort_unstable();
            assert_eq!(v, w);
        }
    }
}
