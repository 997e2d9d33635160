//! The writer into a caller's buffer, with bounded name compression.

use crate::message::Section;
use crate::name::{MAX_LABELS, MAX_POINTER_HOPS, MAX_WIRE_LEN, Name};

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

/// How many name suffixes the compression table can remember. Names
/// written after it is full are still compressed against the ones it holds.
pub const COMPRESSION_ENTRIES: usize = 128;

/// How many suffixes of one name the table remembers at most.
const SUFFIXES_PER_NAME: usize = 16;

/// A free slot of the source map.
const FREE: u16 = u16::MAX;

/// A free slot of the suffix table, which keeps each offset plus one.
const UNUSED: u16 = 0;

/// How many slots a lookup or insertion probes.
const PROBES: usize = 8;

/// Remembered suffixes: an open-addressed table, probed from a hash of the
/// suffix, of where each was written, plus one (`UNUSED` marks a free
/// slot). Every suffix of a remembered name is remembered too, so a lookup
/// can go from the root label leftwards and stop at the first miss. The
/// hashes are not kept: a lookup compares the written octets of each taken
/// slot it probes, and equal octets have equal hashes, so it finds what a
/// comparison of hashes first would; the table stays small (256 octets),
/// which keeps the builder cheap to make and to move.
#[derive(Clone)]
struct Table {
    offsets: [u16; COMPRESSION_ENTRIES],
}

impl Table {
    /// All zeros, so that making one is a fill rather than a copy.
    const EMPTY: Table = Table { offsets: [UNUSED; COMPRESSION_ENTRIES] };

    fn slots(h: u32) -> impl Iterator<Item = usize> {
        // u32 to usize: lossless, usize has at least 32 bits (see lib.rs).
        (0..PROBES).map(move |i| (h as usize).wrapping_add(i) % COMPRESSION_ENTRIES)
    }

    /// Returns whether there was a free slot for it.
    fn insert(&mut self, h: u32, offset: u16) -> bool {
        for i in Self::slots(h) {
            if self.offsets.get(i) == Some(&UNUSED) {
                self.put(i, offset);
                return true;
            }
        }
        false
    }

    /// Fills slot `i`, found free by a lookup just before.
    fn put(&mut self, i: usize, offset: u16) {
        if let Some(o) = self.offsets.get_mut(i) {
            // Below 0x4000, so one more fits.
            *o = offset.saturating_add(1);
        }
    }

    fn clear_from(&mut self, pos: usize) {
        for o in self.offsets.iter_mut() {
            if *o != UNUSED && usize::from(*o - 1) >= pos {
                *o = UNUSED;
            }
        }
    }
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
    /// The suffix table, made the first time compression is switched on,
    /// so that writers that never compress cost nothing to create.
    table: Option<Table>,
    /// Where the last name written compressed can be pointed to, when the
    /// table holds every suffix of it: the same name again (an RRset's
    /// owner, the owner after the question) is then compared once and
    /// written as a pointer there, which is what the table lookups would
    /// find. Forgotten with any table entry.
    last: Option<u16>,
    /// The source message being copied and where its labels went, kept by
    /// the caller (only [`MessageBuilder::copy_message`] has one), so that
    /// the writer stays small and cheap to move.
    ///
    /// [`MessageBuilder::copy_message`]: crate::MessageBuilder::copy_message
    source: Option<Source<'b>>,
}

/// A source message: its address and length (only compared, never
/// dereferenced) and the map of where its labels went.
struct Source<'b> {
    base: usize,
    len: usize,
    map: &'b mut SourceMap,
}

/// Where the labels of one source message went in the output, so that names
/// copied from that message are compressed the way it compressed them: a
/// name, or a pointer in it, that reaches a label already copied becomes a
/// pointer to the copy. Keyed by source offset; `FREE` marks a free slot.
pub(crate) struct SourceMap {
    keys: [u16; MAP_SLOTS],
    vals: [u16; MAP_SLOTS],
}

const MAP_SLOTS: usize = 256;

impl Source<'_> {
    fn is_from(&self, buf: &[u8]) -> bool {
        buf.as_ptr() as usize == self.base && buf.len() == self.len
    }
}

