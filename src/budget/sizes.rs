//! Compressed sizes remembered by content: gzip is the slowest step of weighing a site, and most
//! files (every frozen revision, the shared assets) are the same from one build to the next. A
//! SHA-256 of a file is some fifty times cheaper than compressing it.

use std::collections::{BTreeMap, HashMap};

use sha2::{Digest, Sha256};

/// gzip sizes by SHA-256 of the content: those loaded from an earlier build, and those measured
/// (or reused) during this one.
#[derive(Debug, Default)]
pub struct GzipSizes {
    earlier: HashMap<[u8; 32], u64>,
    now: BTreeMap<[u8; 32], u64>,
    measured: usize,
}

const RECORD: usize = 40;

/// Records (in [`GzipSizes::to_bytes`]'s form) of the files the binary embeds and every build
/// weighs, measured when the binary was built (`build.rs`): the checker's Wasm, some 390 KB
/// compressed again at every build otherwise, whatever the site.
const EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/embedded-gzip-sizes.bin"));

impl GzipSizes {
    /// Nothing known from an earlier build: every file is compressed, but for the files the
    /// binary embeds, whose sizes were measured when it was built.
    pub fn new() -> Self {
        GzipSizes::from_bytes(&[])
    }

    /// Sizes saved by [`to_bytes`](Self::to_bytes), with those of the files the binary embeds; a
    /// malformed tail is ignored.
    pub fn from_bytes(bytes: &[u8]) -> Self {
        let earlier = EMBEDDED
            .chunks_exact(RECORD)
            .chain(bytes.chunks_exact(RECORD))
            .map(|record| {
                let mut digest = [0u8; 32];
                digest.copy_from_slice(&record[..32]);
                let mut size = [0u8; 8];
                size.copy_from_slice(&record[32..]);
                (digest, u64::from_le_bytes(size))
            })
            .collect();
        GzipSizes {
            earlier,
            ..GzipSizes::default()
        }
    }

    /// The sizes used during this build, in digest order (what the next build will need).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.now.len() * RECORD);
        for (digest, size) in &self.now {
            out.extend_from_slice(digest);
            out.extend_from_slice(&size.to_le_bytes());
        }
        out
    }

    /// How many files had to be compressed (not known from an earlier build).
    pub fn measured(&self) -> usize {
        self.measured
    }

    /// Measures every file of `files` not known yet, on every core, so that [`GzipSizes::size`]
    /// finds them known. Each distinct content is compressed once, whatever number of files (two
    /// editions, two languages) hold it. Returns the size of each file, in the order given, so the
    /// caller need not hash the files again to ask for them.
    pub fn measure_all<'a>(&mut self, files: impl IntoIterator<Item = &'a [u8]>) -> Vec<usize> {
        self.measure_all_digested(files.into_iter().map(|bytes| (bytes, None)))
    }

    /// [`measure_all`](Self::measure_all) for files some of whose SHA-256 are known already
    /// (`Some`): only the others are digested.
    pub fn measure_all_digested<'a>(
        &mut self,
        files: impl IntoIterator<Item = (&'a [u8], Option<[u8; 32]>)>,
    ) -> Vec<usize> {
        use rayon::prelude::*;
        let (files, known): (Vec<&[u8]>, Vec<Option<[u8; 32]>>) = files.into_iter().unzip();
        let digests: Vec<[u8; 32]> = files
            .par_iter()
            .zip(known)
            .map(|(bytes, known)| known.unwrap_or_else(|| Sha256::digest(bytes).into()))
            .collect();
        let mut unknown: BTreeMap<[u8; 32], &[u8]> = BTreeMap::new();
        for (digest, bytes) in digests.iter().copied().zip(files) {
            if self.now.contains_key(&digest) {
                continue;
            }
            match self.earlier.get(&digest) {
                Some(&size) => {
                    self.now.insert(digest, size);
                }
                None => {
                    unknown.insert(digest, bytes);
                }
            }
        }
        // In a list, one file per task (as the pages in `render::page_pass`): a large file must not
        // leave a core waiting at the end of a run of files that rayon handed to the other.
        let unknown: Vec<([u8; 32], &[u8])> = unknown.into_iter().collect();
        let measured: Vec<([u8; 32], u64)> = unknown
            .into_par_iter()
            .with_max_len(1)
            .map(|(digest, bytes)| (digest, super::gzip_len(bytes) as u64))
            .collect();
        self.measured += measured.len();
        self.now.extend(measured);
        digests
            .iter()
            .map(|digest| self.now.get(digest).map_or(0, |&size| size as usize))
            .collect()
    }

    /// The gzip size of `bytes`.
    pub fn size(&mut self, bytes: &[u8]) -> usize {
        let digest: [u8; 32] = Sha256::digest(bytes).into();
        if let Some(&size) = self.now.get(&digest) {
            return size as usize;
        }
        let size = match self.earlier.get(&digest) {
            Some(&size) => size,
            None => {
                self.measured += 1;
                super::gzip_len(bytes) as u64
            }
        };
        self.now.insert(digest, size);
        size as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_sizes_across_builds() {
        let page = "<p>Charte de l'association</p>".repeat(50);
        let mut first = GzipSizes::new();
        let size = first.size(page.as_bytes());
        assert_eq!(size, super::super::gzip_len(page.as_bytes()));
        assert_eq!(first.size(page.as_bytes()), size);
        assert_eq!(first.measured(), 1);
        let mut second = GzipSizes::from_bytes(&first.to_bytes());
        assert_eq!(second.size(page.as_bytes()), size);
        assert_eq!(second.measured(), 0);
        assert_eq!(
            second.size(b"autre contenu"),
            super::super::gzip_len(b"autre contenu")
        );
        assert_eq!(second.measured(), 1);
    }

    /// The checker's Wasm is known before anything is measured, at the size the budget would
    /// measure: the record `build.rs` wrote is the budget's own figure for the embedded package.
    #[test]
    fn the_embedded_wasm_is_weighed_when_the_binary_is_built() {
        let wasm = crate::render::checker_assets::PKG_WASM;
        let mut sizes = GzipSizes::new();
        assert_eq!(sizes.size(wasm), super::super::gzip_len(wasm));
        assert_eq!(sizes.measured(), 0, "nothing compressed");
        let mut remembered = GzipSizes::from_bytes(&[]);
        assert_eq!(remembered.measure_all([wasm]), vec![sizes.size(wasm)]);
        assert_eq!(remembered.measured(), 0);
    }

    #[test]
    fn measuring_all_at_once_gives_the_sizes_one_at_a_time_gives() {
        let texts: Vec<String> = (0..40)
            .map(|i| format!("<p>page {}</p>", i % 7).repeat(30 + i))
            .collect();
        let mut all = GzipSizes::new();
        let given = all.measure_all(texts.iter().map(String::as_bytes));
        assert_eq!(all.measured(), 40, "every distinct text once");
        let expected: Vec<usize> = texts
            .iter()
            .map(|t| super::super::gzip_len(t.as_bytes()))
            .collect();
        assert_eq!(given, expected, "each file's size, in the order given");
        all.measure_all(texts.iter().map(String::as_bytes));
        assert_eq!(all.measured(), 40, "nothing measured twice");
        let mut one = GzipSizes::new();
        for text in &texts {
            assert_eq!(all.size(text.as_bytes()), one.size(text.as_bytes()));
        }
        assert_eq!(all.measured(), 40);
        assert_eq!(all.to_bytes(), one.to_bytes());
    }
}
