//! The MTL schemes by the reference library's names, and what each fixes:
//! generation, hash family, underlying signature and every length.

use core::fmt;

/// The hash output and randomizer length of every supported scheme (the
/// 128-bit security sets): 16 octets.
pub const N: usize = 16;

/// The two byte formats of MTL mode (see the crate README).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Generation {
    /// The SPHINCS+-aligned format of reference library v1.0-v1.1.2 and the
    /// 2024-2025 DNSSEC experiments: 8-octet SID, u32 indexes, tweakable
    /// hashes keyed by PK.seed, SPHINCS+ round-3.1 ladder signatures.
    A,
    /// The scheme-agnostic format of draft-harvey-cfrg-mtl-mode-07/-08 and
    /// library v1.2: 2n-octet SID, u64 indexes, H(SID || ...), FIPS 204/205
    /// ladder signatures over the ladder octets.
    B,
}

/// The hash family of the MTL node hashes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HashFamily {
    /// SHA-256 based.
    Sha2,
    /// SHAKE based.
    Shake,
}

/// The signature scheme that signs ladders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Underlying {
    /// SPHINCS+ round 3.1 SHA2-128s "simple" (liboqs), generation A.
    SphincsSha2_128s,
    /// SPHINCS+ round 3.1 SHAKE-128s "simple" (liboqs), generation A.
    SphincsShake128s,
    /// FIPS 205 SLH-DSA-SHA2-128s, pure, empty context.
    SlhDsaSha2_128s,
    /// FIPS 205 SLH-DSA-SHAKE-128s, pure, empty context.
    SlhDsaShake128s,
    /// FIPS 204 ML-DSA-44, pure, empty context.
    MlDsa44,
}

impl Underlying {
    /// The public key length in octets.
    ///
    /// ```
    /// assert_eq!(dnssec::mtl::Underlying::MlDsa44.public_key_len(), 1312);
    /// ```
    pub const fn public_key_len(self) -> usize {
        match self {
            Self::MlDsa44 => 1312,
            _ => 2 * N,
        }
    }

    /// The signature length in octets.
    ///
    /// ```
    /// assert_eq!(dnssec::mtl::Underlying::SlhDsaSha2_128s.signature_len(), 7856);
    /// ```
    pub const fn signature_len(self) -> usize {
        match self {
            Self::MlDsa44 => 2420,
            _ => 7856,
        }
    }
}

/// An MTL scheme, named as the reference library names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scheme {
    /// `SLH-DSA-MTL-SHA2-128S` (generation A; DNSSEC algorithm 248 in the
    /// 2025 ldns fork).
    SlhDsaMtlSha2_128s,
    /// `SLH-DSA-MTL-SHAKE-128S` (generation A; algorithm 249).
    SlhDsaMtlShake128s,
    /// `ML-DSA-44-MTL-SHAKE-128` (generation B; algorithm 129 in the newest
    /// Verisign table).
    MlDsa44MtlShake128,
    /// `SLH-DSA-SHA2-128S-MTL-SHA2-128` (generation B; algorithm 130). Its
    /// "cSHA2" node hash follows library v1.2's placeholder; no published
    /// vector checks it.
    SlhDsaSha2_128sMtlSha2_128,
    /// `SLH-DSA-SHAKE-128S-MTL-SHAKE-128` (generation B; algorithm 131).
    SlhDsaShake128sMtlShake128,
}

impl Scheme {
    /// Every scheme this crate knows.
    pub const ALL: [Scheme; 5] = [
        Self::SlhDsaMtlSha2_128s,
        Self::SlhDsaMtlShake128s,
        Self::MlDsa44MtlShake128,
        Self::SlhDsaSha2_128sMtlSha2_128,
        Self::SlhDsaShake128sMtlShake128,
    ];

    /// The scheme of a reference-library name (ASCII case ignored).
    ///
    /// ```
    /// use dnssec::mtl::{Generation, Scheme};
    /// let s = Scheme::from_name("ML-DSA-44-MTL-SHAKE-128").unwrap();
    /// assert_eq!(s.generation(), Generation::B);
    /// assert_eq!(Scheme::from_name("slh-dsa-mtl-sha2-128s"), Some(Scheme::SlhDsaMtlSha2_128s));
    /// ```
    pub fn from_name(name: &str) -> Option<Scheme> {
        Self::ALL.into_iter().find(|s| s.name().eq_ignore_ascii_case(name))
    }

