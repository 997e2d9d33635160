//! `_for-sale`: a TXT record saying the parent domain name is for sale
//! (draft-davids-forsalereg-21, published as RFC 10023). Section numbers
//! below are those of -19, the latest revision whose full text was read;
//! -21's first page matches it.
//!
//! The record is one character-string (section 2.4): the version tag
//! `v=FORSALE1;`, then at most one content tag and its value (section 2.1):
//!
//! | tag | value | limits |
//! |---|---|---|
//! | none | the domain is for sale, nothing more | |
//! | `fcod=` | a code meaningful to cooperating parties | 1 to 239 octets |
//! | `ftxt=` | human-readable text, UTF-8 recommended | 1 to 239 octets |
//! | `furi=` | exactly one URI (RFC 3986) or IRI (RFC 3987); `http`, `https`, `mailto` and `tel` recommended | up to 239 octets |
//! | `fval=` | an asking price: currency (`1*%x41-5A`) and amount (`1*DIGIT ["." 1*DIGIT]`) | 2 to 239 octets |
//!
//! [`ForSale::parse`] follows the ABNF strictly and names the field it
//! refuses; section 2.1 also asks processors to treat a record whose content
//! is absent or invalid as a for-sale signal as long as the version tag is
//! right, which [`has_version_tag`] checks. Section 3.6 allows spaces after
//! the version tag, which [`ForSale::parse_liberal`] skips.

use dns_wire::Name;
use dns_wire::name::NameBuf;
use dns_wire::wire::{BuildError, Writer};

use crate::ConventionError;
use crate::field::write_parts;
use crate::name::{NameBuilder, under_arpa};

/// The leaf label, `_for-sale`.
pub const LABEL: &[u8] = b"_for-sale";
/// The version tag every record starts with (case-sensitive).
pub const VERSION_TAG: &[u8] = b"v=FORSALE1;";
/// The most octets a content value may have (`1*239OCTET`).
pub const MAX_VALUE_LEN: usize = 239;
/// The most octets a record may have: one character-string.
pub const MAX_RECORD_LEN: usize = 255;

const TAG_LEN: usize = 5;
const VALUE_AT: usize = VERSION_TAG.len() + TAG_LEN;

