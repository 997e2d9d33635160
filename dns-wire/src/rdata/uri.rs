//! `URI`: a URI for a service (RFC 7553 section 4.5).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::CharStr;
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `URI` RDATA: priority, weight and a target URI that fills the rest of
/// the RDATA (RFC 7553 section 4.5). The target is never empty.
///
/// ```
/// use dns_wire::{rdata::{Uri, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let u = Uri::parse(Rtype::URI, &mut Reader::new(b"\x00\x0a\x00\x01ftp://a/"))?;
/// assert_eq!((u.target(), u.to_string().as_str()), (&b"ftp://a/"[..], "10 1 \"ftp://a/\""));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Uri<'a> {
    /// Lower values are tried first.
    pub priority: u16,
    /// The relative share among targets of the same priority.
    pub weight: u16,
    target: &'a [u8],
}

impl<'a> Uri<'a> {
    /// The target URI (RFC 3986), at least one octet.
    pub const fn target(&self) -> &'a [u8] {
        self.target
    }
}

impl<'a> RecordData<'a> for Uri<'a> {
    fn accepts(rtype: Rtype) -> bool {
        rtype == Rtype::URI
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let priority = r.u16()?;
        let weight = r.u16()?;
        let at = r.pos();
        let target = r.rest();
        if target.is_empty() {
            return Err(WireError::BadRdata { at, rtype, what: "empty target" });
        }
        Ok(Self { priority, weight, target })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.priority)?;
        w.u16(self.weight)?;
        w.bytes(self.target)
    }

    fn encoded_len(&self) -> usize {
        4 + self.target.len()
    }
}

impl fmt::Display for Uri<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.priority, self.weight, CharStr(self.target))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::round_trip;

    #[test]
    fn wire() {
        // dnspython: URI 10 1 "ftp://ftp1.example.com/public"
        round_trip::<Uri>(
            Rtype::URI,
            b"\x00\x0a\x00\x01ftp://ftp1.example.com/public",
            "10 1 \"ftp://ftp1.example.com/public\"",
        );
        assert!(matches!(
            crate::rdata::RData::parse(Rtype::URI, Reader::new(b"\x00\x0a\x00\x01")),
            Err(WireError::BadRdata { at: 4, .. })
        ));
        assert!(crate::rdata::RData::parse(Rtype::URI, Reader::new(b"\x00\x0a\x00")).is_err());
    }
}
