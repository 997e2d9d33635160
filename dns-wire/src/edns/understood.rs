//! DAU, DHU and N3U: the algorithms a validator understands (RFC 6975).

use core::fmt;

use super::{OptionData, spaced};
use crate::iana::{DigestAlg, Nsec3HashAlg, OptCode, SecAlg};
use crate::wire::{BuildError, WireError, Writer};

macro_rules! understood {
    ($(#[$doc:meta])* $ty:ident, $code:ident, $alg:ty) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct $ty<'a> {
            /// The algorithm numbers, one octet each, in the order sent.
            pub algorithms: &'a [u8],
        }

        impl<'a> $ty<'a> {
            /// The algorithms.
            pub fn iter(&self) -> impl Iterator<Item = $alg> + 'a {
                self.algorithms.iter().map(|&a| <$alg>::new(a))
            }
        }

        impl<'a> OptionData<'a> for $ty<'a> {
            const CODE: OptCode = OptCode::$code;

            fn parse(data: &'a [u8], _at: usize) -> Result<Self, WireError> {
                Ok(Self { algorithms: data })
            }

            fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
                w.bytes(self.algorithms)
            }

            fn encoded_len(&self) -> usize {
                self.algorithms.len()
            }
        }

        impl fmt::Display for $ty<'_> {
            /// The algorithms' mnemonics separated by spaces, or `(empty)`.
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                spaced(f, self.iter())
            }
        }
    };
}

understood!(
    /// DAU option data: the DNSSEC signing algorithms a validating client
    /// understands, one octet each (RFC 6975 section 3). Any length is
    /// read, none included.
    ///
    /// ```
    /// use dns_wire::{edns::{Dau, OptionData}, iana::SecAlg};
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// let dau = Dau::parse(&[8, 13, 15], 0)?;
    /// assert_eq!(dau.iter().nth(1), Some(SecAlg::ECDSAP256SHA256));
    /// assert_eq!(dau.to_string(), "RSASHA256 ECDSAP256SHA256 ED25519");
    /// # Ok(()) }
    /// ```
    Dau, DAU, SecAlg
);
understood!(
    /// DHU option data: the DS hash algorithms a validating client
    /// understands, one octet each (RFC 6975 section 3).
    ///
    /// ```
    /// use dns_wire::edns::{Dhu, OptionData};
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// assert_eq!(Dhu::parse(&[1, 2], 0)?.to_string(), "SHA-1 SHA-256");
    /// # Ok(()) }
    /// ```
    Dhu, DHU, DigestAlg
);
understood!(
    /// N3U option data: the NSEC3 hash algorithms a validating client
    /// understands, one octet each (RFC 6975 section 3).
    ///
    /// ```
    /// use dns_wire::edns::{N3u, OptionData};
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// assert_eq!(N3u::parse(&[1], 0)?.to_string(), "SHA-1");
    /// # Ok(()) }
    /// ```
    N3u, N3U, Nsec3HashAlg
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edns::tests::round_trip;

    #[test]
    fn wire() {
        round_trip::<Dau>(b"\x08\x0d\x0f", "RSASHA256 ECDSAP256SHA256 ED25519");
        round_trip::<Dau>(b"", "(empty)");
        round_trip::<Dau>(b"\xc8", "ALG200");
        round_trip::<Dhu>(b"\x01\x02", "SHA-1 SHA-256");
        round_trip::<Dhu>(b"\x00", "DIGEST0");
        round_trip::<N3u>(b"\x01\x02", "SHA-1 HASH2");
    }
}
