//! The message builder.

use crate::iana::{Class, Opcode, Rcode, Rtype};
use crate::message::{HEADER_LEN, Header, MAX_MESSAGE_LEN, Question, Record, Section};
use crate::rdata::{RData, RecordData};
use crate::wire::{BuildError, Writer};
use crate::{Name, WireError};

/// The fixed fields of an OPT record (RFC 6891 section 6.1.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OptParams {
    /// The UDP payload size the sender can receive.
    pub udp_payload_size: u16,
    /// The EDNS version (0).
    pub version: u8,
    /// The 16 EDNS flag bits, DO being `0x8000`.
    pub flags: u16,
}

impl Default for OptParams {
    /// Payload 1232 (the DNS flag day 2020 value), version 0, no flags.
    fn default() -> Self {
        Self { udp_payload_size: 1232, version: 0, flags: 0 }
    }
}

/// Writes a DNS message into a caller's `&mut [u8]` without allocating.
///
/// Entries go in message order: questions, then answers, authority and
/// additional records; adding to a section before one already written is
/// [`BuildError::SectionOrder`]. Names are compressed (RFC 1035 section
/// 4.1.4) with a bounded table: owner names always, names inside RDATA only
/// for the RFC 1035 types that RFC 3597 section 4 allows. The counts in the
/// header are kept by the builder.
///
/// Every `push` either adds a whole entry or fails and leaves the message as
/// it was, so after [`BuildError::NoSpace`] the caller can still
/// [`finish`](MessageBuilder::finish), or
/// [`finish_truncated`](MessageBuilder::finish_truncated) to set TC.
///
/// ```
/// use dns_wire::{Message, Name, build::MessageBuilder, iana::{Class, Rtype}, rdata::{A, RData}};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut buf = [0u8; 512];
/// let name = Name::parse(b"\x07example\x00")?;
/// let mut b = MessageBuilder::new(&mut buf)?;
/// b.header_mut().set_id(7);
/// b.header_mut().set_qr(true);
/// b.question(&name, Rtype::A, Class::IN)?;
/// b.answer(&name, Class::IN, 300, &RData::A(A { addr: [192, 0, 2, 1].into() }))?;
/// let wire = b.finish();
/// let msg = Message::parse(wire)?;
/// assert_eq!(msg.header().ancount(), 1);
/// assert_eq!(wire.len(), 12 + 13 + 2 + 10 + 4);
/// # Ok(()) }
/// ```
pub struct MessageBuilder<'b> {
    w: Writer<'b>,
    header: Header,
    section: Section,
    compress: bool,
    rcode: Rcode,
}

impl<'b> MessageBuilder<'b> {
    /// Starts a message in `buf`, all header fields zero. At most
    /// [`MAX_MESSAGE_LEN`] octets of `buf` are used, however long it is: a
    /// record that would go past them is [`BuildError::NoSpace`].
    ///
    /// # Errors
    /// [`BuildError::NoSpace`] if `buf` is shorter than the 12-octet header.
    pub fn new(buf: &'b mut [u8]) -> Result<Self, BuildError> {
        let mut w = Writer::new(buf);
        w.set_limit(MAX_MESSAGE_LEN);
        w.bytes(&[0; HEADER_LEN])?;
        Ok(Self { w, header: Header::default(), section: Section::Question, compress: true, rcode: Rcode::NOERROR })
    }

    /// Starts a query for `qname`/`qtype` in class IN with the given ID and
    /// RD set.
    ///
    /// ```
    /// use dns_wire::{Name, build::MessageBuilder, iana::Rtype};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mut buf = [0u8; 64];
    /// let mut name = [0u8; 255];
    /// let q = MessageBuilder::query(&mut buf, 0x1234, &Name::from_text("nlnetlabs.nl", &mut name)?, Rtype::AAAA)?;
    /// assert_eq!(q.finish().len(), 12 + 14 + 4);
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
        b.question(qname, qtype, Class::IN)?;
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

    /// Sets the most octets the message may have, for example to the
    /// requestor's UDP payload size; never above [`MAX_MESSAGE_LEN`] or the
    /// buffer's length.
    pub fn set_limit(&mut self, limit: usize) {
        self.w.set_limit(limit.min(MAX_MESSAGE_LEN));
    }

    /// The octets written so far.
    pub fn len(&self) -> usize {
        self.w.pos()
    }

    /// Whether nothing but the header has been written.
    pub fn is_empty(&self) -> bool {
        self.w.pos() <= HEADER_LEN
    }

