//! `_domainconnect`: the TXT record that names a zone's DNS provider's
//! Domain Connect endpoint (draft-ietf-dconn-domainconnect-03 section 7.1,
//! the working-group draft that replaced draft-kowalik-domainconnect; the
//! section reads the same in the editor's copy of -04).
//!
//! The record's content is the authority and, optionally, a path of the
//! settings URL: prefixed with `https://` and followed by `/v2` it must form
//! a valid URL (RFC 3986), and it must not hold a scheme, a query or a
//! fragment. The settings endpoint is then
//! `https://{+_domainconnect}/v2/{domain}/settings` (section 7.2).
//! Discovery works at the zone apex only.

use dns_wire::Name;
use dns_wire::name::NameBuf;
use dns_wire::wire::{BuildError, Writer};

use crate::ConventionError;
use crate::field::{append, write_parts};
use crate::name::NameBuilder;

/// The label, `_domainconnect`.
pub const LABEL: &[u8] = b"_domainconnect";

/// A `_domainconnect` record: the settings URL prefix.
///
/// ```
/// use dns_conventions::domain_connect::DomainConnect;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// // draft-ietf-dconn-domainconnect-03 section 7.1, example 2
/// let dc = DomainConnect::parse(b"domainconnect.virtucondomains.example/dc")?;
/// assert_eq!(dc.host(), "domainconnect.virtucondomains.example");
/// assert_eq!(dc.path(), "/dc");
/// let domain: dns_wire::name::NameBuf = "example.com.".parse()?;
/// let mut url = [0u8; 128];
/// let n = dc.write_settings_url(&domain.as_name(), &mut url)?;
/// assert_eq!(&url[..n], b"https://domainconnect.virtucondomains.example/dc/v2/example.com/settings");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DomainConnect<'a> {
    text: &'a str,
    authority_len: usize,
    host_start: usize,
    host_len: usize,
    port: Option<u16>,
}

const F_AUTH: &str = "authority";

impl<'a> DomainConnect<'a> {
    /// Reads and checks a record's content (its strings joined, see
    /// [`txt_content`](super::txt_content)).
    ///
    /// ```
    /// use dns_conventions::domain_connect::DomainConnect;
    /// let err = DomainConnect::parse(b"https://dc.example").unwrap_err();
    /// assert_eq!(err.field(), "scheme");
    /// ```
    ///
    /// # Errors
    /// [`ConventionError`] naming the `scheme`, `authority`, `host`, `port`,
    /// `path`, `query` or `fragment`, with the offset in `content`.
    pub fn parse(content: &'a [u8]) -> Result<Self, ConventionError> {
        let text = core::str::from_utf8(content).map_err(|e| ConventionError::Invalid {
            field: F_AUTH,
            at: e.valid_up_to(),
            why: "not ASCII (use the A-label form)",
        })?;
        Self::new(text)
    }

