//! The keys of a zone, and which of them sign an RRset.

use alloc::vec::Vec;

use dns_wire::iana::SecAlg;

use super::ZoneSignError;
use crate::crypto::SigningKey;
use crate::key::flags;
use crate::sign::Signer;

/// A key that signs a zone: the private key and the flags of its DNSKEY
/// (SEP set: a KSK or CSK). The key is `Sync`, to be shared by threads.
///
/// ```
/// # #[cfg(feature = "ring")] {
/// use dnssec::{crypto::RingSigningKey, key::flags, zone::ZoneKey};
/// let (key, _) = RingSigningKey::generate(dns_wire::iana::SecAlg::ED25519)?;
/// let zk = ZoneKey { key: &key, flags: flags::KSK };
/// assert_eq!(zk.flags & flags::SEP, flags::SEP);
/// # }
/// # Ok::<(), dnssec::CryptoError>(())
/// ```
#[derive(Clone, Copy)]
pub struct ZoneKey<'k> {
    /// The private key.
    pub key: &'k (dyn SigningKey + Sync),
    /// The DNSKEY flags ([`flags::KSK`], [`flags::ZSK`], ...).
    pub flags: u16,
}

impl core::fmt::Debug for ZoneKey<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ZoneKey").field("algorithm", &self.key.algorithm()).field("flags", &self.flags).finish()
    }
}

/// The signers of one thread, and which sign what.
pub(crate) struct KeySet<'k> {
    pub(crate) signers: Vec<Signer<'k>>,
    /// Indexes of the signers of DNSKEY, CDS and CDNSKEY at the apex.
    pub(crate) apex_keys: Vec<usize>,
    /// Indexes of the signers of everything else.
    pub(crate) other: Vec<usize>,
}

impl<'k> KeySet<'k> {
    /// Checks the keys (at least one, each allowed to sign, no two with the
    /// same algorithm and tag) and sorts them into the two sets: for each
    /// algorithm, its SEP keys sign the apex key sets and its other keys
    /// the rest; an algorithm with keys of one kind only signs both with them.
    pub(crate) fn new(keys: &[ZoneKey<'k>]) -> Result<Self, ZoneSignError> {
        if keys.is_empty() {
            return Err(ZoneSignError::NoKeys);
        }
        let mut signers = Vec::with_capacity(keys.len());
        for k in keys {
            let s = Signer::new(k.key, k.flags).map_err(|source| {
                let dnskey = crate::key::dnskey_rdata(k.flags, k.key.algorithm(), k.key.public_key());
                ZoneSignError::Key { key_tag: crate::key::key_tag(&dnskey).unwrap_or(0), source }
            })?;
            let algorithm = k.key.algorithm();
            if signers.iter().zip(keys).any(|(o, ok): (&Signer<'_>, &ZoneKey<'_>)| {
                o.key_tag() == s.key_tag() && ok.key.algorithm() == algorithm
            }) {
                return Err(ZoneSignError::DuplicateKey { algorithm, key_tag: s.key_tag() });
            }
            signers.push(s);
        }
        let sep = |i: usize| keys.get(i).is_some_and(|k| k.flags & flags::SEP != 0);
        let alg = |i: usize| keys.get(i).map(|k| k.key.algorithm());
        let mut algorithms: Vec<SecAlg> = keys.iter().map(|k| k.key.algorithm()).collect();
        algorithms.sort_unstable_by_key(|a| a.to_int());
        algorithms.dedup();
        let (mut apex_keys, mut other) = (Vec::new(), Vec::new());
        for a in algorithms {
            let of_alg: Vec<usize> = (0..keys.len()).filter(|&i| alg(i) == Some(a)).collect();
            let ksk: Vec<usize> = of_alg.iter().copied().filter(|&i| sep(i)).collect();
            let zsk: Vec<usize> = of_alg.iter().copied().filter(|&i| !sep(i)).collect();
            apex_keys.extend(if ksk.is_empty() { &zsk } else { &ksk });
            other.extend(if zsk.is_empty() { &ksk } else { &zsk });
        }
        Ok(Self { signers, apex_keys, other })
    }
}
