//! The OPT pseudo-record and the walk over its options (RFC 6891
//! section 6.1).

use core::fmt;

use super::{EdnsOption, OptionData};
use crate::iana::OptCode;
use crate::message::Record;
use crate::text::Hex;
use crate::wire::{Reader, WireError};

/// The OPT pseudo-record of a message (RFC 6891 section 6.1).
///
/// Its CLASS field is the requestor's UDP payload size and its TTL field
/// holds the extended RCODE, the EDNS version and the flags.
///
/// ```
/// use dns_wire::Message;
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\0\0\0\0\0\0\0\0\0\0\0\x01\0\0\x29\x04\xd0\x01\0\x80\0\0\x04\0\x0a\0\0";
/// let msg = Message::parse(wire)?;
/// let opt = msg.opt().expect("OPT present");
/// assert_eq!(opt.udp_payload_size(), 1232);
/// assert!(opt.dnssec_ok());
/// assert_eq!(opt.extended_rcode(), 1);
/// assert_eq!(opt.options().count(), 1);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Opt<'a> {
    record: Record<'a>,
}

/// The DO bit of the EDNS flags (RFC 3225).
pub const FLAG_DO: u16 = 0x8000;
/// The CO bit, "Compact Answers OK" (RFC 9824 section 5.1).
pub const FLAG_CO: u16 = 0x4000;
/// The DE bit, "Delegation Extensions", requested by
/// draft-ietf-dnsop-delext (not yet assigned by IANA).
pub const FLAG_DE: u16 = 0x2000;

impl<'a> Opt<'a> {
    /// Wraps a record known to be of type OPT.
    pub(crate) const fn from_record(record: Record<'a>) -> Self {
        Self { record }
    }

    /// The requestor's UDP payload size, as sent (RFC 6891 section 6.2.3
    /// says to treat values below 512 as 512).
    pub const fn udp_payload_size(&self) -> u16 {
        self.record.class().to_int()
    }

    /// The upper 8 bits of the 12-bit RCODE.
    pub const fn extended_rcode(&self) -> u8 {
        self.record.ttl().to_be_bytes()[0]
    }

    /// The EDNS version.
    pub const fn version(&self) -> u8 {
        self.record.ttl().to_be_bytes()[1]
    }

    /// The 16 flag bits (DO is the most significant).
    pub const fn flags(&self) -> u16 {
        let [_, _, hi, lo] = self.record.ttl().to_be_bytes();
        u16::from_be_bytes([hi, lo])
    }

    /// The DO bit (RFC 3225).
    pub const fn dnssec_ok(&self) -> bool {
        self.flags() & FLAG_DO != 0
    }

    /// The underlying record.
    pub const fn record(&self) -> Record<'a> {
        self.record
    }

    /// The options, in order. Each is checked as it is reached; a malformed
    /// option or a cut-off option list yields an error and ends the walk.
    pub fn options(&self) -> Options<'a> {
        Options { r: self.record.rdata_reader(), done: false }
    }

    /// The options in their typed form (RFC 6891 section 6.1.2), in
    /// order; see [`TypedOptions`].
    ///
    /// ```
    /// use dns_wire::{Message, edns::EdnsOption};
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// // An OPT record holding EDE 15 with EXTRA-TEXT "ad" and an odd KEY-TAG.
    /// let wire = b"\0\0\x81\x80\0\0\0\0\0\0\0\x01\0\0\x29\x04\xd0\0\0\0\0\0\x0d\
    ///              \0\x0f\0\x04\0\x0fad\0\x0e\0\x01\x4f";
    /// let opt = Message::parse(wire)?.opt().expect("OPT present");
    /// let mut options = opt.typed_options();
    /// let Some(Ok(EdnsOption::ExtendedError(ede))) = options.next() else { panic!() };
    /// assert_eq!((ede.code().to_int(), ede.text()), (15, "ad"));
    /// assert!(options.next().expect("KEY-TAG").is_err());
    /// assert!(options.next().is_none());
    /// # Ok(()) }
    /// ```
    pub fn typed_options(&self) -> TypedOptions<'a> {
        TypedOptions { raw: self.options() }
    }
}

