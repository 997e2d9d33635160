//! Reading zone files from files and `io::BufRead` (feature `std`) in
//! bounded memory, with `$INCLUDE` confined to a directory the caller
//! names.

use alloc::vec::Vec;
use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};

use super::entry_reader::{EntryReader, ReadError};
use super::error::{TextError, TextErrorKind as K};
use super::fields::decode_field;
use super::generate::DEFAULT_GENERATE_LIMIT;
use super::zone::{Entry, ZoneReader, ZoneRecord};
use crate::name::NameBuf;

/// How deep `$INCLUDE` may nest, the top file included: also the most
/// files a [`ZoneFile`] has open at once.
pub const MAX_INCLUDE_DEPTH: usize = 8;

/// How many `$INCLUDE` directives one [`ZoneFile`] follows in all: 65,536.
/// A zone split into a file per host or per customer stays far below it;
/// nested files that each include the next many times would otherwise
/// multiply the text read (ten includes a level, eight levels deep, are
/// 10^8 files).
pub const MAX_INCLUDES: usize = 65_536;

/// A [`TextError`] with the file it was found in.
///
/// A second error type beside [`TextError`] because it carries what only
/// `std` has: the path of the file (with `$INCLUDE`, not always the one the
/// caller opened) and the [`io::Error`] behind a failed read. [`ZoneReader`]
/// (no `std`, no allocation) returns the [`TextError`] alone.
#[derive(Debug)]
pub struct ZoneFileError {
    /// The file, if the text came from one.
    pub file: Option<PathBuf>,
    /// The error, with line and column.
    pub error: TextError,
    /// The I/O error behind [`TextErrorKind::ReadFailed`](super::TextErrorKind::ReadFailed).
    pub io: Option<io::Error>,
}

impl core::fmt::Display for ZoneFileError {
    /// `FILE:line:col: reason`, or `line:col: reason` without a file,
    /// followed by `: <I/O error>` when there is one.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if let Some(p) = &self.file {
            write!(f, "{}:", p.display())?;
        }
        write!(f, "{}", self.error)?;
        match &self.io {
            Some(io) => write!(f, ": {io}"),
            None => Ok(()),
        }
    }
}

impl core::error::Error for ZoneFileError {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        self.io.as_ref().map(|e| e as &(dyn core::error::Error + 'static))
    }
}

/// One open file (or the caller's reader): the entries read from it and
/// the reader that turns them into records.
struct Frame<'r> {
    reader: ZoneReader<Vec<u8>>,
    input: EntryReader<'r>,
    file: Option<PathBuf>,
}

/// A zone file read from a file or any `io::BufRead`, one record at a time
/// into the caller's buffer, following `$INCLUDE` only when
/// [`ZoneFile::include_from`] names the directory it may read from.
///
/// The text is read as it is needed, one entry at a time, so a zone of any
/// size reads in bounded memory: per open file the text of one entry, at
/// most [`MAX_ENTRY_LEN`](super::MAX_ENTRY_LEN) (4 MiB) octets (a longer
/// entry is refused with [`TextErrorKind::TooLong`](super::TextErrorKind::TooLong)
/// at the line and column where it goes over), plus the reader's buffer
/// (8 KiB for a file this type opens);
/// at most [`MAX_INCLUDE_DEPTH`] files are open at once, and at most
/// [`MAX_INCLUDES`] are followed in all. One `$GENERATE`
/// makes at most [`DEFAULT_GENERATE_LIMIT`](super::DEFAULT_GENERATE_LIMIT)
/// records unless [`ZoneFile::with_generate_limit`] says otherwise.
/// Records are produced without further allocation.
///
/// ```
/// use dns_wire::text::ZoneFile;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let text = "$ORIGIN example.\n$TTL 300\n@ SOA ns h 1 2 3 4 5\nwww A 192.0.2.7\n";
/// let mut zone = ZoneFile::from_reader(text.as_bytes())?;
/// let mut buf = vec![0u8; 65535];
/// let mut n = 0;
/// while let Some(rr) = zone.next_record(&mut buf)? {
///     n += 1;
///     assert!(rr.owner.to_string().ends_with("example."));
/// }
/// assert_eq!(n, 2);
/// # Ok(()) }
/// ```
pub struct ZoneFile<'r> {
    stack: Vec<Frame<'r>>,
    include_dir: Option<PathBuf>,
    /// How many `$INCLUDE` directives were followed.
    includes: usize,
    ext: crate::ext::Extensions<'static>,
    generate_limit: u64,
}

