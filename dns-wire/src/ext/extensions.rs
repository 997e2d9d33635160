//! Record types defined outside dns-wire, plugged into its generic paths
//! (zone files, presentation text, message checks) at run time.

use core::fmt;

use crate::iana::Rtype;
use crate::rdata::RData;
use crate::text::{RdataParser, TextError};
use crate::wire::{Reader, WireError, Writer};

/// The codecs of record types that another crate defines (SVCB and HTTPS in
/// `svcb`, DELEG, DELEGPARAM and DSYNC in `deleg`), so that code that only
/// knows dns-wire can read, check and print them.
///
/// Why a second trait: [`RecordData`](crate::rdata::RecordData) is generic
/// (a lifetime, `Sized`, static dispatch), which is what zero-copy typed
/// access with [`Record::data_as`](crate::Record::data_as) needs, but it
/// cannot be put in a list that code knowing only dns-wire consults at run
/// time. This trait is that object-safe side: [`Extensions`] dispatches on
/// it by type. An implementation is a few lines over the type's
/// `RecordData` view: `svcb::SvcbExtension` over `svcb::Svcb` is the
/// reference, and the guide in [`ext`](crate::ext) builds one from
/// scratch.
pub trait RdataExtension: Sync {
    /// The types handled, with their mnemonics (which may name code points
    /// that dns-wire's registry does not, such as DELEG).
    fn types(&self) -> &[(Rtype, &'static str)];

    /// Checks uncompressed RDATA of `rtype` (offsets in errors are from the
    /// start of `r`'s buffer).
    ///
    /// # Errors
    /// The type's [`WireError`].
    fn check(&self, rtype: Rtype, r: Reader<'_>) -> Result<(), WireError>;

    /// Writes the presentation form of RDATA that [`RdataExtension::check`]
    /// accepted.
    ///
    /// # Errors
    /// Formatter errors.
    fn fmt(&self, rtype: Rtype, rdata: &[u8], f: &mut fmt::Formatter<'_>) -> fmt::Result;

    /// Reads the presentation form and writes the wire form.
    ///
    /// # Errors
    /// A [`TextError`] naming the field at fault.
    fn parse_text(&self, rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError>;
}

/// A set of [`RdataExtension`]s, consulted before dns-wire's own types.
/// `Extensions::NONE` is dns-wire alone.
///
/// ```
/// use dns_wire::{iana::Rtype, ext::Extensions};
/// let none = Extensions::NONE;
/// assert_eq!(none.rtype_from_mnemonic("mx"), Some(Rtype::MX));
/// assert_eq!(none.mnemonic(Rtype::new(65280)).to_string(), "TYPE65280");
/// ```
#[derive(Clone, Copy)]
pub struct Extensions<'e> {
    list: &'e [&'e dyn RdataExtension],
}

impl fmt::Debug for Extensions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.list.iter().flat_map(|e| e.types().iter().map(|(_, m)| m))).finish()
    }
}

impl Default for Extensions<'_> {
    fn default() -> Self {
        Self::NONE
    }
}

impl<'e> Extensions<'e> {
    /// No extensions.
    pub const NONE: Extensions<'static> = Extensions { list: &[] };

    /// The extensions in `list`; earlier ones win when two claim a type.
    pub const fn new(list: &'e [&'e dyn RdataExtension]) -> Self {
        Self { list }
    }

    /// The extension that handles `rtype`.
    #[inline]
    pub fn find(&self, rtype: Rtype) -> Option<&'e dyn RdataExtension> {
        self.list.iter().copied().find(|e| e.types().iter().any(|(t, _)| *t == rtype))
    }

    /// Reads a type mnemonic: an extension's, then dns-wire's registry, then
    /// `TYPEnnn`.
    pub fn rtype_from_mnemonic(&self, s: &str) -> Option<Rtype> {
        self.list
            .iter()
            .flat_map(|e| e.types().iter())
            .find(|(_, m)| m.eq_ignore_ascii_case(s))
            .map(|(t, _)| *t)
            .or_else(|| Rtype::from_mnemonic(s))
    }

    /// The mnemonic of a type, as [`Rtype`]'s `Display` but with the
    /// extensions' names.
    pub fn mnemonic(&self, rtype: Rtype) -> impl fmt::Display + 'e {
        let ext = self.list.iter().flat_map(|e| e.types().iter()).find(|(t, _)| *t == rtype).map(|(_, m)| *m);
        Mnemonic(rtype, ext)
    }

    /// Checks uncompressed RDATA: by the extension for its type, else by
    /// dns-wire's typed views.
    ///
    /// # Errors
    /// The first [`WireError`].
    pub fn check(&self, rtype: Rtype, rdata: &[u8]) -> Result<(), WireError> {
        crate::rdata::check_len(rtype, &Reader::new(rdata))?;
        match self.find(rtype) {
            Some(e) => e.check(rtype, Reader::new(rdata)),
            None => RData::parse(rtype, Reader::new(rdata)).map(|_| ()),
        }
    }

    /// The presentation form of uncompressed RDATA (the generic `\#` form
    /// when it does not check out).
    pub fn display<'d>(&self, rtype: Rtype, rdata: &'d [u8]) -> impl fmt::Display + 'd
    where
        'e: 'd,
    {
        Shown { ext: self.find(rtype), rtype, rdata }
    }
}

struct Mnemonic(Rtype, Option<&'static str>);

impl fmt::Display for Mnemonic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.1 {
            Some(m) => f.write_str(m),
            None => self.0.fmt(f),
        }
    }
}

struct Shown<'d> {
    ext: Option<&'d dyn RdataExtension>,
    rtype: Rtype,
    rdata: &'d [u8],
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let generic = crate::rdata::Unknown { rdata: self.rdata };
        match self.ext {
            Some(e) if e.check(self.rtype, Reader::new(self.rdata)).is_ok() => e.fmt(self.rtype, self.rdata, f),
            Some(_) => generic.fmt(f),
            None => match RData::parse(self.rtype, Reader::new(self.rdata)) {
                Ok(d) => d.fmt(f),
                Err(_) => generic.fmt(f),
            },
        }
    }
}