/// One `_for-sale` TXT record.
///
/// ```
/// use dns_conventions::for_sale::ForSale;
/// # fn main() -> Result<(), dns_conventions::ConventionError> {
/// // draft-davids-forsalereg-19 section 2.2.4
/// let rec = ForSale::parse(b"v=FORSALE1;fval=EUR999")?;
/// let ForSale::Price(price) = rec else { panic!("a price") };
/// assert_eq!((price.currency(), price.amount()), ("EUR", "999"));
/// let mut buf = [0u8; 255];
/// let n = rec.write_content(&mut buf)?;
/// assert_eq!(&buf[..n], b"v=FORSALE1;fval=EUR999");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ForSale<'a> {
    /// Only the version tag: the domain is for sale, with no further
    /// information.
    Bare,
    /// `fcod=`: a code with meaning only between cooperating parties.
    Code(&'a [u8]),
    /// `ftxt=`: free text for humans.
    Text(&'a [u8]),
    /// `furi=`: a URI or IRI with further information.
    Uri(Uri<'a>),
    /// `fval=`: an asking price.
    Price(Price<'a>),
}

impl<'a> ForSale<'a> {
    /// Reads a record's content (its one character-string) strictly by the
    /// ABNF of section 2.1.
    ///
    /// ```
    /// use dns_conventions::for_sale::ForSale;
    /// # fn main() -> Result<(), dns_conventions::ConventionError> {
    /// assert_eq!(ForSale::parse(b"v=FORSALE1;")?, ForSale::Bare);
    /// let err = ForSale::parse(b"v=FORSALE1;foo=bar").unwrap_err();
    /// assert_eq!(err.field(), "content tag");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ConventionError`] naming the version tag, the content tag or the
    /// value, with the offset of the fault in `content`.
    pub fn parse(content: &'a [u8]) -> Result<Self, ConventionError> {
        Self::parse_at(content, false)
    }

    /// As [`ForSale::parse`], but skips spaces right after the version tag
    /// (the robustness allowance of section 3.6).
    ///
    /// ```
    /// use dns_conventions::for_sale::ForSale;
    /// # fn main() -> Result<(), dns_conventions::ConventionError> {
    /// let rec = ForSale::parse_liberal(b"v=FORSALE1; ftxt=Call for info.")?;
    /// assert_eq!(rec, ForSale::Text(b"Call for info."));
    /// assert!(ForSale::parse(b"v=FORSALE1; ftxt=Call for info.").is_err());
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As [`ForSale::parse`].
    pub fn parse_liberal(content: &'a [u8]) -> Result<Self, ConventionError> {
        Self::parse_at(content, true)
    }

    fn parse_at(content: &'a [u8], liberal: bool) -> Result<Self, ConventionError> {
        if content.len() > MAX_RECORD_LEN {
            return Err(ConventionError::TooLong { field: "record", at: 0, len: content.len(), max: MAX_RECORD_LEN });
        }
        let Some(rest) = content.strip_prefix(VERSION_TAG) else {
            let why = "must start with v=FORSALE1; (case-sensitive)";
            return Err(ConventionError::Invalid { field: "version tag", at: 0, why });
        };
        let mut tag_at = VERSION_TAG.len();
        let mut rest = rest;
        if liberal {
            while let Some(r) = rest.strip_prefix(b" ") {
                rest = r;
                tag_at += 1;
            }
        }
        if rest.is_empty() {
            return Ok(Self::Bare);
        }
        let Some((tag, value)) = rest.split_at_checked(TAG_LEN) else {
            return Err(bad_tag(tag_at));
        };
        let value_at = tag_at + TAG_LEN;
        let field = match tag {
            b"fcod=" => "fcod value",
            b"ftxt=" => "ftxt value",
            b"furi=" => "furi value",
            b"fval=" => "fval value",
            _ => return Err(bad_tag(tag_at)),
        };
        check_len(field, value, value_at)?;
        Ok(match tag {
            b"fcod=" => Self::Code(value),
            b"ftxt=" => Self::Text(value),
            b"furi=" => Self::Uri(Uri::parse_at(value, value_at)?),
            _ => Self::Price(Price::parse_at(value, value_at)?),
        })
    }

    /// The content tag (`fcod` ...), or `None` for a bare record.
    ///
    /// ```
    /// use dns_conventions::for_sale::ForSale;
    /// assert_eq!(ForSale::Code(b"ABC123").tag(), Some("fcod"));
    /// ```
    pub const fn tag(&self) -> Option<&'static str> {
        match self {
            Self::Bare => None,
            Self::Code(_) => Some("fcod"),
            Self::Text(_) => Some("ftxt"),
            Self::Uri(_) => Some("furi"),
            Self::Price(_) => Some("fval"),
        }
    }

    /// The length of the record's content.
    ///
    /// ```
    /// use dns_conventions::for_sale::ForSale;
    /// assert_eq!(ForSale::Bare.encoded_len(), 11);
    /// ```
    pub fn encoded_len(&self) -> usize {
        match self {
            Self::Bare => VERSION_TAG.len(),
            Self::Code(v) | Self::Text(v) => VALUE_AT + v.len(),
            Self::Uri(u) => VALUE_AT + u.as_str().len(),
            Self::Price(p) => VALUE_AT + p.currency.len() + p.amount.len(),
        }
    }

    /// Writes the record's content (without the character-string length
    /// octet) into `out` and returns its length. Values are checked as
    /// [`ForSale::parse`] would check them.
    ///
    /// ```
    /// use dns_conventions::for_sale::ForSale;
    /// # fn main() -> Result<(), dns_conventions::ConventionError> {
    /// let mut buf = [0u8; 255];
    /// let n = ForSale::Text(b"Call for info.").write_content(&mut buf)?;
    /// assert_eq!(&buf[..n], b"v=FORSALE1;ftxt=Call for info.");
    /// assert!(ForSale::Code(b"").write_content(&mut buf).is_err());
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ConventionError::Missing`] or [`ConventionError::TooLong`] for a
    /// value outside 1 to 239 octets, [`ConventionError::NoSpace`].
    pub fn write_content(&self, out: &mut [u8]) -> Result<usize, ConventionError> {
        let (tag, field, a, b): (&[u8], _, &[u8], &[u8]) = match self {
            Self::Bare => return write_parts("_for-sale record", &[VERSION_TAG], out),
            Self::Code(v) => (b"fcod=", "fcod value", v, b""),
            Self::Text(v) => (b"ftxt=", "ftxt value", v, b""),
            Self::Uri(u) => (b"furi=", "furi value", u.as_str().as_bytes(), b""),
            Self::Price(p) => (b"fval=", "fval value", p.currency.as_bytes(), p.amount.as_bytes()),
        };
        if a.len() + b.len() > MAX_VALUE_LEN {
            return Err(ConventionError::TooLong { field, at: VALUE_AT, len: a.len() + b.len(), max: MAX_VALUE_LEN });
        }
        if a.is_empty() {
            return Err(ConventionError::Missing { field, at: VALUE_AT });
        }
        write_parts("_for-sale record", &[VERSION_TAG, tag, a, b], out)
    }

    /// Writes the record as TXT RDATA: one character-string.
    ///
    /// ```
    /// use dns_conventions::for_sale::ForSale;
    /// use dns_wire::wire::Writer;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mut buf = [0u8; 256];
    /// let mut w = Writer::new(&mut buf);
    /// ForSale::Bare.compose(&mut w)?;
    /// assert_eq!(w.finish(), b"\x0bv=FORSALE1;");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`BuildError::Invalid`] for a value [`ForSale::write_content`]
    /// refuses, [`BuildError::NoSpace`].
    pub fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        let mut buf = [0u8; MAX_RECORD_LEN];
        let n = self.write_content(&mut buf).map_err(|_| BuildError::Invalid { what: "_for-sale content" })?;
        w.char_string(buf.get(..n).unwrap_or_default())
    }
}

fn bad_tag(at: usize) -> ConventionError {
    ConventionError::Invalid { field: "content tag", at, why: "not one of fcod=, ftxt=, furi=, fval=" }
}

fn check_len(field: &'static str, value: &[u8], at: usize) -> Result<(), ConventionError> {
    if value.is_empty() {
        return Err(ConventionError::Missing { field, at });
    }
    if value.len() > MAX_VALUE_LEN {
        return Err(ConventionError::TooLong { field, at, len: value.len(), max: MAX_VALUE_LEN });
    }
    Ok(())
}

/// Whether `content` starts with the version tag: section 2.1 has
/// processors treat such a record as a for-sale signal even when its
/// content is absent or invalid (unless local policy says otherwise).
///
/// ```
/// use dns_conventions::for_sale::has_version_tag;
/// assert!(has_version_tag(b"v=FORSALE1;foo=bar"));
/// assert!(!has_version_tag(b"I am for sale"));
/// assert!(!has_version_tag(b"V=FORSALE1;"));
/// ```
pub fn has_version_tag(content: &[u8]) -> bool {
    content.starts_with(VERSION_TAG)
}

/// The `furi=` value: one URI (RFC 3986) or IRI (RFC 3987).
///
/// The check is syntactic: a scheme, a colon, and then only characters a
/// URI allows (or non-ASCII characters, for an IRI), with `%` followed by
/// two hexadecimal digits; spaces and controls are refused, so the value is
/// exactly one URI.
///
/// ```
/// use dns_conventions::for_sale::Uri;
/// # fn main() -> Result<(), dns_conventions::ConventionError> {
/// let uri = Uri::new("mailto:hq@example.com?subject=foo")?;
/// assert_eq!(uri.scheme(), "mailto");
/// assert!(uri.is_recommended_scheme());
/// assert!(Uri::new("https://example.com/foo bar").is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Uri<'a> {
    text: &'a str,
    scheme_len: usize,
}

