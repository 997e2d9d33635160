//! [`Arbitrary`] for [`NameBuf`], [`RDataBuf`] and [`RecordBuf`] (feature
//! `arbitrary`): structured fuzz input that is always valid, so that a
//! target spends its time past the parser (building, printing, comparing).
//!
//! Names are 0 to 127 labels of 1 to 63 octets, at most 255 octets in wire
//! form, mostly letters, digits and hyphens but any octet at times (dots,
//! backslashes, spaces: what printing must escape). RDATA is one of A,
//! AAAA, NS, CNAME, PTR, DNAME, MX, TXT, SOA, SRV, CAA, DS (SHA-256) or a
//! private-use type with opaque octets, each checked by
//! [`RDataBuf::from_wire`].
//!
//! ```
//! use arbitrary::{Arbitrary, Unstructured};
//! use dns_wire::owned::RecordBuf;
//! let noise = [7u8; 200];
//! let rr = RecordBuf::arbitrary(&mut Unstructured::new(&noise)).unwrap();
//! assert!(rr.owner.as_wire().len() <= 255);
//! let text = rr.to_string(); // valid records always print
//! assert!(!text.is_empty());
//! ```

use alloc::vec::Vec;

use arbitrary::{Arbitrary, Error, Result, Unstructured};

use super::{RDataBuf, RecordBuf};
use crate::iana::{Class, Rtype};
use crate::name::{MAX_WIRE_LEN, Name, NameBuf};

/// The octets labels are mostly made of.
const LDH: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_*";

impl<'a> Arbitrary<'a> for NameBuf {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut wire = [0u8; MAX_WIRE_LEN];
        let mut len = 0;
        let labels: u8 = u.int_in_range(0..=127)?;
        for _ in 0..labels {
            // One octet for the length, at least one for the label, and
            // the root's octet after it.
            let room = MAX_WIRE_LEN.saturating_sub(len + 2);
            if room == 0 {
                break;
            }
            let label_len = u.int_in_range(1..=room.min(63))?;
            let any = u.ratio(1u8, 8u8)?;
            let Some(dst) = wire.get_mut(len..len + 1 + label_len) else { break };
            let Some((len_octet, label)) = dst.split_first_mut() else { break };
            *len_octet = u8::try_from(label_len).map_err(|_| Error::IncorrectFormat)?;
            for b in label {
                *b = if any { u.arbitrary()? } else { *u.choose(LDH)? };
            }
            len += 1 + label_len;
        }
        // The root label closes the name (the buffer is zeroed).
        let name = Name::parse(wire.get(..=len).ok_or(Error::IncorrectFormat)?).map_err(|_| Error::IncorrectFormat)?;
        Ok(NameBuf::from_name(&name))
    }
}

/// The record types generated, with what their RDATA is made of.
// Made once per record and consumed at once: its size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Arbitrary)]
enum Shape {
    A([u8; 4]),
    Aaaa([u8; 16]),
    /// NS, CNAME, PTR or DNAME, by the octet.
    OneName(u8, NameBuf),
    Mx(u16, NameBuf),
    Txt(Vec<Vec<u8>>),
    Soa(NameBuf, NameBuf, [u32; 5]),
    Srv(u16, u16, u16, NameBuf),
    Caa(bool, u8, Vec<u8>),
    Ds(u16, u8, [u8; 32]),
    Private(u8, Vec<u8>),
}

impl Shape {
    /// The record type and its RDATA in wire form.
    fn wire(self) -> (Rtype, Vec<u8>) {
        let mut v = Vec::new();
        let rtype = match self {
            Shape::A(a) => {
                v.extend_from_slice(&a);
                Rtype::A
            }
            Shape::Aaaa(a) => {
                v.extend_from_slice(&a);
                Rtype::AAAA
            }
            Shape::OneName(kind, n) => {
                v.extend_from_slice(n.as_wire());
                [Rtype::NS, Rtype::CNAME, Rtype::PTR, Rtype::DNAME][usize::from(kind % 4)]
            }
            Shape::Mx(pref, n) => {
                v.extend_from_slice(&pref.to_be_bytes());
                v.extend_from_slice(n.as_wire());
                Rtype::MX
            }
            Shape::Txt(strings) => {
                for s in strings.iter().take(64) {
                    let s = s.get(..255).unwrap_or(s);
                    v.push(u8::try_from(s.len()).unwrap_or(u8::MAX));
                    v.extend_from_slice(s);
                }
                if v.is_empty() {
                    v.push(0);
                }
                Rtype::TXT
            }
            Shape::Soa(m, r, nums) => {
                v.extend_from_slice(m.as_wire());
                v.extend_from_slice(r.as_wire());
                for n in nums {
                    v.extend_from_slice(&n.to_be_bytes());
                }
                Rtype::SOA
            }
            Shape::Srv(prio, weight, port, n) => {
                for x in [prio, weight, port] {
                    v.extend_from_slice(&x.to_be_bytes());
                }
                v.extend_from_slice(n.as_wire());
                Rtype::SRV
            }
            Shape::Caa(critical, tag_pick, value) => {
                v.push(if critical { 0x80 } else { 0 });
                let tag: &[u8] =
                    [&b"issue"[..], b"issuewild", b"iodef", b"contactemail", b"tbs0"][usize::from(tag_pick % 5)];
                v.push(u8::try_from(tag.len()).unwrap_or(0));
                v.extend_from_slice(tag);
                v.extend_from_slice(value.get(..1000).unwrap_or(&value));
                Rtype::CAA
            }
            Shape::Ds(tag, alg, digest) => {
                v.extend_from_slice(&tag.to_be_bytes());
                v.push(alg);
                v.push(2);
                v.extend_from_slice(&digest);
                Rtype::DS
            }
            Shape::Private(t, data) => {
                v.extend_from_slice(data.get(..2000).unwrap_or(&data));
                Rtype::new(65280 + u16::from(t % 200))
            }
        };
        (rtype, v)
    }
}

impl<'a> Arbitrary<'a> for RDataBuf {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let (rtype, wire) = Shape::arbitrary(u)?.wire();
        RDataBuf::from_wire(rtype, &wire).map_err(|_| Error::IncorrectFormat)
    }
}

impl<'a> Arbitrary<'a> for RecordBuf {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let owner = NameBuf::arbitrary(u)?;
        let class = if u.ratio(1u8, 16u8)? { Class::new(u.arbitrary()?) } else { Class::IN };
        Ok(RecordBuf { owner, class, ttl: u.arbitrary()?, rdata: RDataBuf::arbitrary(u)? })
    }
}
