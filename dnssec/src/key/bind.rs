//! BIND's key files: `K<zone>+<alg>+<tag>.key` (one DNSKEY record in zone
//! file form, comments allowed) and `.private` (`Private-key-format:
//! v1.2`/`v1.3`, one `Field: value` per line).

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write as _;

use dns_wire::NameBuf;
use dns_wire::ext::Base64Decoder;
use dns_wire::iana::{Class, Rtype, SecAlg};
use dns_wire::rdata::{Dnskey, RecordData as _};
use dns_wire::text::{Base64, Entry, Field, SigTime, TextErrorKind, ZoneReader};
use dns_wire::wire::Reader;

use super::{PrivateKey, RsaPrivateKey};

/// The longest key file read (either kind), in octets: a 4096-bit RSA
/// `.private` file is about 3.5 KB.
pub const MAX_KEY_FILE_LEN: usize = 64 * 1024;

/// The longest value of a `.private` field, decoded: a 4096-bit RSA
/// modulus is 512 octets; twice that leaves room for 8192 bits.
pub(crate) const MAX_FIELD_LEN: usize = 1024;

/// The TTL a `.key` file's DNSKEY gets when its line has none (BIND writes
/// one only when asked to).
pub const DEFAULT_KEY_TTL: u32 = 3600;

/// Which of the two files an error is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyFilePart {
    /// The `.key` file.
    Key,
    /// The `.private` file.
    Private,
}

impl core::fmt::Display for KeyFilePart {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            Self::Key => ".key",
            Self::Private => ".private",
        })
    }
}

/// A key file that could not be read: which file, the line and column
/// (from 1; 0 when the fault is the whole file), and what was wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{part} file, {line}:{col}: {kind}")]
pub struct KeyFileError {
    /// The file.
    pub part: KeyFilePart,
    /// The line, from 1.
    pub line: u32,
    /// The column, from 1.
    pub col: u32,
    /// What was wrong.
    pub kind: KeyFileErrorKind,
}

/// What was wrong with a key file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KeyFileErrorKind {
    /// The file is longer than [`MAX_KEY_FILE_LEN`].
    #[error("longer than {MAX_KEY_FILE_LEN} octets")]
    TooLong,
    /// The file is not UTF-8 text.
    #[error("not UTF-8 text")]
    NotText,
    /// The `.key` file's record could not be read.
    #[error("{0}")]
    Text(TextErrorKind),
    /// The `.key` file holds no DNSKEY record.
    #[error("no DNSKEY record")]
    NoDnskey,
    /// The `.key` file holds another record than one DNSKEY.
    #[error("more than one record, or a record that is not a DNSKEY")]
    NotOneDnskey,
    /// A `.private` line is not `Field: value`.
    #[error("expected `Field: value`")]
    NotAField,
    /// The first `.private` line is not `Private-key-format: v1.x`.
    #[error("the first line must be `Private-key-format: v1.2` or `v1.3`")]
    NoFormatLine,
    /// A `Private-key-format` version other than v1.2 and v1.3.
    #[error("unsupported Private-key-format version (v1.2 and v1.3 are read)")]
    UnsupportedVersion,
    /// A field this reader does not know.
    #[error("unknown field")]
    UnknownField,
    /// A field given twice.
    #[error("field given twice")]
    DuplicateField,
    /// A field the algorithm needs is missing.
    #[error("missing field {0}")]
    MissingField(&'static str),
    /// A field that does not belong to the algorithm's kind of key.
    #[error("field does not belong to this algorithm's key")]
    FieldNotForAlgorithm,
    /// A bad `Algorithm:` value.
    #[error("bad Algorithm value (a number from 0 to 255, then optionally its name in parentheses)")]
    BadAlgorithm,
    /// Base64 that does not decode.
    #[error("bad base64")]
    BadBase64,
    /// A value longer than 1,024 octets decoded.
    #[error("value longer than 1024 octets")]
    ValueTooLong,
    /// A bad time (YYYYMMDDHHMMSS, 1970 to 2106).
    #[error("bad time (YYYYMMDDHHMMSS)")]
    BadTime,
    /// The `.key` and `.private` files are for different algorithms.
    #[error("the .key and .private files name different algorithms")]
    AlgorithmMismatch,
    /// The file could not be read.
    #[cfg(feature = "std")]
    #[error("cannot read the file: {0}")]
    Io(std::io::ErrorKind),
}

