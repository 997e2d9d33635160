//! DNS messages as views over received octets: [`Message`], its
//! [`Header`], [`Question`]s and [`Record`]s.

mod header;
mod question;
mod record;
mod section;

pub use header::{HEADER_LEN, Header};
pub use question::Question;
pub use record::Record;
pub use section::Section;

use crate::Name;
use crate::edns::Opt;
use crate::iana::{Class, Rcode, Rtype};
use crate::name::{Seen, check_in_message, check_in_message_walk, skip_checked};
use crate::wire::WireError;

/// The most octets a DNS message can have: its length is a 16-bit field
/// over TCP (RFC 1035 section 4.2.2) and the largest EDNS UDP payload size
/// is 65535 (RFC 6891 section 6.2.5). [`Message::parse`] refuses longer
/// input and [`MessageBuilder`](crate::MessageBuilder) never writes
/// more.
pub const MAX_MESSAGE_LEN: usize = 65535;

/// A DNS message, checked once and then read without failure.
///
/// [`Message::parse`] walks the whole message once: it checks the header,
/// every name (RFC 9267: pointers strictly backwards, labels and names
/// within their limits), that every record's fixed fields and RDLENGTH
/// octets are there, that the counts match the data, that nothing trails
/// the last record, and the placement rules for OPT (one, in the
/// additional section, owned by the root: RFC 6891 section 6.1.1) and TSIG
/// (last: RFC 8945 section 5.1). After that the section iterators cannot
/// fail. The contents of each RDATA are checked when
/// [`Record::data`] reads them; [`Message::check_rdata`] does so for all.
///
/// Nothing here allocates. The offsets of the first 16 records' fixed
/// fields, found while checking, are kept so that the walk
/// need not skip their owner names again.
///
/// ```
/// use dns_wire::{Message, iana::Rtype};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x12\x34\x81\x80\0\x01\0\x01\0\0\0\0\
///              \x07example\0\0\x01\0\x01\
///              \xc0\x0c\0\x01\0\x01\0\0\x0e\x10\0\x04\xc0\0\x02\x01";
/// let msg = Message::parse(wire)?;
/// assert_eq!(msg.header().id(), 0x1234);
/// let q = msg.questions().next().expect("a question");
/// assert_eq!(q.qtype, Rtype::A);
/// for rr in msg.answers() {
///     assert_eq!(rr.owner(), q.qname);
///     println!("{rr}");
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Message<'a> {
    buf: &'a [u8],
    header: Header,
    /// Where each section starts (offsets fit 16 bits: see
    /// [`MAX_MESSAGE_LEN`]).
    starts: [u16; 4],
    /// Where the OPT record starts.
    opt: Option<u16>,
    /// Where the fixed fields (after the owner name) of the first
    /// [`CACHED_RECORDS`] records after the questions start.
    fixed: Fixed,
}

/// How many records' offsets a [`Message`] keeps; the walk skips the owner
/// names of any further records as it goes.
const CACHED_RECORDS: usize = 16;

/// The offsets a [`Message`] keeps, one for each of its first records.
type Fixed = [u16; CACHED_RECORDS];

/// [`HEADER_LEN`] as an offset kept in 16 bits.
const HEADER_AT: u16 = 12;
const _: () = assert!(HEADER_AT as usize == HEADER_LEN);

/// An offset into a message, which [`MAX_MESSAGE_LEN`] keeps within 16 bits.
fn offset(at: usize) -> Result<u16, WireError> {
    u16::try_from(at).map_err(|_| WireError::MessageTooLong { len: at })
}

