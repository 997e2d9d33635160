//! MTL-MODE-FULL: the request for full MTL signatures of the MTL-mode
//! DNSSEC proof of concept (Verisign mtl-mode-unbound and mtl-mode-nsd,
//! "Updates to support the EDNS option from the RFC", November 2024;
//! draft-fregly-dnsop-slh-dsa-mtl-dnssec's EDNS(0) signature retrieval).
//!
//! A validator holding no verified ladder for a condensed MTL signature
//! asks the same question again with this option; the server then answers
//! with full signatures (over UDP at 1,232 octets that means truncation and
//! TCP). The code, 65050, is in the local/experimental range (RFC 6891
//! section 9: 65001-65534), and the option carries no data.

use core::fmt;

use super::{OptionData, bad};
use crate::iana::OptCode;
use crate::wire::{BuildError, WireError, Writer};

impl OptCode {
    /// MTL-MODE-FULL (65050, local/experimental range): the MTL-mode DNSSEC
    /// proof of concept's request for full signatures.
    pub const MTL_FULL: OptCode = OptCode::new(65050);
}

/// The MTL-MODE-FULL option: no data, its presence is the request. Any data
/// is refused.
///
/// `Display` writes `MTL-MODE-FULL`.
///
/// ```
/// use dns_wire::edns::{EdnsOption, MtlFull, OptionData, RawOption, write_option};
/// use dns_wire::{iana::OptCode, wire::Writer};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// // A validator missing a ladder adds the option to its retry.
/// let mut buf = [0u8; 8];
/// let mut w = Writer::new(&mut buf);
/// write_option(&mut w, &EdnsOption::MtlFull(MtlFull))?;
/// assert_eq!(w.finish(), [0xfe, 0x1a, 0, 0]); // code 65050, length 0
/// // The server recognises it.
/// let raw = RawOption { code: OptCode::MTL_FULL, data: &[], at: 0 };
/// assert_eq!(EdnsOption::parse(raw)?, EdnsOption::MtlFull(MtlFull));
/// assert!(MtlFull::parse(&[1], 0).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MtlFull;

impl OptionData<'_> for MtlFull {
    const CODE: OptCode = OptCode::MTL_FULL;

    fn parse(data: &[u8], at: usize) -> Result<Self, WireError> {
        if data.is_empty() { Ok(Self) } else { Err(bad(at, Self::CODE, "the MTL-MODE-FULL option has no data")) }
    }

    fn compose(&self, _: &mut Writer<'_>) -> Result<(), BuildError> {
        Ok(())
    }

    fn encoded_len(&self) -> usize {
        0
    }
}

impl fmt::Display for MtlFull {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MTL-MODE-FULL")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edns::tests::{refused, round_trip};

    #[test]
    fn wire() {
        round_trip::<MtlFull>(b"", "MTL-MODE-FULL");
        for len in [1, 2, 16] {
            refused::<MtlFull>(&[0; 16][..len], 0, "the MTL-MODE-FULL option has no data");
        }
        assert_eq!(OptCode::MTL_FULL.to_int(), 65050);
    }
}