    fn enter(&mut self, section: Section) -> Result<(), BuildError> {
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

    /// Adds a question.
    ///
    /// # Errors
    /// [`BuildError::SectionOrder`] after a record, [`BuildError::NoSpace`].
    pub fn question(&mut self, qname: &Name<'_>, qtype: Rtype, qclass: Class) -> Result<(), BuildError> {
        self.enter(Section::Question)?;
        let compress = self.compress;
        self.atomic(|w| {
            w.set_compression(compress);
            w.name(qname)?;
            w.u16(qtype.to_int())?;
            w.u16(qclass.to_int())
        })?;
        self.counted(Section::Question);
        Ok(())
    }

    /// Adds a question read from another message.
    ///
    /// # Errors
    /// As [`MessageBuilder::question`].
    pub fn push_question(&mut self, q: &Question<'_>) -> Result<(), BuildError> {
        self.question(&q.qname, q.qtype, q.qclass)
    }

    /// Adds a record with typed RDATA to `section`.
    ///
    /// # Errors
    /// [`BuildError::SectionOrder`], [`BuildError::TooManyRecords`],
    /// [`BuildError::NoSpace`], [`BuildError::TooLong`] for RDATA over
    /// 65535 octets; nothing is added then.
    #[allow(clippy::too_many_arguments)]
    pub fn push<'r, D: RecordData<'r>>(
        &mut self,
        section: Section,
        owner: &Name<'_>,
        rtype: Rtype,
        class: Class,
        ttl: u32,
        rdata: &D,
    ) -> Result<(), BuildError> {
        if section == Section::Question {
            return Err(BuildError::Invalid { what: "records go in the answer, authority or additional section" });
        }
        if !D::accepts(rtype) {
            return Err(BuildError::Invalid { what: "RDATA of another record type" });
        }
        self.enter(section)?;
        let compress = self.compress;
        self.atomic(|w| {
            w.set_compression(compress);
            w.name(owner)?;
            w.u16(rtype.to_int())?;
            w.u16(class.to_int())?;
            w.u32(ttl)?;
            let len_at = w.pos();
            w.u16(0)?;
            w.set_compression(compress && rtype.compresses_rdata());
            rdata.compose(w)?;
            let len = w.pos() - len_at - 2;
            let len16 = u16::try_from(len).map_err(|_| BuildError::TooLong { what: "RDATA", len, max: 65535 })?;
            w.patch_u16(len_at, len16)
        })?;
        self.counted(section);
        Ok(())
    }

    /// Adds a record to the answer section; its type is the RDATA's.
    ///
    /// # Errors
    /// As [`MessageBuilder::push`].
    pub fn answer(&mut self, owner: &Name<'_>, class: Class, ttl: u32, rdata: &RData<'_>) -> Result<(), BuildError> {
        self.push(Section::Answer, owner, rdata.rtype(), class, ttl, rdata)
    }

    /// Adds a record to the authority section; its type is the RDATA's.
    ///
    /// # Errors
    /// As [`MessageBuilder::push`].
    pub fn authority(&mut self, owner: &Name<'_>, class: Class, ttl: u32, rdata: &RData<'_>) -> Result<(), BuildError> {
        self.push(Section::Authority, owner, rdata.rtype(), class, ttl, rdata)
    }

    /// Adds a record to the additional section; its type is the RDATA's.
    ///
    /// # Errors
    /// As [`MessageBuilder::push`].
    pub fn additional(
        &mut self,
        owner: &Name<'_>,
        class: Class,
        ttl: u32,
        rdata: &RData<'_>,
    ) -> Result<(), BuildError> {
        self.push(Section::Additional, owner, rdata.rtype(), class, ttl, rdata)
    }

    /// Copies a record read from another message. RDATA of the types that
    /// may hold compressed names (RFC 3597 section 4) is read into its typed
    /// form and written again, so its names are expanded, or compressed
    /// against this message where RFC 3597 allows; the RDATA of every other
    /// type cannot refer to the old message and is copied octet for octet
    /// (check it first with [`Message::check_rdata`](crate::Message::check_rdata)
    /// if it must be well-formed).
    ///
    /// # Errors
    /// [`BuildError::Invalid`] if RDATA that has to be re-encoded is
    /// malformed for its type, else as [`MessageBuilder::push`].
    pub fn push_record(&mut self, section: Section, rr: &Record<'_>) -> Result<(), BuildError> {
        let in_class = !rr.rtype().is_opaque_in(rr.class());
        if rr.rtype().decompresses_rdata() && in_class {
            let data = rr.data().map_err(|_| BuildError::Invalid { what: "malformed RDATA" })?;
            self.push(section, &rr.owner(), rr.rtype(), rr.class(), rr.ttl(), &data)
        } else {
            let raw = crate::rdata::Unknown { data: rr.rdata() };
            self.push(section, &rr.owner(), rr.rtype(), rr.class(), rr.ttl(), &raw)
        }
    }

    /// Adds the OPT record (RFC 6891 section 6.1.2) to the additional
    /// section, carrying the extended bits of the RCODE set with
    /// [`MessageBuilder::set_rcode`]. `options` writes the option list.
    ///
    /// ```
    /// use dns_wire::{Message, build::{MessageBuilder, OptParams}};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mut buf = [0u8; 64];
    /// let mut b = MessageBuilder::new(&mut buf)?;
    /// b.opt(OptParams { flags: 0x8000, ..OptParams::default() }, |w| {
    ///     w.u16(10)?; // COOKIE
    ///     w.u16(8)?;
    ///     w.bytes(&[1, 2, 3, 4, 5, 6, 7, 8])
    /// })?;
    /// let msg = Message::parse(b.finish())?;
    /// assert!(msg.opt().expect("OPT").dnssec_ok());
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As [`MessageBuilder::push`].
    pub fn opt(
        &mut self,
        params: OptParams,
        options: impl FnOnce(&mut Writer<'b>) -> Result<(), BuildError>,
    ) -> Result<(), BuildError> {
        self.enter(Section::Additional)?;
        let ttl =
            u32::from(self.rcode.extended_bits()) << 24 | u32::from(params.version) << 16 | u32::from(params.flags);
        self.atomic(|w| {
            w.u8(0)?;
            w.u16(Rtype::OPT.to_int())?;
            w.u16(params.udp_payload_size)?;
            w.u32(ttl)?;
            let len_at = w.pos();
            w.u16(0)?;
            w.set_compression(false);
            options(w)?;
            let len = w.pos() - len_at - 2;
            let len16 = u16::try_from(len).map_err(|_| BuildError::TooLong { what: "OPT RDATA", len, max: 65535 })?;
            w.patch_u16(len_at, len16)
        })?;
        self.counted(Section::Additional);
        Ok(())
    }

    fn write_header(&mut self) {
        let bytes = self.header.to_bytes();
        for (i, pair) in bytes.chunks_exact(2).enumerate() {
            // The header was written first, so these offsets exist.
            let _ = self.w.patch_u16(2 * i, u16::from_be_bytes([pair[0], pair[1]]));
        }
    }

    /// Writes the header and returns the finished message.
    pub fn finish(mut self) -> &'b [u8] {
        self.write_header();
        self.w.finish()
    }

    /// Sets TC (RFC 2181 section 9) and returns the message as far as it
    /// got: for use after [`BuildError::NoSpace`].
    pub fn finish_truncated(mut self) -> &'b [u8] {
        self.header.set_tc(true);
        self.finish()
    }

