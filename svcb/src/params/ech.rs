//! `ech` (key 5, RFC 9460 section 7.4): an ECHConfigList (the Encrypted
//! Client Hello specification, section 4), parsed into its configs.
//!
//! ```text
//! ECHConfigList: u16 length, then ECHConfig structures back to back
//! ECHConfig:     u16 version, u16 length, contents
//! contents of version 0xfe0d:
//!   u8 config_id, u16 kem_id, u16-length public_key (1..),
//!   u16-length cipher_suites (4..; each u16 kdf_id, u16 aead_id),
//!   u8 maximum_name_length, u8-length public_name (1..255),
//!   u16-length extensions (each u16 type, u16-length data)
//! ```
//! Configs of other versions are kept as opaque octets: clients skip the
//! versions they do not know.

use core::fmt;

use dns_wire::wire::{BuildError, Writer};
use dns_wire::{
    ext::Base64Decoder,
    text::{Base64, Field, TextError, TextErrorKind as K},
};

use super::ValueError;
use crate::text::{build_error, err_at};

/// The ECHConfig version this crate reads the contents of (0xfe0d).
pub const ECH_VERSION: u16 = 0xfe0d;

/// The `ech` value: an ECHConfigList whose framing has been checked.
///
/// ```
/// use svcb::{EchConfigList, ECH_VERSION};
/// # fn main() -> Result<(), svcb::ValueError> {
/// let wire = [
///     0, 0x22, 0xfe, 0x0d, 0, 0x1e, // list length, version, config length
///     7, 0, 0x20, 0, 4, 1, 2, 3, 4, // config id 7, KEM 0x0020, 4-octet key
///     0, 4, 0, 1, 0, 1,             // one suite: HKDF-SHA256, AES-128-GCM
///     0, 11, b'e', b'x', b'a', b'm', b'p', b'l', b'e', b'.', b'c', b'o', b'm',
///     0, 0, // max name length 0 (above), no extensions
/// ];
/// let list = EchConfigList::parse(&wire)?;
/// let config = list.configs().next().unwrap();
/// assert_eq!(config.version, ECH_VERSION);
/// let c = config.contents()?.unwrap();
/// assert_eq!((c.config_id, c.kem_id, c.public_key), (7, 0x20, &[1, 2, 3, 4][..]));
/// assert_eq!(c.public_name, b"example.com");
/// assert_eq!(c.cipher_suites().map(|s| (s.kdf_id, s.aead_id)).collect::<Vec<_>>(), [(1, 1)]);
/// assert_eq!(list.to_string(), "\"ACL+DQAeBwAgAAQBAgMEAAQAAQABAAtleGFtcGxlLmNvbQAA\"");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EchConfigList<'a>(pub(crate) &'a [u8]);

/// One ECHConfig: its version and contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EchConfig<'a> {
    /// The version (0xfe0d for the published ECH).
    pub version: u16,
    /// The contents, as octets.
    pub raw: &'a [u8],
    /// Offset of the contents in the `ech` value.
    pub at: usize,
}

/// An HPKE symmetric cipher suite of an ECHConfig.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CipherSuite {
    /// The HPKE KDF id (RFC 9180 section 7.2).
    pub kdf_id: u16,
    /// The HPKE AEAD id (RFC 9180 section 7.3).
    pub aead_id: u16,
}

/// An extension of an ECHConfig.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EchExtension<'a> {
    /// The extension type; its top bit set means mandatory.
    pub ext_type: u16,
    /// The extension data.
    pub data: &'a [u8],
}

/// The contents of an ECHConfig of version 0xfe0d.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EchConfigContents<'a> {
    /// The config id.
    pub config_id: u8,
    /// The HPKE KEM id (RFC 9180 section 7.1).
    pub kem_id: u16,
    /// The HPKE public key.
    pub public_key: &'a [u8],
    /// The cipher suites, 4 octets each (see
    /// [`EchConfigContents::cipher_suites`]).
    pub cipher_suites_raw: &'a [u8],
    /// The longest name the client should pad to.
    pub maximum_name_length: u8,
    /// The public name (the client-facing server's name).
    pub public_name: &'a [u8],
    /// The extensions in wire form (see [`EchConfigContents::extensions`]).
    pub extensions_raw: &'a [u8],
}

/// Reads one length-prefixed field; `len_octets` is 1 or 2.
fn field<'a>(data: &'a [u8], pos: &mut usize, len_octets: usize, what: &'static str) -> Result<&'a [u8], ValueError> {
    let at = *pos;
    let len = match len_octets {
        1 => data.get(at).map(|&b| usize::from(b)),
        _ => data.get(at..at + 2).map(|b| usize::from(u16::from_be_bytes([b[0], b[1]]))),
    }
    .ok_or(ValueError::new(at, what))?;
    let start = at + len_octets;
    let v = data.get(start..start + len).ok_or(ValueError::new(at, what))?;
    *pos = start + len;
    Ok(v)
}

