//! The message builder.

use crate::iana::{Class, Opcode, Rcode, Rtype};
use crate::message::{HEADER_LEN, Header, MAX_MESSAGE_LEN, Question, Record, Section};
use crate::rdata::{RData, RecordData};
use crate::wire::{BuildError, SourceMap, Writer};
use crate::{Message, Name, WireError};

/// The UDP payload size a response fills and its OPT record advertises
/// unless the caller says otherwise: 1232 octets, which fits the IPv6
/// minimum MTU of 1280 without fragmentation
/// (draft-ietf-dnsop-avoid-fragmentation; DNS flag day 2020).
pub const DEFAULT_UDP_PAYLOAD: u16 = 1232;

/// The most octets a UDP message may have without EDNS (RFC 1035 section
/// 4.2.1).
const PLAIN_UDP_PAYLOAD: u16 = 512;

/// The octets of an OPT record without options: root owner (1), type (2),
/// payload size (2), TTL (4), RDLENGTH (2).
const OPT_FIXED_LEN: usize = 11;

/// The fixed fields of an OPT record (RFC 6891 section 6.1.3) written by
/// [`MessageBuilder::opt`].
///
/// The default advertises [`DEFAULT_UDP_PAYLOAD`] (1232), EDNS version 0
/// and DO clear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OptParams {
    /// The UDP payload size the sender can receive.
    pub udp_payload_size: u16,
    /// The EDNS version (0).
    pub version: u8,
    /// The DO bit (RFC 3225): the sender wants DNSSEC records. The other
    /// 15 flag bits are reserved and written as zero (RFC 6891 section
    /// 6.1.4).
    pub dnssec_ok: bool,
}

impl Default for OptParams {
    /// Payload [`DEFAULT_UDP_PAYLOAD`] (1232), version 0, DO clear.
    fn default() -> Self {
        Self { udp_payload_size: DEFAULT_UDP_PAYLOAD, version: 0, dnssec_ok: false }
    }
}

/// How a response built by [`MessageBuilder::response`] is sent, which
/// sets how many octets it may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    /// UDP: the response has at most the smaller of the requestor's UDP
    /// payload size (512 without EDNS, never below 512 with it; RFC 6891
    /// section 6.2.5) and `path_limit`, the most the caller says the path
    /// carries without fragmentation
    /// (draft-ietf-dnsop-avoid-fragmentation).
    Udp {
        /// The most octets the path allows; [`DEFAULT_UDP_PAYLOAD`] when
        /// the caller knows no better.
        path_limit: u16,
    },
    /// TCP (or another stream): up to [`MAX_MESSAGE_LEN`] octets.
    Tcp,
}

impl Default for Transport {
    /// UDP with a path limit of [`DEFAULT_UDP_PAYLOAD`] (1232).
    fn default() -> Self {
        Self::Udp { path_limit: DEFAULT_UDP_PAYLOAD }
    }
}

/// A record to write with [`MessageBuilder::record`] or
/// [`MessageBuilder::glue`]: the owner, type, class and TTL and typed RDATA
/// `D` (an [`RData`], or any [`RecordData`] type, including ones from other
/// crates).
///
/// ```
/// use dns_wire::{MessageBuilder, NameBuf, build::RecordRef, iana::{Class, Rtype}, message::Section, rdata::{A, RData}};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let owner: NameBuf = "www.example.com.".parse()?;
/// // From an `RData`: the type is the RDATA's, the class IN.
/// let any = RecordRef::new(owner.as_name(), 300, RData::A(A { addr: [192, 0, 2, 1].into() }));
/// // From a typed value: every field spelled out.
/// let typed = RecordRef { owner: owner.as_name(), rtype: Rtype::A, class: Class::IN, ttl: 300, data: A { addr: [192, 0, 2, 2].into() } };
/// let mut buf = [0u8; 512];
/// let mut b = MessageBuilder::new(&mut buf)?;
/// b.record(Section::Answer, &any)?;
/// b.record(Section::Answer, &typed)?;
/// assert_eq!(dns_wire::Message::parse(b.finish())?.header().ancount(), 2);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordRef<'r, D> {
    /// The owner name.
    pub owner: Name<'r>,
    /// The record type; `data` must accept it ([`RecordData::accepts`]).
    pub rtype: Rtype,
    /// The class.
    pub class: Class,
    /// The TTL in seconds.
    pub ttl: u32,
    /// The RDATA.
    pub data: D,
}

impl<'r, 'd> RecordRef<'r, RData<'d>> {
    /// A record of class IN whose type is the RDATA's.
    pub fn new(owner: Name<'r>, ttl: u32, data: RData<'d>) -> Self {
        Self { owner, rtype: data.rtype(), class: Class::IN, ttl, data }
    }
}

