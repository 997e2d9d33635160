//! The presentation format of DelegInfos (draft-ietf-deleg section 3.1):
//! RFC 9460 section 2.1 with DELEG's own keys.

mod present;

pub(crate) use present::{NameItem, ValueText};

use dns_wire::iana::Rtype;
use dns_wire::text::{RdataParser, TextError, TextErrorKind};
use dns_wire::wire::Writer;

/// Reads DelegInfos in presentation form and writes their wire form.
pub(crate) fn parse_deleg_infos(
    _rtype: Rtype,
    p: &mut RdataParser<'_, '_, '_>,
    _w: &mut Writer<'_>,
) -> Result<(), TextError> {
    Err(p.error(TextErrorKind::NoTextFormat))
}
