//! Domain names as views into wire data: [`Name`].
//!
//! A [`Name`] borrows the buffer it was read from and remembers where it
//! starts; its labels are read through compression pointers on demand. It
//! can only be made by a checked constructor, so walking it never fails.

mod buf;
mod check;
mod display;
mod order;
pub(crate) mod text;

use core::hash::{Hash, Hasher};

pub use buf::NameBuf;
pub use text::NameTextError;

pub(crate) use check::{Seen, check, check_in_message, check_in_message_walk, skip_checked};

/// The most octets a name may have in wire form, root label included
/// (RFC 1035 section 2.3.4).
pub const MAX_WIRE_LEN: usize = 255;
/// The most octets a label may have (RFC 1035 section 2.3.4).
pub const MAX_LABEL_LEN: usize = 63;
/// The most compression pointers one name may follow; more is
/// [`WireError::TooManyPointers`](crate::WireError::TooManyPointers).
/// Real compressors use one per name; dnspython also stops at 16.
pub const MAX_POINTER_HOPS: usize = 16;
/// The most labels a name may have, root not counted.
pub const MAX_LABELS: usize = 127;

/// A domain name in wire form, borrowed from the buffer it was read from.
/// For a name that owns its octets, or one read from text
/// (`"example.com.".parse::<NameBuf>()`), see [`NameBuf`]; its
/// [`as_name`](NameBuf::as_name) gives this view, which is what
/// [`MessageBuilder`](crate::MessageBuilder) takes.
///
/// Equality, hashing and ordering ignore ASCII case (RFC 4343); ordering is
/// the canonical order of RFC 4034 section 6.1. `Display` writes the
/// presentation form with escapes (RFC 1035 section 5.1) and a final dot.
///
/// ```
/// use dns_wire::Name;
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let name = Name::parse(b"\x03WWW\x07example\x03com\x00")?;
/// assert_eq!(name.to_string(), "WWW.example.com.");
/// assert_eq!(name.label_count(), 3);
/// assert_eq!(name, Name::parse(b"\x03www\x07EXAMPLE\x03com\x00")?);
/// # Ok(()) }
/// ```
#[derive(Clone, Copy)]
pub struct Name<'a> {
    buf: &'a [u8],
    start: usize,
}

impl<'a> Name<'a> {
    /// The root name, `.`.
    pub const ROOT: Name<'static> = Name { buf: &[0], start: 0 };

    /// Made only by the checked readers: `buf[start..]` holds a name that
    /// [`check`] accepted.
    pub(crate) const fn from_checked(buf: &'a [u8], start: usize) -> Self {
        Self { buf, start }
    }

    /// The buffer the name was read from and where in it the name starts.
    pub(crate) const fn raw_parts(&self) -> (&'a [u8], usize) {
        (self.buf, self.start)
    }

    /// Reads an uncompressed name that fills all of `wire`.
    ///
    /// # Errors
    /// The name errors of [`WireError`](crate::WireError), and
    /// [`TrailingData`](crate::WireError::TrailingData) if octets follow it.
    pub fn parse(wire: &'a [u8]) -> Result<Self, crate::WireError> {
        let mut r = crate::wire::Reader::new(wire);
        let name = r.name()?;
        r.finish()?;
        Ok(name)
    }

    /// Reads an uncompressed name from the start of `wire` and returns it
    /// with the octets that follow.
    ///
    /// ```
    /// use dns_wire::Name;
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// let (name, rest) = Name::parse_prefix(b"\x02nl\x00\x01\x02")?;
    /// assert_eq!((name.to_string().as_str(), rest), ("nl.", &[1u8, 2][..]));
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// The name errors of [`WireError`](crate::WireError).
    pub fn parse_prefix(wire: &'a [u8]) -> Result<(Self, &'a [u8]), crate::WireError> {
        let mut r = crate::wire::Reader::new(wire);
        let name = r.name()?;
        Ok((name, r.rest()))
    }