    /// The reference library's name.
    ///
    /// ```
    /// assert_eq!(dnssec::mtl::Scheme::SlhDsaMtlShake128s.name(), "SLH-DSA-MTL-SHAKE-128S");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Self::SlhDsaMtlSha2_128s => "SLH-DSA-MTL-SHA2-128S",
            Self::SlhDsaMtlShake128s => "SLH-DSA-MTL-SHAKE-128S",
            Self::MlDsa44MtlShake128 => "ML-DSA-44-MTL-SHAKE-128",
            Self::SlhDsaSha2_128sMtlSha2_128 => "SLH-DSA-SHA2-128S-MTL-SHA2-128",
            Self::SlhDsaShake128sMtlShake128 => "SLH-DSA-SHAKE-128S-MTL-SHAKE-128",
        }
    }

    /// The byte format generation.
    ///
    /// ```
    /// use dnssec::mtl::{Generation, Scheme};
    /// assert_eq!(Scheme::SlhDsaMtlSha2_128s.generation(), Generation::A);
    /// ```
    pub const fn generation(self) -> Generation {
        match self {
            Self::SlhDsaMtlSha2_128s | Self::SlhDsaMtlShake128s => Generation::A,
            _ => Generation::B,
        }
    }

    /// The hash family of the node hashes.
    ///
    /// ```
    /// use dnssec::mtl::{HashFamily, Scheme};
    /// assert_eq!(Scheme::MlDsa44MtlShake128.hash_family(), HashFamily::Shake);
    /// ```
    pub const fn hash_family(self) -> HashFamily {
        match self {
            Self::SlhDsaMtlSha2_128s | Self::SlhDsaSha2_128sMtlSha2_128 => HashFamily::Sha2,
            _ => HashFamily::Shake,
        }
    }

    /// The scheme that signs the ladders.
    ///
    /// ```
    /// use dnssec::mtl::{Scheme, Underlying};
    /// assert_eq!(Scheme::MlDsa44MtlShake128.underlying(), Underlying::MlDsa44);
    /// ```
    pub const fn underlying(self) -> Underlying {
        match self {
            Self::SlhDsaMtlSha2_128s => Underlying::SphincsSha2_128s,
            Self::SlhDsaMtlShake128s => Underlying::SphincsShake128s,
            Self::MlDsa44MtlShake128 => Underlying::MlDsa44,
            Self::SlhDsaSha2_128sMtlSha2_128 => Underlying::SlhDsaSha2_128s,
            Self::SlhDsaShake128sMtlShake128 => Underlying::SlhDsaShake128s,
        }
    }

    /// The series identifier (SID) length: 8 octets in generation A, 2n in B.
    ///
    /// ```
    /// assert_eq!(dnssec::mtl::Scheme::MlDsa44MtlShake128.sid_len(), 32);
    /// ```
    pub const fn sid_len(self) -> usize {
        match self.generation() {
            Generation::A => 8,
            Generation::B => 2 * N,
        }
    }

    /// The length of a leaf or node index on the wire: 4 (A) or 8 (B).
    ///
    /// ```
    /// assert_eq!(dnssec::mtl::Scheme::SlhDsaMtlSha2_128s.index_len(), 4);
    /// ```
    pub const fn index_len(self) -> usize {
        match self.generation() {
            Generation::A => 4,
            Generation::B => 8,
        }
    }

    /// The length of a condensed signature (authentication path) with `k`
    /// siblings: 40 + 16k (A), 76 + 16k (B), without the DNSSEC type octet.
    ///
    /// ```
    /// use dnssec::mtl::Scheme;
    /// assert_eq!(Scheme::SlhDsaMtlSha2_128s.condensed_len(2), 72);
    /// assert_eq!(Scheme::MlDsa44MtlShake128.condensed_len(3), 124);
    /// ```
    pub const fn condensed_len(self, k: usize) -> usize {
        // R, flags, SID, leaf, rung left, rung right, count, siblings.
        N + 2 + self.sid_len() + 3 * self.index_len() + 2 + k * N
    }

    /// The length of a ladder with `r` rungs: 12 + 24r (A), 36 + 32r (B).
    ///
    /// ```
    /// use dnssec::mtl::Scheme;
    /// assert_eq!(Scheme::SlhDsaMtlShake128s.ladder_len(3), 84);
    /// assert_eq!(Scheme::MlDsa44MtlShake128.ladder_len(2), 100);
    /// ```
    pub const fn ladder_len(self, r: usize) -> usize {
        2 + self.sid_len() + 2 + r * (2 * self.index_len() + N)
    }

    /// The length of a signed ladder: ladder, u32 length, signature.
    ///
    /// ```
    /// assert_eq!(dnssec::mtl::Scheme::SlhDsaMtlSha2_128s.signed_ladder_len(3), 84 + 4 + 7856);
    /// ```
    pub const fn signed_ladder_len(self, r: usize) -> usize {
        self.ladder_len(r) + 4 + self.underlying().signature_len()
    }

    /// The length of a full signature: condensed and signed ladder.
    ///
    /// ```
    /// assert_eq!(dnssec::mtl::Scheme::SlhDsaMtlSha2_128s.full_len(2, 3), 8016);
    /// ```
    pub const fn full_len(self, k: usize, r: usize) -> usize {
        self.condensed_len(k) + self.signed_ladder_len(r)
    }

    /// The length of the public key as the vectors print it: SID and the
    /// underlying public key.
    ///
    /// ```
    /// assert_eq!(dnssec::mtl::Scheme::SlhDsaMtlSha2_128s.public_key_len(), 40);
    /// ```
    pub const fn public_key_len(self) -> usize {
        self.sid_len() + self.underlying().public_key_len()
    }
}

impl fmt::Display for Scheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