/// What [`MessageBuilder::record`] and [`MessageBuilder::glue`] write: a
/// [`RecordRef`] built by the caller, a [`Record`] read from another
/// message, or (feature `alloc`) an owned
/// [`RecordBuf`](crate::owned::RecordBuf).
///
/// A trait rather than one struct because a parsed [`Record`] may hold
/// names compressed against its own message, which must be re-encoded as
/// they are written (RFC 3597 section 4), and because typed RDATA is
/// written without first being turned into an [`RData`].
pub trait WriteRecord {
    /// The owner name.
    fn owner(&self) -> Name<'_>;
    /// The record type.
    fn rtype(&self) -> Rtype;
    /// The class.
    fn class(&self) -> Class;
    /// The TTL.
    fn ttl(&self) -> u32;
    /// Writes the RDATA (without its length, which the builder writes);
    /// names may be compressed when the writer's compression is on.
    ///
    /// # Errors
    /// [`BuildError::NoSpace`] when the writer is full,
    /// [`BuildError::Invalid`] for RDATA that cannot be written as this
    /// record's type.
    fn write_rdata(&self, w: &mut Writer<'_>) -> Result<(), BuildError>;
}

impl<'d, D: RecordData<'d>> WriteRecord for RecordRef<'_, D> {
    fn owner(&self) -> Name<'_> {
        self.owner
    }
    fn rtype(&self) -> Rtype {
        self.rtype
    }
    fn class(&self) -> Class {
        self.class
    }
    fn ttl(&self) -> u32 {
        self.ttl
    }
    fn write_rdata(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        if !D::accepts(self.rtype) {
            return Err(BuildError::Invalid { what: "RDATA of another record type" });
        }
        self.data.compose(w)
    }
}

/// RDATA of the types that may hold compressed names (RFC 3597 section 4)
/// is read into its typed form and written again, so its names are
/// expanded, or compressed against the new message where RFC 3597 allows;
/// the RDATA of every other type cannot refer to the old message and is
/// copied octet for octet (check it first with
/// [`Message::check_rdata`] if it must be well-formed).
impl WriteRecord for Record<'_> {
    fn owner(&self) -> Name<'_> {
        Record::owner(self)
    }
    fn rtype(&self) -> Rtype {
        Record::rtype(self)
    }
    fn class(&self) -> Class {
        Record::class(self)
    }
    fn ttl(&self) -> u32 {
        Record::ttl(self)
    }
    fn write_rdata(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        let rtype = Record::rtype(self);
        if rtype.decompresses_rdata() && !rtype.is_opaque_in(Record::class(self)) {
            let data = self.data().map_err(|_| BuildError::Invalid { what: "malformed RDATA" })?;
            data.compose(w)
        } else {
            w.bytes(self.rdata())
        }
    }
}

/// Writes a DNS message into a caller's `&mut [u8]` without allocating.
///
/// | to build | start with | then |
/// |---|---|---|
/// | a query | [`query`](Self::query) | [`opt`](Self::opt), [`finish`](Self::finish) |
/// | a response | [`response`](Self::response) | [`record`](Self::record), [`glue`](Self::glue), [`opt`](Self::opt), [`finish`](Self::finish) or [`finish_truncated`](Self::finish_truncated) |
/// | any other message | [`new`](Self::new), [`header_mut`](Self::header_mut) | [`question`](Self::question), [`record`](Self::record), [`opt`](Self::opt), [`finish`](Self::finish) |
/// | a copy, maybe truncated | [`copy_message`](Self::copy_message) | |
///
/// Entries go in message order: questions, then answers, authority and
/// additional records; adding to a section before one already written is
/// [`BuildError::SectionOrder`]. Names are compressed (RFC 1035 section
/// 4.1.4) with a bounded table: owner names always, names inside RDATA only
/// for the RFC 1035 types that RFC 3597 section 4 allows. The counts in the
/// header are kept by the builder. Records are given as a [`RecordRef`]
/// (typed RDATA), a parsed [`Record`] or an owned record (see
/// [`WriteRecord`]); names as a [`Name`] view, for example of a
/// [`NameBuf`](crate::NameBuf) parsed from text.
///
/// Every call either adds a whole entry or fails and leaves the message as
/// it was, so after [`BuildError::NoSpace`] the caller can still
/// [`finish`](MessageBuilder::finish), or
/// [`finish_truncated`](MessageBuilder::finish_truncated) to set TC.
///
/// ```
/// use dns_wire::{Message, MessageBuilder, NameBuf, build::{OptParams, RecordRef}, iana::Rtype, message::Section, rdata::{A, RData}};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let name: NameBuf = "example.".parse()?;
/// let mut qbuf = [0u8; 512];
/// let mut q = MessageBuilder::query(&mut qbuf, 7, &name.as_name(), Rtype::A)?;
/// q.opt(OptParams { dnssec_ok: true, ..OptParams::default() }, |_| Ok(()))?;
/// let query = Message::parse(q.finish())?;
///
/// // The response, in a stack buffer: the owner name is compressed to a
/// // pointer to the question, and EDNS is answered with EDNS.
/// let mut buf = [0u8; 512];
/// let mut b = MessageBuilder::response(&mut buf, &query, Default::default())?;
/// b.record(Section::Answer, &RecordRef::new(name.as_name(), 300, RData::A(A { addr: [192, 0, 2, 1].into() })))?;
/// let wire = b.finish();
/// let msg = Message::parse(wire)?;
/// assert!(msg.header().qr());
/// assert_eq!((msg.header().id(), msg.header().ancount()), (7, 1));
/// assert!(msg.opt().expect("OPT").dnssec_ok());
/// assert_eq!(wire.len(), 12 + 9 + 4 + 2 + 10 + 4 + 11);
/// # Ok(()) }
/// ```
pub struct MessageBuilder<'b> {
    w: Writer<'b>,
    header: Header,
    section: Section,
    compress: bool,
    rcode: Rcode,
    /// For a response to an EDNS query whose OPT record is not written
    /// yet: the query's DO bit. Room for the OPT record is held back below
    /// the limit meanwhile.
    pending_opt: Option<bool>,
    /// Where the owner of the first NS record of the authority section was
    /// written: the delegation point that decides which glue is in-domain.
    delegation: Option<usize>,
    /// Whether a TSIG record was written: nothing may follow it.
    signed: bool,
}