impl<'r> ZoneFile<'r> {
    /// Reads `r` as it is needed (nothing but its first buffer yet).
    ///
    /// # Errors
    /// An I/O error filling `r`'s first buffer.
    pub fn from_reader(r: impl BufRead + 'r) -> io::Result<Self> {
        Self::start(r, None)
    }

    /// Reads the file at `path` as it is needed (nothing but its first
    /// buffer yet).
    ///
    /// # Errors
    /// I/O errors opening the file or filling the first buffer (a
    /// directory fails here).
    pub fn open(path: impl AsRef<Path>) -> io::Result<Self> {
        let path = path.as_ref();
        Self::start(BufReader::new(File::open(path)?), Some(path.to_path_buf()))
    }

    fn start(mut r: impl BufRead + 'r, file: Option<PathBuf>) -> io::Result<Self> {
        r.fill_buf()?;
        Ok(Self {
            stack: alloc::vec![Frame { reader: ZoneReader::new(Vec::new()), input: EntryReader::new(r), file }],
            include_dir: None,
            includes: 0,
            ext: crate::ext::Extensions::NONE,
            generate_limit: DEFAULT_GENERATE_LIMIT,
        })
    }

    /// Sets the origin, as if the text began with `$ORIGIN`.
    pub fn with_origin(mut self, origin: NameBuf) -> Self {
        self.stack = self.stack.into_iter().map(|f| Frame { reader: f.reader.with_origin(origin), ..f }).collect();
        self
    }

    /// Reads and prints the record types of these extensions too (included
    /// files as well).
    pub fn with_extensions(mut self, ext: crate::ext::Extensions<'static>) -> Self {
        self.ext = ext;
        self.stack = self.stack.into_iter().map(|f| Frame { reader: f.reader.with_extensions(ext), ..f }).collect();
        self
    }

    /// Sets how many records one `$GENERATE` may make, in included files
    /// too (default [`DEFAULT_GENERATE_LIMIT`](super::DEFAULT_GENERATE_LIMIT));
    /// a larger range is refused at once with its line and column.
    ///
    /// ```
    /// use dns_wire::text::{TextErrorKind, ZoneFile};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let text = "$ORIGIN example.\n$TTL 60\n$GENERATE 0-4294967295 h$ A 192.0.2.1\n";
    /// let mut buf = vec![0u8; 65535];
    /// let e = ZoneFile::from_reader(text.as_bytes())?.next_record(&mut buf).unwrap_err();
    /// assert_eq!(e.to_string(), "3:11: $GENERATE range makes 4294967296 records, more than the limit of 65536");
    /// let mut zone = ZoneFile::from_reader(text.as_bytes())?.with_generate_limit(1 << 32);
    /// assert_eq!(zone.next_record(&mut buf)?.unwrap().to_string(), "h0.example.\t60\tIN\tA\t192.0.2.1");
    /// # Ok(()) }
    /// ```
    pub fn with_generate_limit(mut self, max_records: u64) -> Self {
        self.generate_limit = max_records;
        self.stack =
            self.stack.into_iter().map(|f| Frame { reader: f.reader.with_generate_limit(max_records), ..f }).collect();
        self
    }

    /// Enables `$INCLUDE`, for regular files inside `dir` only (names are
    /// taken relative to it; `..` or links that lead outside are refused,
    /// and so are directories, FIFOs and devices).
    ///
    /// # Errors
    /// I/O errors resolving `dir`.
    pub fn include_from(mut self, dir: impl AsRef<Path>) -> io::Result<Self> {
        self.include_dir = Some(dir.as_ref().canonicalize()?);
        self.stack = self.stack.into_iter().map(|f| Frame { reader: f.reader.allow_include(true), ..f }).collect();
        Ok(self)
    }

