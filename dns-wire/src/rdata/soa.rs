//! `SOA`: the start of a zone of authority (RFC 1035 section 3.3.13).

use core::fmt;

use super::RecordData;
use crate::Name;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `SOA` RDATA.
///
/// ```
/// use dns_wire::{rdata::{Soa, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x02ns\x00\x04host\x00\0\0\0\x01\0\0\x0e\x10\0\0\x03\x84\0\x09\x3a\x80\0\0\x01\x2c";
/// let soa = Soa::parse(Rtype::SOA, &mut Reader::new(wire))?;
/// assert_eq!(soa.to_string(), "ns. host. 1 3600 900 604800 300");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Soa<'a> {
    /// The primary name server.
    pub mname: Name<'a>,
    /// The mailbox of the person responsible, `@` written as the first dot.
    pub rname: Name<'a>,
    /// The zone's serial number (RFC 1982 arithmetic).
    pub serial: u32,
    /// Seconds between refreshes by secondaries.
    pub refresh: u32,
    /// Seconds before a failed refresh is retried.
    pub retry: u32,
    /// Seconds after which a secondary stops answering without a refresh.
    pub expire: u32,
    /// The TTL of negative answers (RFC 2308 section 4).
    pub minimum: u32,
}

impl<'a> RecordData<'a> for Soa<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let mname = r.name()?;
        let rname = r.name()?;
        let [s0, s1, s2, s3, f0, f1, f2, f3, r0, r1, r2, r3, e0, e1, e2, e3, m0, m1, m2, m3] =
            super::fixed::<20>(r, &[4; 5])?;
        Ok(Self {
            mname,
            rname,
            serial: u32::from_be_bytes([s0, s1, s2, s3]),
            refresh: u32::from_be_bytes([f0, f1, f2, f3]),
            retry: u32::from_be_bytes([r0, r1, r2, r3]),
            expire: u32::from_be_bytes([e0, e1, e2, e3]),
            minimum: u32::from_be_bytes([m0, m1, m2, m3]),
        })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.name(&self.mname)?;
        w.name(&self.rname)?;
        for v in [self.serial, self.refresh, self.retry, self.expire, self.minimum] {
            w.u32(v)?;
        }
        Ok(())
    }

    fn encoded_len(&self) -> usize {
        self.mname.wire_len() + self.rname.wire_len() + 20
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        p.name(w)?;
        p.name(w)?;
        let serial = p.u32("a serial number")?;
        w.u32(serial).map_err(|e| p.build_error(e))?;
        for what in ["a refresh time", "a retry time", "an expire time", "a minimum TTL"] {
            let f = p.next(what)?;
            let v = crate::ext::parse_ttl(&f)?;
            w.u32(v).map_err(|e| p.build_error(e))?;
        }
        Ok(())
    }
}

impl fmt::Display for Soa<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {} {} {} {} {}",
            self.mname, self.rname, self.serial, self.refresh, self.retry, self.expire, self.minimum
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::round_trip;

    #[test]
    fn wire() {
        round_trip::<Soa>(
            Rtype::SOA,
            b"\x00\x00\xff\xff\xff\xff\0\0\0\x01\0\0\0\x02\0\0\0\x03\0\0\0\x04",
            ". . 4294967295 1 2 3 4",
        );
        assert!(crate::rdata::RData::parse(Rtype::SOA, Reader::new(b"\x00\x00\0\0\0\x01")).is_err());
    }
}
