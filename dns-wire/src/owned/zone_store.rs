//! [`ZoneStore`]: a whole zone in memory in uncompressed wire form, for
//! signers, verifiers and anything else that must hold every record of a
//! zone at once.

use alloc::vec::Vec;
use core::cmp::Ordering;
use core::fmt;

use crate::ext::Extensions;
use crate::iana::{Class, Rtype};
use crate::name::{MAX_LABELS, MAX_WIRE_LEN};
use crate::rdata::MAX_RDATA_LEN;
use crate::text::{Entry, TextError, ZoneReader, ZoneRecord};
use crate::wire::{WireError, Writer};
use crate::{Name, Record};

/// The most octets one arena chunk holds: 1 MiB. A record never spans two
/// chunks (the largest, [`MAX_RECORD_LEN`] octets, is far smaller), so at
/// most that many octets are left unused at the end of a chunk.
pub const CHUNK_LEN: usize = 1 << 20;

/// The most octets one record takes in a [`ZoneStore`]: a 255-octet owner,
/// the 10 octets of type, class, TTL and RDLENGTH, and 65,535 octets of
/// RDATA.
pub const MAX_RECORD_LEN: usize = MAX_WIRE_LEN + 10 + MAX_RDATA_LEN;

/// The room the zone readers need for one record: its owner and its RDATA.
const READ_BUF_LEN: usize = MAX_WIRE_LEN + MAX_RDATA_LEN;

/// The capacity of the first chunk; it doubles up to [`CHUNK_LEN`], so that
/// a small zone does not take a whole chunk.
const FIRST_CHUNK_LEN: usize = 4096;

/// Where a record is: its chunk and its offset in that chunk (below
/// [`CHUNK_LEN`], so `u32` is ample; `u32` chunks of 1 MiB address 4 PiB).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Slot {
    chunk: u32,
    at: u32,
}

/// A whole zone in memory, compactly: every record in uncompressed wire form
/// (owner, type, class, TTL, RDLENGTH, RDATA, as in a message but without
/// compression) in one arena, and an index of 8 octets per record.
///
/// It is what a signer or verifier keeps: records read with a
/// [`ZoneReader`] or [`ZoneFile`](crate::text::ZoneFile) are copied in as
/// the reader wrote them (their RDATA is not parsed again), and records of
/// a message with their compressed names expanded. Records come out as
/// [`ZoneRecord`] views (owner, type, class, TTL, RDATA octets; `data()`,
/// `data_as`, `data_with`, and `Display` as a zone-file line).
///
/// **Memory.** The arena is a list of chunks of at most [`CHUNK_LEN`]
/// (1 MiB) octets, so it never reallocates more than one chunk and leaves
/// at most one partly used chunk; the index takes 8 octets per record.
/// [`heap_bytes`](ZoneStore::heap_bytes) says what the store holds, and
/// [`wire_len`](ZoneStore::wire_len) the zone's size in wire form: for a
/// zone of more than a few thousand records the first is well under twice
/// the second. Chunks are numbered in `u32`, so the arena can grow to
/// 4 PiB: there is no 4 GiB limit (a .com-size zone of 160 million records
/// and about 10 GB fits). The only limits are the caller's
/// ([`with_limits`](ZoneStore::with_limits)), each with a precise
/// [`StoreError`].
///
/// **Order.** Records stay in the order they were pushed until
/// [`sort_canonical`](ZoneStore::sort_canonical) (or
/// [`sort_by`](ZoneStore::sort_by)); then [`rrsets`](ZoneSlice::rrsets) and
/// [`owners`](ZoneSlice::owners) walk the RRsets and the names, and
/// [`split`](ZoneSlice::split) cuts the zone into pieces for threads (the
/// store and its views are `Sync`).
///
/// ```
/// use dns_wire::{owned::ZoneStore, text::ZoneReader};
/// # fn main() -> Result<(), dns_wire::owned::StoreError> {
/// let text = "$ORIGIN example.\n$TTL 300\nwww A 192.0.2.2\n@ SOA ns h 1 2 3 4 5\nwww A 192.0.2.1\n@ NS ns\n";
/// let mut zone = ZoneStore::new();
/// zone.extend_from_reader(&mut ZoneReader::new(text.as_bytes()))?;
/// zone.sort_canonical();
/// let lines: Vec<String> = zone.iter().map(|rr| rr.to_string()).collect();
/// assert_eq!(lines, [
///     "example.\t300\tIN\tNS\tns.example.",
///     "example.\t300\tIN\tSOA\tns.example. h.example. 1 2 3 4 5",
///     "www.example.\t300\tIN\tA\t192.0.2.1",
///     "www.example.\t300\tIN\tA\t192.0.2.2",
/// ]);
/// assert_eq!(zone.records().rrsets().count(), 3);
/// assert!(zone.heap_bytes() >= zone.wire_len() as usize);
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct ZoneStore {
    chunks: Vec<Vec<u8>>,
    slots: Vec<Slot>,
    /// The sum of the records' wire lengths.
    wire_len: u64,
    limits: Limits,
    ext: Extensions<'static>,
}

/// The caller's limits (`u64::MAX`: none).
#[derive(Debug, Clone, Copy)]
struct Limits {
    records: u64,
    octets: u64,
}

impl fmt::Debug for ZoneStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ZoneStore")
            .field("records", &self.slots.len())
            .field("wire_len", &self.wire_len)
            .field("heap_bytes", &self.heap_bytes())
            .finish_non_exhaustive()
    }
}

impl Default for ZoneStore {
    fn default() -> Self {
        Self::new()
    }
}

/// Why a record could not be added to a [`ZoneStore`]: what went wrong, and
/// which record it was (counted from 0 in the order they were offered).
#[derive(Debug)]
pub struct StoreError {
    /// The number of the record, from 0: the records before it are in the
    /// store.
    pub record: u64,
    /// What went wrong.
    pub kind: StoreErrorKind,
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "record {}: {}", self.record, self.kind)
    }
}

impl core::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match &self.kind {
            StoreErrorKind::Wire(e) => Some(e),
            StoreErrorKind::Text(e) => Some(e),
            #[cfg(feature = "std")]
            StoreErrorKind::File(e) => Some(e),
            _ => None,
        }
    }
}

