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
    owner_at: u32,
    rdata_at: u32,
    ttl: u32,
    rtype: Rtype,
    class: Class,
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
        let owner_at = r.pos();
        r.name()?;
        Self::rest(r, owner_at)
    }

    /// The record whose owner name starts at `owner_at` and whose fixed
    /// fields start at `fixed_at`, in a message that
    /// [`Message::parse`](crate::Message::parse) has checked: neither the
    /// name nor the fields are checked again, only that the octets are
    /// there (`None` if not, which a checked message never gives).
    #[inline]
    pub(crate) fn at_checked(buf: &'a [u8], owner_at: usize, fixed_at: usize) -> Option<Self> {
        let &[t0, t1, c0, c1, l0, l1, l2, l3, r0, r1] = buf.get(fixed_at..)?.first_chunk::<10>()?;
        let rdata_len = u16::from_be_bytes([r0, r1]);
        let rdata_at = fixed_at + 10;
        if buf.len().saturating_sub(rdata_at) < usize::from(rdata_len) {
            return None;
        }
        Some(Self {
            buf,
            owner_at: u32::try_from(owner_at).ok()?,
            rdata_at: u32::try_from(rdata_at).ok()?,
            ttl: u32::from_be_bytes([l0, l1, l2, l3]),
            rtype: Rtype::new(u16::from_be_bytes([t0, t1])),
            class: Class::new(u16::from_be_bytes([c0, c1])),
            rdata_len,
            pointers: true,
        })
    }

    /// The offset just after the record.
    #[inline]
    pub(crate) const fn end(&self) -> usize {
        // u32 to usize: lossless, usize has at least 32 bits (see lib.rs).
        self.rdata_at as usize + self.rdata_len as usize
    }

    /// The fixed fields after the owner (type, class, TTL, RDLENGTH) and
    /// the RDATA.
    fn rest(r: &mut Reader<'a>, owner_at: usize) -> Result<Self, WireError> {
        let [t0, t1, c0, c1, l0, l1, l2, l3, r0, r1] = r.array::<10>()?;
        let rdata_len = u16::from_be_bytes([r0, r1]);
        let rdata_at = r.pos();
        r.bytes(usize::from(rdata_len))?;
        // Offsets are kept in 32 bits: a message is at most 65535 octets,
        // and records are never read past 4 GiB into any buffer.
        let len = r.buffer().len();
        let offset = |at: usize| u32::try_from(at).map_err(|_| WireError::MessageTooLong { len });
        Ok(Self {
            buf: r.buffer(),
            owner_at: offset(owner_at)?,
            rdata_at: offset(rdata_at)?,
            ttl: u32::from_be_bytes([l0, l1, l2, l3]),
            rtype: Rtype::new(u16::from_be_bytes([t0, t1])),
            class: Class::new(u16::from_be_bytes([c0, c1])),
            rdata_len,
            pointers: r.allows_pointers(),
        })
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
        // u32 to usize: lossless, usize has at least 32 bits (see lib.rs).
        Name::from_checked(self.buf, self.owner_at as usize)
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
        let at = self.rdata_offset();
        self.buf.get(at..at + usize::from(self.rdata_len)).unwrap_or_default()
    }

    /// The offset of the RDATA in the message.
    pub const fn rdata_offset(&self) -> usize {
        // u32 to usize: lossless, usize has at least 32 bits (see lib.rs).
        self.rdata_at as usize
    }

    /// A reader over exactly this record's RDATA, able to follow
    /// compression pointers into the rest of the message.
    pub fn rdata_reader(&self) -> Reader<'a> {
        let at = self.rdata_offset();
        Reader::region(self.buf, at, at + usize::from(self.rdata_len), self.pointers)
    }

    /// Reads the RDATA into its typed form. The types whose format RFC 1035
    /// and later RFCs define for class IN only ([`Rtype::is_class_in_only`])
    /// are [`RData::Unknown`] in other classes.
    /// Types that other crates define (HTTPS and SVCB in `svcb`, DELEG and
    /// DSYNC in `deleg`) are [`RData::Unknown`] here too: see
    /// [`Record::data_with`] and [`Record::data_as`].
    ///
    /// # Errors
    /// [`WireError::RdataOverrun`] when the fields run past RDLENGTH,
    /// [`WireError::TrailingRdata`] when octets are left over, and the
    /// type's own [`WireError::BadRdata`] checks.
    #[inline]
    pub fn data(&self) -> Result<RData<'a>, WireError> {
        // Almost every record is of class IN, where no type is opaque. OPT's
        // RDATA (its options, which `Opt` reads) is `Unknown` to
        // `RData::parse`, whatever it holds: found here without the dispatch.
        if self.rtype == Rtype::OPT || (self.class != Class::IN && self.rtype.is_opaque_in(self.class)) {
            return Ok(RData::Unknown(self.rtype, crate::rdata::Unknown { rdata: self.rdata() }));
        }
        // RDLENGTH is 16 bits: the reader is never too long for RDATA.
        RData::parse_record(self.rtype, self.rdata_reader())
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

    /// Reads the RDATA typed with an [`Extensions`](crate::ext::Extensions)
    /// list: [`RDataWith::Ext`](crate::ext::RDataWith::Ext) for a type an
    /// extension handles (HTTPS with `svcb::EXTENSIONS`), else
    /// [`RDataWith::Builtin`](crate::ext::RDataWith::Builtin) as
    /// [`Record::data`] gives it. A walk over a message sees every record
    /// typed.
    ///
    /// ```
    /// use dns_wire::{ext::{Extensions, RDataWith}, Message};
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// let wire = b"\0\x01\x81\x80\0\0\0\x01\0\0\0\0\x07example\0\0\x0f\0\x01\0\0\0\x3c\0\x04\0\x0a\xc0\x0c";
    /// let msg = Message::parse(wire)?;
    /// for rr in msg.answers() {
    ///     match rr.data_with(Extensions::NONE)? {
    ///         RDataWith::Builtin(d) => assert_eq!(d.to_string(), "10 example."),
    ///         RDataWith::Ext(e) => println!("{} {e}", e.mnemonic()),
    ///         _ => {}
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As [`Record::data`], or the extension's check.
    pub fn data_with<'e>(&self, ext: crate::ext::Extensions<'e>) -> Result<crate::ext::RDataWith<'a, 'e>, WireError> {
        crate::ext::data::data_with(ext, self.rtype, self.class, self.rdata_reader(), || self.data())
    }
}

impl fmt::Display for Record<'_> {
    /// The record in presentation form, as in a zone file, fields separated
    /// by spaces; RDATA that its type does not accept, and types of other
    /// crates, are shown in the generic form of RFC 3597 (`\# 10 0001...`).
    /// For those, print [`Record::data_with`]'s value instead.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} {} ", self.owner(), self.ttl, self.class, self.rtype)?;
        match self.data() {
            Ok(d) => write!(f, "{d}"),
            Err(_) => crate::rdata::Unknown { rdata: self.rdata() }.fmt(f),
        }
    }
}