    /// The labels, leftmost first, without the root label.
    ///
    /// ```
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// let name = dns_wire::Name::parse(b"\x03www\x02nl\x00")?;
    /// assert_eq!(name.labels().collect::<Vec<_>>(), [&b"www"[..], b"nl"]);
    /// # Ok(()) }
    /// ```
    pub fn labels(&self) -> Labels<'a> {
        Labels { buf: self.buf, pos: self.start }
    }

    /// How many labels the name has, root not counted.
    ///
    /// ```
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// assert_eq!(dns_wire::Name::parse(b"\x03www\x02nl\x00")?.label_count(), 2);
    /// assert_eq!(dns_wire::Name::ROOT.label_count(), 0);
    /// # Ok(()) }
    /// ```
    pub fn label_count(&self) -> usize {
        self.labels().count()
    }

    /// Whether this is the root name.
    ///
    /// ```
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// assert!(dns_wire::Name::parse(b"\x00")?.is_root());
    /// # Ok(()) }
    /// ```
    pub fn is_root(&self) -> bool {
        self.labels().next().is_none()
    }

    /// The length of the name in uncompressed wire form, root label
    /// included (at most 255).
    ///
    /// ```
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// assert_eq!(dns_wire::Name::parse(b"\x03www\x02nl\x00")?.wire_len(), 8);
    /// # Ok(()) }
    /// ```
    pub fn wire_len(&self) -> usize {
        self.labels().map(|l| l.len() + 1).sum::<usize>() + 1
    }

    /// The name's octets when it is stored without compression pointers,
    /// which is the usual case outside messages.
    ///
    /// ```
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// let name = dns_wire::Name::parse(b"\x02nl\x00")?;
    /// assert_eq!(name.as_flat(), Some(&b"\x02nl\x00"[..]));
    /// # Ok(()) }
    /// ```
    pub fn as_flat(&self) -> Option<&'a [u8]> {
        let mut pos = self.start;
        loop {
            let len = usize::from(*self.buf.get(pos)?);
            if len == 0 {
                return self.buf.get(self.start..=pos);
            }
            if len & 0xC0 != 0 {
                return None;
            }
            pos += len + 1;
        }
    }

    /// Writes the uncompressed wire form into `out` and returns its length,
    /// or `None` if `out` is too small.
    ///
    /// ```
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// let name = dns_wire::Name::parse(b"\x02nl\x00")?;
    /// let mut out = [0u8; 255];
    /// assert_eq!(name.write_to(&mut out), Some(4));
    /// assert_eq!(name.write_to(&mut out[..3]), None);
    /// # Ok(()) }
    /// ```
    pub fn write_to(&self, out: &mut [u8]) -> Option<usize> {
        if let Some(flat) = self.as_flat() {
            out.get_mut(..flat.len())?.copy_from_slice(flat);
            return Some(flat.len());
        }
        let mut at = 0;
        for label in self.labels() {
            let len = u8::try_from(label.len()).ok()?;
            *out.get_mut(at)? = len;
            out.get_mut(at + 1..at + 1 + label.len())?.copy_from_slice(label);
            at += 1 + label.len();
        }
        *out.get_mut(at)? = 0;
        Some(at + 1)
    }

    /// Whether the two names are the same octet for octet, case included.
    ///
    /// ```
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// let a = dns_wire::Name::parse(b"\x02NL\x00")?;
    /// let b = dns_wire::Name::parse(b"\x02nl\x00")?;
    /// assert!(a == b && !a.eq_exact(&b));
    /// # Ok(()) }
    /// ```
    pub fn eq_exact(&self, other: &Name<'_>) -> bool {
        self.labels().eq(other.labels())
    }

    /// Whether this name equals `parent` or lies below it (ASCII case
    /// ignored).
    ///
    /// ```
    /// use dns_wire::Name;
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// let a = Name::parse(b"\x01a\x07example\x00")?;
    /// assert!(a.ends_with(&Name::parse(b"\x07EXAMPLE\x00")?));
    /// assert!(a.ends_with(&Name::ROOT));
    /// # Ok(()) }
    /// ```
    pub fn ends_with(&self, parent: &Name<'_>) -> bool {
        let (mine, theirs) = (self.label_count(), parent.label_count());
        if theirs > mine {
            return false;
        }
        self.labels().skip(mine - theirs).zip(parent.labels()).all(|(a, b)| a.eq_ignore_ascii_case(b))
    }
}

/// The labels of a [`Name`], leftmost first, root label left out.
#[derive(Debug, Clone)]
pub struct Labels<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Iterator for Labels<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        // The name was checked when it was made: pointers go strictly
        // backwards and labels fit, so this ends; `get` keeps it panic-free.
        loop {
            let len = *self.buf.get(self.pos)?;
            if len & 0xC0 == 0xC0 {
                let low = *self.buf.get(self.pos + 1)?;
                self.pos = usize::from(len & 0x3F) << 8 | usize::from(low);
                continue;
            }
            if len == 0 {
                return None;
            }
            let end = self.pos + 1 + usize::from(len);
            let label = self.buf.get(self.pos + 1..end)?;
            self.pos = end;
            return Some(label);
        }
    }
}

impl PartialEq<Name<'_>> for Name<'_> {
    fn eq(&self, other: &Name<'_>) -> bool {
        let mut a = self.labels();
        let mut b = other.labels();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return true,
                (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
                _ => return false,
            }
        }
    }
}

impl Eq for Name<'_> {}

impl Hash for Name<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for label in self.labels() {
            // Labels are at most 63 octets.
            state.write_u8(u8::try_from(label.len()).unwrap_or(u8::MAX));
            for b in label {
                state.write_u8(b.to_ascii_lowercase());
            }
        }
        state.write_u8(0);
    }
}

impl core::fmt::Debug for Name<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Name({self})")
    }
}
