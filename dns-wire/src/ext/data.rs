//! RDATA typed through an [`Extensions`] list: dns-wire's own types or an
//! extension's value.

use core::fmt;

use super::{Extensions, RdataExtension};
use crate::iana::{Class, Rtype};
use crate::rdata::{RData, RecordData, parse_all};
use crate::wire::{Reader, WireError};

/// The RDATA of a record typed with an [`Extensions`] list: what
/// [`Record::data_with`](crate::Record::data_with) and
/// [`ZoneRecord::data_with`](crate::text::ZoneRecord::data_with) return.
///
/// ```
/// use dns_wire::{ext::{Extensions, RDataWith}, iana::Rtype, Message};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\0\x01\x81\x80\0\0\0\x01\0\0\0\0\x07example\0\0\x01\0\x01\0\0\0\x3c\0\x04\xc0\0\x02\x01";
/// let msg = Message::parse(wire)?;
/// let rr = msg.answers().next().unwrap();
/// let RDataWith::Builtin(data) = rr.data_with(Extensions::NONE)? else { panic!() };
/// assert_eq!(data.to_string(), "192.0.2.1");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum RDataWith<'a, 'e> {
    /// A type dns-wire knows, or [`RData::Unknown`] for one that neither
    /// dns-wire nor the list knows.
    Builtin(RData<'a>),
    /// A type an extension in the list handles, checked by it.
    Ext(ExtData<'a, 'e>),
}

impl<'a> RDataWith<'a, '_> {
    /// The record type.
    pub fn rtype(&self) -> Rtype {
        match self {
            Self::Builtin(d) => d.rtype(),
            Self::Ext(e) => e.rtype(),
        }
    }

    /// Reads the RDATA as `T` if `T` takes the type: the same downcast as
    /// [`Record::data_as`](crate::Record::data_as), for either variant.
    ///
    /// # Errors
    /// `T`'s [`WireError`].
    pub fn data_as<T: RecordData<'a>>(&self) -> Result<Option<T>, WireError> {
        match self {
            Self::Builtin(RData::Unknown(t, u)) => typed(*t, Reader::new(u.rdata)),
            Self::Builtin(_) => Ok(None),
            Self::Ext(e) => e.data_as(),
        }
    }
}

impl fmt::Display for RDataWith<'_, '_> {
    /// The RDATA in presentation form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Builtin(d) => d.fmt(f),
            Self::Ext(e) => e.fmt(f),
        }
    }
}

/// The RDATA of a record whose type an [`RdataExtension`] handles, already
/// checked by it: prints through the extension and downcasts to the
/// extension crate's view with [`ExtData::data_as`].
#[derive(Clone, Copy)]
pub struct ExtData<'a, 'e> {
    ext: &'e dyn RdataExtension,
    rtype: Rtype,
    reader: Reader<'a>,
}

impl fmt::Debug for ExtData<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExtData").field("rtype", &self.rtype).field("rdata", &self.rdata()).finish()
    }
}

impl<'a, 'e> ExtData<'a, 'e> {
    /// The record type.
    pub const fn rtype(&self) -> Rtype {
        self.rtype
    }

    /// The RDATA octets (never compressed: an extension's check refuses
    /// pointers in types that RFC 3597 section 4 does not let receivers
    /// decompress).
    pub fn rdata(&self) -> &'a [u8] {
        let mut r = self.reader;
        r.rest()
    }

    /// The extension that handles the type.
    pub fn extension(&self) -> &'e dyn RdataExtension {
        self.ext
    }

    /// The type's mnemonic as the extension names it (`HTTPS`, `DELEG`).
    pub fn mnemonic(&self) -> &'static str {
        self.ext.types().iter().find(|(t, _)| *t == self.rtype).map_or("", |(_, m)| *m)
    }

    /// Reads the RDATA as `T`, the extension crate's view, if `T` takes the
    /// type.
    ///
    /// # Errors
    /// `T`'s [`WireError`].
    pub fn data_as<T: RecordData<'a>>(&self) -> Result<Option<T>, WireError> {
        typed(self.rtype, self.reader)
    }
}

impl fmt::Display for ExtData<'_, '_> {
    /// The RDATA in presentation form, as the extension writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.ext.fmt(self.rtype, self.rdata(), f)
    }
}

fn typed<'a, T: RecordData<'a>>(rtype: Rtype, r: Reader<'a>) -> Result<Option<T>, WireError> {
    if !T::accepts(rtype) {
        return Ok(None);
    }
    parse_all(rtype, r, T::parse).map(Some)
}

/// Types the RDATA under `r` (a reader over exactly it) with `ext`; when no
/// extension claims the type (or it is opaque in `class`), `builtin` types
/// it with dns-wire's own types.
pub(crate) fn data_with<'a, 'e>(
    ext: Extensions<'e>,
    rtype: Rtype,
    class: Class,
    r: Reader<'a>,
    builtin: impl FnOnce() -> Result<RData<'a>, WireError>,
) -> Result<RDataWith<'a, 'e>, WireError> {
    if !rtype.is_opaque_in(class) {
        if let Some(e) = ext.find(rtype) {
            crate::rdata::check_len(rtype, &r)?;
            e.check(rtype, r)?;
            return Ok(RDataWith::Ext(ExtData { ext: e, rtype, reader: r }));
        }
    }
    builtin().map(RDataWith::Builtin)
}
