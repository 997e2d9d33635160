//! The zone-file reader (RFC 1035 section 5, RFC 2308 section 4, BIND's
//! `$GENERATE`): [`ZoneReader`].

use core::fmt;

use super::error::{TextError, TextErrorKind as K};
use super::fields::{RdataParser, name_field, name_into, parse_ttl};
use super::generate::{DEFAULT_GENERATE_LIMIT, Generate};
use super::tokenizer::{Field, PlainLine, Tokenizer, TokenizerState};
use crate::Name;
use crate::iana::{Class, Rtype};
use crate::name::{MAX_WIRE_LEN, NameBuf};
use crate::wire::{Reader, Writer};
use crate::{ext::Extensions, rdata::RData};

/// One record read from a zone file, in wire form in the caller's buffer.
#[derive(Debug, Clone, Copy)]
pub struct ZoneRecord<'b> {
    /// The owner, absolute.
    pub owner: Name<'b>,
    /// The record type.
    pub rtype: Rtype,
    /// The class.
    pub class: Class,
    /// The TTL.
    pub ttl: u32,
    /// The RDATA in uncompressed wire form.
    pub rdata: &'b [u8],
    /// The extensions the record was read with, for its `Display`.
    pub ext: Extensions<'static>,
}

impl<'b> ZoneRecord<'b> {
    /// The typed RDATA (checked when the record was read). Types that other
    /// crates define are [`RData::Unknown`] here even when the reader had
    /// their extensions: use [`ZoneRecord::data_with`] (with
    /// [`ZoneRecord::ext`], the reader's list) or [`ZoneRecord::data_as`].
    pub fn data(&self) -> RData<'b> {
        if self.rtype.is_opaque_in(self.class) {
            return RData::Unknown(self.rtype, crate::rdata::Unknown { rdata: self.rdata });
        }
        RData::parse(self.rtype, Reader::new(self.rdata))
            .unwrap_or(RData::Unknown(self.rtype, crate::rdata::Unknown { rdata: self.rdata }))
    }

    /// Reads the RDATA as `T`, as [`Record::data_as`](crate::Record::data_as)
    /// does: `Ok(None)` if `T` does not take the record's type.
    ///
    /// # Errors
    /// `T`'s [`WireError`](crate::WireError).
    pub fn data_as<T: crate::rdata::RecordData<'b>>(&self) -> Result<Option<T>, crate::WireError> {
        if !T::accepts(self.rtype) {
            return Ok(None);
        }
        crate::rdata::parse_all(self.rtype, Reader::new(self.rdata), T::parse).map(Some)
    }

    /// The RDATA typed with an extension list, as
    /// [`Record::data_with`](crate::Record::data_with) does (the list the
    /// record was read with is in [`ZoneRecord::ext`]).
    ///
    /// # Errors
    /// The extension's check (the reader checked the record already, with
    /// its own list).
    pub fn data_with<'e>(&self, ext: Extensions<'e>) -> Result<crate::ext::RDataWith<'b, 'e>, crate::WireError> {
        crate::ext::data::data_with(ext, self.rtype, self.class, Reader::new(self.rdata), || Ok(self.data()))
    }
}

impl fmt::Display for ZoneRecord<'_> {
    /// The record as one canonical zone-file line: absolute owner, TTL,
    /// class, type and RDATA, separated by tabs (the form `protokit zone
    /// print` writes; [`Record`](crate::Record)'s `Display` uses spaces).
    /// Extension types print through the reader's extensions.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rdata: &dyn fmt::Display = if self.rtype.is_opaque_in(self.class) {
            &crate::rdata::Unknown { rdata: self.rdata }
        } else {
            &self.ext.display(self.rtype, self.rdata)
        };
        write!(f, "{}\t{}\t{}\t{}\t{}", self.owner, self.ttl, self.class, self.ext.mnemonic(self.rtype), rdata)
    }
}

/// What a zone file holds besides records: an `$INCLUDE` directive that
/// the caller may act on.
///
/// It borrows from the reader (the file name from its text, the origin
/// from the reader's state), so [`Entry`] stays small: records, the common
/// case, are returned without copying a name buffer. To keep the origin
/// past the next call, copy it with [`NameBuf::from_name`].
///
/// ```
/// use dns_wire::NameBuf;
/// use dns_wire::text::{Entry, ZoneReader};
/// # fn main() -> Result<(), dns_wire::text::TextError> {
/// let zone = b"$ORIGIN example.\n$TTL 60\n$INCLUDE sub.zone sub\n";
/// let mut reader = ZoneReader::new(&zone[..]).allow_include(true);
/// // The buffer is for records' owners and RDATA; an include needs none.
/// let Some(Entry::Include(inc)) = reader.next_entry(&mut [])? else { panic!("an include") };
/// assert_eq!(inc.file.raw, b"sub.zone");
/// let origin: Option<NameBuf> = inc.origin.as_ref().map(NameBuf::from_name);
/// assert_eq!(origin.map(|o| o.to_string()).as_deref(), Some("sub.example."));
/// assert_eq!(inc.default_ttl, Some(60));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Include<'s> {
    /// The file name field as written (escapes not decoded).
    pub file: Field<'s>,
    /// The origin for the included file: the one the directive gives, else
    /// the current origin (borrowed from the reader).
    pub origin: Option<Name<'s>>,
    /// The `$TTL` in force at the directive.
    pub default_ttl: Option<u32>,
}