impl<'a> Message<'a> {
    /// Checks `wire` as a DNS message.
    ///
    /// # Errors
    /// [`WireError::MessageTooLong`] for input over [`MAX_MESSAGE_LEN`]
    /// octets, else the [`WireError`] for the first fault, with its offset.
    pub fn parse(wire: &'a [u8]) -> Result<Self, WireError> {
        // Every offset into a message fits in 16 bits (defect 1: offsets
        // past 65535 aliased real ones when a copy was compressed).
        if wire.len() > MAX_MESSAGE_LEN {
            return Err(WireError::MessageTooLong { len: wire.len() });
        }
        let header = Header::parse(wire)?;
        let mut pos = HEADER_LEN;
        let mut starts = [0; 4];
        let mut fixed = [0; CACHED_RECORDS];
        let mut seen = Seen::new();
        let len = wire.len();
        starts[0] = offset(pos)?;
        for i in 0..header.qdcount() {
            let at = pos;
            // A question's name is almost never a pointer (the first one
            // cannot usefully be): no fast path for one.
            pos = check_in_message_walk(wire, pos, &mut seen)
                .and_then(|p| fixed_len(wire, p, 4).map(|()| p + 4))
                .map_err(|e| short_count(e, at, Section::Question, &header, i, len))?;
        }
        let mut opt = None;
        let mut tsig = None;
        let mut index = 0;
        for section in [Section::Answer, Section::Authority, Section::Additional] {
            starts[section as usize] = offset(pos)?;
            for i in 0..header.count(section) {
                let at = pos;
                if let Some(t) = tsig {
                    return Err(WireError::TsigNotLast { at: t });
                }
                let (rtype, class, p, next) = (|| {
                    let p = check_in_message(wire, pos, &mut seen)?;
                    let [t0, t1, c0, c1, _, _, _, _, l0, l1] = fixed_fields::<10>(wire, p)?;
                    let rdlen = usize::from(u16::from_be_bytes([l0, l1]));
                    fixed_len(wire, p + 10, rdlen)?;
                    Ok((
                        Rtype::new(u16::from_be_bytes([t0, t1])),
                        Class::new(u16::from_be_bytes([c0, c1])),
                        p,
                        p + 10 + rdlen,
                    ))
                })()
                .map_err(|e| short_count(e, at, section, &header, i, len))?;
                if let Some(slot) = fixed.get_mut(index) {
                    *slot = offset(p)?;
                }
                index += 1;
                pos = next;
                if rtype == Rtype::OPT {
                    if section != Section::Additional {
                        return Err(WireError::OptNotInAdditional { at, section });
                    }
                    if opt.is_some() {
                        return Err(WireError::DuplicateOpt { at });
                    }
                    if wire.get(at) != Some(&0) && !Name::from_checked(wire, at).is_root() {
                        return Err(WireError::OptOwnerNotRoot { at });
                    }
                    opt = Some(offset(at)?);
                } else if rtype == Rtype::TSIG {
                    if section != Section::Additional {
                        return Err(WireError::TsigNotLast { at });
                    }
                    if class != Class::ANY {
                        return Err(WireError::TsigClass { at });
                    }
                    tsig = Some(at);
                }
            }
        }
        if pos < len {
            return Err(WireError::TrailingData { at: pos, len: len - pos });
        }
        Ok(Self { buf: wire, header, starts, opt, fixed })
    }