impl<'b> MessageBuilder<'b> {
    /// Starts a message in `buf`, all header fields zero. At most
    /// [`MAX_MESSAGE_LEN`] octets of `buf` are used, however long it is: a
    /// record that would go past them is [`BuildError::NoSpace`].
    ///
    /// ```
    /// use dns_wire::{MessageBuilder, Message, NameBuf, iana::{Class, Opcode, Rtype}, message::Question};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let zone: NameBuf = "example.com.".parse()?;
    /// let mut buf = [0u8; 64];
    /// let mut b = MessageBuilder::new(&mut buf)?;
    /// b.header_mut().set_opcode(Opcode::NOTIFY);
    /// b.header_mut().set_aa(true);
    /// b.question(&Question { qname: zone.as_name(), qtype: Rtype::SOA, qclass: Class::IN })?;
    /// let msg = Message::parse(b.finish())?;
    /// assert_eq!(msg.header().opcode(), Opcode::NOTIFY);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`BuildError::NoSpace`] if `buf` is shorter than the 12-octet header.
    pub fn new(buf: &'b mut [u8]) -> Result<Self, BuildError> {
        let mut w = Writer::new(buf);
        w.set_limit(MAX_MESSAGE_LEN);
        w.bytes(&[0; HEADER_LEN])?;
        Ok(Self {
            w,
            header: Header::default(),
            section: Section::Question,
            compress: true,
            rcode: Rcode::NOERROR,
            pending_opt: None,
            delegation: None,
            signed: false,
        })
    }

    /// Starts a query for `qname`/`qtype` in class IN with the given ID and
    /// RD set.
    ///
    /// ```
    /// use dns_wire::{MessageBuilder, NameBuf, build::OptParams, iana::Rtype};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let name: NameBuf = "nlnetlabs.nl.".parse()?;
    /// let mut buf = [0u8; 64];
    /// let mut q = MessageBuilder::query(&mut buf, 0x1234, &name.as_name(), Rtype::AAAA)?;
    /// q.opt(OptParams { dnssec_ok: true, ..OptParams::default() }, |_| Ok(()))?;
    /// assert_eq!(q.finish().len(), 12 + 14 + 4 + 11);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`BuildError::NoSpace`] if the buffer is too small.
    pub fn query(buf: &'b mut [u8], id: u16, qname: &Name<'_>, qtype: Rtype) -> Result<Self, BuildError> {
        let mut b = Self::new(buf)?;
        b.header.set_id(id);
        b.header.set_rd(true);
        b.header.set_opcode(Opcode::QUERY);
        b.question(&Question { qname: *qname, qtype, qclass: Class::IN })?;
        Ok(b)
    }