/// An item of a zone file.
#[derive(Debug, Clone, Copy)]
pub enum Entry<'b, 's> {
    /// A resource record.
    Record(ZoneRecord<'b>),
    /// An `$INCLUDE` directive (only when enabled with
    /// [`ZoneReader::allow_include`]).
    Include(Include<'s>),
}

/// Reads a zone file (RFC 1035 section 5) from text it holds or borrows,
/// one record at a time, writing each record's wire form into a buffer the
/// caller passes in. It allocates nothing.
///
/// Handles `$ORIGIN`, `$TTL` (RFC 2308), relative names and `@`, owner,
/// class and TTL inheritance (a record without TTL takes `$TTL`, else the
/// previous record's TTL, else for an SOA its MINIMUM), class and TTL in
/// either order, parentheses, comments, and BIND's `$GENERATE`.
/// `$INCLUDE` is an error unless the caller enables it; then it is handed
/// to the caller as [`Entry::Include`] (the `std` reader
/// [`ZoneFile`](super::ZoneFile) follows it within a directory).
///
/// ```
/// use dns_wire::text::{Entry, ZoneReader};
/// # fn main() -> Result<(), dns_wire::text::TextError> {
/// let zone = b"$ORIGIN example.\n$TTL 3600\n@ IN SOA ns host 1 7200 3600 1209600 300\n  NS ns\nns A 192.0.2.1\n";
/// let mut reader = ZoneReader::new(&zone[..]);
/// let mut buf = [0u8; 1024];
/// let mut lines = Vec::new();
/// while let Some(Entry::Record(rr)) = reader.next_entry(&mut buf)? {
///     lines.push(rr.to_string());
/// }
/// assert_eq!(lines[1], "example.\t3600\tIN\tNS\tns.example.");
/// assert_eq!(lines[2], "ns.example.\t3600\tIN\tA\t192.0.2.1");
/// # Ok(()) }
/// ```
pub struct ZoneReader<S> {
    src: S,
    tok: TokenizerState,
    state: State,
}

/// What the reader carries from one entry to the next.
struct State {
    origin: Option<NameBuf>,
    default_ttl: Option<u32>,
    last_ttl: Option<u32>,
    last_class: Option<Class>,
    /// The last owner read, in wire form: its first `last_owner_len`
    /// octets (none yet when 0).
    last_owner: [u8; MAX_WIRE_LEN],
    last_owner_len: usize,
    /// The origin an `$INCLUDE` gave, until it is handed over; then the
    /// origin handed over, which the [`Include`] borrows.
    include_origin: Option<NameBuf>,
    /// Whether the extensions leave the common type mnemonics to dns-wire,
    /// so that [`common_rtype`] may read them.
    common_types: bool,
    /// Whether plain lines are read without the tokenizer (off only in
    /// tests that compare both ways).
    fast_lines: bool,
    include: bool,
    generate: Option<Generate>,
    generate_limit: u64,
    ext: Extensions<'static>,
}

impl<S: AsRef<[u8]>> ZoneReader<S> {
    /// A reader over `src` with no origin (names must be absolute until a
    /// `$ORIGIN`).
    pub fn new(src: S) -> Self {
        Self {
            src,
            tok: TokenizerState::start(1),
            state: State {
                origin: None,
                default_ttl: None,
                last_ttl: None,
                last_class: None,
                last_owner: [0; MAX_WIRE_LEN],
                last_owner_len: 0,
                include_origin: None,
                common_types: true,
                fast_lines: true,
                include: false,
                generate: None,
                generate_limit: DEFAULT_GENERATE_LIMIT,
                ext: Extensions::NONE,
            },
        }
    }

    /// Sets the origin, as if the file began with `$ORIGIN`.
    pub fn with_origin(mut self, origin: NameBuf) -> Self {
        self.state.origin = Some(origin);
        self
    }

    /// Reads and prints the record types of these extensions too.
    pub fn with_extensions(mut self, ext: Extensions<'static>) -> Self {
        self.state.ext = ext;
        self.state.common_types = COMMON_TYPES
            .iter()
            .all(|&(m, t)| core::str::from_utf8(m).ok().and_then(|m| ext.rtype_from_mnemonic(m)) == Some(t));
        self
    }

    /// Sets how many records one `$GENERATE` may make (default
    /// [`DEFAULT_GENERATE_LIMIT`](super::DEFAULT_GENERATE_LIMIT)); a
    /// directive whose range is larger is refused at once, with its line
    /// and column, before it makes any record.
    ///
    /// ```
    /// use dns_wire::text::{TextErrorKind, ZoneReader};
    /// let zone = b"$ORIGIN example.\n$TTL 60\n$GENERATE 1-100 h$ A 192.0.2.1\n";
    /// let mut buf = [0u8; 512];
    /// let e = ZoneReader::new(&zone[..]).with_generate_limit(10).next_entry(&mut buf).unwrap_err();
    /// assert_eq!((e.line, e.col), (3, 11));
    /// assert_eq!(e.kind, TextErrorKind::GenerateTooMany { count: 100, max: 10 });
    /// assert!(ZoneReader::new(&zone[..]).with_generate_limit(100).next_entry(&mut buf).is_ok());
    /// ```
    pub fn with_generate_limit(mut self, max_records: u64) -> Self {
        self.state.generate_limit = max_records;
        self
    }

    /// Lets `$INCLUDE` through as [`Entry::Include`] instead of failing.
    pub fn allow_include(mut self, on: bool) -> Self {
        self.state.include = on;
        self
    }

    /// Sets the TTL of records without one, as if the file began with
    /// `$TTL`.
    pub fn with_default_ttl(mut self, ttl: Option<u32>) -> Self {
        self.state.default_ttl = ttl;
        self
    }

    /// The current `$TTL`.
    pub fn default_ttl(&self) -> Option<u32> {
        self.state.default_ttl
    }

    /// The current origin.
    pub fn origin(&self) -> Option<NameBuf> {
        self.state.origin
    }

    /// The current line (from 1).
    pub fn line(&self) -> u32 {
        Tokenizer::resume(self.src.as_ref(), self.tok).line()
    }

    /// Reads the next record (or enabled `$INCLUDE`), writing the record's
    /// owner and RDATA into `out`. `None` at the end of the text.
    ///
    /// # Errors
    /// A [`TextError`] with its line and column. The reader skips to the
    /// next entry, so the caller may go on after an error.
    pub fn next_entry<'b>(&mut self, out: &'b mut [u8]) -> Result<Option<Entry<'b, '_>>, TextError> {
        let src = self.src.as_ref();
        loop {
            // (The check first: taking the `$GENERATE` state moves it.)
            let generated = if self.state.generate.is_some() { self.state.next_generated(src, out)? } else { None };
            if let Some(Step::Record(owner_len, rdata_len, rtype, class, ttl)) = generated {
                return Ok(Some(Entry::Record(finish_record(
                    out,
                    owner_len,
                    rdata_len,
                    rtype,
                    class,
                    ttl,
                    self.state.ext,
                ))));
            }
            let mut tok = Tokenizer::resume(src, self.tok);
            let step = self.state.entry(&mut tok, out);
            // Whatever happened, go on after this entry next time.
            if step.is_err() {
                tok.recover();
            }
            self.tok = tok.state();
            match step? {
                Step::End => return Ok(None),
                Step::Directive => {}
                Step::Record(owner_len, rdata_len, rtype, class, ttl) => {
                    return Ok(Some(Entry::Record(finish_record(
                        out,
                        owner_len,
                        rdata_len,
                        rtype,
                        class,
                        ttl,
                        self.state.ext,
                    ))));
                }
                Step::Include(file) => {
                    // The directive's origin, else the current one, kept
                    // in the reader for the `Include` to borrow (the
                    // directive sets it afresh every time).
                    self.state.include_origin = self.state.include_origin.or(self.state.origin);
                    let origin = self.state.include_origin.as_ref().map(NameBuf::as_name);
                    return Ok(Some(Entry::Include(Include { file, origin, default_ttl: self.state.default_ttl })));
                }
            }
        }
    }
}

#[cfg(feature = "std")]
impl ZoneReader<alloc::vec::Vec<u8>> {
    /// The text, for [`ZoneFile`](super::ZoneFile) to replace with the
    /// next piece of a file (whole entries only) before
    /// [`ZoneReader::restart`].
    pub(crate) fn text_mut(&mut self) -> &mut alloc::vec::Vec<u8> {
        &mut self.src
    }

