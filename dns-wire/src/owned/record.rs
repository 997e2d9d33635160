//! Owned records and RDATA.

use alloc::vec::Vec;
use core::fmt;

use crate::iana::{Class, Rtype};
use crate::name::NameBuf;
use crate::rdata::RData;
use crate::wire::{Reader, WireError, Writer};
use crate::{BuildError, Record};

/// RDATA that owns its octets, in uncompressed wire form, checked to be
/// well-formed for its type.
///
/// ```
/// use dns_wire::{owned::RDataBuf, iana::Rtype};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let rd = RDataBuf::from_wire(Rtype::MX, b"\x00\x0a\x02mx\x00")?;
/// assert_eq!(rd.data().to_string(), "10 mx.");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RDataBuf {
    rtype: Rtype,
    octets: Vec<u8>,
}

impl RDataBuf {
    /// Checks uncompressed RDATA of type `rtype` and copies it.
    ///
    /// # Errors
    /// The [`WireError`] of the type's parser.
    pub fn from_wire(rtype: Rtype, rdata: &[u8]) -> Result<Self, WireError> {
        RData::parse(rtype, Reader::new(rdata))?;
        Ok(Self { rtype, octets: rdata.to_vec() })
    }

    /// Copies typed RDATA, writing its names uncompressed.
    ///
    /// ```
    /// use dns_wire::{owned::RDataBuf, rdata::{RData, Unknown}, iana::Rtype};
    /// let rd = RDataBuf::from_rdata(&RData::Unknown(Rtype::new(65280), Unknown { rdata: b"\x01\x02" })).unwrap();
    /// assert_eq!(rd.as_wire(), b"\x01\x02");
    /// let big = vec![0u8; 65536];
    /// assert!(RDataBuf::from_rdata(&RData::Unknown(Rtype::new(65280), Unknown { rdata: &big })).is_err());
    /// ```
    ///
    /// # Errors
    /// [`BuildError::TooLong`] for RDATA over 65535 octets (RDLENGTH is 16
    /// bits), and whatever the type's writer refuses.
    pub fn from_rdata(data: &RData<'_>) -> Result<Self, BuildError> {
        let len = data.encoded_len();
        if len > crate::rdata::MAX_RDATA_LEN {
            return Err(BuildError::TooLong { what: "RDATA", len, max: crate::rdata::MAX_RDATA_LEN });
        }
        let mut octets = alloc::vec![0u8; len];
        let mut w = Writer::new(&mut octets);
        data.compose(&mut w)?;
        // `encoded_len` is what `compose` writes without compression.
        if w.pos() != len {
            return Err(BuildError::Invalid { what: "RDATA length differs from its encoded_len" });
        }
        Ok(Self { rtype: data.rtype(), octets })
    }

    /// Takes octets already checked for `rtype` (by the text reader).
    #[cfg(feature = "serde")]
    pub(super) fn from_checked(rtype: Rtype, octets: Vec<u8>) -> Self {
        Self { rtype, octets }
    }

    /// The record type.
    pub const fn rtype(&self) -> Rtype {
        self.rtype
    }

    /// The uncompressed wire form.
    pub fn as_wire(&self) -> &[u8] {
        &self.octets
    }

    /// The typed view (octets that do not read as the type, which only
    /// RDATA of class-specific types from other classes can be, are shown as
    /// [`RData::Unknown`]).
    pub fn data(&self) -> RData<'_> {
        RData::parse(self.rtype, Reader::new(&self.octets))
            .unwrap_or(RData::Unknown(self.rtype, crate::rdata::Unknown { rdata: &self.octets }))
    }
}

impl fmt::Display for RDataBuf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.data().fmt(f)
    }
}

/// A resource record that owns its data.
///
/// ```
/// use dns_wire::{Message, owned::RecordBuf};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\0\x01\x81\x80\0\0\0\x01\0\0\0\0\x02nl\0\0\x01\0\x01\0\0\x0e\x10\0\x04\xc0\0\x02\x01".to_vec();
/// let owned = {
///     let msg = Message::parse(&wire)?;
///     RecordBuf::from_record(&msg.answers().next().expect("an answer"))?
/// };
/// drop(wire);
/// assert_eq!(owned.to_string(), "nl. 3600 IN A 192.0.2.1");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RecordBuf {
    /// The owner name.
    pub owner: NameBuf,
    /// The class.
    pub class: Class,
    /// The TTL.
    pub ttl: u32,
    /// The RDATA, which also knows the record type.
    pub rdata: RDataBuf,
}

impl RecordBuf {
    /// Copies a record, reading its RDATA into its typed form first so that
    /// compressed names in it are expanded.
    ///
    /// # Errors
    /// The RDATA's [`WireError`].
    pub fn from_record(rr: &Record<'_>) -> Result<Self, WireError> {
        Ok(Self {
            owner: NameBuf::from_name(&rr.owner()),
            class: rr.class(),
            ttl: rr.ttl(),
            rdata: RDataBuf::from_rdata(&rr.data()?).map_err(|_| WireError::BadRdata {
                at: rr.rdata_offset(),
                rtype: rr.rtype(),
                what: "cannot be written again uncompressed",
            })?,
        })
    }

    /// The record type.
    pub const fn rtype(&self) -> Rtype {
        self.rdata.rtype()
    }

