//! [`EdnsOption`]: one option in its typed form.

use core::fmt;

use super::{
    Chain, ClientSubnet, Cookie, Dau, Dhu, Expire, ExtendedError, KeyTag, MtlFull, N3u, Nsid, OptionData, Padding,
    RawOption, ReportChannel, TcpKeepalive, ZoneVersion,
};
use crate::iana::OptCode;
use crate::wire::{BuildError, WireError, Writer};

/// Builds [`EdnsOption`] from `Variant(Type) = OPTCODE;` lines.
macro_rules! options_enum {
    ( $( $(#[$doc:meta])* $variant:ident ( $ty:ty ) = $code:ident ; )* ) => {
        /// One EDNS option in its typed form (RFC 6891 section 6.1.2), for
        /// every option this crate knows; any other is
        /// [`EdnsOption::Unknown`].
        ///
        /// `Display` writes the option as dig does on its `; NAME: ...`
        /// lines, without the leading `; `.
        ///
        /// ```
        /// use dns_wire::{edns::{EdnsOption, RawOption}, iana::OptCode};
        /// # fn main() -> Result<(), dns_wire::WireError> {
        /// let raw = RawOption { code: OptCode::ECS, data: b"\x00\x01\x18\x00\xc0\x00\x02", at: 0 };
        /// let opt = EdnsOption::parse(raw)?;
        /// assert_eq!(opt.code(), OptCode::ECS);
        /// assert_eq!(opt.encoded_len(), 7);
        /// assert_eq!(opt.to_string(), "ECS: 192.0.2.0/24/0");
        /// let other = RawOption { code: OptCode::new(65001), data: b"\x01", at: 0 };
        /// assert_eq!(EdnsOption::parse(other)?.to_string(), "OPT65001: 01");
        /// # Ok(()) }
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum EdnsOption<'a> {
            $(
                $(#[$doc])*
                $variant($ty),
            )*
            /// An option this crate does not interpret, as code and octets.
            Unknown(RawOption<'a>),
        }

        impl<'a> EdnsOption<'a> {
            /// Reads a raw option into its typed form; options with a code
            /// this crate does not know become [`EdnsOption::Unknown`].
            ///
            /// # Errors
            /// [`WireError::BadOption`] when the data does not fit the
            /// format of its code.
            pub fn parse(raw: RawOption<'a>) -> Result<Self, WireError> {
                match raw.code {
                    $( OptCode::$code => <$ty as OptionData>::parse(raw.data, raw.at).map(Self::$variant), )*
                    _ => Ok(Self::Unknown(raw)),
                }
            }

            /// The option code.
            pub fn code(&self) -> OptCode {
                match self {
                    $( Self::$variant(_) => OptCode::$code, )*
                    Self::Unknown(raw) => raw.code,
                }
            }

            /// Writes the option data (not the code and length; see
            /// [`write_option`](super::write_option)).
            ///
            /// # Errors
            /// [`BuildError::NoSpace`] when the writer is full, and
            /// [`BuildError::Invalid`] for a value its format does not
            /// allow.
            pub fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
                match self {
                    $( Self::$variant(d) => d.compose(w), )*
                    Self::Unknown(raw) => w.bytes(raw.data),
                }
            }

            /// The length of the option data.
            pub fn encoded_len(&self) -> usize {
                match self {
                    $( Self::$variant(d) => d.encoded_len(), )*
                    Self::Unknown(raw) => raw.data.len(),
                }
            }

            /// Whether this crate has a typed form for `code`.
            pub fn is_known(code: OptCode) -> bool {
                matches!(code, $( OptCode::$code )|*)
            }
        }

        impl fmt::Display for EdnsOption<'_> {
            /// `NAME: value`, the name being the option code's mnemonic.
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}: ", self.code())?;
                match self {
                    $( Self::$variant(d) => d.fmt(f), )*
                    Self::Unknown(raw) => raw.fmt(f),
                }
            }
        }

        $(
            impl<'a> From<$ty> for EdnsOption<'a> {
                fn from(d: $ty) -> Self {
                    Self::$variant(d)
                }
            }
        )*

        #[cfg(test)]
        #[test]
        #[allow(clippy::extra_unused_lifetimes, reason = "names the views' lifetime")]
        fn codes_match_the_views<'a>() {
            $( assert_eq!(<$ty as OptionData>::CODE, OptCode::$code); )*
        }
    };
}

options_enum! {
    /// Name server identifier (RFC 5001).
    Nsid(Nsid<'a>) = NSID;
    /// DNSSEC algorithms understood (RFC 6975).
    Dau(Dau<'a>) = DAU;
    /// DS hash algorithms understood (RFC 6975).
    Dhu(Dhu<'a>) = DHU;
    /// NSEC3 hash algorithms understood (RFC 6975).
    N3u(N3u<'a>) = N3U;
    /// Client subnet (RFC 7871).
    ClientSubnet(ClientSubnet) = ECS;
    /// Zone expire timer (RFC 7314).
    Expire(Expire) = EXPIRE;
    /// DNS cookie (RFC 7873).
    Cookie(Cookie<'a>) = COOKIE;
    /// TCP keepalive timeout (RFC 7828).
    TcpKeepalive(TcpKeepalive) = TCP_KEEPALIVE;
    /// Padding (RFC 7830).
    Padding(Padding<'a>) = PADDING;
    /// CHAIN query (RFC 7901).
    Chain(Chain<'a>) = CHAIN;
    /// Trust anchor key tags (RFC 8145).
    KeyTag(KeyTag<'a>) = KEY_TAG;
    /// Extended DNS Error (RFC 8914).
    ExtendedError(ExtendedError<'a>) = EDE;
    /// Error-reporting agent domain (RFC 9567).
    ReportChannel(ReportChannel<'a>) = REPORT_CHANNEL;
    /// Zone version (RFC 9660).
    ZoneVersion(ZoneVersion<'a>) = ZONEVERSION;
    /// Request for full MTL signatures (MTL-mode DNSSEC proof of concept, 65050).
    MtlFull(MtlFull) = MTL_FULL;
}

impl<'a> From<RawOption<'a>> for EdnsOption<'a> {
    /// Keeps the option as code and octets, whatever its code.
    fn from(raw: RawOption<'a>) -> Self {
        Self::Unknown(raw)
    }
}
