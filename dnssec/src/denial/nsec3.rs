//! The NSEC3 chain (RFC 5155 section 7.1) with the RFC 9276 defaults.

use alloc::vec::Vec;
use core::fmt::Write as _;

use dns_wire::Name;
use dns_wire::iana::Rtype;
use dns_wire::owned::{ZoneSlice, ZoneStore};
use dns_wire::text::Base32Hex;

use super::walk::{NameKind, Names};
use super::{DenialError, chain_types, soa, write_bitmap};
use crate::crypto::Crypto;
use crate::nsec3::nsec3_hash;
use crate::policy::Nsec3Advice;

/// The parameters of an NSEC3 chain. The default is RFC 9276's: SHA-1,
/// no extra iterations, an empty salt, no opt-out.
///
/// ```
/// let params = dnssec::denial::Nsec3Chain::default();
/// assert!(params.advice().is_clean());
/// let salted = dnssec::denial::Nsec3Chain { iterations: 10, salt: &[0xab], opt_out: false };
/// assert!(salted.advice().extra_iterations && salted.advice().salt);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Nsec3Chain<'s> {
    /// Extra hash iterations (RFC 9276: 0).
    pub iterations: u16,
    /// The salt, at most 255 octets (RFC 9276: empty).
    pub salt: &'s [u8],
    /// Opt-Out (RFC 5155 section 6): unsigned delegations get no NSEC3 and
    /// every NSEC3 has the Opt-Out flag.
    pub opt_out: bool,
}

impl Nsec3Chain<'_> {
    /// What RFC 9276 advises against in these parameters: a signer warns
    /// when it is not clean.
    pub const fn advice(&self) -> Nsec3Advice {
        Nsec3Advice::of(self.iterations, self.salt, self.opt_out)
    }
}

/// One NSEC3 before the chain is sorted: the owner's hash and its type bit
/// map, in the shared `bitmaps` buffer.
struct Entry {
    hash: [u8; 20],
    bitmap: (usize, usize),
}

