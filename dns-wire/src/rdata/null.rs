//! `NULL`: anything at all, up to 65535 octets (RFC 1035 section 3.3.10).

use core::fmt;

use super::{RecordData, Unknown};
use crate::iana::Rtype;
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `NULL` RDATA: opaque octets, shown in the generic form of RFC 3597.
///
/// ```
/// use dns_wire::{rdata::{Null, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let n = Null::parse(Rtype::NULL, &mut Reader::new(&[1, 2]))?;
/// assert_eq!(n.to_string(), "\\# 2 0102");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Null<'a> {
    /// The octets.
    pub data: &'a [u8],
}

impl<'a> RecordData<'a> for Null<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { data: r.rest() })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(self.data)
    }

    fn encoded_len(&self) -> usize {
        self.data.len()
    }
}

impl fmt::Display for Null<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Unknown { rdata: self.data }.fmt(f)
    }
}
