//! Reading the fields that the DNSSEC record types add to presentation
//! text: record type mnemonics, type lists, and signature times.

use super::error::{TextError, TextErrorKind as K};
use super::fields::{RdataParser, decode_field};
use super::tokenizer::Field;
use crate::iana::Rtype;
use crate::rdata::{RData, TypeBitmap};
use crate::wire::{Reader, WireError, Writer};

/// Reads a field as a record type: a mnemonic in any case, or `TYPEnnn`
/// (RFC 3597 section 5). Escapes are decoded first, as dnspython does.
///
/// ```
/// use dns_wire::{iana::Rtype, text::{Field}, ext::{parse_rtype}};
/// # fn main() -> Result<(), dns_wire::text::TextError> {
/// let f = Field { raw: b"rrsig", quoted: false, line: 1, col: 1, at: 0 };
/// assert_eq!(parse_rtype(&f)?, Rtype::RRSIG);
/// let f = Field { raw: b"TYPE65280", ..f };
/// assert_eq!(parse_rtype(&f)?, Rtype::new(65280));
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`K::UnknownType`] for a mnemonic that is not known, or `TYPEnnn`
/// above 65535.
pub fn parse_rtype(f: &Field<'_>) -> Result<Rtype, TextError> {
    // The common spellings by their octets (the same types as the
    // mnemonic table gives them: `common_types_are_types_and_not_classes`).
    match super::zone::common_rtype(f.raw) {
        Some(t) => Ok(t),
        None => parse_rtype_by_table(f),
    }
}

/// [`parse_rtype`] for any field: decoded, then the mnemonic table (the
/// reading for what the lookup of common spellings does not take, and the
/// model it is tested against).
fn parse_rtype_by_table(f: &Field<'_>) -> Result<Rtype, TextError> {
    // The longest mnemonic is 10 characters, `TYPE65535` 9; leading zeros
    // in the number are allowed, so leave some room.
    let mut buf = [0u8; 24];
    let len = decode_field(f, &mut buf, "a record type").map_err(|_| f.error(K::UnknownType))?;
    buf.get(..len)
        .and_then(|b| core::str::from_utf8(b).ok())
        .and_then(Rtype::from_mnemonic)
        .ok_or_else(|| f.error(K::UnknownType))
}

/// The largest signature time, 2106-02-07 06:28:15 UTC.
const MAX_SIG_TIME: u64 = u32::MAX as u64;

