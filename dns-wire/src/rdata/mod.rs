//! Typed RDATA: one file per record type, each holding the view, its
//! writer, its presentation form and its tests.
//!
//! Every type implements [`RecordData`], the typed, static side of the
//! extension seam: crates that define further record types (SVCB/HTTPS,
//! DELEG, DSYNC) implement it for their own views and read them with
//! [`Record::data_as`](crate::Record::data_as). [`RData`] gathers the types
//! this crate knows; any other type is [`Unknown`] (RFC 3597), or, through
//! [`Record::data_with`](crate::Record::data_with) and an
//! [`Extensions`](crate::ext::Extensions) list, an extension's value. See
//! [`ext`](crate::ext) for the guide to adding a record type.

use core::fmt;

use crate::iana::Rtype;
use crate::wire::{BuildError, Reader, WireError, Writer};

mod dispatch;
mod macros;

mod a;
mod a6;
mod aaaa;
mod afsdb;
mod amtrelay;
mod apl;
mod caa;
mod cert;
mod csync;
mod dhcid;
mod dnskey;
mod ds;
mod eui48;
mod eui64;
mod gpos;
mod hinfo;
mod hip;
mod ipseckey;
mod isdn;
mod kx;
mod l32;
mod l64;
mod loc;
mod lp;
mod minfo;
mod mx;
mod naptr;
mod nid;
mod nsap;
mod nsec;
mod nsec3;
mod nsec3param;
mod null;
mod nxt;
mod openpgpkey;
mod px;
mod rp;
mod rrsig;
mod rt;
mod shapes;
mod single_name;
mod soa;
mod srv;
mod sshfp;
mod tkey;
mod tlsa;
mod tsig;
mod txt;
mod type_bitmap;
mod unknown;
mod uri;
mod wks;
mod x25;
mod zonemd;

pub use a::A;
pub use a6::A6;
pub use aaaa::Aaaa;
pub use afsdb::Afsdb;
pub use amtrelay::Amtrelay;
pub use apl::{Apl, AplItem};
pub use caa::Caa;
pub use cert::Cert;
pub use csync::Csync;
pub use dhcid::Dhcid;
pub use dnskey::Dnskey;
pub use ds::Ds;
pub use eui48::Eui48;
pub use eui64::Eui64;
pub use gpos::Gpos;
pub use hinfo::Hinfo;
pub use hip::Hip;
pub use ipseckey::{Gateway, Ipseckey};
pub use isdn::Isdn;
pub use kx::Kx;
pub use l32::L32;
pub use l64::L64;
pub use loc::Loc;
pub use lp::Lp;
pub use minfo::Minfo;
pub use mx::Mx;
pub use naptr::Naptr;
pub use nid::Nid;
pub use nsap::Nsap;
pub use nsec::Nsec;
pub use nsec3::Nsec3;
pub use nsec3param::Nsec3Param;
pub use null::Null;
pub use nxt::Nxt;
pub use openpgpkey::Openpgpkey;
pub use px::Px;
pub use rp::Rp;
pub use rrsig::Rrsig;
pub use rt::Rt;
pub use single_name::{Cname, Dname, Mb, Md, Mf, Mg, Mr, Ns, NsapPtr, Ptr};
pub use soa::Soa;
pub use srv::Srv;
pub use sshfp::Sshfp;
pub use tkey::Tkey;
pub use tlsa::Tlsa;
pub use tsig::Tsig;
pub use txt::{CharStrings, Txt};
pub use type_bitmap::{TypeBitmap, TypeBitmapIter};
pub use unknown::Unknown;
pub use uri::Uri;
pub use wks::Wks;
pub use x25::X25;
pub use zonemd::Zonemd;

