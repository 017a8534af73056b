//! The on-disk form of a cache entry: named byte strings, sealed by a SHA-256 of everything after it.
//!
//! ```text
//! "handbook-cache 1\n"  magic
//! [32 bytes]            SHA-256 of the body
//! body                  count: u32, then per member: name length u32, name, data length u64, data
//! ```
//!
//! A truncated, bit-flipped or otherwise altered file fails the seal and is never used: the build
//! renders the entry again and overwrites it.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

const MAGIC: &[u8] = b"handbook-cache 1\n";

/// Named members, in name order.
pub type Members = BTreeMap<String, Vec<u8>>;

/// Serialises `members` with the seal in front.
pub fn encode(members: &Members) -> Vec<u8> {
    let size: usize = members.iter().map(|(k, v)| 12 + k.len() + v.len()).sum();
    let mut body = Vec::with_capacity(4 + size);
    body.extend_from_slice(&(members.len() as u32).to_le_bytes());
    for (name, data) in members {
        body.extend_from_slice(&(name.len() as u32).to_le_bytes());
        body.extend_from_slice(name.as_bytes());
        body.extend_from_slice(&(data.len() as u64).to_le_bytes());
        body.extend_from_slice(data);
    }
    let mut out = Vec::with_capacity(MAGIC.len() + 32 + body.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&Sha256::digest(&body));
    out.extend_from_slice(&body);
    out
}

/// Why a file is not a valid entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Corrupt {
    /// Not written by this cache format (or cut before the seal).
    NotAnEntry,
    /// The seal does not match the body: the file was altered or cut short.
    HashMismatch,
    /// The seal matches but the members cannot be read back (a bug, never seen in a sealed file).
    Malformed,
}

/// Reads back what [`encode`] wrote, checking the seal first.
pub fn decode(bytes: &[u8]) -> Result<Members, Corrupt> {
    let rest = bytes.strip_prefix(MAGIC).ok_or(Corrupt::NotAnEntry)?;
    if rest.len() < 32 {
        return Err(Corrupt::NotAnEntry);
    }
    let (seal, body) = rest.split_at(32);
    if Sha256::digest(body).as_slice() != seal {
        return Err(Corrupt::HashMismatch);
    }
    let mut reader = Reader { bytes: body };
    let count = reader.u32()?;
    let mut members = Members::new();
    for _ in 0..count {
        let name_len = reader.u32()? as usize;
        let name =
            String::from_utf8(reader.take(name_len)?.to_vec()).map_err(|_| Corrupt::Malformed)?;
        let data_len = usize::try_from(reader.u64()?).map_err(|_| Corrupt::Malformed)?;
        members.insert(name, reader.take(data_len)?.to_vec());
    }
    if !reader.bytes.is_empty() {
        return Err(Corrupt::Malformed);
    }
    Ok(members)
}

struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Corrupt> {
        if self.bytes.len() < n {
            return Err(Corrupt::Malformed);
        }
        let (head, tail) = self.bytes.split_at(n);
        self.bytes = tail;
        Ok(head)
    }

    fn u32(&mut self) -> Result<u32, Corrupt> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self) -> Result<u64, Corrupt> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Members {
        let mut m = Members::new();
        m.insert("index.html".into(), b"<h1>Charte</h1>".to_vec());
        m.insert("assets/app.wasm".into(), vec![0, 97, 115, 109]);
        m.insert("empty".into(), Vec::new());
        m
    }

    #[test]
    fn round_trips() {
        assert_eq!(decode(&encode(&sample())), Ok(sample()));
        assert_eq!(decode(&encode(&Members::new())), Ok(Members::new()));
    }

    #[test]
    fn any_altered_byte_or_cut_is_refused() {
        let good = encode(&sample());
        for i in 0..good.len() {
            let mut bad = good.clone();
            bad[i] ^= 0x20;
            assert!(decode(&bad).is_err(), "flipping byte {i} went unnoticed");
        }
        for len in 0..good.len() {
            assert!(
                decode(&good[..len]).is_err(),
                "a cut at {len} went unnoticed"
            );
        }
        assert_eq!(decode(b"not a cache file"), Err(Corrupt::NotAnEntry));
    }
}