/// Adds to `out` the NSEC3 chain of `zone` (sorted canonically; see the
/// [module docs](super)) and the apex NSEC3PARAM: one NSEC3 per
/// authoritative name, cut (with opt-out, only the signed ones) and empty
/// non-terminal above them, ordered by hash, each naming the next hash and
/// the last the first, with the TTL of RFC 9077 (also given to the
/// NSEC3PARAM). `cut_types` are the parent-side types recorded at a cut
/// besides NS and DS (DELEG). Returns the number of NSEC3 records added.
///
/// ```
/// use dnssec::{crypto::RingCrypto, denial::{nsec3_chain, Nsec3Chain}};
/// use dns_wire::{owned::ZoneStore, text::ZoneReader, NameBuf};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let text = "$ORIGIN example.\n$TTL 3600\n@ SOA ns h 1 2 3 4 300\n@ NS ns\nns A 192.0.2.1\nx.y A 192.0.2.2\n";
/// let mut zone = ZoneStore::new();
/// zone.extend_from_reader(&mut ZoneReader::new(text.as_bytes()))?;
/// zone.sort_canonical();
/// let mut chain = ZoneStore::new();
/// let apex: NameBuf = "example.".parse()?;
/// // example., ns, x.y and the empty non-terminal y.
/// assert_eq!(nsec3_chain(&RingCrypto, zone.records(), apex.as_name(), &Nsec3Chain::default(), &[], &mut chain)?, 4);
/// let apex_nsec3 = chain.iter().find(|r| r.to_string().contains("NS SOA RRSIG NSEC3PARAM")).unwrap();
/// // RFC 5155 hash of "example." with no salt and no extra iterations.
/// assert!(apex_nsec3.owner.to_string().starts_with("3msev9usmd4br9s97v51r2tdvmr9iqo1."));
/// assert!(chain.iter().any(|r| r.to_string() == "example.\t300\tIN\tNSEC3PARAM\t1 0 0 -"));
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`DenialError::NoSoa`], [`DenialError::OutsideZone`],
/// [`DenialError::SaltTooLong`], [`DenialError::HashCollision`],
/// [`DenialError::NameTooLong`] for an apex longer than 222 octets, and
/// [`DenialError::Store`] when `out` refuses a record.
pub fn nsec3_chain<C: Crypto>(
    crypto: &C,
    zone: ZoneSlice<'_>,
    apex: Name<'_>,
    params: &Nsec3Chain<'_>,
    cut_types: &[Rtype],
    out: &mut ZoneStore,
) -> Result<usize, DenialError> {
    let salt_len = u8::try_from(params.salt.len()).map_err(|_| DenialError::SaltTooLong { len: params.salt.len() })?;
    let (class, ttl, minimum) = soa(zone, apex).ok_or(DenialError::NoSoa)?;
    let ttl = ttl.min(minimum);
    let hash = |name: &Name<'_>| {
        let h = nsec3_hash(crypto, name, params.salt, params.iterations);
        // SHA-1, the only NSEC3 hash, gives 20 octets.
        <[u8; 20]>::try_from(h.as_ref()).unwrap_or_default()
    };
    let mut entries = Vec::new();
    let mut bitmaps = Vec::new();
    let mut types = Vec::new();
    let mut prev: Option<Name<'_>> = None;
    for name in Names::new(zone, apex, None) {
        match name.kind {
            NameKind::Outside => return Err(DenialError::OutsideZone { at: name.at }),
            NameKind::BelowCut => continue,
            NameKind::Apex | NameKind::Authoritative | NameKind::Cut => {}
        }
        chain_types(&name, cut_types, false, &mut types);
        if params.opt_out && name.kind == NameKind::Cut && !types.contains(&Rtype::RRSIG) {
            continue;
        }
        if name.kind == NameKind::Apex {
            types.push(Rtype::NSEC3PARAM);
        }
        // The empty non-terminals above the name: its ancestors below the
        // apex, up to the first that is also an ancestor of the name before
        // it in the chain (canonical order puts every name's descendants
        // right after it, so those were seen then).
        let mut ancestor = parent(name.owner);
        while let Some(a) = ancestor.filter(|a| a.label_count() > apex.label_count()) {
            if prev.is_some_and(|p| p.ends_with(&a)) {
                break;
            }
            entries.push(Entry { hash: hash(&a), bitmap: (0, 0) });
            ancestor = parent(a);
        }
        let start = bitmaps.len();
        write_bitmap(&types, &mut bitmaps);
        entries.push(Entry { hash: hash(&name.owner), bitmap: (start, bitmaps.len()) });
        prev = Some(name.owner);
    }
    entries.sort_unstable_by_key(|e| e.hash);
    if entries.windows(2).any(|w| w.first().map(|e| e.hash) == w.get(1).map(|e| e.hash)) {
        return Err(DenialError::HashCollision);
    }
    let flags = u8::from(params.opt_out);
    let mut param = Vec::with_capacity(5 + params.salt.len());
    param.extend_from_slice(&[1, 0]);
    param.extend_from_slice(&params.iterations.to_be_bytes());
    param.push(salt_len);
    param.extend_from_slice(params.salt);
    out.push_parts(&apex, Rtype::NSEC3PARAM, class, ttl, &param)?;
    let mut rdata = Vec::new();
    let mut owner = Vec::new();
    let mut label = alloc::string::String::with_capacity(32);
    let nexts = entries.iter().skip(1).chain(entries.first());
    for (entry, next) in entries.iter().zip(nexts) {
        rdata.clear();
        rdata.extend_from_slice(&[1, flags]);
        rdata.extend_from_slice(&params.iterations.to_be_bytes());
        rdata.push(salt_len);
        rdata.extend_from_slice(params.salt);
        rdata.push(20);
        rdata.extend_from_slice(&next.hash);
        rdata.extend_from_slice(bitmaps.get(entry.bitmap.0..entry.bitmap.1).unwrap_or_default());
        label.clear();
        // Writing to a String does not fail.
        let _ = write!(label, "{}", Base32Hex(&entry.hash));
        owner.clear();
        owner.push(32);
        owner.extend_from_slice(label.as_bytes());
        for l in apex.labels() {
            owner.push(u8::try_from(l.len()).unwrap_or(63));
            owner.extend_from_slice(l);
        }
        owner.push(0);
        // An apex of more than 222 octets leaves no room for the hash label:
        // such a zone cannot have NSEC3 at all.
        let name = Name::parse(&owner).map_err(|_| DenialError::NameTooLong)?;
        out.push_parts(&name, Rtype::NSEC3, class, ttl, &rdata)?;
    }
    Ok(entries.len())
}

/// The name one label up, or `None` for the root.
fn parent<'a>(name: Name<'a>) -> Option<Name<'a>> {
    let flat = name.as_flat()?;
    let (&len, rest) = flat.split_first()?;
    if len == 0 {
        return None;
    }
    Name::parse(rest.get(usize::from(len)..)?).ok()
}
