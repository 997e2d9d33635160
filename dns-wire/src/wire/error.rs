//! Errors of the wire layer: every variant says what was wrong and where.

use crate::iana::{OptCode, Rtype};
use crate::message::Section;

/// Why DNS wire data was refused.
///
/// Every variant carries the byte offset (from the start of the message, or
/// of the buffer that was parsed) at which the fault was found; see
/// [`WireError::offset`]. The type is `Copy` and never allocates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WireError {
    /// A message longer than 65535 octets: the largest a DNS message can
    /// be, its length being a 16-bit field over TCP (RFC 1035 section
    /// 4.2.2) and the largest EDNS UDP payload size 65535 (RFC 6891
    /// section 6.2.5). Its offset is 65535, the first octet too many.
    #[error("message is {len} octets long, more than 65535")]
    MessageTooLong {
        /// The length of the input.
        len: usize,
    },
    /// The data ended before a field was complete.
    #[error("truncated at offset {at}: {needed} more octets needed")]
    Truncated {
        /// Where the incomplete field starts.
        at: usize,
        /// How many octets were missing.
        needed: usize,
    },
    /// A label was longer than 63 octets (RFC 1035 section 2.3.4).
    #[error("label at offset {at} is {len} octets long, more than 63")]
    LabelTooLong {
        /// Offset of the label's length octet.
        at: usize,
        /// The length it claims.
        len: u8,
    },
    /// A name was longer than 255 octets in wire form, after following
    /// compression pointers (RFC 1035 section 2.3.4; RFC 9267 section 2).
    #[error("name at offset {at} is longer than 255 octets")]
    NameTooLong {
        /// Offset where the name starts.
        at: usize,
    },
    /// A label type of 0b01 or 0b10, which are reserved (RFC 6891 section 5;
    /// RFC 9267 section 2).
    #[error("reserved label type 0x{bits:02x} at offset {at}")]
    ReservedLabelType {
        /// Offset of the length octet.
        at: usize,
        /// The length octet.
        bits: u8,
    },
    /// A compression pointer that does not point strictly backwards, before
    /// the start of the name and of every earlier jump (RFC 9267 section 2).
    #[error("compression pointer at offset {at} targets {target}, not an earlier name")]
    PointerNotBackward {
        /// Offset of the pointer.
        at: usize,
        /// The offset it points to.
        target: u16,
    },
    /// A name that follows more than
    /// [`MAX_POINTER_HOPS`](crate::name::MAX_POINTER_HOPS) compression
    /// pointers (RFC 9267 section 2 asks decoders to bound the work a name
    /// can cause).
    #[error("name at offset {at} follows more than 16 compression pointers")]
    TooManyPointers {
        /// Offset where the name starts.
        at: usize,
    },
    /// A compression pointer where none is allowed: outside a message, or
    /// in data that must not be compressed.
    #[error("compression pointer at offset {at} where names must not be compressed")]
    PointerNotAllowed {
        /// Offset of the pointer.
        at: usize,
    },
    /// A record's RDATA was shorter than its type needs: its fields ran past
    /// RDLENGTH.
    #[error("rdata of {rtype} at offset {at} is shorter than its fields")]
    RdataOverrun {
        /// Offset of the RDATA.
        at: usize,
        /// The record's type.
        rtype: Rtype,
    },
    /// A record's RDATA was longer than its fields: octets were left over.
    #[error("rdata of {rtype} at offset {at}: {left} octets left unread")]
    TrailingRdata {
        /// Offset of the first octet left over.
        at: usize,
        /// The record's type.
        rtype: Rtype,
        /// How many octets were left over.
        left: usize,
    },
    /// RDATA longer than 65535 octets, which RDLENGTH (16 bits, RFC 1035
    /// section 3.2.1) cannot describe: only standalone RDATA can be this
    /// long, never a record of a message.
    #[error("rdata of {rtype} at offset {at} is {len} octets long, more than 65535")]
    RdataTooLong {
        /// Offset of the RDATA.
        at: usize,
        /// The record's type.
        rtype: Rtype,
        /// Its length.
        len: usize,
    },
    /// A field of a record's RDATA held a value its type does not allow.
    #[error("rdata of {rtype} at offset {at}: {what}")]
    BadRdata {
        /// Offset of the offending field.
        at: usize,
        /// The record's type.
        rtype: Rtype,
        /// What was wrong.
        what: &'static str,
    },
    /// A section held fewer records than the header counts.
    #[error("{section} section ends at offset {at} after {found} of {expected} records")]
    CountMismatch {
        /// Where the data ended.
        at: usize,
        /// The section that was short.
        section: Section,
        /// The count in the header.
        expected: u16,
        /// How many records were there.
        found: u16,
    },
    /// Octets followed the last record the header counts.
    #[error("{len} octets of trailing data at offset {at}")]
    TrailingData {
        /// Offset of the first trailing octet.
        at: usize,
        /// How many octets follow.
        len: usize,
    },
    /// An OPT record outside the additional section (RFC 6891 section 6.1.1).
    #[error("OPT record at offset {at} in the {section} section")]
    OptNotInAdditional {
        /// Offset of the record.
        at: usize,
        /// The section it was in.
        section: Section,
    },
    /// A second OPT record (RFC 6891 section 6.1.1).
    #[error("second OPT record at offset {at}")]
    DuplicateOpt {
        /// Offset of the second record.
        at: usize,
    },
    /// An OPT record whose owner is not the root (RFC 6891 section 6.1.2).
    #[error("OPT record at offset {at} has an owner other than the root")]
    OptOwnerNotRoot {
        /// Offset of the record.
        at: usize,
    },
    /// An EDNS option whose data does not fit its code's format.
    #[error("EDNS option {code} at offset {at}: {what}")]
    BadOption {
        /// Offset of the option's data.
        at: usize,
        /// The option code.
        code: OptCode,
        /// What was wrong.
        what: &'static str,
    },
    /// A TSIG record whose class is not ANY (RFC 8945 section 4.2).
    #[error("TSIG record at offset {at} has a class other than ANY")]
    TsigClass {
        /// Offset of the record.
        at: usize,
    },
    /// A TSIG record that is not the last record of the message
    /// (RFC 8945 section 5.1).
    #[error("TSIG record at offset {at} is not the last record")]
    TsigNotLast {
        /// Offset of the record.
        at: usize,
    },
}

impl WireError {
    /// The offset at which the fault was found.
    ///
    /// ```
    /// use dns_wire::{Message, WireError};
    /// let err = Message::parse(&[0; 5]).unwrap_err();
    /// assert_eq!(err.offset(), 0);
    /// ```
    pub const fn offset(&self) -> usize {
        match *self {
            Self::MessageTooLong { .. } => crate::message::MAX_MESSAGE_LEN,
            Self::Truncated { at, .. }
            | Self::LabelTooLong { at, .. }
            | Self::NameTooLong { at }
            | Self::ReservedLabelType { at, .. }
            | Self::PointerNotBackward { at, .. }
            | Self::PointerNotAllowed { at }
            | Self::RdataOverrun { at, .. }
            | Self::TrailingRdata { at, .. }
            | Self::RdataTooLong { at, .. }
            | Self::BadRdata { at, .. }
            | Self::CountMismatch { at, .. }
            | Self::TrailingData { at, .. }
            | Self::OptNotInAdditional { at, .. }
            | Self::DuplicateOpt { at }
            | Self::OptOwnerNotRoot { at }
            | Self::BadOption { at, .. }
            | Self::TooManyPointers { at }
            | Self::TsigClass { at }
            | Self::TsigNotLast { at } => at,
        }
    }
}
