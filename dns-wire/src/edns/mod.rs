//! EDNS(0) (RFC 6891): the OPT pseudo-record and its options.

use crate::iana::OptCode;
use crate::message::Record;
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
        (self.record.ttl() >> 24) as u8
    }

    /// The EDNS version.
    pub const fn version(&self) -> u8 {
        (self.record.ttl() >> 16) as u8
    }

    /// The 16 flag bits (DO is the most significant).
    pub const fn flags(&self) -> u16 {
        self.record.ttl() as u16
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
}

/// One EDNS option as code and octets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawOption<'a> {
    /// The option code.
    pub code: OptCode,
    /// The option data.
    pub data: &'a [u8],
    /// The offset of the data in the message.
    pub at: usize,
}

/// The options of an OPT record.
#[derive(Debug, Clone)]
pub struct Options<'a> {
    r: Reader<'a>,
    done: bool,
}

impl<'a> Iterator for Options<'a> {
    type Item = Result<RawOption<'a>, WireError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done || self.r.is_empty() {
            return None;
        }
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
