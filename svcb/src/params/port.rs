//! `port` (key 3, RFC 9460 section 7.2).

use dns_wire::text::{Field, TextError, TextErrorKind as K};
use dns_wire::wire::Writer;

use super::ValueError;
use crate::text::build_error;

/// Reads a wire value: exactly two octets.
pub(crate) fn parse(value: &[u8]) -> Result<u16, ValueError> {
    match value {
        [a, b] => Ok(u16::from_be_bytes([*a, *b])),
        _ => Err(ValueError::new(0, "port is not 2 octets")),
    }
}

/// Reads a decimal port (no escapes) and writes it.
pub(crate) fn parse_text(f: &Field<'_>, w: &mut Writer<'_>) -> Result<(), TextError> {
    let port = dns_wire::ext::parse_number(&Field { quoted: false, ..*f }, "a port number", u16::MAX.into())?;
    let port =
        u16::try_from(port).map_err(|_| f.error(K::OutOfRange { what: "a port number", max: u16::MAX.into() }))?;
    w.u16(port).map_err(|e| build_error(f, e))?;
    if f.raw.is_empty() {
        return Err(f.error(K::Expected("a port number")));
    }
    Ok(())
}