/// What went wrong adding a record to a [`ZoneStore`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreErrorKind {
    /// The store already holds as many records as
    /// [`ZoneStore::with_limits`] allows.
    #[error("more than {max} records")]
    TooManyRecords {
        /// The limit.
        max: u64,
    },
    /// The record would take the zone's wire form over the octets
    /// [`ZoneStore::with_limits`] allows.
    #[error("the zone would be {len} octets in wire form, more than {max}")]
    TooManyOctets {
        /// The zone's wire length with this record.
        len: u64,
        /// The limit.
        max: u64,
    },
    /// RDATA longer than RDLENGTH can say (RFC 1035 section 3.2.1).
    #[error("RDATA of {len} octets, more than 65535")]
    RdataTooLong {
        /// Its length.
        len: usize,
    },
    /// More than 2^32 chunks of 1 MiB (4 PiB).
    #[error("the arena is full (4 PiB)")]
    ArenaFull,
    /// The record's RDATA does not read as its type (from
    /// [`ZoneStore::push_record`] and [`ZoneStore::push_parts`]).
    #[error("{0}")]
    Wire(WireError),
    /// The zone text is wrong (with its line and column).
    #[error("{0}")]
    Text(TextError),
    /// The zone file is wrong or could not be read (with its file, line and
    /// column).
    #[cfg(feature = "std")]
    #[error("{0}")]
    File(crate::text::ZoneFileError),
    /// A [`ZoneReader`] handed over an `$INCLUDE`, which only
    /// [`ZoneFile`](crate::text::ZoneFile) follows; the line is where it was.
    #[error("$INCLUDE at line {line} is not followed here: read the zone with ZoneFile")]
    Include {
        /// The line of the directive.
        line: u32,
    },
}

impl ZoneStore {
    /// An empty store, with no limits and no extensions.
    pub fn new() -> Self {
        Self {
            chunks: Vec::new(),
            slots: Vec::new(),
            wire_len: 0,
            limits: Limits { records: u64::MAX, octets: u64::MAX },
            ext: Extensions::NONE,
        }
    }

    /// Sets the most records and the most octets of wire form the store
    /// takes; a record over either is refused with
    /// [`StoreErrorKind::TooManyRecords`] or
    /// [`StoreErrorKind::TooManyOctets`]. The store takes at most about
    /// `octets + 8 × records` octets of memory, plus one chunk.
    ///
    /// ```
    /// use dns_wire::{owned::{StoreErrorKind, ZoneStore}, text::ZoneReader};
    /// let text = "$ORIGIN example.\n$TTL 300\na A 192.0.2.1\nb A 192.0.2.2\nc A 192.0.2.3\n";
    /// let mut zone = ZoneStore::new().with_limits(2, u64::MAX);
    /// let e = zone.extend_from_reader(&mut ZoneReader::new(text.as_bytes())).unwrap_err();
    /// assert_eq!(e.to_string(), "record 2: more than 2 records");
    /// assert!(matches!(e.kind, StoreErrorKind::TooManyRecords { max: 2 }));
    /// assert_eq!(zone.len(), 2);
    /// ```
    pub fn with_limits(mut self, records: u64, octets: u64) -> Self {
        self.limits = Limits { records, octets };
        self
    }

    /// Prints and types records with these extensions too (records pushed
    /// with [`push`](ZoneStore::push) bring the extensions they were read
    /// with, and the store keeps those).
    pub fn with_extensions(mut self, ext: Extensions<'static>) -> Self {
        self.ext = ext;
        self
    }

    /// How many records the store holds.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Whether the store holds no record.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The zone's size in uncompressed wire form: the sum over its records
    /// of owner, 10 octets of fixed fields, and RDATA.
    pub fn wire_len(&self) -> u64 {
        self.wire_len
    }

    /// The octets of heap the store holds (the capacity of its arena
    /// chunks and of its index), not counting the allocator's own overhead.
    pub fn heap_bytes(&self) -> usize {
        let chunks: usize = self.chunks.iter().map(Vec::capacity).sum();
        chunks
            + self.chunks.capacity() * core::mem::size_of::<Vec<u8>>()
            + self.slots.capacity() * core::mem::size_of::<Slot>()
    }

    /// Gives back the room reserved for records not yet pushed.
    pub fn shrink_to_fit(&mut self) {
        if let Some(last) = self.chunks.last_mut() {
            last.shrink_to_fit();
        }
        self.chunks.shrink_to_fit();
        self.slots.shrink_to_fit();
    }

