//! The types whose RDATA is one domain name: `NS`, `MD`, `MF`, `CNAME`,
//! `MB`, `MG`, `MR`, `PTR` (RFC 1035 section 3.3), `DNAME` (RFC 6672) and
//! `NSAP-PTR` (RFC 1348).

use core::fmt;

use super::{RData, RecordData};
use crate::Name;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// Defines each single-name view, then [`rdata`], the one parser of
/// [`RData`] for all of them.
macro_rules! single_names {
    ($( $(#[$doc:meta])* $ty:ident, $rt:ident, $field:ident; )+) => {
        $( single_names!(@one $(#[$doc])* $ty, $field); )+

        /// The parser of [`RData`] for every type whose RDATA is one name,
        /// in place of one a type: it reads the name as each view's
        /// [`RecordData::parse`] does and puts it in the variant of
        /// `rtype`. [`RData::parse`](super::RData::parse) hands it these
        /// types only; any other gets the first view (never reached).
        pub(super) fn rdata<'a>(rtype: Rtype, r: &mut Reader<'a>) -> Result<RData<'a>, WireError> {
            let name = r.name()?;
            Ok(single_names!(@pick rtype, name; $( $ty, $rt, $field; )+))
        }
    };
    (@pick $rtype:ident, $name:ident; $first:ident, $first_rt:ident, $first_field:ident; $( $ty:ident, $rt:ident, $field:ident; )*) => {
        match $rtype {
            Rtype::$first_rt => RData::$first($first { $first_field: $name }),
            $( Rtype::$rt => RData::$ty($ty { $field: $name }), )*
            _ => RData::$first($first { $first_field: $name }),
        }
    };
    (@one $(#[$doc:meta])* $ty:ident, $field:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct $ty<'a> {
            /// The name the record holds.
            pub $field: Name<'a>,
        }

        impl<'a> RecordData<'a> for $ty<'a> {
            fn accepts(rtype: Rtype) -> bool {
                super::listed::<Self>(rtype)
            }

            fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
                Ok(Self { $field: r.name()? })
            }

            fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
                w.name(&self.$field)
            }

            fn encoded_len(&self) -> usize {
                self.$field.wire_len()
            }

            fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
                p.name(w)
            }
        }

        impl fmt::Display for $ty<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.$field.fmt(f)
            }
        }
    };
}

single_names! {
    /// `NS` RDATA: an authoritative name server (RFC 1035 section 3.3.11).
    ///
    /// ```
    /// use dns_wire::{rdata::{Ns, RecordData}, iana::Rtype, wire::Reader};
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// let ns = Ns::parse(Rtype::NS, &mut Reader::new(b"\x02ns\x02nl\x00"))?;
    /// assert_eq!(ns.to_string(), "ns.nl.");
    /// # Ok(()) }
    /// ```
    Ns, NS, nsdname;
    /// `MD` RDATA: a mail destination, obsolete (RFC 1035 section 3.3.4).
    Md, MD, madname;
    /// `MF` RDATA: a mail forwarder, obsolete (RFC 1035 section 3.3.5).
    Mf, MF, madname;
    /// `CNAME` RDATA: the canonical name of an alias (RFC 1035 section 3.3.1).
    Cname, CNAME, cname;
    /// `MB` RDATA: a mailbox host (RFC 1035 section 3.3.3).
    Mb, MB, madname;
    /// `MG` RDATA: a mail group member (RFC 1035 section 3.3.6).
    Mg, MG, mgmname;
    /// `MR` RDATA: a mailbox rename (RFC 1035 section 3.3.8).
    Mr, MR, newname;
    /// `PTR` RDATA: a pointer to another name (RFC 1035 section 3.3.12).
    Ptr, PTR, ptrdname;
    /// `DNAME` RDATA: the target of a subtree redirection (RFC 6672
    /// section 2.1). Never compressed on output.
    Dname, DNAME, target;
    /// `NSAP-PTR` RDATA: a name for an NSAP address (RFC 1348).
    NsapPtr, NSAP_PTR, ptrdname;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::round_trip;

    #[test]
    fn wire() {
        round_trip::<Ns>(Rtype::NS, b"\x01a\x00", "a.");
        round_trip::<Cname>(Rtype::CNAME, b"\x00", ".");
        round_trip::<Dname>(Rtype::DNAME, b"\x03x\\y\x00", "x\\\\y.");
        assert!(crate::rdata::RData::parse(Rtype::NS, Reader::new(b"\x01a\x00\x00")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::PTR, Reader::new(b"\x01a")).is_err());
    }

    /// `rdata`, the one parser of `RData` for the ten types, reads each
    /// as its own view does (by `RData::parse_reference`): value, variant
    /// and error, on names, their prefixes, an octet more and every octet
    /// changed, in a message and out.
    #[test]
    fn one_parser_reads_each_type_as_its_view() {
        let types = [
            Rtype::NS,
            Rtype::MD,
            Rtype::MF,
            Rtype::CNAME,
            Rtype::MB,
            Rtype::MG,
            Rtype::MR,
            Rtype::PTR,
            Rtype::DNAME,
            Rtype::NSAP_PTR,
        ];
        for rtype in types {
            for wire in [&b"\x00"[..], b"\x01a\x00", b"\x03abc\x02de\x00"] {
                crate::rdata::tests::same_as_reference(rtype, wire);
            }
            let rd = crate::rdata::RData::parse(rtype, Reader::new(b"\x01a\x00")).expect("parses");
            assert_eq!(rd.rtype(), rtype);
        }
    }
}
