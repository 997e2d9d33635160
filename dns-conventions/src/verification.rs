//! Domain control validation records
//! (draft-ietf-dnsop-domain-verification-techniques-13).
//!
//! - Owner name (section 6.2): `_<provider>-challenge.<domain>`, optionally
//!   with a `_<feature>` label in front (section 6.2) or a
//!   `_<identifier-unique-token>` account label (section 8), which must start
//!   with an underscore.
//! - RDATA (sections 6.1 and 6.1.2): a TXT record whose strings are read as
//!   one; either the bare Unique Token, or space-separated ASCII `key=value`
//!   pairs with `token=` first. Keys are case-insensitive.
//! - Expiry (section 6.3): the optional `expiry` key holds an RFC 3339
//!   section 5.6 date or date-time after which the record may be removed, or
//!   `never`.
//! - Tokens (section 6.1.1): random tokens are base64url, base32 or
//!   base16; in a DNS label (such as a CNAME target, section 7) only base32
//!   without padding or base16, at most 63 octets.
//!
//! Not checkable from the record, and left to the caller: token entropy,
//! short TTLs (section 6.4) and the Application Service Provider's expiry
//! policy.

use dns_wire::Name;
use dns_wire::name::{MAX_LABEL_LEN, NameBuf};

use crate::ConventionError;
use crate::field::{append, write_parts};
use crate::name::{LabelList, NameBuilder};

/// The suffix of the provider label, `-challenge`.
pub const SUFFIX: &[u8] = b"-challenge";
/// The key of the token (case-insensitive).
pub const TOKEN_KEY: &[u8] = b"token";
/// The key of the expiry (case-insensitive).
pub const EXPIRY_KEY: &[u8] = b"expiry";

/// The provider part of a `_<provider>-challenge` label, or `None` if the
/// label does not have that form.
///
/// ```
/// use dns_conventions::verification::provider_of;
/// assert_eq!(provider_of(b"_example_service-challenge"), Some(&b"example_service"[..]));
/// assert_eq!(provider_of(b"_acme-challenge"), Some(&b"acme"[..]));
/// assert_eq!(provider_of(b"_dmarc"), None);
/// ```
pub fn provider_of(label: &[u8]) -> Option<&[u8]> {
    let inner = label.strip_prefix(b"_")?;
    let split = inner.len().checked_sub(SUFFIX.len())?;
    let (provider, suffix) = inner.split_at_checked(split)?;
    (suffix.eq_ignore_ascii_case(SUFFIX) && !provider.is_empty()).then_some(provider)
}

fn check_provider(provider: &[u8]) -> Result<(), ConventionError> {
    const F: &str = "provider";
    if provider.is_empty() {
        return Err(ConventionError::Missing { field: F, at: 1 });
    }
    let max = MAX_LABEL_LEN - 1 - SUFFIX.len();
    if provider.len() > max {
        return Err(ConventionError::TooLong { field: F, at: 1, len: provider.len(), max });
    }
    if let Some(i) = provider.iter().position(|&c| !(c.is_ascii_alphanumeric() || c == b'-' || c == b'_')) {
        return Err(ConventionError::Invalid { field: F, at: 1 + i, why: "not a letter, digit, - or _" });
    }
    Ok(())
}