    /// The record at `i` (in the store's current order).
    pub fn get(&self, i: usize) -> Option<ZoneRecord<'_>> {
        self.slots.get(i).map(|s| self.view(*s))
    }

    /// The records in the store's current order.
    pub fn iter(&self) -> Iter<'_> {
        self.records().iter()
    }

    /// All the records, as a [`ZoneSlice`] (for RRsets, owners and
    /// splitting).
    pub fn records(&self) -> ZoneSlice<'_> {
        ZoneSlice { store: self, slots: &self.slots }
    }

    /// The record at `i` in uncompressed wire form, as it would be in a
    /// message: owner, type, class, TTL, RDLENGTH, RDATA.
    ///
    /// ```
    /// use dns_wire::{owned::ZoneStore, iana::{Class, Rtype}, Name};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mut zone = ZoneStore::new();
    /// zone.push_parts(&Name::parse(b"\x02nl\x00")?, Rtype::A, Class::IN, 60, &[192, 0, 2, 1])?;
    /// assert_eq!(zone.record_wire(0), Some(&b"\x02nl\x00\x00\x01\x00\x01\x00\x00\x00\x3c\x00\x04\xc0\x00\x02\x01"[..]));
    /// # Ok(()) }
    /// ```
    pub fn record_wire(&self, i: usize) -> Option<&[u8]> {
        let slot = *self.slots.get(i)?;
        let (buf, at) = self.locate(slot);
        let (owner_len, rdata_len) = lengths(buf, at);
        buf.get(at..at + owner_len + 10 + rdata_len)
    }

    /// Copies a record read from zone text. Its RDATA is taken as the
    /// reader wrote it (the reader checked it), not read again. The store
    /// keeps the record's extensions for printing.
    ///
    /// # Errors
    /// The limits' [`StoreErrorKind`]s, and
    /// [`StoreErrorKind::RdataTooLong`].
    pub fn push(&mut self, rr: &ZoneRecord<'_>) -> Result<(), StoreError> {
        self.ext = rr.ext;
        self.push_unchecked(&rr.owner, rr.rtype, rr.class, rr.ttl, rr.rdata)
    }

    /// Copies a record from raw parts, checking the RDATA against its type
    /// (with the store's extensions) unless the type is opaque in the class
    /// ([`Rtype::is_opaque_in`]).
    ///
    /// # Errors
    /// As [`push`](ZoneStore::push), and [`StoreErrorKind::Wire`] for
    /// RDATA that does not read as its type.
    pub fn push_parts(
        &mut self,
        owner: &Name<'_>,
        rtype: Rtype,
        class: Class,
        ttl: u32,
        rdata: &[u8],
    ) -> Result<(), StoreError> {
        if rdata.len() > MAX_RDATA_LEN {
            return Err(self.error(StoreErrorKind::RdataTooLong { len: rdata.len() }));
        }
        if !rtype.is_opaque_in(class) {
            self.ext.check(rtype, rdata).map_err(|e| self.error(StoreErrorKind::Wire(e)))?;
        }
        self.push_unchecked(owner, rtype, class, ttl, rdata)
    }

    /// Copies a record of a message, reading its RDATA into its typed form
    /// so that compressed names in it are written out in full (as
    /// [`RecordBuf::from_record`](super::RecordBuf::from_record)).
    ///
    /// ```
    /// use dns_wire::{owned::ZoneStore, Message};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let wire = b"\0\x01\x81\x80\0\0\0\x01\0\0\0\0\x07example\0\0\x0f\0\x01\0\0\0\x3c\0\x04\0\x0a\xc0\x0c";
    /// let mut zone = ZoneStore::new();
    /// for rr in Message::parse(wire)?.answers() {
    ///     zone.push_record(&rr)?;
    /// }
    /// assert_eq!(zone.get(0).unwrap().to_string(), "example.\t60\tIN\tMX\t10 example.");
    /// assert_eq!(zone.get(0).unwrap().rdata, b"\0\x0a\x07example\0");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As [`push`](ZoneStore::push), and the RDATA's [`WireError`] as
    /// [`StoreErrorKind::Wire`].
    pub fn push_record(&mut self, rr: &Record<'_>) -> Result<(), StoreError> {
        let data = rr.data().map_err(|e| self.error(StoreErrorKind::Wire(e)))?;
        let rdata_len = data.encoded_len();
        let bad = WireError::BadRdata {
            at: rr.rdata_offset(),
            rtype: rr.rtype(),
            what: "cannot be written again uncompressed",
        };
        let mut owner = [0u8; MAX_WIRE_LEN];
        let owner_len = rr.owner().write_to(&mut owner).ok_or_else(|| self.error(StoreErrorKind::Wire(bad)))?;
        let owner = owner.get(..owner_len).unwrap_or(&[0]);
        let (chunk, start) = self.reserve(owner, rr.rtype(), rr.class(), rr.ttl(), rdata_len)?;
        let rdata_at = start + owner.len() + 10;
        let written = {
            let mut w = Writer::new(chunk.get_mut(rdata_at..).unwrap_or_default());
            data.compose(&mut w).map(|()| w.pos())
        };
        // `encoded_len` is what `compose` writes without compression.
        if written != Ok(rdata_len) {
            chunk.truncate(start);
            return Err(self.error(StoreErrorKind::Wire(bad)));
        }
        self.commit(start, owner.len() + 10 + rdata_len);
        Ok(())
    }

    /// Reads every record of `reader` into the store and returns how many
    /// it added; the records are copied as the reader writes them.
    ///
    /// # Errors
    /// The reader's [`TextError`] as [`StoreErrorKind::Text`], an
    /// `$INCLUDE` (when the reader lets them through) as
    /// [`StoreErrorKind::Include`], and the errors of
    /// [`push`](ZoneStore::push). The records before the one at fault stay
    /// in the store.
    pub fn extend_from_reader<S: AsRef<[u8]>>(&mut self, reader: &mut ZoneReader<S>) -> Result<u64, StoreError> {
        let mut buf = alloc::vec![0u8; READ_BUF_LEN];
        let mut added = 0;
        loop {
            let line = reader.line();
            match reader.next_entry(&mut buf) {
                Ok(None) => return Ok(added),
                Ok(Some(Entry::Record(rr))) => {
                    self.ext = rr.ext;
                    // The reader's owner view holds exactly the flat owner.
                    let (owner, _) = rr.owner.raw_parts();
                    self.push_flat(owner, rr.rtype, rr.class, rr.ttl, rr.rdata)?;
                }
                Ok(Some(Entry::Include(_))) => return Err(self.error(StoreErrorKind::Include { line })),
                Err(e) => return Err(self.error(StoreErrorKind::Text(e))),
            }
            added += 1;
        }
    }

    /// Reads every record of a zone file into the store (following
    /// `$INCLUDE` as the [`ZoneFile`](crate::text::ZoneFile) is set up to)
    /// and returns how many it added.
    ///
    /// ```
    /// use dns_wire::{owned::ZoneStore, text::ZoneFile};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let text = "$ORIGIN example.\n$TTL 300\n@ SOA ns h 1 2 3 4 5\nwww A 192.0.2.7\n";
    /// let mut zone = ZoneStore::new();
    /// assert_eq!(zone.extend_from_zone_file(&mut ZoneFile::from_reader(text.as_bytes())?)?, 2);
    /// assert_eq!(zone.get(1).unwrap().to_string(), "www.example.\t300\tIN\tA\t192.0.2.7");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// The [`ZoneFileError`](crate::text::ZoneFileError) as
    /// [`StoreErrorKind::File`], and the errors of
    /// [`push`](ZoneStore::push). The records before the one at fault stay
    /// in the store.
    #[cfg(feature = "std")]
    pub fn extend_from_zone_file(&mut self, zone: &mut crate::text::ZoneFile<'_>) -> Result<u64, StoreError> {
        let mut buf = alloc::vec![0u8; READ_BUF_LEN];
        let mut added = 0;
        loop {
            match zone.next_record(&mut buf) {
                Ok(None) => return Ok(added),
                Ok(Some(rr)) => self.push(&rr)?,
                Err(e) => return Err(self.error(StoreErrorKind::File(e))),
            }
            added += 1;
        }
    }

    /// A new store with every record of a zone file, its spare room given
    /// back ([`shrink_to_fit`](ZoneStore::shrink_to_fit)).
    ///
    /// # Errors
    /// As [`extend_from_zone_file`](ZoneStore::extend_from_zone_file).
    #[cfg(feature = "std")]
    pub fn from_zone_file(zone: &mut crate::text::ZoneFile<'_>) -> Result<Self, StoreError> {
        let mut store = Self::new();
        store.extend_from_zone_file(zone)?;
        store.shrink_to_fit();
        Ok(store)
    }

    /// Sorts the records in canonical order: owner in the canonical name
    /// order of RFC 4034 section 6.1, then class, then type, then RDATA as
    /// stored octets (left-justified, a shorter RDATA that is a prefix
    /// first). The sort is stable and takes O(n log n) comparisons.
    ///
    /// **DNSSEC.** The owner and type order is the one RFC 4034 section 6.3
    /// and NSEC/NSEC3 chains need. Within an RRset RFC 4034 section 6.3
    /// orders RDATA in *canonical form*, where the names in the RDATA of the
    /// types of RFC 4034 section 6.2 (NS, CNAME, SOA, MX, ... as updated by
    /// RFC 6840 section 5.1) are lowercased. The stored octets are in that
    /// form whenever those names are lowercase in the zone, as they almost
    /// always are; where they are not, the order here can differ from
    /// canonical order inside such an RRset, and a signer that needs it
    /// exact sorts each RRset's canonical RDATA itself, or uses
    /// [`sort_by`](ZoneStore::sort_by) with a canonical-RDATA comparison.
    ///
    /// ```
    /// use dns_wire::{owned::ZoneStore, text::ZoneReader};
    /// # fn main() -> Result<(), dns_wire::owned::StoreError> {
    /// let text = "$ORIGIN example.\n$TTL 60\nz A 192.0.2.1\nZABC.a AAAA ::1\na TXT b\na TXT a\n@ NS ns\n";
    /// let mut zone = ZoneStore::new();
    /// zone.extend_from_reader(&mut ZoneReader::new(text.as_bytes()))?;
    /// zone.sort_canonical();
    /// let owners: Vec<String> = zone.iter().map(|rr| format!("{} {}", rr.owner, rr.data())).collect();
    /// assert_eq!(owners, ["example. ns.example.", "a.example. \"a\"", "a.example. \"b\"", "ZABC.a.example. ::1", "z.example. 192.0.2.1"]);
    /// # Ok(()) }
    /// ```
    pub fn sort_canonical(&mut self) {
        let chunks = &self.chunks;
        // Each record's first 8 octets of owner order as a key beside its
        // slot (16 octets a record while sorting), so that most comparisons
        // touch no arena octets; equal keys fall back to the full order,
        // then to the slot, which is the order records were pushed in. The
        // stable sort finds runs already in order and merges them: a zone
        // read in canonical order, or sorted records with a sorted batch
        // pushed after them (a signer's chain, its signatures), sort in
        // about linear time, for n/2 keys of extra memory.
        let mut keyed: Vec<(u64, Slot)> = self
            .slots
            .iter()
            .map(|s| {
                let (buf, at) = locate(chunks, *s);
                (owner_key(buf.get(at..).unwrap_or_default()), *s)
            })
            .collect();
        keyed.sort_by(|(ka, a), (kb, b)| {
            ka.cmp(kb)
                .then_with(|| cmp_canonical(locate(chunks, *a), locate(chunks, *b)))
                .then_with(|| (a.chunk, a.at).cmp(&(b.chunk, b.at)))
        });
        for (slot, (_, s)) in self.slots.iter_mut().zip(keyed) {
            *slot = s;
        }
    }

    /// Sorts the records with a comparison of their views (stable, O(n log
    /// n) comparisons).
    ///
    /// ```
    /// use dns_wire::{owned::ZoneStore, text::ZoneReader};
    /// # fn main() -> Result<(), dns_wire::owned::StoreError> {
    /// let text = "$ORIGIN example.\n$TTL 60\na A 192.0.2.1\nb TXT x\nc A 192.0.2.2\n";
    /// let mut zone = ZoneStore::new();
    /// zone.extend_from_reader(&mut ZoneReader::new(text.as_bytes()))?;
    /// zone.sort_by(|a, b| a.rtype.cmp(&b.rtype).then(b.owner.cmp(&a.owner)));
    /// assert_eq!(zone.iter().map(|rr| rr.owner.to_string()).collect::<Vec<_>>(), ["c.example.", "a.example.", "b.example."]);
    /// # Ok(()) }
    /// ```
    pub fn sort_by<F>(&mut self, mut compare: F)
    where
        F: FnMut(&ZoneRecord<'_>, &ZoneRecord<'_>) -> Ordering,
    {
        let (chunks, ext) = (&self.chunks, self.ext);
        self.slots.sort_by(|a, b| {
            let (ba, aa) = locate(chunks, *a);
            let (bb, ab) = locate(chunks, *b);
            compare(&view(ba, aa, ext), &view(bb, ab, ext))
        });
    }

    /// Removes records equal to the one before them (same owner, ASCII case
    /// ignored, class, type and RDATA octets; the TTL is not compared, RFC
    /// 2181 section 5.2): after [`sort_canonical`](ZoneStore::sort_canonical)
    /// this leaves each record once, the first pushed of equals. Returns how
    /// many it removed. Their octets stay in the arena until the store is
    /// dropped; [`wire_len`](ZoneStore::wire_len) no longer counts them.
    ///
    /// ```
    /// use dns_wire::{owned::ZoneStore, text::ZoneReader};
    /// # fn main() -> Result<(), dns_wire::owned::StoreError> {
    /// let text = "$ORIGIN example.\na 60 A 192.0.2.1\nb 60 A 192.0.2.1\nA 30 A 192.0.2.1\n";
    /// let mut zone = ZoneStore::new();
    /// zone.extend_from_reader(&mut ZoneReader::new(text.as_bytes()))?;
    /// zone.sort_canonical();
    /// assert_eq!(zone.dedup(), 1);
    /// assert_eq!(zone.iter().map(|rr| rr.to_string()).collect::<Vec<_>>(),
    ///            ["a.example.\t60\tIN\tA\t192.0.2.1", "b.example.\t60\tIN\tA\t192.0.2.1"]);
    /// # Ok(()) }
    /// ```
    pub fn dedup(&mut self) -> usize {
        let before = self.slots.len();
        let chunks = &self.chunks;
        let mut removed_octets = 0u64;
        self.slots.dedup_by(|later, earlier| {
            let (bl, al) = locate(chunks, *later);
            let (be, ae) = locate(chunks, *earlier);
            let same = same_record(bl, al, be, ae);
            if same {
                let (o, r) = lengths(bl, al);
                // Each was counted in `wire_len` when pushed, so the sum stays below it.
                removed_octets += to_u64(o + 10 + r);
            }
            same
        });
        self.wire_len = self.wire_len.saturating_sub(removed_octets);
        before - self.slots.len()
    }

    /// Keeps the records for which `keep` returns true, in their order,
    /// and returns how many it removed. As with
    /// [`dedup`](ZoneStore::dedup), the octets of the others stay in the
    /// arena until the store is dropped, and
    /// [`wire_len`](ZoneStore::wire_len) no longer counts them.
    ///
    /// ```
    /// use dns_wire::{iana::Rtype, owned::ZoneStore, text::ZoneReader};
    /// # fn main() -> Result<(), dns_wire::owned::StoreError> {
    /// let text = "$ORIGIN example.\na 60 A 192.0.2.1\na 60 TXT t\nb 60 A 192.0.2.2\n";
    /// let mut zone = ZoneStore::new();
    /// zone.extend_from_reader(&mut ZoneReader::new(text.as_bytes()))?;
    /// let before = zone.wire_len();
    /// assert_eq!(zone.retain(|rr| rr.rtype != Rtype::TXT), 1);
    /// assert_eq!(zone.iter().map(|rr| rr.to_string()).collect::<Vec<_>>(),
    ///            ["a.example.\t60\tIN\tA\t192.0.2.1", "b.example.\t60\tIN\tA\t192.0.2.2"]);
    /// assert_eq!(zone.wire_len(), before - (11 + 10 + 2));
    /// # Ok(()) }
    /// ```
    pub fn retain(&mut self, mut keep: impl FnMut(&ZoneRecord<'_>) -> bool) -> usize {
        let before = self.slots.len();
        let (chunks, ext) = (&self.chunks, self.ext);
        let mut removed_octets = 0u64;
        self.slots.retain(|slot| {
            let (buf, at) = locate(chunks, *slot);
            let kept = keep(&view(buf, at, ext));
            if !kept {
                let (o, r) = lengths(buf, at);
                // Counted in `wire_len` when pushed, so the sum stays below it.
                removed_octets += to_u64(o + 10 + r);
            }
            kept
        });
        self.wire_len = self.wire_len.saturating_sub(removed_octets);
        before - self.slots.len()
    }

    fn error(&self, kind: StoreErrorKind) -> StoreError {
        StoreError { record: to_u64(self.slots.len()), kind }
    }

    fn push_unchecked(
        &mut self,
        owner: &Name<'_>,
        rtype: Rtype,
        class: Class,
        ttl: u32,
        rdata: &[u8],
    ) -> Result<(), StoreError> {
        let mut flat = [0u8; MAX_WIRE_LEN];
        let owner = match owner.as_flat() {
            Some(f) => f,
            None => {
                let len = owner.write_to(&mut flat).unwrap_or(0);
                flat.get(..len).unwrap_or(&[0])
            }
        };
        self.push_flat(owner, rtype, class, ttl, rdata)
    }

    /// Appends a record whose owner is in flat wire form: each part is
    /// copied once, straight to the end of the last chunk.
    fn push_flat(
        &mut self,
        owner: &[u8],
        rtype: Rtype,
        class: Class,
        ttl: u32,
        rdata: &[u8],
    ) -> Result<(), StoreError> {
        let (chunk, start) = self.append_head(owner, rtype, class, ttl, rdata.len())?;
        chunk.extend_from_slice(rdata);
        self.commit(start, owner.len() + 10 + rdata.len());
        Ok(())
    }

    /// Checks the limits, makes room for a record of `owner` and
    /// `rdata_len` octets of RDATA at the end of the last chunk, writes its
    /// owner and fixed fields, zero-fills the RDATA, and returns the chunk
    /// and where the record starts. [`commit`](Self::commit) indexes it.
    fn reserve(
        &mut self,
        owner: &[u8],
        rtype: Rtype,
        class: Class,
        ttl: u32,
        rdata_len: usize,
    ) -> Result<(&mut Vec<u8>, usize), StoreError> {
        let (chunk, start) = self.append_head(owner, rtype, class, ttl, rdata_len)?;
        chunk.resize(start + owner.len() + 10 + rdata_len, 0);
        Ok((chunk, start))
    }

    /// Checks RDLENGTH and the limits for a record of `owner` and
    /// `rdata_len` octets of RDATA, appends its owner and the ten fixed
    /// octets (type, class, TTL, RDLENGTH) to the last chunk, with room
    /// for the RDATA, and returns the chunk and where the record starts.
    fn append_head(
        &mut self,
        owner: &[u8],
        rtype: Rtype,
        class: Class,
        ttl: u32,
        rdata_len: usize,
    ) -> Result<(&mut Vec<u8>, usize), StoreError> {
        let rdlength =
            u16::try_from(rdata_len).map_err(|_| self.error(StoreErrorKind::RdataTooLong { len: rdata_len }))?;
        let chunk = self.room(owner.len() + 10 + rdata_len)?;
        let start = chunk.len();
        chunk.extend_from_slice(owner);
        let ([t0, t1], [c0, c1]) = (rtype.to_int().to_be_bytes(), class.to_int().to_be_bytes());
        let ([l0, l1, l2, l3], [r0, r1]) = (ttl.to_be_bytes(), rdlength.to_be_bytes());
        chunk.extend_from_slice(&[t0, t1, c0, c1, l0, l1, l2, l3, r0, r1]);
        Ok((chunk, start))
    }

    /// Checks the limits for a record of `len` octets and returns the chunk
    /// it goes at the end of, with room for it.
    fn room(&mut self, len: usize) -> Result<&mut Vec<u8>, StoreError> {
        let records = to_u64(self.slots.len());
        if records >= self.limits.records {
            return Err(self.error(StoreErrorKind::TooManyRecords { max: self.limits.records }));
        }
        let total = self.wire_len.saturating_add(to_u64(len));
        if total > self.limits.octets {
            return Err(self.error(StoreErrorKind::TooManyOctets { len: total, max: self.limits.octets }));
        }
        let fits = self.chunks.last().is_some_and(|c| c.len() + len <= CHUNK_LEN);
        if !fits {
            if u32::try_from(self.chunks.len()).is_err() {
                return Err(self.error(StoreErrorKind::ArenaFull));
            }
            let first = if self.chunks.is_empty() { FIRST_CHUNK_LEN } else { CHUNK_LEN };
            self.chunks.push(Vec::with_capacity(first.max(len)));
        }
        let Some(chunk) = self.chunks.last_mut() else {
            return Err(StoreError { record: records, kind: StoreErrorKind::ArenaFull });
        };
        let start = chunk.len();
        let need = start + len;
        if need > chunk.capacity() {
            // Doubling, but never past a chunk (`need` is at most CHUNK_LEN here).
            let target = (chunk.capacity() * 2).clamp(need, CHUNK_LEN.max(need));
            chunk.reserve_exact(target - start);
        }
        Ok(chunk)
    }

    /// Indexes the record that [`reserve`](Self::reserve) placed at
    /// `start` of the last chunk.
    fn commit(&mut self, start: usize, len: usize) {
        // Both checked in `reserve`: fewer than 2^32 chunks, and `start`
        // is below CHUNK_LEN (1 MiB).
        let chunk = u32::try_from(self.chunks.len().saturating_sub(1)).unwrap_or(u32::MAX);
        let at = u32::try_from(start).unwrap_or(u32::MAX);
        self.slots.push(Slot { chunk, at });
        // At most the octets limit (checked in `reserve`), itself a u64.
        self.wire_len = self.wire_len.saturating_add(to_u64(len));
    }

    fn locate(&self, slot: Slot) -> (&[u8], usize) {
        locate(&self.chunks, slot)
    }

    fn view(&self, slot: Slot) -> ZoneRecord<'_> {
        let (buf, at) = self.locate(slot);
        view(buf, at, self.ext)
    }
}

