//! The writer into a caller's buffer, with bounded name compression.

use crate::message::Section;
use crate::name::{MAX_LABELS, Name};

/// Why something could not be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// The buffer is full. Builders leave what they had written before the
    /// failed step intact.
    #[error("no space: {needed} more octets needed at offset {at}")]
    NoSpace {
        /// Offset where the write was attempted.
        at: usize,
        /// How many octets did not fit.
        needed: usize,
    },
    /// A record was added to a section that comes before one already
    /// written (sections go question, answer, authority, additional).
    #[error("cannot add to the {section} section after a later one")]
    SectionOrder {
        /// The section that was asked for.
        section: Section,
    },
    /// A section already holds 65535 entries.
    #[error("the {section} section is full")]
    TooManyRecords {
        /// The full section.
        section: Section,
    },
    /// A value is longer than its length field allows.
    #[error("{what} is {len} octets, more than {max}")]
    TooLong {
        /// The field.
        what: &'static str,
        /// Its length.
        len: usize,
        /// The most it may have.
        max: usize,
    },
    /// A value the format does not allow.
    #[error("invalid value: {what}")]
    Invalid {
        /// What was wrong.
        what: &'static str,
    },
}

/// How many name suffixes the compression table remembers. Names written
/// after it is full are still compressed against the ones it holds.
pub const COMPRESSION_ENTRIES: usize = 96;

/// Remembered suffixes: a hash of the suffix and where it was written.
#[derive(Clone)]
struct Table {
    len: usize,
    hashes: [u32; COMPRESSION_ENTRIES],
    offsets: [u16; COMPRESSION_ENTRIES],
}

/// A cursor that writes DNS wire data into a caller's `&mut [u8]`.
///
/// It never writes past its limit: each call either writes all of its value
/// or fails with [`BuildError::NoSpace`] and writes nothing that counts (the
/// position is unchanged). With compression switched on, [`Writer::name`]
/// replaces suffixes written before by pointers (RFC 1035 section 4.1.4),
/// matching them octet for octet so that case is preserved.
///
/// ```
/// use dns_wire::{wire::Writer, Name};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut buf = [0u8; 64];
/// let mut w = Writer::new(&mut buf);
/// w.set_compression(true);
/// let name = Name::parse(b"\x03www\x07example\x00")?;
/// w.name(&name)?;
/// w.name(&Name::parse(b"\x04mail\x07example\x00")?)?;
/// assert_eq!(w.finish(), b"\x03www\x07example\x00\x04mail\xc0\x04");
/// # Ok(()) }
/// ```
pub struct Writer<'b> {
    buf: &'b mut [u8],
    pos: usize,
    limit: usize,
    compress: bool,
    table: Table,
}

impl<'b> Writer<'b> {
    /// A writer over all of `buf`, compression off.
    pub fn new(buf: &'b mut [u8]) -> Self {
        let limit = buf.len();
        Self {
            buf,
            pos: 0,
            limit,
            compress: false,
            table: Table { len: 0, hashes: [0; COMPRESSION_ENTRIES], offsets: [0; COMPRESSION_ENTRIES] },
        }
    }

    /// The offset of the next octet.
    pub const fn pos(&self) -> usize {
        self.pos
    }

    /// The most octets this writer will write in all.
    pub const fn limit(&self) -> usize {
        self.limit
    }

