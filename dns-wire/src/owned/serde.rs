//! serde for the owned types (feature `serde`): names, code points,
//! records and messages as presentation text, so that JSON is readable.
//!
//! The forms, and how extension types are handled, are described on
//! [`WithExtensions`]; every path goes through dns-wire's own text codecs.

use alloc::borrow::Cow;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use ::serde::de::{self, DeserializeSeed, Deserializer, Visitor};
use ::serde::ser::{Error as _, SerializeSeq, SerializeStruct, Serializer};
use ::serde::{Deserialize, Serialize};

use super::{MessageBuf, RDataBuf, RecordBuf};
use crate::iana::{Class, Opcode, Rcode, Rtype};
use crate::message::Section;
use crate::name::{MAX_WIRE_LEN, NameBuf, NameTextError};
use crate::text::{RdataParser, TextError, TextErrorKind, Tokenizer, rdata_text};
use crate::wire::Writer;
use crate::{ext::Extensions, rdata::MAX_RDATA_LEN};

/// A reference to an owned value with the [`Extensions`] to print and read
/// its record types with: serializing it writes the extension types (SVCB,
/// HTTPS, DELEG, DSYNC, ... from the crates that define them) in their own
/// presentation format and mnemonic, and [`ExtensionSeed`] reads them back.
///
/// # The JSON forms
/// | type | form |
/// |---|---|
/// | [`NameBuf`] | `"www.example."`: presentation form, absolute (reading refuses a name without its final dot) |
/// | [`Rtype`], [`Class`] | `"AAAA"`, `"TYPE65280"`, `"CH"`, `"CLASS32"`: mnemonic or the RFC 3597 fallback |
/// | [`RecordBuf`] | `{"owner": "www.example.", "type": "AAAA", "class": "CH", "ttl": 300, "rdata": "2001:db8::1"}`; `class` is left out when it is IN, and IN when absent |
/// | [`RDataBuf`] | `{"type": "MX", "rdata": "10 mx.example."}` |
/// | [`MessageBuf`] | `{"id": 7, "opcode": "QUERY", "rcode": "NOERROR", "flags": ["qr", "rd"], "question": [{"name": "nl.", "type": "SOA"}], "answer": [records], "authority": [...], "additional": [...]}` |
///
/// RDATA is the text dns-wire prints: the type's presentation format, or
/// the generic `\# <length> <hex>` (RFC 3597 section 5) for types it has
/// none for. Reading takes either form, any mix of case, and refuses
/// relative names (there is no origin in JSON) and unknown fields. In a message, `rcode` is
/// the header's four bits (the OPT record in `additional` carries the
/// rest, as on the wire), `flags` lists the set header flags of `qr`,
/// `aa`, `tc`, `rd`, `ra`, `z`, `ad` and `cd`, and a question's `class` is
/// left out when it is IN.
///
/// # Extension types
/// Without extensions (the plain `Serialize` and `Deserialize` impls of
/// the owned types), a type that dns-wire does not define is written as
/// `TYPEnnn` with generic RDATA (or by its registered mnemonic, as HTTPS),
/// exactly as [`RecordBuf`]'s `Display` shows it, and read back from that.
/// Wrap the value in `WithExtensions` to write such types as their crate
/// does, and read with [`ExtensionSeed`] carrying the same extensions; the
/// seed also reads the generic form.
///
/// ```
/// use dns_wire::iana::{Class, Rtype};
/// use dns_wire::owned::{RDataBuf, RecordBuf, WithExtensions};
/// use dns_wire::ext::Extensions;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let rr = RecordBuf {
///     owner: "www.example.".parse()?,
///     class: Class::IN,
///     ttl: 300,
///     rdata: RDataBuf::from_wire(Rtype::AAAA, &[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])?,
/// };
/// let json = r#"{"owner":"www.example.","type":"AAAA","ttl":300,"rdata":"2001:db8::1"}"#;
/// assert_eq!(serde_json::to_string(&rr)?, json);
/// // The same with extensions (`svcb::EXTENSION` and `deleg::EXTENSION` in a real program).
/// let ext = Extensions::NONE;
/// assert_eq!(serde_json::to_string(&WithExtensions::new(&rr, ext))?, json);
/// assert_eq!(serde_json::from_str::<RecordBuf>(json)?, rr);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct WithExtensions<'a, 'e, T: ?Sized> {
    value: &'a T,
    ext: Extensions<'e>,
}