/// A count or length as `u64` (lossless: `usize` has at most 64 bits on
/// every target Rust supports; the fallback is never taken).
fn to_u64(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

/// The chunk a slot is in and the record's offset in it.
fn locate(chunks: &[Vec<u8>], slot: Slot) -> (&[u8], usize) {
    // u32 to usize: lossless, usize has at least 32 bits (see lib.rs).
    let chunk = chunks.get(slot.chunk as usize).map_or(&[][..], Vec::as_slice);
    (chunk, slot.at as usize)
}

/// The owner's length and the RDATA's length of the record at `at`.
fn lengths(buf: &[u8], at: usize) -> (usize, usize) {
    let owner = owner_len(buf, at);
    let f = at + owner + 8;
    let rdlen = match buf.get(f..f + 2) {
        Some(&[a, b]) => usize::from(u16::from_be_bytes([a, b])),
        _ => 0,
    };
    (owner, rdlen)
}

/// The length of the flat name at `at` (the store writes only checked
/// names, without pointers).
fn owner_len(buf: &[u8], at: usize) -> usize {
    let mut pos = at;
    while let Some(&len) = buf.get(pos) {
        pos += 1 + usize::from(len);
        if len == 0 {
            break;
        }
    }
    pos - at
}

fn u16_at(buf: &[u8], at: usize) -> u16 {
    match buf.get(at..at + 2) {
        Some(&[a, b]) => u16::from_be_bytes([a, b]),
        _ => 0,
    }
}

/// The view of the record at `at`.
fn view<'b>(buf: &'b [u8], at: usize, ext: Extensions<'static>) -> ZoneRecord<'b> {
    let (owner_len, rdata_len) = lengths(buf, at);
    let f = at + owner_len;
    let ttl = match buf.get(f + 4..f + 8) {
        Some(&[a, b, c, d]) => u32::from_be_bytes([a, b, c, d]),
        _ => 0,
    };
    ZoneRecord {
        owner: Name::from_checked(buf, at),
        rtype: Rtype::new(u16_at(buf, f)),
        class: Class::new(u16_at(buf, f + 2)),
        ttl,
        rdata: buf.get(f + 10..f + 10 + rdata_len).unwrap_or_default(),
        ext,
    }
}

/// Compares two flat names in canonical order (RFC 4034 section 6.1) from
/// their octets: the label offsets fit in `u8` (a name is at most 255
/// octets), so the stacks are small.
fn cmp_flat_names(a: &[u8], b: &[u8]) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    let (sa, na) = label_starts(a);
    let (sb, nb) = label_starts(b);
    let la = sa.get(..na).unwrap_or_default().iter().rev();
    let lb = sb.get(..nb).unwrap_or_default().iter().rev();
    for (&x, &y) in la.zip(lb) {
        let (x, y) = (label_at(a, x), label_at(b, y));
        let o = x.iter().map(u8::to_ascii_lowercase).cmp(y.iter().map(u8::to_ascii_lowercase));
        if o != Ordering::Equal {
            return o;
        }
    }
    na.cmp(&nb)
}

