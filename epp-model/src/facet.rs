//! The facets of the simple types of the mapped EPP schemas (length,
//! pattern and range), checked without a regular-expression engine: each
//! pattern is a small hand-written matcher, linear in the value.
//!
//! Enumerations are the model's closed enums (`str_enum!`); the numeric
//! types (`unsignedShort`, `pLimitType`, ...) are parsed by the mappings
//! with their bounds. This module holds the string types.

use crate::error::Facet;

/// A simple type of a schema: its name (`prefix:name`) and its length and
/// pattern facets.
#[derive(Debug)]
pub(crate) struct SimpleType {
    /// `eppcom:clIDType`, ...
    pub(crate) name: &'static str,
    /// `token` (whitespace collapsed before the facets apply) or
    /// `normalizedString` (whitespace replaced, not collapsed).
    collapse: bool,
    min: usize,
    /// `usize::MAX`: no maximum.
    max: usize,
    /// `length` (min = max) rather than `minLength`/`maxLength`.
    exact: bool,
    /// The pattern as the schema writes it, and its matcher.
    pattern: Option<Pattern>,
    /// The lexical space of a built-in type, as a matcher.
    lexical: Option<fn(&str) -> bool>,
}

/// A `pattern` facet: the pattern as the schema writes it, and its
/// matcher.
type Pattern = (&'static str, fn(&str) -> bool);

const fn token(name: &'static str, min: usize, max: usize) -> SimpleType {
    SimpleType { name, collapse: true, min, max, exact: false, pattern: None, lexical: None }
}

const fn normalized(name: &'static str, min: usize, max: usize) -> SimpleType {
    SimpleType { name, collapse: false, min, max, exact: false, pattern: None, lexical: None }
}

const NO_MAX: usize = usize::MAX;

/// `eppcom:reasonBaseType`: token, 1..32.
pub(crate) const REASON: SimpleType = token("eppcom:reasonBaseType", 1, 32);
/// `eppcom:clIDType`: token, 3..16.
pub(crate) const CL_ID: SimpleType = token("eppcom:clIDType", 3, 16);
/// `eppcom:labelType`: token, 1..255.
pub(crate) const LABEL: SimpleType = token("eppcom:labelType", 1, 255);
/// `eppcom:minTokenType`: token, at least 1.
pub(crate) const MIN_TOKEN: SimpleType = token("eppcom:minTokenType", 1, NO_MAX);
/// `eppcom:roidType`: token, pattern `(\w|_){1,80}-\w{1,8}`.
pub(crate) const ROID: SimpleType =
    SimpleType { pattern: Some(("(\\w|_){1,80}-\\w{1,8}", is_roid)), ..token("eppcom:roidType", 0, NO_MAX) };
/// `epp:sIDType`: normalizedString, 3..64.
pub(crate) const SV_ID: SimpleType = normalized("epp:sIDType", 3, 64);
/// `epp:dcpRecDescType`: token, 1..255.
pub(crate) const DCP_REC_DESC: SimpleType = token("epp:dcpRecDescType", 1, 255);
/// `epp:versionType`: token, pattern `[1-9]+\.[0-9]+` (and the
/// enumeration `1.0`, checked by `de::epp_version`).
pub(crate) const VERSION: SimpleType =
    SimpleType { pattern: Some(("[1-9]+\\.[0-9]+", is_version)), ..token("epp:versionType", 0, NO_MAX) };
/// `epp:pwType`: token, 6..16.
pub(crate) const PW: SimpleType = token("epp:pwType", 6, 16);
/// `epp:trIDStringType`: token, 3..64.
pub(crate) const TR_ID: SimpleType = token("epp:trIDStringType", 3, 64);
/// `domain:clIDChgType`: token, 0..16.
pub(crate) const CL_ID_CHG: SimpleType = token("domain:clIDChgType", 0, 16);
/// `host:addrStringType`: token, 3..45.
pub(crate) const ADDR: SimpleType = token("host:addrStringType", 3, 45);
/// `contact:ccType`: token, length 2.
pub(crate) const CC: SimpleType = SimpleType { exact: true, ..token("contact:ccType", 2, 2) };
/// `contact:e164StringType`: token, pattern `(\+[0-9]{1,3}\.[0-9]{1,14})?`,
/// maxLength 17.
pub(crate) const E164: SimpleType =
    SimpleType { pattern: Some(("(\\+[0-9]{1,3}\\.[0-9]{1,14})?", is_e164)), ..token("contact:e164StringType", 0, 17) };
/// `contact:pcType`: token, maxLength 16.
pub(crate) const PC: SimpleType = token("contact:pcType", 0, 16);
/// `contact:postalLineType`: normalizedString, 1..255.
pub(crate) const POSTAL_LINE: SimpleType = normalized("contact:postalLineType", 1, 255);
/// `contact:optPostalLineType`: normalizedString, maxLength 255.
pub(crate) const OPT_POSTAL_LINE: SimpleType = normalized("contact:optPostalLineType", 0, 255);
/// `launch:codeValue`: token, at least 1.
pub(crate) const LAUNCH_CODE: SimpleType = token("launch:codeValue", 1, NO_MAX);
/// `launch:noticeIDValue`: token, at least 1.
pub(crate) const LAUNCH_NOTICE_ID: SimpleType = token("launch:noticeIDValue", 1, NO_MAX);
/// `launch:validatorIDType`: token, at least 1.
pub(crate) const LAUNCH_VALIDATOR_ID: SimpleType = token("launch:validatorIDType", 1, NO_MAX);
/// `ttl:customRRType`: token, pattern `A|[A-Z][A-Z0-9\-]*[A-Z0-9]`.
pub(crate) const TTL_CUSTOM: SimpleType =
    SimpleType { pattern: Some(("A|[A-Z][A-Z0-9\\-]*[A-Z0-9]", is_custom_rr)), ..token("ttl:customRRType", 0, NO_MAX) };

/// `language` (XML Schema Part 2 s.3.3.3, the built-in type of every
/// `lang` of the EPP schemas): pattern `[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*`.
pub(crate) const LANGUAGE: SimpleType =
    SimpleType { pattern: Some(("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*", is_language)), ..token("language", 0, NO_MAX) };

/// `dateTime` (XML Schema Part 2 s.3.2.7), the type of every date of the
/// EPP schemas but `curExpDate`: its lexical space.
pub(crate) const DATE_TIME: SimpleType = SimpleType { lexical: Some(is_date_time), ..token("dateTime", 0, NO_MAX) };
/// `date` (s.3.2.9): `domain:curExpDate`.
pub(crate) const DATE: SimpleType = SimpleType { lexical: Some(is_date), ..token("date", 0, NO_MAX) };
/// `duration` (s.3.2.6): the greeting's relative expiry.
pub(crate) const DURATION: SimpleType = SimpleType { lexical: Some(is_duration), ..token("duration", 0, NO_MAX) };

impl SimpleType {
    /// The first facet `value` breaks, if any. `value` is the text as the
    /// mapping keeps it: trimmed for a token type (inner whitespace runs
    /// count as one character, as collapsing makes them), as is for a
    /// normalizedString (replacing whitespace keeps the length).
    #[inline]
    pub(crate) fn check(&self, value: &str) -> Result<(), Facet> {
        if self.min > 0 || self.max != NO_MAX {
            self.check_length(value)?;
        }
        if let Some(lexical) = self.lexical {
            if !lexical(value) {
                return Err(Facet::LexicalSpace);
            }
        }
        match self.pattern {
            Some((text, matches)) if !matches(value) => Err(Facet::Pattern(text)),
            _ => Ok(()),
        }
    }

    fn check_length(&self, value: &str) -> Result<(), Facet> {
        // ASCII without whitespace (the usual value): one character per
        // octet, nothing to collapse.
        let len = if is_plain(value.as_bytes()) {
            value.len()
        } else if self.collapse {
            collapsed_len(value)
        } else {
            value.chars().count()
        };
        if self.exact && len != self.min {
            return Err(Facet::Length(self.min));
        }
        if len < self.min {
            return Err(Facet::MinLength(self.min));
        }
        if len > self.max {
            return Err(Facet::MaxLength(self.max));
        }
        Ok(())
    }
}

/// Whether every octet of `b` is ASCII above the space: then `b` is one
/// character per octet with no whitespace to collapse. Taken eight octets
/// at a time, the rest one at a time: in a word `w`, an octet of 0x80 or
/// more has its top bit set; when none has, an octet below 0x21 is the
/// first to borrow in `w - 0x2121...` and sets its top bit there, where
/// `!w` keeps it. A value with a control character is not plain either;
/// the caller then counts it in full, which gives the same length.
fn is_plain(b: &[u8]) -> bool {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const TOP: u64 = u64::from_le_bytes([0x80; 8]);
    let mut words = b.chunks_exact(8);
    for w in &mut words {
        let w = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
        if (w | (w.wrapping_sub(0x21 * ONES) & !w)) & TOP != 0 {
            return false;
        }
    }
    words.remainder().iter().all(|&c| c > b' ' && c.is_ascii())
}

fn is_xml_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

/// The length in characters of `s` collapsed (XML Schema `whiteSpace
/// collapse`): trimmed, and each inner run of whitespace one space.
fn collapsed_len(s: &str) -> usize {
    let mut n = 0;
    let mut in_ws = true;
    let mut pending_space = false;
    for c in s.chars() {
        if is_xml_ws(c) {
            if !in_ws {
                pending_space = true;
            }
            in_ws = true;
        } else {
            if pending_space {
                n += 1;
                pending_space = false;
            }
            n += 1;
            in_ws = false;
        }
    }
    n
}

/// XML Schema's `\w` (Part 2, Appendix F.1.1): any character except those
/// of the Unicode categories P (punctuation), Z (separators) and C (other:
/// control, format, private use, unassigned).
///
/// Without the Unicode tables this is exact for ASCII and Latin-1; beyond
/// them it refuses the controls, the separators (`char::is_whitespace`
/// and the Z code points), the format characters and private-use planes
/// listed below, the noncharacters, and the punctuation of the General,
/// Supplemental, CJK, small-form and fullwidth punctuation blocks and of
/// the common scripts (Greek, Armenian, Hebrew, Arabic, Devanagari, Thai,
/// ...). Punctuation of rarer scripts and unassigned code points outside
/// these ranges count as word characters.
pub(crate) fn is_word_char(c: char) -> bool {
    let u = u32::from(c);
    if u < 0x80 {
        // ASCII: letters and digits, and the symbols (S*) `$+<=>^`|~`;
        // the rest of the printable ASCII is punctuation, and controls
        // and space are C and Z.
        return c.is_ascii_alphanumeric() || matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    if u <= 0xFF {
        // Latin-1: C1 controls; NBSP (Zs); ¡ § « ¶ · » ¿ (P*); soft
        // hyphen (Cf). Everything else there is a letter, number or
        // symbol.
        return !(u <= 0xA0 || matches!(u, 0xA1 | 0xA7 | 0xAB | 0xAD | 0xB6 | 0xB7 | 0xBB | 0xBF));
    }
    if c.is_control() || c.is_whitespace() || (u & 0xFFFE) == 0xFFFE || (0xFDD0..=0xFDEF).contains(&u) {
        return false;
    }
    !NOT_WORD.iter().any(|&(lo, hi)| (lo..=hi).contains(&u))
}

/// Code point ranges above Latin-1 in P, Z or C (see [`is_word_char`]).
const NOT_WORD: &[(u32, u32)] = &[
    // Punctuation of scripts.
    (0x037E, 0x037E),
    (0x0387, 0x0387),
    (0x055A, 0x055F),
    (0x0589, 0x058A),
    (0x05BE, 0x05BE),
    (0x05C0, 0x05C0),
    (0x05C3, 0x05C3),
    (0x05C6, 0x05C6),
    (0x05F3, 0x05F4),
    (0x0600, 0x0605), // Cf
    (0x0609, 0x060A),
    (0x060C, 0x060D),
    (0x061B, 0x061F), // 061C is Cf
    (0x066A, 0x066D),
    (0x06D4, 0x06D4),
    (0x06DD, 0x06DD), // Cf
    (0x070F, 0x070F), // Cf
    (0x08E2, 0x08E2), // Cf
    (0x0964, 0x0965),
    (0x0970, 0x0970),
    (0x0E4F, 0x0E4F),
    (0x0E5A, 0x0E5B),
    (0x10FB, 0x10FB),
    (0x1360, 0x1368),
    (0x166E, 0x166E),
    (0x1680, 0x1680), // Zs
    (0x169B, 0x169C),
    (0x16EB, 0x16ED),
    (0x1800, 0x180A),
    (0x180E, 0x180E), // Cf
    // General Punctuation: spaces, format characters, punctuation.
    (0x2000, 0x2027),
    (0x2028, 0x202F), // Zl, Zp, Cf, Zs
    (0x2030, 0x2043),
    (0x2045, 0x2051),
    (0x2053, 0x2064),
    (0x2066, 0x206F),
    (0x207D, 0x207E),
    (0x208D, 0x208E),
    (0x2308, 0x230B),
    (0x2329, 0x232A),
    (0x2768, 0x2775),
    (0x27C5, 0x27C6),
    (0x27E6, 0x27EF),
    (0x2983, 0x2998),
    (0x29D8, 0x29DB),
    (0x29FC, 0x29FD),
    (0x2CF9, 0x2CFC),
    (0x2CFE, 0x2CFF),
    // Supplemental Punctuation (2E2F is a modifier letter).
    (0x2E00, 0x2E2E),
    (0x2E30, 0x2E5D),
    // CJK Symbols and Punctuation.
    (0x3000, 0x3003),
    (0x3008, 0x3011),
    (0x3014, 0x301F),
    (0x3030, 0x3030),
    (0x303D, 0x303D),
    (0x30A0, 0x30A0),
    (0x30FB, 0x30FB),
    // Private use (Co).
    (0xE000, 0xF8FF),
    // Vertical, small and fullwidth forms.
    (0xFE10, 0xFE19),
    (0xFE30, 0xFE52),
    (0xFE54, 0xFE61),
    (0xFE63, 0xFE63),
    (0xFE68, 0xFE68),
    (0xFE6A, 0xFE6B),
    (0xFEFF, 0xFEFF), // Cf
    (0xFF01, 0xFF03),
    (0xFF05, 0xFF0A),
    (0xFF0C, 0xFF0F),
    (0xFF1A, 0xFF1B),
    (0xFF1F, 0xFF20),
    (0xFF3B, 0xFF3D),
    (0xFF3F, 0xFF3F),
    (0xFF5B, 0xFF5B),
    (0xFF5D, 0xFF5D),
    (0xFF5F, 0xFF65),
    (0xFFF9, 0xFFFB), // Cf
    // Format characters and tags beyond the BMP; private-use planes.
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
    (0xF0000, 0x10FFFF),
];

/// `(\w|_){1,80}-\w{1,8}`: neither part can hold a `-` (punctuation, so
/// not `\w`), so the value is split at its only `-`.
fn is_roid(s: &str) -> bool {
    let Some((left, right)) = s.split_once('-') else {
        return false;
    };
    let (l, r) = (left.chars().count(), right.chars().count());
    (1..=80).contains(&l)
        && (1..=8).contains(&r)
        && left.chars().all(|c| c == '_' || is_word_char(c))
        && right.chars().all(is_word_char)
}

/// Two ASCII digits at the start of `s`, as a number (from the digits
/// themselves, with no call to `str::parse`), and the rest.
fn digits2(s: &str) -> Option<(u32, &str)> {
    match s.as_bytes() {
        [a, b, ..] if a.is_ascii_digit() && b.is_ascii_digit() => {
            // An ASCII digit's low four bits are its value.
            Some((u32::from(a & 0x0f) * 10 + u32::from(b & 0x0f), s.get(2..)?))
        }
        _ => None,
    }
}

/// `-?YYYY-MM-DD` (a year of four digits or more, no leading zero beyond
/// four, not 0000) and the rest; the day must exist in the month. The
/// usual date, a four-digit year with no sign, is read by its octets.
fn date_part(s: &str) -> Option<&str> {
    if let [y0, y1, y2, y3, b'-', ..] = *s.as_bytes() {
        if [y0, y1, y2, y3].iter().all(u8::is_ascii_digit) {
            let y = [y0, y1, y2, y3].iter().fold(0u32, |y, d| y * 10 + u32::from(d & 0x0f));
            return if y == 0 { None } else { month_day(y, s.get(5..)?) };
        }
    }
    date_part_general(s)
}

/// [`date_part`] in general: a sign, a longer year.
fn date_part_general(s: &str) -> Option<&str> {
    let s = s.strip_prefix('-').unwrap_or(s);
    let year_len = s.bytes().take_while(u8::is_ascii_digit).count();
    let year = s.get(..year_len)?;
    if year_len < 4 || (year_len > 4 && year.starts_with('0')) || year.bytes().all(|b| b == b'0') {
        return None;
    }
    // Only the year's last four digits matter for leap years (400 | 10^4).
    let y = year.get(year_len - 4..)?.bytes().fold(0u32, |y, d| y * 10 + u32::from(d & 0x0f));
    month_day(y, s.get(year_len..)?.strip_prefix('-')?)
}

/// `MM-DD` of year `y` (its last four digits) and the rest; the day must
/// exist in the month.
fn month_day(y: u32, s: &str) -> Option<&str> {
    let (month, s) = digits2(s)?;
    let (day, s) = digits2(s.strip_prefix('-')?)?;
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then_some(s)
}

/// An optional time zone: `Z`, or `+hh:mm` / `-hh:mm` up to 14:00.
fn is_time_zone(s: &str) -> bool {
    if s.is_empty() || s == "Z" {
        return true;
    }
    let Some(rest) = s.strip_prefix(['+', '-']) else {
        return false;
    };
    match digits2(rest).and_then(|(h, r)| Some((h, digits2(r.strip_prefix(':')?)?))) {
        Some((h, (m, ""))) => (h < 14 && m < 60) || (h == 14 && m == 0),
        _ => false,
    }
}

/// `dateTime`: `-?YYYY-MM-DDThh:mm:ss(.s+)?` and an optional time zone;
/// `24:00:00` is midnight at the end of the day.
fn is_date_time(s: &str) -> bool {
    let Some(rest) = date_part(s).and_then(|r| r.strip_prefix('T')) else {
        return false;
    };
    let time = || {
        let (h, r) = digits2(rest)?;
        let (m, r) = digits2(r.strip_prefix(':')?)?;
        let (sec, r) = digits2(r.strip_prefix(':')?)?;
        let (frac, r) = match r.strip_prefix('.') {
            Some(f) => {
                let n = f.bytes().take_while(u8::is_ascii_digit).count();
                (Some(f.get(..n)?).filter(|d| !d.is_empty())?, f.get(n..)?)
            }
            None => ("", r),
        };
        let midnight = h == 24 && m == 0 && sec == 0 && frac.bytes().all(|b| b == b'0');
        ((h < 24 && m < 60 && sec < 60) || midnight).then_some(r)
    };
    time().is_some_and(is_time_zone)
}

/// `date`: `-?YYYY-MM-DD` and an optional time zone.
fn is_date(s: &str) -> bool {
    date_part(s).is_some_and(is_time_zone)
}

/// `duration`: `-?PnYnMnDTnHnMnS`, each part optional but at least one,
/// seconds possibly with a fraction, `T` only before a time part.
fn is_duration(s: &str) -> bool {
    let Some(mut rest) = s.strip_prefix('-').unwrap_or(s).strip_prefix('P') else {
        return false;
    };
    let mut parts = 0;
    let mut in_time = false;
    // The designators allowed next, in order: the date ones, then after
    // `T` the time ones; each part is used at most once.
    let mut order: &[u8] = b"YMD";
    while !rest.is_empty() {
        if !in_time && rest.starts_with('T') {
            in_time = true;
            order = b"HMS";
            rest = rest.get(1..).unwrap_or_default();
            if rest.is_empty() {
                return false;
            }
            continue;
        }
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        let mut after = rest.get(n..).unwrap_or_default();
        // Seconds may have a fraction (`1.5S`, and as libxml2 and XML
        // Schema 1.1 read it, `1.S` and `.5S`): digits on either side.
        let mut frac = None;
        if in_time {
            if let Some(f) = after.strip_prefix('.') {
                let m = f.bytes().take_while(u8::is_ascii_digit).count();
                after = f.get(m..).unwrap_or_default();
                frac = Some(m);
            }
        }
        let Some(&d) = after.as_bytes().first() else {
            return false;
        };
        let Some(i) = order.iter().position(|&o| o == d) else {
            return false;
        };
        let ok = match frac {
            None => n > 0,
            Some(m) => d == b'S' && n + m > 0,
        };
        if !ok {
            return false;
        }
        order = order.get(i + 1..).unwrap_or_default();
        rest = after.get(1..).unwrap_or_default();
        parts += 1;
    }
    parts > 0
}

/// `[1-9]+\.[0-9]+`.
fn is_version(s: &str) -> bool {
    let Some((major, minor)) = s.split_once('.') else {
        return false;
    };
    !major.is_empty()
        && !minor.is_empty()
        && major.bytes().all(|b| matches!(b, b'1'..=b'9'))
        && minor.bytes().all(|b| b.is_ascii_digit())
}

/// `(\+[0-9]{1,3}\.[0-9]{1,14})?`.
fn is_e164(s: &str) -> bool {
    if s.is_empty() {
        return true;
    }
    let Some(rest) = s.strip_prefix('+') else {
        return false;
    };
    let Some((cc, number)) = rest.split_once('.') else {
        return false;
    };
    (1..=3).contains(&cc.len())
        && (1..=14).contains(&number.len())
        && cc.bytes().all(|b| b.is_ascii_digit())
        && number.bytes().all(|b| b.is_ascii_digit())
}

/// `[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*`.
fn is_language(s: &str) -> bool {
    let mut parts = s.split('-');
    let first_ok =
        parts.next().is_some_and(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    first_ok && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// `A|[A-Z][A-Z0-9\-]*[A-Z0-9]`.
fn is_custom_rr(s: &str) -> bool {
    let b = s.as_bytes();
    match b {
        [b'A'] => true,
        [first, middle @ .., last] => {
            first.is_ascii_uppercase()
                && (last.is_ascii_uppercase() || last.is_ascii_digit())
                && middle.iter().all(|&c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'-')
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_strings::every_string;
    use alloc::format;

    /// What `digits2` replaced: the two octets checked, then `str::parse`.
    fn digits_by_parse(s: &str) -> Option<(u32, &str)> {
        let head = s.get(..2)?;
        if !head.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some((head.parse().ok()?, s.get(2..)?))
    }

    /// `digits2` is the parse on every string of up to three characters
    /// from the digits, their neighbours in ASCII (`/`, `:`), the other
    /// characters with the digits' low bits (`@`, `P`, `p`, a control),
    /// a sign, a space and two multi-octet characters.
    #[test]
    fn digits2_is_the_parse() {
        let mut alphabet: alloc::vec::Vec<char> = ('0'..='9').collect();
        alphabet.extend(['/', ':', '@', 'P', 'p', '\u{10}', '-', ' ', '\u{e9}', '\u{1f600}']);
        let mut seen = 0usize;
        for s in every_string(&alphabet, 3) {
            assert_eq!(digits2(&s), digits_by_parse(&s), "{s:?}");
            seen += 1;
        }
        assert_eq!(seen, 1 + 20 + 400 + 8000);
    }

    /// The four-digit shortcut of `date_part` is the general reading, on
    /// every combination of a sign, years of every length (leap or not,
    /// zero, with leading zeros, with a non-digit), separators, months,
    /// days and what follows.
    #[test]
    fn date_shortcut_is_the_general_reading() {
        let years = [
            "",
            "1",
            "99",
            "999",
            "0000",
            "0001",
            "0400",
            "2000",
            "1900",
            "2024",
            "2023",
            "9999",
            "10000",
            "02024",
            "12024",
            "2a24",
            "20 4",
            "202\u{e9}",
        ];
        let mut seen = 0usize;
        let mut dates = 0usize;
        for sign in ["", "-", "+"] {
            for year in years {
                for sep in ["-", "", "/", "--"] {
                    for month in ["01", "02", "04", "12", "13", "00", "1", "1a"] {
                        for day in ["28", "29", "30", "31", "32", "00", "1"] {
                            for tail in ["", "T", "Z", "-"] {
                                let s = format!("{sign}{year}{sep}{month}-{day}{tail}");
                                let got = date_part(&s);
                                assert_eq!(got, date_part_general(&s), "{s:?}");
                                seen += 1;
                                dates += usize::from(got.is_some());
                            }
                        }
                    }
                }
            }
        }
        assert_eq!(seen, 3 * 18 * 4 * 8 * 7 * 4);
        assert!(dates > 500, "{dates}");
    }

    /// The year's value (for leap years) read from its digits is the
    /// parse: February 29 is a date exactly in the leap years, for every
    /// four-digit year and for longer years ending in each of them.
    #[test]
    fn leap_years_from_the_digits() {
        for y in 1..=9999u32 {
            let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
            for year in [format!("{y:04}"), format!("1{y:04}"), format!("-{y:04}")] {
                assert_eq!(date_part(&format!("{year}-02-29")).is_some(), leap, "{year}");
                assert_eq!(date_part(&format!("{year}-02-28")), Some(""), "{year}");
            }
        }
    }

    #[test]
    fn plain_values_are_ascii_above_the_space() {
        // Every octet at every position of a word and of the rest, and
        // every pair of octets around the space and the ASCII limit.
        let edges = [0x00, 0x01, 0x09, 0x0a, 0x0d, 0x1f, 0x20, 0x21, 0x22, 0x41, 0x7e, 0x7f, 0x80, 0xc3, 0xff];
        for len in 0..=17 {
            for pos in 0..len {
                for c in 0..=u8::MAX {
                    let mut v = alloc::vec![b'a'; len];
                    if let Some(x) = v.get_mut(pos) {
                        *x = c;
                    }
                    assert_eq!(is_plain(&v), c > b' ' && c.is_ascii(), "{v:?}");
                    for d in edges {
                        if let Some(y) = v.get_mut((pos + 3) % len) {
                            *y = d;
                        }
                        let want = v.iter().all(|&o| o > b' ' && o.is_ascii());
                        assert_eq!(is_plain(&v), want, "{v:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn word_chars_follow_the_categories() {
        for c in ['a', 'Z', '0', '$', '+', '<', '^', '|', '~', 'é', '×', '²', 'Ж', '中', 'ß', '€', '\u{0301}'] {
            assert!(is_word_char(c), "{c:?}");
        }
        for c in [
            '-',
            '_',
            '.',
            ',',
            '!',
            '@',
            '#',
            '%',
            '&',
            '*',
            '/',
            '\\',
            ':',
            ';',
            '?',
            '"',
            '\'',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            ' ',
            '\t',
            '\u{0}',
            '\u{7F}',
            '\u{85}',
            '\u{A0}',
            '¡',
            '§',
            '«',
            '·',
            '¿',
            '\u{AD}',
            '\u{2014}',
            '\u{2019}',
            '\u{200B}',
            '\u{2028}',
            '\u{3000}',
            '\u{3001}',
            '\u{FF01}',
            '\u{FEFF}',
            '\u{E000}',
            '\u{FDD0}',
            '\u{10FFFD}',
        ] {
            assert!(!is_word_char(c), "{c:?}");
        }
    }

    #[test]
    fn patterns() {
        for ok in ["EXAMPLE1-REP", "NS1_EXAMPLE1-REP", "_-x", "ÄÖ-€", &format!("{}-{}", "a".repeat(80), "b".repeat(8))]
        {
            assert!(is_roid(ok), "{ok}");
        }
        for bad in [
            "",
            "EXAMPLE1",
            "-REP",
            "EX-",
            "A-B-C",
            "A B-REP",
            "A-R_P",
            "A.B-REP",
            &format!("{}-b", "a".repeat(81)),
            &format!("a-{}", "b".repeat(9)),
        ] {
            assert!(!is_roid(bad), "{bad}");
        }
        assert!(
            is_version("1.0") && is_version("19.00") && !is_version("0.1") && !is_version("1.") && !is_version("1")
        );
        assert!(is_e164("") && is_e164("+1.7035555555") && is_e164("+123.12345678901234"));
        for bad in ["1.703", "+1", "+1.", "+.5", "+1234.5", "+1.123456789012345", "+1.70a"] {
            assert!(!is_e164(bad), "{bad}");
        }
        for ok in ["en", "de-CH", "x-klingon", "zh-Hant-TW", "abcdefgh-12345678"] {
            assert!(is_language(ok), "{ok}");
        }
        for bad in ["", "e n", "en-", "-en", "123", "abcdefghi", "en_US", "en--US"] {
            assert!(!is_language(bad), "{bad}");
        }
        assert!(is_custom_rr("A") && is_custom_rr("TXT") && is_custom_rr("X-1") && is_custom_rr("AB"));
        for bad in ["", "B", "a", "X-", "-X", "1X", "T T"] {
            assert!(!is_custom_rr(bad), "{bad}");
        }
    }

    #[test]
    fn dates_times_and_durations() {
        for ok in [
            "2000-06-08T22:00:00.0Z",
            "1999-04-03T22:00:00Z",
            "2000-02-29T00:00:00",
            "2001-12-31T23:59:59.999+14:00",
            "2001-01-01T24:00:00-05:30",
            "-0044-03-15T12:00:00Z",
            "12345-01-01T00:00:00Z",
        ] {
            assert!(is_date_time(ok), "{ok}");
        }
        for bad in [
            "",
            "yesterday",
            "2000-06-08",
            "2000-06-08 22:00:00Z",
            "2000-6-08T22:00:00Z",
            "1900-02-29T00:00:00Z",
            "2001-04-31T00:00:00Z",
            "2001-13-01T00:00:00Z",
            "2001-01-01T24:00:01Z",
            "2001-01-01T23:60:00Z",
            "2001-01-01T23:00:00.Z",
            "2001-01-01T23:00:00+15:00",
            "2001-01-01T23:00:00+0500",
            "0000-01-01T00:00:00Z",
            "01999-01-01T00:00:00Z",
        ] {
            assert!(!is_date_time(bad), "{bad}");
        }
        assert!(is_date("2000-04-03") && is_date("2000-04-03Z") && !is_date("2000-04-03T00:00:00Z"));
        for ok in ["P1Y", "P1Y2M3DT4H5M6.7S", "PT1M", "-P0D", "P2D", "PT0.5S", "PT1.S", "PT.5S"] {
            assert!(is_duration(ok), "{ok}");
        }
        for bad in ["", "P", "PT", "1Y", "P1M1Y", "P1H", "PT1D", "P1.5Y", "P1YT", "PT.S", "PT1.5M", "P-1Y"] {
            assert!(!is_duration(bad), "{bad}");
        }
    }

    #[test]
    fn lengths_count_collapsed_characters() {
        assert_eq!(collapsed_len("a  \t b"), 3);
        assert_eq!(collapsed_len("äöü"), 3);
        assert_eq!(CL_ID.check("ab"), Err(Facet::MinLength(3)));
        assert_eq!(CL_ID.check("sh8013"), Ok(()));
        assert_eq!(CL_ID.check(&"x".repeat(17)), Err(Facet::MaxLength(16)));
        assert_eq!(CC.check("USA"), Err(Facet::Length(2)));
        assert_eq!(E164.check("1.7035555555"), Err(Facet::Pattern("(\\+[0-9]{1,3}\\.[0-9]{1,14})?")));
        assert_eq!(E164.check("+123.123456789012345"), Err(Facet::MaxLength(17)));
        // A normalizedString keeps its whitespace: each counts.
        assert_eq!(SV_ID.check("  "), Err(Facet::MinLength(3)));
        assert_eq!(SV_ID.check("   "), Ok(()));
    }
}
