//! [`sign_zone`]: the whole pipeline, and the signing of RRsets by threads.

use alloc::vec::Vec;

use dns_wire::Name;
use dns_wire::iana::{Class, Rtype};
use dns_wire::owned::{ZoneSlice, ZoneStore};
use dns_wire::text::ZoneRecord;

use super::batch::{self, Pending};
use super::keys::{KeySet, ZoneKey};
use super::{Denial, SignOptions, ZoneSignError};
use crate::canonical::{Rrset, Scratch};
use crate::crypto::Crypto;
use crate::denial::walk::{NameKind, Names};
use crate::denial::{nsec_chain, nsec3_chain};
use crate::time::Validity;
use crate::zonemd::zone_digest;

/// Signs `zone` (any order; records outside `apex` refused) with `keys`
/// and returns it signed, in canonical order (the store is reused, not
/// copied): the input's records
/// without its RRSIG, NSEC, NSEC3 and NSEC3PARAM records, the keys'
/// DNSKEY records, the NSEC or NSEC3 chain and an RRSIG per signed RRset
/// and algorithm (see the [module docs](super) for which). `crypto`
/// computes the NSEC3 hashes.
///
/// ```
/// # #[cfg(feature = "ring")] {
/// use dnssec::{crypto::{RingCrypto, RingSigningKey}, key::flags, time::Validity};
/// use dnssec::zone::{sign_zone, SignOptions, ZoneKey};
/// use dns_wire::{iana::{Rtype, SecAlg}, owned::ZoneStore, text::ZoneReader, NameBuf};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let text = "$ORIGIN example.\n$TTL 3600\n@ SOA ns h 1 2 3 4 300\n@ NS ns\nns A 192.0.2.1\n";
/// let mut zone = ZoneStore::new();
/// zone.extend_from_reader(&mut ZoneReader::new(text.as_bytes()))?;
/// let (csk, _) = RingSigningKey::generate(SecAlg::ED25519)?;
/// let keys = [ZoneKey { key: &csk, flags: flags::KSK }];
/// let apex: NameBuf = "example.".parse()?;
/// let opts = SignOptions::new(Validity { inception: 1_700_000_000, expiration: 1_800_000_000 });
/// let signed = sign_zone(&RingCrypto, zone, apex.as_name(), &keys, &opts)?;
/// // SOA, NS, DNSKEY, two NSEC and an RRSIG over each of them and the A.
/// assert_eq!(signed.iter().filter(|r| r.rtype == Rtype::RRSIG).count(), 6);
/// # Ok(()) }
/// # main().unwrap(); }
/// ```
///
/// # Errors
/// [`ZoneSignError`]: no keys or unusable ones, no SOA, a record outside
/// the zone, a chain that cannot be built, an RRset that cannot be signed.
pub fn sign_zone<C: Crypto>(
    crypto: &C,
    zone: ZoneStore,
    apex: Name<'_>,
    keys: &[ZoneKey<'_>],
    options: &SignOptions<'_>,
) -> Result<ZoneStore, ZoneSignError> {
    // Checks the keys before any work.
    KeySet::new(keys)?;
    let (mut dnskey_ttl, mut soa) = (None, None);
    for (at, rr) in zone.iter().enumerate() {
        if !rr.owner.ends_with(&apex) {
            return Err(ZoneSignError::OutsideZone { at, rtype: rr.rtype });
        }
        if rr.owner == apex {
            match rr.rtype {
                Rtype::DNSKEY => dnskey_ttl = Some(rr.ttl),
                Rtype::SOA if soa.is_none() => soa = Some((rr.class, rr.ttl)),
                _ => {}
            }
        }
    }
    let (class, soa_ttl) = soa.ok_or(ZoneSignError::NoSoa)?;
    // The zone becomes the signed zone: no copy of it is made.
    let mut out = zone;
    out.retain(|rr| {
        !(matches!(rr.rtype, Rtype::RRSIG | Rtype::NSEC | Rtype::NSEC3 | Rtype::NSEC3PARAM)
            || (rr.rtype == Rtype::ZONEMD && rr.owner == apex))
    });
    let ttl = dnskey_ttl.unwrap_or(options.dnskey_ttl);
    for k in keys {
        let dnskey = crate::key::dnskey_rdata(k.flags, k.key.algorithm(), k.key.public_key());
        out.push_parts(&apex, Rtype::DNSKEY, class, ttl, &dnskey)?;
    }
    // RFC 8976 section 3.1: placeholders first, so that the chain records
    // the type at the apex; their content is not digested.
    for &algorithm in options.zonemd {
        let mut placeholder = alloc::vec![0u8; 6 + algorithm.digest_algorithm().output_len()];
        if let Some(f) = placeholder.get_mut(4..6) {
            f.copy_from_slice(&[dns_wire::rdata::Zonemd::SIMPLE, algorithm.code()]);
        }
        out.push_parts(&apex, Rtype::ZONEMD, class, soa_ttl, &placeholder)?;
    }
    out.sort_canonical();
    out.dedup();
    let mut chain = ZoneStore::new();
    match options.denial {
        Denial::Nsec => nsec_chain(out.records(), apex, options.cut_types, &mut chain)?,
        Denial::Nsec3(params) => nsec3_chain(crypto, out.records(), apex, &params, options.cut_types, &mut chain)?,
    };
    for rr in chain.iter() {
        out.push(&rr)?;
    }
    drop(chain);
    out.sort_canonical();
    let (sigs, pending) = sign_rrsets(&out, apex, class, keys, options)?;
    let batched = batch::finish(&pending, keys, class)?;
    drop(pending);
    // Each piece's signatures are freed once copied.
    for part in sigs.into_iter().chain(core::iter::once(batched)) {
        for rr in part.iter() {
            out.push(&rr)?;
        }
    }
    out.sort_canonical();
    if !options.zonemd.is_empty() {
        add_zonemd(crypto, &mut out, apex, class, soa_ttl, keys, options)?;
    }
    Ok(out)
}

/// RFC 8976 section 3: digests the signed zone (without the apex ZONEMD
/// and its signatures), puts the digests in place of the placeholders and
/// signs the ZONEMD RRset.
fn add_zonemd<C: Crypto>(
    crypto: &C,
    out: &mut ZoneStore,
    apex: Name<'_>,
    class: Class,
    ttl: u32,
    keys: &[ZoneKey<'_>],
    options: &SignOptions<'_>,
) -> Result<(), ZoneSignError> {
    let mut zonemd = ZoneStore::new();
    for &algorithm in options.zonemd {
        let digest = zone_digest(crypto, out.records(), &apex, algorithm)?;
        zonemd.push_parts(&apex, Rtype::ZONEMD, class, ttl, &digest.rdata())?;
    }
    out.retain(|r| !(r.rtype == Rtype::ZONEMD && r.owner == apex));
    zonemd.sort_canonical();
    // Without `zonemd` in the options, the apex ZONEMD is signed as any RRset.
    let last = SignOptions { zonemd: &[], ..*options };
    let (sigs, pending) = sign_piece(zonemd.records(), 0, None, apex, class, keys, &last)?;
    let batched = batch::finish(&pending, keys, class)?;
    for rr in zonemd.iter().chain(sigs.iter()).chain(batched.iter()) {
        out.push(&rr)?;
    }
    out.sort_canonical();
    Ok(())
}

/// Signs the RRsets of the sorted `zone`, on `options.threads` threads:
/// one store of RRSIG records per piece of the zone, in zone order, and the
/// RRSIGs of batch keys left to sign, in zone order.
fn sign_rrsets<'z>(
    zone: &'z ZoneStore,
    apex: Name<'_>,
    class: Class,
    keys: &[ZoneKey<'_>],
    options: &SignOptions<'_>,
) -> Result<(Vec<ZoneStore>, Vec<Pending<'z>>), ZoneSignError> {
    let records = zone.records();
    // Where each cut is: a piece that starts below one must know it.
    let cuts: Vec<usize> = Names::new(records, apex, None).filter(|n| n.kind == NameKind::Cut).map(|n| n.at).collect();
    let pieces = records.split(options.threads.max(1));
    let mut starts = Vec::with_capacity(pieces.len());
    let mut at = 0;
    for p in &pieces {
        starts.push(at);
        at += p.len();
    }
    let job = |piece: ZoneSlice<'z>, start: usize| -> Result<(ZoneStore, Vec<Pending<'z>>), ZoneSignError> {
        let before = cuts.partition_point(|&c| c < start);
        let cut = before.checked_sub(1).and_then(|i| cuts.get(i)).and_then(|&c| zone.get(c)).map(|r| r.owner);
        sign_piece(piece, start, cut, apex, class, keys, options)
    };
    #[cfg(feature = "std")]
    if pieces.len() > 1 {
        let parts: Result<Vec<_>, _> = std::thread::scope(|s| {
            let handles: Vec<_> =
                pieces.iter().zip(&starts).map(|(&piece, &start)| s.spawn(move || job(piece, start))).collect();
            // A thread that panicked (a bug) takes the caller down with it,
            // as a panic on one thread would.
            handles.into_iter().map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
        });
        return parts.map(unzip);
    }
    let parts: Result<Vec<_>, _> = pieces.iter().zip(&starts).map(|(&piece, &start)| job(piece, start)).collect();
    parts.map(unzip)
}

/// The pieces' RRSIG stores, and their pending RRSIGs in one list.
fn unzip<'z>(parts: Vec<(ZoneStore, Vec<Pending<'z>>)>) -> (Vec<ZoneStore>, Vec<Pending<'z>>) {
    let mut pending = Vec::new();
    let stores = parts
        .into_iter()
        .map(|(store, p)| {
            pending.extend(p);
            store
        })
        .collect();
    (stores, pending)
}

