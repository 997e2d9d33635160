//! Post-quantum DNSSEC algorithms (feature `mtl`): plain SLH-DSA
//! (SHA2-128s, SHAKE-128s, FIPS 205) and ML-DSA-44 (FIPS 204), and their
//! MTL modes, through the same [`Crypto`](super::Crypto) and
//! [`SigningKey`](super::SigningKey) seam as the classical algorithms.
//!
//! No IANA number is assigned to any of them, so the numbers are
//! configuration: a [`PqcAlgorithms`] table maps DNSSEC algorithm numbers to
//! [`PqcAlgorithm`]s. Its defaults are the newest Verisign table (the
//! mtl-mode-unbound fork of draft-kaizer-dnsop-ml-dsa-mtl-dnssec-02): 18
//! ML-DSA-44, 246 SLH-DSA-SHA2-128s, 247 SLH-DSA-SHAKE-128s, 129
//! ML-DSA-44-MTL-SHAKE-128, 130 SLH-DSA-SHA2-128s-MTL-SHA2-128, 131
//! SLH-DSA-SHAKE-128s-MTL-SHAKE-128; and, verify only, 248 and 249 for the
//! generation-A SLH-DSA-MTL zones of 2024-2025 (mtl-mode-ldns).
//!
//! The DNSKEY holds the raw public key (SLH-DSA: PK.seed || PK.root, 32
//! octets; ML-DSA-44: 1,312 octets). A plain RRSIG signature is the FIPS
//! 205 / 204 signature (pure, empty context) over the RFC 4034 signed data;
//! an MTL one is a type octet and a condensed or full MTL signature whose
//! leaf message is that signed data ([`crate::mtl`]).
//!
//! | module | holds |
//! |---|---|
//! | this one | [`PqcAlgorithm`], [`PqcAlgorithms`] |
//! | `verify` | [`PqcCrypto`]: a [`Crypto`](super::Crypto) for them, around another for the classical ones, with a [`LadderCache`](crate::mtl::LadderCache) |
//! | `sign` | [`PqcSigningKey`]: keys from seeds, plain and MTL (batches) |

mod sign;
mod verify;

use alloc::vec::Vec;

use dns_wire::iana::SecAlg;

use crate::mtl::Scheme;

pub use self::sign::PqcSigningKey;
pub use self::verify::PqcCrypto;

/// A post-quantum DNSSEC algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PqcAlgorithm {
    /// SLH-DSA-SHA2-128s (FIPS 205), pure, empty context.
    SlhDsaSha2_128s,
    /// SLH-DSA-SHAKE-128s (FIPS 205), pure, empty context.
    SlhDsaShake128s,
    /// ML-DSA-44 (FIPS 204), pure, empty context.
    MlDsa44,
    /// An MTL mode scheme.
    Mtl(Scheme),
}

/// The names [`PqcAlgorithm::from_name`] reads and [`PqcAlgorithm::name`]
/// writes, with the algorithm and its default number.
const NAMES: [(&str, PqcAlgorithm, u8); 8] = [
    ("slh-dsa-sha2-128s", PqcAlgorithm::SlhDsaSha2_128s, 246),
    ("slh-dsa-shake-128s", PqcAlgorithm::SlhDsaShake128s, 247),
    ("ml-dsa-44", PqcAlgorithm::MlDsa44, 18),
    ("ml-dsa-44-mtl-shake-128", PqcAlgorithm::Mtl(Scheme::MlDsa44MtlShake128), 129),
    ("slh-dsa-mtl-sha2-128s", PqcAlgorithm::Mtl(Scheme::SlhDsaSha2_128sMtlSha2_128), 130),
    ("slh-dsa-mtl-shake-128s", PqcAlgorithm::Mtl(Scheme::SlhDsaShake128sMtlShake128), 131),
    ("slh-dsa-mtl-sha2-128s-gen-a", PqcAlgorithm::Mtl(Scheme::SlhDsaMtlSha2_128s), 248),
    ("slh-dsa-mtl-shake-128s-gen-a", PqcAlgorithm::Mtl(Scheme::SlhDsaMtlShake128s), 249),
];