impl<'a> Uri<'a> {
    /// Checks a URI or IRI.
    ///
    /// ```
    /// use dns_conventions::for_sale::Uri;
    /// # fn main() -> Result<(), dns_conventions::ConventionError> {
    /// assert_eq!(Uri::new("tel:+1-201-555-0123")?.scheme(), "tel");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ConventionError`] naming the `furi value`, with offsets into
    /// `text`.
    pub fn new(text: &'a str) -> Result<Self, ConventionError> {
        Self::parse_at(text.as_bytes(), 0)
    }

    fn parse_at(value: &'a [u8], base: usize) -> Result<Self, ConventionError> {
        const F: &str = "furi value";
        let bad = |at: usize, why| ConventionError::Invalid { field: F, at: base + at, why };
        let text = core::str::from_utf8(value).map_err(|e| bad(e.valid_up_to(), "not UTF-8"))?;
        if text.len() > MAX_VALUE_LEN {
            return Err(ConventionError::TooLong { field: F, at: base, len: text.len(), max: MAX_VALUE_LEN });
        }
        let scheme_len = text.find(':').ok_or(bad(0, "no scheme (a URI starts with scheme \":\")"))?;
        let scheme = text.get(..scheme_len).unwrap_or_default().as_bytes();
        let scheme_ok = scheme.first().is_some_and(u8::is_ascii_alphabetic)
            && scheme.iter().all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'));
        if !scheme_ok {
            return Err(bad(0, "bad scheme"));
        }
        let rest = text.get(scheme_len + 1..).unwrap_or_default();
        if rest.is_empty() {
            return Err(bad(scheme_len + 1, "nothing after the scheme"));
        }
        check_uri_chars(rest, base + scheme_len + 1, F)?;
        Ok(Self { text, scheme_len })
    }