    /// Copies a whole parsed message: header, questions and every record,
    /// re-encoded with compression. With `truncate` set, records that do
    /// not fit are left out, TC is set, and the OPT record (if any) is
    /// kept, space being reserved for it first.
    ///
    /// # Errors
    /// [`BuildError::Invalid`] for malformed RDATA; [`BuildError::NoSpace`]
    /// when the message does not fit and `truncate` is off, or when not even
    /// the header, questions and OPT record fit.
    pub fn copy_message(buf: &'b mut [u8], msg: &crate::Message<'_>, truncate: bool) -> Result<&'b [u8], BuildError> {
        let mut b = Self::new(buf)?;
        b.w.set_source(msg.as_bytes());
        let h = msg.header();
        b.header.set_id(h.id());
        b.header.set_flags(h.flags());
        for q in msg.questions() {
            b.push_question(&q)?;
        }
        let opt = msg.opt();
        let opt_len = opt.map_or(0, |o| 11 + o.record().rdata().len());
        let full = b.w.limit();
        b.w.set_limit(full.saturating_sub(opt_len));
        for (section, rr) in msg.records() {
            if rr.rtype() == Rtype::OPT {
                continue;
            }
            match b.push_record(section, &rr) {
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
            let params = OptParams { udp_payload_size: o.udp_payload_size(), version: o.version(), flags: o.flags() };
            b.opt(params, |w| w.bytes(rec.rdata()))?;
        }
        Ok(b.finish())
    }
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
