//! The bounds-checked reader over received octets.

use super::WireError;
use crate::name::Name;

/// A cursor over DNS wire data that never reads past its end.
///
/// A reader sees the whole buffer it was made from (so that compression
/// pointers can reach earlier names) but reads only up to its own end, which
/// [`Reader::sub`] narrows, for example to one record's RDATA. Every read
/// either returns the value and advances, or fails with
/// [`WireError::Truncated`] naming the offset and leaves the reader as it was.
///
/// ```
/// use dns_wire::wire::Reader;
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let mut r = Reader::new(&[0x12, 0x34, 0x07]);
/// assert_eq!(r.u16()?, 0x1234);
/// assert_eq!(r.u8()?, 7);
/// assert!(r.u8().is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    end: usize,
    pointers: bool,
}

impl<'a> Reader<'a> {
    /// A reader over `buf` in which names must not be compressed.
    pub const fn new(buf: &'a [u8]) -> Self {
        Self { buf, pos: 0, end: buf.len(), pointers: false }
    }

    /// A reader over a whole DNS message, in which names may use compression
    /// pointers that point strictly backwards (RFC 1035 section 4.1.4,
    /// RFC 9267).
    pub const fn message(buf: &'a [u8]) -> Self {
        Self { buf, pos: 0, end: buf.len(), pointers: true }
    }

    /// A reader over `buf[pos..end]` of a message; internal use by views
    /// that re-read a region they have already bounded.
    pub(crate) const fn region(buf: &'a [u8], pos: usize, end: usize, pointers: bool) -> Self {
        Self { buf, pos, end, pointers }
    }

    /// The offset of the next octet, from the start of the buffer.
    #[inline]
    pub const fn pos(&self) -> usize {
        self.pos
    }

    /// How many octets are left before the reader's end.
    #[inline]
    pub const fn remaining(&self) -> usize {
        self.end.saturating_sub(self.pos)
    }