    /// The whole URI.
    pub const fn as_str(&self) -> &'a str {
        self.text
    }

    /// The scheme, as written.
    pub fn scheme(&self) -> &'a str {
        self.text.get(..self.scheme_len).unwrap_or_default()
    }

    /// Whether the scheme is one section 2.2.3 recommends: `http`, `https`,
    /// `mailto` or `tel`.
    pub fn is_recommended_scheme(&self) -> bool {
        let s = self.scheme();
        ["http", "https", "mailto", "tel"].iter().any(|r| r.eq_ignore_ascii_case(s))
    }
}

/// Checks the characters after a URI's scheme: RFC 3986 reserved and
/// unreserved characters, `%XX` escapes, and (for IRIs) non-ASCII
/// characters other than controls.
fn check_uri_chars(rest: &str, base: usize, field: &'static str) -> Result<(), ConventionError> {
    let bytes = rest.as_bytes();
    for (i, c) in rest.char_indices() {
        let at = base + i;
        if !c.is_ascii() {
            if c.is_control() || c.is_whitespace() {
                return Err(ConventionError::Invalid { field, at, why: "control or space character" });
            }
            continue;
        }
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' => {}
            '-' | '.' | '_' | '~' => {}
            ':' | '/' | '?' | '#' | '[' | ']' | '@' => {}
            '!' | '$' | '&' | '\'' | '(' | ')' | '*' | '+' | ',' | ';' | '=' => {}
            '%' => {
                let hex = bytes.get(i + 1..i + 3).unwrap_or_default();
                if hex.len() != 2 || !hex.iter().all(u8::is_ascii_hexdigit) {
                    return Err(ConventionError::Invalid { field, at, why: "% not followed by two hex digits" });
                }
            }
            ' ' => return Err(ConventionError::Invalid { field, at, why: "space (must be %20; one URI only)" }),
            _ => return Err(ConventionError::Invalid { field, at, why: "character not allowed in a URI" }),
        }
    }
    Ok(())
}