/// The owner name of a validation record:
/// `[<prefix>.]_<provider>-challenge.<domain>`.
///
/// `prefix` is a `_<feature>` label (section 6.2) or a
/// `_<identifier-unique-token>` account label (section 8); it must start
/// with `_`.
///
/// ```
/// use dns_conventions::verification::owner_name;
/// use dns_wire::name::NameBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let domain: NameBuf = "example.com.".parse()?;
/// let name = owner_name(b"example_service", None, &domain.as_name())?;
/// assert_eq!(name.to_string(), "_example_service-challenge.example.com.");
/// let name = owner_name(b"example_service", Some(b"_4kcsvc7mgd6oq"), &domain.as_name())?;
/// assert_eq!(name.to_string(), "_4kcsvc7mgd6oq._example_service-challenge.example.com.");
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`ConventionError`] naming the `provider` (empty, over 52 octets, or not
/// letters, digits, `-` and `_`), the `prefix label` (not starting with `_`,
/// or too long) or the `domain`; [`ConventionError::NameTooLong`].
pub fn owner_name(provider: &[u8], prefix: Option<&[u8]>, domain: &Name<'_>) -> Result<NameBuf, ConventionError> {
    check_provider(provider)?;
    let mut label = [0u8; MAX_LABEL_LEN];
    let n = write_parts("provider label", &[b"_", provider, SUFFIX], &mut label)?;
    let mut b = NameBuilder::new("validation record owner name");
    if let Some(p) = prefix {
        if p.first() != Some(&b'_') || p.len() < 2 {
            let why = "must be _ and at least one more octet (section 8)";
            return Err(ConventionError::Invalid { field: "prefix label", at: 0, why });
        }
        b.label("prefix label", p)?;
    }
    b.label("provider label", label.get(..n).unwrap_or_default())?;
    b.name("domain", domain)?;
    b.finish()
}

/// The parts of a validation record's owner name.
///
/// ```
/// use dns_conventions::verification::ChallengeOwner;
/// use dns_wire::name::NameBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let name: NameBuf = "_example_service-challenge.example.com.".parse()?;
/// let owner = ChallengeOwner::parse(&name.as_name())?;
/// assert_eq!((owner.provider, owner.prefix), (&b"example_service"[..], None));
/// assert_eq!(owner.domain.to_string(), "example.com.");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChallengeOwner<'a> {
    /// The `_<feature>` or `_<account token>` label, if there is one.
    pub prefix: Option<&'a [u8]>,
    /// The provider, without the `_` and `-challenge`.
    pub provider: &'a [u8],
    /// The domain being validated.
    pub domain: NameBuf,
}

impl<'a> ChallengeOwner<'a> {
    /// Splits an owner name: `_<provider>-challenge` as its first label, or
    /// as its second behind a label that starts with `_`.
    ///
    /// ```
    /// use dns_conventions::verification::ChallengeOwner;
    /// use dns_wire::name::NameBuf;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let name: NameBuf = "_ab12._example_service-challenge.example.com.".parse()?;
    /// assert_eq!(ChallengeOwner::parse(&name.as_name())?.prefix, Some(&b"_ab12"[..]));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ConventionError::Invalid`] naming the `owner name` when neither
    /// holds, or when no domain follows.
    pub fn parse(owner: &Name<'a>) -> Result<Self, ConventionError> {
        let labels = LabelList::new(owner);
        let bad = |why| ConventionError::Invalid { field: "owner name", at: 0, why };
        let (first, _) = labels.get(0).ok_or(bad("the root"))?;
        let (prefix, provider, at) = match provider_of(first) {
            Some(p) => (None, p, 1),
            None => {
                let second = labels.get(1).and_then(|(l, _)| provider_of(l));
                match second {
                    Some(p) if first.first() == Some(&b'_') => (Some(first), p, 2),
                    _ => return Err(bad("no _<provider>-challenge label")),
                }
            }
        };
        if at >= labels.len() {
            return Err(bad("no domain after the provider label"));
        }
        let domain = labels.name("domain", at, labels.len())?;
        Ok(Self { prefix, provider, domain })
    }
}

/// The alphabet a Unique Token is written in (section 6.1.1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenEncoding {
    /// Hexadecimal base16 (RFC 4648 section 8), either case.
    Base16,
    /// Base32 (RFC 4648 section 6), either case, padding optional.
    Base32,
    /// Base64url (RFC 4648 section 5), padding optional.
    Base64Url,
}

/// The narrowest of the recommended alphabets `token` fits, or `None` for
/// an empty token or one that fits none (such as standard base64 with `+`
/// or `/`, or a URI).
///
/// ```
/// use dns_conventions::verification::{token_encoding, TokenEncoding};
/// assert_eq!(token_encoding(b"3419ab3d206c4"), Some(TokenEncoding::Base16));
/// assert_eq!(token_encoding(b"MFRGGZDFMZTWQ"), Some(TokenEncoding::Base32));
/// assert_eq!(token_encoding(b"a-Z_09"), Some(TokenEncoding::Base64Url));
/// assert_eq!(token_encoding(b"a/b+c"), None);
/// ```
pub fn token_encoding(token: &[u8]) -> Option<TokenEncoding> {
    let body = trim_padding(token);
    if body.is_empty() {
        return None;
    }
    if body.len() == token.len() && body.iter().all(u8::is_ascii_hexdigit) {
        return Some(TokenEncoding::Base16);
    }
    if body.iter().all(|c| c.is_ascii_alphabetic() || (b'2'..=b'7').contains(c)) {
        return Some(TokenEncoding::Base32);
    }
    if body.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_') {
        return Some(TokenEncoding::Base64Url);
    }
    None
}