impl<'a, 'e, T: ?Sized> WithExtensions<'a, 'e, T> {
    /// Wraps `value` to be serialized with `ext`.
    ///
    /// ```
    /// use dns_wire::owned::{RecordBuf, WithExtensions};
    /// use dns_wire::ext::Extensions;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let rr: RecordBuf = serde_json::from_str(r#"{"owner":"a.","type":"TYPE65280","ttl":0,"rdata":"\\# 1 2a"}"#)?;
    /// let json = serde_json::to_string(&WithExtensions::new(&rr, Extensions::NONE))?;
    /// assert_eq!(json, r#"{"owner":"a.","type":"TYPE65280","ttl":0,"rdata":"\\# 1 2a"}"#);
    /// # Ok(()) }
    /// ```
    pub const fn new(value: &'a T, ext: Extensions<'e>) -> Self {
        Self { value, ext }
    }
}

/// Reads an owned value with the [`Extensions`] that know its record types
/// (the [`DeserializeSeed`] side of [`WithExtensions`], which describes the
/// forms). Implemented for [`RecordBuf`], [`RDataBuf`], [`MessageBuf`] and
/// `Vec<RecordBuf>`.
///
/// ```
/// use serde::de::DeserializeSeed;
/// use dns_wire::owned::{ExtensionSeed, RecordBuf};
/// use dns_wire::ext::Extensions;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let json = r#"[{"owner":"example.","type":"MX","class":"CH","ttl":60,"rdata":"10 mx.example."}]"#;
/// let mut de = serde_json::Deserializer::from_str(json);
/// let rrs = ExtensionSeed::<Vec<RecordBuf>>::new(Extensions::NONE).deserialize(&mut de)?;
/// assert_eq!(rrs[0].to_string(), "example. 60 CH MX 10 mx.example.");
/// # Ok(()) }
/// ```
pub struct ExtensionSeed<'e, T> {
    ext: Extensions<'e>,
    value: PhantomData<fn() -> T>,
}

impl<'e, T> ExtensionSeed<'e, T> {
    /// A seed that reads a `T` with `ext`.
    ///
    /// ```
    /// use serde::de::DeserializeSeed;
    /// use dns_wire::owned::{ExtensionSeed, MessageBuf};
    /// use dns_wire::ext::Extensions;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let json = r#"{"id": 1, "flags": ["rd"], "question": [{"name": "example.", "type": "HTTPS"}]}"#;
    /// let seed = ExtensionSeed::<MessageBuf>::new(Extensions::NONE);
    /// let msg = seed.deserialize(&mut serde_json::Deserializer::from_str(json))?;
    /// assert_eq!(msg.message().questions().next().map(|q| q.to_string()).as_deref(), Some("example. IN HTTPS"));
    /// # Ok(()) }
    /// ```
    pub const fn new(ext: Extensions<'e>) -> Self {
        Self { ext, value: PhantomData }
    }
}

impl<T> fmt::Debug for ExtensionSeed<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ExtensionSeed").field(&self.ext).finish()
    }
}

impl<T> Clone for ExtensionSeed<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ExtensionSeed<'_, T> {}

// ---------------------------------------------------------------------------
// Names and code points.

/// The presentation form, absolute: `"www.example."`.
///
/// ```
/// use dns_wire::name::NameBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let name: NameBuf = "www.example.".parse()?;
/// assert_eq!(serde_json::to_string(&name)?, r#""www.example.""#);
/// # Ok(()) }
/// ```
impl Serialize for NameBuf {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Reads the presentation form (RFC 1035 section 5.1 escapes); the name
/// must be absolute, ending with a dot.
///
/// ```
/// use dns_wire::name::NameBuf;
/// let name: NameBuf = serde_json::from_str(r#""www.example.""#).unwrap();
/// assert_eq!(name.as_wire(), b"\x03www\x07example\x00");
/// let e = serde_json::from_str::<NameBuf>(r#""www.example""#).unwrap_err();
/// assert!(e.to_string().starts_with("relative name \"www.example\": names must be absolute"));
/// ```
impl<'de> Deserialize<'de> for NameBuf {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = NameBuf;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an absolute domain name in presentation form")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<NameBuf, E> {
                absolute_name(s).map_err(E::custom)
            }
        }
        d.deserialize_str(V)
    }
}

/// Why a name was refused.
enum NameError<'s> {
    Relative(&'s str),
    Text(&'s str, NameTextError),
}

impl fmt::Display for NameError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Relative(s) => write!(f, "relative name {}: names must be absolute (end with a dot)", Quoted(s)),
            Self::Text(s, e) => write!(f, "bad domain name {}: {e}", Quoted(s)),
        }
    }
}

