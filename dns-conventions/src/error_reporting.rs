//! DNS error reporting query names (RFC 9567 section 6.1.1).
//!
//! A resolver that meets an error while resolving a name for which the
//! authoritative server sent a Report-Channel option (EDNS option 18, whose
//! data is the agent domain) reports it with a TXT query for
//!
//! `_er.<QTYPE>.<QNAME>.<INFO-CODE>._er.<agent domain>`
//!
//! - `<QTYPE>`: the query type in decimal; several (as in a multi-QTYPE
//!   query) are unique, in increasing order and joined by `-`, as `1-28`.
//! - `<QNAME>`: the labels of the query name, the root left out.
//! - `<INFO-CODE>`: the Extended DNS Error code (RFC 8914) in decimal.
//!
//! If the name would be longer than 255 octets the report must not be sent:
//! [`ErrorReport::new`] refuses it. The report query itself carries no
//! Report-Channel option, and errors met while resolving a report query are
//! not reported.

use dns_wire::Name;
use dns_wire::iana::{EdeCode, Rtype};
use dns_wire::name::NameBuf;

use crate::ConventionError;
use crate::field::{decimal_u16, write_decimal};
use crate::name::{LabelList, NameBuilder};

/// The label at both ends of the report's own labels, `_er`.
pub const LABEL: &[u8] = b"_er";
/// The most query types one report can carry: `1-2-3...` fills a 63-octet
/// label with 32 values.
pub const MAX_QTYPES: usize = 32;

/// A DNS error report: what failed, and the agent it is sent to.
///
/// ```
/// use dns_conventions::error_reporting::ErrorReport;
/// use dns_wire::iana::{EdeCode, Rtype};
/// use dns_wire::name::NameBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// // RFC 9567 section 6.1.1 and its example
/// let qname: NameBuf = "broken.test.".parse()?;
/// let agent: NameBuf = "a01.agent-domain.example.".parse()?;
/// let report = ErrorReport::new(&[Rtype::A], &qname.as_name(), EdeCode::new(7), &agent.as_name())?;
/// let name = report.query_name()?;
/// assert_eq!(name.to_string(), "_er.1.broken.test.7._er.a01.agent-domain.example.");
/// assert_eq!(ErrorReport::parse(&name.as_name())?, report);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ErrorReport {
    qtypes: [Rtype; MAX_QTYPES],
    count: usize,
    qname: NameBuf,
    info_code: EdeCode,
    agent: NameBuf,
}

impl ErrorReport {
    /// A report of `info_code` for `qname` and `qtypes` (sorted and made
    /// unique here), to `agent`.
    ///
    /// ```
    /// use dns_conventions::error_reporting::ErrorReport;
    /// use dns_wire::iana::{EdeCode, Rtype};
    /// use dns_wire::name::NameBuf;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let qname: NameBuf = "broken.test.".parse()?;
    /// let agent: NameBuf = "a01.agent-domain.example.".parse()?;
    /// let r = ErrorReport::new(&[Rtype::AAAA, Rtype::A], &qname.as_name(), EdeCode::new(7), &agent.as_name())?;
    /// assert_eq!(r.qtypes(), &[Rtype::A, Rtype::AAAA]);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ConventionError`] naming the `QTYPE` (none, or more than fit in a
    /// label) or the `agent domain` (the root); and
    /// [`ConventionError::NameTooLong`] naming the `report query name` when
    /// it would exceed 255 octets, in which case no report may be sent.
    pub fn new(
        qtypes: &[Rtype],
        qname: &Name<'_>,
        info_code: EdeCode,
        agent: &Name<'_>,
    ) -> Result<Self, ConventionError> {
        if agent.is_root() {
            return Err(ConventionError::Missing { field: "agent domain", at: 0 });
        }
        let mut sorted = [Rtype::new(0); MAX_QTYPES];
        let mut count = 0;
        for &t in qtypes {
            let known = sorted.get(..count).unwrap_or_default();
            if known.contains(&t) {
                continue;
            }
            let slot = sorted.get_mut(count).ok_or(ConventionError::TooLong {
                field: "QTYPE",
                at: 4,
                len: qtypes.len(),
                max: MAX_QTYPES,
            })?;
            *slot = t;
            count += 1;
        }
        if count == 0 {
            return Err(ConventionError::Missing { field: "QTYPE", at: 4 });
        }
        if let Some(s) = sorted.get_mut(..count) {
            s.sort_unstable();
        }
        let report = Self {
            qtypes: sorted,
            count,
            qname: NameBuf::from_name(qname),
            info_code,
            agent: NameBuf::from_name(agent),
        };
        report.query_name()?;
        Ok(report)
    }

