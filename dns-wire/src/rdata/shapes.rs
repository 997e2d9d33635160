//! Parsers of [`RData`] shared by the views whose RDATA has one shape, in
//! place of one a type (each a copy of the same reads): a preference and a
//! name (MX, AFSDB, RT, KX, LP), two names (MINFO, RP), and opaque octets
//! (NULL, DHCID, OPENPGPKEY). Each reads the fields as the views' own
//! [`RecordData::parse`](super::RecordData::parse) do, in the same order,
//! and puts them in the variant of the record's type;
//! [`RData::parse`](super::RData::parse) hands each only the types named
//! here. Inside [`RData::parse`] the names of KX and LP, which those views
//! read with [`Reader::name_uncompressed`], are read with pointers already
//! forbidden (they are not types of [`Rtype::decompresses_rdata`]), so
//! [`Reader::name`] reads them the same.

use super::{Afsdb, Dhcid, Kx, Lp, Minfo, Mx, Null, Openpgpkey, RData, Rp, Rt};
use crate::iana::Rtype;
use crate::wire::{Reader, WireError};

/// MX, AFSDB, RT, KX and LP: a 16-bit integer, then a name.
pub(super) fn number_name<'a>(rtype: Rtype, r: &mut Reader<'a>) -> Result<RData<'a>, WireError> {
    let n = r.u16()?;
    let name = r.name()?;
    Ok(match rtype {
        Rtype::AFSDB => RData::Afsdb(Afsdb { subtype: n, hostname: name }),
        Rtype::RT => RData::Rt(Rt { preference: n, intermediate_host: name }),
        Rtype::KX => RData::Kx(Kx { preference: n, exchanger: name }),
        Rtype::LP => RData::Lp(Lp { preference: n, fqdn: name }),
        // MX, and no other type: the table hands this parser no other.
        _ => RData::Mx(Mx { preference: n, exchange: name }),
    })
}

/// MINFO and RP: two names.
pub(super) fn two_names<'a>(rtype: Rtype, r: &mut Reader<'a>) -> Result<RData<'a>, WireError> {
    let first = r.name()?;
    let second = r.name()?;
    Ok(match rtype {
        Rtype::RP => RData::Rp(Rp { mbox: first, txt: second }),
        // MINFO, and no other type: the table hands this parser no other.
        _ => RData::Minfo(Minfo { rmailbx: first, emailbx: second }),
    })
}

/// NULL, DHCID and OPENPGPKEY: the whole RDATA, uninterpreted.
pub(super) fn opaque<'a>(rtype: Rtype, r: &mut Reader<'a>) -> Result<RData<'a>, WireError> {
    let data = r.rest();
    Ok(match rtype {
        Rtype::DHCID => RData::Dhcid(Dhcid { data }),
        Rtype::OPENPGPKEY => RData::Openpgpkey(Openpgpkey { key: data }),
        // NULL, and no other type: the table hands this parser no other.
        _ => RData::Null(Null { data }),
    })
}