    /// Goes on at the start of the text, whose first line is `line`,
    /// keeping the origin, TTLs, class and owner carried from entry to
    /// entry.
    pub(crate) fn restart(&mut self, line: u32) {
        self.tok = TokenizerState::start(line);
        // A `$GENERATE` reads its templates from the text; it is done
        // before the text ends (`next_entry` has returned `None`).
        self.state.generate = None;
    }
}

impl State {
    fn entry<'s>(&mut self, tok: &mut Tokenizer<'s>, out: &mut [u8]) -> Result<Step<'s>, TextError> {
        let Some(blank) = tok.next_entry()? else { return Ok(Step::End) };
        if !blank && tok.next_octet() == Some(b'$') {
            if let Some(first) = tok.next_field()? {
                return self.directive(first, tok);
            }
        }
        self.record(blank, tok, out)
    }

    fn directive<'s>(&mut self, name: Field<'s>, tok: &mut Tokenizer<'s>) -> Result<Step<'s>, TextError> {
        let src = tok.text();
        let mut p = RdataParser::new(tok, self.origin.as_ref().map(NameBuf::as_name));
        if name.is("$ORIGIN") {
            let f = p.next("a domain name")?;
            let origin = name_buf(&f, self.origin)?;
            p.finish()?;
            self.origin = Some(origin);
            Ok(Step::Directive)
        } else if name.is("$TTL") {
            let f = p.next("a TTL")?;
            self.default_ttl = Some(parse_ttl(&f)?);
            p.finish()?;
            Ok(Step::Directive)
        } else if name.is("$INCLUDE") {
            if !self.include {
                return Err(name.error(K::IncludeDisabled));
            }
            let file = p.next("a file name")?;
            let origin = match p.try_next()? {
                Some(f) => Some(name_buf(&f, self.origin)?),
                None => None,
            };
            p.finish()?;
            self.include_origin = origin;
            Ok(Step::Include(file))
        } else if name.is("$GENERATE") {
            self.generate = Some(Generate::parse(&mut p, src, self.generate_limit)?);
            Ok(Step::Directive)
        } else {
            Err(name.error(K::UnknownDirective))
        }
    }

    /// Reads a record entry: owner, TTL and class in either order, type,
    /// RDATA. Writes the owner then the RDATA into `out`.
    ///
    /// A line whose owner, TTL, class and type are plain fields (no quote,
    /// escape or parenthesis before the RDATA) has them read from one
    /// [`PlainLine`] cursor, and an A, AAAA or NS record whose RDATA is one
    /// plain field ending the line is written from that field; any other
    /// record's RDATA fields are taken from the same cursor while they are
    /// plain ([`RdataParser::with_plain_line`]). A head that is not plain,
    /// and anything that fails in it, goes through the tokenizer, so
    /// errors (text and position) are the tokenizer's.
    fn record<'s>(&mut self, blank: bool, tok: &mut Tokenizer<'s>, out: &mut [u8]) -> Result<Step<'s>, TextError> {
        let line = tok.line();
        let plain =
            self.fast_lines.then(|| tok.plain_line()).flatten().and_then(|pl| self.plain_head(blank, line, pl, out));
        let (head, pl) = match plain {
            Some((head, pl)) => {
                if let Some(step) = self.plain_rdata(&head, pl.clone(), tok, out) {
                    return Ok(step);
                }
                tok.skip_to(&pl);
                (head, Some(pl))
            }
            None => {
                let origin = self.origin.as_ref().map(NameBuf::as_name);
                let head = self.head(blank, None, origin, line, out, |what, f| {
                    *f = tok.next_field()?.ok_or_else(|| TextError::at(tok.line(), 1, K::MissingField(what)))?;
                    Ok(())
                })?;
                (head, None)
            }
        };
        self.body(head, tok, pl, out)
    }

    /// Reads the head of a record from the plain line `pl` (standing where
    /// the tokenizer stands), writing a plain owner as it is scanned.
    /// `None` when a field is not plain or anything fails: then the record
    /// is read again through the tokenizer, which finds the real error, if
    /// any. With the head, the cursor standing after the type field.
    fn plain_head<'s>(
        &self,
        blank: bool,
        line: u32,
        mut pl: PlainLine<'s>,
        out: &mut [u8],
    ) -> Option<(Head<'s>, PlainLine<'s>)> {
        let origin = self.origin.as_ref().map(NameBuf::as_name);
        let written = if blank { None } else { pl.name(origin, out.get_mut(..MAX_WIRE_LEN.min(out.len()))?) };
        let head = self
            .head(blank, written, origin, line, out, |_, f| {
                *f = pl.next().flatten().ok_or(Reread)?;
                Ok::<_, Reread>(())
            })
            .ok()?;
        Some((head, pl))
    }

    /// Reads the owner (into the start of `out`), TTL, class and type of a
    /// record from the fields `next` puts in its second argument (or its
    /// error when none is left, naming what was wanted; a field handed
    /// back in place, not returned, is not copied through a `Result`); a blank owner is the last one, refused at
    /// `line` when there is none, and an owner already `written` (its
    /// length) is not read again. Relative names are completed with
    /// `origin`. Errors are `next`'s kind: [`TextError`] for the
    /// tokenizer, [`Reread`] for a plain cursor.
    fn head<'s, E: From<TextError>>(
        &self,
        blank: bool,
        written: Option<usize>,
        origin: Option<Name<'_>>,
        line: u32,
        out: &mut [u8],
        mut next: impl FnMut(&'static str, &mut Field<'s>) -> Result<(), E>,
    ) -> Result<Head<'s>, E> {
        let mut f = Field { raw: &[], quoted: false, line, col: 1, at: 0 };
        // The owner goes straight to the start of `out`.
        let owner_len = if blank {
            let last = self
                .last_owner
                .get(..self.last_owner_len)
                .filter(|o| !o.is_empty())
                .ok_or_else(|| TextError::at(line, 1, K::MissingField("an owner name")))?;
            out.get_mut(..last.len()).ok_or(TextError::at(line, 1, K::NoSpace))?.copy_from_slice(last);
            last.len()
        } else if let Some(len) = written {
            len
        } else {
            next("an owner name", &mut f)?;
            let room = out.len().min(MAX_WIRE_LEN);
            name_into(&f, origin, out.get_mut(..room).unwrap_or_default())?
        };
        let mut ttl = None;
        let mut class = None;
        let (type_field, rtype) = loop {
            next("a record type", &mut f)?;
            if ttl.is_none() && f.raw.first().is_some_and(u8::is_ascii_digit) {
                ttl = Some(parse_ttl(&f)?);
                continue;
            }
            // The common spellings by their octets: `IN`, and types that
            // are no class's mnemonic (so the class is not looked for).
            if class.is_none() && f.raw == b"IN" {
                class = Some(Class::IN);
                continue;
            }
            if let Some(t) = self.common_types.then(|| common_rtype(f.raw)).flatten() {
                break (f, t);
            }
            let text = f.as_str();
            if let Some(c) = class.is_none().then(|| text.and_then(Class::from_mnemonic)).flatten() {
                class = Some(c);
            } else if let Some(t) = text.and_then(|m| self.ext.rtype_from_mnemonic(m)) {
                break (f, t);
            } else {
                return Err(f.error(K::UnknownType).into());
            }
        };
        let class = class.or(self.last_class).unwrap_or(Class::IN);
        Ok(Head { blank, owner_len, ttl, class, type_field, rtype })
    }

    /// Writes the RDATA of an A, AAAA or NS record (of dns-wire's own
    /// reading, not an extension's) whose RDATA is one plain field that
    /// ends the line, as the type's reader does, and ends the entry.
    /// `None`, with the tokenizer untouched, for any other record and for
    /// a field that the reader would refuse.
    fn plain_rdata<'s>(
        &mut self,
        head: &Head<'s>,
        mut pl: PlainLine<'s>,
        tok: &mut Tokenizer<'s>,
        out: &mut [u8],
    ) -> Option<Step<'s>> {
        if !matches!(head.rtype, Rtype::A | Rtype::AAAA | Rtype::NS)
            || head.rtype.is_opaque_in(head.class)
            || self.ext.find(head.rtype).is_some()
        {
            return None;
        }
        let rdata_out = out.get_mut(head.owner_len..)?;
        let room = rdata_out.len().min(MAX_RDATA);
        let rdata_out = rdata_out.get_mut(..room)?;
        let origin = self.origin.as_ref().map(NameBuf::as_name);
        let rdata_len = match head.rtype {
            Rtype::A => {
                let octets = super::fields::parse_ipv4(&pl.next()??, "an IPv4 address").ok()?;
                rdata_out.get_mut(..4)?.copy_from_slice(&octets);
                4
            }
            Rtype::AAAA => {
                let octets = super::fields::parse_ipv6(&pl.next()??, "an IPv6 address").ok()?;
                rdata_out.get_mut(..16)?.copy_from_slice(&octets);
                16
            }
            // A plain name is written as it is scanned; any other field
            // goes to the name reader.
            _ => match pl.name(origin, rdata_out) {
                Some(len) => len,
                None => name_into(&pl.next()??, origin, rdata_out).ok()?,
            },
        };
        pl.next()?.is_none().then_some(())?;
        let ttl = head.ttl.or(self.default_ttl).or(self.last_ttl)?;
        tok.end_entry_at(&pl);
        Some(self.remember(head, ttl, out, rdata_len))
    }

    /// Reads the RDATA of a record whose head is read, with the tokenizer
    /// standing after the type field,
    /// reading its fields from `plain`, when given, while they are plain.
    fn body<'s>(
        &mut self,
        head: Head<'s>,
        tok: &mut Tokenizer<'s>,
        plain: Option<PlainLine<'s>>,
        out: &mut [u8],
    ) -> Result<Step<'s>, TextError> {
        let origin = self.origin.as_ref().map(NameBuf::as_name);
        let Head { owner_len, class, type_field, rtype, .. } = head;
        let rdata_out = out.get_mut(owner_len..).unwrap_or_default();
        let mut w = Writer::new(rdata_out);
        // RDLENGTH is 16 bits: no more is written (and `rdata_text` says
        // which field went over).
        w.set_limit(MAX_RDATA);
        let mut p = match plain {
            Some(pl) => RdataParser::with_plain_line(tok, origin, pl),
            None => RdataParser::new(tok, origin),
        };
        // A type without a presentation format is the type field's fault.
        rdata_text(rtype, class, self.ext, &mut p, &mut w).map_err(|e| match e.kind {
            K::NoTextFormat | K::NeedsExtension { .. } => type_field.error(e.kind),
            _ => e,
        })?;
        p.finish()?;
        let rdata_len = w.pos();
        let ttl = match head.ttl.or(self.default_ttl).or(self.last_ttl) {
            Some(t) => t,
            None if rtype == Rtype::SOA => {
                soa_minimum(out.get(owner_len..).and_then(|r| r.get(..rdata_len)).unwrap_or_default())
                    .ok_or_else(|| type_field.error(K::NoTtl))?
            }
            None => return Err(type_field.error(K::NoTtl)),
        };
        Ok(self.remember(&head, ttl, out, rdata_len))
    }

    /// Carries the TTL, class and owner of a record read into `out` on to
    /// the next one.
    fn remember<'s>(&mut self, head: &Head<'s>, ttl: u32, out: &[u8], rdata_len: usize) -> Step<'s> {
        self.last_ttl = Some(ttl);
        self.last_class = Some(head.class);
        if !head.blank {
            let owner_wire = out.get(..head.owner_len).unwrap_or_default();
            if let Some(last) = self.last_owner.get_mut(..owner_wire.len()) {
                last.copy_from_slice(owner_wire);
                self.last_owner_len = owner_wire.len();
            }
        }
        Step::Record(head.owner_len, rdata_len, head.rtype, head.class, ttl)
    }

    fn next_generated(&mut self, src: &[u8], out: &mut [u8]) -> Result<Option<Step<'static>>, TextError> {
        let Some(mut g) = self.generate.take() else { return Ok(None) };
        let mut text = [0u8; super::generate::MAX_GENERATED];
        let Some((len, line)) = g.next_text(src, &mut text)? else { return Ok(None) };
        self.generate = Some(g);
        let mut tok = Tokenizer::starting_at(text.get(..len).unwrap_or_default(), line);
        let blank = tok.next_entry()?.unwrap_or(false);
        match self.record(blank, &mut tok, out)? {
            Step::Record(owner_len, rdata_len, rtype, class, ttl) => {
                Ok(Some(Step::Record(owner_len, rdata_len, rtype, class, ttl)))
            }
            _ => Ok(None),
        }
    }
}