    /// A message with no entries (all-zero header); what a failed view
    /// falls back to where a checked message cannot fail to parse again.
    pub const fn empty() -> Message<'static> {
        Message {
            buf: &[0; HEADER_LEN],
            header: Header::EMPTY,
            starts: [HEADER_AT; 4],
            opt: None,
            fixed: [0; CACHED_RECORDS],
        }
    }

    /// The header.
    pub const fn header(&self) -> Header {
        self.header
    }

    /// The message octets.
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.buf
    }

    /// The full 12-bit RCODE: the header's 4 bits joined with the OPT
    /// record's extended RCODE if there is one (RFC 6891 section 6.1.3).
    ///
    /// ```
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// // NXDOMAIN-with-BADVERS style: header RCODE 3, OPT extended RCODE 1, payload 256.
    /// let wire = b"\0\x01\x81\x83\0\x01\0\0\0\x01\0\x01\x02nl\0\0\x01\0\x01\
    ///              \xc0\x0c\0\x06\0\x01\0\0\x0e\x10\0\x1d\x02ns\xc0\x0c\x01h\xc0\x0c\0\0\0\x01\0\0\0\x02\0\0\0\x03\0\0\0\x04\0\0\0\x05\
    ///              \0\0\x29\x01\0\x01\0\0\0\0\0";
    /// let msg = dns_wire::Message::parse(wire)?;
    /// assert_eq!(msg.header().rcode_bits(), 3);
    /// assert_eq!(msg.rcode().to_int(), (1 << 4) | 3);
    /// # Ok(()) }
    /// ```
    pub fn rcode(&self) -> Rcode {
        let ext = self.opt().map_or(0, |o| o.extended_rcode());
        Rcode::from_parts(self.header.rcode_bits(), ext)
    }

    /// The questions.
    ///
    /// ```
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// // NXDOMAIN-with-BADVERS style: header RCODE 3, OPT extended RCODE 1, payload 256.
    /// let wire = b"\0\x01\x81\x83\0\x01\0\0\0\x01\0\x01\x02nl\0\0\x01\0\x01\
    ///              \xc0\x0c\0\x06\0\x01\0\0\x0e\x10\0\x1d\x02ns\xc0\x0c\x01h\xc0\x0c\0\0\0\x01\0\0\0\x02\0\0\0\x03\0\0\0\x04\0\0\0\x05\
    ///              \0\0\x29\x01\0\x01\0\0\0\0\0";
    /// let msg = dns_wire::Message::parse(wire)?;
    /// let q = msg.questions().next().expect("one question");
    /// assert_eq!(q.to_string(), "nl. IN A");
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn questions(&self) -> Questions<'a> {
        let last = self.starts.get(Section::Answer as usize).map_or(0, |&p| usize::from(p));
        Questions { buf: self.buf, pos: HEADER_LEN, left: self.header.qdcount(), last }
    }

    /// The records of one section (the question section has none).
    ///
    /// ```
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// // NXDOMAIN-with-BADVERS style: header RCODE 3, OPT extended RCODE 1, payload 256.
    /// let wire = b"\0\x01\x81\x83\0\x01\0\0\0\x01\0\x01\x02nl\0\0\x01\0\x01\
    ///              \xc0\x0c\0\x06\0\x01\0\0\x0e\x10\0\x1d\x02ns\xc0\x0c\x01h\xc0\x0c\0\0\0\x01\0\0\0\x02\0\0\0\x03\0\0\0\x04\0\0\0\x05\
    ///              \0\0\x29\x01\0\x01\0\0\0\0\0";
    /// let msg = dns_wire::Message::parse(wire)?;
    /// use dns_wire::message::Section;
    /// assert_eq!(msg.section(Section::Authority).count(), 1);
    /// assert_eq!(msg.section(Section::Question).count(), 0);
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn section(&self, section: Section) -> Records<'a> {
        let h = self.header;
        let (left, index) = match section {
            Section::Question => (0, 0),
            Section::Answer => (h.ancount(), 0),
            Section::Authority => (h.nscount(), h.ancount()),
            Section::Additional => (h.arcount(), h.ancount().saturating_add(h.nscount())),
        };
        let pos = self.starts.get(section as usize).map_or(self.buf.len(), |&p| usize::from(p));
        Records { walk: Walk { buf: self.buf, pos, index: usize::from(index), fixed: self.fixed }, left }
    }

    /// The answer section.
    pub fn answers(&self) -> Records<'a> {
        self.section(Section::Answer)
    }

    /// The authority section.
    pub fn authority(&self) -> Records<'a> {
        self.section(Section::Authority)
    }

    /// The additional section, OPT and TSIG included.
    pub fn additional(&self) -> Records<'a> {
        self.section(Section::Additional)
    }

    /// Every record of the answer, authority and additional sections, with
    /// its section.
    ///
    /// ```
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// // NXDOMAIN-with-BADVERS style: header RCODE 3, OPT extended RCODE 1, payload 256.
    /// let wire = b"\0\x01\x81\x83\0\x01\0\0\0\x01\0\x01\x02nl\0\0\x01\0\x01\
    ///              \xc0\x0c\0\x06\0\x01\0\0\x0e\x10\0\x1d\x02ns\xc0\x0c\x01h\xc0\x0c\0\0\0\x01\0\0\0\x02\0\0\0\x03\0\0\0\x04\0\0\0\x05\
    ///              \0\0\x29\x01\0\x01\0\0\0\0\0";
    /// let msg = dns_wire::Message::parse(wire)?;
    /// use dns_wire::message::Section;
    /// let sections: Vec<Section> = msg.records().map(|(s, _)| s).collect();
    /// assert_eq!(sections, [Section::Authority, Section::Additional]);
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn records(&self) -> AllRecords<'a> {
        let h = self.header;
        let pos = self.starts.get(Section::Answer as usize).map_or(self.buf.len(), |&p| usize::from(p));
        AllRecords {
            walk: Walk { buf: self.buf, pos, index: 0, fixed: self.fixed },
            counts: [h.ancount(), h.nscount(), h.arcount()],
            section: 0,
        }
    }

    /// The OPT record, if the message has one (RFC 6891).
    ///
    /// ```
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// // NXDOMAIN-with-BADVERS style: header RCODE 3, OPT extended RCODE 1, payload 256.
    /// let wire = b"\0\x01\x81\x83\0\x01\0\0\0\x01\0\x01\x02nl\0\0\x01\0\x01\
    ///              \xc0\x0c\0\x06\0\x01\0\0\x0e\x10\0\x1d\x02ns\xc0\x0c\x01h\xc0\x0c\0\0\0\x01\0\0\0\x02\0\0\0\x03\0\0\0\x04\0\0\0\x05\
    ///              \0\0\x29\x01\0\x01\0\0\0\0\0";
    /// let msg = dns_wire::Message::parse(wire)?;
    /// let opt = msg.opt().expect("an OPT record");
    /// assert_eq!((opt.udp_payload_size(), opt.extended_rcode(), opt.version()), (256, 1, 0));
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn opt(&self) -> Option<Opt<'a>> {
        // `Message::parse` checked that the owner is the root: almost always
        // the one octet 0, though a pointer to it would do.
        let at = usize::from(self.opt?);
        let fixed = if self.buf.get(at) == Some(&0) { at + 1 } else { skip_checked(self.buf, at) };
        Record::at_checked(self.buf, at, fixed).map(Opt::from_record)
    }

    /// As [`Message::check_rdata`], with the record types of `ext` checked
    /// by their extensions.
    ///
    /// # Errors
    /// The first [`WireError`] found.
    pub fn check_rdata_with(&self, ext: crate::ext::Extensions<'_>) -> Result<(), WireError> {
        for (_, rr) in self.records() {
            match ext.find(rr.rtype()) {
                Some(e) if !rr.rtype().is_opaque_in(rr.class()) => {
                    let mut r = rr.rdata_reader();
                    r.forbid_pointers();
                    e.check(rr.rtype(), r)?;
                }
                _ => {
                    rr.data()?;
                }
            }
        }
        self.check_options()
    }

    /// Reads every record's RDATA into its typed form, to check that all of
    /// it is well-formed, and the options of the OPT record into theirs
    /// ([`Opt::typed_options`]; RFC 6891 section 6.1.2).
    ///
    /// # Errors
    /// The first [`WireError`] found.
    ///
    /// ```
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// // NXDOMAIN-with-BADVERS style: header RCODE 3, OPT extended RCODE 1, payload 256.
    /// let wire = b"\0\x01\x81\x83\0\x01\0\0\0\x01\0\x01\x02nl\0\0\x01\0\x01\
    ///              \xc0\x0c\0\x06\0\x01\0\0\x0e\x10\0\x1d\x02ns\xc0\x0c\x01h\xc0\x0c\0\0\0\x01\0\0\0\x02\0\0\0\x03\0\0\0\x04\0\0\0\x05\
    ///              \0\0\x29\x01\0\x01\0\0\0\0\0";
    /// let msg = dns_wire::Message::parse(wire)?;
    /// msg.check_rdata()?;
    /// # Ok(()) }
    /// ```
    pub fn check_rdata(&self) -> Result<(), WireError> {
        for (_, rr) in self.records() {
            rr.data()?;
        }
        self.check_options()
    }

    fn check_options(&self) -> Result<(), WireError> {
        if let Some(opt) = self.opt() {
            for o in opt.typed_options() {
                o?;
            }
        }
        Ok(())
    }

    /// The UDP payload size the OPT record announces, with values below
    /// 512 read as 512 (RFC 6891 section 6.2.5); `None` without EDNS.
    ///
    /// ```
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// // NXDOMAIN-with-BADVERS style: header RCODE 3, OPT extended RCODE 1, payload 256.
    /// let wire = b"\0\x01\x81\x83\0\x01\0\0\0\x01\0\x01\x02nl\0\0\x01\0\x01\
    ///              \xc0\x0c\0\x06\0\x01\0\0\x0e\x10\0\x1d\x02ns\xc0\x0c\x01h\xc0\x0c\0\0\0\x01\0\0\0\x02\0\0\0\x03\0\0\0\x04\0\0\0\x05\
    ///              \0\0\x29\x01\0\x01\0\0\0\0\0";
    /// let msg = dns_wire::Message::parse(wire)?;
    /// assert_eq!(msg.udp_payload_size(), Some(512));
    /// # Ok(()) }
    /// ```
    pub fn udp_payload_size(&self) -> Option<u16> {
        self.opt().map(|o| o.udp_payload_size().max(512))
    }
}