fn trim_padding(token: &[u8]) -> &[u8] {
    let mut body = token;
    while let Some(b) = body.strip_suffix(b"=") {
        body = b;
    }
    body
}

/// Checks a token that is to sit in a DNS label (a CNAME target in
/// delegated validation, section 7, or an account label, section 8):
/// base16, or base32 without padding, at most 63 octets.
///
/// ```
/// use dns_conventions::verification::{check_label_token, TokenEncoding};
/// # fn main() -> Result<(), dns_conventions::ConventionError> {
/// assert_eq!(check_label_token(b"4kcsvc7mgd6oq")?, TokenEncoding::Base32);
/// assert!(check_label_token(b"MFRGG===").is_err());
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`ConventionError`] naming the `label token`.
pub fn check_label_token(token: &[u8]) -> Result<TokenEncoding, ConventionError> {
    const F: &str = "label token";
    if token.len() > MAX_LABEL_LEN {
        return Err(ConventionError::TooLong { field: F, at: 0, len: token.len(), max: MAX_LABEL_LEN });
    }
    if let Some(i) = token.iter().position(|&c| c == b'=') {
        return Err(ConventionError::Invalid { field: F, at: i, why: "base32 padding must be left out in a label" });
    }
    match token_encoding(token) {
        Some(e @ (TokenEncoding::Base16 | TokenEncoding::Base32)) => Ok(e),
        _ if token.is_empty() => Err(ConventionError::Missing { field: F, at: 0 }),
        _ => Err(ConventionError::Invalid { field: F, at: 0, why: "not base16 or base32" }),
    }
}

/// A validation record's `expiry` value (section 6.3).
///
/// ```
/// use dns_conventions::verification::Expiry;
/// # fn main() -> Result<(), dns_conventions::ConventionError> {
/// let e = Expiry::parse(b"2023-02-08")?;
/// assert!(e.has_passed((2023, 2, 9)));
/// assert!(!e.has_passed((2023, 2, 8)));
/// assert!(!Expiry::parse(b"never")?.has_passed((9999, 12, 31)));
/// assert!(Expiry::parse(b"2023-02-30").is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Expiry<'a> {
    /// `expiry=never`: a persistent validation that should stay.
    Never,
    /// A time after which the record can be removed.
    At(Timestamp<'a>),
}

impl<'a> Expiry<'a> {
    /// Reads `never`, or an RFC 3339 section 5.6 `full-date` or
    /// `date-time`.
    ///
    /// ```
    /// use dns_conventions::verification::Expiry;
    /// # fn main() -> Result<(), dns_conventions::ConventionError> {
    /// let Expiry::At(t) = Expiry::parse(b"2023-02-08T10:30:00Z")? else { unreachable!() };
    /// assert_eq!((t.date(), t.time()), ((2023, 2, 8), Some((10, 30, 0))));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ConventionError`] naming the `expiry`, with the offset in `text`.
    pub fn parse(text: &'a [u8]) -> Result<Self, ConventionError> {
        if text == b"never" {
            return Ok(Self::Never);
        }
        Timestamp::parse(text).map(Self::At)
    }

    /// The value as written.
    pub fn as_bytes(&self) -> &'a [u8] {
        match self {
            Self::Never => b"never",
            Self::At(t) => t.text,
        }
    }

    /// Whether the record may be removed on `today` (year, month, day,
    /// UTC): the expiry date lies before it. A date-time counts by its date
    /// alone, so this errs on the side of keeping the record a day longer.
    pub fn has_passed(&self, today: (u16, u8, u8)) -> bool {
        match self {
            Self::Never => false,
            Self::At(t) => t.date() < today,
        }
    }
}

/// A checked RFC 3339 section 5.6 `full-date` or `date-time`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timestamp<'a> {
    text: &'a [u8],
    date: (u16, u8, u8),
    time: Option<(u8, u8, u8)>,
}