/// Reads an absolute name (with its final dot).
fn absolute_name(s: &str) -> Result<NameBuf, NameError<'_>> {
    let mut wire = [0u8; MAX_WIRE_LEN];
    match crate::name::text::text_to_wire(s.as_bytes(), &mut wire) {
        Ok((_, true)) => NameBuf::from_text(s).map_err(|e| NameError::Text(s, e)),
        Ok((_, false)) => Err(NameError::Relative(s)),
        Err(e) => Err(NameError::Text(s, e)),
    }
}

/// Implements serde for a code point as its mnemonic (or fallback form).
macro_rules! mnemonic_serde {
    ($ty:ident, $what:literal, $fallback:literal, $konst:ident, $mn:literal, $free:literal) => {
        #[doc = concat!("The mnemonic, or `", $fallback, "nnn` for a value without one.")]
        ///
        /// ```
        #[doc = concat!("use dns_wire::iana::", stringify!($ty), ";")]
        #[doc = concat!("assert_eq!(serde_json::to_string(&", stringify!($ty), "::", stringify!($konst), ").unwrap(), r#\"\"", $mn, "\"\"#);")]
        #[doc = concat!("assert_eq!(serde_json::to_string(&", stringify!($ty), "::new(", $free, ")).unwrap(), r#\"\"", $fallback, $free, "\"\"#);")]
        /// ```
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        #[doc = concat!("Reads a mnemonic (in any case) or `", $fallback, "nnn`.")]
        ///
        /// ```
        #[doc = concat!("use dns_wire::iana::", stringify!($ty), ";")]
        #[doc = concat!("let v: ", stringify!($ty), " = serde_json::from_str(r#\"\"", $mn, "\"\"#).unwrap();")]
        #[doc = concat!("assert_eq!(v, ", stringify!($ty), "::", stringify!($konst), ");")]
        #[doc = concat!("assert!(serde_json::from_str::<", stringify!($ty), ">(r#\"\"BOGUS\"\"#).is_err());")]
        /// ```
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl Visitor<'_> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str(concat!("a ", $what, " mnemonic or ", $fallback, "nnn"))
                    }
                    fn visit_str<E: de::Error>(self, s: &str) -> Result<$ty, E> {
                        <$ty>::from_mnemonic(s).ok_or_else(|| E::custom(Unknown($what, $fallback, s)))
                    }
                }
                d.deserialize_str(V)
            }
        }
    };
}

mnemonic_serde!(Rtype, "record type", "TYPE", AAAA, "AAAA", "65280");
mnemonic_serde!(Class, "class", "CLASS", CH, "CH", "32");
mnemonic_serde!(Opcode, "opcode", "OPCODE", UPDATE, "UPDATE", "14");
mnemonic_serde!(Rcode, "rcode", "RCODE", NXDOMAIN, "NXDOMAIN", "14");

/// An unknown mnemonic: what it should have been, the fallback prefix and
/// the text.
struct Unknown<'s>(&'static str, &'static str, &'s str);

impl fmt::Display for Unknown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} {} (neither a mnemonic nor {}nnn)", self.0, Quoted(self.2), self.1)
    }
}

/// Input text echoed in an error: quoted and escaped as Rust's `Debug`
/// does, and cut after [`Quoted::MAX`] characters, so that an error never
/// repeats more of a hostile input than that.
struct Quoted<'s>(&'s str);

impl<'s> Quoted<'s> {
    /// The most characters echoed.
    const MAX: usize = 64;

    /// The text, cut, without quotes (for text already known to be a
    /// mnemonic).
    fn bare(self) -> impl fmt::Display + 's {
        struct Bare<'s>(&'s str, bool);
        impl fmt::Display for Bare<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}{}", self.0, if self.1 { "..." } else { "" })
            }
        }
        let (head, cut) = self.head();
        Bare(head, cut)
    }

    /// At most [`Quoted::MAX`] characters, and whether text was left out.
    fn head(&self) -> (&'s str, bool) {
        match self.0.char_indices().nth(Self::MAX) {
            Some((at, _)) => (self.0.get(..at).unwrap_or_default(), true),
            None => (self.0, false),
        }
    }
}

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (head, cut) = self.head();
        write!(f, "{head:?}{}", if cut { "..." } else { "" })
    }
}

// ---------------------------------------------------------------------------
// Records and RDATA.

