//! The DSYNC record (RFC 9859 section 2): [`Dsync`].

use core::fmt;

use dns_wire::Name;
use dns_wire::iana::Rtype;
use dns_wire::rdata::RecordData;
use dns_wire::text::{RdataParser, TextError, TextErrorKind};
use dns_wire::wire::{BuildError, Reader, WireError, Writer};

use super::Scheme;
use crate::types::DSYNC;

/// DSYNC RDATA (RFC 9859 section 2.1): where a child's DNS operator sends
/// notifications of the given type. The target is an uncompressed name.
///
/// ```
/// use deleg::dsync::{Dsync, Scheme};
/// use dns_wire::{iana::Rtype, rdata::RecordData, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x00\x3b\x01\x14\xef\x0bcds-scanner\x07example\x03net\x00";
/// let d = Dsync::parse(Rtype::DSYNC, &mut Reader::new(wire))?;
/// assert_eq!((d.rrtype, d.scheme, d.port), (Rtype::CDS, Scheme::NOTIFY, 5359));
/// assert_eq!(d.to_string(), "CDS NOTIFY 5359 cds-scanner.example.net.");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Dsync<'a> {
    /// The type of notification the endpoint takes: CDS (which covers CDS
    /// and CDNSKEY) or CSYNC.
    pub rrtype: Rtype,
    /// How to reach the endpoint.
    pub scheme: Scheme,
    /// The port; 0 makes consumers ignore the record.
    pub port: u16,
    /// The host that takes the notifications; it must resolve to address
    /// records.
    pub target: Name<'a>,
}

impl Dsync<'_> {
    /// Whether consumers ignore this record: null scheme or port 0
    /// (section 2.1).
    pub fn is_ignored(&self) -> bool {
        self.scheme == Scheme::NULL || self.port == 0
    }
}

impl<'a> RecordData<'a> for Dsync<'a> {
    fn accepts(rtype: Rtype) -> bool {
        rtype == DSYNC
    }

    fn parse(_rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { rrtype: Rtype::new(r.u16()?), scheme: Scheme::new(r.u8()?), port: r.u16()?, target: r.name()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.rrtype.to_int())?;
        w.u8(self.scheme.to_int())?;
        w.u16(self.port)?;
        w.name_uncompressed(&self.target)
    }

    fn encoded_len(&self) -> usize {
        5 + self.target.wire_len()
    }

    /// `<RRtype> <scheme> <port> <target>` (section 2.2): the RRtype as a
    /// mnemonic or `TYPEnnn`, the scheme as a mnemonic or a decimal number.
    fn parse_text(_rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let f = p.next("an RR type")?;
        let rrtype = f
            .as_str()
            .filter(|_| !f.quoted)
            .and_then(Rtype::from_mnemonic)
            .ok_or_else(|| f.error(TextErrorKind::Expected("an RR type")))?;
        let f = p.next("a DSYNC scheme")?;
        let scheme = match f.as_str().filter(|_| !f.quoted).and_then(Scheme::from_mnemonic) {
            Some(s) => s,
            None => {
                let n = dns_wire::ext::parse_number(&f, "a DSYNC scheme", 255)?;
                let out_of_range = || f.error(TextErrorKind::OutOfRange { what: "a DSYNC scheme", max: 255 });
                Scheme::new(u8::try_from(n).map_err(|_| out_of_range())?)
            }
        };
        let port = p.u16("a port")?;
        w.u16(rrtype.to_int()).map_err(|e| p.build_error(e))?;
        w.u8(scheme.to_int()).map_err(|e| p.build_error(e))?;
        w.u16(port).map_err(|e| p.build_error(e))?;
        p.name(w)
    }
}

impl fmt::Display for Dsync<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} {}", self.rrtype, self.scheme, self.port, self.target)
    }
}
