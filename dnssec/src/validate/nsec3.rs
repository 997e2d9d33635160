//! Denial of existence with NSEC3 (RFC 5155 sections 8.3 to 8.7), with the
//! iteration limit of RFC 9276 section 3.2.

use alloc::vec::Vec;

use dns_wire::ext::Base32HexDecoder;
use dns_wire::iana::Rtype;
use dns_wire::rdata::{Nsec3, RecordData as _};
use dns_wire::wire::Reader;
use dns_wire::{Name, NameBuf};

use super::Security;
use super::error::ValidationError;
use super::nsec::wildcard_at;
use crate::crypto::{Crypto, DigestOutput};
use crate::nsec3::nsec3_hash;
use crate::policy::{Nsec3IterationLimits, Nsec3Verdict};

/// Limits a validator may pass to the proofs: insecure above 150
/// iterations, never bogus for the count alone (RFC 9276 section 3.2
/// leaves the numbers to validators; 150 is the highest limit it reports
/// as deployed).
///
/// ```
/// use dnssec::{policy::Nsec3Verdict, validate::NSEC3_LIMITS};
/// assert_eq!(NSEC3_LIMITS.judge(150), Nsec3Verdict::Acceptable);
/// assert!(matches!(NSEC3_LIMITS.judge(151), Nsec3Verdict::Insecure(_)));
/// ```
pub const NSEC3_LIMITS: Nsec3IterationLimits = Nsec3IterationLimits { insecure_above: 150, bogus_above: None };

/// An NSEC3 record of a response: its owner hash and RDATA.
pub(super) struct Nsec3Record<'a> {
    hash: Vec<u8>,
    nsec3: Nsec3<'a>,
}

impl<'a> Nsec3Record<'a> {
    /// Reads an NSEC3 of `zone`: its owner must be one base32hex label
    /// under the zone.
    pub(super) fn read(owner: &Name<'_>, zone: &Name<'_>, rdata: &'a [u8]) -> Result<Self, ValidationError> {
        if owner.label_count() != zone.label_count() + 1 || !owner.ends_with(zone) {
            return Err(ValidationError::BadDenialRecord("NSEC3 owner is not one label under the zone"));
        }
        let label = owner.labels().next().unwrap_or_default();
        let mut d = Base32HexDecoder::default();
        let mut hash = Vec::with_capacity(20);
        for c in label {
            if let Some(octet) =
                d.push(*c).map_err(|_| ValidationError::BadDenialRecord("NSEC3 owner is not base32hex"))?
            {
                hash.push(octet);
            }
        }
        d.finish().map_err(|_| ValidationError::BadDenialRecord("NSEC3 owner is not base32hex"))?;
        let nsec3 = Nsec3::parse(Rtype::NSEC3, &mut Reader::new(rdata))
            .map_err(|_| ValidationError::BadDenialRecord("NSEC3 RDATA does not read"))?;
        Ok(Self { hash, nsec3 })
    }

    fn matches(&self, hash: &DigestOutput) -> bool {
        self.hash.as_slice() == hash.as_ref()
    }

    /// owner < hash < next, or past the owner of the last NSEC3 (next at
    /// or before it), or before its next.
    fn covers(&self, hash: &DigestOutput) -> bool {
        let (owner, next, h) = (self.hash.as_slice(), self.nsec3.next_hashed_owner, hash.as_ref());
        if next > owner { owner < h && h < next } else { h > owner || h < next }
    }
}

/// The hashing parameters of a set of NSEC3 records, all the same.
struct Params<'a> {
    salt: &'a [u8],
    iterations: u16,
}

fn params<'a>(records: &[Nsec3Record<'a>]) -> Result<Params<'a>, ValidationError> {
    let first = records.first().ok_or(ValidationError::NotProven("anything: no NSEC3 record"))?;
    let p = &first.nsec3;
    if p.hash_algorithm != Nsec3::SHA1 {
        return Err(ValidationError::BadDenialRecord("NSEC3 hash algorithm is not SHA-1"));
    }
    if records.iter().any(|r| {
        r.nsec3.hash_algorithm != p.hash_algorithm || r.nsec3.iterations != p.iterations || r.nsec3.salt != p.salt
    }) {
        return Err(ValidationError::BadDenialRecord("NSEC3 records with different parameters"));
    }
    Ok(Params { salt: p.salt, iterations: p.iterations })
}