/// Serializes a string made by `Display`.
struct Text<D>(D);

impl<D: fmt::Display> Serialize for Text<D> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

/// The presentation form of RDATA of a record in `class`: generic where
/// the type is class-specific and the class is another (as
/// [`RecordBuf::data`]).
fn rdata_display<'d>(rdata: &'d RDataBuf, class: Class, ext: Extensions<'d>) -> impl fmt::Display + 'd {
    RdataShown { rdata, opaque: rdata.rtype().is_opaque_in(class), ext }
}

struct RdataShown<'d> {
    rdata: &'d RDataBuf,
    opaque: bool,
    ext: Extensions<'d>,
}

impl fmt::Display for RdataShown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.opaque {
            return crate::rdata::Unknown { rdata: self.rdata.as_wire() }.fmt(f);
        }
        self.ext.display(self.rdata.rtype(), self.rdata.as_wire()).fmt(f)
    }
}

fn serialize_record<S: Serializer>(rr: &RecordBuf, ext: Extensions<'_>, s: S) -> Result<S::Ok, S::Error> {
    let in_class = rr.class == Class::IN;
    let mut st = s.serialize_struct("RecordBuf", if in_class { 4 } else { 5 })?;
    st.serialize_field("owner", &rr.owner)?;
    st.serialize_field("type", &Text(ext.mnemonic(rr.rtype())))?;
    if in_class {
        st.skip_field("class")?;
    } else {
        st.serialize_field("class", &rr.class)?;
    }
    st.serialize_field("ttl", &rr.ttl)?;
    st.serialize_field("rdata", &Text(rdata_display(&rr.rdata, rr.class, ext)))?;
    st.end()
}

fn serialize_rdata<S: Serializer>(rd: &RDataBuf, ext: Extensions<'_>, s: S) -> Result<S::Ok, S::Error> {
    let mut st = s.serialize_struct("RDataBuf", 2)?;
    st.serialize_field("type", &Text(ext.mnemonic(rd.rtype())))?;
    st.serialize_field("rdata", &Text(rdata_display(rd, Class::IN, ext)))?;
    st.end()
}

/// `{"owner", "type", "class"?, "ttl", "rdata"}`, without extensions
/// (see [`WithExtensions`]); `class` only when it is not IN.
///
/// ```
/// use dns_wire::owned::RecordBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let json = r#"{"owner":"example.","type":"MX","class":"CH","ttl":60,"rdata":"10 mx.example."}"#;
/// let rr: RecordBuf = serde_json::from_str(json)?;
/// assert_eq!(rr.to_string(), "example. 60 CH MX 10 mx.example.");
/// assert_eq!(serde_json::to_string(&rr)?, json);
/// # Ok(()) }
/// ```
impl Serialize for RecordBuf {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_record(self, Extensions::NONE, s)
    }
}

impl Serialize for WithExtensions<'_, '_, RecordBuf> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_record(self.value, self.ext, s)
    }
}

impl Serialize for WithExtensions<'_, '_, Vec<RecordBuf>> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        WithExtensions::new(self.value.as_slice(), self.ext).serialize(s)
    }
}

impl Serialize for WithExtensions<'_, '_, [RecordBuf]> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.value.len()))?;
        for rr in self.value {
            seq.serialize_element(&WithExtensions::new(rr, self.ext))?;
        }
        seq.end()
    }
}

/// `{"type", "rdata"}`, without extensions (see [`WithExtensions`]).
///
/// ```
/// use dns_wire::{iana::Rtype, owned::RDataBuf};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let rd = RDataBuf::from_wire(Rtype::MX, b"\x00\x0a\x02mx\x00")?;
/// assert_eq!(serde_json::to_string(&rd)?, r#"{"type":"MX","rdata":"10 mx."}"#);
/// # Ok(()) }
/// ```
impl Serialize for RDataBuf {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_rdata(self, Extensions::NONE, s)
    }
}

impl Serialize for WithExtensions<'_, '_, RDataBuf> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_rdata(self.value, self.ext, s)
    }
}

/// A record as read, before its type and RDATA are interpreted.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordRepr<'a> {
    owner: NameBuf,
    #[serde(rename = "type", borrow)]
    rtype: Cow<'a, str>,
    #[serde(default)]
    class: Option<Class>,
    ttl: u32,
    #[serde(borrow)]
    rdata: Cow<'a, str>,
}

