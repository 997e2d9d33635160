//! The presentation format of DelegInfos (draft-ietf-deleg section 3.1):
//! RFC 9460 section 2.1 with DELEG's own keys, read with dns-wire's
//! registry-independent parameter helpers ([`RdataParser::next_param`],
//! [`decode_value`]).
//!
//! Values are decoded inside the output buffer (no scratch buffer the size
//! of a value), then split into the items of a comma-separated list (RFC
//! 9460 Appendix A.1: `\,` and `\\` are the only escapes left) and each
//! item turned into wire form: key names (`mandatory`), addresses
//! (`server-ipv4`, `server-ipv6`) or domain names (`server-name`,
//! `include-delegparam`, relative ones completed with the origin).

mod present;

pub(crate) use present::{NameItem, ValueText};

use core::net::{Ipv4Addr, Ipv6Addr};

use dns_wire::ext::{KeySet, ListAddr, SortError, sort_in_place, sort_keys};
use dns_wire::iana::Rtype;
use dns_wire::name::MAX_WIRE_LEN;
use dns_wire::wire::{WireError, Writer};
use dns_wire::{
    ext::{ListError, decode_value, is_key_text, name_field},
    text::{Field, RdataParser, TextError, TextErrorKind as K},
};

use crate::info::DelegInfoKey;
use crate::rdata::DelegInfos;

/// The longest list item read: a name in presentation form with every
/// octet written `\DDD` stays below this.
const MAX_ITEM: usize = 1024;

/// Reads DelegInfos in presentation form and writes their wire form,
/// elements sorted by key.
pub(crate) fn parse_deleg_infos(
    rtype: Rtype,
    p: &mut RdataParser<'_, '_, '_>,
    w: &mut Writer<'_>,
) -> Result<(), TextError> {
    let start = w.pos();
    let mut seen = KeySet::new();
    while let Some(item) = p.next_param()? {
        let key = (is_key_text(item.key.raw))
            .then(|| DelegInfoKey::from_text(item.key.raw))
            .flatten()
            .ok_or_else(|| item.key.error(K::Expected("a DelegInfoKey (a registered name or keyNNNNN)")))?;
        if key == DelegInfoKey::RESERVED {
            return Err(item.key.error(K::Invalid("key65535 is reserved")));
        }
        // O(1) per key, whatever their number and order (issue 11, defect 7).
        if !seen.insert(key.to_int()) {
            return Err(item.key.error(K::Invalid("a DelegInfoKey appears twice")));
        }
        // A registered key written by name has a typed value; written as
        // `keyNNNNN`, any key's value is its wire octets (App. B Figure 1).
        let typed = key.name().is_some_and(|n| n.as_bytes() == item.key.raw);
        let value = match item.value {
            Some(v) => v,
            None if typed => return Err(item.key.error(K::MissingField("a value for this key"))),
            None => Field { raw: b"", ..item.key },
        };
        element(p, w, key, typed, &value)?;
    }
    sort_in_place(w.written_mut(start)).map_err(|e| match e {
        SortError::Duplicate(_) => p.error(K::Invalid("a DelegInfoKey appears twice")),
        SortError::Malformed => p.error(K::Invalid("malformed DelegInfos")),
    })?;
    // Values given as wire octets must still be valid for their key.
    match DelegInfos::parse_rdata(rtype, w.written().get(start..).unwrap_or_default()) {
        Ok(_) => Ok(()),
        Err(WireError::BadRdata { what, .. }) => Err(p.error(K::Invalid(what))),
        Err(_) => Err(p.error(K::Invalid("malformed DelegInfos"))),
    }
}