    /// Lowers (never raises) the most octets the writer will write, for
    /// example to a UDP payload size.
    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit.min(self.buf.len());
    }

    /// Switches compression of names written by [`Writer::name`] on or off.
    pub fn set_compression(&mut self, on: bool) {
        self.compress = on;
    }

    /// Whether [`Writer::name`] compresses now.
    pub const fn compression(&self) -> bool {
        self.compress
    }

    /// What has been written so far.
    pub fn written(&self) -> &[u8] {
        self.buf.get(..self.pos).unwrap_or_default()
    }

    /// Ends writing and returns the octets written.
    pub fn finish(self) -> &'b [u8] {
        let Self { buf, pos, .. } = self;
        let buf: &'b [u8] = buf;
        buf.get(..pos).unwrap_or_default()
    }

    /// Moves the position back to `pos` (which must be at or before the
    /// current one), dropping what was written after it and every
    /// compression entry that points there.
    pub fn truncate(&mut self, pos: usize) {
        if pos < self.pos {
            self.pos = pos;
            let keep = self.table.offsets.iter().take(self.table.len).take_while(|&&o| usize::from(o) < pos).count();
            self.table.len = keep;
        }
    }

    /// The octets written from `from` on, to change in place (for example
    /// to sort parameters that were written in any order). Compression
    /// entries that point at or after `from` are dropped, so later names
    /// are never compressed against octets that may have changed.
    ///
    /// ```
    /// use dns_wire::wire::Writer;
    /// let mut buf = [0u8; 8];
    /// let mut w = Writer::new(&mut buf);
    /// w.bytes(&[1, 2, 3]).unwrap();
    /// w.written_mut(1).reverse();
    /// assert_eq!(w.finish(), [1, 3, 2]);
    /// ```
    pub fn written_mut(&mut self, from: usize) -> &mut [u8] {
        let keep = self.table.offsets.iter().take(self.table.len).take_while(|&&o| usize::from(o) < from).count();
        self.table.len = keep;
        self.buf.get_mut(from..self.pos).unwrap_or_default()
    }

    fn reserve(&mut self, n: usize) -> Result<&mut [u8], BuildError> {
        let end = self.pos + n;
        if end > self.limit {
            return Err(BuildError::NoSpace { at: self.pos, needed: end - self.limit });
        }
        let out = self.buf.get_mut(self.pos..end).ok_or(BuildError::NoSpace { at: self.pos, needed: n })?;
        self.pos = end;
        Ok(out)
    }

    /// Writes octets.
    ///
    /// # Errors
    /// [`BuildError::NoSpace`] when they do not fit.
    pub fn bytes(&mut self, data: &[u8]) -> Result<(), BuildError> {
        self.reserve(data.len())?.copy_from_slice(data);
        Ok(())
    }

    /// Writes one octet.
    ///
    /// # Errors
    /// [`BuildError::NoSpace`] when it does not fit.
    pub fn u8(&mut self, v: u8) -> Result<(), BuildError> {
        self.bytes(&[v])
    }

    /// Writes a big-endian 16-bit integer.
    ///
    /// # Errors
    /// [`BuildError::NoSpace`] when it does not fit.
    pub fn u16(&mut self, v: u16) -> Result<(), BuildError> {
        self.bytes(&v.to_be_bytes())
    }

    /// Writes a big-endian 32-bit integer.
    ///
    /// # Errors
    /// [`BuildError::NoSpace`] when it does not fit.
    pub fn u32(&mut self, v: u32) -> Result<(), BuildError> {
        self.bytes(&v.to_be_bytes())
    }

    /// Writes the low 48 bits of `v`, big-endian (TSIG and TKEY times).
    ///
    /// # Errors
    /// [`BuildError::NoSpace`] when it does not fit.
    pub fn u48(&mut self, v: u64) -> Result<(), BuildError> {
        self.bytes(v.to_be_bytes().get(2..).unwrap_or_default())
    }

    /// Writes a character-string: a length octet and the octets.
    ///
    /// # Errors
    /// [`BuildError::TooLong`] above 255 octets, [`BuildError::NoSpace`].
    pub fn char_string(&mut self, s: &[u8]) -> Result<(), BuildError> {
        let len = u8::try_from(s.len()).map_err(|_| BuildError::TooLong {
            what: "character-string",
            len: s.len(),
            max: 255,
        })?;
        let out = self.reserve(1 + s.len())?;
        if let Some((first, rest)) = out.split_first_mut() {
            *first = len;
            rest.copy_from_slice(s);
        }
        Ok(())
    }

    /// Overwrites two octets at `at`, which must have been written already
    /// (used for length fields that are known only afterwards).
    ///
    /// # Errors
    /// [`BuildError::Invalid`] if `at` is not inside what was written.
    pub fn patch_u16(&mut self, at: usize, v: u16) -> Result<(), BuildError> {
        if at + 2 > self.pos {
            return Err(BuildError::Invalid { what: "patch outside the written data" });
        }
        self.buf
            .get_mut(at..at + 2)
            .ok_or(BuildError::Invalid { what: "patch outside the buffer" })?
            .copy_from_slice(&v.to_be_bytes());
        Ok(())
    }

    /// Writes a name, compressed if compression is on.
    ///
    /// # Errors
    /// [`BuildError::NoSpace`]; nothing is written then.
    pub fn name(&mut self, name: &Name<'_>) -> Result<(), BuildError> {
        if self.compress { self.name_compressed(name) } else { self.name_uncompressed(name) }
    }

    /// Writes a name without compression, whatever the setting.
    ///
    /// # Errors
    /// [`BuildError::NoSpace`]; nothing is written then.
    pub fn name_uncompressed(&mut self, name: &Name<'_>) -> Result<(), BuildError> {
        if let Some(flat) = name.as_flat() {
            return self.bytes(flat);
        }
        let start = self.pos;
        let n = name.wire_len();
        let out = self.reserve(n)?;
        if name.write_to(out).is_none() {
            self.pos = start;
            return Err(BuildError::Invalid { what: "name longer than its wire length" });
        }
        Ok(())
    }

    fn name_compressed(&mut self, name: &Name<'_>) -> Result<(), BuildError> {
        let mut labels: [&[u8]; MAX_LABELS] = [&[]; MAX_LABELS];
        let mut count = 0;
        for (slot, label) in labels.iter_mut().zip(name.labels()) {
            *slot = label;
            count += 1;
        }
        let labels = labels.get(..count).unwrap_or_default();
        // Suffix hashes, right to left: hashes[i] covers labels[i..].
        let mut hashes = [0u32; MAX_LABELS];
        let mut h = ROOT_HASH;
        for (slot, label) in hashes.iter_mut().zip(labels.iter()).rev() {
            h = hash_label(h, label);
            *slot = h;
        }
        // The longest suffix already written.
        let mut found: Option<(usize, u16)> = None;
        'outer: for (i, &h) in hashes.iter().take(count).enumerate() {
            for (&eh, &off) in self.table.hashes.iter().zip(self.table.offsets.iter()).take(self.table.len) {
                if eh == h && self.suffix_matches(off, labels.get(i..).unwrap_or_default()) {
                    found = Some((i, off));
                    break 'outer;
                }
            }
        }
        let own = found.map_or(count, |(i, _)| i);
        let start = self.pos;
        let mut positions = [0usize; MAX_LABELS];
        for (slot, label) in positions.iter_mut().zip(labels.iter().take(own)) {
            *slot = self.pos;
            if let Err(e) = self.char_string(label) {
                self.pos = start;
                return Err(e);
            }
        }
        let tail = match found {
            Some((_, off)) => self.u16(0xC000 | off),
            None => self.u8(0),
        };
        if let Err(e) = tail {
            self.pos = start;
            return Err(e);
        }
        for (&p, &h) in positions.iter().zip(hashes.iter()).take(own) {
            if self.table.len == COMPRESSION_ENTRIES {
                break;
            }
            if let Ok(p) = u16::try_from(p) {
                if p < 0x4000 {
                    self.table.hashes[self.table.len] = h;
                    self.table.offsets[self.table.len] = p;
                    self.table.len += 1;
                }
            }
        }
        Ok(())
    }

    /// Whether the name written at `off` has exactly the labels `want`.
    fn suffix_matches(&self, off: u16, want: &[&[u8]]) -> bool {
        let written: &[u8] = self.buf.get(..self.pos).unwrap_or_default();
        let there = Name::from_checked(written, usize::from(off));
        there.labels().eq(want.iter().copied())
    }
}