    /// Checks a settings URL prefix given as text.
    ///
    /// ```
    /// use dns_conventions::domain_connect::DomainConnect;
    /// # fn main() -> Result<(), dns_conventions::ConventionError> {
    /// let dc = DomainConnect::new("dc.example:8443")?;
    /// assert_eq!((dc.host(), dc.port(), dc.path()), ("dc.example", Some(8443), ""));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As [`DomainConnect::parse`].
    pub fn new(text: &'a str) -> Result<Self, ConventionError> {
        let bytes = text.as_bytes();
        if let Some(i) = bytes.iter().position(|c| !c.is_ascii()) {
            return Err(ConventionError::Invalid { field: F_AUTH, at: i, why: "not ASCII (use the A-label form)" });
        }
        if let Some(i) = text.find("://") {
            let scheme = text.get(..i).unwrap_or_default();
            if scheme.bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.')) {
                let why = "must not be given; https:// is implied";
                return Err(ConventionError::Invalid { field: "scheme", at: 0, why });
            }
        }
        if let Some(i) = text.find('?') {
            return Err(ConventionError::Invalid { field: "query", at: i, why: "must not be given" });
        }
        if let Some(i) = text.find('#') {
            return Err(ConventionError::Invalid { field: "fragment", at: i, why: "must not be given" });
        }
        let authority_len = text.find('/').unwrap_or(text.len());
        let authority = text.get(..authority_len).unwrap_or_default();
        if authority.is_empty() {
            return Err(ConventionError::Missing { field: F_AUTH, at: 0 });
        }
        let (userinfo_len, hostport) = match authority.rfind('@') {
            Some(i) => (i + 1, authority.get(i + 1..).unwrap_or_default()),
            None => (0, authority),
        };
        if let Some(i) = authority
            .get(..userinfo_len.saturating_sub(1))
            .and_then(|u| u.bytes().position(|c| !(pchar_plain(c) || c == b':' || c == b'%')))
        {
            return Err(ConventionError::Invalid { field: "userinfo", at: i, why: "character not allowed" });
        }
        let host_start = userinfo_len;
        // A port follows the last colon, unless that colon is inside an IP
        // literal.
        let port_colon = match hostport.rfind(':') {
            Some(i) if !hostport.get(i..).unwrap_or_default().contains(']') => Some(i),
            _ => None,
        };
        let host = hostport.get(..port_colon.unwrap_or(hostport.len())).unwrap_or_default();
        if host.is_empty() {
            return Err(ConventionError::Missing { field: "host", at: host_start });
        }
        check_host(host, host_start)?;
        let port = match port_colon {
            None => None,
            Some(i) => {
                let at = host_start + i + 1;
                let digits = hostport.get(i + 1..).unwrap_or_default();
                Some(crate::field::decimal_u16("port", digits.as_bytes(), at)?)
            }
        };
        let path = text.get(authority_len..).unwrap_or_default();
        check_path(path, authority_len)?;
        Ok(Self { text, authority_len, host_start, host_len: host.len(), port })
    }

    /// The record's content, as given.
    pub const fn as_str(&self) -> &'a str {
        self.text
    }

    /// The authority: `[userinfo@]host[:port]`.
    pub fn authority(&self) -> &'a str {
        self.text.get(..self.authority_len).unwrap_or_default()
    }

    /// The host.
    pub fn host(&self) -> &'a str {
        self.text.get(self.host_start..self.host_start + self.host_len).unwrap_or_default()
    }

    /// The port, if one is given.
    pub const fn port(&self) -> Option<u16> {
        self.port
    }

    /// The path, empty or starting with `/`.
    pub fn path(&self) -> &'a str {
        self.text.get(self.authority_len..).unwrap_or_default()
    }

    /// Writes the record's content into `out` and returns its length.
    ///
    /// ```
    /// use dns_conventions::domain_connect::DomainConnect;
    /// # fn main() -> Result<(), dns_conventions::ConventionError> {
    /// let mut buf = [0u8; 64];
    /// let n = DomainConnect::new("dc.example")?.write_content(&mut buf)?;
    /// assert_eq!(&buf[..n], b"dc.example");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ConventionError::NoSpace`].
    pub fn write_content(&self, out: &mut [u8]) -> Result<usize, ConventionError> {
        write_parts("_domainconnect record", &[self.text.as_bytes()], out)
    }

    /// Writes the record as TXT RDATA: the content in one character-string.
    ///
    /// ```
    /// use dns_conventions::domain_connect::DomainConnect;
    /// use dns_wire::wire::Writer;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mut buf = [0u8; 64];
    /// let mut w = Writer::new(&mut buf);
    /// DomainConnect::new("dc.example")?.compose(&mut w)?;
    /// assert_eq!(w.finish(), b"\x0adc.example");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`BuildError::TooLong`] above 255 octets, [`BuildError::NoSpace`].
    pub fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.char_string(self.text.as_bytes())
    }

    /// Writes the settings endpoint URL for `domain` (section 7.2):
    /// `https://<content>/v2/<domain>/settings`, the domain without its
    /// final dot.
    ///
    /// ```
    /// use dns_conventions::domain_connect::DomainConnect;
    /// use dns_wire::name::NameBuf;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let dc = DomainConnect::new("domainconnect.virtucondomains.example")?;
    /// let domain: NameBuf = "example.com.".parse()?;
    /// let mut out = [0u8; 128];
    /// let n = dc.write_settings_url(&domain.as_name(), &mut out)?;
    /// assert_eq!(&out[..n], b"https://domainconnect.virtucondomains.example/v2/example.com/settings");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ConventionError::Invalid`] naming the `domain` if a label holds
    /// characters a URL path does not allow (give IDNs as A-labels), or it
    /// is the root; [`ConventionError::NoSpace`].
    pub fn write_settings_url(&self, domain: &Name<'_>, out: &mut [u8]) -> Result<usize, ConventionError> {
        if domain.is_root() {
            return Err(ConventionError::Invalid { field: "domain", at: 0, why: "the root has no settings" });
        }
        let mut at = 0;
        for l in domain.labels() {
            if let Some(i) = l.iter().position(|&c| !pchar_plain(c)) {
                return Err(ConventionError::Invalid {
                    field: "domain",
                    at: at + 1 + i,
                    why: "not allowed in a URL path",
                });
            }
            at += 1 + l.len();
        }
        let field = "settings URL";
        let mut n = write_parts(field, &[b"https://", self.text.as_bytes(), b"/v2/"], out)?;
        for (i, l) in domain.labels().enumerate() {
            let dot: &[u8] = if i == 0 { b"" } else { b"." };
            n = append(field, &[dot, l], out, n)?;
        }
        append(field, &[b"/settings"], out, n)
    }
}

