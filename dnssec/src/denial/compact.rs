//! Compact denial of existence (RFC 9824): the minimal covering NSEC that
//! an online signer puts in a negative answer, owned by the query name and
//! naming its immediate successor `\000.<qname>`.

use alloc::vec::Vec;

use dns_wire::Name;
use dns_wire::iana::Rtype;

use super::{DenialError, write_bitmap};

/// The NSEC RDATA that denies the existence of `qname` (RFC 9824
/// section 3.1): next name `\000.<qname>`, types RRSIG, NSEC and NXNAME.
/// Appended to `out`; the record is owned by `qname` and signed on the fly.
///
/// ```
/// use dns_wire::{ext::Extensions, iana::Rtype, NameBuf};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let qname: NameBuf = "nx.example.".parse()?;
/// let mut rdata = Vec::new();
/// dnssec::denial::compact_nxname(qname.as_name(), &mut rdata)?;
/// let text = Extensions::NONE.display(Rtype::NSEC, &rdata).to_string();
/// assert_eq!(text, "\\000.nx.example. RRSIG NSEC NXNAME");
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`DenialError::NameTooLong`] when `qname` has no room for one more label.
pub fn compact_nxname(qname: Name<'_>, out: &mut Vec<u8>) -> Result<(), DenialError> {
    compact(qname, &[Rtype::RRSIG, Rtype::NSEC, Rtype::NXNAME], out)
}

/// The NSEC RDATA of a NODATA answer at `qname` (RFC 9824 section 3.2):
/// next name `\000.<qname>` and the types present at the name, with RRSIG
/// and NSEC added. Appended to `out`.
///
/// ```
/// use dns_wire::{ext::Extensions, iana::Rtype, NameBuf};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let qname: NameBuf = "www.example.".parse()?;
/// let mut rdata = Vec::new();
/// dnssec::denial::compact_nodata(qname.as_name(), &[Rtype::A, Rtype::AAAA], &mut rdata)?;
/// assert_eq!(Extensions::NONE.display(Rtype::NSEC, &rdata).to_string(), "\\000.www.example. A AAAA RRSIG NSEC");
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`DenialError::NameTooLong`] when `qname` has no room for one more label.
pub fn compact_nodata(qname: Name<'_>, types: &[Rtype], out: &mut Vec<u8>) -> Result<(), DenialError> {
    let mut all = Vec::with_capacity(types.len() + 2);
    all.extend_from_slice(types);
    all.extend_from_slice(&[Rtype::RRSIG, Rtype::NSEC]);
    compact(qname, &all, out)
}

fn compact(qname: Name<'_>, types: &[Rtype], out: &mut Vec<u8>) -> Result<(), DenialError> {
    if qname.wire_len() + 2 > dns_wire::name::MAX_WIRE_LEN {
        return Err(DenialError::NameTooLong);
    }
    out.extend_from_slice(&[1, 0]);
    for label in qname.labels() {
        out.push(u8::try_from(label.len()).unwrap_or(63));
        out.extend_from_slice(label);
    }
    out.push(0);
    write_bitmap(types, out);
    Ok(())
}