/// The owner, TTL, class and type of a record, read.
struct Head<'s> {
    /// Whether the owner is the previous record's.
    blank: bool,
    /// The owner's length at the start of the output.
    owner_len: usize,
    ttl: Option<u32>,
    class: Class,
    type_field: Field<'s>,
    rtype: Rtype,
}

/// Why [`State::head`] stopped reading a [`PlainLine`]: a field that is
/// not plain, or any error. It never leaves [`State::plain_head`], which
/// has the record read again through the tokenizer.
struct Reread;

impl From<TextError> for Reread {
    fn from(_: TextError) -> Self {
        Reread
    }
}

/// What one entry turned out to be.
enum Step<'s> {
    End,
    Directive,
    Record(usize, usize, Rtype, Class, u32),
    Include(Field<'s>),
}

fn finish_record<'b>(
    out: &'b [u8],
    owner_len: usize,
    rdata_len: usize,
    rtype: Rtype,
    class: Class,
    ttl: u32,
    ext: Extensions<'static>,
) -> ZoneRecord<'b> {
    let (owner, rest) = out.split_at(owner_len.min(out.len()));
    ZoneRecord {
        owner: Name::from_checked(owner, 0),
        rtype,
        class,
        ttl,
        rdata: rest.get(..rdata_len).unwrap_or_default(),
        ext,
    }
}