    /// Reads a report query name, taking as its second `_er` label the
    /// leftmost one that leaves room for a QTYPE and an INFO-CODE. Use
    /// [`ErrorReport::parse_for_agent`] when the agent domain is known and
    /// the reported name might itself hold an `_er` label.
    ///
    /// ```
    /// use dns_conventions::error_reporting::ErrorReport;
    /// use dns_wire::name::NameBuf;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let name: NameBuf = "_er.1-28.www.example.22._er.agent.example.".parse()?;
    /// let report = ErrorReport::parse(&name.as_name())?;
    /// assert_eq!(report.qtypes().len(), 2);
    /// assert_eq!(report.info_code().to_int(), 22);
    /// assert_eq!(report.agent().to_string(), "agent.example.");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ConventionError`] naming the `first _er label`, the `QTYPE`, the
    /// `second _er label`, the `INFO-CODE` or the `agent domain`, with its
    /// offset in the name's wire form.
    pub fn parse(name: &Name<'_>) -> Result<Self, ConventionError> {
        let labels = LabelList::new(name);
        let is_er = |i: usize| labels.get(i).is_some_and(|(l, _)| l.eq_ignore_ascii_case(LABEL));
        let second = (3..labels.len()).find(|&i| is_er(i));
        Self::from_labels(&labels, second)
    }

    /// Reads a report query name addressed to `agent`.
    ///
    /// ```
    /// use dns_conventions::error_reporting::ErrorReport;
    /// use dns_wire::name::NameBuf;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let name: NameBuf = "_er.16._er.example.7._er.agent.example.".parse()?;
    /// let agent: NameBuf = "agent.example.".parse()?;
    /// let report = ErrorReport::parse_for_agent(&name.as_name(), &agent.as_name())?;
    /// assert_eq!(report.qname().to_string(), "_er.example.");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As [`ErrorReport::parse`], and the `agent domain` when the name does
    /// not end in `agent`.
    pub fn parse_for_agent(name: &Name<'_>, agent: &Name<'_>) -> Result<Self, ConventionError> {
        let labels = LabelList::new(name);
        let agent_count = agent.label_count();
        if agent.is_root() || !name.ends_with(agent) || labels.len() < agent_count + 1 {
            let why = "the name does not end in the agent domain";
            return Err(ConventionError::Invalid { field: "agent domain", at: 0, why });
        }
        Self::from_labels(&labels, Some(labels.len() - agent_count - 1))
    }

    fn from_labels(labels: &LabelList<'_>, second: Option<usize>) -> Result<Self, ConventionError> {
        let end = labels.len();
        let at_of = |i: usize| labels.get(i).map_or(0, |(_, at)| at);
        match labels.get(0) {
            Some((l, _)) if l.eq_ignore_ascii_case(LABEL) => {}
            _ => return Err(ConventionError::Invalid { field: "first _er label", at: 0, why: "must be _er" }),
        }
        let (qtype_label, qtype_at) =
            labels.get(1).ok_or(ConventionError::Missing { field: "QTYPE", at: at_of(0) + 4 })?;
        let second = match second {
            Some(i) if i >= 3 && labels.get(i).is_some_and(|(l, _)| l.eq_ignore_ascii_case(LABEL)) => i,
            Some(i) => {
                let why = "expected _er before the agent domain";
                return Err(ConventionError::Invalid { field: "second _er label", at: at_of(i), why });
            }
            None => {
                let why = "no second _er label after QTYPE, QNAME and INFO-CODE";
                return Err(ConventionError::Invalid { field: "second _er label", at: at_of(2), why });
            }
        };
        if second + 1 >= end {
            return Err(ConventionError::Missing { field: "agent domain", at: at_of(second) + 4 });
        }
        let mut qtypes = [Rtype::new(0); MAX_QTYPES];
        let mut count = 0;
        let mut part_at = qtype_at + 1;
        for part in qtype_label.split(|&c| c == b'-') {
            let v = Rtype::new(decimal_u16("QTYPE", part, part_at)?);
            if count > 0 && qtypes.get(count - 1).is_some_and(|&prev| prev >= v) {
                let why = "QTYPEs must be unique and in increasing order";
                return Err(ConventionError::Invalid { field: "QTYPE", at: part_at, why });
            }
            let slot = qtypes.get_mut(count).ok_or(ConventionError::TooLong {
                field: "QTYPE",
                at: qtype_at,
                len: count + 1,
                max: MAX_QTYPES,
            })?;
            *slot = v;
            count += 1;
            part_at += part.len() + 1;
        }
        let (code_label, code_at) = labels.get(second - 1).unwrap_or_default();
        let info_code = EdeCode::new(decimal_u16("INFO-CODE", code_label, code_at + 1)?);
        let qname = labels.name("QNAME", 2, second - 1)?;
        let agent = labels.name("agent domain", second + 1, end)?;
        Ok(Self { qtypes, count, qname, info_code, agent })
    }