/// The typed RDATA of one or more record types: the static side of the
/// extension seam (the object-safe side, for lists consulted at run time,
/// is [`RdataExtension`](crate::ext::RdataExtension); see
/// [`ext`](crate::ext) for why there are two and a type implemented
/// through both).
///
/// `parse` is given a reader that covers exactly the RDATA; it need not
/// check that everything was read, [`parse_all`] does. Inside a message the
/// reader follows compression pointers in names; `compose` compresses names
/// only when the writer's compression is on, which message builders switch
/// on only for the types of RFC 3597 section 4.
///
/// ```
/// use dns_wire::{rdata::{Mx, RecordData}, iana::Rtype, wire::{Reader, Writer}};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let wire = b"\x00\x0a\x04mail\x07example\x00";
/// let mx = Mx::parse(Rtype::MX, &mut Reader::new(wire))?;
/// assert_eq!(mx.to_string(), "10 mail.example.");
/// let mut buf = [0u8; 64];
/// let mut w = Writer::new(&mut buf);
/// mx.compose(&mut w)?;
/// assert_eq!(mx.encoded_len(), wire.len());
/// assert_eq!(w.finish(), wire);
/// # Ok(()) }
/// ```
pub trait RecordData<'a>: Sized + fmt::Display {
    /// Whether this type reads the RDATA of records of type `rtype`.
    fn accepts(rtype: Rtype) -> bool;

    /// Reads the RDATA of a record of type `rtype`.
    ///
    /// # Errors
    /// [`WireError`] when the RDATA is malformed for the type.
    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError>;

    /// Writes the RDATA.
    ///
    /// # Errors
    /// [`BuildError::NoSpace`] when the writer is full.
    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError>;

    /// The length of the RDATA with no name compressed.
    fn encoded_len(&self) -> usize;

    /// Reads RDATA of type `rtype` in presentation format from `p` and
    /// writes its wire form (names uncompressed) to `w`. Types without a
    /// presentation format of their own keep the default, which refuses
    /// (the generic `\#` form works for every type; see
    /// [`rdata_text`](crate::text::rdata_text)).
    ///
    /// # Errors
    /// A [`TextError`](crate::text::TextError) naming the field at fault.
    fn parse_text(
        rtype: Rtype,
        p: &mut crate::text::RdataParser<'_, '_, '_>,
        w: &mut Writer<'_>,
    ) -> Result<(), crate::text::TextError> {
        let _ = (rtype, w);
        Err(p.error(crate::text::TextErrorKind::NoTextFormat))
    }
}

/// Runs `parse` over a reader that covers exactly one record's RDATA and
/// checks that it read all of it. Names in the RDATA may be compressed only
/// if the reader allows it and the type is one that RFC 3597 section 4 lets
/// receivers decompress ([`Rtype::decompresses_rdata`]).
///
/// # Errors
/// What `parse` returns, with running out of RDATA reported as
/// [`WireError::RdataOverrun`], and [`WireError::TrailingRdata`] when octets
/// are left over.
pub fn parse_all<'a, T>(
    rtype: Rtype,
    r: Reader<'a>,
    parse: impl FnOnce(Rtype, &mut Reader<'a>) -> Result<T, WireError>,
) -> Result<T, WireError> {
    check_len(rtype, &r)?;
    parse_within(rtype, r, parse)
}

/// [`parse_all`] after its [`check_len`]: for RDATA known to be at most
/// [`MAX_RDATA_LEN`] octets, as a record's is.
#[inline]
pub(crate) fn parse_within<'a, T>(
    rtype: Rtype,
    r: Reader<'a>,
    parse: impl FnOnce(Rtype, &mut Reader<'a>) -> Result<T, WireError>,
) -> Result<T, WireError> {
    parse_known(rtype, rtype.decompresses_rdata(), r, parse)
}

/// [`parse_within`] told whether `rtype` is one of
/// [`Rtype::decompresses_rdata`] (`decompresses`), for callers that looked
/// that up with the parser.
#[inline]
pub(crate) fn parse_known<'a, T>(
    rtype: Rtype,
    decompresses: bool,
    mut r: Reader<'a>,
    parse: impl FnOnce(Rtype, &mut Reader<'a>) -> Result<T, WireError>,
) -> Result<T, WireError> {
    let at = r.pos();
    if !decompresses {
        r.forbid_pointers();
    }
    // The value is returned as `parse` built it, not taken apart and built
    // again: only the error paths build a new result.
    let result = parse(rtype, &mut r);
    if let Err(e) = &result {
        return Err(overrun(*e, at, rtype));
    }
    if !r.is_empty() {
        return Err(trailing(&r, rtype));
    }
    result
}

/// The error of [`parse_all`] for an error of the type's `parse`: running
/// out of RDATA is [`WireError::RdataOverrun`] at its start.
#[cold]
#[inline(never)]
fn overrun(e: WireError, at: usize, rtype: Rtype) -> WireError {
    match e {
        WireError::Truncated { .. } => WireError::RdataOverrun { at, rtype },
        other => other,
    }
}