/// RDATA as read, before its type and text are interpreted.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RDataRepr<'a> {
    #[serde(rename = "type", borrow)]
    rtype: Cow<'a, str>,
    #[serde(borrow)]
    rdata: Cow<'a, str>,
}

/// Why a record or RDATA was refused after its fields were read.
enum ReprError<'s> {
    Type(&'s str),
    Rdata(&'s str, TextError),
}

impl fmt::Display for ReprError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Type(s) => Unknown("record type", "TYPE", s).fmt(f),
            Self::Rdata(t, e) => write!(f, "bad rdata for type {}: {e}", Quoted(t).bare()),
        }
    }
}

fn rtype_of<'s>(s: &'s str, ext: Extensions<'_>) -> Result<Rtype, ReprError<'s>> {
    ext.rtype_from_mnemonic(s).ok_or(ReprError::Type(s))
}

/// Reads RDATA text of `rtype` in `class` with dns-wire's text codec: one
/// entry, no origin (so relative names are refused), at most
/// [`MAX_RDATA_LEN`] octets of wire form.
///
/// The output buffer starts at four octets per character of text (plus a
/// little) and doubles, text read again, while that is too small, up to
/// [`MAX_RDATA_LEN`]: at most ten tries, so the work stays linear in the
/// text and in the RDATA made, rather than 64 KiB per record.
fn rdata_from_text(rtype: Rtype, class: Class, ext: Extensions<'_>, text: &str) -> Result<RDataBuf, TextError> {
    let mut cap = text.len().saturating_mul(4).saturating_add(64).min(MAX_RDATA_LEN);
    loop {
        match rdata_into(rtype, class, ext, text, cap) {
            Err(e) if e.kind == TextErrorKind::NoSpace && cap < MAX_RDATA_LEN => {
                cap = cap.saturating_mul(2).min(MAX_RDATA_LEN);
            }
            other => return other.map(|octets| RDataBuf::from_checked(rtype, octets)),
        }
    }
}

/// One try of [`rdata_from_text`] with a buffer of `cap` octets.
fn rdata_into(rtype: Rtype, class: Class, ext: Extensions<'_>, text: &str, cap: usize) -> Result<Vec<u8>, TextError> {
    let mut t = Tokenizer::new(text.as_bytes());
    // `None` (blank text) leaves no fields, which types with empty RDATA
    // accept and the others refuse with the field they expected.
    t.next_entry()?;
    let mut buf = alloc::vec![0u8; cap];
    let len = {
        let mut w = Writer::new(&mut buf);
        let mut p = RdataParser::new(&mut t, None);
        // With `cap` at MAX_RDATA_LEN, longer RDATA is `TooLong`.
        rdata_text(rtype, class, ext, &mut p, &mut w)?;
        p.finish()?;
        w.pos()
    };
    if t.next_entry()?.is_some() {
        return Err(TextError::at(t.line(), 1, TextErrorKind::Trailing));
    }
    buf.truncate(len);
    buf.shrink_to_fit();
    Ok(buf)
}

impl RecordRepr<'_> {
    fn to_record(&self, ext: Extensions<'_>) -> Result<RecordBuf, ReprError<'_>> {
        let rtype = rtype_of(&self.rtype, ext)?;
        let class = self.class.unwrap_or(Class::IN);
        let rdata = rdata_from_text(rtype, class, ext, &self.rdata).map_err(|e| ReprError::Rdata(&self.rtype, e))?;
        Ok(RecordBuf { owner: self.owner, class, ttl: self.ttl, rdata })
    }
}

/// Reads the form its `Serialize` writes, without extensions (see
/// [`ExtensionSeed`]): `class` may be left out for IN, RDATA may be in the
/// generic `\\#` form, names must be absolute.
///
/// ```
/// use dns_wire::owned::RecordBuf;
/// let rr: RecordBuf = serde_json::from_str(r#"{"owner":"a.","type":"A","ttl":5,"rdata":"\\# 4 c0000201"}"#).unwrap();
/// assert_eq!(rr.to_string(), "a. 5 IN A 192.0.2.1");
/// let e = serde_json::from_str::<RecordBuf>(r#"{"owner":"a.","type":"A","ttl":5}"#).unwrap_err();
/// assert_eq!(e.to_string(), "missing field `rdata` at line 1 column 33");
/// ```
impl<'de> Deserialize<'de> for RecordBuf {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        ExtensionSeed::<Self>::new(Extensions::NONE).deserialize(d)
    }
}

