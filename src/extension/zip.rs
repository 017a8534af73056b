//! A deterministic zip archive: entries sorted by name, every timestamp the same fixed date, no
//! extra fields, deflate at a fixed level. The same files always give the same bytes, so a
//! published `.zip` changes only when what it holds changes.

use std::collections::BTreeMap;
use std::io::Write;

use flate2::write::DeflateEncoder;
use flate2::{Compression, Crc};

/// 1 January 1980 00:00, the earliest date a zip entry can carry (MS-DOS format).
const DOS_DATE: u16 = (1 << 5) | 1;
const DOS_TIME: u16 = 0;
/// "Version needed to extract": 2.0, for deflate.
const VERSION: u16 = 20;
const METHOD_DEFLATE: u16 = 8;
const METHOD_STORED: u16 = 0;
/// Bit 11: names are UTF-8.
const FLAG_UTF8: u16 = 1 << 11;

/// A file's deflate stream made in advance (when the binary was built), at the level [`archive`]
/// compresses at: a file that is the same at every build need not be compressed at every build.
#[derive(Debug, Clone, Copy)]
pub struct Deflated {
    pub data: &'static [u8],
    pub stream: &'static [u8],
}

/// The archive of `files` (path inside the archive → bytes), or an error when it would need the
/// zip64 extensions (more than 65 535 entries or 4 GiB), which an extension never does. A file
/// whose bytes are those of one of `known` is stored with its stream rather than compressed again:
/// the same archive, sooner.
pub fn archive(files: &BTreeMap<String, Vec<u8>>, known: &[Deflated]) -> Result<Vec<u8>, String> {
    if files.len() > usize::from(u16::MAX) {
        return Err(format!(
            "{} files are too many for a zip archive",
            files.len()
        ));
    }
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in files {
        let mut crc = Crc::new();
        crc.update(data);
        let deflated = match known.iter().find(|k| k.data == data.as_slice()) {
            Some(k) => k.stream.to_vec(),
            None => deflate(data)?,
        };
        // Stored when deflate does not help (already-compressed bytes), as zip tools do.
        let (method, body) = if deflated.len() < data.len() {
            (METHOD_DEFLATE, deflated)
        } else {
            (METHOD_STORED, data.clone())
        };
        let offset = u32_of(out.len(), name)?;
        let compressed = u32_of(body.len(), name)?;
        let size = u32_of(data.len(), name)?;
        let name_len = u16::try_from(name.len()).map_err(|_| format!("name too long: {name}"))?;

        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&FLAG_UTF8.to_le_bytes());
        out.extend_from_slice(&method.to_le_bytes());
        out.extend_from_slice(&DOS_TIME.to_le_bytes());
        out.extend_from_slice(&DOS_DATE.to_le_bytes());
        out.extend_from_slice(&crc.sum().to_le_bytes());
        out.extend_from_slice(&compressed.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&name_len.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&body);

        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        // made by: Unix (3), spec 2.0, so the permissions below are read
        central.extend_from_slice(&(0x0300 | VERSION).to_le_bytes());
        central.extend_from_slice(&VERSION.to_le_bytes());
        central.extend_from_slice(&FLAG_UTF8.to_le_bytes());
        central.extend_from_slice(&method.to_le_bytes());
        central.extend_from_slice(&DOS_TIME.to_le_bytes());
        central.extend_from_slice(&DOS_DATE.to_le_bytes());
        central.extend_from_slice(&crc.sum().to_le_bytes());
        central.extend_from_slice(&compressed.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&name_len.to_le_bytes());
        central.extend_from_slice(&[0; 8]); // extra, comment, disk number, internal attributes
        central.extend_from_slice(&(0o100_644u32 << 16).to_le_bytes()); // rw-r--r-- file
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let central_offset = u32_of(out.len(), "the central directory")?;
    let central_size = u32_of(central.len(), "the central directory")?;
    let count = files.len() as u16;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // this disk, disk of the central directory
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&central_size.to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // no comment
    Ok(out)
}

fn deflate(data: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = DeflateEncoder::new(Vec::new(), Compression::best());
    encoder
        .write_all(data)
        .and_then(|()| encoder.finish())
        .map_err(|e| format!("cannot compress: {e}"))
}

fn u32_of(n: usize, what: &str) -> Result<u32, String> {
    u32::try_from(n).map_err(|_| format!("{what} is too large for a zip archive (over 4 GiB)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> BTreeMap<String, Vec<u8>> {
        BTreeMap::from([
            (
                "b.txt".to_string(),
                b"bonjour bonjour bonjour bonjour".to_vec(),
            ),
            ("a/c.bin".to_string(), vec![7, 1, 9]),
        ])
    }

    #[test]
    fn same_files_same_bytes() {
        assert_eq!(
            archive(&sample(), &[]).unwrap(),
            archive(&sample(), &[]).unwrap()
        );
    }

    #[test]
    fn entries_are_sorted_and_round_trip() {
        let bytes = archive(&sample(), &[]).unwrap();
        // read the central directory back: names in order, sizes, and the inflated content
        let end = bytes.len() - 22;
        assert_eq!(&bytes[end..end + 4], &0x0605_4b50u32.to_le_bytes());
        let count = u16::from_le_bytes([bytes[end + 10], bytes[end + 11]]);
        assert_eq!(count, 2);
        let mut at = u32::from_le_bytes(bytes[end + 16..end + 20].try_into().unwrap()) as usize;
        let mut names = Vec::new();
        for _ in 0..count {
            let field = |o: usize| u16::from_le_bytes([bytes[at + o], bytes[at + o + 1]]) as usize;
            let word = |o: usize| u32::from_le_bytes(bytes[at + o..at + o + 4].try_into().unwrap());
            let name_len = field(28);
            let name = String::from_utf8(bytes[at + 46..at + 46 + name_len].to_vec()).unwrap();
            let (method, compressed, size, local) =
                (field(10), word(20) as usize, word(24), word(42) as usize);
            let data_at = local + 30 + name_len;
            let body = &bytes[data_at..data_at + compressed];
            let data = if method == 8 {
                let mut out = Vec::new();
                std::io::Write::write_all(&mut flate2::write::DeflateDecoder::new(&mut out), body)
                    .unwrap();
                out
            } else {
                body.to_vec()
            };
            assert_eq!(data.len() as u32, size);
            assert_eq!(&data, &sample()[&name]);
            let mut crc = Crc::new();
            crc.update(&data);
            assert_eq!(crc.sum(), word(16));
            names.push(name);
            at += 46 + name_len;
        }
        assert_eq!(names, ["a/c.bin", "b.txt"]);
    }

    /// A known stream gives the archive compressing the file gives, and the Wasm's stream made by
    /// `build.rs` is the one this module makes (same level, same version of the compressor).
    #[test]
    fn a_known_stream_gives_the_same_archive() {
        use crate::render::checker_assets::{PKG_WASM, PKG_WASM_DEFLATED};
        assert_eq!(deflate(PKG_WASM).unwrap(), PKG_WASM_DEFLATED);
        let mut files = sample();
        files.insert("w.wasm".into(), PKG_WASM.to_vec());
        let known = [Deflated {
            data: PKG_WASM,
            stream: PKG_WASM_DEFLATED,
        }];
        assert_eq!(archive(&files, &known), archive(&files, &[]));
        // A known stream is used only for its very bytes.
        let mut other = PKG_WASM.to_vec();
        other[0] ^= 1;
        files.insert("w.wasm".into(), other);
        assert_eq!(archive(&files, &known), archive(&files, &[]));
    }
}