/// Reads a name field into a [`NameBuf`].
fn name_buf(f: &Field<'_>, origin: Option<NameBuf>) -> Result<NameBuf, TextError> {
    let mut buf = [0u8; MAX_WIRE_LEN];
    let len = name_field(f, origin.as_ref().map(NameBuf::as_name), &mut buf)?;
    Ok(NameBuf::from_name(&Name::from_checked(buf.get(..len).unwrap_or(&[0]), 0)))
}
/// The type mnemonics of most records, as zone files spell them, none of
/// them a class mnemonic.
const COMMON_TYPES: [(&[u8], Rtype); 16] = [
    (b"A", Rtype::A),
    (b"NS", Rtype::NS),
    (b"CNAME", Rtype::CNAME),
    (b"SOA", Rtype::SOA),
    (b"PTR", Rtype::PTR),
    (b"MX", Rtype::MX),
    (b"TXT", Rtype::TXT),
    (b"AAAA", Rtype::AAAA),
    (b"SRV", Rtype::SRV),
    (b"DS", Rtype::DS),
    (b"RRSIG", Rtype::RRSIG),
    (b"NSEC", Rtype::NSEC),
    (b"DNSKEY", Rtype::DNSKEY),
    (b"NSEC3", Rtype::NSEC3),
    (b"NSEC3PARAM", Rtype::NSEC3PARAM),
    (b"CAA", Rtype::CAA),
];

/// The type of a [`COMMON_TYPES`] spelling, found by length and octets.
pub(crate) fn common_rtype(raw: &[u8]) -> Option<Rtype> {
    Some(match raw {
        b"A" => Rtype::A,
        b"NS" => Rtype::NS,
        b"CNAME" => Rtype::CNAME,
        b"SOA" => Rtype::SOA,
        b"PTR" => Rtype::PTR,
        b"MX" => Rtype::MX,
        b"TXT" => Rtype::TXT,
        b"AAAA" => Rtype::AAAA,
        b"SRV" => Rtype::SRV,
        b"DS" => Rtype::DS,
        b"RRSIG" => Rtype::RRSIG,
        b"NSEC" => Rtype::NSEC,
        b"DNSKEY" => Rtype::DNSKEY,
        b"NSEC3" => Rtype::NSEC3,
        b"NSEC3PARAM" => Rtype::NSEC3PARAM,
        b"CAA" => Rtype::CAA,
        _ => return None,
    })
}

/// The MINIMUM field of SOA RDATA in wire form.
fn soa_minimum(rdata: &[u8]) -> Option<u32> {
    let tail: [u8; 4] = rdata.get(rdata.len().checked_sub(4)?..)?.try_into().ok()?;
    Some(u32::from_be_bytes(tail))
}

/// Reads RDATA text for a record of `rtype` in `class`: the generic form
/// `\# <length> <hex>` (RFC 3597 section 5) for any type, checked against
/// the type's wire format when dns-wire knows it, or the type's own
/// presentation format.
///
/// RDATA longer than 65,535 octets (RDLENGTH is 16 bits) is refused with
/// [`TextErrorKind::TooLong`](super::TextErrorKind::TooLong) at the field
/// that went over, whenever `w` has room for 65,535 octets or more.
///
/// # Errors
/// A [`TextError`] naming what was expected.
pub fn rdata_text(
    rtype: Rtype,
    class: Class,
    ext: Extensions<'_>,
    p: &mut RdataParser<'_, '_, '_>,
    w: &mut Writer<'_>,
) -> Result<(), TextError> {
    let start = w.pos();
    let room = w.limit().saturating_sub(start);
    let too_long = K::TooLong { what: "RDATA", max: MAX_RDATA };
    match rdata_text_any_length(rtype, class, ext, p, w) {
        // With room for the longest RDATA there is, running out of room
        // means the RDATA is longer than that.
        Err(e) if e.kind == K::NoSpace && room >= MAX_RDATA => Err(TextError { kind: too_long, ..e }),
        Err(e) => Err(e),
        Ok(()) if w.pos().saturating_sub(start) > MAX_RDATA => Err(p.error(too_long)),
        Ok(()) => Ok(()),
    }
}

/// Reads `text`, the presentation form of one record's RDATA of type `rtype`
/// (class IN, names absolute, the generic `\# <length> <hex>` form
/// included), with the types of `ext` as well as dns-wire's, and writes its
/// wire form into `buf`. One call: no tokenizer or parser to set up. The
/// reverse is `Display`: [`Extensions::display`] for any type.
///
/// ```
/// use dns_wire::{ext::Extensions, iana::Rtype, text::rdata_from_text};
/// # fn main() -> Result<(), dns_wire::text::TextError> {
/// let mut buf = [0u8; 64];
/// let wire = rdata_from_text(Rtype::MX, Extensions::NONE, "10 mail.example.", &mut buf)?;
/// assert_eq!(wire, b"\x00\x0a\x04mail\x07example\x00");
/// assert_eq!(Extensions::NONE.display(Rtype::MX, wire).to_string(), "10 mail.example.");
/// // HTTPS needs svcb's extensions (`svcb::EXTENSIONS`):
/// let e = rdata_from_text(Rtype::HTTPS, Extensions::NONE, "1 . alpn=h2", &mut buf).unwrap_err();
/// assert_eq!(e.to_string(), "1:1: HTTPS has no presentation format here: add the svcb crate's extensions (or use \\# <length> <hex>)");
/// # Ok(()) }
/// ```
///
/// # Errors
/// A [`TextError`] naming the field at fault (line 1, the column in
/// `text`); [`TextErrorKind::Trailing`](K::Trailing) when `text` holds more
/// than one entry; [`TextErrorKind::NoSpace`](K::NoSpace) when `buf` is too
/// small.
pub fn rdata_from_text<'b>(
    rtype: Rtype,
    ext: Extensions<'_>,
    text: &str,
    buf: &'b mut [u8],
) -> Result<&'b [u8], TextError> {
    let mut tok = Tokenizer::new(text.as_bytes());
    tok.next_entry()?;
    let mut p = RdataParser::new(&mut tok, None);
    let mut w = Writer::new(buf);
    rdata_text(rtype, Class::IN, ext, &mut p, &mut w)?;
    p.finish()?;
    if tok.next_entry()?.is_some() {
        return Err(TextError::at(tok.line(), 1, K::Trailing));
    }
    Ok(w.finish())
}

/// The most octets of RDATA a record may have: RDLENGTH is 16 bits (RFC
/// 1035 section 3.2.1).
const MAX_RDATA: usize = 65_535;