impl SourceMap {
    pub(crate) const EMPTY: SourceMap = SourceMap { keys: [FREE; MAP_SLOTS], vals: [0; MAP_SLOTS] };

    fn slots(at: u16) -> impl Iterator<Item = usize> {
        let h = usize::from(at).wrapping_mul(0x9E37) >> 4;
        (0..PROBES).map(move |i| (h + i) % MAP_SLOTS)
    }

    fn get(&self, at: usize) -> Option<u16> {
        let at = u16::try_from(at).ok()?;
        for i in Self::slots(at) {
            match self.keys.get(i) {
                Some(&k) if k == at => return self.vals.get(i).copied(),
                Some(&FREE) | None => return None,
                Some(_) => {}
            }
        }
        None
    }

    fn insert(&mut self, at: usize, out: usize) {
        let (Ok(at), Ok(out)) = (u16::try_from(at), u16::try_from(out)) else { return };
        if out >= 0x4000 {
            return;
        }
        for i in Self::slots(at) {
            if let (Some(k), Some(v)) = (self.keys.get_mut(i), self.vals.get_mut(i)) {
                if *k == FREE || *k == at {
                    (*k, *v) = (at, out);
                    return;
                }
            }
        }
    }

    fn clear_from(&mut self, pos: usize) {
        for (k, v) in self.keys.iter_mut().zip(self.vals.iter()) {
            if *k != FREE && usize::from(*v) >= pos {
                *k = FREE;
            }
        }
    }
}

impl<'b> Writer<'b> {
    /// A writer over all of `buf`, compression off.
    pub fn new(buf: &'b mut [u8]) -> Self {
        let limit = buf.len();
        Self { buf, pos: 0, limit, compress: false, table: None, last: None, source: None }
    }

    /// The offset of the next octet.
    pub const fn pos(&self) -> usize {
        self.pos
    }

    /// The most octets this writer will write in all.
    pub const fn limit(&self) -> usize {
        self.limit
    }

