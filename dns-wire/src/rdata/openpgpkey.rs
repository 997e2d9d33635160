//! `OPENPGPKEY`: an OpenPGP transferable public key (RFC 7929 section 2).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::{Base64, RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `OPENPGPKEY` RDATA: an OpenPGP Transferable Public Key (RFC 7929
/// section 2.1), written in base64 without breaks (section 2.3), as
/// dnspython does.
///
/// ```
/// use dns_wire::{iana::Rtype, rdata::{Openpgpkey, RecordData}, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let key = Openpgpkey::parse(Rtype::OPENPGPKEY, &mut Reader::new(b"\x99\x01\x0d"))?;
/// assert_eq!(key.to_string(), "mQEN");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Openpgpkey<'a> {
    /// The key packets (RFC 7929 section 2.1).
    pub key: &'a [u8],
}

impl<'a> RecordData<'a> for Openpgpkey<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { key: r.rest() })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(self.key)
    }

    fn encoded_len(&self) -> usize {
        self.key.len()
    }

    /// The key in base64, which may be split by white space (RFC 7929
    /// section 2.3). An empty key is taken, so that what `Display` writes
    /// reads back (dnspython writes it but refuses to read it).
    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        p.base64_tail(w)
    }
}

impl fmt::Display for Openpgpkey<'_> {
    /// The key in base64 in one piece (RFC 7929 section 2.3).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Base64(self.key).fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::dnskey::tests::{reads, refuses, round_trip_text};

    #[test]
    fn wire() {
        // dnspython 2.9.2: from_text(...).to_wire() and to_text().
        round_trip_text::<Openpgpkey>(
            Rtype::OPENPGPKEY,
            b"\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x20",
            "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=",
        );
        round_trip_text::<Openpgpkey>(Rtype::OPENPGPKEY, b"", "");
    }

    #[test]
    fn text() {
        use crate::text::TextErrorKind as K;
        reads(Rtype::OPENPGPKEY, "mQ EN", b"\x99\x01\x0d");
        reads(Rtype::OPENPGPKEY, "( mQEN )", b"\x99\x01\x0d");
        reads(Rtype::OPENPGPKEY, "", b"");
        refuses(Rtype::OPENPGPKEY, "mQE", 1, K::BadBase64);
        refuses(Rtype::OPENPGPKEY, "mQ EN=", 4, K::BadBase64);
        refuses(Rtype::OPENPGPKEY, "mQ=N", 1, K::BadBase64);
        refuses(Rtype::OPENPGPKEY, "-", 1, K::BadBase64);
    }
}