    /// Starts the response to `query`: QR set, the ID, opcode, RD and CD
    /// copied (RFC 1035 section 4.1.1, RFC 4035 section 3.1.6) and its
    /// questions copied. The response may fill as many octets as
    /// `transport` allows: over UDP the smaller of the requestor's payload
    /// size and the caller's path limit (use `Transport::default()`, 1232
    /// octets, when nothing better is known), never more. When the query
    /// has an OPT record, the response carries one (RFC 6891 section
    /// 6.1.1): room for it is held back until [`opt`](Self::opt) is called,
    /// or [`finish`](Self::finish) writes the default one.
    ///
    /// ```
    /// use dns_wire::{Message, MessageBuilder, NameBuf, build::{OptParams, Transport}, iana::Rtype};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let name: NameBuf = "example.".parse()?;
    /// let mut qbuf = [0u8; 64];
    /// let mut q = MessageBuilder::query(&mut qbuf, 1, &name.as_name(), Rtype::TXT)?;
    /// q.opt(OptParams { udp_payload_size: 4096, ..OptParams::default() }, |_| Ok(()))?;
    /// let query = Message::parse(q.finish())?;
    ///
    /// let mut buf = [0u8; 65535];
    /// // The requestor takes 4096 octets, the path 1400: the response fills at most 1400.
    /// let mut b = MessageBuilder::response(&mut buf, &query, Transport::Udp { path_limit: 1400 })?;
    /// b.opt(OptParams::default(), |_| Ok(()))?;
    /// let msg = Message::parse(b.finish())?;
    /// assert_eq!(msg.udp_payload_size(), Some(1232));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`BuildError::NoSpace`] if the header and questions do not fit.
    pub fn response(buf: &'b mut [u8], query: &Message<'_>, transport: Transport) -> Result<Self, BuildError> {
        let mut b = Self::new(buf)?;
        let limit = match transport {
            Transport::Udp { path_limit } => {
                query.udp_payload_size().unwrap_or(PLAIN_UDP_PAYLOAD).min(path_limit).into()
            }
            Transport::Tcp => MAX_MESSAGE_LEN,
        };
        b.w.set_limit(limit);
        let q = query.header();
        b.header.set_id(q.id());
        b.header.set_opcode(q.opcode());
        b.header.set_rd(q.rd());
        b.header.set_cd(q.cd());
        b.header.set_qr(true);
        for question in query.questions() {
            b.question(&question)?;
        }
        if let Some(opt) = query.opt() {
            b.pending_opt = Some(opt.dnssec_ok());
            b.w.set_limit(b.w.limit().saturating_sub(OPT_FIXED_LEN));
        }
        Ok(b)
    }

    /// The header to be written; its counts are overwritten by the builder.
    pub fn header_mut(&mut self) -> &mut Header {
        &mut self.header
    }

    /// Sets the full 12-bit RCODE: the low 4 bits go in the header, the high
    /// 8 bits in the OPT record written by [`MessageBuilder::opt`], which
    /// must then be added for values above 15.
    pub fn set_rcode(&mut self, rcode: Rcode) {
        self.rcode = rcode;
        self.header.set_rcode_bits(rcode.header_bits());
    }

    /// Switches name compression on (the default) or off.
    pub fn set_compression(&mut self, on: bool) {
        self.compress = on;
    }

    /// Sets the most octets the message may have, never above
    /// [`MAX_MESSAGE_LEN`] or the buffer's length. For responses,
    /// [`response`](Self::response) sets it from the transport; a later
    /// call replaces that (room for a pending OPT record is still held
    /// back).
    pub fn set_limit(&mut self, limit: usize) {
        self.w.set_limit(limit.min(MAX_MESSAGE_LEN).saturating_sub(self.opt_reserve()));
    }

    /// The octets written so far.
    pub fn len(&self) -> usize {
        self.w.pos()
    }

    /// Whether nothing but the header has been written.
    pub fn is_empty(&self) -> bool {
        self.w.pos() <= HEADER_LEN
    }

    /// The octets held back for a pending OPT record.
    fn opt_reserve(&self) -> usize {
        if self.pending_opt.is_some() { OPT_FIXED_LEN } else { 0 }
    }

    fn enter(&mut self, section: Section) -> Result<(), BuildError> {
        if self.signed {
            return Err(BuildError::Invalid { what: "nothing follows a TSIG record (RFC 8945 section 5.1)" });
        }
        if section < self.section {
            return Err(BuildError::SectionOrder { section });
        }
        if self.header.count(section) == u16::MAX {
            return Err(BuildError::TooManyRecords { section });
        }
        self.section = section;
        Ok(())
    }

    fn counted(&mut self, section: Section) {
        let n = self.header.count(section);
        self.header.set_count(section, n.saturating_add(1));
    }

