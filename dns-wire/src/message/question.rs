//! Entries of the question section (RFC 1035 section 4.1.2).

use crate::Name;
use crate::iana::{Class, Rtype};

/// One question: QNAME, QTYPE and QCLASS.
///
/// ```
/// use dns_wire::Message;
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\0\x01\0\0\0\x01\0\0\0\0\0\0\x02nl\0\0\x06\0\x01";
/// let msg = Message::parse(wire)?;
/// let q = msg.questions().next().expect("one question");
/// assert_eq!(q.to_string(), "nl. IN SOA");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question<'a> {
    /// The name asked about.
    pub qname: Name<'a>,
    /// The type asked for.
    pub qtype: Rtype,
    /// The class asked for.
    pub qclass: Class,
}

impl core::fmt::Display for Question<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{} {} {}", self.qname, self.qclass, self.qtype)
    }
}
