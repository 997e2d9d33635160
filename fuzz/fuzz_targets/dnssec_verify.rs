//! DNSSEC verification of a fuzzed zone: the zone text is read (at most 200
//! records), its RRsets are verified with `verify_rrset` against the
//! zone's RRSIGs and DNSKEYs (at the first RRSIG's inception, so that real
//! signed zones verify), and for every DNSKEY the key tag and DS records
//! (SHA-256, SHA-384) are computed and must match the key.
#![no_main]

use dns_wire::iana::{DigestAlg, Rtype};
use dns_wire::owned::ZoneStore;
use dns_wire::text::ZoneReader;
use dns_wire::{Name, NameBuf};
use dnssec::canonical::{Rrset, Scratch};
use dnssec::crypto::RingCrypto;
use dnssec::key::{ds_matches, key_tag, make_ds};
use dnssec::verify::verify_rrset;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut store = ZoneStore::new().with_limits(200, 1 << 20);
    let mut reader = ZoneReader::new(data).with_generate_limit(16);
    if store.extend_from_reader(&mut reader).is_err() || store.is_empty() {
        return;
    }
    store.sort_canonical();
    let records: Vec<_> = store.iter().collect();
    let zone =
        records.iter().find(|rr| rr.rtype == Rtype::SOA).map_or(NameBuf::ROOT, |rr| NameBuf::from_name(&rr.owner));
    let dnskeys: Vec<&[u8]> = records.iter().filter(|rr| rr.rtype == Rtype::DNSKEY).map(|rr| rr.rdata).collect();
    let now = records
        .iter()
        .find(|rr| rr.rtype == Rtype::RRSIG)
        .and_then(|rr| rr.rdata.get(12..16))
        .and_then(|b| b.try_into().ok())
        .map_or(0, |b: [u8; 4]| u32::from_be_bytes(b).wrapping_add(1));
    let mut scratch = Scratch::new();
    let mut i = 0;
    while let Some(first) = records.get(i) {
        let same = |rr: &&dns_wire::text::ZoneRecord<'_>| {
            rr.rtype == first.rtype && rr.class == first.class && rr.owner.eq_exact(&first.owner)
        };
        let n = records.get(i..).unwrap_or_default().iter().take_while(same).count().max(1);
        let set = records.get(i..i + n).unwrap_or_default();
        i += n;
        if first.rtype == Rtype::RRSIG {
            continue;
        }
        let rdata: Vec<&[u8]> = set.iter().map(|rr| rr.rdata).collect();
        let rrsigs: Vec<&[u8]> = records
            .iter()
            .filter(|rr| rr.rtype == Rtype::RRSIG && rr.owner == first.owner)
            .map(|rr| rr.rdata)
            .collect();
        let rrset = Rrset { owner: first.owner, class: first.class, rtype: first.rtype, ttl: first.ttl, rdata: &rdata };
        let _ = verify_rrset(&RingCrypto, &rrset, &rrsigs, &dnskeys, zone.as_name(), now, &mut scratch);
    }
    for rr in records.iter().filter(|rr| rr.rtype == Rtype::DNSKEY) {
        let _ = key_tag(rr.rdata);
        for digest in [DigestAlg::SHA256, DigestAlg::SHA384] {
            let mut ds = Vec::new();
            if make_ds(&RingCrypto, &rr.owner, rr.rdata, digest, &mut ds).is_ok() {
                assert_eq!(
                    ds_matches(&RingCrypto, &rr.owner, &ds, rr.rdata),
                    Ok(true),
                    "a DS made for a key does not match it"
                );
                let other: Name<'_> = zone.as_name();
                if other != rr.owner {
                    assert_eq!(
                        ds_matches(&RingCrypto, &other, &ds, rr.rdata),
                        Ok(false),
                        "a DS matches under another owner"
                    );
                }
            }
        }
    }
});