    /// Runs `f`, undoing whatever it wrote if it fails.
    fn atomic(&mut self, f: impl FnOnce(&mut Writer<'b>) -> Result<(), BuildError>) -> Result<(), BuildError> {
        let start = self.w.pos();
        let r = f(&mut self.w);
        if r.is_err() {
            self.w.truncate(start);
        }
        r
    }

    /// Adds a question, built by the caller or read from another message.
    ///
    /// ```
    /// use dns_wire::{MessageBuilder, NameBuf, iana::{Class, Rtype}, message::Question};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let name: NameBuf = "example.".parse()?;
    /// let mut buf = [0u8; 64];
    /// let mut b = MessageBuilder::new(&mut buf)?;
    /// b.question(&Question { qname: name.as_name(), qtype: Rtype::MX, qclass: Class::IN })?;
    /// assert_eq!(b.finish().len(), 12 + 9 + 4);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`BuildError::SectionOrder`] after a record, [`BuildError::NoSpace`].
    pub fn question(&mut self, q: &Question<'_>) -> Result<(), BuildError> {
        self.enter(Section::Question)?;
        let compress = self.compress;
        self.atomic(|w| {
            w.set_compression(compress);
            w.name(&q.qname)?;
            w.u16(q.qtype.to_int())?;
            w.u16(q.qclass.to_int())
        })?;
        self.counted(Section::Question);
        Ok(())
    }

    /// Adds a record to `section`: a [`RecordRef`] with typed RDATA, a
    /// [`Record`] read from another message, or an owned record.
    ///
    /// A TSIG record ends the message (RFC 8945 section 5.1): the OPT
    /// record a [`response`](Self::response) holds back is written before
    /// it, and no record or OPT record may follow it.
    ///
    /// ```
    /// use dns_wire::{Message, MessageBuilder, NameBuf, build::RecordRef, message::Section, rdata::{Mx, RData}};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let (zone, mail): (NameBuf, NameBuf) = ("example.".parse()?, "mail.example.".parse()?);
    /// let mx = RData::Mx(Mx { preference: 10, exchange: mail.as_name() });
    /// let mut buf = [0u8; 512];
    /// let mut b = MessageBuilder::new(&mut buf)?;
    /// b.record(Section::Answer, &RecordRef::new(zone.as_name(), 3600, mx))?;
    /// let first = Message::parse(b.finish())?;
    ///
    /// // A record read from one message goes into another as it is.
    /// let mut copy = [0u8; 512];
    /// let mut b = MessageBuilder::new(&mut copy)?;
    /// for rr in first.answers() {
    ///     b.record(Section::Additional, &rr)?;
    /// }
    /// assert_eq!(Message::parse(b.finish())?.header().arcount(), 1);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`BuildError::SectionOrder`], [`BuildError::TooManyRecords`],
    /// [`BuildError::NoSpace`], [`BuildError::TooLong`] for RDATA over
    /// 65535 octets, [`BuildError::Invalid`] for the question section,
    /// RDATA that cannot be written as the record's type, a TSIG record
    /// outside the additional section or anything after a TSIG record;
    /// nothing is added then.
    pub fn record<R: WriteRecord + ?Sized>(&mut self, section: Section, rr: &R) -> Result<(), BuildError> {
        if section == Section::Question {
            return Err(BuildError::Invalid { what: "records go in the answer, authority or additional section" });
        }
        let rtype = rr.rtype();
        if rtype == Rtype::TSIG {
            if section != Section::Additional {
                return Err(BuildError::Invalid { what: "a TSIG record goes in the additional section" });
            }
            // The OPT record held back for a response goes before it.
            self.write_pending_opt();
        }
        self.enter(section)?;
        let compress = self.compress;
        let owner_at = self.w.pos();
        self.atomic(|w| {
            w.set_compression(compress);
            w.name(&rr.owner())?;
            w.u16(rtype.to_int())?;
            w.u16(rr.class().to_int())?;
            w.u32(rr.ttl())?;
            let len_at = w.pos();
            w.u16(0)?;
            w.set_compression(compress && rtype.compresses_rdata());
            rr.write_rdata(w)?;
            let len = w.pos() - len_at - 2;
            let len16 = u16::try_from(len).map_err(|_| BuildError::TooLong { what: "RDATA", len, max: 65535 })?;
            w.patch_u16(len_at, len16)
        })?;
        self.counted(section);
        self.signed = rtype == Rtype::TSIG;
        if section == Section::Authority && rtype == Rtype::NS && self.delegation.is_none() {
            self.delegation = Some(owner_at);
        }
        Ok(())
    }

    /// Adds a glue address record for a referral to the additional section,
    /// after the NS records of the delegation were added to the authority
    /// section with [`record`](Self::record). Glue whose owner is at or
    /// below the delegation point (the owner of the first NS record) is
    /// in-domain glue and not optional: if it does not fit, TC is set so
    /// that the requestor retries over TCP (RFC 9471, formerly
    /// draft-ietf-dnsop-glue-is-not-optional). Other glue (sibling glue)
    /// that does not fit is left out without TC, which RFC 9471 allows.
    ///
    /// Returns whether the record was added.
    ///
    /// ```
    /// use dns_wire::{Message, MessageBuilder, NameBuf, build::{RecordRef, Transport}, iana::Rtype, message::Section, rdata::{A, Ns, RData}};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let (child, ns): (NameBuf, NameBuf) = ("child.example.".parse()?, "ns1.child.example.".parse()?);
    /// let mut qbuf = [0u8; 64];
    /// let query = MessageBuilder::query(&mut qbuf, 9, &ns.as_name(), Rtype::A)?.finish();
    /// let query = Message::parse(query)?;
    ///
    /// let mut buf = [0u8; 512];
    /// let mut b = MessageBuilder::response(&mut buf, &query, Transport::default())?;
    /// b.record(Section::Authority, &RecordRef::new(child.as_name(), 3600, RData::Ns(Ns { nsdname: ns.as_name() })))?;
    /// let added = b.glue(&RecordRef::new(ns.as_name(), 3600, RData::A(A { addr: [192, 0, 2, 53].into() })))?;
    /// assert!(added);
    /// let msg = Message::parse(b.finish())?;
    /// assert!(!msg.header().tc());
    /// assert_eq!(msg.header().arcount(), 1);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`BuildError::Invalid`] when no NS record is in the authority
    /// section, else as [`record`](Self::record) except
    /// [`BuildError::NoSpace`], which is answered as above.
    pub fn glue<R: WriteRecord + ?Sized>(&mut self, rr: &R) -> Result<bool, BuildError> {
        let Some(at) = self.delegation else {
            return Err(BuildError::Invalid { what: "glue without an NS record in the authority section" });
        };
        // The owner of an NS record this builder wrote, so a checked name.
        let in_domain = rr.owner().ends_with(&Name::from_checked(self.w.written(), at));
        match self.record(Section::Additional, rr) {
            Ok(()) => Ok(true),
            Err(BuildError::NoSpace { .. }) => {
                if in_domain {
                    self.header.set_tc(true);
                }
                Ok(false)
            }
            Err(e) => Err(e),
        }
    }

    /// Adds the OPT record (RFC 6891 section 6.1.2) to the additional
    /// section, carrying the extended bits of the RCODE set with
    /// [`MessageBuilder::set_rcode`]. `options` writes the option list:
    /// typed options with [`edns::write_option`](crate::edns::write_option)
    /// (as below for NSID), or raw octets.
    ///
    /// ```
    /// use dns_wire::{Message, MessageBuilder, build::OptParams};
    /// use dns_wire::edns::{EdnsOption, Nsid, write_option};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mut buf = [0u8; 64];
    /// let mut b = MessageBuilder::new(&mut buf)?;
    /// b.opt(OptParams { dnssec_ok: true, ..OptParams::default() }, |w| {
    ///     write_option(w, &EdnsOption::Nsid(Nsid { data: b"ns1" }))
    /// })?;
    /// let msg = Message::parse(b.finish())?;
    /// let opt = msg.opt().expect("OPT");
    /// assert!(opt.dnssec_ok());
    /// assert_eq!(opt.udp_payload_size(), 1232);
    /// let Some(Ok(EdnsOption::Nsid(nsid))) = opt.typed_options().next() else { panic!("NSID") };
    /// assert_eq!(nsid.data, b"ns1");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As [`MessageBuilder::record`]: after a TSIG record,
    /// [`BuildError::Invalid`].
    pub fn opt(
        &mut self,
        params: OptParams,
        options: impl FnOnce(&mut Writer<'b>) -> Result<(), BuildError>,
    ) -> Result<(), BuildError> {
        let flags = if params.dnssec_ok { crate::edns::FLAG_DO } else { 0 };
        self.write_opt(params.udp_payload_size, params.version, flags, options)
    }

    /// Writes an OPT record with all 16 flag bits as given.
    fn write_opt(
        &mut self,
        udp_payload_size: u16,
        version: u8,
        flags: u16,
        options: impl FnOnce(&mut Writer<'b>) -> Result<(), BuildError>,
    ) -> Result<(), BuildError> {
        self.enter(Section::Additional)?;
        let reserved = self.opt_reserve();
        self.w.set_limit(self.w.limit().saturating_add(reserved));
        let ttl = u32::from(self.rcode.extended_bits()) << 24 | u32::from(version) << 16 | u32::from(flags);
        let r = self.atomic(|w| {
            w.u8(0)?;
            w.u16(Rtype::OPT.to_int())?;
            w.u16(udp_payload_size)?;
            w.u32(ttl)?;
            let len_at = w.pos();
            w.u16(0)?;
            w.set_compression(false);
            options(w)?;
            let len = w.pos() - len_at - 2;
            let len16 = u16::try_from(len).map_err(|_| BuildError::TooLong { what: "OPT RDATA", len, max: 65535 })?;
            w.patch_u16(len_at, len16)
        });
        if r.is_err() {
            self.w.set_limit(self.w.limit().saturating_sub(reserved));
            return r;
        }
        self.pending_opt = None;
        self.counted(Section::Additional);
        Ok(())
    }

    /// Writes the OPT record held back by [`response`](Self::response).
    fn write_pending_opt(&mut self) {
        if let Some(dnssec_ok) = self.pending_opt.take() {
            self.w.set_limit(self.w.limit().saturating_add(OPT_FIXED_LEN));
            // Fits in the room held back; only a full additional section
            // (65535 records) can refuse it, and then there is none.
            if self.enter(Section::Additional).is_ok() && self.w.bytes(&self.default_opt(dnssec_ok)).is_ok() {
                self.counted(Section::Additional);
            }
        }
    }

    /// An OPT record without options: `OptParams::default()` with
    /// `dnssec_ok`, and the extended RCODE bits.
    fn default_opt(&self, dnssec_ok: bool) -> [u8; OPT_FIXED_LEN] {
        let [size_hi, size_lo] = DEFAULT_UDP_PAYLOAD.to_be_bytes();
        let [type_hi, type_lo] = Rtype::OPT.to_int().to_be_bytes();
        let [flags_hi, flags_lo] = if dnssec_ok { crate::edns::FLAG_DO } else { 0 }.to_be_bytes();
        [0, type_hi, type_lo, size_hi, size_lo, self.rcode.extended_bits(), 0, flags_hi, flags_lo, 0, 0]
    }

    fn write_header(&mut self) {
        let bytes = self.header.to_bytes();
        for (i, pair) in bytes.chunks_exact(2).enumerate() {
            // The header was written first, so these offsets exist.
            let _ = self.w.patch_u16(2 * i, u16::from_be_bytes([pair[0], pair[1]]));
        }
    }

    /// Writes the header and returns the finished message. TC is set if
    /// in-domain [`glue`](Self::glue) was left out. A response to an EDNS
    /// query gets its OPT record here if [`opt`](Self::opt) was not
    /// called: `OptParams::default()` with DO copied from the query
    /// (RFC 3225 section 3), in the room held back for it.
    #[inline] // Kept small, so that the builder is not moved to call it.
    pub fn finish(mut self) -> &'b [u8] {
        if self.pending_opt.is_some() {
            self.write_pending_opt();
        }
        self.write_header();
        self.w.finish()
    }

    /// Sets TC (RFC 2181 section 9) and returns the message as far as it
    /// got: for use after [`BuildError::NoSpace`].
    ///
    /// ```
    /// use dns_wire::{Message, MessageBuilder, NameBuf, build::RecordRef, iana::Rtype, message::Section, rdata::{A, RData}};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let name: NameBuf = "example.".parse()?;
    /// let mut qbuf = [0u8; 64];
    /// let query = Message::parse(MessageBuilder::query(&mut qbuf, 3, &name.as_name(), Rtype::A)?.finish())?;
    /// let mut buf = [0u8; 4096];
    /// // No EDNS in the query: the response fills at most 512 octets.
    /// let mut b = MessageBuilder::response(&mut buf, &query, Default::default())?;
    /// let mut added = 0;
    /// for host in 0..=255u8 {
    ///     let a = RData::A(A { addr: [192, 0, 2, host].into() });
    ///     if b.record(Section::Answer, &RecordRef::new(name.as_name(), 60, a)).is_err() {
    ///         break;
    ///     }
    ///     added += 1;
    /// }
    /// let msg = Message::parse(b.finish_truncated())?;
    /// assert!(msg.header().tc() && msg.as_bytes().len() <= 512);
    /// assert_eq!(msg.header().ancount(), added);
    /// # Ok(()) }
    /// ```
    pub fn finish_truncated(mut self) -> &'b [u8] {
        self.header.set_tc(true);
        self.finish()
    }

    /// Copies a whole parsed message: header, questions and every record,
    /// re-encoded with compression, into at most the length of `buf` (and
    /// 65535 octets). With `truncate` set, records that do not fit are left
    /// out, TC is set, and the OPT record (if any) is kept, space being
    /// reserved for it first. The OPT record is written after the other
    /// records but before a closing TSIG or SIG(0) record, which stays
    /// last (RFC 8945 section 5.1, RFC 2931 section 3.1) and is kept when
    /// truncating, as OPT is.
    ///
    /// ```
    /// use dns_wire::{Message, MessageBuilder};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let wire = b"\x12\x34\x81\x80\0\x01\0\x02\0\0\0\0\x07example\0\0\x01\0\x01\
    ///              \xc0\x0c\0\x01\0\x01\0\0\x0e\x10\0\x04\xc0\0\x02\x01\
    ///              \xc0\x0c\0\x01\0\x01\0\0\x0e\x10\0\x04\xc0\0\x02\x02";
    /// let msg = Message::parse(wire)?;
    /// let mut buf = [0u8; 512];
    /// assert_eq!(MessageBuilder::copy_message(&mut buf, &msg, false)?, &wire[..]);
    /// // Room for the question and one answer only: truncated, TC set.
    /// let mut small = [0u8; 12 + 13 + 16];
    /// let cut = Message::parse(MessageBuilder::copy_message(&mut small, &msg, true)?)?;
    /// assert!(cut.header().tc());
    /// assert_eq!(cut.header().ancount(), 1);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`BuildError::Invalid`] for malformed RDATA; [`BuildError::NoSpace`]
    /// when the message does not fit and `truncate` is off, or when not even
    /// the header, questions, OPT record and closing TSIG or SIG(0) record
    /// fit.
    pub fn copy_message(buf: &'b mut [u8], msg: &Message<'_>, truncate: bool) -> Result<&'b [u8], BuildError> {
        // Where the source's labels went: kept here rather than in the
        // writer, so that builders that copy nothing stay small.
        let mut map = SourceMap::EMPTY;
        let len = MessageBuilder::copy_into(&mut *buf, &mut map, msg, truncate)?;
        let buf: &'b [u8] = buf;
        Ok(buf.get(..len).unwrap_or_default())
    }

