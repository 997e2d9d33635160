//! Reading zone files from files and `io::BufRead` (feature `std`), with
//! `$INCLUDE` confined to a directory the caller names.

use alloc::vec::Vec;
use std::io::{self, BufRead};
use std::path::{Path, PathBuf};

use super::error::{TextError, TextErrorKind as K};
use super::scan::decode_field;
use super::zone::{Entry, ZoneReader, ZoneRecord};
use crate::name::NameBuf;

/// How deep `$INCLUDE` may nest.
pub const MAX_INCLUDE_DEPTH: usize = 8;

/// A [`TextError`] with the file it was found in.
#[derive(Debug)]
pub struct ZoneFileError {
    /// The file, if the text came from one.
    pub file: Option<PathBuf>,
    /// The error, with line and column.
    pub error: TextError,
}

impl core::fmt::Display for ZoneFileError {
    /// `FILE:line:col: reason`, or `line:col: reason` without a file.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match &self.file {
            Some(p) => write!(f, "{}:{}", p.display(), self.error),
            None => write!(f, "{}", self.error),
        }
    }
}

impl core::error::Error for ZoneFileError {}

struct Frame {
    reader: ZoneReader<Vec<u8>>,
    file: Option<PathBuf>,
}

/// A zone file read from a file or any `io::BufRead`, one record at a time
/// into the caller's buffer, following `$INCLUDE` only when
/// [`ZoneFile::include_from`] names the directory it may read from.
///
/// The text of each file is read into memory once; records are then
/// produced without further allocation.
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
pub struct ZoneFile {
    stack: Vec<Frame>,
    include_dir: Option<PathBuf>,
}

impl ZoneFile {
    /// Reads all of `r`.
    ///
    /// # Errors
    /// I/O errors of `r`.
    pub fn from_reader(mut r: impl BufRead) -> io::Result<Self> {
        let mut text = Vec::new();
        r.read_to_end(&mut text)?;
        Ok(Self { stack: std::vec![Frame { reader: ZoneReader::new(text), file: None }], include_dir: None })
    }

    /// Reads the file at `path`.
    ///
    /// # Errors
    /// I/O errors.
    pub fn open(path: impl AsRef<Path>) -> io::Result<Self> {
        let path = path.as_ref();
        let text = std::fs::read(path)?;
        Ok(Self {
            stack: std::vec![Frame { reader: ZoneReader::new(text), file: Some(path.to_path_buf()) }],
            include_dir: None,
        })
    }

    /// Sets the origin, as if the text began with `$ORIGIN`.
    pub fn with_origin(mut self, origin: NameBuf) -> Self {
        self.stack =
            self.stack.into_iter().map(|f| Frame { reader: f.reader.with_origin(origin), file: f.file }).collect();
        self
    }

    /// Enables `$INCLUDE`, for files inside `dir` only (names are taken
    /// relative to it; `..` or links that lead outside are refused).
    ///
    /// # Errors
    /// I/O errors resolving `dir`.
    pub fn include_from(mut self, dir: impl AsRef<Path>) -> io::Result<Self> {
        self.include_dir = Some(dir.as_ref().canonicalize()?);
        self.stack =
            self.stack.into_iter().map(|f| Frame { reader: f.reader.allow_include(true), file: f.file }).collect();
        Ok(self)
    }

    /// The next record, with its owner and RDATA written into `out`.
    ///
    /// # Errors
    /// A [`ZoneFileError`] naming the file, line and column.
    pub fn next_record<'b>(&mut self, out: &'b mut [u8]) -> Result<Option<ZoneRecord<'b>>, ZoneFileError> {
        let (owner_len, rdata_len, rtype, class, ttl) = loop {
            let Some(frame) = self.stack.last_mut() else { return Ok(None) };
            let include = match frame.reader.next_entry(out) {
                Err(error) => return Err(ZoneFileError { file: frame.file.clone(), error }),
                Ok(None) => {
                    self.stack.pop();
                    continue;
                }
                Ok(Some(Entry::Record(rr))) => break (rr.owner.wire_len(), rr.rdata.len(), rr.rtype, rr.class, rr.ttl),
                Ok(Some(Entry::Include(inc))) => {
                    let mut name = [0u8; 4096];
                    let fail = |error| ZoneFileError { file: frame.file.clone(), error };
                    let len = decode_field(&inc.file, &mut name, "file name").map_err(fail)?;
                    let at = inc.file.error(K::IncludeIo);
                    (name.get(..len).map(<[u8]>::to_vec).unwrap_or_default(), inc.origin, inc.default_ttl, at)
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
        }))
    }

    fn push_include(&mut self, inc: (Vec<u8>, Option<NameBuf>, Option<u32>, TextError)) -> Result<(), ZoneFileError> {
        let (name, origin, ttl, at) = inc;
        let file = self.stack.last().and_then(|f| f.file.clone());
        let fail = |kind| ZoneFileError { file: file.clone(), error: TextError { kind, ..at } };
        if self.stack.len() >= MAX_INCLUDE_DEPTH {
            return Err(fail(K::IncludeDepth));
        }
        let dir = self.include_dir.as_ref().ok_or_else(|| fail(K::IncludeDisabled))?;
        let name = core::str::from_utf8(&name).map_err(|_| fail(K::IncludeIo))?;
        let path = dir.join(name).canonicalize().map_err(|_| fail(K::IncludeIo))?;
        if !path.starts_with(dir) {
            return Err(fail(K::IncludeOutside));
        }
        let text = std::fs::read(&path).map_err(|_| fail(K::IncludeIo))?;
        let mut reader = ZoneReader::new(text).allow_include(true).with_default_ttl(ttl);
        if let Some(o) = origin {
            reader = reader.with_origin(o);
        }
        self.stack.push(Frame { reader, file: Some(path) });
        Ok(())
    }
}