/// A `.key` file: one DNSKEY record.
///
/// ```
/// use dnssec::key::KeyFile;
/// let text = "; This is a key-signing key, keyid 3613, for example.com.\n\
///             example.com. 3600 IN DNSKEY 257 3 15 l02Woi0iS8Aa25FQkUd9RMzZHJpBoRQwAQEX1SxZJA4=\n";
/// let key = KeyFile::parse(text)?;
/// assert_eq!(key.key_tag(), 3613);
/// assert_eq!(KeyFile::parse(&key.to_text(None))?, key);
/// # Ok::<(), dnssec::key::KeyFileError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFile {
    /// The owner: the zone.
    pub owner: NameBuf,
    /// The TTL ([`DEFAULT_KEY_TTL`] when the line has none).
    pub ttl: u32,
    /// The class.
    pub class: Class,
    /// The DNSKEY RDATA.
    pub dnskey: Vec<u8>,
}

impl KeyFile {
    /// Reads a `.key` file's text.
    ///
    /// # Errors
    /// [`KeyFileError`] with the line and column: the zone-file errors of
    /// dns-wire, [`KeyFileErrorKind::NoDnskey`],
    /// [`KeyFileErrorKind::NotOneDnskey`], [`KeyFileErrorKind::TooLong`].
    pub fn parse(text: &str) -> Result<Self, KeyFileError> {
        let err = |line, col, kind| KeyFileError { part: KeyFilePart::Key, line, col, kind };
        if text.len() > MAX_KEY_FILE_LEN {
            return Err(err(0, 0, KeyFileErrorKind::TooLong));
        }
        let mut reader = ZoneReader::new(text.as_bytes()).with_default_ttl(Some(DEFAULT_KEY_TTL));
        let mut buf = [0u8; 2048];
        let text_err = |e: dns_wire::text::TextError| err(e.line, e.col, KeyFileErrorKind::Text(e.kind));
        let Some(Entry::Record(rr)) = reader.next_entry(&mut buf).map_err(text_err)? else {
            return Err(err(reader.line(), 1, KeyFileErrorKind::NoDnskey));
        };
        if rr.rtype != Rtype::DNSKEY {
            return Err(err(reader.line(), 1, KeyFileErrorKind::NotOneDnskey));
        }
        let key =
            Self { owner: NameBuf::from_name(&rr.owner), ttl: rr.ttl, class: rr.class, dnskey: rr.rdata.to_vec() };
        let line = reader.line();
        let mut rest = [0u8; 2048];
        match reader.next_entry(&mut rest) {
            Ok(None) => Ok(key),
            Ok(Some(_)) => Err(err(line, 1, KeyFileErrorKind::NotOneDnskey)),
            Err(e) => Err(text_err(e)),
        }
    }

    /// The DNSKEY RDATA as a typed view.
    pub fn dnskey(&self) -> Dnskey<'_> {
        // The RDATA was read by the zone reader as a DNSKEY, so it has the
        // four fixed octets; an empty view is never reached.
        Dnskey::parse(Rtype::DNSKEY, &mut Reader::new(&self.dnskey)).unwrap_or(Dnskey {
            flags: 0,
            protocol: 0,
            algorithm: SecAlg::new(0),
            public_key: &[],
        })
    }

    /// The key tag (RFC 4034 Appendix B).
    pub fn key_tag(&self) -> u16 {
        self.dnskey().key_tag()
    }

    /// The file's text as BIND writes it: a comment line naming the key,
    /// `; Created:` when `created` is given, then the record.
    pub fn to_text(&self, created: Option<u32>) -> String {
        let key = self.dnskey();
        let role = if key.is_sep() { "key-signing" } else { "zone-signing" };
        let mut s = String::new();
        // Writing to a String cannot fail.
        let _ = writeln!(s, "; This is a {role} key, keyid {}, for {}", key.key_tag(), self.owner);
        if let Some(t) = created {
            let _ = writeln!(s, "; Created: {}", SigTime(t));
        }
        let _ = writeln!(s, "{} {} {} DNSKEY {}", self.owner, self.ttl, self.class, key);
        s
    }
}