/// RFC 3986 `unreserved / sub-delims`, plus `:` and `@` (a `pchar` without
/// percent-encoding).
fn pchar_plain(c: u8) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, b'-' | b'.' | b'_' | b'~' | b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',')
        || matches!(c, b';' | b'=' | b':' | b'@')
}

fn check_pct(s: &[u8], i: usize, field: &'static str, at: usize) -> Result<(), ConventionError> {
    let hex = s.get(i + 1..i + 3).unwrap_or_default();
    if hex.len() == 2 && hex.iter().all(u8::is_ascii_hexdigit) {
        Ok(())
    } else {
        Err(ConventionError::Invalid { field, at, why: "% not followed by two hex digits" })
    }
}

fn check_host(host: &str, base: usize) -> Result<(), ConventionError> {
    let b = host.as_bytes();
    if let Some(inner) = host.strip_prefix('[') {
        let Some(inner) = inner.strip_suffix(']') else {
            return Err(ConventionError::Invalid { field: "host", at: base, why: "IP literal without closing ]" });
        };
        if inner.is_empty() || !inner.bytes().all(|c| c.is_ascii_hexdigit() || matches!(c, b':' | b'.')) {
            return Err(ConventionError::Invalid { field: "host", at: base + 1, why: "bad IP literal" });
        }
        return Ok(());
    }
    for (i, &c) in b.iter().enumerate() {
        let at = base + i;
        match c {
            b'%' => check_pct(b, i, "host", at)?,
            b':' | b'@' | b'[' | b']' => {
                return Err(ConventionError::Invalid { field: "host", at, why: "character not allowed in a host" });
            }
            c if pchar_plain(c) => {}
            _ => return Err(ConventionError::Invalid { field: "host", at, why: "character not allowed in a host" }),
        }
    }
    Ok(())
}

fn check_path(path: &str, base: usize) -> Result<(), ConventionError> {
    let b = path.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        let at = base + i;
        match c {
            b'/' => {}
            b'%' => check_pct(b, i, "path", at)?,
            c if pchar_plain(c) => {}
            _ => return Err(ConventionError::Invalid { field: "path", at, why: "character not allowed in a path" }),
        }
    }
    Ok(())
}

/// The owner name of a zone's `_domainconnect` record:
/// `_domainconnect.<zone apex>`.
///
/// ```
/// use dns_conventions::domain_connect::owner_name;
/// use dns_wire::name::NameBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let apex: NameBuf = "example.com.".parse()?;
/// assert_eq!(owner_name(&apex.as_name())?.to_string(), "_domainconnect.example.com.");
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`ConventionError::NameTooLong`].
pub fn owner_name(apex: &Name<'_>) -> Result<NameBuf, ConventionError> {
    let mut b = NameBuilder::new("_domainconnect owner name");
    b.label("_domainconnect label", LABEL)?.name("zone apex", apex)?;
    b.finish()
}