impl<'a> EchConfigContents<'a> {
    /// Reads the contents of a version 0xfe0d ECHConfig; offsets in errors
    /// are from `base`.
    ///
    /// # Errors
    /// [`ValueError`] for fields that are cut off, empty where they must
    /// not be, or octets left over.
    pub fn parse(data: &'a [u8], base: usize) -> Result<Self, ValueError> {
        let err = |at: usize, what| ValueError::new(base + at, what);
        let mut pos = 3;
        let (&config_id, kem) = data.split_first().ok_or(err(0, "ECHConfig contents cut off"))?;
        let kem_id =
            kem.get(..2).map(|b| u16::from_be_bytes([b[0], b[1]])).ok_or(err(1, "ECHConfig kem_id cut off"))?;
        let public_key = field(data, &mut pos, 2, "ECHConfig public_key cut off").map_err(|e| err(e.at, e.what))?;
        if public_key.is_empty() {
            return Err(err(3, "empty ECHConfig public_key"));
        }
        let suites_at = pos;
        let cipher_suites_raw =
            field(data, &mut pos, 2, "ECHConfig cipher_suites cut off").map_err(|e| err(e.at, e.what))?;
        if cipher_suites_raw.is_empty() || cipher_suites_raw.len() % 4 != 0 {
            return Err(err(suites_at, "ECHConfig cipher_suites empty or not a multiple of 4"));
        }
        let maximum_name_length = *data.get(pos).ok_or(err(pos, "ECHConfig maximum_name_length cut off"))?;
        pos += 1;
        let name_at = pos;
        let public_name = field(data, &mut pos, 1, "ECHConfig public_name cut off").map_err(|e| err(e.at, e.what))?;
        if public_name.is_empty() {
            return Err(err(name_at, "empty ECHConfig public_name"));
        }
        let ext_at = pos;
        let extensions_raw = field(data, &mut pos, 2, "ECHConfig extensions cut off").map_err(|e| err(e.at, e.what))?;
        let mut i = 0;
        while i < extensions_raw.len() {
            // Each extension: a 16-bit type, then 16-bit-length data.
            let mut p = i + 2;
            field(extensions_raw, &mut p, 2, "ECHConfig extension cut off")
                .map_err(|_| err(ext_at + 2 + i, "ECHConfig extension cut off"))?;
            i = p;
        }
        if pos != data.len() {
            return Err(err(pos, "octets after the ECHConfig contents"));
        }
        Ok(Self { config_id, kem_id, public_key, cipher_suites_raw, maximum_name_length, public_name, extensions_raw })
    }

    /// The cipher suites.
    pub fn cipher_suites(&self) -> impl Iterator<Item = CipherSuite> + 'a {
        self.cipher_suites_raw.chunks_exact(4).map(|c| CipherSuite {
            kdf_id: u16::from_be_bytes([c[0], c[1]]),
            aead_id: u16::from_be_bytes([c[2], c[3]]),
        })
    }

    /// The extensions.
    pub fn extensions(&self) -> impl Iterator<Item = EchExtension<'a>> + 'a {
        let mut rest = self.extensions_raw;
        core::iter::from_fn(move || {
            let (head, tail) = rest.split_at_checked(4)?;
            let len = usize::from(u16::from_be_bytes([head[2], head[3]]));
            let (data, tail) = tail.split_at_checked(len)?;
            rest = tail;
            Some(EchExtension { ext_type: u16::from_be_bytes([head[0], head[1]]), data })
        })
    }

    /// The wire length of the contents.
    pub fn encoded_len(&self) -> usize {
        1 + 2
            + 2
            + self.public_key.len()
            + 2
            + self.cipher_suites_raw.len()
            + 1
            + 1
            + self.public_name.len()
            + 2
            + self.extensions_raw.len()
    }

    /// Writes a whole ECHConfig of version 0xfe0d with these contents.
    ///
    /// # Errors
    /// [`BuildError::NoSpace`], [`BuildError::TooLong`] for fields longer
    /// than their length prefix allows.
    pub fn write_config(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        let long = |what, len, max| BuildError::TooLong { what, len, max };
        let u16_len = |what, s: &[u8]| u16::try_from(s.len()).map_err(|_| long(what, s.len(), 65535));
        let len = u16::try_from(self.encoded_len()).map_err(|_| long("ECHConfig", self.encoded_len(), 65535))?;
        w.u16(ECH_VERSION)?;
        w.u16(len)?;
        w.u8(self.config_id)?;
        w.u16(self.kem_id)?;
        w.u16(u16_len("public_key", self.public_key)?)?;
        w.bytes(self.public_key)?;
        w.u16(u16_len("cipher_suites", self.cipher_suites_raw)?)?;
        w.bytes(self.cipher_suites_raw)?;
        w.u8(self.maximum_name_length)?;
        w.char_string(self.public_name)?;
        w.u16(u16_len("extensions", self.extensions_raw)?)?;
        w.bytes(self.extensions_raw)
    }
}