const ROOT_HASH: u32 = 0x811C_9DC5;

/// FNV-1a over the label's length and octets, seeded with the suffix hash.
fn hash_label(seed: u32, label: &[u8]) -> u32 {
    let mut h = seed ^ 0x9E37_79B9;
    h = (h ^ label.len() as u32).wrapping_mul(0x0100_0193);
    for &b in label {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compression_is_exact_about_case() {
        let mut buf = [0u8; 64];
        let mut w = Writer::new(&mut buf);
        w.set_compression(true);
        w.name(&Name::parse(b"\x07example\x00").unwrap()).unwrap();
        w.name(&Name::parse(b"\x07EXAMPLE\x00").unwrap()).unwrap();
        w.name(&Name::parse(b"\x01a\x07example\x00").unwrap()).unwrap();
        w.name(&Name::parse(b"\x01a\x07example\x00").unwrap()).unwrap();
        assert_eq!(w.finish(), b"\x07example\x00\x07EXAMPLE\x00\x01a\xc0\x00\xc0\x12");
    }

    #[test]
    fn full_buffer_writes_nothing() {
        let mut buf = [0u8; 5];
        let mut w = Writer::new(&mut buf);
        w.set_compression(true);
        assert!(matches!(w.name(&Name::parse(b"\x07example\x00").unwrap()), Err(BuildError::NoSpace { .. })));
        assert_eq!(w.pos(), 0);
        w.u32(7).unwrap();
        assert!(w.u16(1).is_err());
        assert_eq!(w.finish(), &[0, 0, 0, 7]);
    }

    #[test]
    fn truncate_forgets_later_suffixes() {
        let mut buf = [0u8; 64];
        let mut w = Writer::new(&mut buf);
        w.set_compression(true);
        w.u16(0).unwrap();
        w.name(&Name::parse(b"\x01a\x00").unwrap()).unwrap();
        w.truncate(2);
        w.name(&Name::parse(b"\x01b\x00").unwrap()).unwrap();
        w.name(&Name::parse(b"\x01a\x00").unwrap()).unwrap();
        assert_eq!(w.finish(), b"\x00\x00\x01b\x00\x01a\x00");
    }
}
