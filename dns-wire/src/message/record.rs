//! Resource records as views into a message (RFC 1035 section 4.1.3).

use core::fmt;

use crate::Name;
use crate::iana::{Class, Rtype};
use crate::rdata::{RData, RecordData};
use crate::wire::{Reader, WireError};

/// One resource record, borrowed from the message it was read from.
///
/// The fixed fields are read when the record is reached; the RDATA is kept
/// as octets until [`Record::data`] reads it into its typed form.
///
/// ```
/// use dns_wire::{Message, rdata::RData};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\0\x01\x81\x80\0\0\0\x01\0\0\0\0\x02nl\0\0\x01\0\x01\0\0\x0e\x10\0\x04\xc0\0\x02\x01";
/// let msg = Message::parse(wire)?;
/// let rr = msg.answers().next().expect("one answer");
/// assert_eq!(rr.ttl(), 3600);
/// let RData::A(a) = rr.data()? else { panic!("not an A record") };
/// assert_eq!(a.to_string(), "192.0.2.1");
/// assert_eq!(rr.to_string(), "nl. 3600 IN A 192.0.2.1");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Record<'a> {
    buf: &'a [u8],
    owner: Name<'a>,
    rtype: Rtype,
    class: Class,
    ttl: u32,
    rdata_at: usize,
    rdata_len: u16,
    pointers: bool,
}

impl<'a> Record<'a> {
    /// Reads one record at the reader's position, checking the owner name
    /// and that RDLENGTH octets are there (not what they hold).
    ///
    /// # Errors
    /// Name errors and [`WireError::Truncated`].
    pub fn read(r: &mut Reader<'a>) -> Result<Self, WireError> {
        let owner = r.name()?;
        let rtype = Rtype::new(r.u16()?);
        let class = Class::new(r.u16()?);
        let ttl = r.u32()?;
        let rdata_len = r.u16()?;
        let rdata_at = r.pos();
        r.bytes(usize::from(rdata_len))?;
        Ok(Self { buf: r.buffer(), owner, rtype, class, ttl, rdata_at, rdata_len, pointers: r.allows_pointers() })
    }

    /// Reads a record that [`Message::parse`](crate::Message::parse) has
    /// already checked, without checking its owner name again.
    pub(crate) fn read_checked(r: &mut Reader<'a>) -> Result<Self, WireError> {
        let owner = r.checked_name();
        let rtype = Rtype::new(r.u16()?);
        let class = Class::new(r.u16()?);
        let ttl = r.u32()?;
        let rdata_len = r.u16()?;
        let rdata_at = r.pos();
        r.bytes(usize::from(rdata_len))?;
        Ok(Self { buf: r.buffer(), owner, rtype, class, ttl, rdata_at, rdata_len, pointers: r.allows_pointers() })
    }

    /// Reads one uncompressed record that fills all of `wire`, as in
    /// canonical form (RFC 4034 section 6.2).
    ///
    /// # Errors
    /// As [`Record::read`], and [`WireError::TrailingData`].
    pub fn parse(wire: &'a [u8]) -> Result<Self, WireError> {
        let mut r = Reader::new(wire);
        let rr = Self::read(&mut r)?;
        r.finish()?;
        Ok(rr)
    }

    /// The owner name.
    pub const fn owner(&self) -> Name<'a> {
        self.owner
    }

    /// The record type.
    pub const fn rtype(&self) -> Rtype {
        self.rtype
    }

    /// The class (for OPT, the UDP payload size).
    pub const fn class(&self) -> Class {
        self.class
    }

    /// The TTL (for OPT, the extended RCODE, version and flags).
    pub const fn ttl(&self) -> u32 {
        self.ttl
    }

    /// The RDATA octets as they are in the message (names in them may be
    /// compressed pointers into the message).
    pub fn rdata(&self) -> &'a [u8] {
        self.buf.get(self.rdata_at..self.rdata_at + usize::from(self.rdata_len)).unwrap_or_default()
    }

    /// The offset of the RDATA in the message.
    pub const fn rdata_offset(&self) -> usize {
        self.rdata_at
    }

    /// A reader over exactly this record's RDATA, able to follow
    /// compression pointers into the rest of the message.
    pub fn rdata_reader(&self) -> Reader<'a> {
        Reader::region(self.buf, self.rdata_at, self.rdata_at + usize::from(self.rdata_len), self.pointers)
    }

    /// Reads the RDATA into its typed form. The types whose format RFC 1035
    /// and later RFCs define for class IN only ([`Rtype::is_class_in_only`])
    /// are [`RData::Unknown`] in other classes.
    ///
    /// # Errors
    /// [`WireError::RdataOverrun`] when the fields run past RDLENGTH,
    /// [`WireError::TrailingRdata`] when octets are left over, and the
    /// type's own [`WireError::BadRdata`] checks.
    pub fn data(&self) -> Result<RData<'a>, WireError> {
        if self.class != Class::IN && self.rtype.is_class_in_only() {
            return Ok(RData::Unknown(self.rtype, crate::rdata::Unknown { data: self.rdata() }));
        }
        RData::parse(self.rtype, self.rdata_reader())
    }

    /// Reads the RDATA as `T`, the extension point for record types that
    /// other crates define. Returns `Ok(None)` if `T` does not take this
    /// record's type.
    ///
    /// # Errors
    /// As [`Record::data`].
    pub fn data_as<T: RecordData<'a>>(&self) -> Result<Option<T>, WireError> {
        if !T::accepts(self.rtype) {
            return Ok(None);
        }
        crate::rdata::parse_all(self.rtype, self.rdata_reader(), T::parse).map(Some)
    }
}

impl fmt::Display for Record<'_> {
    /// The record in presentation form, as in a zone file; RDATA that its
    /// type does not accept is shown in the generic form of RFC 3597.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} {} ", self.owner, self.ttl, self.class, self.rtype)?;
        match self.data() {
            Ok(d) => write!(f, "{d}"),
            Err(_) => crate::rdata::Unknown { data: self.rdata() }.fmt(f),
        }
    }
}