    /// The query types, in increasing order.
    pub fn qtypes(&self) -> &[Rtype] {
        self.qtypes.get(..self.count).unwrap_or_default()
    }

    /// The query name the error was met for.
    pub const fn qname(&self) -> &NameBuf {
        &self.qname
    }

    /// The Extended DNS Error code.
    pub const fn info_code(&self) -> EdeCode {
        self.info_code
    }

    /// The agent domain the report goes to.
    pub const fn agent(&self) -> &NameBuf {
        &self.agent
    }

    /// The report's query name.
    ///
    /// ```
    /// use dns_conventions::error_reporting::ErrorReport;
    /// use dns_wire::iana::{EdeCode, Rtype};
    /// use dns_wire::name::NameBuf;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let qname: NameBuf = "broken.test.".parse()?;
    /// let agent: NameBuf = "a01.agent-domain.example.".parse()?;
    /// let r = ErrorReport::new(&[Rtype::AAAA, Rtype::A], &qname.as_name(), EdeCode::new(7), &agent.as_name())?;
    /// assert_eq!(r.query_name()?.to_string(), "_er.1-28.broken.test.7._er.a01.agent-domain.example.");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ConventionError::NameTooLong`] naming the `report query name`.
    pub fn query_name(&self) -> Result<NameBuf, ConventionError> {
        // Room for every QTYPE (at most five digits and a hyphen each), so
        // that a label over 63 octets is refused with its real length.
        let mut label = [0u8; MAX_QTYPES * 6];
        let mut n = 0;
        for (i, t) in self.qtypes().iter().enumerate() {
            if i > 0 {
                n += put(&mut label, n, b"-");
            }
            n += write_decimal(t.to_int(), label.get_mut(n..).unwrap_or_default());
        }
        let mut code = [0u8; 5];
        let code_len = write_decimal(self.info_code.to_int(), &mut code);
        let mut b = NameBuilder::new("report query name");
        b.label("first _er label", LABEL)?;
        b.label("QTYPE", label.get(..n).unwrap_or_default())?;
        b.name("QNAME", &self.qname.as_name())?;
        b.label("INFO-CODE", code.get(..code_len).unwrap_or_default())?;
        b.label("second _er label", LABEL)?;
        b.name("agent domain", &self.agent.as_name())?;
        b.finish()
    }
}