/// A key whose order never contradicts the canonical order of the flat
/// names it is made from (a < b in key order means a < b as names; equal
/// keys say nothing): the labels from the right, each octet lowercased and
/// raised by one (0xfe and 0xff both become 0xff, where the key stops), each
/// label ended by 0, the whole cut or zero-padded to 8 octets.
fn owner_key(name: &[u8]) -> u64 {
    let (starts, n) = label_starts(name);
    let mut key = [0u8; 8];
    let mut k = 0;
    'labels: for &at in starts.get(..n).unwrap_or_default().iter().rev() {
        for &b in label_at(name, at) {
            let Some(slot) = key.get_mut(k) else { break 'labels };
            *slot = b.to_ascii_lowercase().saturating_add(1);
            k += 1;
            if *slot == 0xff {
                break 'labels;
            }
        }
        // The label's end: the 0 already there.
        k += 1;
        if k >= key.len() {
            break;
        }
    }
    u64::from_be_bytes(key)
}

fn label_starts(name: &[u8]) -> ([u8; MAX_LABELS + 1], usize) {
    let mut starts = [0u8; MAX_LABELS + 1];
    let mut n = 0;
    let mut pos = 0usize;
    while let Some(&len) = name.get(pos) {
        if len == 0 {
            break;
        }
        let (Some(slot), Ok(p)) = (starts.get_mut(n), u8::try_from(pos)) else { break };
        *slot = p;
        n += 1;
        pos += 1 + usize::from(len);
    }
    (starts, n)
}