/// The `N` octets at `at`.
fn fixed_fields<const N: usize>(wire: &[u8], at: usize) -> Result<[u8; N], WireError> {
    match wire.get(at..).and_then(<[u8]>::first_chunk::<N>) {
        Some(a) => Ok(*a),
        None => Err(WireError::Truncated { at, needed: N - wire.len().saturating_sub(at) }),
    }
}

/// Checks that `n` octets are there at `at`.
fn fixed_len(wire: &[u8], at: usize, n: usize) -> Result<(), WireError> {
    let have = wire.len().saturating_sub(at);
    if n > have { Err(WireError::Truncated { at, needed: n - have }) } else { Ok(()) }
}

/// Turns running out of data at the very start of the `i`th entry of a
/// section into the error that says the count was larger than the data;
/// an entry cut off in its middle stays [`WireError::Truncated`].
fn short_count(e: WireError, at: usize, section: Section, header: &Header, i: u16, len: usize) -> WireError {
    match e {
        WireError::Truncated { .. } if at >= len => {
            WireError::CountMismatch { at, section, expected: header.count(section), found: i }
        }
        other => other,
    }
}

/// The questions of a message.
#[derive(Debug, Clone)]
pub struct Questions<'a> {
    buf: &'a [u8],
    pos: usize,
    left: u16,
    /// Where the question section ends, which `Message::parse` found: the
    /// last question's name ends 4 octets before.
    last: usize,
}