    /// Whether nothing is left before the reader's end.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.pos >= self.end
    }

    /// The whole buffer the reader was made from.
    pub const fn buffer(&self) -> &'a [u8] {
        self.buf
    }

    /// Forbids compression pointers in names read from now on (they stay
    /// forbidden if they already were).
    pub fn forbid_pointers(&mut self) {
        self.pointers = false;
    }

    /// Whether names read here may use compression pointers.
    pub const fn allows_pointers(&self) -> bool {
        self.pointers
    }

    #[cold]
    #[inline(never)]
    fn short(&self, needed: usize) -> WireError {
        WireError::Truncated { at: self.pos, needed: needed.saturating_sub(self.remaining()) }
    }

    /// Reads `n` octets.
    ///
    /// # Errors
    /// [`WireError::Truncated`] when fewer than `n` are left.
    #[inline]
    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8], WireError> {
        match self.take(n) {
            Some(out) => Ok(out),
            None => Err(self.short(n)),
        }
    }

    /// Takes the next `n` octets, if they lie before the reader's end, with
    /// one error path for every way they may not (the caller's).
    #[inline]
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let next = self.pos.checked_add(n).filter(|&next| next <= self.end)?;
        let out = self.buf.get(self.pos..next)?;
        self.pos = next;
        Some(out)
    }

    /// Reads exactly `N` octets into an array.
    ///
    /// # Errors
    /// [`WireError::Truncated`] when fewer than `N` are left.
    #[inline]
    pub fn array<const N: usize>(&mut self) -> Result<[u8; N], WireError> {
        match self.take(N).and_then(<[u8]>::first_chunk::<N>) {
            Some(out) => Ok(*out),
            None => Err(self.short(N)),
        }
    }

    /// Reads one octet.
    ///
    /// # Errors
    /// [`WireError::Truncated`] at the end.
    #[inline]
    pub fn u8(&mut self) -> Result<u8, WireError> {
        let [b] = self.array::<1>()?;
        Ok(b)
    }

    /// Reads a big-endian 16-bit integer.
    ///
    /// # Errors
    /// [`WireError::Truncated`] when fewer than 2 octets are left.
    #[inline]
    pub fn u16(&mut self) -> Result<u16, WireError> {
        self.array::<2>().map(u16::from_be_bytes)
    }

    /// Reads a big-endian 32-bit integer.
    ///
    /// # Errors
    /// [`WireError::Truncated`] when fewer than 4 octets are left.
    #[inline]
    pub fn u32(&mut self) -> Result<u32, WireError> {
        self.array::<4>().map(u32::from_be_bytes)
    }

    /// Reads a big-endian 48-bit integer (TSIG and TKEY times).
    ///
    /// # Errors
    /// [`WireError::Truncated`] when fewer than 6 octets are left.
    pub fn u48(&mut self) -> Result<u64, WireError> {
        let [a, b, c, d, e, f] = self.array::<6>()?;
        Ok(u64::from_be_bytes([0, 0, a, b, c, d, e, f]))
    }

    /// Reads everything up to the reader's end.
    pub fn rest(&mut self) -> &'a [u8] {
        let out = self.buf.get(self.pos..self.end).unwrap_or_default();
        self.pos = self.end.max(self.pos);
        out
    }

    /// Reads a character-string: a length octet and that many octets
    /// (RFC 1035 section 3.3).
    ///
    /// # Errors
    /// [`WireError::Truncated`] when the string runs past the end.
    pub fn char_string(&mut self) -> Result<&'a [u8], WireError> {
        let start = *self;
        let len = self.u8()?;
        self.bytes(usize::from(len)).inspect_err(|_| *self = start)
    }

    /// Splits off a reader for the next `n` octets and skips them here.
    ///
    /// # Errors
    /// [`WireError::Truncated`] when fewer than `n` are left.
    pub fn sub(&mut self, n: usize) -> Result<Reader<'a>, WireError> {
        let Some(next) = self.pos.checked_add(n).filter(|&next| next <= self.end) else {
            return Err(self.short(n));
        };
        let child = Self { buf: self.buf, pos: self.pos, end: next, pointers: self.pointers };
        self.pos = next;
        Ok(child)
    }

    /// Reads a domain name, following compression pointers if this reader
    /// allows them, and checks it against RFC 1035 and RFC 9267.
    ///
    /// # Errors
    /// The name errors of [`WireError`]: truncation, reserved label types,
    /// pointers that are not allowed or not strictly backwards, and names
    /// longer than 255 octets.
    #[inline]
    pub fn name(&mut self) -> Result<Name<'a>, WireError> {
        let next = crate::name::check(self.buf, self.pos, self.end, self.pointers)?;
        let name = Name::from_checked(self.buf, self.pos);
        self.pos = next;
        Ok(name)
    }

    /// Reads a domain name that must not be compressed, even inside a
    /// message (RFC 3597 section 4 for the types defined after RFC 1035).
    ///
    /// # Errors
    /// As [`Reader::name`], and [`WireError::PointerNotAllowed`].
    pub fn name_uncompressed(&mut self) -> Result<Name<'a>, WireError> {
        let next = crate::name::check(self.buf, self.pos, self.end, false)?;
        let name = Name::from_checked(self.buf, self.pos);
        self.pos = next;
        Ok(name)
    }

    /// Fails unless the reader has been read to its end.
    ///
    /// # Errors
    /// [`WireError::TrailingData`] naming the first octet left over.
    pub fn finish(&self) -> Result<(), WireError> {
        if self.is_empty() { Ok(()) } else { Err(WireError::TrailingData { at: self.pos, len: self.remaining() }) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every read, on every window of a buffer, from every position and of
    /// every length, gives what the rule says: the octets and a reader
    /// moved past them, or `Truncated` at the position naming the octets
    /// missing, with the reader left where it was.
    #[test]
    fn reads_are_bounded_by_the_end() {
        let buf = [1u8, 2, 3, 4, 5, 6, 7];
        for end in 0..=buf.len() {
            for pos in 0..=end {
                for n in 0..=buf.len() + 1 {
                    let r = Reader::region(&buf, pos, end, false);
                    let want = if n <= end - pos { Ok(&buf[pos..pos + n]) } else { Err(n - (end - pos)) };
                    let short = |needed| WireError::Truncated { at: pos, needed };
                    let mut b = r;
                    assert_eq!(b.bytes(n), want.map_err(short), "bytes {pos}..{end} {n}");
                    assert_eq!(b.pos(), if want.is_ok() { pos + n } else { pos });
                    let mut s = r;
                    let sub = s.sub(n).map(|c| (c.pos(), c.remaining()));
                    assert_eq!(sub, want.map(|w| (pos, w.len())).map_err(short), "sub {pos}..{end} {n}");
                    assert_eq!(s.pos(), b.pos());
                }
                let mut a = Reader::region(&buf, pos, end, false);
                let want = buf.get(pos..pos + 4).filter(|_| pos + 4 <= end);
                match want {
                    Some(w) => assert_eq!(a.u32(), Ok(u32::from_be_bytes([w[0], w[1], w[2], w[3]]))),
                    None => assert_eq!(a.u32(), Err(WireError::Truncated { at: pos, needed: pos + 4 - end })),
                }
            }
        }
    }
}