fn label_at(name: &[u8], at: u8) -> &[u8] {
    let at = usize::from(at);
    let len = name.get(at).map_or(0, |&l| usize::from(l));
    name.get(at + 1..at + 1 + len).unwrap_or_default()
}

/// The parts of the record at `at`: owner octets, class, type, RDATA.
fn parts(buf: &[u8], at: usize) -> (&[u8], u16, u16, &[u8]) {
    let (o, r) = lengths(buf, at);
    let f = at + o;
    (
        buf.get(at..f).unwrap_or_default(),
        u16_at(buf, f + 2),
        u16_at(buf, f),
        buf.get(f + 10..f + 10 + r).unwrap_or_default(),
    )
}

/// Canonical order of two stored records: owner, class, type, RDATA.
fn cmp_canonical((ba, aa): (&[u8], usize), (bb, ab): (&[u8], usize)) -> Ordering {
    let (oa, ca, ta, ra) = parts(ba, aa);
    let (ob, cb, tb, rb) = parts(bb, ab);
    cmp_flat_names(oa, ob).then(ca.cmp(&cb)).then(ta.cmp(&tb)).then_with(|| ra.cmp(rb))
}

fn same_record(ba: &[u8], aa: usize, bb: &[u8], ab: usize) -> bool {
    let (oa, ca, ta, ra) = parts(ba, aa);
    let (ob, cb, tb, rb) = parts(bb, ab);
    ca == cb && ta == tb && ra == rb && oa.eq_ignore_ascii_case(ob)
}