    /// Sets the most octets the writer will write, for example to a UDP
    /// payload size; never more than the buffer's length.
    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit.min(self.buf.len());
    }

    /// Switches compression of names written by [`Writer::name`] on or off.
    pub fn set_compression(&mut self, on: bool) {
        if on && self.table.is_none() {
            self.table = Some(Table::EMPTY);
        }
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
            self.forget_from(pos);
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
        self.forget_from(from);
        self.buf.get_mut(from..self.pos).unwrap_or_default()
    }

    /// Drops every compression entry that points at or after `pos`.
    fn forget_from(&mut self, pos: usize) {
        self.last = None;
        if let Some(t) = self.table.as_mut() {
            t.clear_from(pos);
        }
        if let Some(s) = self.source.as_mut() {
            s.map.clear_from(pos);
        }
    }

    /// The free space up to the limit, for writing in place before
    /// [`Writer::advance`].
    pub(crate) fn spare(&mut self) -> &mut [u8] {
        let end = self.limit.min(self.buf.len());
        self.buf.get_mut(self.pos..end).unwrap_or_default()
    }

    /// Takes `n` octets written in place into [`Writer::spare`] as written.
    pub(crate) fn advance(&mut self, n: usize) -> Result<(), BuildError> {
        self.reserve(n).map(|_| ())
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

    /// Writes a big-endian 48-bit integer (TSIG times).
    ///
    /// ```
    /// let mut buf = [0u8; 8];
    /// let mut w = dns_wire::wire::Writer::new(&mut buf);
    /// w.u48(0x0102_0304_0506).unwrap();
    /// assert!(w.u48(1 << 48).is_err());
    /// assert_eq!(w.finish(), [1, 2, 3, 4, 5, 6]);
    /// ```
    ///
    /// # Errors
    /// [`BuildError::Invalid`] when `v` needs more than 48 bits (it is
    /// never cut), [`BuildError::NoSpace`] when it does not fit.
    pub fn u48(&mut self, v: u64) -> Result<(), BuildError> {
        if v >> 48 != 0 {
            return Err(BuildError::Invalid { what: "value above 48 bits" });
        }
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

    /// Overwrites one octet at `at`, which must have been written already
    /// (used for length fields that are known only afterwards, and for bit
    /// maps built in place).
    ///
    /// # Errors
    /// [`BuildError::Invalid`] if `at` is not inside what was written.
    pub fn patch_u8(&mut self, at: usize, v: u8) -> Result<(), BuildError> {
        if at >= self.pos {
            return Err(BuildError::Invalid { what: "patch outside the written data" });
        }
        *self.buf.get_mut(at).ok_or(BuildError::Invalid { what: "patch outside the buffer" })? = v;
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
        if !self.compress {
            return self.name_uncompressed(name);
        }
        let (buf, at) = name.raw_parts();
        if self.source.as_ref().is_some_and(|s| s.is_from(buf)) {
            return self.name_from_source(buf, at);
        }
        match name.as_flat() {
            Some(flat) => self.flat_compressed(flat).map(|_| ()),
            None => {
                let mut flat = [0u8; 256];
                let len =
                    name.write_to(&mut flat).ok_or(BuildError::Invalid { what: "name longer than 255 octets" })?;
                self.flat_compressed(flat.get(..len).unwrap_or_default()).map(|_| ())
            }
        }
    }

    /// Writes the name that `wire` starts with in uncompressed wire form,
    /// compressed if compression is on, and returns how many octets of
    /// `wire` it took. `Ok(None)`, with nothing written, when `wire` does not
    /// start with a well-formed uncompressed name (as [`Name::parse_prefix`]
    /// would refuse it): for names stored flat and checked when stored, so
    /// that they are not checked again.
    #[cfg(feature = "alloc")]
    pub(crate) fn flat_name_prefix(&mut self, wire: &[u8]) -> Result<Option<usize>, BuildError> {
        if self.compress {
            if let Some((to, len)) = self.same_as_last(wire) {
                self.u16(0xC000 | to)?;
                return Ok(Some(len));
            }
        }
        let Some(labels) = FlatLabels::read(wire) else { return Ok(None) };
        let flat = wire.get(..labels.len).unwrap_or_default();
        if self.compress {
            self.write_labels(flat, &labels)?;
        } else {
            self.bytes(flat)?;
        }
        Ok(Some(labels.len))
    }

    fn source_get(&self, at: usize) -> Option<u16> {
        self.source.as_ref()?.map.get(at)
    }

    /// Names read from `source` (a message being copied) are compressed
    /// along the source's own pointers as well as against the table; `map`
    /// (empty) remembers where its labels went.
    pub(crate) fn set_source(&mut self, source: &[u8], map: &'b mut SourceMap) {
        let on = self.compress;
        self.set_compression(true);
        self.compress = on;
        self.source = Some(Source { base: source.as_ptr() as usize, len: source.len(), map });
    }

    /// Writes a name read from the source message at `at`.
    fn name_from_source(&mut self, buf: &[u8], at: usize) -> Result<(), BuildError> {
        if let Some(q) = self.source_get(at) {
            return self.u16(0xC000 | q);
        }
        // Walk the source name; stop early at a label whose copy is known.
        let mut flat = [0u8; 256];
        // Source offsets of the labels, kept whole: a narrower key would
        // alias offsets past 65535 onto real ones (defect 1).
        let mut src = [0usize; MAX_LABELS + 1];
        let mut len = 0usize;
        let mut count = 0usize;
        let mut p = at;
        let mut tail: Option<u16> = None;
        let mut hops = 0usize;
        loop {
            let Some(&l) = buf.get(p) else { return Err(BuildError::Invalid { what: "name outside its message" }) };
            if l & 0xC0 == 0xC0 {
                let low = buf.get(p + 1).copied().unwrap_or(0);
                let target = usize::from(l & 0x3F) << 8 | usize::from(low);
                // Names of a checked message point strictly backwards and
                // follow at most `MAX_POINTER_HOPS` pointers (RFC 9267);
                // holding to that here bounds the walk whatever the name.
                hops += 1;
                if target >= p || hops > MAX_POINTER_HOPS {
                    return Err(BuildError::Invalid { what: "compression pointers not as in a checked message" });
                }
                p = target;
                if let Some(q) = self.source_get(p) {
                    tail = Some(q);
                    break;
                }
                continue;
            }
            if l == 0 {
                break;
            }
            let label =
                buf.get(p..p + 1 + usize::from(l)).ok_or(BuildError::Invalid { what: "name outside its message" })?;
            flat.get_mut(len..len + label.len())
                .ok_or(BuildError::Invalid { what: "name longer than 255 octets" })?
                .copy_from_slice(label);
            if let Some(slot) = src.get_mut(count) {
                *slot = p;
            }
            count += 1;
            len += label.len();
            p += label.len();
        }
        let start = self.pos;
        let own = match tail {
            Some(q) => {
                // The labels before the known suffix, then a pointer to it.
                self.bytes(flat.get(..len).unwrap_or_default())?;
                if let Err(e) = self.u16(0xC000 | q) {
                    self.pos = start;
                    return Err(e);
                }
                count
            }
            None => {
                *flat.get_mut(len).ok_or(BuildError::Invalid { what: "name longer than 255 octets" })? = 0;
                self.flat_compressed(flat.get(..=len).unwrap_or_default())?
            }
        };
        // Where the labels of our own went.
        let mut out = start;
        for &sp in src.iter().take(own) {
            if let Some(s) = self.source.as_mut() {
                s.map.insert(sp, out);
            }
            out += 1 + usize::from(flat.get(out - start).copied().unwrap_or(0));
        }
        Ok(())
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

    /// Writes a checked flat name compressed against the table and returns
    /// how many of its labels were written out (the rest is a pointer).
    fn flat_compressed(&mut self, flat: &[u8]) -> Result<usize, BuildError> {
        if let Some((to, _)) = self.same_as_last(flat) {
            self.u16(0xC000 | to)?;
            return Ok(0);
        }
        let labels = FlatLabels::read(flat).ok_or(BuildError::Invalid { what: "name not in wire form" })?;
        self.write_labels(flat.get(..labels.len).unwrap_or_default(), &labels)
    }

    /// Writes a flat name (root label included) whose labels are `labels`,
    /// compressed against the table, and returns how many of its labels were
    /// written out (the rest is a pointer). The table is probed once per
    /// label: from the root leftwards while suffixes are found, and the
    /// free slot a lookup ended on takes the first new suffix.
    fn write_labels(&mut self, flat: &[u8], labels: &FlatLabels) -> Result<usize, BuildError> {
        let label = |i: usize| {
            let at = usize::from(labels.starts.get(i).copied().unwrap_or(0));
            let l = usize::from(flat.get(at).copied().unwrap_or(0));
            (at, flat.get(at + 1..at + 1 + l).unwrap_or_default())
        };
        // The longest suffix already written: probe from the root leftwards,
        // each step checking one more label in front of the last match.
        let mut h = ROOT_HASH;
        let mut own = labels.count;
        let mut target: Option<u16> = None;
        // The hash of the first suffix not found and the free slot its
        // lookup ended on (none when all probed slots were taken).
        let mut missed: Option<(u32, Option<usize>)> = None;
        while own > 0 {
            let (_, text) = label(own - 1);
            let next = hash_label(h, text);
            match self.lookup(next, text, target) {
                Ok(off) => {
                    h = next;
                    own -= 1;
                    target = Some(off);
                }
                Err(free) => {
                    missed = Some((next, free));
                    break;
                }
            }
        }
        // Write the labels of our own, then the pointer or the root label.
        let start = self.pos;
        let head = if target.is_some() { label(own).0 } else { flat.len() };
        self.bytes(flat.get(..head).unwrap_or_default())?;
        if let Some(off) = target {
            if let Err(e) = self.u16(0xC000 | off) {
                self.pos = start;
                return Err(e);
            }
        }
        // Remember the new suffixes, shortest first, and at most
        // `SUFFIXES_PER_NAME` of them, so one long name cannot fill the table.
        let mut remembered = 0;
        for (n, i) in (0..own).rev().take(SUFFIXES_PER_NAME).enumerate() {
            let (at, text) = label(i);
            let Ok(off) = u16::try_from(start + at) else { break };
            if off >= 0x4000 {
                break;
            }
            let Some(table) = self.table.as_mut() else { break };
            let kept = match (n, missed) {
                (0, Some((hash, free))) => {
                    h = hash;
                    free.map(|slot| table.put(slot, off)).is_some()
                }
                _ => {
                    h = hash_label(h, text);
                    table.insert(h, off)
                }
            };
            remembered += usize::from(kept);
        }
        // The whole name can be pointed to when every suffix is in the table.
        self.last = match target {
            Some(off) if own == 0 => Some(off),
            _ if own > 0 && remembered == own => u16::try_from(start).ok(),
            _ => None,
        };
        Ok(own)
    }

    /// When `wire` starts with the last name written compressed (octet for
    /// octet, case included) and the table holds all of that name: where to
    /// point to it, and its length.
    fn same_as_last(&self, wire: &[u8]) -> Option<(u16, usize)> {
        let to = self.last?;
        let written = self.buf.get(..self.pos)?;
        let mut p = usize::from(to);
        let mut q = 0usize;
        let mut hops = 0usize;
        loop {
            let l = *written.get(p)?;
            if l & 0xC0 == 0xC0 {
                // This writer's pointers point backwards; a bounded walk all the same.
                let target = usize::from(l & 0x3F) << 8 | usize::from(*written.get(p + 1)?);
                hops += 1;
                if target >= p || hops > MAX_POINTER_HOPS {
                    return None;
                }
                p = target;
                continue;
            }
            let n = 1 + usize::from(l);
            if l & 0xC0 != 0 || !same(written.get(p..p + n)?, wire.get(q..q + n)?) {
                return None;
            }
            if l == 0 {
                return Some((to, q + 1));
            }
            p += n;
            q += n;
        }
    }

    /// Where the suffix made of `label` in front of the suffix written at
    /// `rest` (the root if `None`) was written before: a remembered offset
    /// whose label is `label` and whose next octets are `rest`, in place or
    /// by pointer.
    ///
    /// `Err` with the free slot the probes ended on when not found (none if
    /// every probed slot is taken, or there is no table).
    fn lookup(&self, h: u32, label: &[u8], rest: Option<u16>) -> Result<u16, Option<usize>> {
        let Some(table) = self.table.as_ref() else { return Err(None) };
        for i in Table::slots(h) {
            let Some(&stored) = table.offsets.get(i) else { return Err(None) };
            if stored == UNUSED {
                return Err(Some(i));
            }
            let off = stored - 1;
            if self.written_is(usize::from(off), label, rest) {
                return Ok(off);
            }
        }
        Err(None)
    }

    fn written_is(&self, off: usize, label: &[u8], rest: Option<u16>) -> bool {
        let written: &[u8] = self.buf.get(..self.pos).unwrap_or_default();
        let Some((&len, tail)) = written.get(off..).and_then(<[u8]>::split_first) else { return false };
        if usize::from(len) != label.len() || !tail.get(..label.len()).is_some_and(|t| same(t, label)) {
            return false;
        }
        let next = off + 1 + label.len();
        match (rest, written.get(next), written.get(next + 1)) {
            (None, Some(0), _) => true,
            (Some(r), Some(&hi), Some(&lo)) if hi & 0xC0 == 0xC0 => u16::from(hi & 0x3F) << 8 | u16::from(lo) == r,
            (Some(r), Some(_), _) => next == usize::from(r),
            _ => false,
        }
    }
}

/// Where the labels of a name in uncompressed wire form start.
struct FlatLabels {
    /// The offset of each label's length octet, leftmost first.
    starts: [u8; MAX_LABELS + 1],
    /// How many labels, root not counted.
    count: usize,
    /// The name's length, root label included.
    len: usize,
}

impl FlatLabels {
    /// Reads the name that `wire` starts with, as the name check would
    /// accept it without compression pointers (RFC 1035 section 3.1: labels
    /// of at most 63 octets, at most 255 octets in all): `None` otherwise.
    #[inline]
    fn read(wire: &[u8]) -> Option<Self> {
        let mut labels = Self { starts: [0; MAX_LABELS + 1], count: 0, len: 0 };
        let mut p = 0usize;
        loop {
            let l = *wire.get(p)?;
            if l == 0 {
                labels.len = p + 1;
                return Some(labels);
            }
            if l & 0xC0 != 0 {
                return None;
            }
            *labels.starts.get_mut(labels.count)? = u8::try_from(p).ok()?;
            labels.count += 1;
            p += 1 + usize::from(l);
            // With the root label, at most `MAX_WIRE_LEN` (255) octets.
            if p >= MAX_WIRE_LEN {
                return None;
            }
        }
    }
}

/// Octet equality without a call to `memcmp` for short labels.
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

const ROOT_HASH: u32 = 0x811C_9DC5;

/// A hash of a label (its length and octets) seeded with the hash of the
/// suffix after it, eight octets at a time.
#[inline]
fn hash_label(seed: u32, label: &[u8]) -> u32 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = u64::from(seed) ^ (label.len() as u64).wrapping_mul(K);
    let mut chunks = label.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    h = (h.rotate_left(5) ^ load_short(chunks.remainder())).wrapping_mul(K);
    (h >> 32) as u32
}

/// The little-endian value of at most 7 octets (as if padded with zeros to
/// eight), read as two overlapping loads rather than octet by octet.
#[inline]
fn load_short(b: &[u8]) -> u64 {
    let n = b.len();
    let two =
        |at: usize| b.get(at..at + 2).and_then(|s| s.try_into().ok()).map_or(0, |a| u64::from(u16::from_le_bytes(a)));
    let four =
        |at: usize| b.get(at..at + 4).and_then(|s| s.try_into().ok()).map_or(0, |a| u64::from(u32::from_le_bytes(a)));
    match n {
        0 => 0,
        1 => b.first().map_or(0, |&x| u64::from(x)),
        2 | 3 => two(0) | two(n - 2) << (8 * (n - 2)),
        _ => four(0) | four(n - 4) << (8 * (n - 4)),
    }
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

    /// A name copied from past offset 65535 of its source is never taken
    /// for the one at the same offset modulo 65536.
    #[test]
    fn defect1_source_offsets_past_65535_do_not_alias() {
        let mut src = alloc::vec![0u8; 0x10000 + 16];
        src[5..11].copy_from_slice(b"\x04good\x00");
        src[0x10005..0x1000B].copy_from_slice(b"\x04evil\x00");
        let mut map = SourceMap::EMPTY;
        let mut buf = [0u8; 64];
        let mut w = Writer::new(&mut buf);
        w.set_compression(true);
        w.set_source(&src, &mut map);
        w.name(&Name::from_checked(&src, 0x10005)).unwrap();
        w.name(&Name::from_checked(&src, 5)).unwrap();
        w.name(&Name::from_checked(&src, 5)).unwrap();
        assert_eq!(w.finish(), b"\x04evil\x00\x04good\x00\xc0\x06");
    }

    /// The two-load read of a label's last octets is the zero-padded
    /// little-endian value, so the hash (and which slots names take) is
    /// what it was when the octets were read one by one.
    #[test]
    fn short_loads_are_the_padded_value() {
        let octets = [0x81u8, 0x02, 0xF3, 0x44, 0x05, 0xA6, 0x77];
        for n in 0..=octets.len() {
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(&octets[..n]);
            assert_eq!(load_short(&octets[..n]), u64::from_le_bytes(padded), "{n} octets");
        }
    }

    /// A name written again right after itself is a pointer to it, also
    /// when it was written as labels and a pointer; another case is not.
    #[test]
    fn the_last_name_again_is_a_pointer() {
        let mut buf = [0u8; 64];
        let mut w = Writer::new(&mut buf);
        w.set_compression(true);
        w.name(&Name::parse(b"\x07example\x00").unwrap()).unwrap();
        w.name(&Name::parse(b"\x01a\x07example\x00").unwrap()).unwrap();
        w.name(&Name::parse(b"\x01a\x07example\x00").unwrap()).unwrap();
        w.name(&Name::parse(b"\x01A\x07example\x00").unwrap()).unwrap();
        assert_eq!(w.finish(), b"\x07example\x00\x01a\xc0\x00\xc0\x09\x01A\xc0\x00");
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