impl<'a> EchConfig<'a> {
    /// The contents of a version 0xfe0d config; `None` for other
    /// versions.
    ///
    /// # Errors
    /// [`ValueError`] when a 0xfe0d config's contents are malformed.
    pub fn contents(&self) -> Result<Option<EchConfigContents<'a>>, ValueError> {
        if self.version != ECH_VERSION {
            return Ok(None);
        }
        EchConfigContents::parse(self.raw, self.at).map(Some)
    }
}

/// The configs of an [`EchConfigList`].
#[derive(Debug, Clone)]
pub struct EchConfigs<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Iterator for EchConfigs<'a> {
    type Item = EchConfig<'a>;

    fn next(&mut self) -> Option<EchConfig<'a>> {
        let head = self.data.get(self.pos..self.pos + 4)?;
        let version = u16::from_be_bytes([head[0], head[1]]);
        let len = usize::from(u16::from_be_bytes([head[2], head[3]]));
        let at = self.pos + 4;
        let raw = self.data.get(at..at + len)?;
        self.pos = at + len;
        Some(EchConfig { version, raw, at })
    }
}

impl<'a> EchConfigList<'a> {
    /// Checks the framing of a wire value: the list length matches and the
    /// list holds one or more whole ECHConfigs. The contents of each config
    /// are read on demand ([`EchConfig::contents`]).
    ///
    /// # Errors
    /// [`ValueError`].
    #[inline]
    pub fn parse(value: &'a [u8]) -> Result<Self, ValueError> {
        let (len, rest) = value.split_at_checked(2).ok_or(ValueError::new(0, "ECHConfigList cut off"))?;
        if usize::from(u16::from_be_bytes([len[0], len[1]])) != rest.len() {
            return Err(ValueError::new(0, "ECHConfigList length does not match the value"));
        }
        if rest.is_empty() {
            return Err(ValueError::new(2, "empty ECHConfigList"));
        }
        let mut pos = 0;
        while pos < rest.len() {
            let head = rest.get(pos..pos + 4).ok_or(ValueError::new(2 + pos, "ECHConfig header cut off"))?;
            let clen = usize::from(u16::from_be_bytes([head[2], head[3]]));
            if pos + 4 + clen > rest.len() {
                return Err(ValueError::new(2 + pos, "ECHConfig runs past the list"));
            }
            pos += 4 + clen;
        }
        Ok(Self(value))
    }

    /// The configs, in order.
    pub fn configs(&self) -> EchConfigs<'a> {
        EchConfigs { data: self.0, pos: 2 }
    }

    /// The value in wire form (with its length prefix).
    pub const fn as_wire(&self) -> &'a [u8] {
        self.0
    }

    /// Writes an ECHConfigList of version 0xfe0d configs.
    ///
    /// ```
    /// use svcb::{EchConfigContents, EchConfigList};
    /// use dns_wire::wire::Writer;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let c = EchConfigContents {
    ///     config_id: 1, kem_id: 0x20, public_key: &[9; 32], cipher_suites_raw: &[0, 1, 0, 1],
    ///     maximum_name_length: 0, public_name: b"public.example", extensions_raw: &[],
    /// };
    /// let mut buf = [0u8; 128];
    /// let mut w = Writer::new(&mut buf);
    /// EchConfigList::write(&mut w, &[c])?;
    /// let list = EchConfigList::parse(w.finish())?;
    /// assert_eq!(list.configs().next().unwrap().contents()?, Some(c));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`BuildError`].
    pub fn write(w: &mut Writer<'_>, configs: &[EchConfigContents<'_>]) -> Result<(), BuildError> {
        let start = w.pos();
        w.u16(0)?;
        for c in configs {
            c.write_config(w)?;
        }
        let len = w.pos() - start - 2;
        let len = u16::try_from(len).map_err(|_| BuildError::TooLong { what: "ECHConfigList", len, max: 65535 })?;
        w.patch_u16(start, len)
    }
}

impl fmt::Display for EchConfigList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\"", Base64(self.0))
    }
}

/// Reads base64 (no escapes) and writes the octets, then checks them.
pub(crate) fn parse_text(f: &Field<'_>, w: &mut Writer<'_>) -> Result<(), TextError> {
    let start = w.pos();
    let mut dec = Base64Decoder::default();
    for (i, &c) in f.raw.iter().enumerate() {
        if let Some(b) = dec.push(c).map_err(|_| err_at(f, i, K::BadBase64))? {
            w.u8(b).map_err(|e| build_error(f, e))?;
        }
    }
    dec.finish().map_err(|_| f.error(K::BadBase64))?;
    let written = w.written().get(start..).unwrap_or_default();
    EchConfigList::parse(written).map_err(|e| f.error(K::Invalid(e.what)))?;
    Ok(())
}
