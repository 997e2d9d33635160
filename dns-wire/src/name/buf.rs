//! [`NameBuf`]: an owned name that needs no heap.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};

use super::{MAX_WIRE_LEN, Name, NameTextError};

/// A domain name that owns its octets, kept inline (255 octets and a
/// length), so it needs no allocator: for names that must outlive the
/// message they were read from, on any target.
///
/// It compares, hashes, orders and prints like [`Name`]. It is read from
/// presentation text with [`str::parse`] ([`FromStr`](core::str::FromStr),
/// as [`Name::from_text`]: the name is taken as absolute, with or without
/// its final dot, and errors give the offset), and
/// [`as_name`](NameBuf::as_name) gives the view that
/// [`MessageBuilder`](crate::MessageBuilder) takes.
///
/// ```
/// use dns_wire::NameBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let owned: NameBuf = "Example.COM.".parse()?;
/// let msg_name = dns_wire::Name::parse(b"\x07example\x03com\x00")?;
/// assert_eq!(owned.as_name(), msg_name);
/// assert_eq!(NameBuf::from_name(&msg_name).to_string(), "example.com.");
/// # Ok(()) }
/// ```
#[derive(Clone, Copy)]
pub struct NameBuf {
    octets: [u8; MAX_WIRE_LEN],
    len: u8,
}

impl NameBuf {
    /// The root name.
    pub const ROOT: NameBuf = NameBuf { octets: [0; MAX_WIRE_LEN], len: 1 };

    /// Copies a name (expanding any compression pointers).
    pub fn from_name(name: &Name<'_>) -> Self {
        let mut octets = [0u8; MAX_WIRE_LEN];
        // A checked name is at most 255 octets, so it always fits.
        match name.write_to(&mut octets).map(u8::try_from) {
            Some(Ok(len)) => Self { octets, len },
            _ => Self::ROOT,
        }
    }

    /// Reads a name in presentation form; see [`Name::from_text`].
    ///
    /// # Errors
    /// As [`Name::from_text`].
    pub fn from_text(text: &str) -> Result<Self, NameTextError> {
        let mut octets = [0u8; MAX_WIRE_LEN];
        let len = Name::from_text(text, &mut octets)?.wire_len();
        // Written into `octets`, so at most `MAX_WIRE_LEN` (255).
        let len = u8::try_from(len).map_err(|_| NameTextError::NameTooLong { at: text.len() })?;
        Ok(Self { octets, len })
    }

    /// The name as a view.
    pub fn as_name(&self) -> Name<'_> {
        Name::from_checked(self.as_wire(), 0)
    }

    /// The uncompressed wire form.
    pub fn as_wire(&self) -> &[u8] {
        self.octets.get(..usize::from(self.len)).unwrap_or(&[0])
    }
}

impl core::str::FromStr for NameBuf {
    type Err = NameTextError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_text(s)
    }
}

impl<'a> From<Name<'a>> for NameBuf {
    fn from(n: Name<'a>) -> Self {
        Self::from_name(&n)
    }
}

impl PartialEq for NameBuf {
    fn eq(&self, other: &Self) -> bool {
        self.as_name() == other.as_name()
    }
}

impl Eq for NameBuf {}

impl Hash for NameBuf {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_name().hash(state);
    }
}

impl PartialOrd for NameBuf {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for NameBuf {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_name().canonical_cmp(&other.as_name())
    }
}

impl fmt::Display for NameBuf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_name().fmt(f)
    }
}

impl fmt::Debug for NameBuf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NameBuf({self})")
    }
}