/// [`rdata_text`] without the length check.
fn rdata_text_any_length(
    rtype: Rtype,
    class: Class,
    ext: Extensions<'_>,
    p: &mut RdataParser<'_, '_, '_>,
    w: &mut Writer<'_>,
) -> Result<(), TextError> {
    if p.peek()?.is_some_and(|f| f.raw == b"\\#" && !f.quoted) {
        p.next("\\#")?;
        let start = w.pos();
        let len = p.u16("the RDATA length")?;
        if len > 0 {
            p.hex_rest(w, false)?;
        }
        let wrote = w.pos() - start;
        if wrote != usize::from(len) {
            return Err(p.error(K::GenericLength));
        }
        let opaque = rtype.is_opaque_in(class);
        if !opaque && (RData::is_known(rtype) || ext.find(rtype).is_some()) {
            let data = w.written().get(start..).unwrap_or_default();
            ext.check(rtype, data).map_err(|_| p.error(K::Invalid("generic RDATA not valid for the type")))?;
        }
        return Ok(());
    }
    if rtype.is_opaque_in(class) {
        return Err(p.error(K::NoTextFormat));
    }
    match ext.find(rtype) {
        Some(e) => e.parse_text(rtype, p, w),
        None => RData::parse_text(rtype, p, w),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::{String, ToString};
    use alloc::vec::Vec;

    fn read(zone: &str) -> Result<Vec<String>, TextError> {
        let mut r = ZoneReader::new(zone.as_bytes());
        let mut buf = [0u8; 70000];
        let mut out = Vec::new();
        while let Some(e) = r.next_entry(&mut buf)? {
            match e {
                Entry::Record(rr) => out.push(rr.to_string()),
                Entry::Include(i) => out.push(alloc::format!("include {:?}", i.file.as_str())),
            }
        }
        Ok(out)
    }

    #[test]
    fn inheritance_like_dnspython() {
        let z = "$ORIGIN example.\n@ IN SOA ns h 1 2 3 4 5\n@ NS ns\nwww 600 A 1.2.3.4\nx A 1.2.3.5\n$TTL 99\ny A 1.2.3.6\nz 7 A 1.1.1.1\nw A 1.1.1.1\n";
        let got = read(z).unwrap();
        let want = [
            "example.\t5\tIN\tSOA\tns.example. h.example. 1 2 3 4 5",
            "example.\t5\tIN\tNS\tns.example.",
            "www.example.\t600\tIN\tA\t1.2.3.4",
            "x.example.\t600\tIN\tA\t1.2.3.5",
            "y.example.\t99\tIN\tA\t1.2.3.6",
            "z.example.\t7\tIN\tA\t1.1.1.1",
            "w.example.\t99\tIN\tA\t1.1.1.1",
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn class_and_ttl_in_either_order_and_blank_owners() {
        let z = "a. IN 60 A 10.0.0.1\n   60 IN TXT \"x\" ( \"y\"\n  )\nb. CH 5 TXT z\n";
        assert_eq!(
            read(z).unwrap(),
            ["a.\t60\tIN\tA\t10.0.0.1", "a.\t60\tIN\tTXT\t\"x\" \"y\"", "b.\t5\tCH\tTXT\t\"z\""]
        );
    }

    #[test]
    fn generic_rdata() {
        let z = "a. 1 IN TYPE65280 \\# 3 abcd ef\na. 1 IN A \\# 4 0a000001\na. 1 CLASS32 A \\# 2 0102\na. 1 IN NULL \\# 0\n";
        assert_eq!(
            read(z).unwrap(),
            [
                "a.\t1\tIN\tTYPE65280\t\\# 3 abcdef",
                "a.\t1\tIN\tA\t10.0.0.1",
                "a.\t1\tCLASS32\tA\t\\# 2 0102",
                "a.\t1\tIN\tNULL\t\\# 0"
            ]
        );
        assert_eq!(
            read("a. 1 IN A \\# 3 0a0000\n").unwrap_err().kind,
            K::Invalid("generic RDATA not valid for the type")
        );
        assert_eq!(read("a. 1 IN A \\# 5 0a000001\n").unwrap_err().kind, K::GenericLength);
    }

    #[test]
    fn errors_carry_positions() {
        assert_eq!(read("a. 1 IN A 1.2.3\n").unwrap_err(), TextError::at(1, 11, K::Expected("an IPv4 address")));
        assert_eq!(read("\na. 1 IN BOGUS x\n").unwrap_err(), TextError::at(2, 9, K::UnknownType));
        assert_eq!(read("a. IN A 1.2.3.4\n").unwrap_err(), TextError::at(1, 7, K::NoTtl));
        assert_eq!(read("a. 1 IN A 1.2.3.4 5\n").unwrap_err(), TextError::at(1, 19, K::Trailing));
        assert_eq!(read("a 1 IN A 1.2.3.4\n").unwrap_err(), TextError::at(1, 1, K::NoOrigin));
        assert_eq!(read("$INCLUDE x\n").unwrap_err(), TextError::at(1, 1, K::IncludeDisabled));
        assert_eq!(read("$FOO x\n").unwrap_err(), TextError::at(1, 1, K::UnknownDirective));
        assert_eq!(read("  1 IN A 1.2.3.4\n").unwrap_err().kind, K::MissingField("an owner name"));
        assert_eq!(read("a. 1 IN MX 65536 b.\n").unwrap_err().kind, K::OutOfRange { what: "a preference", max: 65535 });
        assert_eq!(read("a. 1 IN TXT \"unterminated\n").unwrap_err().kind, K::UnterminatedQuote);
        assert_eq!(read("a. 1 IN TXT ( x\n").unwrap_err().kind, K::UnbalancedParens);
    }

    /// The octet lookup of common types agrees with the mnemonic tables,
    /// and none of its spellings is a class, so skipping the class lookup
    /// for them changes nothing.
    #[test]
    fn common_types_are_types_and_not_classes() {
        for (m, t) in COMMON_TYPES {
            let text = core::str::from_utf8(m).unwrap();
            assert_eq!(common_rtype(m), Some(t));
            assert_eq!(Rtype::from_mnemonic(text), Some(t));
            assert_eq!(Class::from_mnemonic(text), None);
        }
        assert_eq!(common_rtype(b"ns"), None);
        assert_eq!(common_rtype(b"IN"), None);
        let z = "a. 1 IN ns b.\na. 1 IN IN NS b.\n";
        assert_eq!(read(z).unwrap_err(), TextError::at(2, 9, K::UnknownType));
        assert_eq!(read("a. 1 in NS b.\n").unwrap(), ["a.\t1\tIN\tNS\tb."]);
    }

    #[test]
    fn reader_goes_on_after_an_error() {
        let mut r = ZoneReader::new(&b"a. 1 IN A bad\nb. 1 IN A 1.2.3.4\n"[..]);
        let mut buf = [0u8; 512];
        assert!(r.next_entry(&mut buf).is_err());
        let Some(Entry::Record(rr)) = r.next_entry(&mut buf).unwrap() else { panic!("a record") };
        assert_eq!(rr.owner.to_string(), "b.");
    }

    #[test]
    fn generate() {
        let z = "$ORIGIN example.\n$TTL 60\n$GENERATE 1-3 host$ A 10.0.0.$\n$GENERATE 0-20/10 ${5,3,x} PTR h${0,2,d}.\n$GENERATE 10-10 ${0,4,n} CNAME \\$x\n";
        let got = read(z).unwrap();
        assert_eq!(
            got,
            [
                "host1.example.\t60\tIN\tA\t10.0.0.1",
                "host2.example.\t60\tIN\tA\t10.0.0.2",
                "host3.example.\t60\tIN\tA\t10.0.0.3",
                "005.example.\t60\tIN\tPTR\th00.",
                "00f.example.\t60\tIN\tPTR\th10.",
                "019.example.\t60\tIN\tPTR\th20.",
                "a.0.0.0.example.\t60\tIN\tCNAME\t\\$x.example.",
            ]
        );
    }

    #[test]
    fn include_is_handed_to_the_caller_when_enabled() {
        let mut r = ZoneReader::new(&b"$INCLUDE \"sub.zone\" sub.example.\n"[..]).allow_include(true);
        let mut buf = [0u8; 512];
        let Some(Entry::Include(i)) = r.next_entry(&mut buf).unwrap() else { panic!("an include") };
        assert_eq!(i.file.raw, b"sub.zone");
        assert_eq!(i.origin.map(|o| o.to_string()), Some("sub.example.".to_string()));
    }

    /// Each entry of `zone` read with includes on, into a buffer of `room`
    /// octets: a record as its line, an include as its file, origin and
    /// TTL, an error as its kind and place.
    fn includes(zone: &[u8], room: usize) -> Vec<String> {
        let mut r = ZoneReader::new(zone).allow_include(true);
        let mut buf = alloc::vec![0u8; room];
        let mut out = Vec::new();
        for _ in 0..50 {
            out.push(match r.next_entry(&mut buf) {
                Ok(None) => break,
                Ok(Some(Entry::Record(rr))) => rr.to_string(),
                Ok(Some(Entry::Include(i))) => {
                    let origin = i.origin.map(|o| o.to_string());
                    alloc::format!("include {:?} {origin:?} {:?}", i.file.as_str(), i.default_ttl)
                }
                Err(e) => alloc::format!("{:?} at {}:{}", e.kind, e.line, e.col),
            });
        }
        out
    }

    #[test]
    fn include_origin_is_borrowed_from_the_reader() {
        // Given (absolute, relative), not given (the current origin, or
        // none), one given then one not (the first must not linger), and
        // errors in the directive.
        let zone = b"$INCLUDE none.zone\n$INCLUDE abs.zone a.example.\n$ORIGIN example.\n$TTL 7\n\
            $INCLUDE cur.zone\n$INCLUDE rel.zone sub\n$INCLUDE after.zone\nx A 192.0.2.1\n\
            $INCLUDE \"q.zone\" @\n$INCLUDE bad.zone a..b\n$INCLUDE next.zone\n$INCLUDE\n";
        let want = [
            "include Some(\"none.zone\") None None",
            "include Some(\"abs.zone\") Some(\"a.example.\") None",
            "include Some(\"cur.zone\") Some(\"example.\") Some(7)",
            "include Some(\"rel.zone\") Some(\"sub.example.\") Some(7)",
            "include Some(\"after.zone\") Some(\"example.\") Some(7)",
            "x.example.\t7\tIN\tA\t192.0.2.1",
            "include Some(\"q.zone\") Some(\"example.\") Some(7)",
            "Name(EmptyLabel { at: 2 }) at 10:19",
            "include Some(\"next.zone\") Some(\"example.\") Some(7)",
            "MissingField(\"a file name\") at 12:1",
        ];
        assert_eq!(includes(zone, 512), want);
        // An include writes nothing into the caller's buffer, so one too
        // small for any record (even empty) still takes it; the record in
        // between fails there (its owner does not fit), and the reader goes on.
        let mut small = want.map(String::from);
        small[5] = "Name(NoSpace) at 8:1".to_string();
        for room in [0, 1] {
            assert_eq!(includes(zone, room), small, "{room}");
        }
        // A relative origin without `$ORIGIN`: as before, `NoOrigin`.
        assert_eq!(includes(b"$INCLUDE f sub\n", 0), ["NoOrigin at 1:12"]);
        // The include is small because it holds no origin of its own.
        assert!(core::mem::size_of::<Entry<'_, '_>>() < core::mem::size_of::<NameBuf>());
    }

    /// Everything a reader gives for `zone` (records as text and octets,
    /// errors, the line after each step), going on after errors, into a
    /// buffer of `room` octets.
    fn trace(zone: &[u8], room: usize, fast: bool) -> Vec<String> {
        let mut r = ZoneReader::new(zone);
        r.state.fast_lines = fast;
        let mut buf = alloc::vec![0u8; room];
        let mut out = Vec::new();
        for _ in 0..200 {
            let step = match r.next_entry(&mut buf) {
                Ok(None) => break,
                Ok(Some(Entry::Record(rr))) => alloc::format!("{rr} {:?} {:?}", rr.owner.raw_parts().0, rr.rdata),
                Ok(Some(Entry::Include(_))) => "include".to_string(),
                Err(e) => alloc::format!("{e:?}"),
            };
            out.push(alloc::format!("{step} @{}", r.line()));
        }
        out
    }

    /// Plain lines read without the tokenizer give exactly what the
    /// tokenizer gives: the same records, octets, errors (kind, line and
    /// column) and lines, for lines made of well-formed and hostile pieces.
    #[test]
    fn plain_lines_read_as_the_tokenizer_reads_them() {
        use proptest::prelude::*;
        const PIECES: &[&str] = &[
            "a",
            "b.",
            "@",
            "ex.",
            "x\\.y",
            "\"q\"",
            "*",
            "a..b",
            ".",
            "xn--bcher-kva",
            "ns1.provider-17.net.",
            "host-name.example",
            "ab!cdefgh.ijk",
            "a..bcdefghij",
            "@abcdefghij.",
            "0123456789012345678901234567890123456789012345678901234567890123.x.",
            "-",
            "a\\032b",
            "0123456789012345678901234567890123456789012345678901234567890123",
            "60",
            "1h",
            "0",
            "4294967296",
            "1x",
            "IN",
            "in",
            "CH",
            "CLASS1",
            "A",
            "AAAA",
            "NS",
            "ns",
            "MX",
            "TXT",
            "SOA",
            "CNAME",
            "BOGUS",
            "TYPE1",
            "NULL",
            "1.2.3.4",
            "1.2.3",
            "01.2.3.4",
            "::1",
            "1::2::3",
            "::ffff:1.2.3.4",
            "ns.ex.",
            "10",
            "(",
            ")",
            "( 1.2.3.4 )",
            "\\# 4 0a000001",
            "\\#",
            "\"x y\"",
            ";c",
            "$ORIGIN",
            "$TTL",
            "$GENERATE",
            "\\",
            "\0",
        ];
        const OWNERS: &[&str] = &[
            "",
            "a",
            "b.",
            "@",
            "x\\.y",
            "\"q\"",
            "a..b",
            "-",
            "(",
            "\\",
            "host-name-17",
            "ns1.provider-17.net.",
            "a-label-of-sixteen",
            "0123456789012345678901234567890123456789012345678901234567890123.x.",
            "ab!cdefgh.ijk",
        ];
        const MIDS: &[&str] = &["60", "1h", "4294967296", "1x", "IN", "in", "CH", "CLASS1", "(", "\\060"];
        const TYPES: &[&str] = &["A", "AAAA", "NS", "ns", "MX", "TXT", "SOA", "CNAME", "BOGUS", "TYPE1", "NULL"];
        const BLANKS: &[&str] = &[" ", "\t", "  ", " \r", ""];
        const ENDS: &[&str] = &["\n", " ;c\n", "\r\n", "\n\n", "; x ( \" \n", ""];
        let select = proptest::sample::select;
        let gap = || select(BLANKS);
        let pieces = |list: &'static [&'static str]| proptest::collection::vec((gap(), select(list)), 0..4);
        // A record line of chosen parts, or a line of any pieces.
        // The records the plain-line path writes itself: A, AAAA or NS
        // with one field of RDATA.
        const ONE_FIELD: &[&str] = &[
            "ns1.provider-17.net.",
            "host-name.example",
            "ns",
            "@",
            "1.2.3.4",
            "2001:db8::1",
            "1.2.3",
            "a..bcdefghij",
            "0123456789012345678901234567890123456789012345678901234567890123.x.",
            "ab!cdefgh.ijk",
            "x\\.yzzzzzzzzz",
            "\"q\"",
        ];
        let plain_record =
            (select(OWNERS), pieces(MIDS), select(&["A", "AAAA", "NS"][..]), select(ONE_FIELD), select(ENDS)).prop_map(
                |(owner, mids, ty, rdata, end)| {
                    let mut l = owner.to_string();
                    for (g, p) in &mids {
                        l.push_str(if g.is_empty() { " " } else { g });
                        l.push_str(p);
                    }
                    alloc::format!("{l}\t{ty}  {rdata}{end}")
                },
            );
        // DNSSEC records as signed zones write them (RRSIG, NSEC3, DS,
        // DNSKEY, some split over lines in parentheses), with fields
        // swapped for hostile ones or added, and lines cut anywhere.
        const SIGNED: &[(&str, &str)] = &[
            (
                "RRSIG",
                "NS 13 2 86400 20261220123456 20261206123456 12345 tld. AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/AbCdEfGhIjKlMnOpQrSt==",
            ),
            ("RRSIG", "DS 13 2 3600 20261220123456 20261206123456 12345 tld. ( AbCdEfGh IjKl\n\t\t\tMnOp== )"),
            ("RRSIG", "NSEC3 8 3 0 1800000000 1700000000 65535 sub.tld AbCd EfGh"),
            ("NSEC3", "1 1 0 - 0123456789ABCDEFGHIJKLMNOPQRSTUV NS DS RRSIG"),
            ("NSEC3", "1 0 10 aabbccdd 0123456789ABCDEFGHIJKLMNOPQRSTUV A TYPE65534 ( MX )"),
            ("DS", "12345 13 2 0123456789abcdef0123456789abcdef 0123456789abcdef0123456789abcdef"),
            ("DS", "1 8 1 ( 0123456789abcdef0123456789abcdef01234567 )"),
            (
                "DNSKEY",
                "257 3 13 AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/AbCdEfGhIj==",
            ),
            ("DNSKEY", "256 3 8 ( AwEAAb Cd== )"),
            ("NSEC3PARAM", "1 0 0 -"),
            ("TYPE65534", "\\# 2 abcd"),
            ("CDS", "0 0 0 00"),
        ];
        const HOSTILE: &[&str] = &[
            "AbC=",
            "A===",
            "@@@@",
            "AbCd=EfG",
            "20261320123456",
            "20261232000000",
            "99991231235959",
            "4294967296",
            "1970",
            "202612201234567",
            "BOGUS",
            "TYPE65534",
            "TYPE65536",
            "TYPE0",
            "ns",
            "WXYZ",
            "0123456789ABCDEFGHIJKLMNOPQRSTUVW",
            "abc",
            "0g",
            "-",
            "256",
            "65536",
            "\"q\"",
            "x\\032",
            "\\",
            "(",
            ")",
            ";c",
            "\0",
        ];
        let long_fields = [
            "A".repeat(420),
            "0".repeat(520),
            alloc::format!("{}.tld.", "a".repeat(64)),
            alloc::format!("{}tld.", "abcdefghi.".repeat(26)),
        ];
        let signed_record = (
            select(OWNERS),
            pieces(MIDS),
            proptest::sample::select(SIGNED),
            proptest::collection::vec((0usize..14, select(HOSTILE), 0usize..6), 0..3),
            proptest::option::of(0usize..260),
            select(ENDS),
        )
            .prop_map(move |(owner, mids, (ty, rdata), swaps, cut, end)| {
                let mut fields: Vec<String> = rdata.split(' ').map(String::from).collect();
                for (i, hostile, long) in swaps {
                    let field = long_fields.get(long).cloned().unwrap_or_else(|| hostile.to_string());
                    match fields.get_mut(i) {
                        Some(f) => *f = field,
                        None => fields.push(field),
                    }
                }
                let mut l = owner.to_string();
                for (g, p) in &mids {
                    l.push_str(if g.is_empty() { " " } else { g });
                    l.push_str(p);
                }
                l = alloc::format!("{l}\t{ty}\t{}", fields.join(" "));
                if let Some(cut) = cut {
                    l.truncate(cut);
                }
                l + end
            });
        let line = prop_oneof![
            plain_record,
            signed_record,
            (
                select(&["", " ", "\t"][..]),
                select(OWNERS),
                pieces(MIDS),
                gap(),
                select(TYPES),
                pieces(PIECES),
                select(ENDS),
            )
                .prop_map(|(lead, owner, mids, g, ty, rdata, end)| {
                    let mut l = alloc::format!("{lead}{owner}");
                    for (g, p) in mids.iter().chain(&[(g, ty)]).chain(&rdata) {
                        l.push_str(if g.is_empty() { " " } else { g });
                        l.push_str(p);
                    }
                    l + end
                }),
            (select(&["", " ", "\t"][..]), proptest::collection::vec((gap(), select(PIECES)), 0..7), select(ENDS))
                .prop_map(|(lead, pieces, end)| {
                    let mut l = lead.to_string();
                    for (g, p) in pieces {
                        l.push_str(g);
                        l.push_str(p);
                    }
                    l + end
                }),
        ];
        let zone = (proptest::collection::vec(line, 0..10), 0usize..3, 0usize..3);
        let config = ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() };
        let mut runner = proptest::test_runner::TestRunner::new(config);
        runner
            .run(&zone, |(lines, head, room)| {
                let mut text = String::from(["", "$ORIGIN ex.\n", "$ORIGIN ex.\n$TTL 300\n"][head]);
                for line in &lines {
                    text.push_str(line);
                }
                let room = [70_000, 30, 5][room];
                let want = trace(text.as_bytes(), room, false);
                prop_assert_eq!(trace(text.as_bytes(), room, true), want, "{:?}", text);
                Ok(())
            })
            .unwrap();
    }

    /// A zone of the benches' shape (blank and repeated owners, TTLs,
    /// classes, comments, a record in parentheses) reads the same both
    /// ways.
    #[test]
    fn typical_zone_reads_the_same_both_ways() {
        let z = b"$ORIGIN tld.\n$TTL 86400\n@ IN SOA a.nic ( h 1 2 3\n 4 5 ) ; soa\n@\tIN NS a.nic\n\tNS b.nic.tld.\nex 3600 NS ns1.ex ; trailing\n  IN 60 NS ns.other.\nns1.ex A 192.0.2.1\nns1.ex. IN AAAA 2001:db8::1\nmx MX 10 mail\n\n; only a comment\ntxt TXT \"a b\" c\nlast A 10.0.0.1";
        assert_eq!(trace(z, 70_000, true), trace(z, 70_000, false));
        assert_eq!(trace(z, 70_000, true).len(), 10);
        for z in [&b"a.\tA 1.2.3.4\n"[..], b"a.\tIN\tTYPE1\t\\# 0\n", b"a.\t1\tIN\tWKS\tx\n"] {
            assert_eq!(trace(z, 70_000, true), trace(z, 70_000, false), "{z:?}");
        }
    }
}