/// The base name BIND gives a key's files: `K<zone>+<alg>+<tag>` (the zone
/// with its final dot, the algorithm in three digits, the tag in five).
///
/// ```
/// let zone: dns_wire::NameBuf = "example.test.".parse()?;
/// let name = dnssec::key::key_file_name(&zone, dns_wire::iana::SecAlg::ECDSAP256SHA256, 10896);
/// assert_eq!(name, "Kexample.test.+013+10896");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn key_file_name(zone: &NameBuf, algorithm: SecAlg, key_tag: u16) -> String {
    let mut s = String::new();
    let _ = write!(s, "K{}+{:03}+{:05}", zone, algorithm.to_int(), key_tag);
    s
}

/// The timing fields of a `.private` file (BIND's key states).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimingField {
    /// `Created`.
    Created,
    /// `Publish`.
    Publish,
    /// `Activate`.
    Activate,
    /// `Revoke`.
    Revoke,
    /// `Inactive`.
    Inactive,
    /// `Delete`.
    Delete,
    /// `SyncPublish`.
    SyncPublish,
    /// `SyncDelete`.
    SyncDelete,
}

impl TimingField {
    pub(crate) const ALL: [(Self, &'static str); 8] = [
        (Self::Created, "Created"),
        (Self::Publish, "Publish"),
        (Self::Activate, "Activate"),
        (Self::Revoke, "Revoke"),
        (Self::Inactive, "Inactive"),
        (Self::Delete, "Delete"),
        (Self::SyncPublish, "SyncPublish"),
        (Self::SyncDelete, "SyncDelete"),
    ];

    /// The field name.
    pub fn name(self) -> &'static str {
        Self::ALL.iter().find(|(f, _)| *f == self).map_or("", |(_, n)| n)
    }
}

/// A `.private` file: the algorithm, the private key and the timing
/// fields, kept in their order.
///
/// ```
/// use dnssec::key::{PrivateKey, PrivateKeyFile};
/// let text = "Private-key-format: v1.3\nAlgorithm: 15 (ED25519)\n\
///             PrivateKey: ODIyNjAzODQ2MjgwODAxMjI2NDUxOTAyMDQxNDIyNjI=\nCreated: 20150729220000\n";
/// let file = PrivateKeyFile::parse(text)?;
/// assert!(matches!(&file.key, PrivateKey::Scalar(seed) if seed.len() == 32));
/// assert_eq!(file.to_text(), text);
/// # Ok::<(), dnssec::key::KeyFileError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrivateKeyFile {
    /// The algorithm.
    pub algorithm: SecAlg,
    /// The private key.
    pub key: PrivateKey,
    /// The timing fields, as given.
    pub timing: Vec<(TimingField, u32)>,
}

/// The RSA fields of a `.private` file, in BIND's order.
const RSA_FIELDS: [&str; 8] =
    ["Modulus", "PublicExponent", "PrivateExponent", "Prime1", "Prime2", "Exponent1", "Exponent2", "Coefficient"];

/// Whether `alg` keeps an RSA key.
pub(crate) fn is_rsa(alg: SecAlg) -> bool {
    matches!(alg, SecAlg::RSAMD5 | SecAlg::RSASHA1 | SecAlg::RSASHA1_NSEC3_SHA1 | SecAlg::RSASHA256 | SecAlg::RSASHA512)
}