impl<'de> DeserializeSeed<'de> for ExtensionSeed<'_, RecordBuf> {
    type Value = RecordBuf;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<RecordBuf, D::Error> {
        d.deserialize_map(ReprVisitor::<RecordRepr<'de>>(self.ext, PhantomData))
    }
}

/// A form read with derived code and then interpreted with extensions.
trait Interpret<'de>: Deserialize<'de> {
    /// What it becomes.
    type Out;
    /// What the visitor expects.
    const WHAT: &'static str;
    /// Interprets the fields read.
    fn interpret<E: de::Error>(&self, ext: Extensions<'_>) -> Result<Self::Out, E>;
}

/// Reads an [`Interpret`] form from a map and interprets it inside the
/// visitor, so that the deserializer can say where an error was (serde_json
/// adds the line and column).
struct ReprVisitor<'e, R>(Extensions<'e>, PhantomData<R>);

impl<'de, R: Interpret<'de>> Visitor<'de> for ReprVisitor<'_, R> {
    type Value = R::Out;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(R::WHAT)
    }
    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<R::Out, A::Error> {
        R::deserialize(de::value::MapAccessDeserializer::new(map))?.interpret(self.0)
    }
}

impl<'de> Interpret<'de> for RecordRepr<'de> {
    type Out = RecordBuf;
    const WHAT: &'static str = "a record: {\"owner\", \"type\", \"class\"?, \"ttl\", \"rdata\"}";
    fn interpret<E: de::Error>(&self, ext: Extensions<'_>) -> Result<RecordBuf, E> {
        self.to_record(ext).map_err(E::custom)
    }
}

impl<'de> Interpret<'de> for RDataRepr<'de> {
    type Out = RDataBuf;
    const WHAT: &'static str = "RDATA: {\"type\", \"rdata\"}";
    fn interpret<E: de::Error>(&self, ext: Extensions<'_>) -> Result<RDataBuf, E> {
        let rtype = rtype_of(&self.rtype, ext).map_err(E::custom)?;
        rdata_from_text(rtype, Class::IN, ext, &self.rdata).map_err(|e| E::custom(ReprError::Rdata(&self.rtype, e)))
    }
}

impl<'de> DeserializeSeed<'de> for ExtensionSeed<'_, Vec<RecordBuf>> {
    type Value = Vec<RecordBuf>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<RecordBuf>, D::Error> {
        d.deserialize_seq(RecordsVisitor(self.ext))
    }
}

/// Reads a list of records, each as soon as it is complete.
struct RecordsVisitor<'e>(Extensions<'e>);

impl<'de> Visitor<'de> for RecordsVisitor<'_> {
    type Value = Vec<RecordBuf>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of records")
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<RecordBuf>, A::Error> {
        // Grown as elements come, never sized from the input's hint.
        let mut out = Vec::new();
        while let Some(rr) = seq.next_element_seed(ExtensionSeed::<RecordBuf>::new(self.0))? {
            out.push(rr);
        }
        Ok(out)
    }
}

/// Reads the form its `Serialize` writes, without extensions (see
/// [`ExtensionSeed`]).
///
/// ```
/// use dns_wire::owned::RDataBuf;
/// let rd: RDataBuf = serde_json::from_str(r#"{"type":"MX","rdata":"10 mx."}"#).unwrap();
/// assert_eq!(rd.as_wire(), b"\x00\x0a\x02mx\x00");
/// ```
impl<'de> Deserialize<'de> for RDataBuf {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        ExtensionSeed::<Self>::new(Extensions::NONE).deserialize(d)
    }
}

impl<'de> DeserializeSeed<'de> for ExtensionSeed<'_, RDataBuf> {
    type Value = RDataBuf;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<RDataBuf, D::Error> {
        d.deserialize_map(ReprVisitor::<RDataRepr<'de>>(self.ext, PhantomData))
    }
}

// ---------------------------------------------------------------------------
// Messages.

/// The header flags, by name, with their bits in the flags word.
const FLAGS: [(&str, u16); 8] = [
    ("qr", 0x8000),
    ("aa", 0x0400),
    ("tc", 0x0200),
    ("rd", 0x0100),
    ("ra", 0x0080),
    ("z", 0x0040),
    ("ad", 0x0020),
    ("cd", 0x0010),
];

/// The JSON names of the record sections.
const SECTIONS: [(Section, &str); 3] =
    [(Section::Answer, "answer"), (Section::Authority, "authority"), (Section::Additional, "additional")];

/// The flags set in a flags word, as a list of names.
struct Flags(u16);