impl<'a> Iterator for Questions<'a> {
    type Item = Question<'a>;

    #[inline]
    fn next(&mut self) -> Option<Question<'a>> {
        // The message was checked by `Message::parse`; a failure here cannot
        // happen and ends the iteration.
        self.left = self.left.checked_sub(1)?;
        let qname = Name::from_checked(self.buf, self.pos);
        // The last question's name need not be skipped: its fields end the
        // section. (A name has at least one octet.)
        let end = match self.last.checked_sub(4) {
            Some(end) if self.left == 0 && end > self.pos => end,
            _ => skip_checked(self.buf, self.pos),
        };
        let Some(&[t0, t1, c0, c1]) = self.buf.get(end..).and_then(<[u8]>::first_chunk::<4>) else {
            self.left = 0;
            return None;
        };
        self.pos = end + 4;
        Some(Question {
            qname,
            qtype: Rtype::new(u16::from_be_bytes([t0, t1])),
            qclass: Class::new(u16::from_be_bytes([c0, c1])),
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(usize::from(self.left)))
    }
}

/// A position among the records of a checked message, with the offsets
/// that [`Message::parse`] kept.
#[derive(Debug, Clone)]
struct Walk<'a> {
    buf: &'a [u8],
    /// Where the next record starts.
    pos: usize,
    /// The next record's index, counted from the first answer.
    index: usize,
    fixed: Fixed,
}