impl PrivateKeyFile {
    /// Reads a `.private` file's text, strictly: the format line first,
    /// then `Algorithm`, the key's fields, and the timing fields, each once.
    ///
    /// # Errors
    /// [`KeyFileError`] with the line and column of the fault.
    pub fn parse(text: &str) -> Result<Self, KeyFileError> {
        let err = |line, col, kind| KeyFileError { part: KeyFilePart::Private, line, col, kind };
        if text.len() > MAX_KEY_FILE_LEN {
            return Err(err(0, 0, KeyFileErrorKind::TooLong));
        }
        let mut algorithm: Option<SecAlg> = None;
        let mut rsa: [Option<Vec<u8>>; 8] = Default::default();
        let mut scalar: Option<Vec<u8>> = None;
        let mut timing: Vec<(TimingField, u32)> = Vec::new();
        let mut seen_format = false;
        let mut last_line = 0u32;
        for (index, raw) in text.split('\n').enumerate() {
            // The file is at most 64 KiB, so it has fewer than 2^32 lines.
            let line = u32::try_from(index + 1).unwrap_or(u32::MAX);
            last_line = line;
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            if raw.trim().is_empty() {
                continue;
            }
            let (field, value) = raw.split_once(':').ok_or(err(line, 1, KeyFileErrorKind::NotAField))?;
            let value_col = u32::try_from(field.len() + 2).unwrap_or(u32::MAX);
            let value = value.trim();
            let at = |kind| err(line, value_col, kind);
            if !seen_format {
                if field != "Private-key-format" {
                    return Err(err(line, 1, KeyFileErrorKind::NoFormatLine));
                }
                if value != "v1.2" && value != "v1.3" {
                    return Err(at(KeyFileErrorKind::UnsupportedVersion));
                }
                seen_format = true;
                continue;
            }
            if field == "Algorithm" {
                if algorithm.is_some() {
                    return Err(err(line, 1, KeyFileErrorKind::DuplicateField));
                }
                let number = value.split_whitespace().next().unwrap_or("");
                let n: u8 = number.parse().map_err(|_| at(KeyFileErrorKind::BadAlgorithm))?;
                algorithm = Some(SecAlg::new(n));
                continue;
            }
            let Some(alg) = algorithm else {
                // Algorithm must come before the key fields.
                return Err(err(line, 1, KeyFileErrorKind::MissingField("Algorithm")));
            };
            if let Some(i) = RSA_FIELDS.iter().position(|f| *f == field) {
                if !is_rsa(alg) {
                    return Err(err(line, 1, KeyFileErrorKind::FieldNotForAlgorithm));
                }
                let slot = rsa.get_mut(i).ok_or(err(line, 1, KeyFileErrorKind::UnknownField))?;
                if slot.is_some() {
                    return Err(err(line, 1, KeyFileErrorKind::DuplicateField));
                }
                *slot = Some(decode_base64(value).map_err(at)?);
            } else if field == "PrivateKey" {
                if is_rsa(alg) {
                    return Err(err(line, 1, KeyFileErrorKind::FieldNotForAlgorithm));
                }
                if scalar.is_some() {
                    return Err(err(line, 1, KeyFileErrorKind::DuplicateField));
                }
                scalar = Some(decode_base64(value).map_err(at)?);
            } else if let Some((f, _)) = TimingField::ALL.iter().find(|(_, n)| *n == field) {
                if timing.iter().any(|(t, _)| t == f) {
                    return Err(err(line, 1, KeyFileErrorKind::DuplicateField));
                }
                let field = Field { raw: value.as_bytes(), quoted: false, line, col: value_col, at: 0 };
                let t = dns_wire::ext::parse_sig_time(&field, "a time").map_err(|_| at(KeyFileErrorKind::BadTime))?;
                timing.push((*f, t));
            } else {
                return Err(err(line, 1, KeyFileErrorKind::UnknownField));
            }
        }
        let end = |kind| err(last_line, 1, kind);
        if !seen_format {
            return Err(end(KeyFileErrorKind::NoFormatLine));
        }
        let algorithm = algorithm.ok_or(end(KeyFileErrorKind::MissingField("Algorithm")))?;
        let key = if is_rsa(algorithm) {
            let mut parts = rsa.into_iter().zip(RSA_FIELDS);
            let mut next = || {
                let (value, name) = parts.next().ok_or(end(KeyFileErrorKind::MissingField("Modulus")))?;
                value.ok_or(end(KeyFileErrorKind::MissingField(name)))
            };
            PrivateKey::Rsa(RsaPrivateKey {
                modulus: next()?,
                public_exponent: next()?,
                private_exponent: next()?,
                prime1: next()?,
                prime2: next()?,
                exponent1: next()?,
                exponent2: next()?,
                coefficient: next()?,
            })
        } else {
            PrivateKey::Scalar(scalar.ok_or(end(KeyFileErrorKind::MissingField("PrivateKey")))?)
        };
        Ok(Self { algorithm, key, timing })
    }