fn put(out: &mut [u8], at: usize, s: &[u8]) -> usize {
    if let Some(dst) = out.get_mut(at..at + s.len()) {
        dst.copy_from_slice(s);
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> NameBuf {
        NameBuf::from_text(s).unwrap()
    }

    #[test]
    fn rfc_example() {
        // RFC 9567 section 6.1.1: QTYPE A for broken.test failed with EDE 7
        // (Signature Expired); agent domain a01.agent-domain.example.
        let text = "_er.1.broken.test.7._er.a01.agent-domain.example.";
        let report = ErrorReport::parse(&name(text).as_name()).unwrap();
        assert_eq!(report.qtypes(), &[Rtype::A]);
        assert_eq!(report.qname(), &name("broken.test."));
        assert_eq!(report.info_code(), EdeCode::SIGNATURE_EXPIRED);
        assert_eq!(report.agent(), &name("a01.agent-domain.example."));
        assert_eq!(report.query_name().unwrap(), name(text));
        let agent = name("a01.agent-domain.example.");
        assert_eq!(ErrorReport::parse_for_agent(&name(text).as_name(), &agent.as_name()).unwrap(), report);
        // Section 6.1.1: A and AAAA in one query give the label "1-28".
        let both = ErrorReport::new(
            &[Rtype::AAAA, Rtype::A, Rtype::AAAA],
            &name("broken.test.").as_name(),
            EdeCode::new(7),
            &agent.as_name(),
        )
        .unwrap();
        assert_eq!(both.query_name().unwrap(), name("_er.1-28.broken.test.7._er.a01.agent-domain.example."));
    }

    #[test]
    fn malformed_names_name_the_field() {
        let cases: &[(&str, &str, usize)] = &[
            ("er.1.broken.test.7._er.agent.", "first _er label", 0),
            ("_er.", "QTYPE", 4),
            ("_er.1.broken.test.7.agent.", "second _er label", 6),
            ("_er.x.broken.test.7._er.agent.", "QTYPE", 5),
            ("_er.28-1.broken.test.7._er.agent.", "QTYPE", 8),
            ("_er.1-1.broken.test.7._er.agent.", "QTYPE", 7),
            ("_er.1-.broken.test.7._er.agent.", "QTYPE", 7),
            ("_er.65536.broken.test.7._er.agent.", "QTYPE", 5),
            ("_er.1.broken.test.x7._er.agent.", "INFO-CODE", 19),
            ("_er.1.broken.test.7._er.", "agent domain", 24),
        ];
        for &(text, field, at) in cases {
            let e = ErrorReport::parse(&name(text).as_name()).unwrap_err();
            assert_eq!((e.field(), e.offset()), (field, Some(at)), "{text}: {e}");
        }
        let e = ErrorReport::parse_for_agent(&name("_er.1.x.7._er.a.").as_name(), &name("b.").as_name());
        assert_eq!(e.unwrap_err().field(), "agent domain");
        let e = ErrorReport::parse_for_agent(&name("_er.1.x.7.y.a.").as_name(), &name("a.").as_name());
        assert_eq!(
            e.unwrap_err(),
            ConventionError::Invalid { field: "second _er label", at: 10, why: "expected _er before the agent domain" }
        );
    }

    #[test]
    fn builder_limits() {
        let q = name("broken.test.");
        let agent = name("agent.example.");
        let new = |t: &[Rtype], q: &NameBuf, a: &Name<'_>| ErrorReport::new(t, &q.as_name(), EdeCode::new(7), a);
        assert_eq!(new(&[], &q, &agent.as_name()).unwrap_err().field(), "QTYPE");
        assert_eq!(new(&[Rtype::A], &q, &Name::ROOT).unwrap_err().field(), "agent domain");
        let many: [Rtype; 33] = core::array::from_fn(|i| Rtype::new(u16::try_from(i + 1).unwrap()));
        assert_eq!(new(&many, &q, &agent.as_name()).unwrap_err().field(), "QTYPE");
        // Section 6.1.1: a report name over 255 octets must not be sent.
        let long = name(&["abcdefghi"; 24].join("."));
        let e = new(&[Rtype::A], &long, &agent.as_name()).unwrap_err();
        assert!(matches!(e, ConventionError::NameTooLong { field: "report query name", .. }), "{e}");
        // The root as the reported name has no labels.
        let root = ErrorReport::new(&[Rtype::NS], &Name::ROOT, EdeCode::new(22), &agent.as_name()).unwrap();
        let n = root.query_name().unwrap();
        assert_eq!(n, name("_er.2.22._er.agent.example."));
        assert_eq!(ErrorReport::parse(&n.as_name()).unwrap(), root);
    }

    /// 32 five-digit QTYPEs make a label of 191 octets: refused as too long
    /// with that length (it was reported as an empty label once the list
    /// passed 69 octets, the size of the buffer it was written into).
    #[test]
    fn defect_qtype_label_over_63_octets_reported_too_long() {
        let qtypes: [Rtype; MAX_QTYPES] = core::array::from_fn(|i| Rtype::new(10000 + u16::try_from(i).unwrap()));
        let e = ErrorReport::new(
            &qtypes,
            &name("broken.test.").as_name(),
            EdeCode::new(7),
            &name("agent.example.").as_name(),
        )
        .unwrap_err();
        assert_eq!(e, ConventionError::TooLong { field: "QTYPE", at: 4, len: 32 * 5 + 31, max: 63 });
    }
}
