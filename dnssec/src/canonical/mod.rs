//! Canonical form and order (RFC 4034 section 6, RFC 6840 section 5.1) and
//! the data an RRSIG signs (RFC 4034 section 3.1.8.1).
//!
//! The input is an [`Rrset`]: an owner, class, type, TTL and the RDATA of
//! each record in uncompressed wire form, so that any store can feed it.
//! The work happens in a [`Scratch`] the caller keeps and reuses, so that
//! signing or verifying RRset after RRset allocates only while the scratch
//! grows to the largest RRset.

mod rdata;

use alloc::vec::Vec;

use dns_wire::Name;
use dns_wire::iana::{Class, Rtype};
use dns_wire::rdata::Rrsig;

pub use self::rdata::{canonical_rdata, lowercases_rdata};
use crate::error::CanonicalError;

/// An RRset as canonical form needs it: records of one owner, class and
/// type, with their RDATA in uncompressed wire form, in any order and
/// possibly with duplicates.
#[derive(Debug, Clone, Copy)]
pub struct Rrset<'a> {
    /// The owner name.
    pub owner: Name<'a>,
    /// The class.
    pub class: Class,
    /// The type.
    pub rtype: Rtype,
    /// The TTL of the RRset.
    pub ttl: u32,
    /// The RDATA of each record.
    pub rdata: &'a [&'a [u8]],
}

/// Appends `name` in canonical form (uncompressed, ASCII lowercase; RFC 4034
/// section 6.2) to `out`.
///
/// ```
/// let name = dns_wire::Name::parse(b"\x03WwW\x02NL\x00")?;
/// let mut out = Vec::new();
/// dnssec::canonical::write_name_lowercase(&name, &mut out);
/// assert_eq!(out, b"\x03www\x02nl\x00");
/// # Ok::<(), dns_wire::WireError>(())
/// ```
pub fn write_name_lowercase(name: &Name<'_>, out: &mut Vec<u8>) {
    for label in name.labels() {
        // A label of a checked Name is at most 63 octets.
        out.push(u8::try_from(label.len()).unwrap_or(63));
        out.extend(label.iter().map(u8::to_ascii_lowercase));
    }
    out.push(0);
}

/// The label count of `name` as the RRSIG Labels field counts it: the
/// root and a leading `*` label not counted (RFC 4034 section 3.1.3).
///
/// ```
/// let name = dns_wire::Name::parse(b"\x01*\x07example\x03com\x00")?;
/// assert_eq!(dnssec::canonical::rrsig_labels(&name), 2);
/// # Ok::<(), dns_wire::WireError>(())
/// ```
pub fn rrsig_labels(name: &Name<'_>) -> u8 {
    let mut labels = name.labels();
    let wildcard = labels.next().is_some_and(|l| l == b"*");
    let count = name.label_count() - usize::from(wildcard);
    // A name has at most 127 labels.
    u8::try_from(count).unwrap_or(u8::MAX)
}

/// An owner name in canonical wire form, on the stack.
pub(crate) struct OwnerBuf {
    buf: [u8; dns_wire::name::MAX_WIRE_LEN],
    len: usize,
}

impl OwnerBuf {
    pub(crate) fn new() -> Self {
        Self { buf: [0; dns_wire::name::MAX_WIRE_LEN], len: 0 }
    }

    /// Writes `labels` lowercased, then the root label. The labels come from
    /// a checked name, or `*` plus fewer labels of one, so they fit in 255
    /// octets; were they not to, the name would be cut, never overrun.
    pub(crate) fn lowercase<'a>(&mut self, labels: impl Iterator<Item = &'a [u8]>) {
        let mut at = 0;
        for label in labels {
            let Ok(len) = u8::try_from(label.len()) else { break };
            let Some(slot) = self.buf.get_mut(at..at + 1 + label.len()) else { break };
            if let Some((first, rest)) = slot.split_first_mut() {
                *first = len;
                for (d, s) in rest.iter_mut().zip(label) {
                    *d = s.to_ascii_lowercase();
                }
            }
            at += 1 + label.len();
        }
        if let Some(root) = self.buf.get_mut(at) {
            *root = 0;
            self.len = at + 1;
        }
    }

    /// `name` in canonical wire form.
    pub(crate) fn of(name: &Name<'_>) -> Self {
        let mut owner = Self::new();
        owner.lowercase(name.labels());
        owner
    }

    pub(crate) fn as_wire(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or_default()
    }
}

