//! `NAPTR`: a naming authority pointer (RFC 3403 section 4.1).

use core::fmt;

use super::RecordData;
use crate::Name;
use crate::iana::Rtype;
use crate::text::{CharStr, RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `NAPTR` RDATA: one rule of a Dynamic Delegation Discovery System
/// application (RFC 3403 section 4.1). Compressed replacement names are
/// read (RFC 3597 section 4) but never written.
///
/// ```
/// use dns_wire::{rdata::{Naptr, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x00\x64\x00\x32\x01s\x04SIPS\x00\x04_sip\x00";
/// let n = Naptr::parse(Rtype::NAPTR, &mut Reader::new(wire))?;
/// assert_eq!(n.to_string(), "100 50 \"s\" \"SIPS\" \"\" _sip.");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Naptr<'a> {
    /// Rules with lower values are processed first.
    pub order: u16,
    /// The preference among rules of the same order.
    pub preference: u16,
    /// Flags that control the rewriting (a character-string).
    pub flags: &'a [u8],
    /// The services available down this path (a character-string).
    pub services: &'a [u8],
    /// The substitution expression (a character-string).
    pub regexp: &'a [u8],
    /// The next name to look up, when `regexp` is empty.
    pub replacement: Name<'a>,
}

impl<'a> RecordData<'a> for Naptr<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let [o0, o1, p0, p1] = super::fixed::<4>(r, &[2, 2])?;
        Ok(Self {
            order: u16::from_be_bytes([o0, o1]),
            preference: u16::from_be_bytes([p0, p1]),
            flags: r.char_string()?,
            services: r.char_string()?,
            regexp: r.char_string()?,
            replacement: r.name()?,
        })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.order)?;
        w.u16(self.preference)?;
        w.char_string(self.flags)?;
        w.char_string(self.services)?;
        w.char_string(self.regexp)?;
        w.name_uncompressed(&self.replacement)
    }

    fn encoded_len(&self) -> usize {
        7 + self.flags.len() + self.services.len() + self.regexp.len() + self.replacement.wire_len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        for what in ["an order", "a preference"] {
            let v = p.u16(what)?;
            w.u16(v).map_err(|e| p.build_error(e))?;
        }
        for what in ["the flags", "the services", "a regular expression"] {
            p.char_string_named(what, w)?;
        }
        p.name(w)
    }
}

impl fmt::Display for Naptr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {} {} {} {}",
            self.order,
            self.preference,
            CharStr(self.flags),
            CharStr(self.services),
            CharStr(self.regexp),
            self.replacement
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython: NAPTR 100 50 "s" "z3950+I2L+I2C" "" _z3950._tcp.gatech.edu.
        round_trip::<Naptr>(
            Rtype::NAPTR,
            b"\x00\x64\x00\x32\x01s\x0dz3950+I2L+I2C\x00\x06_z3950\x04_tcp\x06gatech\x03edu\x00",
            "100 50 \"s\" \"z3950+I2L+I2C\" \"\" _z3950._tcp.gatech.edu.",
        );
        round_trip::<Naptr>(
            Rtype::NAPTR,
            b"\x00\x01\x00\x02\x01u\x07E2U+sip\x0b!^(.*)$!\\1!\x00",
            "1 2 \"u\" \"E2U+sip\" \"!^(.*)$!\\\\1!\" .",
        );
        assert!(crate::rdata::RData::parse(Rtype::NAPTR, Reader::new(b"\x00\x01\x00\x02\x00\x00\x00")).is_err());
        assert!(
            crate::rdata::RData::parse(Rtype::NAPTR, Reader::new(b"\x00\x01\x00\x02\x00\x00\x00\x00\x00")).is_err()
        );
    }

    #[test]
    fn text() {
        // dnspython 2.9.2: unquoted strings are fine, a quoted name is not.
        assert_eq!(
            from_text(Rtype::NAPTR, "100 50 s z3950+I2L+I2C \"\" _z3950._tcp.gatech.edu.", None).unwrap(),
            b"\x00\x64\x00\x32\x01s\x0dz3950+I2L+I2C\x00\x06_z3950\x04_tcp\x06gatech\x03edu\x00"
        );
        refuses(Rtype::NAPTR, "100 50 \"s\" \"z\" \"\" \"quoted.\"", 19, K::Expected("a domain name"));
        refuses(Rtype::NAPTR, "100 \"s\" \"z\" \"\" x.", 5, K::Expected("a preference"));
        refuses(Rtype::NAPTR, "1 2 \"s\" \"z\"", 9, K::MissingField("a regular expression"));
    }
}
