//! EDE: Extended DNS Errors (RFC 8914).

use core::fmt;

use super::{OptionData, Quoted, bad};
use crate::iana::{EdeCode, OptCode};
use crate::wire::{BuildError, WireError, Writer};

/// Extended DNS Error option data (RFC 8914 section 2): a 16-bit
/// INFO-CODE and an EXTRA-TEXT for people, which must be UTF-8 (invalid
/// UTF-8 is refused) and may be empty. A message may hold several.
///
/// Section 2 says the text "may be null terminated but MUST NOT be assumed
/// to be; the length MUST be derived from the OPTION-LENGTH field". So one
/// trailing NUL, if present, is left out of [`ExtendedError::text`] (as
/// dnspython 2.9.2 does) but remembered, so that the option is written
/// back as it was received.
///
/// `Display` writes the code, its registry name in parentheses if it has
/// one, and the text in quotes if there is any: `15 (Blocked): "extra"`.
///
/// ```
/// use dns_wire::{edns::{ExtendedError, OptionData}, iana::EdeCode};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let ede = ExtendedError::parse(b"\x00\x0fextra text", 0)?;
/// assert_eq!(ede.code(), EdeCode::BLOCKED);
/// assert_eq!(ede.text(), "extra text");
/// assert_eq!(ede.to_string(), "15 (Blocked): \"extra text\"");
/// assert_eq!(ExtendedError::parse(b"\x00\x03ok\x00", 0)?.text(), "ok");
/// assert!(ExtendedError::parse(b"\x00\x03\xff", 0).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ExtendedError<'a> {
    code: EdeCode,
    text: &'a str,
    nul: bool,
}

impl<'a> ExtendedError<'a> {
    /// An option with INFO-CODE `code` and EXTRA-TEXT `text`, written
    /// without a NUL.
    pub const fn new(code: EdeCode, text: &'a str) -> Self {
        Self { code, text, nul: false }
    }

    /// The INFO-CODE.
    pub const fn code(&self) -> EdeCode {
        self.code
    }

    /// The EXTRA-TEXT, without a trailing NUL; empty when there is none.
    pub const fn text(&self) -> &'a str {
        self.text
    }

    /// Whether the EXTRA-TEXT as received ended in a NUL, which
    /// [`ExtendedError::text`] leaves out.
    pub const fn nul_terminated(&self) -> bool {
        self.nul
    }
}

impl<'a> OptionData<'a> for ExtendedError<'a> {
    const CODE: OptCode = OptCode::EDE;

    fn parse(data: &'a [u8], at: usize) -> Result<Self, WireError> {
        let Some((&code, extra)) = data.split_first_chunk::<2>() else {
            return Err(bad(at, Self::CODE, "shorter than INFO-CODE"));
        };
        let (extra, nul) = match extra.split_last() {
            Some((0, rest)) => (rest, true),
            _ => (extra, false),
        };
        let text = core::str::from_utf8(extra)
            .map_err(|e| bad(at.saturating_add(2 + e.valid_up_to()), Self::CODE, "EXTRA-TEXT is not UTF-8"))?;
        Ok(Self { code: EdeCode::new(u16::from_be_bytes(code)), text, nul })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.code.to_int())?;
        w.bytes(self.text.as_bytes())?;
        if self.nul {
            w.u8(0)?;
        }
        Ok(())
    }

    fn encoded_len(&self) -> usize {
        2 + self.text.len() + usize::from(self.nul)
    }
}

impl fmt::Display for ExtendedError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.code.to_int())?;
        if let Some(name) = self.code.mnemonic() {
            write!(f, " ({name})")?;
        }
        if !self.text.is_empty() {
            write!(f, ": {}", Quoted(self.text))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edns::tests::{refused, round_trip};

    /// Wire forms from dnspython 2.9.2, `dns.edns.EDEOption(...).to_wire()`.
    #[test]
    fn dnspython_vectors() {
        // EDEOption(EDECode.BLOCKED, "extra text")
        round_trip::<ExtendedError>(b"\x00\x0fextra text", "15 (Blocked): \"extra text\"");
        // EDEOption(EDECode.STALE_ANSWER)
        round_trip::<ExtendedError>(b"\x00\x03", "3 (Stale Answer)");
        // EDEOption(65535, "unicode \u00e9\u4e2d")
        round_trip::<ExtendedError>(b"\xff\xffunicode \xc3\xa9\xe4\xb8\xad", "65535: \"unicode \u{e9}\u{4e2d}\"");
    }

    #[test]
    fn trailing_nul() {
        // dnspython reads b"\x00\x0fextra\x00" as "extra" and writes it
        // back without the NUL; this crate keeps the NUL on the wire.
        let ede = round_trip::<ExtendedError>(b"\x00\x0fextra\x00", "15 (Blocked): \"extra\"");
        assert_eq!(ede.text(), "extra");
        assert!(ede.nul_terminated());
        let only_nul = round_trip::<ExtendedError>(b"\x00\x00\x00", "0 (Other Error)");
        assert_eq!((only_nul.text(), only_nul.nul_terminated()), ("", true));
        // Only one NUL is taken off.
        let two = round_trip::<ExtendedError>(b"\x00\x00a\x00\x00", "0 (Other Error): \"a\\000\"");
        assert_eq!(two.text(), "a\0");
        assert!(!ExtendedError::new(EdeCode::BLOCKED, "x").nul_terminated());
    }

    #[test]
    fn display_escapes() {
        let ede = ExtendedError::new(EdeCode::new(49152), "say \"no\"\\\n");
        assert_eq!(alloc::string::ToString::to_string(&ede), "49152: \"say \\\"no\\\"\\\\\\010\"");
    }

    #[test]
    fn refusals() {
        refused::<ExtendedError>(b"", 0, "shorter than INFO-CODE");
        refused::<ExtendedError>(b"\x00", 0, "shorter than INFO-CODE");
        refused::<ExtendedError>(b"\x00\x0f\xff", 2, "EXTRA-TEXT is not UTF-8");
        refused::<ExtendedError>(b"\x00\x0fab\xc3", 4, "EXTRA-TEXT is not UTF-8");
        // A NUL is taken off only at the very end.
        refused::<ExtendedError>(b"\x00\x0f\xc3\x00", 2, "EXTRA-TEXT is not UTF-8");
    }
}