/// Signs the RRsets of one piece of the zone, which starts at record
/// `start` below `cut` (if any); the RRSIGs of batch keys are returned
/// unsigned.
fn sign_piece<'z>(
    piece: ZoneSlice<'z>,
    start: usize,
    cut: Option<Name<'z>>,
    apex: Name<'_>,
    class: Class,
    keys: &[ZoneKey<'_>],
    options: &SignOptions<'_>,
) -> Result<(ZoneStore, Vec<Pending<'z>>), ZoneSignError> {
    let set = KeySet::new(keys)?;
    let mut out = ZoneStore::new();
    let mut pending = Vec::new();
    let mut scratch = Scratch::new();
    let mut rdata: Vec<&[u8]> = Vec::new();
    let mut rrsig = Vec::new();
    for name in Names::new(piece, apex, cut) {
        let signs = |t: Rtype| match name.kind {
            // The apex ZONEMD is signed last, once its digest is known.
            NameKind::Apex => t != Rtype::RRSIG && (t != Rtype::ZONEMD || options.zonemd.is_empty()),
            NameKind::Authoritative => t != Rtype::RRSIG,
            NameKind::Cut => t == Rtype::DS || t == Rtype::NSEC || options.cut_types.contains(&t),
            NameKind::BelowCut | NameKind::Outside => false,
        };
        let mut at = start + name.at;
        for rrset in name.records.rrsets() {
            let Some(first) = rrset.first() else { continue };
            let here = at;
            at += rrset.len();
            if !signs(first.rtype) {
                continue;
            }
            rdata.clear();
            rdata.extend(rrset.iter().map(|r| r.rdata));
            let rr = Rrset { owner: first.owner, class, rtype: first.rtype, ttl: first.ttl, rdata: &rdata };
            let apex_keys =
                name.kind == NameKind::Apex && matches!(first.rtype, Rtype::DNSKEY | Rtype::CDS | Rtype::CDNSKEY);
            let which = if apex_keys { &set.apex_keys } else { &set.other };
            let validity = jittered(options, &first.owner, first.rtype);
            for (i, signer) in which.iter().filter_map(|&i| set.signers.get(i).map(|s| (i, s))) {
                rrsig.clear();
                if signer.key().batch().is_some() {
                    let data = signer
                        .prepare(&rr, apex, validity, &mut scratch, &mut rrsig)
                        .map_err(|source| ZoneSignError::Sign { at: here, rtype: first.rtype, source })?;
                    let full = name.kind == NameKind::Apex && matches!(first.rtype, Rtype::SOA | Rtype::DNSKEY);
                    pending.push(Pending {
                        key: i,
                        record: first,
                        at: here,
                        rrsig: rrsig.clone(),
                        data: data.to_vec(),
                        full,
                    });
                    continue;
                }
                signer
                    .sign_rrset(&rr, apex, validity, &mut scratch, &mut rrsig)
                    .map_err(|source| ZoneSignError::Sign { at: here, rtype: first.rtype, source })?;
                // Written here, so not read back to be checked (`push_parts` would).
                let rr = ZoneRecord { rtype: Rtype::RRSIG, class, rdata: &rrsig, ..first };
                out.push(&rr)?;
            }
        }
    }
    Ok((out, pending))
}

/// The validity of the signatures of an RRset: the expiration brought
/// forward by a hash of the seed, the owner (lowercased) and the type,
/// modulo `jitter + 1`.
fn jittered(options: &SignOptions<'_>, owner: &Name<'_>, rtype: Rtype) -> Validity {
    if options.jitter == 0 {
        return options.validity;
    }
    // FNV-1a over the seed, the owner and the type, then a splitmix64
    // finaliser: cheap, and the same on every platform.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let bytes = options
        .seed
        .to_be_bytes()
        .into_iter()
        .chain(owner.labels().flat_map(|l| core::iter::once(0).chain(l.iter().map(u8::to_ascii_lowercase))));
    for b in bytes.chain(rtype.to_int().to_be_bytes()) {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^= h >> 31;
    let off = h % (u64::from(options.jitter) + 1);
    // Below jitter + 1, itself at most 2^32.
    let off = u32::try_from(off).unwrap_or(options.jitter);
    Validity { inception: options.validity.inception, expiration: options.validity.expiration.wrapping_sub(off) }
}