    /// The file's text as BIND writes it (`Private-key-format: v1.3`).
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "Private-key-format: v1.3");
        let _ = writeln!(s, "Algorithm: {} ({})", self.algorithm.to_int(), self.algorithm);
        match &self.key {
            PrivateKey::Rsa(k) => {
                let values = [
                    &k.modulus,
                    &k.public_exponent,
                    &k.private_exponent,
                    &k.prime1,
                    &k.prime2,
                    &k.exponent1,
                    &k.exponent2,
                    &k.coefficient,
                ];
                for (name, value) in RSA_FIELDS.iter().zip(values) {
                    let _ = writeln!(s, "{name}: {}", Base64(value));
                }
            }
            PrivateKey::Scalar(v) => {
                let _ = writeln!(s, "PrivateKey: {}", Base64(v));
            }
        }
        for (field, t) in &self.timing {
            let _ = writeln!(s, "{}: {}", field.name(), SigTime(*t));
        }
        s
    }
}

/// Decodes one base64 value of at most [`MAX_FIELD_LEN`] octets.
fn decode_base64(value: &str) -> Result<Vec<u8>, KeyFileErrorKind> {
    if value.len() / 4 * 3 > MAX_FIELD_LEN + 3 {
        return Err(KeyFileErrorKind::ValueTooLong);
    }
    let mut dec = Base64Decoder::default();
    let mut out = Vec::with_capacity(value.len() / 4 * 3);
    for c in value.bytes() {
        if let Some(b) = dec.push(c).map_err(|_| KeyFileErrorKind::BadBase64)? {
            out.push(b);
        }
    }
    dec.finish().map_err(|_| KeyFileErrorKind::BadBase64)?;
    if out.is_empty() {
        return Err(KeyFileErrorKind::BadBase64);
    }
    if out.len() > MAX_FIELD_LEN {
        return Err(KeyFileErrorKind::ValueTooLong);
    }
    Ok(out)
}