impl Serialize for Flags {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        for (name, bit) in FLAGS {
            if self.0 & bit != 0 {
                seq.serialize_element(name)?;
            }
        }
        seq.end()
    }
}

/// The questions of a message.
struct Questions<'m, 'e>(crate::Message<'m>, Extensions<'e>);

impl Serialize for Questions<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        for q in self.0.questions() {
            seq.serialize_element(&Question {
                name: NameBuf::from_name(&q.qname),
                rtype: q.qtype,
                class: q.qclass,
                ext: self.1,
            })?;
        }
        seq.end()
    }
}

/// One question.
struct Question<'e> {
    name: NameBuf,
    rtype: Rtype,
    class: Class,
    ext: Extensions<'e>,
}

impl Serialize for Question<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let in_class = self.class == Class::IN;
        let mut st = s.serialize_struct("Question", if in_class { 2 } else { 3 })?;
        st.serialize_field("name", &self.name)?;
        st.serialize_field("type", &Text(self.ext.mnemonic(self.rtype)))?;
        if in_class {
            st.skip_field("class")?;
        } else {
            st.serialize_field("class", &self.class)?;
        }
        st.end()
    }
}

/// The records of one section of a message.
struct Records<'m, 'e>(crate::Message<'m>, Section, &'static str, Extensions<'e>);

impl Serialize for Records<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        for (i, rr) in self.0.section(self.1).enumerate() {
            let rr = RecordBuf::from_record(&rr)
                .map_err(|e| S::Error::custom(format_args!("{} record {i}: {e}", self.2)))?;
            seq.serialize_element(&WithExtensions::new(&rr, self.3))?;
        }
        seq.end()
    }
}

fn serialize_message<S: Serializer>(m: &MessageBuf, ext: Extensions<'_>, s: S) -> Result<S::Ok, S::Error> {
    let msg = m.message();
    let h = msg.header();
    let mut st = s.serialize_struct("MessageBuf", 8)?;
    st.serialize_field("id", &h.id())?;
    st.serialize_field("opcode", &h.opcode())?;
    st.serialize_field("rcode", &Rcode::new(u16::from(h.rcode_bits())))?;
    st.serialize_field("flags", &Flags(h.flags()))?;
    st.serialize_field("question", &Questions(msg, ext))?;
    for (section, name) in SECTIONS {
        st.serialize_field(name, &Records(msg, section, name, ext))?;
    }
    st.end()
}

/// The header fields and the four sections (see [`WithExtensions`] for
/// the form). The OPT and TSIG pseudo-records stay records in
/// `additional`, as on the wire: OPT's class is the UDP payload size
/// (`CLASS1232`), its TTL the extended RCODE, version and flags.
///
/// ```
/// use dns_wire::owned::MessageBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let msg = MessageBuf::parse(bytes::Bytes::from_static(b"\0\x07\x01\0\0\x01\0\0\0\0\0\0\x02nl\0\0\x06\0\x01"))?;
/// assert_eq!(
///     serde_json::to_string(&msg)?,
///     r#"{"id":7,"opcode":"QUERY","rcode":"NOERROR","flags":["rd"],"question":[{"name":"nl.","type":"SOA"}],"answer":[],"authority":[],"additional":[]}"#
/// );
/// # Ok(()) }
/// ```
impl Serialize for MessageBuf {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_message(self, Extensions::NONE, s)
    }
}

impl Serialize for WithExtensions<'_, '_, MessageBuf> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_message(self.value, self.ext, s)
    }
}

/// A question as read.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionRepr<'a> {
    name: NameBuf,
    #[serde(rename = "type", borrow)]
    rtype: Cow<'a, str>,
    #[serde(default)]
    class: Option<Class>,
}

/// A message as read, before its records are interpreted.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MessageRepr<'a> {
    id: u16,
    #[serde(default)]
    opcode: Option<Opcode>,
    #[serde(default)]
    rcode: Option<Rcode>,
    #[serde(default, borrow)]
    flags: Vec<Cow<'a, str>>,
    #[serde(default, borrow)]
    question: Vec<QuestionRepr<'a>>,
    #[serde(default, borrow)]
    answer: Vec<RecordRepr<'a>>,
    #[serde(default, borrow)]
    authority: Vec<RecordRepr<'a>>,
    #[serde(default, borrow)]
    additional: Vec<RecordRepr<'a>>,
}

