//! Canonical RDATA (RFC 4034 section 6.2): the names inside the RDATA of
//! the listed types in lowercase.

use alloc::vec::Vec;

use dns_wire::Name;
use dns_wire::iana::Rtype;

use crate::error::CanonicalError;

/// One step through an RDATA layout, as far as the last name in it.
#[derive(Debug, Clone, Copy)]
enum Step {
    /// Fixed octets.
    Skip(usize),
    /// An uncompressed domain name, lowercased.
    Name,
    /// A `<character-string>`: a length octet and that many octets.
    CharString,
    /// A6 (RFC 2874 section 3.1.1): a prefix length P, 128-P bits of address
    /// suffix in whole octets, then a prefix name when P is not 0.
    A6,
}

/// Where the names are in the RDATA of the types RFC 4034 section 6.2
/// lists, without NSEC (RFC 6840 section 5.1: its Next Domain Name keeps
/// its case) and HINFO (it holds no names; as BIND, Knot and ldns do).
/// Every other type's RDATA is canonical as it is (names in new types are
/// never lowercased, RFC 3597 section 7).
fn layout(rtype: Rtype) -> &'static [Step] {
    use Step::{A6, CharString, Name, Skip};
    match rtype.to_int() {
        // NS, MD, MF, CNAME, MB, MG, MR, PTR, NXT (its name comes first), DNAME
        2 | 3 | 4 | 5 | 7 | 8 | 9 | 12 | 30 | 39 => &[Name],
        // SOA (MNAME, RNAME, then numbers), MINFO, RP
        6 | 14 | 17 => &[Name, Name],
        // MX, AFSDB, RT, KX: a 16-bit preference first
        15 | 18 | 21 | 36 => &[Skip(2), Name],
        // PX: preference, MAP822, MAPX400
        26 => &[Skip(2), Name, Name],
        // SRV: priority, weight, port
        33 => &[Skip(6), Name],
        // SIG, RRSIG: 18 octets of fixed fields, then the signer's name
        24 | 46 => &[Skip(18), Name],
        // NAPTR: order, preference, flags, services, regexp, replacement
        35 => &[Skip(4), CharString, CharString, CharString, Name],
        38 => &[A6],
        _ => &[],
    }
}

/// Whether the RDATA of `rtype` holds names that canonical form lowercases
/// (RFC 4034 section 6.2 as corrected by RFC 6840 section 5.1; HINFO left
/// out).
///
/// ```
/// use dns_wire::iana::Rtype;
/// assert!(dnssec::canonical::lowercases_rdata(Rtype::MX));
/// assert!(!dnssec::canonical::lowercases_rdata(Rtype::NSEC));
/// assert!(!dnssec::canonical::lowercases_rdata(Rtype::SVCB));
/// ```
pub fn lowercases_rdata(rtype: Rtype) -> bool {
    !layout(rtype).is_empty()
}

/// Appends the canonical form of `rdata` (uncompressed wire form) of a
/// record of type `rtype` to `out`: the same octets, with the names of the
/// types of [`lowercases_rdata`] in lowercase.
///
/// ```
/// use dns_wire::iana::Rtype;
/// let mut out = Vec::new();
/// dnssec::canonical::canonical_rdata(Rtype::MX, b"\x00\x0a\x04MAIL\x02Nl\x00", &mut out)?;
/// assert_eq!(out, b"\x00\x0a\x04mail\x02nl\x00");
/// # Ok::<(), dnssec::CanonicalError>(())
/// ```
///
/// # Errors
/// [`CanonicalError::BadRdata`] when a name in the RDATA is malformed or
/// compressed, or the RDATA ends before it; [`CanonicalError::RdataTooLong`]
/// for RDATA longer than 65,535 octets.
pub fn canonical_rdata(rtype: Rtype, rdata: &[u8], out: &mut Vec<u8>) -> Result<(), CanonicalError> {
    if rdata.len() > dns_wire::rdata::MAX_RDATA_LEN {
        return Err(CanonicalError::RdataTooLong { rtype, len: rdata.len() });
    }
    let start = out.len();
    out.extend_from_slice(rdata);
    let result = lowercase_names(rtype, out.get_mut(start..).unwrap_or_default());
    if result.is_err() {
        out.truncate(start);
    }
    result
}

