//! `server-name` (key 3, draft-ietf-deleg section 3.4): [`ServerName`], and
//! [`NameList`], the value format it shares with `include-delegparam`.

use core::fmt;

use dns_wire::Name;
use dns_wire::iana::Rtype;
use dns_wire::wire::{Reader, WireError};

/// A list of one or more uncompressed domain names, each ended by its root
/// label, filling the whole value (section 3.4). Case is kept.
///
/// `Display` writes the presentation form: the names joined by commas, each
/// escaped three times over as section 3.4 requires (RFC 1035 name
/// escapes, then the RFC 9460 Appendix A.1 value-list escapes of `,` and
/// `\`, then character-string escapes), so that the text reads back to the
/// same names.
///
/// ```
/// use deleg::info::NameList;
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let v = NameList::parse(b"\x02ns\x01a\x00\x03NS2\x01b\x00", 0, deleg::DELEG, "server-name")?;
/// assert_eq!(v.names().count(), 2);
/// assert_eq!(v.to_string(), "ns.a.,NS2.b.");
/// // A label holding ESC and a comma (the section 3.4 example).
/// let odd = NameList::parse(b"\x0babc\x1bdef,ghi\x07example\x00", 0, deleg::DELEG, "server-name")?;
/// assert_eq!(odd.to_string(), "abc\\027def\\\\,ghi.example.");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NameList<'a> {
    data: &'a [u8],
}

impl<'a> NameList<'a> {
    /// Checks a value found at offset `at` of a record of type `rtype`;
    /// `what` names the key in errors.
    ///
    /// # Errors
    /// [`WireError::BadRdata`] for an empty value, a malformed or
    /// compressed name, or a name cut off by the end of the value.
    pub fn parse(value: &'a [u8], at: usize, rtype: Rtype, what: &'static str) -> Result<Self, WireError> {
        if value.is_empty() {
            return Err(WireError::BadRdata { at, rtype, what: empty(what) });
        }
        let mut r = Reader::new(value);
        while !r.is_empty() {
            let start = r.pos();
            r.name().map_err(|_| WireError::BadRdata { at: at + start, rtype, what: malformed(what) })?;
        }
        Ok(Self { data: value })
    }

    /// The names, in wire order.
    pub fn names(&self) -> Names<'a> {
        Names { rest: self.data }
    }

    /// The value in wire form.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.data
    }
}

fn empty(what: &'static str) -> &'static str {
    if what == "include-delegparam" { "empty include-delegparam" } else { "empty server-name" }
}

fn malformed(what: &'static str) -> &'static str {
    if what == "include-delegparam" { "malformed name in include-delegparam" } else { "malformed name in server-name" }
}

/// The names of a [`NameList`].
#[derive(Debug, Clone)]
pub struct Names<'a> {
    rest: &'a [u8],
}

impl<'a> Iterator for Names<'a> {
    type Item = Name<'a>;

    fn next(&mut self) -> Option<Name<'a>> {
        // Checked by `NameList::parse`; an error ends the iteration.
        if self.rest.is_empty() {
            return None;
        }
        match Name::parse_prefix(self.rest) {
            Ok((name, rest)) => {
                self.rest = rest;
                Some(name)
            }
            Err(_) => {
                self.rest = &[];
                None
            }
        }
    }
}

impl fmt::Display for NameList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, n) in self.names().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            crate::text::NameItem(n).fmt(f)?;
        }
        Ok(())
    }
}

/// The value of `server-name`: the names of the name servers, which the
/// resolver looks up (A/AAAA) itself; there is no glue (section 3.3).
///
/// ```
/// use deleg::info::ServerName;
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let v = ServerName::parse(b"\x03ns1\x04test\x00", 0, deleg::DELEG)?;
/// assert_eq!(v.to_string(), "ns1.test.");
/// assert!(ServerName::parse(b"", 0, deleg::DELEG).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ServerName<'a>(pub NameList<'a>);

impl<'a> ServerName<'a> {
    /// Checks a value found at offset `at` of a record of type `rtype`.
    ///
    /// # Errors
    /// As [`NameList::parse`].
    pub fn parse(value: &'a [u8], at: usize, rtype: Rtype) -> Result<Self, WireError> {
        NameList::parse(value, at, rtype, "server-name").map(Self)
    }

    /// The names.
    pub fn names(&self) -> Names<'a> {
        self.0.names()
    }
}

impl fmt::Display for ServerName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}