impl<'a> Walk<'a> {
    /// The record at the position, and the position moved past it.
    #[inline]
    fn record(&mut self) -> Option<Record<'a>> {
        let fixed = match self.fixed.get(self.index) {
            Some(&p) => usize::from(p),
            None => skip_checked(self.buf, self.pos),
        };
        let rr = Record::at_checked(self.buf, self.pos, fixed)?;
        self.index += 1;
        self.pos = rr.end();
        Some(rr)
    }
}

/// Every record of a message after the question section, with its section.
#[derive(Debug, Clone)]
pub struct AllRecords<'a> {
    walk: Walk<'a>,
    counts: [u16; 3],
    section: usize,
}

impl<'a> Iterator for AllRecords<'a> {
    type Item = (Section, Record<'a>);

    #[inline]
    fn next(&mut self) -> Option<(Section, Record<'a>)> {
        // The three sections are contiguous; move on when one is done.
        loop {
            let left = self.counts.get_mut(self.section)?;
            if *left > 0 {
                *left -= 1;
                break;
            }
            self.section += 1;
        }
        let section = match self.section {
            0 => Section::Answer,
            1 => Section::Authority,
            _ => Section::Additional,
        };
        // Checked by `Message::parse`; see `Questions::next`.
        match self.walk.record() {
            Some(rr) => Some((section, rr)),
            None => {
                self.counts = [0; 3];
                None
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.counts.iter().skip(self.section).map(|&c| usize::from(c)).sum();
        (0, Some(left))
    }
}

/// The records of one section of a message.
#[derive(Debug, Clone)]
pub struct Records<'a> {
    walk: Walk<'a>,
    left: u16,
}

impl<'a> Iterator for Records<'a> {
    type Item = Record<'a>;

    #[inline]
    fn next(&mut self) -> Option<Record<'a>> {
        // Checked by `Message::parse`; see `Questions::next`.
        self.left = self.left.checked_sub(1)?;
        self.walk.record().or_else(|| {
            self.left = 0;
            None
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(usize::from(self.left)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::Reader;
    use alloc::string::{String, ToString};
    use alloc::vec::Vec;

    const KEPT: u16 = 16;
    const _: () = assert!(KEPT as usize == CACHED_RECORDS);

    /// A response for `a.example.` with `n` A records spread over the three
    /// sections, their owners in turn a pointer to the question, a label
    /// and that pointer, and the name written out, then an OPT record.
    fn response(n: u16) -> Vec<u8> {
        let (an, ns) = (n / 2, n / 4);
        let ar = n - an - ns + 1;
        let mut wire = Vec::from(*b"\x12\x34\x81\x80\0\x01");
        for c in [an, ns, ar] {
            wire.extend_from_slice(&c.to_be_bytes());
        }
        wire.extend_from_slice(b"\x01a\x07example\0\0\x01\0\x01");
        for i in 0..n {
            match i % 3 {
                0 => wire.extend_from_slice(b"\xc0\x0c"),
                1 => wire.extend_from_slice(b"\x03www\xc0\x0c"),
                _ => wire.extend_from_slice(b"\x01b\x07example\0"),
            }
            wire.extend_from_slice(b"\0\x01\0\x01\0\0\x0e\x10\0\x04\xc0\0\x02");
            wire.push(u8::try_from(i % 256).unwrap_or(0));
        }
        wire.extend_from_slice(b"\0\0\x29\x04\xd0\0\0\0\0\0\0");
        wire
    }

    /// Every record as `Record::read` finds it from the first answer on,
    /// checking each name again: owner offset, owner, TTL and RDATA offset.
    fn reread(wire: &[u8]) -> Vec<(usize, String, u32, usize)> {
        let msg = Message::parse(wire).expect("parses");
        let h = msg.header();
        let total = usize::from(h.ancount()) + usize::from(h.nscount()) + usize::from(h.arcount());
        let mut r = Reader::message(wire);
        r.bytes(usize::from(msg.starts[1])).expect("the answers start inside");
        (0..total)
            .map(|_| {
                let at = r.pos();
                let rr = Record::read(&mut r).expect("reads");
                (at, rr.owner().to_string(), rr.ttl(), rr.rdata_offset())
            })
            .collect()
    }

    /// The questions as `Questions` gives them (the last one's name not
    /// skipped but ended where the section ends) against reading each name
    /// and its fields in turn; and the OPT record found whether its owner
    /// is the octet 0 or a pointer to one.
    #[test]
    fn questions_and_opt_as_read_in_turn() {
        let head = |qd: u8| [0x12, 0x34, 0x01, 0x00, 0, qd, 0, 0, 0, 0, 0, 1];
        let names: [&[u8]; 3] = [b"\x01a\x07example\x00", b"\x03www\xc0\x0c", b"\x00"];
        for qd in 0..=3u8 {
            for opt_owner in [&b"\x00"[..], b"\xc0\x00"] {
                let mut wire = head(qd).to_vec();
                for (i, name) in names.iter().take(usize::from(qd)).enumerate() {
                    wire.extend_from_slice(name);
                    wire.extend_from_slice(&[0, u8::try_from(i + 1).unwrap_or(0), 0, 1]);
                }
                // A pointer to a root octet: the last octet of the header
                // is 1, so point at the first question's final 0 if there
                // is one, else at an OPT owner of 0 written first.
                let owner: Vec<u8> = match (opt_owner, qd) {
                    ([0xc0, 0x00], 0) => continue,
                    ([0xc0, 0x00], _) => Vec::from(*b"\xc0\x16"),
                    (o, _) => o.to_vec(),
                };
                wire.extend_from_slice(&owner);
                wire.extend_from_slice(b"\0\x29\x04\xd0\0\0\0\0\0\0");
                let msg = Message::parse(&wire).expect("parses");
                let mut r = Reader::message(&wire);
                r.bytes(HEADER_LEN).expect("header");
                let want: Vec<String> = (0..qd)
                    .map(|_| {
                        let name = r.name().expect("name");
                        let (t, c) = (r.u16().expect("type"), r.u16().expect("class"));
                        alloc::format!("{name} {t} {c}")
                    })
                    .collect();
                let got: Vec<String> = msg
                    .questions()
                    .map(|q| alloc::format!("{} {} {}", q.qname, q.qtype.to_int(), q.qclass.to_int()))
                    .collect();
                assert_eq!(got, want, "{qd} questions");
                assert_eq!(msg.opt().map(|o| o.udp_payload_size()), Some(1232), "{qd} questions, owner {owner:02x?}");
                let (_, rr) = msg.records().next().expect("the OPT record");
                assert_eq!(rr.rdata_offset(), wire.len(), "{qd} questions, owner {owner:02x?}");
            }
        }
    }

    /// An OPT record's typed RDATA (which `Record::data` gives without
    /// the dispatch) is what `RData::parse` makes of it, whatever it holds.
    #[test]
    fn opt_rdata_as_the_dispatch_reads_it() {
        let rdatas: [&[u8]; 4] = [b"", b"\0\x0a\0\x08\x01\x02\x03\x04\x05\x06\x07\x08", b"\x01", b"\xc0\x0c\xff"];
        for rdata in rdatas {
            for class in [0x04d0u16, 0x00ff, 0x0001] {
                let mut wire = Vec::from(*b"\0\x01\x81\x80\0\0\0\0\0\0\0\x01\0\0\x29");
                wire.extend_from_slice(&class.to_be_bytes());
                wire.extend_from_slice(b"\0\0\0\0");
                wire.extend_from_slice(&u16::try_from(rdata.len()).unwrap_or(0).to_be_bytes());
                wire.extend_from_slice(rdata);
                let msg = Message::parse(&wire).expect("parses");
                let (_, rr) = msg.records().next().expect("the OPT record");
                let want = crate::rdata::RData::parse(rr.rtype(), rr.rdata_reader());
                assert_eq!(rr.data(), want, "{rdata:02x?} class {class}");
                assert!(matches!(want, Ok(crate::rdata::RData::Unknown(Rtype::OPT, _))), "{rdata:02x?}");
            }
        }
    }

    /// What `Message::parse` gives on a cut-off message, read instead
    /// field by field with `Reader` and `Record::read` (whose errors are
    /// those of one bounds check a field), the count mismatch mapped the
    /// same way.
    fn parse_by_reader(wire: &[u8]) -> Result<(), WireError> {
        let header = Header::parse(wire)?;
        let len = wire.len();
        let mut r = Reader::message(wire);
        r.bytes(HEADER_LEN)?;
        for i in 0..header.qdcount() {
            let at = r.pos();
            r.name().and_then(|_| r.bytes(4)).map_err(|e| short_count(e, at, Section::Question, &header, i, len))?;
        }
        for section in [Section::Answer, Section::Authority, Section::Additional] {
            for i in 0..header.count(section) {
                let at = r.pos();
                Record::read(&mut r).map_err(|e| short_count(e, at, section, &header, i, len))?;
            }
        }
        r.finish()
    }

    #[test]
    fn cut_messages_refused_as_read_field_by_field() {
        for n in [0, 1, 3, KEPT + 2] {
            let wire = response(n);
            assert!(Message::parse(&wire).is_ok());
            for cut in 0..wire.len() {
                let part = &wire[..cut];
                assert_eq!(Message::parse(part).err(), parse_by_reader(part).err(), "{n} records cut at {cut}");
            }
        }
    }

    #[test]
    fn walk_with_and_past_the_kept_offsets() {
        for n in [0, 1, KEPT - 1, KEPT, KEPT + 1, 40] {
            let wire = response(n);
            let msg = Message::parse(&wire).expect("parses");
            let want = reread(&wire);
            let all: Vec<_> = msg
                .records()
                .map(|(_, rr)| (rr.owner().raw_parts().1, rr.owner().to_string(), rr.ttl(), rr.rdata_offset()))
                .collect();
            assert_eq!(all, want, "{n} records");
            let by_section: Vec<_> = [Section::Answer, Section::Authority, Section::Additional]
                .into_iter()
                .flat_map(|s| msg.section(s))
                .map(|rr| (rr.owner().raw_parts().1, rr.owner().to_string(), rr.ttl(), rr.rdata_offset()))
                .collect();
            assert_eq!(by_section, want, "{n} records, section by section");
            assert_eq!(msg.opt().map(|o| o.udp_payload_size()), Some(1232), "{n} records");
            let q = msg.questions().next().expect("one question");
            assert_eq!(q.to_string(), "a.example. IN A");
        }
    }
}