    /// The typed RDATA, following the class rule of
    /// [`Record::data`](crate::Record::data).
    pub fn data(&self) -> RData<'_> {
        if self.rtype().is_opaque_in(self.class) {
            return RData::Unknown(self.rtype(), crate::rdata::Unknown { rdata: self.rdata.as_wire() });
        }
        self.rdata.data()
    }
}

/// Written as [`data`](RecordBuf::data) gives it, from the stored octets:
/// they were checked when the record was made, so they are not read into
/// the typed form again. Without compression they are copied as they are
/// (the typed form writes back the octets it was read from); with it, the
/// names of the RFC 1035 types are found by their fixed layout and
/// compressed. Anything else, or an error, goes through the typed form.
impl crate::build::WriteRecord for RecordBuf {
    fn owner(&self) -> crate::Name<'_> {
        self.owner.as_name()
    }
    fn rtype(&self) -> Rtype {
        RecordBuf::rtype(self)
    }
    fn class(&self) -> crate::iana::Class {
        self.class
    }
    fn ttl(&self) -> u32 {
        self.ttl
    }
    fn write_rdata(&self, w: &mut crate::wire::Writer<'_>) -> Result<(), BuildError> {
        let start = w.pos();
        let fast = if !w.compression() {
            w.bytes(self.rdata.as_wire()).is_ok()
        } else if self.rtype().compresses_rdata() {
            write_compressed(self.rtype(), self.rdata.as_wire(), w).unwrap_or(false)
        } else {
            false
        };
        if fast {
            return Ok(());
        }
        // The typed form decides, and names the error when there is one.
        w.truncate(start);
        self.data().compose(w)
    }
}

/// Writes RDATA of one of the types whose names are compressed (RFC 1035
/// types, [`Rtype::compresses_rdata`]) from its uncompressed octets: the
/// names compressed, the fixed fields copied. `Ok(false)` when the octets
/// do not have the type's layout (what the typed reader would refuse), or
/// the type is not one of those listed in `Layout`.
fn write_compressed(rtype: Rtype, octets: &[u8], w: &mut Writer<'_>) -> Result<bool, BuildError> {
    /// What follows the names of each layout: the fixed fields.
    enum Layout {
        /// One name (NS, MD, MF, CNAME, MB, MG, MR, PTR).
        Name,
        /// Two names and 20 octets (SOA).
        Soa,
        /// Two names (MINFO).
        TwoNames,
        /// A 16-bit preference, then a name (MX).
        Mx,
    }
    let layout = match rtype {
        Rtype::SOA => Layout::Soa,
        Rtype::MINFO => Layout::TwoNames,
        Rtype::MX => Layout::Mx,
        Rtype::NS | Rtype::MD | Rtype::MF | Rtype::CNAME | Rtype::MB | Rtype::MG | Rtype::MR | Rtype::PTR => {
            Layout::Name
        }
        // Not one of the RFC 1035 types: the typed path writes it.
        _ => return Ok(false),
    };
    let mut rest = octets;
    if let Layout::Mx = layout {
        let Some((pref, after)) = rest.split_at_checked(2) else { return Ok(false) };
        w.bytes(pref)?;
        rest = after;
    }
    let names = if matches!(layout, Layout::Soa | Layout::TwoNames) { 2 } else { 1 };
    for _ in 0..names {
        let Some(len) = w.flat_name_prefix(rest)? else { return Ok(false) };
        rest = rest.get(len..).unwrap_or_default();
    }
    let fixed = if let Layout::Soa = layout { 20 } else { 0 };
    if rest.len() != fixed {
        return Ok(false);
    }
    w.bytes(rest)?;
    Ok(true)
}

impl fmt::Display for RecordBuf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} {} {}", self.owner, self.ttl, self.class, self.rtype(), self.data())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every type whose RDATA names are compressed has a layout in
    /// `write_compressed`: a well-formed RDATA of each is taken by the fast
    /// path, and any other type is left to the typed path.
    #[test]
    fn every_compressed_type_has_a_layout() {
        let name = [3, b'f', b'o', b'o', 0];
        // A second name that shares no suffix with the first but the root,
        // so nothing is compressed and the octets come out as they went in.
        let other = [3, b'b', b'a', b'r', 0];
        for code in 0..=u16::MAX {
            let rtype = Rtype::new(code);
            let mut rdata = [0u8; 32];
            let len = match rtype {
                Rtype::MX => {
                    rdata[2..7].copy_from_slice(&name);
                    7
                }
                Rtype::SOA => {
                    rdata[..5].copy_from_slice(&name);
                    rdata[5..10].copy_from_slice(&other);
                    30
                }
                Rtype::MINFO => {
                    rdata[..5].copy_from_slice(&name);
                    rdata[5..10].copy_from_slice(&other);
                    10
                }
                _ => {
                    rdata[..5].copy_from_slice(&name);
                    5
                }
            };
            let mut buf = [0u8; 64];
            let mut w = Writer::new(&mut buf);
            w.set_compression(true);
            let taken = write_compressed(rtype, &rdata[..len], &mut w).unwrap();
            assert_eq!(taken, rtype.compresses_rdata(), "{rtype}");
            if taken {
                assert_eq!(w.written(), &rdata[..len], "{rtype}");
            }
        }
    }
}