/// Reads a key pair from disk: `base` is the files' path without
/// extension (`Kexample.+013+10896`), or either file's path. Each file is
/// read up to [`MAX_KEY_FILE_LEN`] octets.
///
/// ```
/// use dnssec::key::{read_key_pair, PrivateKey};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dir = std::env::temp_dir().join(format!("dnssec-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// let base = dir.join("Kexample.com.+015+03613");
/// std::fs::write(dir.join("Kexample.com.+015+03613.key"), "example.com. IN DNSKEY 257 3 15 l02Woi0iS8Aa25FQkUd9RMzZHJpBoRQwAQEX1SxZJA4=\n")?;
/// std::fs::write(dir.join("Kexample.com.+015+03613.private"),
///     "Private-key-format: v1.3\nAlgorithm: 15 (ED25519)\nPrivateKey: ODIyNjAzODQ2MjgwODAxMjI2NDUxOTAyMDQxNDIyNjI=\n")?;
/// let (key, private) = read_key_pair(&base)?;
/// assert_eq!(key.key_tag(), 3613);
/// assert!(matches!(private.key, PrivateKey::Scalar(_)));
/// std::fs::remove_dir_all(&dir)?;
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`KeyFileErrorKind::Io`] when a file cannot be read, the parse errors of
/// [`KeyFile::parse`] and [`PrivateKeyFile::parse`], and
/// [`KeyFileErrorKind::AlgorithmMismatch`].
#[cfg(feature = "std")]
pub fn read_key_pair(base: &std::path::Path) -> Result<(KeyFile, PrivateKeyFile), KeyFileError> {
    use std::io::Read as _;
    let text = base.to_string_lossy();
    let stem = text.strip_suffix(".key").or_else(|| text.strip_suffix(".private")).unwrap_or(&text);
    let read = |ext: &str, part| -> Result<String, KeyFileError> {
        let err = |kind| KeyFileError { part, line: 0, col: 0, kind };
        let path = std::path::PathBuf::from(alloc::format!("{stem}{ext}"));
        let file = std::fs::File::open(&path).map_err(|e| err(KeyFileErrorKind::Io(e.kind())))?;
        let mut bytes = Vec::new();
        // One octet over the limit tells a long file from one at the limit.
        let limit = u64::try_from(MAX_KEY_FILE_LEN + 1).unwrap_or(u64::MAX);
        file.take(limit).read_to_end(&mut bytes).map_err(|e| err(KeyFileErrorKind::Io(e.kind())))?;
        if bytes.len() > MAX_KEY_FILE_LEN {
            return Err(err(KeyFileErrorKind::TooLong));
        }
        String::from_utf8(bytes).map_err(|_| err(KeyFileErrorKind::NotText))
    };
    let key = KeyFile::parse(&read(".key", KeyFilePart::Key)?)?;
    let private = PrivateKeyFile::parse(&read(".private", KeyFilePart::Private)?)?;
    if private.algorithm != key.dnskey().algorithm {
        return Err(KeyFileError {
            part: KeyFilePart::Private,
            line: 0,
            col: 0,
            kind: KeyFileErrorKind::AlgorithmMismatch,
        });
    }
    Ok((key, private))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn private_err(text: &str) -> (u32, KeyFileErrorKind) {
        let e = PrivateKeyFile::parse(text).unwrap_err();
        (e.line, e.kind)
    }

    #[test]
    fn private_file_errors_name_the_line() {
        use KeyFileErrorKind as K;
        assert_eq!(private_err("Algorithm: 13\n"), (1, K::NoFormatLine));
        assert_eq!(private_err("Private-key-format: v2.0\n"), (1, K::UnsupportedVersion));
        assert_eq!(private_err("Private-key-format: v1.3\nAlgorithm: 300\n"), (2, K::BadAlgorithm));
        let head = "Private-key-format: v1.3\nAlgorithm: 13 (ECDSAP256SHA256)\n";
        assert_eq!(private_err(&alloc::format!("{head}PrivateKey: !!!!\n")), (3, K::BadBase64));
        assert_eq!(private_err(&alloc::format!("{head}PrivateKey: AAAA\nPrivateKey: AAAA\n")), (4, K::DuplicateField));
        assert_eq!(private_err(&alloc::format!("{head}Modulus: AAAA\n")), (3, K::FieldNotForAlgorithm));
        assert_eq!(private_err(&alloc::format!("{head}Bogus: AAAA\n")), (3, K::UnknownField));
        assert_eq!(private_err(&alloc::format!("{head}no colon\n")), (3, K::NotAField));
        assert_eq!(private_err(&alloc::format!("{head}PrivateKey: AAAA\nCreated: 20261399000000\n")), (4, K::BadTime));
        assert_eq!(private_err(head).1, K::MissingField("PrivateKey"));
        let rsa = "Private-key-format: v1.3\nAlgorithm: 8\nModulus: AAAA\n";
        assert_eq!(private_err(rsa).1, K::MissingField("PublicExponent"));
        let long = alloc::format!("{head}PrivateKey: {}\n", "A".repeat(2000));
        assert_eq!(private_err(&long), (3, K::ValueTooLong));
        let huge = "x".repeat(MAX_KEY_FILE_LEN + 1);
        assert_eq!(private_err(&huge), (0, K::TooLong));
    }

    #[test]
    fn key_file_errors_name_the_line() {
        let e = KeyFile::parse("; only a comment\n").unwrap_err();
        assert_eq!(e.kind, KeyFileErrorKind::NoDnskey);
        let e = KeyFile::parse("a. 60 IN A 192.0.2.1\n").unwrap_err();
        assert_eq!(e.kind, KeyFileErrorKind::NotOneDnskey);
        let two = "a. IN DNSKEY 256 3 15 AAAA\na. IN DNSKEY 256 3 15 AAAA\n";
        assert_eq!(KeyFile::parse(two).unwrap_err().kind, KeyFileErrorKind::NotOneDnskey);
        let e = KeyFile::parse("; c\na. IN DNSKEY 256 3 15 !!!\n").unwrap_err();
        assert_eq!((e.line, e.part), (2, KeyFilePart::Key));
        assert!(matches!(e.kind, KeyFileErrorKind::Text(_)));
        let k = KeyFile::parse("a. IN DNSKEY 256 3 15 AAAA\n").unwrap();
        assert_eq!(k.ttl, DEFAULT_KEY_TTL);
    }
}