/// Reusable working memory for canonical forms and signed data: keep one
/// per thread and pass it to every call.
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    /// Canonical RDATA of the current RRset, back to back.
    rdata: Vec<u8>,
    /// (start, end) of each record's canonical RDATA in `rdata`, sorted.
    spans: Vec<(usize, usize)>,
    /// The output being built.
    out: Vec<u8>,
}

impl Scratch {
    /// An empty scratch.
    pub fn new() -> Self {
        Self::default()
    }

    /// Puts the RDATA of `rrset` in canonical form and order (RFC 4034
    /// sections 6.2 and 6.3) with duplicates removed (RFC 4034 section
    /// 6.3, RFC 2181 section 5).
    fn sort(&mut self, rrset: &Rrset<'_>) -> Result<(), CanonicalError> {
        self.rdata.clear();
        self.spans.clear();
        for rdata in rrset.rdata {
            let start = self.rdata.len();
            canonical_rdata(rrset.rtype, rdata, &mut self.rdata)?;
            self.spans.push((start, self.rdata.len()));
        }
        let all = &self.rdata;
        let of = |&(s, e): &(usize, usize)| all.get(s..e).unwrap_or_default();
        // Slices compare as RFC 4034 section 6.3 orders RDATA: octet by
        // octet, a shorter one that is a prefix of the other first.
        self.spans.sort_unstable_by(|a, b| of(a).cmp(of(b)));
        self.spans.dedup_by(|a, b| of(a) == of(b));
        Ok(())
    }

    /// The canonical RDATA of `rrset`, sorted and without duplicates.
    ///
    /// ```
    /// use dnssec::canonical::{Rrset, Scratch};
    /// use dns_wire::{Name, iana::{Class, Rtype}};
    /// let owner = Name::parse(b"\x01a\x00")?;
    /// let rdata: [&[u8]; 3] = [b"\x00\x02\x01B\x00", b"\x00\x01\x01a\x00", b"\x00\x02\x01b\x00"];
    /// let rrset = Rrset { owner, class: Class::IN, rtype: Rtype::MX, ttl: 60, rdata: &rdata };
    /// let mut scratch = Scratch::new();
    /// let sorted: Vec<&[u8]> = scratch.canonical_rdata(&rrset)?.collect();
    /// assert_eq!(sorted, [&b"\x00\x01\x01a\x00"[..], b"\x00\x02\x01b\x00"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`CanonicalError`] when a record's RDATA cannot be put in canonical
    /// form.
    pub fn canonical_rdata(&mut self, rrset: &Rrset<'_>) -> Result<impl Iterator<Item = &[u8]>, CanonicalError> {
        self.sort(rrset)?;
        let all = &self.rdata;
        Ok(self.spans.iter().map(move |&(s, e)| all.get(s..e).unwrap_or_default()))
    }

    /// The canonical wire form of `rrset` (RFC 4034 section 6.2): every
    /// record, owner lowercased, in canonical order without duplicates,
    /// with the RRset's TTL (as ZONEMD hashes it, RFC 8976 section 3.3).
    ///
    /// ```
    /// use dnssec::canonical::{Rrset, Scratch};
    /// use dns_wire::{Name, iana::{Class, Rtype}};
    /// let rdata: [&[u8]; 2] = [&[192, 0, 2, 2], &[192, 0, 2, 1]];
    /// let rrset = Rrset { owner: Name::parse(b"\x01A\x00")?, class: Class::IN, rtype: Rtype::A, ttl: 60, rdata: &rdata };
    /// let mut scratch = Scratch::new();
    /// let wire = scratch.rrset_wire(&rrset)?;
    /// assert_eq!(&wire[..3], b"\x01a\x00");
    /// assert_eq!(&wire[13..17], &[192, 0, 2, 1]); // the lower address first
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// As [`Scratch::canonical_rdata`].
    pub fn rrset_wire(&mut self, rrset: &Rrset<'_>) -> Result<&[u8], CanonicalError> {
        self.sort(rrset)?;
        self.out.clear();
        let mut owner = OwnerBuf::new();
        owner.lowercase(rrset.owner.labels());
        self.write_records(owner.as_wire(), rrset, rrset.ttl)?;
        Ok(&self.out)
    }