/// The error of [`parse_all`] when octets are left over.
#[cold]
#[inline(never)]
fn trailing(r: &Reader<'_>, rtype: Rtype) -> WireError {
    WireError::TrailingRdata { at: r.pos(), rtype, left: r.remaining() }
}

/// Reads the `N` octets of fixed-size fields that open a type's RDATA
/// (`fields` their sizes, in order, summing to `N`) with one bounds check
/// instead of one a field. When they do not all fit, the error, and where
/// the reader is left, are those of reading the fields one by one:
/// [`WireError::Truncated`] at the first field that does not fit.
#[inline]
pub(crate) fn fixed<const N: usize>(r: &mut Reader<'_>, fields: &[u8]) -> Result<[u8; N], WireError> {
    debug_assert_eq!(fields.iter().map(|&n| usize::from(n)).sum::<usize>(), N);
    match r.array::<N>() {
        Ok(a) => Ok(a),
        Err(_) => Err(field_short(r, fields)),
    }
}

/// The error of reading `fields` one by one, for [`fixed`]; the error of
/// reading them all at once should every field fit, which cannot happen
/// when together they did not.
#[cold]
#[inline(never)]
fn field_short(r: &mut Reader<'_>, fields: &[u8]) -> WireError {
    let n: usize = fields.iter().map(|&len| usize::from(len)).sum();
    let whole = WireError::Truncated { at: r.pos(), needed: n.saturating_sub(r.remaining()) };
    for &len in fields {
        if let Err(e) = r.bytes(usize::from(len)) {
            return e;
        }
    }
    whole
}

/// The record types with an IANA code point whose presentation format
/// another crate of the workspace provides, with that crate's name.
const PROVIDERS: [(Rtype, &str, &str); 3] =
    [(Rtype::SVCB, "SVCB", "svcb"), (Rtype::HTTPS, "HTTPS", "svcb"), (Rtype::DSYNC, "DSYNC", "deleg")];

/// The error for a type without a presentation format here: naming the
/// crate that has one, when one does.
pub(crate) fn no_text_format(rtype: Rtype) -> crate::text::TextErrorKind {
    match PROVIDERS.iter().find(|(t, _, _)| *t == rtype) {
        Some(&(_, mnemonic, provider)) => crate::text::TextErrorKind::NeedsExtension { mnemonic, provider },
        None => crate::text::TextErrorKind::NoTextFormat,
    }
}

/// The most octets RDATA can have: RDLENGTH is 16 bits (RFC 1035 section
/// 3.2.1).
pub const MAX_RDATA_LEN: usize = 65535;

/// Refuses standalone RDATA that RDLENGTH could not describe (defect 2).
pub(crate) fn check_len(rtype: Rtype, r: &Reader<'_>) -> Result<(), WireError> {
    let len = r.remaining();
    if len > MAX_RDATA_LEN { Err(WireError::RdataTooLong { at: r.pos(), rtype, len }) } else { Ok(()) }
}

/// The types one of dns-wire's views reads, generated from the
/// `rdata_enum!` table below: the one place that says which view reads
/// which type. Each view's [`RecordData::accepts`] is [`listed`].
pub(crate) trait Listed {
    /// The types, in table order.
    const RTYPES: &'static [Rtype];
}

/// Whether `T` reads `rtype`, by the table.
pub(crate) fn listed<T: Listed>(rtype: Rtype) -> bool {
    T::RTYPES.contains(&rtype)
}