impl<'de> Interpret<'de> for MessageRepr<'de> {
    type Out = MessageBuf;
    const WHAT: &'static str = "a message: {\"id\", \"opcode\"?, \"rcode\"?, \"flags\"?, \"question\"?, \"answer\"?, \"authority\"?, \"additional\"?}";
    /// Builds the message (names compressed) and checks it as
    /// [`MessageBuf::parse`] does.
    fn interpret<E: de::Error>(&self, ext: Extensions<'_>) -> Result<MessageBuf, E> {
        let mut word = 0u16;
        for f in &self.flags {
            let bit = FLAGS.iter().find(|(n, _)| n.eq_ignore_ascii_case(f)).map(|(_, b)| *b).ok_or_else(|| {
                E::custom(format_args!("unknown header flag {} (one of qr, aa, tc, rd, ra, z, ad, cd)", Quoted(f)))
            })?;
            word |= bit;
        }
        let opcode = self.opcode.unwrap_or(Opcode::QUERY);
        if opcode.to_int() > 15 {
            return Err(E::custom(format_args!("opcode {opcode} does not fit the header's 4 bits")));
        }
        let rcode = self.rcode.unwrap_or(Rcode::NOERROR);
        // The header holds 4 bits; higher RCODEs need the OPT record's bits.
        let rcode_bits = u8::try_from(rcode.to_int()).ok().filter(|b| *b <= 15).ok_or_else(|| {
            E::custom(format_args!(
                "rcode {rcode} does not fit the header's 4 bits (its upper bits go in the OPT record's TTL)"
            ))
        })?;
        let mut questions = Vec::with_capacity(self.question.len());
        for (i, q) in self.question.iter().enumerate() {
            let rtype = rtype_of(&q.rtype, ext).map_err(|e| E::custom(format_args!("question {i}: {e}")))?;
            questions.push((q.name, rtype, q.class.unwrap_or(Class::IN)));
        }
        let mut sections: [(Section, &str, Vec<RecordBuf>); 3] = [
            (Section::Answer, "answer", Vec::new()),
            (Section::Authority, "authority", Vec::new()),
            (Section::Additional, "additional", Vec::new()),
        ];
        for ((_, name, out), list) in sections.iter_mut().zip([&self.answer, &self.authority, &self.additional]) {
            out.reserve_exact(list.len());
            for (i, rr) in list.iter().enumerate() {
                out.push(rr.to_record(ext).map_err(|e| E::custom(format_args!("{name} record {i}: {e}")))?);
            }
        }
        let mut buf = alloc::vec![0u8; crate::message::MAX_MESSAGE_LEN];
        let built = (|| {
            let mut b = crate::MessageBuilder::new(&mut buf)?;
            b.header_mut().set_id(self.id);
            b.header_mut().set_flags(word);
            b.header_mut().set_opcode(opcode);
            b.header_mut().set_rcode_bits(rcode_bits);
            for (name, rtype, class) in &questions {
                b.question(&crate::message::Question { qname: name.as_name(), qtype: *rtype, qclass: *class })?;
            }
            for (section, _, list) in &sections {
                for rr in list {
                    b.record(*section, rr)?;
                }
            }
            Ok::<usize, crate::BuildError>(b.finish().len())
        })()
        .map_err(|e| E::custom(format_args!("the message cannot be built: {e}")))?;
        buf.truncate(built);
        let octets = bytes::Bytes::from(buf);
        MessageBuf::parse(octets).map_err(|e| E::custom(format_args!("the message does not check: {e}")))
    }
}

/// Builds the message (names compressed) from the form its `Serialize`
/// writes and checks it as [`MessageBuf::parse`] does; every field but
/// `id` may be left out (QUERY, NOERROR, no flags, empty sections).
///
/// ```
/// use dns_wire::owned::MessageBuf;
/// let msg: MessageBuf = serde_json::from_str(r#"{"id":7,"flags":["rd"],"question":[{"name":"nl.","type":"SOA"}]}"#).unwrap();
/// assert_eq!(msg.as_bytes().as_ref(), b"\0\x07\x01\0\0\x01\0\0\0\0\0\0\x02nl\0\0\x06\0\x01");
/// ```
impl<'de> Deserialize<'de> for MessageBuf {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        ExtensionSeed::<Self>::new(Extensions::NONE).deserialize(d)
    }
}

impl<'de> DeserializeSeed<'de> for ExtensionSeed<'_, MessageBuf> {
    type Value = MessageBuf;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<MessageBuf, D::Error> {
        d.deserialize_map(ReprVisitor::<MessageRepr<'de>>(self.ext, PhantomData))
    }
}