/// Reads a DNSSEC signature time (RFC 4034 section 3.2): either 14 digits
/// `YYYYMMDDHHmmSS`, a UTC date and time that is converted to seconds since
/// 1970-01-01, or a plain number of seconds of at most 10 digits. As in
/// dnspython 2.9.2 the date must exist (no month 13, no February 30, no
/// second 60) and lie between 1970 and 2106-02-07 06:28:15, the range of
/// the 32-bit field; the serial-number arithmetic of RFC 4034 section
/// 3.1.5 is for the validator that compares times, not for the text.
///
/// ```
/// use dns_wire::{text::{Field}, ext::{parse_sig_time}};
/// # fn main() -> Result<(), dns_wire::text::TextError> {
/// let f = Field { raw: b"20030322173103", quoted: false, line: 1, col: 1, at: 0 };
/// assert_eq!(parse_sig_time(&f, "an expiration time")?, 1_048_354_263);
/// let f = Field { raw: b"1048354263", ..f };
/// assert_eq!(parse_sig_time(&f, "an expiration time")?, 1_048_354_263);
/// let f = Field { raw: b"20031322173103", ..f };
/// assert!(parse_sig_time(&f, "an expiration time").is_err());
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`K::Expected`] naming `what` for a field that is not all digits or
/// has 11 to 13 or more than 14 of them; [`K::Invalid`] for a date or time
/// that does not exist; [`K::OutOfRange`] before 1970 or after 2106-02-07
/// 06:28:15, or for a number above `u32::MAX`.
pub fn parse_sig_time(f: &Field<'_>, what: &'static str) -> Result<u32, TextError> {
    let digits = f.raw;
    if f.quoted || digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return Err(f.error(K::Expected(what)));
    }
    let out_of_range = || f.error(K::OutOfRange { what, max: MAX_SIG_TIME });
    if digits.len() <= 10 {
        let v = digits.iter().fold(0u64, |v, &d| v * 10 + u64::from(d - b'0'));
        return u32::try_from(v).map_err(|_| out_of_range());
    }
    if digits.len() != 14 {
        return Err(f.error(K::Expected(what)));
    }
    // Fourteen digits: split into the six numbers.
    let number = |from: usize, to: usize| {
        digits.get(from..to).unwrap_or_default().iter().fold(0u64, |v, &d| v * 10 + u64::from(d - b'0'))
    };
    let (year, month, day) = (number(0, 4), number(4, 6), number(6, 8));
    let (hour, minute, second) = (number(8, 10), number(10, 12), number(12, 14));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    if year == 0 || day == 0 || day > days_in_month || hour > 23 || minute > 59 || second > 59 {
        return Err(f.error(K::Invalid("not a date and time that exists")));
    }
    if year < 1970 {
        return Err(out_of_range());
    }
    let days = days_since_epoch(year, month, day);
    let secs = days * 86_400 + hour * 3_600 + minute * 60 + second;
    u32::try_from(secs).map_err(|_| out_of_range())
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar in
/// or after 1970 (counted from 0000-03-01 so that the leap day ends each
/// counted year; the inverse of [`SigTime::to_utc`](super::SigTime::to_utc)).
fn days_since_epoch(year: u64, month: u64, day: u64) -> u64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year / 400;
    let year_of_era = year % 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    (era * 146_097 + day_of_era).saturating_sub(719_468)
}

/// A set of record types, as a bit per type (8 KiB), that a type list is
/// gathered in before its bit map is written in order.
/// How many types a list may have before it goes into a [`TypeSet`].
const SMALL_LIST: usize = 64;

struct TypeSet {
    /// Bit `n` set when window `n` holds a type.
    windows: [u8; 32],
    /// The bits of each window, as in the wire format.
    bits: [[u8; 32]; 256],
}

impl TypeSet {
    const fn new() -> Self {
        Self { windows: [0; 32], bits: [[0; 32]; 256] }
    }

    fn insert(&mut self, t: Rtype) {
        let [window, low] = t.to_int().to_be_bytes();
        if let Some(w) = self.windows.get_mut(usize::from(window / 8)) {
            *w |= 0x80 >> (window % 8);
        }
        if let Some(octet) = self.bits.get_mut(usize::from(window)).and_then(|b| b.get_mut(usize::from(low / 8))) {
            *octet |= 0x80 >> (low % 8);
        }
    }

    fn iter(&self) -> TypeSetIter<'_> {
        TypeSetIter { set: self, window: 0, bit: 0 }
    }
}

/// The types of a [`TypeSet`] in increasing order.
#[derive(Clone)]
struct TypeSetIter<'s> {
    set: &'s TypeSet,
    window: u16,
    bit: u16,
}

impl Iterator for TypeSetIter<'_> {
    type Item = Rtype;

    fn next(&mut self) -> Option<Rtype> {
        while let Some(block) = self.set.bits.get(usize::from(self.window)) {
            let used = self
                .set
                .windows
                .get(usize::from(self.window / 8))
                .is_some_and(|o| o & (0x80 >> (self.window % 8)) != 0);
            if used {
                while let Some(&octet) = block.get(usize::from(self.bit / 8)) {
                    let bit = self.bit;
                    if octet << (bit % 8) == 0 {
                        // Nothing left in this octet: skip to the next one.
                        self.bit = (bit / 8 + 1) * 8;
                        continue;
                    }
                    self.bit += 1;
                    if octet & (0x80 >> (bit % 8)) != 0 {
                        return Some(Rtype::new((self.window << 8) | bit));
                    }
                }
            }
            self.window += 1;
            self.bit = 0;
        }
        None
    }
}

