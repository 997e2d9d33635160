//! [`DelegExtension`]: DELEG, DELEGPARAM and DSYNC plugged into dns-wire's
//! generic paths (zone files, presentation text, message checks).

use core::fmt::{self, Display};

use dns_wire::Record;
use dns_wire::iana::Rtype;
use dns_wire::text::{RdataParser, TextError};
use dns_wire::wire::{Reader, WireError, Writer};
use dns_wire::{
    ext::{Extensions, RdataExtension},
    rdata::{RecordData, parse_all},
};

use crate::dsync::Dsync;
use crate::rdata::DelegInfos;
use crate::types::{DELEG, DELEGPARAM, DSYNC, TypeCodes};

/// The dns-wire extension for DELEG, DELEGPARAM and DSYNC, with the DELEG
/// and DELEGPARAM type codes it was made with.
///
/// [`EXTENSION`] uses the provisional defaults; a deployment with other
/// codes makes its own with [`DelegExtension::with_types`] (a `const fn`,
/// so it can be a `static` too).
///
/// ```
/// use deleg::DelegExtension;
/// use dns_wire::{iana::Rtype, ext::{Extensions, RdataExtension}};
/// static MINE: DelegExtension = DelegExtension::with_types(Rtype::new(65300), Rtype::new(65301));
/// let list: [&dyn RdataExtension; 1] = [&MINE];
/// let ext = Extensions::new(&list);
/// assert_eq!(ext.rtype_from_mnemonic("DELEGPARAM"), Some(Rtype::new(65301)));
/// assert_eq!(ext.check(Rtype::new(65300), &[0, 1, 0, 4, 192, 0, 2, 1]), Ok(()));
/// assert_eq!(ext.mnemonic(Rtype::DSYNC).to_string(), "DSYNC");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DelegExtension {
    codes: TypeCodes,
    types: [(Rtype, &'static str); 3],
}

/// The extension with the default type codes ([`TypeCodes::DEFAULT`]).
///
/// ```
/// use dns_wire::ext::{Extensions, RdataExtension};
/// let list: [&dyn RdataExtension; 1] = [&deleg::EXTENSION];
/// let ext = Extensions::new(&list);
/// assert_eq!(ext.rtype_from_mnemonic("deleg"), Some(deleg::DELEG));
/// ```
pub static EXTENSION: DelegExtension = DelegExtension::DEFAULT;

/// DELEG, DELEGPARAM and DSYNC (default codes) as a ready-made
/// [`Extensions`] list: pass it to dns-wire's zone reader,
/// [`rdata_from_text`](dns_wire::text::rdata_from_text) or
/// [`Record::data_with`](dns_wire::Record::data_with). To combine it with
/// other crates' extensions, list [`EXTENSION`] with theirs in one static
/// slice and [`Extensions::new`] over it.
///
/// ```
/// use dns_wire::{iana::Rtype, text::rdata_from_text};
/// # fn main() -> Result<(), dns_wire::text::TextError> {
/// let mut buf = [0u8; 64];
/// let wire = rdata_from_text(Rtype::DSYNC, deleg::EXTENSIONS, "CDS NOTIFY 5300 ep.example.", &mut buf)?;
/// assert_eq!(deleg::EXTENSIONS.display(Rtype::DSYNC, wire).to_string(), "CDS NOTIFY 5300 ep.example.");
/// # Ok(()) }
/// ```
pub static EXTENSIONS: Extensions<'static> = Extensions::new(&[&EXTENSION]);

impl DelegExtension {
    /// With [`DELEG`] and [`DELEGPARAM`].
    pub const DEFAULT: DelegExtension = DelegExtension::with_types(DELEG, DELEGPARAM);

    /// With the given DELEG and DELEGPARAM codes (DSYNC is always 66).
    pub const fn with_types(deleg: Rtype, delegparam: Rtype) -> Self {
        Self {
            codes: TypeCodes::new(deleg, delegparam),
            types: [(deleg, "DELEG"), (delegparam, "DELEGPARAM"), (DSYNC, "DSYNC")],
        }
    }

    /// The DELEG and DELEGPARAM codes.
    pub const fn codes(&self) -> TypeCodes {
        self.codes
    }

    /// A record's RDATA as [`DelegInfos`] if its type is DELEG or
    /// DELEGPARAM under this extension's codes.
    ///
    /// # Errors
    /// As [`DelegInfos::parse_rdata`].
    pub fn deleg_infos<'a>(&self, rr: &Record<'a>) -> Result<Option<DelegInfos<'a>>, WireError> {
        if self.codes.kind(rr.rtype()).is_none() {
            return Ok(None);
        }
        DelegInfos::parse_rdata(rr.rtype(), rr.rdata()).map(Some)
    }
}

impl Default for DelegExtension {
    fn default() -> Self {
        Self::DEFAULT
    }
}

impl RdataExtension for DelegExtension {
    fn types(&self) -> &[(Rtype, &'static str)] {
        &self.types
    }

    fn check(&self, rtype: Rtype, r: Reader<'_>) -> Result<(), WireError> {
        if rtype == DSYNC {
            parse_all(rtype, r, Dsync::parse).map(|_| ())
        } else {
            parse_all(rtype, r, DelegInfos::parse).map(|_| ())
        }
    }

    fn fmt(&self, rtype: Rtype, rdata: &[u8], f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = Reader::new(rdata);
        if rtype == DSYNC {
            parse_all(rtype, r, Dsync::parse).map_err(|_| fmt::Error)?.fmt(f)
        } else {
            parse_all(rtype, r, DelegInfos::parse).map_err(|_| fmt::Error)?.fmt(f)
        }
    }

    fn parse_text(&self, rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        if rtype == DSYNC { Dsync::parse_text(rtype, p, w) } else { DelegInfos::parse_text(rtype, p, w) }
    }
}