impl PqcAlgorithm {
    /// The algorithm of a name (ASCII case ignored): `slh-dsa-sha2-128s`,
    /// `slh-dsa-shake-128s`, `ml-dsa-44`, `ml-dsa-44-mtl-shake-128`,
    /// `slh-dsa-mtl-sha2-128s` and `slh-dsa-mtl-shake-128s` (the current,
    /// generation-B MTL schemes: SLH-DSA-SHA2-128S-MTL-SHA2-128 and
    /// SLH-DSA-SHAKE-128S-MTL-SHAKE-128), `slh-dsa-mtl-sha2-128s-gen-a` and
    /// `slh-dsa-mtl-shake-128s-gen-a` (the 2024-2025 format, verify only);
    /// also the MTL reference library's scheme names.
    ///
    /// ```
    /// use dnssec::crypto::PqcAlgorithm;
    /// use dnssec::mtl::Scheme;
    /// assert_eq!(PqcAlgorithm::from_name("SLH-DSA-MTL-SHA2-128S"), Some(PqcAlgorithm::Mtl(Scheme::SlhDsaSha2_128sMtlSha2_128)));
    /// assert_eq!(PqcAlgorithm::from_name("ML-DSA-44-MTL-SHAKE-128"), Some(PqcAlgorithm::Mtl(Scheme::MlDsa44MtlShake128)));
    /// assert_eq!(PqcAlgorithm::from_name("rsa"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Self> {
        NAMES
            .iter()
            .find(|(n, _, _)| n.eq_ignore_ascii_case(name))
            .map(|&(_, a, _)| a)
            .or_else(|| Scheme::from_name(name).filter(|s| s.generation() == crate::mtl::Generation::B).map(Self::Mtl))
    }

    /// The name [`from_name`](Self::from_name) reads.
    ///
    /// ```
    /// use dnssec::crypto::PqcAlgorithm;
    /// assert_eq!(PqcAlgorithm::SlhDsaSha2_128s.name(), "slh-dsa-sha2-128s");
    /// ```
    pub fn name(self) -> &'static str {
        NAMES.iter().find(|(_, a, _)| *a == self).map_or("", |&(n, _, _)| n)
    }

    /// Its number in the newest Verisign table (248 and 249 for generation A).
    ///
    /// ```
    /// use dnssec::crypto::PqcAlgorithm;
    /// assert_eq!(PqcAlgorithm::from_name("slh-dsa-mtl-sha2-128s").unwrap().default_number().to_int(), 130);
    /// ```
    pub fn default_number(self) -> SecAlg {
        SecAlg::new(NAMES.iter().find(|(_, a, _)| *a == self).map_or(0, |&(_, _, n)| n))
    }

    /// The MTL scheme, for an MTL algorithm.
    ///
    /// ```
    /// use dnssec::crypto::PqcAlgorithm;
    /// assert!(PqcAlgorithm::MlDsa44.mtl().is_none());
    /// ```
    pub fn mtl(self) -> Option<Scheme> {
        match self {
            Self::Mtl(s) => Some(s),
            _ => None,
        }
    }

    /// The DNSKEY public key length: 32 (SLH-DSA) or 1,312 (ML-DSA-44).
    ///
    /// ```
    /// use dnssec::crypto::PqcAlgorithm;
    /// assert_eq!(PqcAlgorithm::MlDsa44.public_key_len(), 1312);
    /// ```
    pub fn public_key_len(self) -> usize {
        match self {
            Self::MlDsa44 => 1312,
            Self::Mtl(s) => s.underlying().public_key_len(),
            _ => 32,
        }
    }

    /// The private key (seed) length: 48 for SLH-DSA (SK.seed || SK.prf ||
    /// PK.seed), 32 for ML-DSA-44 (FIPS 204's ξ).
    ///
    /// ```
    /// use dnssec::crypto::PqcAlgorithm;
    /// assert_eq!(PqcAlgorithm::SlhDsaShake128s.seed_len(), 48);
    /// ```
    pub fn seed_len(self) -> usize {
        match self {
            Self::MlDsa44 | Self::Mtl(Scheme::MlDsa44MtlShake128) => 32,
            _ => 48,
        }
    }
}

impl core::fmt::Display for PqcAlgorithm {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

/// Which DNSSEC algorithm numbers are which post-quantum algorithms.
///
/// ```
/// use dnssec::crypto::{PqcAlgorithm, PqcAlgorithms};
/// use dns_wire::iana::SecAlg;
/// // The defaults, with SLH-DSA-MTL-SHA2-128s moved to private-use-like 200.
/// let table = PqcAlgorithms::default().with(SecAlg::new(200), PqcAlgorithm::from_name("slh-dsa-mtl-sha2-128s").unwrap());
/// assert_eq!(table.get(SecAlg::new(200)).unwrap().name(), "slh-dsa-mtl-sha2-128s");
/// assert_eq!(table.get(SecAlg::new(130)), None);
/// assert_eq!(table.get(SecAlg::new(246)), Some(PqcAlgorithm::SlhDsaSha2_128s));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PqcAlgorithms {
    map: Vec<(SecAlg, PqcAlgorithm)>,
}

impl Default for PqcAlgorithms {
    fn default() -> Self {
        Self { map: NAMES.iter().map(|&(_, a, n)| (SecAlg::new(n), a)).collect() }
    }
}

impl PqcAlgorithms {
    /// A table with no entries.
    ///
    /// ```
    /// assert_eq!(dnssec::crypto::PqcAlgorithms::empty().get(dns_wire::iana::SecAlg::new(130)), None);
    /// ```
    pub fn empty() -> Self {
        Self { map: Vec::new() }
    }

    /// The table with `number` meaning `algorithm`, and no other number
    /// meaning it.
    pub fn with(mut self, number: SecAlg, algorithm: PqcAlgorithm) -> Self {
        self.map.retain(|&(n, a)| n != number && a != algorithm);
        self.map.push((number, algorithm));
        self
    }

    /// The algorithm of a number, if it is one.
    pub fn get(&self, number: SecAlg) -> Option<PqcAlgorithm> {
        self.map.iter().find(|(n, _)| *n == number).map(|&(_, a)| a)
    }

    /// The number of an algorithm, if the table has it.
    ///
    /// ```
    /// use dnssec::crypto::{PqcAlgorithm, PqcAlgorithms};
    /// assert_eq!(PqcAlgorithms::default().number(PqcAlgorithm::MlDsa44).map(|a| a.to_int()), Some(18));
    /// ```
    pub fn number(&self, algorithm: PqcAlgorithm) -> Option<SecAlg> {
        self.map.iter().find(|(_, a)| *a == algorithm).map(|&(n, _)| n)
    }
}