impl<'a> RdataParser<'_, 'a, '_> {
    /// Reads a record type mnemonic or `TYPEnnn` (see [`parse_rtype`]).
    ///
    /// ```
    /// use dns_wire::{iana::Rtype, text::{RdataParser, Tokenizer}};
    /// # fn main() -> Result<(), dns_wire::text::TextError> {
    /// let mut t = Tokenizer::new(b"NSEC3PARAM TYPE99\n");
    /// t.next_entry()?;
    /// let mut p = RdataParser::new(&mut t, None);
    /// assert_eq!(p.rtype("a type")?, Rtype::NSEC3PARAM);
    /// assert_eq!(p.rtype("a type")?, Rtype::SPF);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`K::MissingField`] naming `what`, [`K::UnknownType`].
    pub fn rtype(&mut self, what: &'static str) -> Result<Rtype, TextError> {
        let f = self.next(what)?;
        parse_rtype(&f)
    }

    /// Reads a signature time (see [`parse_sig_time`]).
    ///
    /// ```
    /// use dns_wire::text::{RdataParser, Tokenizer};
    /// # fn main() -> Result<(), dns_wire::text::TextError> {
    /// let mut t = Tokenizer::new(b"19700102000000\n");
    /// t.next_entry()?;
    /// let mut p = RdataParser::new(&mut t, None);
    /// assert_eq!(p.sig_time("an inception time")?, 86_400);
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`K::MissingField`] naming `what`, and those of [`parse_sig_time`].
    pub fn sig_time(&mut self, what: &'static str) -> Result<u32, TextError> {
        let f = self.next(what)?;
        parse_sig_time(&f, what)
    }

    /// Reads every remaining field as a record type and writes the type
    /// bit map of RFC 4034 section 4.1.2: the types may come in any order
    /// and repeat, and no field at all makes an empty bit map. Type 0 is
    /// refused, as dnspython 2.9.2 does; meta-types such as `NXNAME`
    /// (RFC 9824) are written like any other. Nothing is allocated: the
    /// types are gathered in an 8 KiB set on the stack.
    ///
    /// ```
    /// use dns_wire::{text::{RdataParser, Tokenizer}, wire::Writer};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mut t = Tokenizer::new(b"NSEC mx A rrsig MX\n");
    /// t.next_entry()?;
    /// let mut p = RdataParser::new(&mut t, None);
    /// let mut buf = [0u8; 64];
    /// let mut w = Writer::new(&mut buf);
    /// p.type_bitmap(&mut w)?;
    /// assert_eq!(w.finish(), b"\x00\x06\x40\x01\x00\x00\x00\x03");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`K::UnknownType`], [`K::Invalid`] for type 0, [`K::NoSpace`].
    pub fn type_bitmap(&mut self, w: &mut Writer<'_>) -> Result<(), TextError> {
        // Most lists are short: keep them in a small array, sorted at the
        // end; only a long list pays for the 8 KiB bit set.
        let mut small = [0u16; SMALL_LIST];
        let mut n = 0;
        let mut set: Option<TypeSet> = None;
        while let Some(f) = self.try_next()? {
            let t = parse_rtype(&f)?;
            if t.to_int() == 0 {
                return Err(f.error(K::Invalid("type 0 in a type bit map")));
            }
            if let Some(set) = set.as_mut() {
                set.insert(t);
            } else if let Some(slot) = small.get_mut(n) {
                *slot = t.to_int();
                n += 1;
            } else {
                let mut big = TypeSet::new();
                small.iter().for_each(|&v| big.insert(Rtype::new(v)));
                big.insert(t);
                set = Some(big);
            }
        }
        match set {
            Some(set) => TypeBitmap::compose_from(w, set.iter()),
            None => {
                let list = small.get_mut(..n).unwrap_or_default();
                list.sort_unstable();
                let mut last = None;
                let sorted = list.iter().filter(move |&&v| last.replace(v) != Some(v)).map(|&v| Rtype::new(v));
                TypeBitmap::compose_from(w, sorted)
            }
        }
        .map_err(|e| self.build_error(e))
    }

    /// Reads the remaining fields as one hexadecimal text, where no field
    /// at all stands for no octets (but `-` is not taken for none). Returns
    /// the first field, if there was one, for errors about the value.
    pub(crate) fn hex_tail(&mut self, w: &mut Writer<'_>) -> Result<Option<Field<'a>>, TextError> {
        let first = self.peek()?;
        if first.is_some() {
            self.hex_rest(w, false)?;
        }
        Ok(first)
    }

    /// As [`RdataParser::hex_tail`], for base64.
    pub(crate) fn base64_tail(&mut self, w: &mut Writer<'_>) -> Result<(), TextError> {
        if !self.at_end()? {
            self.base64_rest(w, false)?;
        }
        Ok(())
    }

    /// The one check of [`RdataParser::check_written`] that a type's text
    /// reader does not make as it goes, for the types whose readers write
    /// nothing else the wire reader refuses: RDATA of at most 65,535 octets
    /// (a writer may have room for more). The error is `check_written`'s.
    pub(crate) fn check_written_len(&self, w: &Writer<'_>, start: usize) -> Result<(), TextError> {
        if w.written().len().saturating_sub(start) > crate::rdata::MAX_RDATA_LEN {
            return Err(self.error(K::Invalid("record data not valid for the type")));
        }
        Ok(())
    }

    /// Checks the RDATA written from `start` against the type's wire
    /// format, so that text never makes RDATA the typed reader refuses;
    /// errors point at the last field read.
    pub(crate) fn check_written(&self, rtype: Rtype, w: &Writer<'_>, start: usize) -> Result<(), TextError> {
        let data = w.written().get(start..).unwrap_or_default();
        RData::parse(rtype, Reader::new(data)).map(|_| ()).map_err(|e| {
            self.error(K::Invalid(match e {
                WireError::BadRdata { what, .. } => what,
                _ => "record data not valid for the type",
            }))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{SigTime, Tokenizer};
    use alloc::string::ToString;
    use alloc::vec::Vec;

    fn field(raw: &[u8]) -> Field<'_> {
        Field { raw, quoted: false, line: 1, col: 1, at: 0 }
    }

    /// Every type field reads as the mnemonic table reads it: each known
    /// mnemonic in upper, lower and mixed case, quoted or not, with an
    /// escaped letter, cut short or lengthened, `TYPEnnn` forms in and out
    /// of range, and junk.
    #[test]
    fn type_fields_read_as_the_table_reads_them() {
        let mut spellings: Vec<alloc::string::String> = Vec::new();
        for &(_, m) in Rtype::KNOWN {
            let lower = m.to_ascii_lowercase();
            let mixed: alloc::string::String =
                m.chars().enumerate().map(|(i, c)| if i % 2 == 1 { c.to_ascii_lowercase() } else { c }).collect();
            let escaped = alloc::format!("\\{:03}{}", u32::from(m.as_bytes()[0]), &m[1..]);
            for s in [m.to_string(), lower, mixed, escaped, alloc::format!("{m}X"), m[..m.len() - 1].to_string()] {
                spellings.push(s);
            }
        }
        for s in ["TYPE0", "TYPE1", "TYPE65534", "TYPE65535", "TYPE65536", "TYPE", "type2", "", "-", "\\", "A\\"] {
            spellings.push(s.to_string());
        }
        for s in &spellings {
            for quoted in [false, true] {
                let f = Field { raw: s.as_bytes(), quoted, line: 3, col: 7, at: 0 };
                assert_eq!(parse_rtype(&f), parse_rtype_by_table(&f), "{s:?}");
            }
        }
        assert!(spellings.len() > 300, "{}", spellings.len());
    }

    fn time(s: &str) -> Result<u32, K> {
        parse_sig_time(&field(s.as_bytes()), "t").map_err(|e| e.kind)
    }

    /// The writer's times read back, and a dense walk over the calendar:
    /// every day of 1970 to 2106 at two times of day.
    #[test]
    fn sig_times_invert_the_writer() {
        for secs in [0, 59, 86_399, 86_400, 951_782_400, 1_048_354_263, 2_147_483_648, 4_107_542_400, u32::MAX] {
            assert_eq!(time(&SigTime(secs).to_string()), Ok(secs));
            assert_eq!(time(&secs.to_string()), Ok(secs));
        }
        let mut day = 0u32;
        while let Some(secs) = day.checked_mul(86_400) {
            for t in [secs, secs.saturating_add(86_399)] {
                assert_eq!(time(&SigTime(t).to_string()), Ok(t), "{t}");
            }
            day += 1;
        }
    }

    #[test]
    fn sig_time_refusals() {
        let invalid = Err(K::Invalid("not a date and time that exists"));
        let range = Err(K::OutOfRange { what: "t", max: u64::from(u32::MAX) });
        for bad in [
            "20031322173103",
            "20030001000000",
            "20030229000000",
            "21000229000000",
            "20030431000000",
            "20030100000000",
            "20030101240000",
            "20030101006000",
            "20030101000060",
            "00000101000000",
        ] {
            assert_eq!(time(bad), invalid, "{bad}");
        }
        assert_eq!(time("20040229000000"), Ok(1_078_012_800));
        assert_eq!(time("20000229000000"), Ok(951_782_400));
        for bad in ["19691231235959", "21060207062816", "99991231235959", "4294967296", "9999999999"] {
            assert_eq!(time(bad), range, "{bad}");
        }
        for bad in ["", "+1", "-1", "2003032217310", "200303221731030", "20030322T73103", "12345678901", "1e3"] {
            assert_eq!(time(bad), Err(K::Expected("t")), "{bad}");
        }
        let quoted = Field { raw: b"0", quoted: true, line: 1, col: 1, at: 0 };
        assert!(parse_sig_time(&quoted, "t").is_err());
    }

    #[test]
    fn rtypes() {
        assert_eq!(parse_rtype(&field(b"nsap-ptr")), Ok(Rtype::NSAP_PTR));
        assert_eq!(parse_rtype(&field(b"TYPE01")), Ok(Rtype::A));
        assert_eq!(parse_rtype(&field(b"NXNAME")), Ok(Rtype::NXNAME));
        assert_eq!(parse_rtype(&field(b"\\065")), Ok(Rtype::A));
        for bad in [&b"BOGUS"[..], b"TYPE65536", b"TYPE", b"TYPE-1", b"A\\", &[b'A'; 40], b"\xff"] {
            assert_eq!(parse_rtype(&field(bad)).map_err(|e| e.kind), Err(K::UnknownType), "{bad:?}");
        }
    }

    fn bitmap(text: &str) -> Result<Vec<u8>, TextError> {
        let mut t = Tokenizer::new(text.as_bytes());
        t.next_entry()?;
        let mut p = RdataParser::new(&mut t, None);
        let mut buf = [0u8; 9000];
        let mut w = Writer::new(&mut buf);
        p.type_bitmap(&mut w)?;
        Ok(w.finish().to_vec())
    }

    #[test]
    fn type_lists() {
        // RFC 4034 section 4.3, shuffled and with a repeat.
        let want = b"\x00\x06\x40\x01\x00\x00\x00\x03\x04\x1b\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x20";
        assert_eq!(bitmap("TYPE1234 nsec MX RRSIG a mx\n").unwrap(), want);
        assert_eq!(bitmap("\n").unwrap(), b"");
        assert_eq!(bitmap("TYPE65535 TYPE1\n").unwrap().len(), 3 + 34);
        let all: Vec<alloc::string::String> = (1..=65535).map(|t| alloc::format!("TYPE{t}")).collect();
        let wire = bitmap(&all.join(" ")).unwrap();
        assert_eq!(wire.len(), 256 * 34);
        // Around the switch from the small list to the bit set: the same
        // types in any order, repeated, give the same bitmap.
        for n in [63u16, 64, 65, 70] {
            let sorted: Vec<alloc::string::String> = (1..=n).map(|t| alloc::format!("TYPE{t}")).collect();
            let mut shuffled: Vec<alloc::string::String> = (1..=n).rev().map(|t| alloc::format!("TYPE{t}")).collect();
            shuffled.extend(sorted.iter().take(5).cloned());
            assert_eq!(bitmap(&shuffled.join(" ")).unwrap(), bitmap(&sorted.join(" ")).unwrap(), "{n} types");
        }
        assert_eq!(bitmap("A TYPE0\n").unwrap_err(), TextError::at(1, 3, K::Invalid("type 0 in a type bit map")));
        assert_eq!(bitmap("A MX BOGUS\n").unwrap_err(), TextError::at(1, 6, K::UnknownType));
        let mut small = [0u8; 3];
        let mut t = Tokenizer::new(b"A MX\n");
        t.next_entry().unwrap();
        let mut p = RdataParser::new(&mut t, None);
        assert_eq!(p.type_bitmap(&mut Writer::new(&mut small)).unwrap_err().kind, K::NoSpace);
    }

    /// Fields that mean something to some DNSSEC type, good and bad,
    /// separated by spaces.
    const TOKENS: &str = "0 1 3 5 13 255 256 65535 65536 4294967296 A rrsig NXNAME TYPE0 TYPE65535 - \"\" AQID AA== AQ= \
        co CP 2t7b4g4vsa5smi47k61mv5bv1a22bojr 20030322173103 20031322173103 example. @ a aabb abc BADSIG RSASHA256 \
        PKIX ( ) \\# ;";

    fn token() -> impl proptest::strategy::Strategy<Value = alloc::string::String> {
        use proptest::prelude::*;
        let tokens: Vec<&'static str> = TOKENS.split(' ').collect();
        let known = proptest::sample::select(tokens).prop_map(alloc::string::String::from);
        prop_oneof![3 => known, 1 => "[ -~]{0,12}"]
    }

    /// An RRSIG or SIG presentation form of fields that are mostly good:
    /// type, algorithm, labels, TTL, times, key tag, signer (escapes, long
    /// labels, relative names) and base64 split by blanks.
    fn sig_text() -> impl proptest::strategy::Strategy<Value = alloc::string::String> {
        use proptest::prelude::*;
        let rtype = proptest::sample::select(alloc::vec!["A", "NSEC3", "TYPE65535", "rrsig", "TYPE0", "BOGUS"]);
        let alg = proptest::sample::select(alloc::vec!["8", "13", "RSASHA256", "255", "256"]);
        let time = prop_oneof!["[0-9]{1,10}", "20[0-3][0-9]0[1-9][0-2][0-9][01][0-9][0-5][0-9][0-5][0-9]"];
        let label = prop_oneof!["[a-z0-9-]{1,63}", "\\\\[0-2][0-9]{2}", "\\\\[.a]", "[a-z]{60,64}"];
        let signer = (proptest::collection::vec(label, 0..6), proptest::sample::select(alloc::vec![".", "", "@"]))
            .prop_map(|(labels, end)| {
                let mut n = labels.join(".");
                if !n.is_empty() && end == "." {
                    n.push('.');
                } else if n.is_empty() || end == "@" {
                    n = alloc::string::String::from(if end.is_empty() { "@" } else { end });
                }
                n
            });
        let sig = proptest::collection::vec("([A-Za-z0-9+/]{4}){0,3}([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?", 0..4);
        (rtype, alg, 0u16..300, "[0-9]{1,5}[smhdw]?", time.clone(), time, 0u32..70_000, signer, sig).prop_map(
            |(t, a, l, ttl, x, i, k, s, sig)| alloc::format!("{t} {a} {l} {ttl} {x} {i} {k} {s} {}", sig.join(" ")),
        )
    }

    /// A DS-like presentation form: key tag, algorithm, digest type (0 and
    /// the ones of fixed length among them) and a hexadecimal digest of
    /// about the right lengths, split by blanks.
    fn ds_text() -> impl proptest::strategy::Strategy<Value = alloc::string::String> {
        use proptest::prelude::*;
        let digest = proptest::collection::vec(prop_oneof!["[0-9a-fA-F]{0,2}", "([0-9a-f]{20}){1,5}"], 0..4);
        (0u32..70_000, proptest::sample::select(alloc::vec!["8", "13", "RSASHA256", "256"]), 0u16..7, digest)
            .prop_map(|(k, a, d, digest)| alloc::format!("{k} {a} {d} {}", digest.join(" ")))
    }

    /// Reads `text` as RDATA of `rtype` into `room` octets (origin
    /// `example.`); when that succeeds, the wire reader takes what was
    /// written (so `check_written` could not have refused it).
    fn written_is_valid(rtype: Rtype, text: &str, room: usize) -> Result<bool, alloc::string::String> {
        let origin = crate::name::NameBuf::from_text("example.").unwrap();
        let mut t = Tokenizer::new(text.as_bytes());
        t.next_entry().map_err(|e| e.to_string())?;
        let mut p = RdataParser::new(&mut t, Some(origin.as_name()));
        let mut buf = alloc::vec![0u8; room];
        let mut w = Writer::new(&mut buf);
        if RData::parse_text(rtype, &mut p, &mut w).is_err() {
            return Ok(false);
        }
        match RData::parse(rtype, Reader::new(w.written())) {
            Ok(_) => Ok(true),
            Err(e) => Err(alloc::format!("{rtype} {text:?}: {e}")),
        }
    }

    /// The proof, for the types whose text readers skip `check_written`
    /// (RRSIG and SIG, DS and its look-alikes), that dropping it changes
    /// nothing: whatever their text readers accept, the wire reader takes.
    #[test]
    fn sig_and_ds_text_readers_write_valid_rdata() {
        use proptest::strategy::{Strategy, ValueTree};
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let (mut sigs, mut dss) = (0, 0);
        for _ in 0..3000 {
            let text = sig_text().new_tree(&mut runner).unwrap().current();
            for rtype in [Rtype::RRSIG, Rtype::SIG] {
                sigs += usize::from(written_is_valid(rtype, &text, 400).unwrap());
            }
            let text = ds_text().new_tree(&mut runner).unwrap().current();
            for rtype in [Rtype::DS, Rtype::CDS, Rtype::TA, Rtype::DLV] {
                dss += usize::from(written_is_valid(rtype, &text, 400).unwrap());
            }
        }
        // The inputs reach the end of the readers, not only their errors.
        assert!(sigs > 500 && dss > 500, "{sigs} {dss}");
    }

    proptest::proptest! {
        /// Random fields for every DNSSEC type, into buffers of any size:
        /// reading never panics, and what it accepts is RDATA the typed
        /// reader takes.
        #[test]
        fn random_text(words in proptest::collection::vec(token(), 0..14), i in 0usize..23, room in 0usize..300) {
            let rtype = [
                Rtype::SIG, Rtype::KEY, Rtype::NXT, Rtype::CERT, Rtype::DS, Rtype::SSHFP,
                Rtype::RRSIG, Rtype::NSEC, Rtype::DNSKEY, Rtype::DHCID, Rtype::NSEC3,
                Rtype::NSEC3PARAM, Rtype::TLSA, Rtype::SMIMEA, Rtype::CDS, Rtype::CDNSKEY,
                Rtype::OPENPGPKEY, Rtype::CSYNC, Rtype::ZONEMD, Rtype::TKEY, Rtype::TSIG,
                Rtype::TA, Rtype::DLV,
            ][i];
            let text = words.join(" ");
            let origin = crate::name::NameBuf::from_text("example.").unwrap();
            let mut t = Tokenizer::new(text.as_bytes());
            if t.next_entry().is_ok() {
                let mut p = RdataParser::new(&mut t, Some(origin.as_name()));
                let mut buf = alloc::vec![0u8; room];
                let mut w = Writer::new(&mut buf);
                if RData::parse_text(rtype, &mut p, &mut w).is_ok() {
                    proptest::prop_assert!(RData::parse(rtype, Reader::new(w.written())).is_ok(), "{rtype} {text:?}");
                }
            }
        }
    }
}
