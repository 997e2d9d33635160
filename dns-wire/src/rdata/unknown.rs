//! RDATA of types this crate does not interpret (RFC 3597).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::Hex;
use crate::wire::{BuildError, Reader, WireError, Writer};

/// Opaque RDATA, shown in the generic form `\# <length> <hex>` of RFC 3597
/// section 5. Its octets are never decompressed or case-folded.
///
/// ```
/// use dns_wire::{rdata::{Unknown, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let u = Unknown::parse(Rtype::new(65280), &mut Reader::new(&[0xab, 0xcd]))?;
/// assert_eq!(u.to_string(), "\\# 2 abcd");
/// assert_eq!(Unknown { rdata: &[] }.to_string(), "\\# 0");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Unknown<'a> {
    /// The RDATA octets.
    pub rdata: &'a [u8],
}

impl<'a> RecordData<'a> for Unknown<'a> {
    fn accepts(_: Rtype) -> bool {
        true
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { rdata: r.rest() })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(self.rdata)
    }

    fn encoded_len(&self) -> usize {
        self.rdata.len()
    }
}

/// Writes RDATA given in consecutive parts in the generic form
/// `\# <length> <hex>` (RFC 3597 section 5), for typed RDATA whose own
/// presentation format cannot show every one of its octets: printing must
/// read back to the same wire form (issue 11, defect 8).
pub(crate) fn fmt_generic(f: &mut fmt::Formatter<'_>, parts: &[&[u8]]) -> fmt::Result {
    let len: usize = parts.iter().map(|p| p.len()).sum();
    write!(f, "\\# {len}")?;
    if len > 0 {
        f.write_str(" ")?;
        for part in parts {
            fmt::Display::fmt(&Hex(part), f)?;
        }
    }
    Ok(())
}

impl fmt::Display for Unknown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt_generic(f, &[self.rdata])
    }
}