    /// The data an RRSIG with the fields of `rrsig` (its signature is
    /// ignored) signs over `rrset` (RFC 4034 section 3.1.8.1): the RRSIG
    /// RDATA without the signature and with the signer's name lowercased,
    /// then every record in canonical form and order, with the Original TTL,
    /// and the owner as `*.` plus its rightmost Labels labels when Labels is
    /// less than the owner's label count (a wildcard expansion).
    ///
    /// ```
    /// use dnssec::canonical::{Rrset, Scratch};
    /// use dns_wire::{Name, iana::{Class, Rtype, SecAlg}, rdata::Rrsig};
    /// let owner = Name::parse(b"\x01X\x07example\x00")?;
    /// let rdata: [&[u8]; 1] = [&[192, 0, 2, 1]];
    /// let rrset = Rrset { owner, class: Class::IN, rtype: Rtype::A, ttl: 300, rdata: &rdata };
    /// let rrsig = Rrsig {
    ///     type_covered: Rtype::A, algorithm: SecAlg::ED25519, labels: 1, original_ttl: 3600,
    ///     expiration: 2, inception: 1, key_tag: 7, signer: Name::parse(b"\x07Example\x00")?, signature: &[],
    /// };
    /// let data = Scratch::new().signed_data(&rrsig, &rrset)?.to_vec();
    /// assert_eq!(&data[18..27], b"\x07example\x00"); // signer lowercased
    /// assert_eq!(&data[27..38], b"\x01*\x07example\x00"); // Labels 1 < 2: wildcard owner
    /// assert_eq!(&data[42..46], &3600u32.to_be_bytes()); // the Original TTL
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`CanonicalError::LabelsTooMany`] when Labels is more than the
    /// owner's label count; as [`Scratch::canonical_rdata`].
    pub fn signed_data(&mut self, rrsig: &Rrsig<'_>, rrset: &Rrset<'_>) -> Result<&[u8], CanonicalError> {
        self.sort(rrset)?;
        self.out.clear();
        self.out.extend_from_slice(&rrsig.type_covered.to_int().to_be_bytes());
        self.out.push(rrsig.algorithm.to_int());
        self.out.push(rrsig.labels);
        self.out.extend_from_slice(&rrsig.original_ttl.to_be_bytes());
        self.out.extend_from_slice(&rrsig.expiration.to_be_bytes());
        self.out.extend_from_slice(&rrsig.inception.to_be_bytes());
        self.out.extend_from_slice(&rrsig.key_tag.to_be_bytes());
        write_name_lowercase(&rrsig.signer, &mut self.out);
        let owner_labels = rrsig_labels(&rrset.owner);
        let mut owner = OwnerBuf::new();
        match rrsig.labels.cmp(&owner_labels) {
            core::cmp::Ordering::Greater => {
                return Err(CanonicalError::LabelsTooMany {
                    labels: rrsig.labels,
                    owner_labels: usize::from(owner_labels),
                });
            }
            core::cmp::Ordering::Equal => owner.lowercase(rrset.owner.labels()),
            core::cmp::Ordering::Less => {
                let skip = rrset.owner.label_count() - usize::from(rrsig.labels);
                owner.lowercase(core::iter::once(&b"*"[..]).chain(rrset.owner.labels().skip(skip)));
            }
        }
        self.write_records(owner.as_wire(), rrset, rrsig.original_ttl)?;
        Ok(&self.out)
    }

    /// Appends every sorted record of `rrset` to `out` with `owner` (in
    /// canonical wire form) and `ttl`.
    fn write_records(&mut self, owner: &[u8], rrset: &Rrset<'_>, ttl: u32) -> Result<(), CanonicalError> {
        for &(s, e) in &self.spans {
            let rdata = self.rdata.get(s..e).unwrap_or_default();
            let len = u16::try_from(rdata.len())
                .map_err(|_| CanonicalError::RdataTooLong { rtype: rrset.rtype, len: rdata.len() })?;
            self.out.extend_from_slice(owner);
            self.out.extend_from_slice(&rrset.rtype.to_int().to_be_bytes());
            self.out.extend_from_slice(&rrset.class.to_int().to_be_bytes());
            self.out.extend_from_slice(&ttl.to_be_bytes());
            self.out.extend_from_slice(&len.to_be_bytes());
            self.out.extend_from_slice(rdata);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicates_removed_after_lowercasing() {
        let owner = Name::parse(b"\x01a\x00").unwrap();
        let rdata: [&[u8]; 3] = [b"\x02NS\x00", b"\x02ns\x00", b"\x01z\x00"];
        let rrset = Rrset { owner, class: Class::IN, rtype: Rtype::NS, ttl: 1, rdata: &rdata };
        let mut s = Scratch::new();
        let got: Vec<&[u8]> = s.canonical_rdata(&rrset).unwrap().collect();
        // \x01z sorts before \x02ns: the length octet comes first.
        assert_eq!(got, [&b"\x01z\x00"[..], b"\x02ns\x00"]);
    }

    #[test]
    fn shorter_prefix_sorts_first() {
        let owner = Name::ROOT;
        let rdata: [&[u8]; 3] = [b"\x01\x02", b"\x01", b"\x00\xff"];
        let rrset = Rrset { owner, class: Class::IN, rtype: Rtype::new(65000), ttl: 1, rdata: &rdata };
        let mut s = Scratch::new();
        let got: Vec<&[u8]> = s.canonical_rdata(&rrset).unwrap().collect();
        assert_eq!(got, [&b"\x00\xff"[..], b"\x01", b"\x01\x02"]);
    }

    #[test]
    fn labels_above_the_owner_count_refused() {
        let owner = Name::parse(b"\x01*\x01a\x00").unwrap();
        let rdata: [&[u8]; 1] = [b"\x01\x02\x03\x04"];
        let rrset = Rrset { owner, class: Class::IN, rtype: Rtype::A, ttl: 1, rdata: &rdata };
        let rrsig = Rrsig {
            type_covered: Rtype::A,
            algorithm: dns_wire::iana::SecAlg::ED25519,
            labels: 2,
            original_ttl: 1,
            expiration: 2,
            inception: 1,
            key_tag: 1,
            signer: Name::ROOT,
            signature: &[],
        };
        let e = Scratch::new().signed_data(&rrsig, &rrset).unwrap_err();
        assert_eq!(e, CanonicalError::LabelsTooMany { labels: 2, owner_labels: 1 });
        // Labels 1 on the wildcard owner itself keeps the owner as it is.
        let rrsig = Rrsig { labels: 1, ..rrsig };
        let mut s = Scratch::new();
        let data = s.signed_data(&rrsig, &rrset).unwrap();
        assert_eq!(data.get(19..24), Some(&b"\x01*\x01a\x00"[..]));
    }

    #[test]
    fn rrset_wire_uses_the_rrset_ttl_and_lowercase_owner() {
        let owner = Name::parse(b"\x01A\x00").unwrap();
        let rdata: [&[u8]; 1] = [b"\x01\x02\x03\x04"];
        let rrset = Rrset { owner, class: Class::IN, rtype: Rtype::A, ttl: 7, rdata: &rdata };
        let mut s = Scratch::new();
        assert_eq!(s.rrset_wire(&rrset).unwrap(), b"\x01a\x00\x00\x01\x00\x01\x00\x00\x00\x07\x00\x04\x01\x02\x03\x04");
    }
}
