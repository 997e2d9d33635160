//! RRSIGs of keys that sign in batches (MTL mode): collected while the zone
//! is walked, in zone order whatever the thread count, then signed in one
//! batch per key: one underlying signature over the ladder, a full
//! signature on the apex SOA and DNSKEY RRSIGs (or, in a batch without
//! them, such as the ZONEMD signed last, on its first), condensed ones
//! elsewhere.

use alloc::vec::Vec;

use dns_wire::iana::{Class, Rtype};
use dns_wire::owned::ZoneStore;
use dns_wire::text::ZoneRecord;

use super::ZoneSignError;
use super::keys::ZoneKey;
use crate::error::SignError;

/// An RRSIG waiting for its key's batch.
pub(crate) struct Pending<'z> {
    /// The key's index in the zone's keys.
    pub(crate) key: usize,
    /// The RRset's first record (owner, type, TTL) and its index in the zone.
    pub(crate) record: ZoneRecord<'z>,
    pub(crate) at: usize,
    /// The RRSIG RDATA without its signature.
    pub(crate) rrsig: Vec<u8>,
    /// The signed data (the MTL leaf).
    pub(crate) data: Vec<u8>,
    /// Whether it gets a full signature.
    pub(crate) full: bool,
}

/// Signs the pending RRSIGs, one batch per key, and returns them as RRSIG
/// records.
pub(crate) fn finish(pending: &[Pending<'_>], keys: &[ZoneKey<'_>], class: Class) -> Result<ZoneStore, ZoneSignError> {
    let mut out = ZoneStore::new();
    for (k, key) in keys.iter().enumerate() {
        let Some(batch) = key.key.batch() else { continue };
        let mine: Vec<&Pending<'_>> = pending.iter().filter(|p| p.key == k).collect();
        let Some(first) = mine.first() else { continue };
        let messages: Vec<&[u8]> = mine.iter().map(|p| p.data.as_slice()).collect();
        let mut full: Vec<bool> = mine.iter().map(|p| p.full).collect();
        if !full.contains(&true) {
            if let Some(f) = full.first_mut() {
                *f = true;
            }
        }
        let sigs = batch.sign_batch(&messages, &full).map_err(|e| ZoneSignError::Sign {
            at: first.at,
            rtype: first.record.rtype,
            source: e.into(),
        })?;
        let mut rdata = Vec::new();
        for (p, sig) in mine.iter().zip(&sigs) {
            rdata.clear();
            rdata.extend_from_slice(&p.rrsig);
            rdata.extend_from_slice(sig);
            if rdata.len() > dns_wire::rdata::MAX_RDATA_LEN {
                return Err(ZoneSignError::Sign { at: p.at, rtype: p.record.rtype, source: SignError::RrsigTooLong });
            }
            out.push(&ZoneRecord { rtype: Rtype::RRSIG, class, rdata: &rdata, ..p.record })?;
        }
    }
    Ok(out)
}