/// Writes one element: key, length, value.
fn element(
    p: &RdataParser<'_, '_, '_>,
    w: &mut Writer<'_>,
    key: DelegInfoKey,
    typed: bool,
    f: &Field<'_>,
) -> Result<(), TextError> {
    let be = |e| p.build_error(e);
    let start = w.pos();
    w.u16(key.to_int()).map_err(be)?;
    w.u16(0).map_err(be)?;
    let vstart = w.pos();
    // Decode the value's escapes in place, after the element header.
    for _ in 0..f.raw.len() {
        w.u8(0).map_err(be)?;
    }
    let n = decode_value(f, w.written_mut(vstart))?;
    w.truncate(vstart + n);
    if typed {
        if n == 0 {
            return Err(f.error(K::Invalid("this key needs a non-empty value")));
        }
        // Write the wire value after the decoded text, then move it down.
        let mut pos = 0;
        let mut item = [0u8; MAX_ITEM];
        loop {
            let (len, next) = next_item(w.written().get(vstart..vstart + n).unwrap_or_default(), pos, &mut item)
                .map_err(|e| f.error(e.kind()))?;
            if len > MAX_ITEM {
                return Err(f.error(K::TooLong { what: "list item", max: MAX_ITEM }));
            }
            list_item(p, w, key, f, item.get(..len).unwrap_or_default())?;
            match next {
                Some(at) => pos = at,
                None => break,
            }
        }
        let end = w.pos();
        w.written_mut(vstart).copy_within(n.., 0);
        w.truncate(end - n);
        if key == DelegInfoKey::MANDATORY {
            sort_keys(w.written_mut(vstart)).map_err(|_| f.error(K::Invalid("a key appears twice in mandatory")))?;
        }
    }
    let len = w.pos() - vstart;
    let len16 = u16::try_from(len).map_err(|_| f.error(K::TooLong { what: "DelegInfoValue", max: 65535 }))?;
    w.patch_u16(start + 2, len16).map_err(be)
}

/// The item of a comma-separated list (RFC 9460 Appendix A.1) that starts
/// at `pos` of the decoded value, copied into `out` with `\,` and `\\`
/// resolved. Returns its length and where the next item starts.
fn next_item(decoded: &[u8], pos: usize, out: &mut [u8; MAX_ITEM]) -> Result<(usize, Option<usize>), ListError> {
    let mut i = pos;
    let mut n = 0;
    let next = loop {
        let c = match decoded.get(i) {
            None => break None,
            Some(b',') => break Some(i + 1),
            Some(b'\\') => match decoded.get(i + 1) {
                Some(&c @ (b',' | b'\\')) => {
                    i += 1;
                    c
                }
                _ => return Err(ListError::BadEscape { at: i }),
            },
            Some(&c) => c,
        };
        // An over-long item is cut here and refused by the item's reader.
        if let Some(slot) = out.get_mut(n) {
            *slot = c;
        }
        n += 1;
        i += 1;
    };
    if n == 0 {
        return Err(ListError::EmptyItem { at: pos });
    }
    if next.is_some_and(|at| at >= decoded.len()) {
        return Err(ListError::EmptyItem { at: decoded.len() });
    }
    Ok((n, next))
}

/// Writes the wire form of one list item of a registered key.
fn list_item(
    p: &RdataParser<'_, '_, '_>,
    w: &mut Writer<'_>,
    key: DelegInfoKey,
    f: &Field<'_>,
    item: &[u8],
) -> Result<(), TextError> {
    let be = |e| p.build_error(e);
    match key {
        DelegInfoKey::MANDATORY => {
            let k = (is_key_text(item))
                .then(|| DelegInfoKey::from_text(item))
                .flatten()
                .ok_or_else(|| f.error(K::Expected("a DelegInfoKey in mandatory")))?;
            if k == DelegInfoKey::RESERVED {
                return Err(f.error(K::Invalid("key65535 is reserved")));
            }
            w.u16(k.to_int()).map_err(be)
        }
        DelegInfoKey::SERVER_IPV4 => {
            let a = Ipv4Addr::from_text(item).ok_or_else(|| f.error(K::Expected("IPv4 addresses")))?;
            a.compose(w).map_err(be)
        }
        DelegInfoKey::SERVER_IPV6 => {
            let a = Ipv6Addr::from_text(item).ok_or_else(|| f.error(K::Expected("IPv6 addresses")))?;
            a.compose(w).map_err(be)
        }
        _ => {
            let item_field = Field { raw: item, quoted: false, ..*f };
            let mut buf = [0u8; MAX_WIRE_LEN];
            let len = name_field(&item_field, p.origin(), &mut buf)?;
            w.bytes(buf.get(..len).unwrap_or_default()).map_err(be)
        }
    }
}
