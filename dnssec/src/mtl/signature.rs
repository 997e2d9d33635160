//! MTL signatures as they travel: condensed (a path) or full (a path and a
//! signed ladder), in the library form of the vectors or the DNSSEC RRSIG
//! form that starts with a type octet.

use super::error::MtlError;
use super::ladder::SignedLadder;
use super::path::AuthPath;
use super::scheme::Scheme;
use super::wire::Cursor;

/// The DNSSEC signature field's first octet for a condensed signature.
pub const TYPE_CONDENSED: u8 = 0;
/// The DNSSEC signature field's first octet for a full signature.
pub const TYPE_FULL: u8 = 1;

/// A condensed or full MTL signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signature<'a> {
    /// A path only: needs a verified ladder.
    Condensed(AuthPath<'a>),
    /// A path and the signed ladder it leads to.
    Full(AuthPath<'a>, SignedLadder<'a>),
}

impl<'a> Signature<'a> {
    /// Reads the library form: a condensed signature, optionally followed by
    /// a signed ladder (then it is a full signature).
    ///
    /// ```
    /// use dnssec::mtl::{Scheme, Signature};
    /// let mut sig = vec![7u8; 16];
    /// sig.extend_from_slice(&[0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 6, 0, 0, 0, 6, 0, 0, 0, 6, 0, 0]);
    /// assert!(matches!(Signature::parse(Scheme::SlhDsaMtlSha2_128s, &sig)?, Signature::Condensed(_)));
    /// sig.push(0); // a signed ladder cannot be one octet
    /// assert!(Signature::parse(Scheme::SlhDsaMtlSha2_128s, &sig).is_err());
    /// # Ok::<(), dnssec::mtl::MtlError>(())
    /// ```
    pub fn parse(scheme: Scheme, bytes: &'a [u8]) -> Result<Self, MtlError> {
        let mut c = Cursor::new(bytes);
        let path = AuthPath::read(scheme, &mut c)?;
        if c.rest().is_empty() {
            return Ok(Self::Condensed(path));
        }
        let ladder = SignedLadder::read(scheme, &mut c)?;
        c.end("full signature")?;
        Ok(Self::Full(path, ladder))
    }

    /// Reads a DNSSEC RRSIG signature field: a type octet
    /// ([`TYPE_CONDENSED`] or [`TYPE_FULL`]) and the library form.
    ///
    /// ```
    /// use dnssec::mtl::{MtlError, Scheme, Signature};
    /// let mut sig = vec![0u8];
    /// sig.extend_from_slice(&[7u8; 16]);
    /// sig.extend_from_slice(&[0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 6, 0, 0, 0, 6, 0, 0, 0, 6, 0, 0]);
    /// assert!(matches!(Signature::parse_rrsig(Scheme::SlhDsaMtlSha2_128s, &sig)?, Signature::Condensed(_)));
    /// sig[0] = 1; // full, but no ladder follows
    /// assert!(matches!(Signature::parse_rrsig(Scheme::SlhDsaMtlSha2_128s, &sig), Err(MtlError::Truncated { .. })));
    /// # Ok::<(), dnssec::mtl::MtlError>(())
    /// ```
    pub fn parse_rrsig(scheme: Scheme, bytes: &'a [u8]) -> Result<Self, MtlError> {
        let (&kind, rest) = bytes.split_first().ok_or(MtlError::Truncated { field: "signature type", offset: 0 })?;
        let mut c = Cursor::new(rest);
        let path = AuthPath::read(scheme, &mut c)?;
        let sig = match kind {
            TYPE_CONDENSED => Self::Condensed(path),
            TYPE_FULL => Self::Full(path, SignedLadder::read(scheme, &mut c)?),
            other => return Err(MtlError::SignatureType(other)),
        };
        c.end("signature").map_err(|e| match e {
            MtlError::Trailing { what, offset, extra } => MtlError::Trailing { what, offset: offset + 1, extra },
            e => e,
        })?;
        Ok(sig)
    }

    /// The authentication path.
    ///
    /// ```
    /// # use dnssec::mtl::{Scheme, Signature};
    /// # let mut sig = vec![7u8; 16];
    /// # sig.extend_from_slice(&[0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 6, 0, 0, 0, 6, 0, 0, 0, 6, 0, 0]);
    /// assert_eq!(Signature::parse(Scheme::SlhDsaMtlSha2_128s, &sig)?.path().leaf, 6);
    /// # Ok::<(), dnssec::mtl::MtlError>(())
    /// ```
    pub fn path(&self) -> &AuthPath<'a> {
        match self {
            Self::Condensed(p) | Self::Full(p, _) => p,
        }
    }
}