/// Lowercases, in place, the names of `rdata` that canonical form
/// lowercases.
fn lowercase_names(rtype: Rtype, rdata: &mut [u8]) -> Result<(), CanonicalError> {
    let bad = |at, reason| CanonicalError::BadRdata { rtype, at, reason };
    let mut at = 0usize;
    for step in layout(rtype) {
        match *step {
            Step::Skip(n) => {
                at = at.checked_add(n).filter(|&end| end <= rdata.len()).ok_or(bad(at, "RDATA ends early"))?;
            }
            Step::CharString => {
                let len = usize::from(*rdata.get(at).ok_or(bad(at, "RDATA ends early"))?);
                at = at
                    .checked_add(1 + len)
                    .filter(|&end| end <= rdata.len())
                    .ok_or(bad(at, "character-string runs past the RDATA"))?;
            }
            Step::Name => at = lowercase_name_at(rtype, rdata, at)?,
            Step::A6 => {
                let prefix = *rdata.get(at).ok_or(bad(at, "RDATA ends early"))?;
                if prefix > 128 {
                    return Err(bad(at, "A6 prefix length over 128"));
                }
                // 128 - prefix bits of suffix, in whole octets.
                let suffix = (128 - usize::from(prefix)).div_ceil(8);
                at = at
                    .checked_add(1 + suffix)
                    .filter(|&end| end <= rdata.len())
                    .ok_or(bad(at, "A6 suffix runs past the RDATA"))?;
                if prefix > 0 {
                    at = lowercase_name_at(rtype, rdata, at)?;
                }
            }
        }
    }
    Ok(())
}

/// Lowercases the uncompressed name at `at` and returns the offset after it.
fn lowercase_name_at(rtype: Rtype, rdata: &mut [u8], at: usize) -> Result<usize, CanonicalError> {
    let bad = |reason| CanonicalError::BadRdata { rtype, at, reason };
    let tail = rdata.get(at..).ok_or(bad("RDATA ends early"))?;
    let (name, rest) = Name::parse_prefix(tail).map_err(|_| bad("malformed name"))?;
    if name.as_flat().is_none() {
        return Err(bad("compressed name"));
    }
    let end = rdata.len() - rest.len();
    // Length octets are at most 63, below b'A', so lowercasing the whole
    // span leaves them as they are.
    rdata.get_mut(at..end).ok_or(bad("RDATA ends early"))?.make_ascii_lowercase();
    Ok(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(rtype: Rtype, rdata: &[u8]) -> Result<Vec<u8>, CanonicalError> {
        let mut out = Vec::new();
        canonical_rdata(rtype, rdata, &mut out).map(|()| out)
    }

    #[test]
    fn listed_types_lowercase_their_names() {
        assert_eq!(canon(Rtype::NS, b"\x02NS\x02Nl\x00").unwrap(), b"\x02ns\x02nl\x00");
        let soa = b"\x01A\x00\x01B\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x04\x00\x00\x00\x05";
        let want =
            b"\x01a\x00\x01b\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x04\x00\x00\x00\x05";
        assert_eq!(canon(Rtype::SOA, soa).unwrap(), want);
        let srv = b"\x00\x01\x00\x02\x00\x35\x03NS1\x00";
        assert_eq!(canon(Rtype::SRV, srv).unwrap(), b"\x00\x01\x00\x02\x00\x35\x03ns1\x00");
        // NAPTR: the flags, services and regexp keep their case.
        let naptr = b"\x00\x01\x00\x02\x01U\x07E2U+sip\x00\x01X\x00";
        assert_eq!(canon(Rtype::NAPTR, naptr).unwrap(), b"\x00\x01\x00\x02\x01U\x07E2U+sip\x00\x01x\x00");
        // A6 with prefix 64: 8 octets of suffix, then the name.
        let a6 = b"\x40ABCDEFGH\x01Q\x00";
        assert_eq!(canon(Rtype::A6, a6).unwrap(), b"\x40ABCDEFGH\x01q\x00");
        assert_eq!(canon(Rtype::A6, b"\x00ABCDEFGHIJKLMNOP").unwrap(), b"\x00ABCDEFGHIJKLMNOP");
    }

    #[test]
    fn nsec_hinfo_and_new_types_keep_their_case() {
        // RFC 6840 section 5.1: the NSEC Next Domain Name is not lowercased.
        assert_eq!(canon(Rtype::NSEC, b"\x01B\x00\x00\x01\x40").unwrap(), b"\x01B\x00\x00\x01\x40");
        assert_eq!(canon(Rtype::HINFO, b"\x03CPU\x02OS").unwrap(), b"\x03CPU\x02OS");
        assert_eq!(canon(Rtype::SVCB, b"\x00\x01\x01A\x00").unwrap(), b"\x00\x01\x01A\x00");
    }

    #[test]
    fn malformed_rdata_is_refused_with_its_offset() {
        assert_eq!(
            canon(Rtype::MX, b"\x00"),
            Err(CanonicalError::BadRdata { rtype: Rtype::MX, at: 0, reason: "RDATA ends early" })
        );
        assert_eq!(
            canon(Rtype::MX, b"\x00\x01\x05ab"),
            Err(CanonicalError::BadRdata { rtype: Rtype::MX, at: 2, reason: "malformed name" })
        );
        assert!(canon(Rtype::NS, b"\xc0\x00").is_err());
        assert!(canon(Rtype::NAPTR, b"\x00\x01\x00\x02\x09U").is_err());
        assert!(canon(Rtype::A6, b"\x81").is_err());
        let long = alloc::vec![0u8; 65536];
        assert_eq!(canon(Rtype::A, &long), Err(CanonicalError::RdataTooLong { rtype: Rtype::A, len: 65536 }));
    }
}