/// Over a limit: insecure or bogus, EDE 27 (RFC 9276 section 3.2); the
/// signatures were checked before.
fn too_many_iterations<T>(
    p: &Params<'_>,
    limits: &Nsec3IterationLimits,
) -> Result<Option<Security<T>>, ValidationError> {
    match limits.judge(p.iterations) {
        Nsec3Verdict::Acceptable => Ok(None),
        Nsec3Verdict::Insecure(ede) => {
            Ok(Some(Security::Insecure { ede: Some(ede), reason: "NSEC3 iterations above the limit" }))
        }
        Nsec3Verdict::Bogus(_) => Err(ValidationError::Nsec3Iterations { iterations: p.iterations }),
    }
}

/// The closest encloser proof (RFC 5155 section 8.3): the longest ancestor
/// of `qname` whose hash an NSEC3 matches, and the NSEC3 covering the next
/// closer name. Returns the encloser's label count and whether that
/// covering NSEC3 has opt-out.
fn closest_encloser<C: Crypto>(
    crypto: &C,
    qname: &Name<'_>,
    zone: &Name<'_>,
    records: &[Nsec3Record<'_>],
    p: &Params<'_>,
) -> Result<(usize, bool), ValidationError> {
    let labels: usize = qname.label_count();
    let mut next_closer: Option<DigestOutput> = None;
    for depth in (zone.label_count()..=labels).rev() {
        let name = suffix(qname, labels - depth)?;
        let hash = nsec3_hash(crypto, &name.as_name(), p.salt, p.iterations);
        if records.iter().any(|r| r.matches(&hash)) {
            let Some(nc) = next_closer else {
                // The query name itself exists: no encloser proof to give.
                return Ok((depth, false));
            };
            let cover = records
                .iter()
                .find(|r| r.covers(&nc))
                .ok_or(ValidationError::NotProven("the next closer name is not covered"))?;
            return Ok((depth, cover.nsec3.flags & Nsec3::OPT_OUT != 0));
        }
        next_closer = Some(hash);
    }
    Err(ValidationError::NotProven("a closest encloser: no NSEC3 matches an ancestor"))
}

/// `name` without its leftmost `skip` labels.
fn suffix(name: &Name<'_>, skip: usize) -> Result<NameBuf, ValidationError> {
    let labels: Vec<&[u8]> = name.labels().skip(skip).collect();
    let mut wire = Vec::with_capacity(name.wire_len());
    for l in labels {
        wire.push(u8::try_from(l.len()).unwrap_or(63));
        wire.extend_from_slice(l);
    }
    wire.push(0);
    Name::parse(&wire).map(|n| NameBuf::from_name(&n)).map_err(|_| ValidationError::BadDenialRecord("name"))
}

/// NXDOMAIN (RFC 5155 section 8.4): the closest encloser proof, and the
/// wildcard at the encloser covered.
pub(super) fn nxdomain<C: Crypto>(
    crypto: &C,
    qname: &Name<'_>,
    zone: &Name<'_>,
    records: &[Nsec3Record<'_>],
    limits: &Nsec3IterationLimits,
) -> Result<Security<()>, ValidationError> {
    let p = params(records)?;
    if let Some(insecure) = too_many_iterations(&p, limits)? {
        return Ok(insecure);
    }
    let (encloser, opt_out) = closest_encloser(crypto, qname, zone, records, &p)?;
    if encloser == qname.label_count() {
        return Err(ValidationError::NotProven("NXDOMAIN: an NSEC3 matches the name"));
    }
    let wildcard = wildcard_at(qname, encloser);
    let wildcard = Name::parse(&wildcard).map_err(|_| ValidationError::BadDenialRecord("wildcard name too long"))?;
    let hash = nsec3_hash(crypto, &wildcard, p.salt, p.iterations);
    if !records.iter().any(|r| r.covers(&hash)) {
        return Err(ValidationError::NotProven("NXDOMAIN: the wildcard at the closest encloser is not covered"));
    }
    Ok(if opt_out {
        Security::Insecure { ede: None, reason: "the next closer name is in an opt-out span" }
    } else {
        Security::Secure(())
    })
}

/// NODATA (RFC 5155 sections 8.5 and 8.6): an NSEC3 matching `qname`
/// without `qtype` or CNAME; for DS, a closest encloser proof whose next
/// closer name is in an opt-out span is insecure.
pub(super) fn nodata<C: Crypto>(
    crypto: &C,
    qname: &Name<'_>,
    qtype: Rtype,
    zone: &Name<'_>,
    records: &[Nsec3Record<'_>],
    limits: &Nsec3IterationLimits,
) -> Result<Security<()>, ValidationError> {
    let p = params(records)?;
    if let Some(insecure) = too_many_iterations(&p, limits)? {
        return Ok(insecure);
    }
    let hash = nsec3_hash(crypto, qname, p.salt, p.iterations);
    if let Some(r) = records.iter().find(|r| r.matches(&hash)) {
        if r.nsec3.types.contains(qtype) || r.nsec3.types.contains(Rtype::CNAME) {
            return Err(ValidationError::NotProven("NODATA: the NSEC3 lists the type or a CNAME"));
        }
        return Ok(Security::Secure(()));
    }
    if qtype == Rtype::DS {
        let (_, opt_out) = closest_encloser(crypto, qname, zone, records, &p)?;
        if opt_out {
            return Ok(Security::Insecure { ede: None, reason: "an unsigned delegation in an opt-out span" });
        }
    }
    Err(ValidationError::NotProven("NODATA: no NSEC3 matches the name"))
}

#[cfg(all(test, feature = "ring"))]
mod tests {
    use super::*;
    use crate::crypto::RingCrypto;
    use dns_wire::iana::EdeCode;

    /// An NSEC3 of `example.` with `iterations`, owner hash all zero, next
    /// hash all 0xff (it covers every other hash).
    fn record(iterations: u16, rdata: &mut Vec<u8>) {
        rdata.extend_from_slice(&[1, 0]);
        rdata.extend_from_slice(&iterations.to_be_bytes());
        rdata.extend_from_slice(&[0, 20]);
        rdata.extend_from_slice(&[0xff; 20]);
    }

    #[test]
    fn iterations_above_the_limit_are_insecure_with_code_27() {
        let zone = Name::parse(b"\x07example\x00").unwrap();
        let owner = Name::parse(b"\x2000000000000000000000000000000000\x07example\x00").unwrap();
        let qname = Name::parse(b"\x01x\x07example\x00").unwrap();
        for (iterations, insecure) in [(151, true), (u16::MAX, true), (150, false)] {
            let mut rdata = Vec::new();
            record(iterations, &mut rdata);
            let records = [Nsec3Record::read(&owner, &zone, &rdata).unwrap()];
            let got = nxdomain(&RingCrypto, &qname, &zone, &records, &NSEC3_LIMITS);
            let want = Security::Insecure {
                ede: Some(EdeCode::UNSUPPORTED_NSEC3_ITERATIONS_VALUE),
                reason: "NSEC3 iterations above the limit",
            };
            assert_eq!(got.as_ref().ok() == Some(&want), insecure, "{iterations}: {got:?}");
        }
        // Above a bogus limit: bogus, code 27.
        let mut rdata = Vec::new();
        record(200, &mut rdata);
        let records = [Nsec3Record::read(&owner, &zone, &rdata).unwrap()];
        let limits = Nsec3IterationLimits { insecure_above: 100, bogus_above: Some(150) };
        let e = nxdomain(&RingCrypto, &qname, &zone, &records, &limits).unwrap_err();
        assert_eq!(
            (e, e.ede()),
            (ValidationError::Nsec3Iterations { iterations: 200 }, EdeCode::UNSUPPORTED_NSEC3_ITERATIONS_VALUE)
        );
    }

    #[test]
    fn misplaced_or_malformed_records_refused() {
        let zone = Name::parse(b"\x07example\x00").unwrap();
        let mut rdata = Vec::new();
        record(0, &mut rdata);
        let deep = Name::parse(b"\x01a\x2000000000000000000000000000000000\x07example\x00").unwrap();
        assert!(Nsec3Record::read(&deep, &zone, &rdata).is_err());
        let not_b32 = Name::parse(b"\x04wxyz\x07example\x00").unwrap();
        assert!(Nsec3Record::read(&not_b32, &zone, &rdata).is_err());
        let owner = Name::parse(b"\x2000000000000000000000000000000000\x07example\x00").unwrap();
        assert!(Nsec3Record::read(&owner, &zone, &rdata[..5]).is_err());
    }
}