    /// The next record, with its owner and RDATA written into `out`.
    ///
    /// Where [`ZoneReader::next_entry`] returns an [`Entry`](super::Entry)
    /// (a record, or an `$INCLUDE` for the caller to follow), this follows
    /// `$INCLUDE` itself, so every entry it returns is a record.
    ///
    /// # Errors
    /// A [`ZoneFileError`] naming the file, line and column. The reader
    /// goes on after the entry in error on the next call.
    pub fn next_record<'b>(&mut self, out: &'b mut [u8]) -> Result<Option<ZoneRecord<'b>>, ZoneFileError> {
        let (owner_len, rdata_len, rtype, class, ttl) = loop {
            let Some(frame) = self.stack.last_mut() else { return Ok(None) };
            let include = match frame.reader.next_entry(out) {
                Err(error) => return Err(ZoneFileError { file: frame.file.clone(), error, io: None }),
                Ok(None) => {
                    // The entries read so far are done: read the next.
                    let next = frame.input.next_piece(frame.reader.text_mut());
                    match next {
                        Ok(Some(line)) => frame.reader.restart(line),
                        Ok(None) => {
                            self.stack.pop();
                        }
                        Err(ReadError { error, io }) => {
                            // Nothing of a piece that could not be read.
                            frame.reader.text_mut().clear();
                            frame.reader.restart(error.line);
                            return Err(ZoneFileError { file: frame.file.clone(), error, io });
                        }
                    }
                    continue;
                }
                Ok(Some(Entry::Record(rr))) => break (rr.owner.wire_len(), rr.rdata.len(), rr.rtype, rr.class, rr.ttl),
                Ok(Some(Entry::Include(inc))) => {
                    let mut name = [0u8; 4096];
                    let fail = |error| ZoneFileError { file: frame.file.clone(), error, io: None };
                    let len = decode_field(&inc.file, &mut name, "file name").map_err(fail)?;
                    let at = inc.file.error(K::IncludeIo);
                    let origin = inc.origin.as_ref().map(NameBuf::from_name);
                    (name.get(..len).map(<[u8]>::to_vec).unwrap_or_default(), origin, inc.default_ttl, at)
                }
            };
            self.push_include(include)?;
        };
        // The reader wrote the owner at the start of `out` and the RDATA
        // right after it.
        let (owner, rest) = out.split_at(owner_len.min(out.len()));
        Ok(Some(ZoneRecord {
            owner: crate::Name::from_checked(owner, 0),
            rtype,
            class,
            ttl,
            rdata: rest.get(..rdata_len).unwrap_or_default(),
            ext: self.ext,
        }))
    }

    fn push_include(&mut self, inc: (Vec<u8>, Option<NameBuf>, Option<u32>, TextError)) -> Result<(), ZoneFileError> {
        let (name, origin, ttl, at) = inc;
        let file = self.stack.last().and_then(|f| f.file.clone());
        let fail = |kind| ZoneFileError { file: file.clone(), error: TextError { kind, ..at }, io: None };
        if self.stack.len() >= MAX_INCLUDE_DEPTH {
            return Err(fail(K::IncludeDepth));
        }
        let dir = self.include_dir.as_ref().ok_or_else(|| fail(K::IncludeDisabled))?;
        if self.includes >= MAX_INCLUDES {
            return Err(fail(K::IncludeTooMany { max: MAX_INCLUDES }));
        }
        self.includes += 1;
        let name = core::str::from_utf8(&name).map_err(|_| fail(K::IncludeIo))?;
        let path = dir.join(name).canonicalize().map_err(|_| fail(K::IncludeIo))?;
        if !path.starts_with(dir) {
            return Err(fail(K::IncludeOutside));
        }
        // Opening a FIFO would block until something writes to it, and a
        // device may never end: look before opening, and again at what
        // was opened.
        let meta = std::fs::metadata(&path).map_err(|_| fail(K::IncludeIo))?;
        if !meta.is_file() {
            return Err(fail(K::IncludeNotFile));
        }
        let opened = File::open(&path).map_err(|_| fail(K::IncludeIo))?;
        if !opened.metadata().map_err(|_| fail(K::IncludeIo))?.is_file() {
            return Err(fail(K::IncludeNotFile));
        }
        let mut reader = ZoneReader::new(Vec::new())
            .allow_include(true)
            .with_default_ttl(ttl)
            .with_extensions(self.ext)
            .with_generate_limit(self.generate_limit);
        if let Some(o) = origin {
            reader = reader.with_origin(o);
        }
        self.stack.push(Frame { reader, input: EntryReader::new(BufReader::new(opened)), file: Some(path) });
        Ok(())
    }
}
