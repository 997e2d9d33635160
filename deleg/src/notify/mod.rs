//! Generalized NOTIFY (RFC 9859 section 4): the message a child's operator
//! sends to the endpoint a DSYNC record names, and the parent's answer,
//! built with dns-wire's [`MessageBuilder`] into the caller's buffer.

use dns_wire::build::OptParams;
use dns_wire::edns::{EdnsOption, ReportChannel, write_option};
use dns_wire::iana::{Class, Opcode, Rcode, Rtype};
use dns_wire::message::Question;
use dns_wire::{BuildError, Message, MessageBuilder, Name, WireError};

/// Why a message is not a generalized NOTIFY.
///
/// ```
/// use deleg::notify::{Notify, NotifyError};
/// use dns_wire::{Message, MessageBuilder, iana::Rtype, Name};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut buf = [0u8; 64];
/// let query = MessageBuilder::query(&mut buf, 1, &Name::parse(b"\x01a\x00")?, Rtype::CDS)?.finish();
/// assert!(matches!(Notify::parse(&Message::parse(query)?), Err(NotifyError::NotNotify { .. })));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NotifyError {
    /// The opcode is not NOTIFY (4).
    #[error("opcode {opcode} is not NOTIFY")]
    NotNotify {
        /// The opcode found.
        opcode: Opcode,
    },
    /// Not exactly one question: a NOTIFY names one child (RFC 9859
    /// section 4.3 says to discard one about several children).
    #[error("{count} questions; a generalized NOTIFY has exactly one")]
    QuestionCount {
        /// How many questions the header counts.
        count: u16,
    },
    /// A question type other than CDS, CDNSKEY or CSYNC (a NOTIFY(SOA) is
    /// the zone-transfer NOTIFY of RFC 1996, not a generalized one).
    #[error("question type {qtype} is not CDS, CDNSKEY or CSYNC")]
    Type {
        /// The question type.
        qtype: Rtype,
    },
    /// A question class other than IN.
    #[error("question class {class} is not IN")]
    Class {
        /// The question class.
        class: Class,
    },
    /// A malformed Report-Channel option.
    #[error("bad Report-Channel option: {0}")]
    ReportChannel(WireError),
}

/// A generalized NOTIFY (query or answer): the child zone whose CDS,
/// CDNSKEY or CSYNC records changed.
///
/// The query is formatted as RFC 1996 section 3 has it: opcode NOTIFY, AA
/// set, one question (QNAME the child, QTYPE the record type, class IN),
/// optionally an OPT record with a Report-Channel option (RFC 9859 section
/// 4.2, RFC 9567). The answer (section 4.3) has QR and AA set, the same ID
/// and question, RCODE NOERROR, and no Report-Channel.
///
/// ```
/// use deleg::notify::Notify;
/// use dns_wire::{Message, Name, iana::Rtype};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let child = Name::parse(b"\x05child\x07example\x00")?;
/// let mut buf = [0u8; 512];
/// let wire = Notify::query(0x1234, child, Rtype::CDS).build_into(&mut buf)?;
/// let msg = Message::parse(wire)?;
/// let n = Notify::parse(&msg)?;
/// assert_eq!((n.id, n.rrtype, n.response), (0x1234, Rtype::CDS, false));
/// let mut out = [0u8; 512];
/// let answer = n.answer().build_into(&mut out)?;
/// assert!(Notify::parse(&Message::parse(answer)?)?.response);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Notify<'a> {
    /// The message ID.
    pub id: u16,
    /// The child zone (QNAME).
    pub child: Name<'a>,
    /// CDS, CDNSKEY or CSYNC (QTYPE).
    pub rrtype: Rtype,
    /// Whether this is the parent's answer (QR set).
    pub response: bool,
    /// The Report-Channel agent domain a query carries, if any.
    pub report_channel: Option<Name<'a>>,
}

/// Whether `rrtype` is one a generalized NOTIFY may name.
fn is_notify_type(rrtype: Rtype) -> bool {
    rrtype == Rtype::CDS || rrtype == Rtype::CDNSKEY || rrtype == Rtype::CSYNC
}

impl<'a> Notify<'a> {
    /// A query about `child`'s `rrtype` records.
    pub const fn query(id: u16, child: Name<'a>, rrtype: Rtype) -> Self {
        Self { id, child, rrtype, response: false, report_channel: None }
    }

    /// The same query with a Report-Channel option naming `agent`.
    #[must_use]
    pub const fn with_report_channel(mut self, agent: Name<'a>) -> Self {
        self.report_channel = Some(agent);
        self
    }

    /// The answer to this query: same ID and question, QR set, no
    /// Report-Channel.
    #[must_use]
    pub const fn answer(&self) -> Self {
        Self { id: self.id, child: self.child, rrtype: self.rrtype, response: true, report_channel: None }
    }

    /// Writes the message into `buf` and returns it.
    ///
    /// # Errors
    /// [`BuildError::NoSpace`] when `buf` is too small (12 + the QNAME + 4
    /// octets, plus 11 + 4 + the agent domain with a Report-Channel);
    /// [`BuildError::Invalid`] for a type other than CDS, CDNSKEY or CSYNC.
    pub fn build_into<'b>(&self, buf: &'b mut [u8]) -> Result<&'b [u8], BuildError> {
        if !is_notify_type(self.rrtype) {
            return Err(BuildError::Invalid { what: "a generalized NOTIFY is about CDS, CDNSKEY or CSYNC" });
        }
        let mut b = MessageBuilder::new(buf)?;
        let h = b.header_mut();
        h.set_id(self.id);
        h.set_opcode(Opcode::NOTIFY);
        h.set_aa(true);
        h.set_qr(self.response);
        b.set_rcode(Rcode::NOERROR);
        b.question(&Question { qname: self.child, qtype: self.rrtype, qclass: Class::IN })?;
        if let Some(agent) = self.report_channel.filter(|_| !self.response) {
            let rc = EdnsOption::ReportChannel(ReportChannel { agent_domain: agent });
            b.opt(OptParams::default(), |w| write_option(w, &rc))?;
        }
        Ok(b.finish())
    }

    /// Reads a generalized NOTIFY query or answer.
    ///
    /// # Errors
    /// [`NotifyError`].
    pub fn parse(msg: &Message<'a>) -> Result<Self, NotifyError> {
        let h = msg.header();
        if h.opcode() != Opcode::NOTIFY {
            return Err(NotifyError::NotNotify { opcode: h.opcode() });
        }
        let count = h.qdcount();
        let mut questions = msg.questions();
        let (Some(q), None) = (questions.next(), questions.next()) else {
            return Err(NotifyError::QuestionCount { count });
        };
        if q.qclass != Class::IN {
            return Err(NotifyError::Class { class: q.qclass });
        }
        if !is_notify_type(q.qtype) {
            return Err(NotifyError::Type { qtype: q.qtype });
        }
        let mut report_channel = None;
        if let Some(opt) = msg.opt() {
            for raw in opt.options() {
                let raw = raw.map_err(NotifyError::ReportChannel)?;
                if let Some(rc) = raw.parse_as::<ReportChannel>().map_err(NotifyError::ReportChannel)? {
                    report_channel = Some(rc.agent_domain);
                }
            }
        }
        Ok(Self { id: h.id(), child: q.qname, rrtype: q.qtype, response: h.qr(), report_channel })
    }
}