/// The zone apex a `_domainconnect` owner name is for.
///
/// ```
/// use dns_conventions::domain_connect::apex_of;
/// use dns_wire::name::NameBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let owner: NameBuf = "_domainconnect.example.com.".parse()?;
/// assert_eq!(apex_of(&owner.as_name())?.to_string(), "example.com.");
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`ConventionError::Invalid`] naming the `owner name` when its leftmost
/// label is not `_domainconnect`.
pub fn apex_of(owner: &Name<'_>) -> Result<NameBuf, ConventionError> {
    let mut labels = owner.labels();
    if !labels.next().is_some_and(|l| l.eq_ignore_ascii_case(LABEL)) {
        let why = "does not start with _domainconnect";
        return Err(ConventionError::Invalid { field: "owner name", at: 0, why });
    }
    let mut b = NameBuilder::new("zone apex");
    for l in labels {
        b.label("zone apex", l)?;
    }
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both_ways(content: &str) -> DomainConnect<'_> {
        let dc = DomainConnect::parse(content.as_bytes()).unwrap();
        let mut buf = [0u8; 255];
        let n = dc.write_content(&mut buf).unwrap();
        assert_eq!(&buf[..n], content.as_bytes());
        dc
    }

    #[test]
    fn draft_examples() {
        // draft-ietf-dconn-domainconnect-03 section 7.1, EXAMPLE 1
        let dc = both_ways("domainconnect.virtucondomains.example");
        assert_eq!((dc.host(), dc.port(), dc.path()), ("domainconnect.virtucondomains.example", None, ""));
        let apex = NameBuf::from_text("example.com.").unwrap();
        let mut url = [0u8; 128];
        let n = dc.write_settings_url(&apex.as_name(), &mut url).unwrap();
        // section 7.2: https://{+_domainconnect}/v2/{domain}/settings
        assert_eq!(&url[..n], b"https://domainconnect.virtucondomains.example/v2/example.com/settings");
        // section 7.1, EXAMPLE 2
        let dc = both_ways("domainconnect.virtucondomains.example/dc");
        assert_eq!((dc.authority(), dc.path()), ("domainconnect.virtucondomains.example", "/dc"));
        assert!(dc.write_settings_url(&apex.as_name(), &mut [0u8; 20]).is_err());
    }

    #[test]
    fn refuses_what_section_7_1_forbids() {
        let cases: &[(&str, &str, usize)] = &[
            ("https://domainconnect.virtucondomains.example", "scheme", 0),
            ("domainconnect.virtucondomains.example/dc?x=1", "query", 40),
            ("domainconnect.virtucondomains.example#top", "fragment", 37),
            ("", "authority", 0),
            ("/dc", "authority", 0),
            ("dc.example:99999", "port", 11),
            ("dc.example:", "port", 11),
            ("dc .example", "host", 2),
            ("dc.example/a b", "path", 12),
            ("dc.example/%zz", "path", 11),
            ("[zz]", "host", 1),
            ("d\u{e9}.example", "authority", 1),
        ];
        for &(text, field, at) in cases {
            let e = DomainConnect::new(text).unwrap_err();
            assert_eq!((e.field(), e.offset()), (field, Some(at)), "{text:?}: {e}");
        }
        let ok = DomainConnect::new("user@[2001:db8::1]:8443/x%20y").unwrap();
        assert_eq!((ok.host(), ok.port(), ok.path()), ("[2001:db8::1]", Some(8443), "/x%20y"));
    }

    #[test]
    fn names() {
        let apex = NameBuf::from_text("example.com.").unwrap();
        let owner = owner_name(&apex.as_name()).unwrap();
        assert_eq!(apex_of(&owner.as_name()).unwrap(), apex);
        assert_eq!(apex_of(&apex.as_name()).unwrap_err().field(), "owner name");
        let weird = NameBuf::from_text("a\\/b.example.").unwrap();
        let dc = DomainConnect::new("dc.example").unwrap();
        assert_eq!(dc.write_settings_url(&weird.as_name(), &mut [0u8; 99]).unwrap_err().field(), "domain");
    }

    #[test]
    fn settings_url_no_space_counts_the_whole_url() {
        let dc = DomainConnect::new("dc.example").unwrap();
        let apex = NameBuf::from_text("example.com.").unwrap();
        let full = b"https://dc.example/v2/example.com/settings".len();
        // Each part is written as a whole: the prefix (22 octets), then each
        // label, then `/settings`.
        for (size, needed) in [(0, 22), (21, 22), (25, 29), (full - 1, full)] {
            let e = dc.write_settings_url(&apex.as_name(), &mut [0u8; 64][..size]).unwrap_err();
            assert_eq!(e, ConventionError::NoSpace { field: "settings URL", needed, available: size });
        }
    }
}