impl<'a> Timestamp<'a> {
    fn parse(text: &'a [u8]) -> Result<Self, ConventionError> {
        const F: &str = "expiry";
        let bad = |at, why| ConventionError::Invalid { field: F, at, why };
        let num = |from: usize, n: usize| -> Result<u16, ConventionError> {
            let digits = text.get(from..from + n).ok_or(bad(from, "cut short"))?;
            digits.iter().try_fold(0u16, |v, &d| {
                if d.is_ascii_digit() { Ok(v * 10 + u16::from(d - b'0')) } else { Err(bad(from, "not a digit")) }
            })
        };
        let sep = |at: usize, want: &[u8], why| {
            if text.get(at).is_some_and(|c| want.contains(c)) { Ok(()) } else { Err(bad(at, why)) }
        };
        let narrow = |v: u16| u8::try_from(v).unwrap_or(u8::MAX);
        let year = num(0, 4)?;
        sep(4, b"-", "expected - after the year")?;
        let month = narrow(num(5, 2)?);
        sep(7, b"-", "expected - after the month")?;
        let day = narrow(num(8, 2)?);
        if !(1..=12).contains(&month) {
            return Err(bad(5, "month out of range"));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(bad(8, "day out of range"));
        }
        if text.len() == 10 {
            return Ok(Self { text, date: (year, month, day), time: None });
        }
        sep(10, b"Tt", "expected T between date and time")?;
        let hour = narrow(num(11, 2)?);
        sep(13, b":", "expected : after the hour")?;
        let minute = narrow(num(14, 2)?);
        sep(16, b":", "expected : after the minute")?;
        let second = narrow(num(17, 2)?);
        if hour > 23 || minute > 59 || second > 60 {
            return Err(bad(11, "time out of range"));
        }
        let mut at = 19;
        if text.get(at) == Some(&b'.') {
            at += 1;
            let start = at;
            while text.get(at).is_some_and(u8::is_ascii_digit) {
                at += 1;
            }
            if at == start {
                return Err(bad(start, "no digits after ."));
            }
        }
        match text.get(at) {
            Some(b'Z' | b'z') => at += 1,
            Some(b'+' | b'-') => {
                let (oh, om) = (num(at + 1, 2)?, num(at + 4, 2)?);
                sep(at + 3, b":", "expected : in the offset")?;
                if oh > 23 || om > 59 {
                    return Err(bad(at, "offset out of range"));
                }
                at += 6;
            }
            _ => return Err(bad(at, "expected Z or an offset")),
        }
        if at != text.len() {
            return Err(bad(at, "unexpected characters after the time"));
        }
        Ok(Self { text, date: (year, month, day), time: Some((hour, minute, second)) })
    }

    /// The text as written.
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.text
    }

    /// Year, month and day as written (in the time's own offset).
    pub const fn date(&self) -> (u16, u8, u8) {
        self.date
    }

    /// Hour, minute and second, for a `date-time`.
    pub const fn time(&self) -> Option<(u8, u8, u8)> {
        self.time
    }
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn key_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b'_'
}

fn value_char(c: u8) -> bool {
    matches!(c, 0x21 | 0x23..=0x5B | 0x5D..=0x7E)
}

/// A validation record's RDATA (sections 6.1, 6.1.2 and 6.3).
///
/// ```
/// use dns_conventions::verification::{ValidationRecord, Expiry};
/// # fn main() -> Result<(), dns_conventions::ConventionError> {
/// // draft-ietf-dnsop-domain-verification-techniques-13 section 6.3
/// let rec = ValidationRecord::parse(b"token=3419...3d206c4 expiry=2023-02-08")?;
/// assert_eq!(rec.token(), b"3419...3d206c4");
/// assert_eq!(rec.expiry(), Some(Expiry::parse(b"2023-02-08")?));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ValidationRecord<'a> {
    content: &'a [u8],
    token: &'a [u8],
    keyed: bool,
    expiry: Option<Expiry<'a>>,
}