// Each view, then the `RData` variants and record types it reads.
macros::rdata_enum! {
    A => { A = A };
    Ns<'a> => { Ns = NS } by single_name::rdata;
    Md<'a> => { Md = MD } by single_name::rdata;
    Mf<'a> => { Mf = MF } by single_name::rdata;
    Cname<'a> => { Cname = CNAME } by single_name::rdata;
    Soa<'a> => { Soa = SOA };
    Mb<'a> => { Mb = MB } by single_name::rdata;
    Mg<'a> => { Mg = MG } by single_name::rdata;
    Mr<'a> => { Mr = MR } by single_name::rdata;
    Null<'a> => { Null = NULL } by shapes::opaque;
    Ptr<'a> => { Ptr = PTR } by single_name::rdata;
    Mx<'a> => { Mx = MX } by shapes::number_name;
    Txt<'a> => { Txt = TXT, Spf = SPF, Ninfo = NINFO, Avc = AVC, Resinfo = RESINFO, Wallet = WALLET };
    NsapPtr<'a> => { NsapPtr = NSAP_PTR } by single_name::rdata;
    Aaaa => { Aaaa = AAAA };
    Dname<'a> => { Dname = DNAME } by single_name::rdata;
    Wks<'a> => { Wks = WKS };
    Hinfo<'a> => { Hinfo = HINFO };
    Minfo<'a> => { Minfo = MINFO } by shapes::two_names;
    Rp<'a> => { Rp = RP } by shapes::two_names;
    Afsdb<'a> => { Afsdb = AFSDB } by shapes::number_name;
    X25<'a> => { X25 = X25 };
    Isdn<'a> => { Isdn = ISDN };
    Rt<'a> => { Rt = RT } by shapes::number_name;
    Nsap<'a> => { Nsap = NSAP };
    Px<'a> => { Px = PX };
    Gpos<'a> => { Gpos = GPOS };
    Loc => { Loc = LOC };
    Srv<'a> => { Srv = SRV };
    Naptr<'a> => { Naptr = NAPTR };
    Kx<'a> => { Kx = KX } by shapes::number_name;
    A6<'a> => { A6 = A6 };
    Apl<'a> => { Apl = APL };
    Ipseckey<'a> => { Ipseckey = IPSECKEY };
    Hip<'a> => { Hip = HIP };
    Nid => { Nid = NID };
    L32 => { L32 = L32 };
    L64 => { L64 = L64 };
    Lp<'a> => { Lp = LP } by shapes::number_name;
    Eui48 => { Eui48 = EUI48 };
    Eui64 => { Eui64 = EUI64 };
    Uri<'a> => { Uri = URI };
    Caa<'a> => { Caa = CAA };
    Amtrelay<'a> => { Amtrelay = AMTRELAY };
    Rrsig<'a> => { Sig = SIG, Rrsig = RRSIG };
    Dnskey<'a> => { Key = KEY, Dnskey = DNSKEY, Cdnskey = CDNSKEY };
    Nxt<'a> => { Nxt = NXT };
    Cert<'a> => { Cert = CERT };
    Ds<'a> => { Ds = DS, Cds = CDS, Ta = TA, Dlv = DLV };
    Sshfp<'a> => { Sshfp = SSHFP };
    Nsec<'a> => { Nsec = NSEC };
    Dhcid<'a> => { Dhcid = DHCID } by shapes::opaque;
    Nsec3<'a> => { Nsec3 = NSEC3 };
    Nsec3Param<'a> => { Nsec3Param = NSEC3PARAM };
    Tlsa<'a> => { Tlsa = TLSA, Smimea = SMIMEA };
    Openpgpkey<'a> => { Openpgpkey = OPENPGPKEY } by shapes::opaque;
    Csync<'a> => { Csync = CSYNC };
    Zonemd<'a> => { Zonemd = ZONEMD };
    Tkey<'a> => { Tkey = TKEY };
    Tsig<'a> => { Tsig = TSIG };
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::iana::Class;
    use crate::text::{RdataParser, TextError, TextErrorKind, Tokenizer, rdata_text};
    use alloc::string::ToString;
    use alloc::vec::Vec;

    /// `fixed` gives what reading its fields one by one gives, on every
    /// prefix: the same values, or the same error with the reader left at
    /// the same place.
    #[test]
    fn fixed_reads_as_its_fields_would() {
        let wire = [1, 2, 3, 4, 5, 6, 7, 8, 9];
        for cut in 0..=wire.len() {
            let mut fast = Reader::new(&wire[..cut]);
            let got = fixed::<8>(&mut fast, &[2, 1, 1, 4]);
            let mut slow = Reader::new(&wire[..cut]);
            let want = [2, 1, 1, 4].iter().try_fold(Vec::new(), |mut out, &n| {
                out.extend_from_slice(slow.bytes(n)?);
                Ok::<_, WireError>(out)
            });
            match (got, want) {
                (Ok(a), Ok(b)) => assert_eq!(a.as_slice(), b.as_slice(), "cut {cut}"),
                (Err(a), Err(b)) => assert_eq!(a, b, "cut {cut}"),
                (a, b) => panic!("cut {cut}: {a:?} against {b:?}"),
            }
            assert_eq!(fast.pos(), slow.pos(), "cut {cut}");
        }
        let mut r = Reader::new(&wire[..3]);
        assert_eq!(fixed::<4>(&mut r, &[2, 2]), Err(WireError::Truncated { at: 2, needed: 1 }));
        assert_eq!(r.pos(), 2);
    }

    /// Reads `wire` as `T`, checks its text, writes it back without
    /// compression and checks the octets and `encoded_len`; checks that
    /// every shorter prefix is refused or reads as something else; and
    /// reads the text back, which must give `wire` again: printing is
    /// lossless (issue 11, defect 8). Types without a presentation format
    /// of their own (the text reader answers `NoTextFormat`) skip that step.
    pub(crate) fn round_trip<'a, T: RecordData<'a> + PartialEq + core::fmt::Debug>(
        rtype: Rtype,
        wire: &'a [u8],
        text: &str,
    ) {
        let value = parse_all(rtype, Reader::new(wire), T::parse).expect("parses");
        assert_eq!(value.to_string(), text);
        assert_eq!(value.encoded_len(), wire.len());
        let mut buf = [0u8; 70000];
        let mut w = Writer::new(&mut buf);
        value.compose(&mut w).expect("composes");
        assert_eq!(w.finish(), wire);
        let rd = RData::parse(rtype, Reader::new(wire)).expect("RData parses");
        assert_eq!(rd.rtype(), rtype);
        assert_eq!(rd.to_string(), text);
        for cut in 0..wire.len() {
            if let Ok(other) = parse_all(rtype, Reader::new(&wire[..cut]), T::parse) {
                assert_ne!(other, value, "prefix of {cut} octets");
            }
        }
        same_as_reference(rtype, wire);
        match from_text(rtype, text, None) {
            Ok(got) => assert_eq!(got, wire, "{rtype} text {text:?} read back"),
            Err(e) if e.kind == TextErrorKind::NoTextFormat => {}
            Err(e) => panic!("{rtype} text {text:?} refused: {e}"),
        }
    }

    /// `RData::parse` gives what `parse_all` around the per-type parse
    /// (the path it replaced) gives, value for value and error for error,
    /// offsets included, on `wire`, on every prefix of it, on it with an
    /// octet more, and on it with any one octet changed, read both as
    /// standalone RDATA and as RDATA inside a message.
    pub(crate) fn same_as_reference(rtype: Rtype, wire: &[u8]) {
        let check = |data: &[u8], what: &str| {
            assert_eq!(
                RData::parse(rtype, Reader::new(data)),
                RData::parse_reference(rtype, Reader::new(data)),
                "{rtype} {what}"
            );
            assert_eq!(
                RData::parse(rtype, Reader::message(data)),
                RData::parse_reference(rtype, Reader::message(data)),
                "{rtype} {what} in a message"
            );
        };
        for cut in 0..=wire.len() {
            check(&wire[..cut], &alloc::format!("prefix of {cut} octets"));
        }
        let mut longer = wire.to_vec();
        longer.push(0);
        check(&longer, "with an octet more");
        for at in 0..wire.len() {
            for octet in [0x00, 0x01, 0x3f, 0x40, 0xc0, 0xff] {
                let mut changed = wire.to_vec();
                if let Some(b) = changed.get_mut(at) {
                    *b = octet;
                }
                check(&changed, &alloc::format!("with octet {at} set to {octet:#04x}"));
            }
        }
    }

    /// Reads `text` as the RDATA of a class IN record of `rtype`, as a
    /// zone file would (generic `\#` form included), relative names
    /// completed with `origin`.
    pub(crate) fn from_text(rtype: Rtype, text: &str, origin: Option<&str>) -> Result<Vec<u8>, TextError> {
        let mut obuf = [0u8; 255];
        let origin = origin.map(|o| crate::Name::from_text(o, &mut obuf).expect("origin"));
        let mut t = Tokenizer::new(text.as_bytes());
        t.next_entry()?;
        let mut p = RdataParser::new(&mut t, origin);
        let mut buf = [0u8; 70000];
        let mut w = Writer::new(&mut buf);
        rdata_text(rtype, Class::IN, crate::ext::Extensions::NONE, &mut p, &mut w)?;
        p.finish()?;
        Ok(w.written().to_vec())
    }

    /// Asserts that `text` is refused as `rtype` RDATA with `kind` at
    /// column `col`.
    #[track_caller]
    pub(crate) fn refuses(rtype: Rtype, text: &str, col: u32, kind: TextErrorKind) {
        match from_text(rtype, text, Some("example.")) {
            Ok(wire) => panic!("{rtype} {text:?} read as {wire:02x?}"),
            Err(e) => assert_eq!((e.col, e.kind), (col, kind), "{rtype} {text:?}: {e}"),
        }
    }
}
