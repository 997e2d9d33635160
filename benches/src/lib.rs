//! Shared pieces of the comparative benchmarks in `benches/benches/`.
//!
//! The benchmarks compare `dns-wire` with hickory-proto, domain and
//! simple-dns on the same inputs; see `BENCHMARKS.md` at the repository
//! root for the results and the command that produces them.
//!
//! This crate holds only the corpus loader: [`load_responses`] reads
//! `benches/data/responses.bin`, 2,000 DNS responses each preceded by its
//! length as a 2-octet big-endian integer (as in DNS over TCP).
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};

/// The path of the response corpus, `benches/data/responses.bin`.
pub fn responses_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/responses.bin")
}

/// Splits length-prefixed DNS messages (each preceded by its length as a
/// 2-octet big-endian integer) into one `Vec<u8>` per message.
///
/// # Errors
/// A message with `InvalidData` when the data ends inside a length prefix
/// or inside a message.
pub fn split_framed(data: &[u8]) -> std::io::Result<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    let mut rest = data;
    while !rest.is_empty() {
        let (len, body) = match rest {
            [hi, lo, body @ ..] => (usize::from(u16::from_be_bytes([*hi, *lo])), body),
            _ => return Err(bad("a length prefix is cut off")),
        };
        if body.len() < len {
            return Err(bad("a message is shorter than its length prefix says"));
        }
        let (msg, tail) = body.split_at(len);
        out.push(msg.to_vec());
        rest = tail;
    }
    Ok(out)
}

fn bad(what: &str) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, what)
}

/// Reads the response corpus, `benches/data/responses.bin`, into one
/// `Vec<u8>` per message.
///
/// # Errors
/// The I/O error of reading the file, or `InvalidData` as for
/// [`split_framed`].
pub fn load_responses() -> std::io::Result<Vec<Vec<u8>>> {
    split_framed(&std::fs::read(responses_path())?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_is_as_described() {
        let msgs = load_responses().expect("corpus loads");
        assert_eq!(msgs.len(), 2000);
        let total: usize = msgs.iter().map(Vec::len).sum();
        assert_eq!(total, 379_982);
        assert_eq!(msgs.iter().map(Vec::len).min(), Some(41));
        assert_eq!(msgs.iter().map(Vec::len).max(), Some(1564));
    }

    #[test]
    fn framing_errors() {
        assert_eq!(split_framed(b"").unwrap(), Vec::<Vec<u8>>::new());
        assert_eq!(split_framed(b"\0\x01a\0\0").unwrap(), vec![b"a".to_vec(), Vec::new()]);
        assert!(split_framed(b"\0").is_err());
        assert!(split_framed(b"\0\x02a").is_err());
    }
}

pub mod dns;
