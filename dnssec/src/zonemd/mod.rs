//! ZONEMD, the message digest of a whole zone (RFC 8976): the SIMPLE
//! scheme with SHA-384 and SHA-512, computed over a
//! [`ZoneStore`](dns_wire::owned::ZoneStore) and verified against the
//! zone's apex ZONEMD records.
//!
//! | module | holds |
//! |---|---|
//! | `apex` | the apex SOA serial and ZONEMD records, found by binary search |
//! | `simple` | the SIMPLE scheme: every in-zone RRset in canonical form and order, into the running digests |
//! | `verify` | [`verify_zonemd`]: serial, scheme and algorithm checks, one success needed |
//! | `error` | [`ZonemdError`] |
//!
//! Both entry points take the zone's records sorted with
//! [`ZoneStore::sort_canonical`](dns_wire::owned::ZoneStore::sort_canonical)
//! and check that order as they go (one pass, linear in the zone).
//!
//! ```
//! # #[cfg(feature = "ring")] {
//! use dnssec::{crypto::RingCrypto, zonemd::{HashAlgorithm, verify_zonemd, zone_digest}};
//! use dns_wire::{Name, owned::ZoneStore, text::ZoneReader};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! // RFC 8976 Appendix A.1.
//! let text = "$ORIGIN example.\n\
//!     @ 86400 SOA ns1 admin 2018031900 1800 900 604800 86400\n\
//!     @ 86400 NS ns1\n@ 86400 NS ns2\n\
//!     @ 86400 ZONEMD 2018031900 1 1 c68090d90a7aed716bc459f9340e3d7c1370d4d24b7e2fc3a1ddc0b9a87153b9a9713b3c9ae5cc27777f98b8e730044c\n\
//!     ns1 3600 A 203.0.113.63\nns2 3600 AAAA 2001:db8::63\n";
//! let mut zone = ZoneStore::new();
//! zone.extend_from_reader(&mut ZoneReader::new(text.as_bytes()))?;
//! zone.sort_canonical();
//! let origin = Name::parse(b"\x07example\x00")?;
//! let computed = zone_digest(&RingCrypto, zone.records(), &origin, HashAlgorithm::Sha384)?;
//! assert!(computed.to_string().starts_with("2018031900 1 1 c68090d90a7aed71"));
//! let verified = verify_zonemd(&RingCrypto, zone.records(), &origin)?;
//! assert_eq!(verified.algorithm, HashAlgorithm::Sha384);
//! # Ok(()) }
//! # main().unwrap(); }
//! ```

mod apex;
mod error;
mod simple;
mod verify;

use alloc::vec::Vec;
use core::fmt;

use dns_wire::rdata::{RecordData as _, Zonemd};

use crate::crypto::{DigestAlgorithm, DigestOutput};

pub use self::error::ZonemdError;
pub use self::simple::zone_digest;
pub use self::verify::{ZonemdVerified, verify_zonemd};

/// The ZONEMD hash algorithms this crate computes (RFC 8976 section 5.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HashAlgorithm {
    /// SHA-384 (code 1, 48-octet digests).
    Sha384,
    /// SHA-512 (code 2, 64-octet digests).
    Sha512,
}

impl HashAlgorithm {
    /// The algorithm with ZONEMD code `code`, or `None` for one this crate
    /// does not compute.
    ///
    /// ```
    /// use dnssec::zonemd::HashAlgorithm;
    /// assert_eq!(HashAlgorithm::from_code(2), Some(HashAlgorithm::Sha512));
    /// assert_eq!(HashAlgorithm::from_code(240), None);
    /// ```
    pub const fn from_code(code: u8) -> Option<Self> {
        match code {
            Zonemd::SHA384 => Some(Self::Sha384),
            Zonemd::SHA512 => Some(Self::Sha512),
            _ => None,
        }
    }

    /// Its ZONEMD code.
    ///
    /// ```
    /// assert_eq!(dnssec::zonemd::HashAlgorithm::Sha384.code(), 1);
    /// ```
    pub const fn code(self) -> u8 {
        match self {
            Self::Sha384 => Zonemd::SHA384,
            Self::Sha512 => Zonemd::SHA512,
        }
    }

    /// The digest it uses.
    ///
    /// ```
    /// use dnssec::{crypto::DigestAlgorithm, zonemd::HashAlgorithm};
    /// assert_eq!(HashAlgorithm::Sha512.digest_algorithm(), DigestAlgorithm::Sha512);
    /// ```
    pub const fn digest_algorithm(self) -> DigestAlgorithm {
        match self {
            Self::Sha384 => DigestAlgorithm::Sha384,
            Self::Sha512 => DigestAlgorithm::Sha512,
        }
    }
}

impl fmt::Display for HashAlgorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Sha384 => "SHA-384",
            Self::Sha512 => "SHA-512",
        })
    }
}

/// A zone digest computed with the SIMPLE scheme: what the zone's ZONEMD
/// record holds. `Display` gives the ZONEMD RDATA in presentation format
/// (serial, scheme, hash algorithm, digest in hexadecimal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ZoneDigest {
    /// The SOA serial of the zone digested.
    pub serial: u32,
    /// The hash algorithm.
    pub algorithm: HashAlgorithm,
    /// The digest.
    pub digest: DigestOutput,
}

impl ZoneDigest {
    /// The ZONEMD record's fields as dns-wire's view.
    pub fn as_zonemd(&self) -> Zonemd<'_> {
        Zonemd {
            serial: self.serial,
            scheme: Zonemd::SIMPLE,
            hash_algorithm: self.algorithm.code(),
            digest: self.digest.as_ref(),
        }
    }

    /// The ZONEMD RDATA in wire form.
    ///
    /// ```
    /// use dnssec::{crypto::DigestOutput, zonemd::{HashAlgorithm, ZoneDigest, verify_zonemd}};
    /// # #[cfg(feature = "ring")] {
    /// # use dns_wire::{Name, owned::ZoneStore, text::ZoneReader};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mut zone = ZoneStore::new();
    /// zone.extend_from_reader(&mut ZoneReader::new(&b"$ORIGIN z.\n@ 60 SOA ns h 7 1 1 1 1\n@ 60 NS ns\n"[..]))?;
    /// zone.sort_canonical();
    /// let origin = Name::parse(b"\x01z\x00")?;
    /// let crypto = dnssec::crypto::RingCrypto;
    /// let digest = dnssec::zonemd::zone_digest(&crypto, zone.records(), &origin, HashAlgorithm::Sha512)?;
    /// let rdata = digest.rdata();
    /// assert_eq!((&rdata[..6], rdata.len()), (&[0, 0, 0, 7, 1, 2][..], 70));
    /// // Added to the zone, the record verifies.
    /// zone.push_parts(&origin, dns_wire::iana::Rtype::ZONEMD, dns_wire::iana::Class::IN, 60, &rdata)?;
    /// zone.sort_canonical();
    /// assert_eq!(verify_zonemd(&crypto, zone.records(), &origin)?.serial, 7);
    /// # Ok(()) }
    /// # main().unwrap(); }
    /// ```
    pub fn rdata(&self) -> Vec<u8> {
        let zonemd = self.as_zonemd();
        let mut out = Vec::with_capacity(zonemd.encoded_len());
        out.extend_from_slice(&self.serial.to_be_bytes());
        out.push(zonemd.scheme);
        out.push(zonemd.hash_algorithm);
        out.extend_from_slice(zonemd.digest);
        out
    }
}

impl fmt::Display for ZoneDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.as_zonemd(), f)
    }
}