impl<'a> ValidationRecord<'a> {
    /// Reads a record's content (its strings joined, see
    /// [`txt_content`](super::txt_content)): `token=...` followed by more
    /// space-separated pairs, or else the whole content as the bare token.
    ///
    /// ```
    /// use dns_conventions::verification::ValidationRecord;
    /// let err = ValidationRecord::parse(b"token=abc  attr=x").unwrap_err();
    /// assert_eq!((err.field(), err.offset()), ("key", Some(10)));
    /// ```
    ///
    /// # Errors
    /// [`ConventionError`] naming the `token`, a `key`, a `value` or the
    /// `expiry`, with the offset in `content`.
    pub fn parse(content: &'a [u8]) -> Result<Self, ConventionError> {
        let keyed = content.get(..TOKEN_KEY.len() + 1).is_some_and(|p| p.eq_ignore_ascii_case(b"token="));
        if !keyed {
            if content.is_empty() {
                return Err(ConventionError::Missing { field: "token", at: 0 });
            }
            return Ok(Self { content, token: content, keyed, expiry: None });
        }
        let mut token = None;
        let mut expiry = None;
        let mut at = 0;
        for pair in content.split(|&c| c == b' ') {
            let (key, value) = split_pair(pair, at)?;
            if key.eq_ignore_ascii_case(TOKEN_KEY) {
                if token.is_some() {
                    let why = "a second token; each token needs its own record";
                    return Err(ConventionError::Invalid { field: "token", at, why });
                }
                token = Some(value.ok_or(ConventionError::Missing { field: "token", at: at + key.len() })?);
            } else if key.eq_ignore_ascii_case(EXPIRY_KEY) {
                let v_at = at + key.len() + 1;
                if expiry.is_some() {
                    return Err(ConventionError::Invalid { field: "expiry", at, why: "given twice" });
                }
                let v = value.ok_or(ConventionError::Missing { field: "expiry", at: v_at - 1 })?;
                expiry = Some(Expiry::parse(v).map_err(|e| e.shifted(v_at))?);
            }
            at += pair.len() + 1;
        }
        let token = token.ok_or(ConventionError::Missing { field: "token", at: 0 })?;
        Ok(Self { content, token, keyed, expiry })
    }

    /// The Unique Token.
    pub const fn token(&self) -> &'a [u8] {
        self.token
    }

    /// Whether the record is in `key=value` form (else it is the bare
    /// token, which section 6.3 calls semantically identical to
    /// `token=<token>`).
    pub const fn is_keyed(&self) -> bool {
        self.keyed
    }

    /// The `expiry`, if given.
    pub const fn expiry(&self) -> Option<Expiry<'a>> {
        self.expiry
    }

    /// The content as given.
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.content
    }

    /// The pairs after the token, in order: key and value (if it has one).
    ///
    /// ```
    /// use dns_conventions::verification::ValidationRecord;
    /// # fn main() -> Result<(), dns_conventions::ConventionError> {
    /// let rec = ValidationRecord::parse(b"token=3419...3d206c4 attr=bar")?;
    /// assert!(rec.attributes().eq([(&b"attr"[..], Some(&b"bar"[..]))]));
    /// # Ok(()) }
    /// ```
    pub fn attributes(&self) -> impl Iterator<Item = (&'a [u8], Option<&'a [u8]>)> + 'a {
        let pairs = if self.keyed { self.content } else { &[] };
        pairs.split(|&c| c == b' ').skip(1).filter(|p| !p.is_empty()).filter_map(|p| split_pair(p, 0).ok())
    }

    /// The value of the first pair with `key` (ASCII case ignored); the
    /// outer `Option` is whether the key is there.
    pub fn get(&self, key: &[u8]) -> Option<Option<&'a [u8]>> {
        if key.eq_ignore_ascii_case(TOKEN_KEY) {
            return Some(Some(self.token));
        }
        self.attributes().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v)
    }

    /// Writes a bare-token record (section 6.1): the token alone.
    ///
    /// ```
    /// use dns_conventions::verification::ValidationRecord;
    /// # fn main() -> Result<(), dns_conventions::ConventionError> {
    /// let mut buf = [0u8; 64];
    /// let n = ValidationRecord::write_bare(b"3419...3d206c4", &mut buf)?;
    /// assert_eq!(&buf[..n], b"3419...3d206c4");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ConventionError::Missing`] for an empty token,
    /// [`ConventionError::Invalid`] for one that starts with `token=`,
    /// [`ConventionError::NoSpace`].
    pub fn write_bare(token: &[u8], out: &mut [u8]) -> Result<usize, ConventionError> {
        if token.is_empty() {
            return Err(ConventionError::Missing { field: "token", at: 0 });
        }
        if token.get(..6).is_some_and(|p| p.eq_ignore_ascii_case(b"token=")) {
            let why = "a bare token must not start with token=";
            return Err(ConventionError::Invalid { field: "token", at: 0, why });
        }
        write_parts("validation record", &[token], out)
    }

    /// Writes a record in `key=value` form (section 6.1.2): `token=` first,
    /// then `expiry=` if given, then `attrs` in order. Keys are
    /// `1*(ALPHA / DIGIT / "-" / "_")`; values are printable ASCII without
    /// space, `"` and `\`.
    ///
    /// ```
    /// use dns_conventions::verification::{ValidationRecord, Expiry};
    /// # fn main() -> Result<(), dns_conventions::ConventionError> {
    /// let mut buf = [0u8; 64];
    /// let n = ValidationRecord::write_keyed(b"3419...3d206c4", Some(Expiry::Never), &[], &mut buf)?;
    /// assert_eq!(&buf[..n], b"token=3419...3d206c4 expiry=never");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ConventionError`] naming the `token`, a `key` or `value` (offsets
    /// in the output), or an attribute named `token` or `expiry`;
    /// [`ConventionError::NoSpace`].
    pub fn write_keyed(
        token: &[u8],
        expiry: Option<Expiry<'_>>,
        attrs: &[(&[u8], Option<&[u8]>)],
        out: &mut [u8],
    ) -> Result<usize, ConventionError> {
        let field = "validation record";
        check_value("token", token, 6)?;
        let mut n = write_parts(field, &[b"token=", token], out)?;
        let mut put = |n: &mut usize, parts: &[&[u8]]| -> Result<(), ConventionError> {
            *n = append(field, parts, out, *n)?;
            Ok(())
        };
        if let Some(e) = expiry {
            put(&mut n, &[b" expiry=", e.as_bytes()])?;
        }
        for &(key, value) in attrs {
            let at = n + 1;
            if key.is_empty() {
                return Err(ConventionError::Missing { field: "key", at });
            }
            if let Some(i) = key.iter().position(|&c| !key_char(c)) {
                return Err(ConventionError::Invalid { field: "key", at: at + i, why: "not a letter, digit, - or _" });
            }
            if key.eq_ignore_ascii_case(TOKEN_KEY) || key.eq_ignore_ascii_case(EXPIRY_KEY) {
                let why = "token and expiry have their own arguments";
                return Err(ConventionError::Invalid { field: "key", at, why });
            }
            put(&mut n, &[b" ", key])?;
            if let Some(v) = value {
                check_value("value", v, n + 1)?;
                put(&mut n, &[b"=", v])?;
            }
        }
        Ok(n)
    }
}