    /// [`copy_message`](Self::copy_message) with the source map given;
    /// returns the length of the copy.
    fn copy_into(buf: &mut [u8], map: &mut SourceMap, msg: &Message<'_>, truncate: bool) -> Result<usize, BuildError> {
        let mut b = MessageBuilder::new(buf)?;
        b.w.set_source(msg.as_bytes(), map);
        let h = msg.header();
        b.header.set_id(h.id());
        b.header.set_flags(h.flags());
        for q in msg.questions() {
            b.question(&q)?;
        }
        let opt = msg.opt();
        let opt_len = opt.map_or(0, |o| OPT_FIXED_LEN + o.record().rdata().len());
        // A TSIG (RFC 8945 section 5.1) or SIG(0) (RFC 2931 section 3.1)
        // record that ends the source ends the copy too, after the OPT
        // record; room is held back for both.
        let closing = msg.additional().last().filter(closes_message);
        let closing_len = closing.as_ref().map_or(0, |rr| rr.owner().wire_len() + 10 + rr.rdata().len());
        let total = [Section::Answer, Section::Authority, Section::Additional]
            .iter()
            .map(|&s| usize::from(h.count(s)))
            .sum::<usize>();
        let full = b.w.limit();
        b.w.set_limit(full.saturating_sub(opt_len + closing_len));
        for (i, (section, rr)) in msg.records().enumerate() {
            if rr.rtype() == Rtype::OPT || (closing.is_some() && i + 1 == total) {
                continue;
            }
            match b.record(section, &rr) {
                Err(BuildError::NoSpace { .. }) if truncate => {
                    b.header.set_tc(true);
                    break;
                }
                other => other?,
            }
        }
        b.w.set_limit(full);
        if let Some(o) = opt {
            let rec = o.record();
            b.rcode = Rcode::from_parts(h.rcode_bits(), o.extended_rcode());
            // All 16 flag bits as received, reserved ones included.
            b.write_opt(o.udp_payload_size(), o.version(), o.flags(), |w| w.bytes(rec.rdata()))?;
        }
        if let Some(rr) = closing {
            b.record(Section::Additional, &rr)?;
        }
        Ok(b.finish().len())
    }
}

/// Whether a record must be the last of its message: TSIG, or SIG(0)
/// (a SIG record covering type 0).
fn closes_message(rr: &Record<'_>) -> bool {
    rr.rtype() == Rtype::TSIG || (rr.rtype() == Rtype::SIG && rr.rdata().get(..2) == Some(&[0, 0][..]))
}

impl<'a> RecordData<'a> for RData<'a> {
    fn accepts(_: Rtype) -> bool {
        true
    }

    fn parse(rtype: Rtype, r: &mut crate::wire::Reader<'a>) -> Result<Self, WireError> {
        let whole = *r;
        r.rest();
        RData::parse(rtype, whole)
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        RData::compose(self, w)
    }

    fn encoded_len(&self) -> usize {
        RData::encoded_len(self)
    }
}