/// One EDNS option as code and octets (RFC 6891 section 6.1.2).
///
/// ```
/// use dns_wire::{edns::{Cookie, RawOption}, iana::OptCode};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let raw = RawOption { code: OptCode::COOKIE, data: &[1, 2, 3, 4, 5, 6, 7, 8], at: 0 };
/// let cookie = raw.parse_as::<Cookie>()?.expect("a COOKIE option");
/// assert_eq!(cookie.client, [1, 2, 3, 4, 5, 6, 7, 8]);
/// assert_eq!(raw.to_string(), "0102030405060708");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawOption<'a> {
    /// The option code.
    pub code: OptCode,
    /// The option data.
    pub data: &'a [u8],
    /// The offset of the data in the message.
    pub at: usize,
}

impl<'a> RawOption<'a> {
    /// Reads the data as `T`, the extension point for options that other
    /// crates define. Returns `Ok(None)` if the code is not `T`'s.
    ///
    /// # Errors
    /// [`WireError::BadOption`] when the data does not fit `T`'s format.
    pub fn parse_as<T: OptionData<'a>>(&self) -> Result<Option<T>, WireError> {
        if self.code != T::CODE {
            return Ok(None);
        }
        T::parse(self.data, self.at).map(Some)
    }

    /// Reads the option into its typed form.
    ///
    /// # Errors
    /// As [`EdnsOption::parse`].
    pub fn typed(self) -> Result<EdnsOption<'a>, WireError> {
        EdnsOption::parse(self)
    }
}

impl fmt::Display for RawOption<'_> {
    /// The data in hexadecimal, or `(empty)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.data.is_empty() { f.write_str("(empty)") } else { Hex(self.data).fmt(f) }
    }
}

/// The options of an OPT record.
#[derive(Debug, Clone)]
pub struct Options<'a> {
    r: Reader<'a>,
    done: bool,
}

impl<'a> Iterator for Options<'a> {
    type Item = Result<RawOption<'a>, WireError>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        if self.is_done() {
            return None;
        }
        self.read()
    }
}

impl<'a> Options<'a> {
    /// Whether no option is left (almost every OPT record has none).
    #[inline]
    fn is_done(&self) -> bool {
        self.done || self.r.is_empty()
    }

    /// The next option, when some octets are left.
    #[inline(never)]
    fn read(&mut self) -> Option<Result<RawOption<'a>, WireError>> {
        let item = (|| {
            let code = OptCode::new(self.r.u16()?);
            let len = self.r.u16()?;
            let at = self.r.pos();
            let data = self.r.bytes(usize::from(len))?;
            Ok(RawOption { code, data, at })
        })();
        if item.is_err() {
            self.done = true;
        }
        Some(item)
    }
}

/// The options of an OPT record in their typed form (RFC 6891 section
/// 6.1.2), made by [`Opt::typed_options`].
///
/// An option whose data does not fit its code's format yields
/// [`WireError::BadOption`] and the walk goes on with the next option, whose
/// place the lengths still give; an option list that is cut off yields
/// [`WireError::Truncated`] and ends the walk.
///
/// ```
/// use dns_wire::{Message, edns::EdnsOption};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// // An OPT record holding a COOKIE with client cookie only.
/// let wire = b"\0\0\0\0\0\0\0\0\0\0\0\x01\0\0\x29\x04\xd0\0\0\0\0\0\x0c\
///              \0\x0a\0\x08\x01\x02\x03\x04\x05\x06\x07\x08";
/// let opt = Message::parse(wire)?.opt().expect("OPT present");
/// for option in opt.typed_options() {
///     if let EdnsOption::Cookie(c) = option? {
///         assert_eq!(c.client, [1, 2, 3, 4, 5, 6, 7, 8]);
///         assert!(c.server.is_empty());
///     }
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct TypedOptions<'a> {
    raw: Options<'a>,
}

impl<'a> Iterator for TypedOptions<'a> {
    type Item = Result<EdnsOption<'a>, WireError>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        if self.raw.is_done() {
            return None;
        }
        self.read()
    }
}

impl<'a> TypedOptions<'a> {
    /// The next option in its typed form, when some octets are left.
    #[inline(never)]
    fn read(&mut self) -> Option<Result<EdnsOption<'a>, WireError>> {
        self.raw.read().map(|raw| raw.and_then(EdnsOption::parse))
    }
}