fn check_value(field: &'static str, v: &[u8], at: usize) -> Result<(), ConventionError> {
    if v.is_empty() {
        return Err(ConventionError::Missing { field, at });
    }
    match v.iter().position(|&c| !value_char(c)) {
        Some(i) => Err(ConventionError::Invalid { field, at: at + i, why: "space, \", \\ or not printable ASCII" }),
        None => Ok(()),
    }
}

/// Splits `key[=value]` at offset `at`, checking both.
fn split_pair(pair: &[u8], at: usize) -> Result<(&[u8], Option<&[u8]>), ConventionError> {
    let eq = pair.iter().position(|&c| c == b'=');
    let (key, value) = match eq {
        Some(i) => (pair.get(..i).unwrap_or_default(), Some(pair.get(i + 1..).unwrap_or_default())),
        None => (pair, None),
    };
    if key.is_empty() {
        let why = if pair.is_empty() { "empty pair (pairs are separated by one space)" } else { "empty key" };
        return Err(ConventionError::Invalid { field: "key", at, why });
    }
    if let Some(i) = key.iter().position(|&c| !key_char(c)) {
        return Err(ConventionError::Invalid { field: "key", at: at + i, why: "not a letter, digit, - or _" });
    }
    if let Some(v) = value {
        let field = if key.eq_ignore_ascii_case(TOKEN_KEY) {
            "token"
        } else if key.eq_ignore_ascii_case(EXPIRY_KEY) {
            "expiry"
        } else {
            "value"
        };
        check_value(field, v, at + key.len() + 1)?;
    }
    Ok((key, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> NameBuf {
        NameBuf::from_text(s).unwrap()
    }

    #[test]
    fn draft_owner_names() {
        // draft-ietf-dnsop-domain-verification-techniques-13 section 6.1 / 6.2
        let domain = name("example.com.");
        let owner = owner_name(b"example_service", None, &domain.as_name()).unwrap();
        assert_eq!(owner, name("_example_service-challenge.example.com."));
        let parsed = ChallengeOwner::parse(&owner.as_name()).unwrap();
        assert_eq!((parsed.prefix, parsed.provider, parsed.domain), (None, &b"example_service"[..], domain));
        // section 8: _<identifier-unique-token>._example_service-challenge.example.com.
        let with_account = owner_name(b"example_service", Some(b"_ab12cd"), &domain.as_name()).unwrap();
        assert_eq!(with_account, name("_ab12cd._example_service-challenge.example.com."));
        let parsed = ChallengeOwner::parse(&with_account.as_name()).unwrap();
        assert_eq!((parsed.prefix, parsed.provider), (Some(&b"_ab12cd"[..]), &b"example_service"[..]));
        // section 9.9: the name built for a public suffix (which providers
        // should refuse; that needs the PSL, which is not checked here).
        let psl = owner_name(b"example_service", None, &name("co.uk.").as_name()).unwrap();
        assert_eq!(psl, name("_example_service-challenge.co.uk."));
    }

    #[test]
    fn malformed_owner_names() {
        let d = name("example.com.");
        let d = d.as_name();
        assert_eq!(owner_name(b"", None, &d).unwrap_err().field(), "provider");
        assert_eq!(
            owner_name(b"a.b", None, &d).unwrap_err(),
            ConventionError::Invalid { field: "provider", at: 2, why: "not a letter, digit, - or _" }
        );
        assert_eq!(owner_name(&[b'a'; 53], None, &d).unwrap_err().field(), "provider");
        assert!(owner_name(&[b'a'; 52], None, &d).is_ok());
        // section 8: the account label MUST start with an underscore.
        assert_eq!(owner_name(b"x", Some(b"ab12"), &d).unwrap_err().field(), "prefix label");
        assert_eq!(owner_name(b"x", Some(&[b'_'; 64]), &d).unwrap_err().field(), "prefix label");
        assert!(ChallengeOwner::parse(&name("www.example.com.").as_name()).is_err());
        assert!(ChallengeOwner::parse(&name("ab._x-challenge.example.").as_name()).is_err());
        assert!(ChallengeOwner::parse(&name("_x-challenge.").as_name()).is_err());
        let long = ["a"; 125].join(".");
        assert!(matches!(owner_name(b"x", None, &name(&long).as_name()), Err(ConventionError::NameTooLong { .. })));
    }

    fn both_ways(content: &[u8]) -> ValidationRecord<'_> {
        let rec = ValidationRecord::parse(content).unwrap();
        let mut buf = [0u8; 255];
        let n = if rec.is_keyed() {
            let mut plain: [(&[u8], Option<&[u8]>); 4] = [(b"", None); 4];
            let mut count = 0;
            for kv in rec.attributes().filter(|(k, _)| !k.eq_ignore_ascii_case(EXPIRY_KEY)) {
                plain[count] = kv;
                count += 1;
            }
            ValidationRecord::write_keyed(rec.token(), rec.expiry(), &plain[..count], &mut buf).unwrap()
        } else {
            ValidationRecord::write_bare(rec.token(), &mut buf).unwrap()
        };
        assert_eq!(&buf[..n], content);
        rec
    }

    #[test]
    fn draft_records() {
        // draft-ietf-dnsop-domain-verification-techniques-13 section 6.1
        let bare = both_ways(b"3419...3d206c4");
        assert_eq!((bare.token(), bare.is_keyed(), bare.expiry()), (&b"3419...3d206c4"[..], false, None));
        // section 6.1.2
        let keyed = both_ways(b"token=3419...3d206c4");
        assert_eq!((keyed.token(), keyed.is_keyed()), (&b"3419...3d206c4"[..], true));
        let a = both_ways(b"token=3419...3d206c4 attr=bar");
        assert_eq!(a.get(b"ATTR"), Some(Some(&b"bar"[..])));
        let b = both_ways(b"token=5454...45dc45a attr=quux");
        assert_eq!((b.token(), b.get(b"attr")), (&b"5454...45dc45a"[..], Some(Some(&b"quux"[..]))));
        // section 6.3
        let e = both_ways(b"token=3419...3d206c4 expiry=2023-02-08");
        let Some(Expiry::At(t)) = e.expiry() else { panic!() };
        assert_eq!((t.date(), t.time()), ((2023, 2, 8), None));
        assert_eq!(e.get(b"expiry"), Some(Some(&b"2023-02-08"[..])));
        assert_eq!(both_ways(b"token=3419...3d206c4 expiry=never").expiry(), Some(Expiry::Never));
        // section 7: the intermediary's TXT record holds the provider's token.
        assert_eq!(both_ways(b"<provider-unique-token>").token(), b"<provider-unique-token>");
    }

    #[test]
    fn malformed_records_name_the_field() {
        let cases: &[(&[u8], &str, usize)] = &[
            (b"", "token", 0),
            (b"token=", "token", 6),
            (b"token=a  b=c", "key", 8),
            (b"token=a ", "key", 8),
            (b"token=a =c", "key", 8),
            (b"token=a k.x=c", "key", 9),
            (b"token=a k=", "value", 10),
            (b"token=a k=\"q\"", "value", 10),
            (b"token=a token=b", "token", 8),
            (b"token=a expiry=2023-13-01", "expiry", 20),
            (b"token=a expiry=2023-02-29", "expiry", 23),
            (b"token=a expiry=2023-02-08T25:00:00Z", "expiry", 26),
            (b"token=a expiry=2023-02-08T10:00:00", "expiry", 34),
            (b"token=a expiry=2023-02-08T10:00:00+01", "expiry", 38),
            (b"token=a expiry=tomorrow", "expiry", 15),
            (b"token=a expiry=never expiry=never", "expiry", 21),
            (b"token=a expiry", "expiry", 14),
        ];
        for &(content, field, at) in cases {
            let e = ValidationRecord::parse(content).unwrap_err();
            assert_eq!((e.field(), e.offset()), (field, Some(at)), "{:?}: {e}", core::str::from_utf8(content));
        }
        // A key without a value is allowed (`key [ "=" value ]`), and a
        // content not starting with token= is all token.
        assert_eq!(ValidationRecord::parse(b"token=a b=c d").unwrap().get(b"d"), Some(None));
        assert_eq!(ValidationRecord::parse(b"token").unwrap().token(), b"token");
        let t = Expiry::parse(b"2024-02-29T23:59:60.5+14:00").unwrap();
        let Expiry::At(t) = t else { panic!() };
        assert_eq!((t.date(), t.time()), ((2024, 2, 29), Some((23, 59, 60))));
        assert!(Expiry::parse(b"1900-02-29").is_err() && Expiry::parse(b"2000-02-29").is_ok());
        let mut buf = [0u8; 64];
        assert_eq!(ValidationRecord::write_bare(b"TOKEN=x", &mut buf).unwrap_err().field(), "token");
        assert_eq!(ValidationRecord::write_keyed(b"a b", None, &[], &mut buf).unwrap_err().field(), "token");
        let bad_key: &[(&[u8], Option<&[u8]>)] = &[(b"expiry", None)];
        assert_eq!(ValidationRecord::write_keyed(b"a", None, bad_key, &mut buf).unwrap_err().field(), "key");
        assert_eq!(
            ValidationRecord::write_keyed(b"a", None, &[], &mut buf[..3]).unwrap_err().field(),
            "validation record"
        );
    }

    #[test]
    fn tokens() {
        assert_eq!(token_encoding(b"3419"), Some(TokenEncoding::Base16));
        assert_eq!(token_encoding(b"MZXW6YQ="), Some(TokenEncoding::Base32));
        assert_eq!(token_encoding(b"Zm9vYg=="), Some(TokenEncoding::Base64Url));
        assert_eq!(token_encoding(b""), None);
        assert_eq!(token_encoding(b"https://example.com/x"), None);
        assert_eq!(check_label_token(&[b'a'; 64]).unwrap_err().field(), "label token");
        assert_eq!(check_label_token(b"").unwrap_err(), ConventionError::Missing { field: "label token", at: 0 });
        assert!(check_label_token(b"a-b").is_err());
        assert_eq!(check_label_token(b"0123abcdef").unwrap(), TokenEncoding::Base16);
    }

    /// A record that does not fit says how many octets it needs in all and
    /// how many the buffer has (it counted only the part being appended).
    #[test]
    fn defect_write_keyed_no_space_counts_the_whole_record() {
        let mut buf = [0u8; 8];
        let attrs: &[(&[u8], Option<&[u8]>)] = &[(b"k", Some(b"v"))];
        let e = ValidationRecord::write_keyed(b"a", None, attrs, &mut buf).unwrap_err();
        assert_eq!(e, ConventionError::NoSpace { field: "validation record", needed: 9, available: 8 });
        let e = ValidationRecord::write_keyed(b"a", Some(Expiry::Never), &[], &mut buf).unwrap_err();
        assert_eq!(e, ConventionError::NoSpace { field: "validation record", needed: 20, available: 8 });
    }
}
