//! REPORT-CHANNEL: the agent domain of DNS error reporting (RFC 9567).

use core::fmt;

use super::{OptionData, whole_name};
use crate::Name;
use crate::iana::OptCode;
use crate::wire::{BuildError, WireError, Writer};

/// Report-Channel option data (RFC 9567 section 5): the agent domain to
/// which resolvers send error reports, an uncompressed name in wire form
/// that fills the whole option.
///
/// A name that is malformed, compressed, cut off by the end of the option
/// or followed by further octets is refused with [`WireError::BadOption`]
/// at the offending octet's offset in the message (the name error of
/// [`Name::parse`] is mapped, not passed on, so that the error names the
/// option). `Display` writes the name.
///
/// ```
/// use dns_wire::edns::{OptionData, ReportChannel};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let rc = ReportChannel::parse(b"\x05agent\x07example\x00", 0)?;
/// assert_eq!(rc.to_string(), "agent.example.");
/// assert!(ReportChannel::parse(b"\x05agent\x07example", 0).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReportChannel<'a> {
    /// The agent domain.
    pub agent_domain: Name<'a>,
}

impl<'a> OptionData<'a> for ReportChannel<'a> {
    const CODE: OptCode = OptCode::REPORT_CHANNEL;

    fn parse(data: &'a [u8], at: usize) -> Result<Self, WireError> {
        Ok(Self { agent_domain: whole_name(data, at, Self::CODE)? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.name_uncompressed(&self.agent_domain)
    }

    fn encoded_len(&self) -> usize {
        self.agent_domain.wire_len()
    }
}

impl fmt::Display for ReportChannel<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.agent_domain.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edns::tests::{refused, round_trip};

    #[test]
    fn wire() {
        // dnspython 2.9.2: ReportChannelOption(from_text("agent.example.")).to_wire()
        round_trip::<ReportChannel>(b"\x05agent\x07example\x00", "agent.example.");
        round_trip::<ReportChannel>(b"\x00", ".");
        // A NUL inside a label is data (dnspython reads it the same way).
        round_trip::<ReportChannel>(b"\x05agnt\x00\x00", "agnt\\000.");
    }

    #[test]
    fn refusals() {
        let r = refused::<ReportChannel>;
        r(b"", 0, "name runs past the end of the option");
        r(b"\x05agent", 6, "name runs past the end of the option");
        r(b"\x05agent\x07example", 14, "name runs past the end of the option");
        r(b"\x05age", 0, "name runs past the end of the option");
        r(b"\x00\x00", 1, "octets after the name");
        r(b"\x01a\x00\x01b\x00", 3, "octets after the name");
        r(b"\xc0\x00", 0, "compressed name");
        r(b"\x01a\xc0\x00", 2, "compressed name");
        r(b"\x40", 0, "reserved label type");
        r(b"\x80", 0, "reserved label type");
        let mut long = [0u8; 300];
        for chunk in long.chunks_mut(64).take(4) {
            chunk[0] = 63;
        }
        r(&long, 0, "name longer than 255 octets");
    }
}