/// Whether the records at `a` and `b` have the same owner (ASCII case
/// ignored), and with `rrset`, the same class and type too.
fn same_group(chunks: &[Vec<u8>], a: Slot, b: Slot, rrset: bool) -> bool {
    let (ba, aa) = locate(chunks, a);
    let (bb, ab) = locate(chunks, b);
    let (oa, ca, ta, _) = parts(ba, aa);
    let (ob, cb, tb, _) = parts(bb, ab);
    oa.eq_ignore_ascii_case(ob) && (!rrset || (ca == cb && ta == tb))
}

/// A run of a [`ZoneStore`]'s records in its current order: all of them
/// ([`ZoneStore::records`]), an RRset ([`ZoneSlice::rrsets`]), the records
/// at one name ([`ZoneSlice::owners`]) or a piece for one thread
/// ([`ZoneSlice::split`]). It borrows the store, is `Copy` and `Sync`.
#[derive(Clone, Copy)]
pub struct ZoneSlice<'a> {
    store: &'a ZoneStore,
    slots: &'a [Slot],
}

impl fmt::Debug for ZoneSlice<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'a> ZoneSlice<'a> {
    /// How many records it holds.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Whether it holds no record.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// Its record at `i`.
    pub fn get(&self, i: usize) -> Option<ZoneRecord<'a>> {
        self.slots.get(i).map(|s| self.store.view(*s))
    }

    /// Its first record: for an RRset, the owner, class and type it has in
    /// common.
    pub fn first(&self) -> Option<ZoneRecord<'a>> {
        self.get(0)
    }

    /// Its records.
    pub fn iter(&self) -> Iter<'a> {
        Iter { store: self.store, slots: self.slots.iter() }
    }

    /// Its RRsets: runs of records with the same owner (ASCII case
    /// ignored), class and type. In a store sorted with
    /// [`ZoneStore::sort_canonical`] each RRset is one run; otherwise a
    /// run ends wherever the records next to each other differ.
    ///
    /// ```
    /// use dns_wire::{owned::ZoneStore, text::ZoneReader};
    /// # fn main() -> Result<(), dns_wire::owned::StoreError> {
    /// let text = "$ORIGIN example.\n$TTL 60\na A 192.0.2.1\nb A 192.0.2.2\nA A 192.0.2.3\na TXT t\n";
    /// let mut zone = ZoneStore::new();
    /// zone.extend_from_reader(&mut ZoneReader::new(text.as_bytes()))?;
    /// zone.sort_canonical();
    /// let sets: Vec<(String, usize)> =
    ///     zone.records().rrsets().map(|s| (format!("{} {}", s.first().unwrap().owner, s.first().unwrap().rtype), s.len())).collect();
    /// assert_eq!(sets, [("a.example. A".to_string(), 2), ("a.example. TXT".to_string(), 1), ("b.example. A".to_string(), 1)]);
    /// # Ok(()) }
    /// ```
    pub fn rrsets(&self) -> Groups<'a> {
        Groups { store: self.store, rest: self.slots, rrset: true }
    }

    /// The runs of records at one name (ASCII case ignored), each with all
    /// its RRsets in a sorted store: the unit NSEC and NSEC3 work on.
    ///
    /// ```
    /// use dns_wire::{owned::ZoneStore, text::ZoneReader};
    /// # fn main() -> Result<(), dns_wire::owned::StoreError> {
    /// let text = "$ORIGIN example.\n$TTL 60\na A 192.0.2.1\nb A 192.0.2.2\na TXT t\n";
    /// let mut zone = ZoneStore::new();
    /// zone.extend_from_reader(&mut ZoneReader::new(text.as_bytes()))?;
    /// zone.sort_canonical();
    /// let names: Vec<(String, usize)> =
    ///     zone.records().owners().map(|n| (n.first().unwrap().owner.to_string(), n.rrsets().count())).collect();
    /// assert_eq!(names, [("a.example.".to_string(), 2), ("b.example.".to_string(), 1)]);
    /// # Ok(()) }
    /// ```
    pub fn owners(&self) -> Groups<'a> {
        Groups { store: self.store, rest: self.slots, rrset: false }
    }

    /// Cuts the records into at most `n` contiguous pieces of about equal
    /// size, each cut where the owner changes, so that no name's records
    /// (in a sorted store) are in two pieces; for handing to `n` threads.
    /// The pieces together are the whole slice, in order; a slice with
    /// fewer names than `n` gives fewer pieces. `n` of 0 is taken as 1.
    ///
    /// ```
    /// use dns_wire::{owned::ZoneStore, text::ZoneReader};
    /// # fn main() -> Result<(), dns_wire::owned::StoreError> {
    /// let text = "$ORIGIN example.\n$TTL 60\na A 192.0.2.1\na A 192.0.2.2\na A 192.0.2.3\nb A 192.0.2.4\n";
    /// let mut zone = ZoneStore::new();
    /// zone.extend_from_reader(&mut ZoneReader::new(text.as_bytes()))?;
    /// let pieces = zone.records().split(2);
    /// assert_eq!(pieces.iter().map(|p| p.len()).collect::<Vec<_>>(), [3, 1]);
    /// std::thread::scope(|s| {
    ///     for piece in &pieces {
    ///         s.spawn(move || piece.iter().count());
    ///     }
    /// });
    /// # Ok(()) }
    /// ```
    pub fn split(&self, n: usize) -> Vec<ZoneSlice<'a>> {
        let total = self.slots.len();
        // More pieces than records cannot be made.
        let n = n.clamp(1, total.max(1));
        let mut pieces = Vec::with_capacity(n.min(total));
        let mut start = 0;
        for k in 1..=n {
            if start >= total {
                break;
            }
            // The k-th of n equal cuts, then on to the next change of owner.
            // `total * k / n` in u128, where the product of two usizes fits.
            let cut = u128::from(to_u64(total)) * u128::from(to_u64(k)) / u128::from(to_u64(n));
            let mut end = usize::try_from(cut).unwrap_or(total);
            end = end.max(start + 1).min(total);
            while end < total
                && self
                    .slots
                    .get(end - 1)
                    .zip(self.slots.get(end))
                    .is_some_and(|(a, b)| same_group(&self.store.chunks, *a, *b, false))
            {
                end += 1;
            }
            pieces.push(ZoneSlice { store: self.store, slots: self.slots.get(start..end).unwrap_or_default() });
            start = end;
        }
        pieces
    }
}