/// The `fval=` value: a currency code and an amount.
///
/// ```
/// use dns_conventions::for_sale::Price;
/// # fn main() -> Result<(), dns_conventions::ConventionError> {
/// // draft-davids-forsalereg-19 appendix A.4
/// let p = Price::new("BTC", "0.000010")?;
/// assert_eq!((p.integer_part(), p.fraction()), ("0", Some("000010")));
/// assert!(Price::new("usd", "750").is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Price<'a> {
    currency: &'a str,
    amount: &'a str,
}

impl<'a> Price<'a> {
    /// Checks a currency (`1*%x41-5A`, an ISO 4217 code recommended) and an
    /// amount (`1*DIGIT ["." 1*DIGIT]`), together 2 to 239 octets.
    ///
    /// ```
    /// use dns_conventions::for_sale::Price;
    /// # fn main() -> Result<(), dns_conventions::ConventionError> {
    /// assert_eq!(Price::new("USD", "750")?.integer_part(), "750");
    /// assert_eq!(Price::new("USD", "7,50").unwrap_err().field(), "fval amount");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ConventionError`] naming the currency or the amount, offsets into
    /// the joined value.
    pub fn new(currency: &'a str, amount: &'a str) -> Result<Self, ConventionError> {
        const F: &str = "fval value";
        let len = currency.len() + amount.len();
        if len > MAX_VALUE_LEN {
            return Err(ConventionError::TooLong { field: F, at: 0, len, max: MAX_VALUE_LEN });
        }
        if currency.is_empty() {
            return Err(ConventionError::Missing { field: "fval currency", at: 0 });
        }
        if let Some(i) = currency.bytes().position(|c| !c.is_ascii_uppercase()) {
            let why = "not an uppercase letter A-Z";
            return Err(ConventionError::Invalid { field: "fval currency", at: i, why });
        }
        let at = currency.len();
        let bad = |why| ConventionError::Invalid { field: "fval amount", at, why };
        let (int, frac) = match amount.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (amount, None),
        };
        if amount.is_empty() {
            return Err(ConventionError::Missing { field: "fval amount", at });
        }
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
        if !digits(int) {
            return Err(bad("integer part must be one or more digits"));
        }
        if frac.is_some_and(|f| !digits(f)) {
            return Err(bad("fractional part must be one or more digits after one \".\""));
        }
        Ok(Self { currency, amount })
    }

    fn parse_at(value: &'a [u8], base: usize) -> Result<Self, ConventionError> {
        let text = core::str::from_utf8(value).map_err(|e| ConventionError::Invalid {
            field: "fval value",
            at: base + e.valid_up_to(),
            why: "not ASCII",
        })?;
        let split = text.bytes().position(|c| !c.is_ascii_uppercase()).unwrap_or(text.len());
        let (currency, amount) = text.split_at_checked(split).unwrap_or((text, ""));
        Self::new(currency, amount).map_err(|e| e.shifted(base))
    }

    /// The currency code, such as `EUR`.
    pub const fn currency(&self) -> &'a str {
        self.currency
    }

    /// The amount as written, such as `0.000010`.
    pub const fn amount(&self) -> &'a str {
        self.amount
    }

    /// The digits before the decimal point.
    pub fn integer_part(&self) -> &'a str {
        self.amount.split_once('.').map_or(self.amount, |(i, _)| i)
    }

    /// The digits after the decimal point, if there is one.
    pub fn fraction(&self) -> Option<&'a str> {
        self.amount.split_once('.').map(|(_, f)| f)
    }
}