/// The records of a [`ZoneStore`] or [`ZoneSlice`], as [`ZoneRecord`]
/// views.
#[derive(Clone)]
pub struct Iter<'a> {
    store: &'a ZoneStore,
    slots: core::slice::Iter<'a, Slot>,
}

impl<'a> Iterator for Iter<'a> {
    type Item = ZoneRecord<'a>;

    fn next(&mut self) -> Option<ZoneRecord<'a>> {
        self.slots.next().map(|s| self.store.view(*s))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.slots.size_hint()
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl<'a> DoubleEndedIterator for Iter<'a> {
    fn next_back(&mut self) -> Option<ZoneRecord<'a>> {
        self.slots.next_back().map(|s| self.store.view(*s))
    }
}

/// The RRsets ([`ZoneSlice::rrsets`]) or names ([`ZoneSlice::owners`]) of a
/// [`ZoneSlice`], each a [`ZoneSlice`].
#[derive(Clone)]
pub struct Groups<'a> {
    store: &'a ZoneStore,
    rest: &'a [Slot],
    rrset: bool,
}

impl<'a> Iterator for Groups<'a> {
    type Item = ZoneSlice<'a>;

    fn next(&mut self) -> Option<ZoneSlice<'a>> {
        let (first, tail) = self.rest.split_first()?;
        let run = 1 + tail.iter().take_while(|s| same_group(&self.store.chunks, *first, **s, self.rrset)).count();
        let (group, rest) = self.rest.split_at(run.min(self.rest.len()));
        self.rest = rest;
        Some(ZoneSlice { store: self.store, slots: group })
    }
}

impl<'a> IntoIterator for &'a ZoneStore {
    type Item = ZoneRecord<'a>;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl<'a> IntoIterator for ZoneSlice<'a> {
    type Item = ZoneRecord<'a>;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `cmp_flat_names` agrees with `Name::canonical_cmp` on the RFC 4034
    /// section 6.1 list (in order) and every pair of it.
    #[test]
    fn flat_compare_agrees_with_canonical_cmp() {
        let names: [&[u8]; 9] = [
            b"\x07example\x00",
            b"\x01a\x07example\x00",
            b"\x08yljkjljk\x01a\x07example\x00",
            b"\x01Z\x01a\x07example\x00",
            b"\x04zABC\x01a\x07EXAMPLE\x00",
            b"\x01z\x07example\x00",
            b"\x01\x01\x01z\x07example\x00",
            b"\x01*\x01z\x07example\x00",
            b"\x01\xc8\x01z\x07example\x00",
        ];
        for (i, a) in names.iter().enumerate() {
            for (j, b) in names.iter().enumerate() {
                let want = Name::parse(a).unwrap().canonical_cmp(&Name::parse(b).unwrap());
                assert_eq!(cmp_flat_names(a, b), want, "{i} {j}");
                assert_eq!(want, i.cmp(&j), "{i} {j}");
            }
        }
    }

    /// Flat names from labels over the octets where the key's encoding has
    /// edges: 0, 1, case, 0xfe, 0xff.
    fn flat_name() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        let octet = prop::sample::select(alloc::vec![0u8, 1, b'a', b'B', 0xfe, 0xff]);
        proptest::collection::vec(proptest::collection::vec(octet, 1..4), 0..4).prop_map(|labels| {
            let mut wire = Vec::new();
            for l in labels {
                wire.push(u8::try_from(l.len()).unwrap());
                wire.extend_from_slice(&l);
            }
            wire.push(0);
            wire
        })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, ..Default::default() })]

        /// The sort key never contradicts canonical order: a smaller key is
        /// a smaller name, and a smaller name never has a larger key.
        #[test]
        fn owner_key_is_monotone(a in flat_name(), b in flat_name()) {
            let order = Name::parse(&a).unwrap().canonical_cmp(&Name::parse(&b).unwrap());
            proptest::prop_assert_eq!(cmp_flat_names(&a, &b), order);
            let keys = owner_key(&a).cmp(&owner_key(&b));
            proptest::prop_assert!(keys == Ordering::Equal || keys == order, "{:?} {:?}: keys {:?}, names {:?}", a, b, keys, order);
        }
    }

    /// A record too big for the rest of a chunk starts a new one, and the
    /// first chunk grows by doubling but never past `CHUNK_LEN`.
    #[test]
    fn chunks_never_exceed_chunk_len() {
        let mut z = ZoneStore::new();
        let rdata = alloc::vec![7u8; 60_000];
        let owner = Name::parse(b"\x01a\x00").unwrap();
        for _ in 0..40 {
            z.push_parts(&owner, Rtype::new(65280), Class::IN, 1, &rdata).unwrap();
        }
        assert!(z.chunks.len() >= 3);
        for c in &z.chunks {
            assert!(c.len() <= CHUNK_LEN && c.capacity() <= CHUNK_LEN, "{} {}", c.len(), c.capacity());
        }
        assert!(z.iter().all(|rr| rr.rdata == &rdata[..]));
        assert_eq!(z.wire_len(), 40 * (3 + 10 + 60_000));
    }
}