/// The owner name of the `_for-sale` record of `domain`:
/// `_for-sale.<domain>`.
///
/// ```
/// use dns_conventions::for_sale::owner_name;
/// use dns_wire::name::NameBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let domain: NameBuf = "example.nl.".parse()?;
/// assert_eq!(owner_name(&domain.as_name())?.to_string(), "_for-sale.example.nl.");
/// let arpa: NameBuf = "51.198.in-addr.arpa.".parse()?;
/// assert!(owner_name(&arpa.as_name()).is_err());
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`ConventionError::Invalid`] for the root or a name under `.arpa`
/// (section 2.6: out of scope, processors must ignore such records),
/// [`ConventionError::NameTooLong`].
pub fn owner_name(domain: &Name<'_>) -> Result<NameBuf, ConventionError> {
    if domain.is_root() {
        return Err(ConventionError::Invalid { field: "domain", at: 0, why: "the root is not for sale" });
    }
    if under_arpa(domain) {
        return Err(ConventionError::Invalid { field: "domain", at: 0, why: "under .arpa, which is out of scope" });
    }
    let mut b = NameBuilder::new("_for-sale owner name");
    b.label("_for-sale label", LABEL)?.name("domain", domain)?;
    b.finish()
}

/// The domain that a `_for-sale` owner name says is for sale: the name
/// without its leftmost `_for-sale` label.
///
/// ```
/// use dns_conventions::for_sale::domain_of;
/// use dns_wire::name::NameBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// // draft-davids-forsalereg-19 section 2.6, Table 1
/// let ok: NameBuf = "_for-sale.exco.bbb.example.".parse()?;
/// assert_eq!(domain_of(&ok.as_name())?.to_string(), "exco.bbb.example.");
/// let not_leaf: NameBuf = "xyz._for-sale.example.".parse()?;
/// assert!(domain_of(&not_leaf.as_name()).is_err());
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`ConventionError::Invalid`] naming the owner name when `_for-sale` is
/// not its leftmost label (it must be a leaf), when nothing follows it, or
/// when it is under `.arpa`.
pub fn domain_of(owner: &Name<'_>) -> Result<NameBuf, ConventionError> {
    const F: &str = "owner name";
    let mut labels = owner.labels();
    if !labels.next().is_some_and(|l| l.eq_ignore_ascii_case(LABEL)) {
        let why = if owner.labels().any(|l| l.eq_ignore_ascii_case(LABEL)) {
            "_for-sale must be the leftmost label (a leaf)"
        } else {
            "does not start with _for-sale"
        };
        return Err(ConventionError::Invalid { field: F, at: 0, why });
    }
    if under_arpa(owner) {
        return Err(ConventionError::Invalid { field: F, at: 0, why: "under .arpa, which processors must ignore" });
    }
    let mut b = NameBuilder::new("domain");
    for l in labels {
        b.label("domain", l)?;
    }
    if b.wire_len() == 1 {
        return Err(ConventionError::Invalid { field: F, at: 0, why: "_for-sale directly under the root" });
    }
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::single_string;
    use dns_wire::rdata::CharStrings;
    use dns_wire::wire::Reader;

    fn both_ways(content: &[u8]) -> ForSale<'_> {
        let rec = ForSale::parse(content).unwrap_or_else(|e| panic!("{:?}: {e}", core::str::from_utf8(content)));
        let mut buf = [0u8; 255];
        let n = rec.write_content(&mut buf).unwrap();
        assert_eq!(&buf[..n], content);
        assert_eq!(rec.encoded_len(), n);
        rec
    }

    #[test]
    fn draft_examples() {
        // draft-davids-forsalereg-19 section 2.1 (valid version tag, no content)
        assert_eq!(both_ways(b"v=FORSALE1;"), ForSale::Bare);
        // section 2.1 (valid, alongside a record without version tag)
        assert_eq!(both_ways(b"v=FORSALE1;fcod=XX-NGYyYjEyZWY"), ForSale::Code(b"XX-NGYyYjEyZWY"));
        // section 2.2.1
        assert_eq!(
            both_ways(b"v=FORSALE1;fcod=EXCO-S2lscm95IHdhcyBoZXJl"),
            ForSale::Code(b"EXCO-S2lscm95IHdhcyBoZXJl")
        );
        // section 2.2.2
        assert_eq!(both_ways(b"v=FORSALE1;ftxt=Call for info."), ForSale::Text(b"Call for info."));
        // section 2.2.3
        let ForSale::Uri(u) = both_ways(b"v=FORSALE1;furi=https://example.com/foo%20bar") else { panic!() };
        assert_eq!(u.scheme(), "https");
        // section 2.2.4
        let ForSale::Price(p) = both_ways(b"v=FORSALE1;fval=EUR999") else { panic!() };
        assert_eq!((p.currency(), p.amount(), p.fraction()), ("EUR", "999", None));
        // section 2.5 (wildcard example)
        assert_eq!(both_ways(b"v=FORSALE1;ftxt=Only $99 at ExCo"), ForSale::Text(b"Only $99 at ExCo"));
        // draft-davids-forsalereg-16 section 3.2 (dropped later): two Kanji in UTF-8, six octets
        let kanji = both_ways(b"v=FORSALE1;ftxt=\xe5\xa3\xb2\xe5\x87\xba");
        assert_eq!(kanji, ForSale::Text("\u{58f2}\u{51fa}".as_bytes()));
        // section 3.5: a valid fcod= whose value contains ";ftxt="
        assert_eq!(
            both_ways(b"v=FORSALE1;fcod=TRIP-confusing;ftxt=dont_do_this"),
            ForSale::Code(b"TRIP-confusing;ftxt=dont_do_this")
        );
        // appendix A.1 to A.5
        assert_eq!(both_ways(b"v=FORSALE1;fcod=XX-aHR0cHM...wbGUuY29t"), ForSale::Code(b"XX-aHR0cHM...wbGUuY29t"));
        both_ways(b"v=FORSALE1;ftxt=Eligibility criteria apply.");
        both_ways(b"v=FORSALE1;ftxt=<script>...</script>");
        both_ways(b"v=FORSALE1;furi=https://example.com/fs?d=eHl6");
        let ForSale::Uri(m) = both_ways(b"v=FORSALE1;furi=mailto:hq@example.com?subject=foo") else { panic!() };
        assert!(m.is_recommended_scheme());
        let ForSale::Uri(t) = both_ways(b"v=FORSALE1;furi=tel:+1-201-555-0123") else { panic!() };
        assert_eq!(t.scheme(), "tel");
        let ForSale::Price(btc) = both_ways(b"v=FORSALE1;fval=BTC0.000010") else { panic!() };
        assert_eq!((btc.integer_part(), btc.fraction()), ("0", Some("000010")));
        both_ways(b"v=FORSALE1;fval=USD750");
        // appendix A.5, the combined RRset
        for r in [
            &b"v=FORSALE1;furi=https://fs.example.com/"[..],
            b"v=FORSALE1;ftxt=This domain name is for sale",
            b"v=FORSALE1;fval=EUR500",
            b"v=FORSALE1;fcod=EXCO-ZGVhZGJlZWYx",
            b"v=FORSALE1;fcod=XYZ1-MTExLTIyMi0zMzMtNDQ0",
        ] {
            both_ways(r);
        }
    }

    #[test]
    fn draft_invalid_examples() {
        // draft-davids-forsalereg-19 section 2.1: content absent or invalid,
        // version tag valid: a for-sale signal, but not a valid record.
        let e = ForSale::parse(b"v=FORSALE1;fcod=").unwrap_err();
        assert_eq!(e, ConventionError::Missing { field: "fcod value", at: 16 });
        let e = ForSale::parse(b"v=FORSALE1;foo=bar").unwrap_err();
        assert_eq!((e.field(), e.offset()), ("content tag", Some(11)));
        assert!(has_version_tag(b"v=FORSALE1;fcod=") && has_version_tag(b"v=FORSALE1;foo=bar"));
        // section 2.1: a record without the version tag is no indicator.
        let e = ForSale::parse(b"I am for sale").unwrap_err();
        assert_eq!((e.field(), e.offset()), ("version tag", Some(0)));
        // section 2.4: several character-strings are invalid.
        let wire = b"\x0bv=FORSALE1;\x08ftxt=foo\x03bar\x07invalid";
        let strings = CharStrings::read(&mut Reader::new(wire)).unwrap();
        assert_eq!(single_string(&strings), Err(ConventionError::NotOneString { count: 4 }));
    }

    #[test]
    fn malformed_records_name_the_field() {
        let cases: &[(&[u8], &str, usize)] = &[
            (b"V=FORSALE1;ftxt=x", "version tag", 0),
            (b"v=FORSALE1", "version tag", 0),
            (b"v=FORSALE1;FTXT=x", "content tag", 11),
            (b"v=FORSALE1;ftx", "content tag", 11),
            (b"v=FORSALE1; ftxt=x", "content tag", 11),
            (b"v=FORSALE1;ftxt=", "ftxt value", 16),
            (b"v=FORSALE1;furi=", "furi value", 16),
            (b"v=FORSALE1;furi=example.com", "furi value", 16),
            (b"v=FORSALE1;furi=https://a b", "furi value", 25),
            (b"v=FORSALE1;furi=https://a%2", "furi value", 25),
            (b"v=FORSALE1;furi=1http://a", "furi value", 16),
            (b"v=FORSALE1;fval=", "fval value", 16),
            (b"v=FORSALE1;fval=750", "fval currency", 16),
            (b"v=FORSALE1;fval=EUR", "fval amount", 19),
            (b"v=FORSALE1;fval=EUR1.", "fval amount", 19),
            (b"v=FORSALE1;fval=EUR1,50", "fval amount", 19),
            (b"v=FORSALE1;fval=eur5", "fval currency", 16),
            (b"v=FORSALE1;fval=EUR.5", "fval amount", 19),
        ];
        for &(content, field, at) in cases {
            let e = ForSale::parse(content).unwrap_err();
            assert_eq!((e.field(), e.offset()), (field, Some(at)), "{:?}", core::str::from_utf8(content));
        }
        let mut long = [b'x'; 256];
        long[..16].copy_from_slice(b"v=FORSALE1;ftxt=");
        assert_eq!(ForSale::parse(&long[..255]).map(|r| r.tag()), Ok(Some("ftxt")));
        assert_eq!(ForSale::parse(&long).unwrap_err().field(), "record");
        let e = ForSale::Text(&long[..240]).write_content(&mut [0u8; 300]).unwrap_err();
        assert_eq!(e, ConventionError::TooLong { field: "ftxt value", at: 16, len: 240, max: 239 });
        assert_eq!(ForSale::Bare.write_content(&mut [0u8; 10]).unwrap_err().field(), "_for-sale record");
    }

    #[test]
    fn names() {
        let n = |s: &str| NameBuf::from_text(s).unwrap();
        // draft-davids-forsalereg-19 section 2.6, Table 1
        for (owner, domain) in [
            ("_for-sale.example.", "example."),
            ("_for-sale.aaa.example.", "aaa.example."),
            ("_for-sale.exco.bbb.example.", "exco.bbb.example."),
            ("_for-sale.www.ccc.example.", "www.ccc.example."),
        ] {
            assert_eq!(domain_of(&n(owner).as_name()).unwrap(), n(domain));
            assert_eq!(owner_name(&n(domain).as_name()).unwrap(), n(owner));
        }
        let arpa = domain_of(&n("_for-sale.51.198.in-addr.arpa.").as_name()).unwrap_err();
        assert_eq!(arpa.field(), "owner name");
        assert!(domain_of(&n("xyz._for-sale.example.").as_name()).is_err());
        assert!(domain_of(&n("_for-sale.").as_name()).is_err());
        assert!(owner_name(&Name::ROOT).is_err());
        let long = ["a"; 126].join(".");
        assert!(matches!(owner_name(&n(&long).as_name()), Err(ConventionError::NameTooLong { .. })));
    }
}
