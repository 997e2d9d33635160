//! The strict reader: builds a compact element tree over the input, with
//! limits, namespace resolution and element paths for errors.
//!
//! Nodes live in one vector in document order (so a subtree is a
//! contiguous run); names, attribute values and text borrow the input and
//! are unescaped only when asked for.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;

use super::Limits;
use super::error::{Limit, XmlError};
use super::escape::{normalize_line_ends_into, unescape, unescape_into};
use super::raw::{NsDecl, RawXml};
use super::same;
use super::tokenizer::{COLONS, NO_COLON, RawAttr, Token, Tokenizer};
use crate::error::{Error, ErrorKind};

pub(crate) const NONE: u32 = u32::MAX;
/// Namespace id of "no namespace".
const NO_NS: u16 = 0;
/// Namespace id of the `xml` prefix.
const XML_NS_ID: u16 = 1;
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

#[derive(Debug, Clone, Copy)]
enum TextSlot<'a> {
    None,
    /// One piece of the input, as written (kept as a slice, so that
    /// reading it needs no cut of the input again).
    Span {
        text: &'a str,
        escaped: bool,
    },
    Owned(u32),
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Node<'a> {
    qname: &'a str,
    local: &'a str,
    prefix: &'a str,
    ns: u16,
    /// The element whose declaration binds this name's prefix (`NONE`
    /// for no declaration: no namespace, or `xml`).
    ns_from: u32,
    parent: u32,
    first_child: u32,
    next: u32,
    /// Last node of this element's subtree.
    last_desc: u32,
    attr_start: u32,
    attr_len: u32,
    text: TextSlot<'a>,
    nonws_text: bool,
    mixed: bool,
    start: u32,
    inner_start: u32,
    inner_end: u32,
    end: u32,
}

#[derive(Debug, Clone, Copy)]
struct Attr<'a> {
    /// For a namespace declaration, the declared prefix ("" for the
    /// default namespace).
    local: &'a str,
    prefix: &'a str,
    value: &'a str,
    escaped: bool,
    ns_decl: bool,
    /// Namespace id of a prefixed attribute.
    ns: u16,
    /// The element whose declaration binds the prefix (`NONE` if none).
    ns_from: u32,
}

/// A parsed document: the element tree over the input.
#[derive(Debug)]
pub(crate) struct Tree<'a> {
    src: &'a str,
    nodes: Vec<Node<'a>>,
    attrs: Vec<Attr<'a>>,
    uris: Vec<Cow<'a, str>>,
    texts: Vec<String>,
    /// [`Limits::lenient_response_facets`].
    lenient_response_facets: bool,
    /// Octets of inherited declarations kept XML may still repeat
    /// ([`Limit::KeptDeclarations`]); a `Cell` because the model reads the
    /// tree through shared handles.
    kept_decls_left: Cell<usize>,
}

/// Splits `qname` into prefix and local name at `colon`, where the
/// tokenizer found its colons (the offset of the only one, [`NO_COLON`] or
/// [`COLONS`]): a prefix and a local name must not be empty, and a local
/// name must hold no colon.
#[inline(always)]
pub(crate) fn split_qname(qname: &str, colon: usize, at: usize) -> Result<(&str, &str), XmlError> {
    if colon == NO_COLON {
        return Ok(("", qname));
    }
    if colon == COLONS {
        return Err(XmlError::Namespace { at });
    }
    // `:` is ASCII, so both sides are on char boundaries.
    let (p, l) = (qname.get(..colon).unwrap_or_default(), qname.get(colon + 1..).unwrap_or_default());
    if p.is_empty() || l.is_empty() {
        return Err(XmlError::Namespace { at });
    }
    Ok((p, l))
}

fn is_ws_only(s: &str) -> bool {
    s.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
}

// Node indexes, offsets and counts are u32 (documents are below 4 GiB);
// they index with `ix`. The crate builds only where usize has at least 32
// bits (this assertion fails the build elsewhere), so u32 -> usize is
// lossless.
const _: () = assert!(usize::BITS >= 32);

/// A u32 index or offset as usize: lossless (see the assertion above).
#[inline]
fn ix(v: u32) -> usize {
    v as usize
}

/// Up to this many namespace bindings or URIs are compared directly,
/// without fingerprints.
const SCAN_MAX: usize = 8;

/// FNV-1a (64 bits) of `s`: a fingerprint for comparing namespace
/// prefixes and URIs, which are then compared in full only on a match.
///
/// Short tables (the usual few namespaces) are scanned directly: up to
/// [`SCAN_MAX`] entries cost at most that many comparisons per lookup.
fn fingerprint(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

fn to_u32(v: usize) -> u32 {
    // Documents are limited far below 4 GiB (`Limits::max_document_len`
    // is clamped), so offsets and counts fit.
    u32::try_from(v).unwrap_or(u32::MAX)
}

struct Builder<'a> {
    tree: Tree<'a>,
    /// In-scope namespace bindings: (prefix, uri id, declaring element).
    bindings: Vec<(&'a str, u16, u32)>,
    /// Fingerprints of the prefixes of `bindings`, in step with it while
    /// there are more than [`SCAN_MAX`] (a few bindings, the usual case,
    /// are compared directly and need none); each is computed once per
    /// binding.
    binding_prints: Vec<u64>,
    /// Fingerprints of `tree.uris`, in step with it once there are more
    /// than [`SCAN_MAX`] (empty before).
    uri_prints: Vec<u64>,
    /// The innermost open element (`NONE` outside the root). The open
    /// elements are its chain of parents: no stack is kept. While an
    /// element is open, its node's `last_desc` is its last child so far.
    cur: u32,
    /// How many elements are open.
    depth: usize,
    limits: Limits,
    declared: usize,
    /// Scratch for the duplicate-attribute check: (namespace id or a
    /// declaration mark, local name or declared prefix, offset).
    dup_keys: Vec<(u32, &'a str, usize)>,
}

impl<'a> Tree<'a> {
    /// Reads `bytes` as one XML document under `limits`.
    pub(crate) fn read(bytes: &'a [u8], limits: &Limits) -> Result<Tree<'a>, Error> {
        let max_len = limits.max_document_len.min(ix(u32::MAX) - 1);
        if bytes.len() > max_len {
            return Err(Error::new(
                ErrorKind::Xml(XmlError::Limit { limit: Limit::DocumentLength, at: max_len }),
                String::new(),
            ));
        }
        let src = core::str::from_utf8(bytes)
            .map_err(|e| Error::new(ErrorKind::Xml(XmlError::NotUtf8 { at: e.valid_up_to() }), String::new()))?;
        let mut b = Builder {
            tree: Tree {
                src,
                // Typical EPP documents have an element every 30 to 50
                // octets and an attribute every 100 or so; reserving that
                // (bounded) saves the regrowth.
                nodes: Vec::with_capacity((bytes.len() / 24).min(limits.max_elements).min(4096)),
                attrs: Vec::with_capacity((bytes.len() / 96).min(1024)),
                uris: {
                    let mut u = Vec::with_capacity(8);
                    u.push(Cow::Borrowed(""));
                    u.push(Cow::Borrowed(XML_NS));
                    u
                },
                texts: Vec::new(),
                lenient_response_facets: limits.lenient_response_facets,
                kept_decls_left: Cell::new(max_len),
            },
            bindings: Vec::with_capacity(8),
            binding_prints: Vec::new(),
            uri_prints: Vec::new(),
            cur: NONE,
            depth: 0,
            limits: limits.clone(),
            declared: 0,
            dup_keys: Vec::new(),
        };
        match b.run() {
            Ok(()) => Ok(b.tree),
            Err(e) => {
                let path = if b.cur == NONE { String::new() } else { b.tree.path(b.cur) };
                Err(Error::new(ErrorKind::Xml(e), path))
            }
        }
    }

    /// The root element.
    pub(crate) fn root(&self) -> El<'_, 'a> {
        El { tree: self, idx: 0 }
    }

    fn node(&self, idx: u32) -> Option<&Node<'a>> {
        self.nodes.get(ix(idx))
    }

    /// `/a/b:c/...` from the root to `idx`, with names as written.
    pub(crate) fn path(&self, idx: u32) -> String {
        let mut chain: Vec<&str> = Vec::new();
        let mut i = idx;
        // Bounded by the depth limit: each step goes to a parent.
        while let Some(n) = self.node(i) {
            chain.push(n.qname);
            if n.parent == NONE || chain.len() > self.nodes.len() {
                break;
            }
            i = n.parent;
        }
        let mut s = String::new();
        for q in chain.iter().rev() {
            s.push('/');
            s.push_str(q);
        }
        s
    }

    fn slice(&self, from: u32, to: u32) -> &'a str {
        self.src.get(ix(from)..ix(to)).unwrap_or_default()
    }

    fn attrs_of(&self, n: &Node<'a>) -> &[Attr<'a>] {
        let s = ix(n.attr_start);
        self.attrs.get(s..s + ix(n.attr_len)).unwrap_or_default()
    }

    /// The value, as written, of the declaration of `prefix` on element
    /// `idx`, if it has one.
    fn declaration(&self, idx: u32, prefix: &str) -> Option<&'a str> {
        let n = self.node(idx)?;
        self.attrs_of(n).iter().find(|a| a.ns_decl && same(a.local, prefix)).map(|a| a.value)
    }

    /// Namespace declarations used in the subtree of `root` but made
    /// outside it (to make a kept subtree self-contained), as references
    /// into the input: nothing is copied (defect 6 copied each
    /// declaration into every kept element).
    ///
    /// Linear in the subtree: each name knows the element that declared
    /// its prefix (recorded while reading), so whether that is inside the
    /// subtree is one comparison; only the first use of each outside
    /// prefix looks for the declaration's value (among that element's
    /// attributes), and `out` holds one entry per distinct prefix.
    fn outer_bindings(&self, root: u32, ctx_default: &str) -> Vec<NsDecl<'a>> {
        let mut out: Vec<NsDecl<'a>> = Vec::new();
        // Fingerprints of `out`'s prefixes, in step with it.
        let mut prints: Vec<u64> = Vec::new();
        let Some(r) = self.node(root) else {
            return out;
        };
        for i in root..=r.last_desc {
            let Some(n) = self.node(i) else { break };
            let own = core::iter::once((n.prefix, n.ns, n.ns_from));
            let attrs = self
                .attrs_of(n)
                .iter()
                .filter(|a| !a.ns_decl && !a.prefix.is_empty())
                .map(|a| (a.prefix, a.ns, a.ns_from));
            for (p, id, from) in own.chain(attrs) {
                // Declared inside the subtree (the declaring element is
                // `root` or after it, and an ancestor of `i`).
                if from != NONE && from >= root {
                    continue;
                }
                if p == "xml" {
                    continue;
                }
                let print = fingerprint(p);
                if prints.iter().zip(&out).any(|(&h, d)| h == print && d.prefix == p) {
                    continue;
                }
                if p.is_empty() && self.uris.get(usize::from(id)).is_some_and(|u| u == ctx_default) {
                    continue;
                }
                // Undeclared: only the default namespace can be, and it is
                // then "no namespace" (`xmlns=""`).
                let value = if from == NONE { "" } else { self.declaration(from, p).unwrap_or("") };
                out.push(NsDecl { prefix: p, value });
                prints.push(print);
            }
        }
        out
    }

    /// Counts the octets `decls` add when written against
    /// [`Limit::KeptDeclarations`]; `at` is the kept element's offset.
    fn charge(&self, decls: &[NsDecl<'a>], at: u32) -> Result<(), XmlError> {
        // ` xmlns:` `="` `"`: 10 octets around each prefix and value.
        let cost = decls.iter().fold(0usize, |n, d| n.saturating_add(d.prefix.len() + d.value.len() + 10));
        match self.kept_decls_left.get().checked_sub(cost) {
            Some(left) => {
                self.kept_decls_left.set(left);
                Ok(())
            }
            None => Err(XmlError::Limit { limit: Limit::KeptDeclarations, at: ix(at) }),
        }
    }

    /// The source of element `idx`, self-contained.
    fn element_source(&self, idx: u32, ctx_default: &str) -> Result<RawXml<'a>, XmlError> {
        let Some(n) = self.node(idx) else {
            return Ok(RawXml::from_parts("", Vec::new()));
        };
        let at = 1 + n.qname.len();
        let decls = self.outer_bindings(idx, ctx_default);
        self.charge(&decls, n.start)?;
        Ok(RawXml::from_parts(self.slice(n.start, n.end), decls.into_iter().map(|d| (at, d)).collect()))
    }

    /// The source of the content of element `idx`, each child made
    /// self-contained.
    fn content_source(&self, idx: u32, ctx_default: &str) -> Result<RawXml<'a>, XmlError> {
        let Some(n) = self.node(idx) else {
            return Ok(RawXml::from_parts("", Vec::new()));
        };
        let mut decls = Vec::new();
        let mut c = n.first_child;
        while let Some(ch) = self.node(c) {
            // Offsets within the content: the child's start tag name ends
            // `1 + qname` after its `<`.
            let at = ix(ch.start).saturating_sub(ix(n.inner_start)) + 1 + ch.qname.len();
            let child = self.outer_bindings(c, ctx_default);
            self.charge(&child, ch.start)?;
            decls.extend(child.into_iter().map(|d| (at, d)));
            c = ch.next;
        }
        Ok(RawXml::from_parts(self.slice(n.inner_start, n.inner_end), decls))
    }
}

impl<'a> Builder<'a> {
    /// The id of namespace `uri`, added if new. URIs are compared in full
    /// only when their fingerprints match, so many long URIs cost their
    /// length once, not once per other URI.
    fn intern(&mut self, uri: Cow<'a, str>, at: usize) -> Result<u16, XmlError> {
        let known = if self.tree.uris.len() <= SCAN_MAX {
            self.tree.uris.iter().position(|u| same(u, &uri))
        } else {
            if self.uri_prints.len() != self.tree.uris.len() {
                self.uri_prints = self.tree.uris.iter().map(|u| fingerprint(u)).collect();
            }
            let print = fingerprint(&uri);
            self.uri_prints.iter().zip(self.tree.uris.iter()).position(|(&h, u)| h == print && same(u, &uri))
        };
        if let Some(p) = known {
            return u16::try_from(p).map_err(|_| XmlError::Limit { limit: Limit::Namespaces, at });
        }
        // A namespace the model maps is kept as the model's own static,
        // so that `El::is` usually matches it by address.
        let uri = match crate::ns::KNOWN.iter().find(|k| same(k, &uri)) {
            Some(k) => Cow::Borrowed(**k),
            None => uri,
        };
        if !self.uri_prints.is_empty() {
            self.uri_prints.push(fingerprint(&uri));
        }
        self.tree.uris.push(uri);
        u16::try_from(self.tree.uris.len() - 1).map_err(|_| XmlError::Limit { limit: Limit::Namespaces, at })
    }

    /// Refuses two attributes of one element with the same name: the same
    /// qualified name, the same expanded name (XML Namespaces s.6.3), or
    /// two declarations of one prefix. Sorting makes this n log n in the
    /// attributes, whatever `max_attributes` is; the offset is that of the
    /// first repeat in document order.
    fn check_duplicates(&mut self, attr_start: usize, raw: &[RawAttr<'a>]) -> Result<(), XmlError> {
        /// Sorts after every namespace id: marks a declaration's key.
        const DECL: u32 = u32::MAX;
        let attrs = self.tree.attrs.get(attr_start..).unwrap_or_default();
        if attrs.len() < 2 {
            return Ok(());
        }
        // Declarations come first in `attrs`, then the others, each in
        // document order, so they pair with the raw attributes in the same
        // partition (`raw` is in document order).
        // A few attributes (the usual case): compare the pairs, at most 28.
        if attrs.len() <= 8 {
            let mut first_repeat = None;
            let is_decl = |a: &RawAttr<'a>| same(a.qname, "xmlns") || a.qname.starts_with("xmlns:");
            let mut in_order = raw.iter().filter(|a| is_decl(a)).chain(raw.iter().filter(|a| !is_decl(a)));
            let mut seen: [(u32, &str, usize); 8] = [(0, "", 0); 8];
            for (i, a) in attrs.iter().enumerate() {
                let at = in_order.next().map_or(0, |r| r.at);
                let key = (if a.ns_decl { DECL } else { u32::from(a.ns) }, a.local);
                if seen.iter().take(i).any(|k| k.0 == key.0 && same(k.1, key.1)) {
                    first_repeat = Some(first_repeat.map_or(at, |f: usize| f.min(at)));
                }
                if let Some(slot) = seen.get_mut(i) {
                    *slot = (key.0, key.1, at);
                }
            }
            return match first_repeat {
                Some(at) => Err(XmlError::DuplicateAttribute { at }),
                None => Ok(()),
            };
        }
        let is_decl = |a: &&RawAttr<'a>| same(a.qname, "xmlns") || a.qname.starts_with("xmlns:");
        let in_attr_order = raw.iter().filter(is_decl).chain(raw.iter().filter(|a| !is_decl(a)));
        let keys = &mut self.dup_keys;
        keys.clear();
        for (a, r) in attrs.iter().zip(in_attr_order) {
            keys.push((if a.ns_decl { DECL } else { u32::from(a.ns) }, a.local, r.at));
        }
        keys.sort_unstable();
        let first_repeat = keys
            .windows(2)
            .filter(|w| matches!(w, [x, y] if x.0 == y.0 && x.1 == y.1))
            .filter_map(|w| w.get(1))
            .map(|k| k.2)
            .min();
        match first_repeat {
            Some(at) => Err(XmlError::DuplicateAttribute { at }),
            None => Ok(()),
        }
    }

    /// The innermost binding of `prefix` among many: by fingerprint first.
    #[cold]
    #[inline(never)]
    fn find_binding(&self, prefix: &str) -> Option<&(&'a str, u16, u32)> {
        let print = fingerprint(prefix);
        self.bindings
            .iter()
            .zip(&self.binding_prints)
            .rev()
            .find(|(b, h)| **h == print && same(b.0, prefix))
            .map(|(b, _)| b)
    }

    /// Adds a binding; past [`SCAN_MAX`] bindings, brings the fingerprints
    /// in step (each binding's once).
    fn bind(&mut self, prefix: &'a str, id: u16, from: u32) {
        self.bindings.push((prefix, id, from));
        if self.bindings.len() > SCAN_MAX {
            let done = self.binding_prints.len();
            let new = self.bindings.get(done..).unwrap_or_default().iter().map(|b| fingerprint(b.0));
            self.binding_prints.extend(new);
        }
    }

    /// The namespace id bound to `prefix` and the element that declared
    /// it. The scan is bounded by the declarations in scope (at most
    /// `max_namespaces`).
    #[inline(always)]
    fn resolve(&self, prefix: &str, at: usize) -> Result<(u16, u32), XmlError> {
        if same(prefix, "xml") {
            return Ok((XML_NS_ID, NONE));
        }
        // Fingerprints first: a long prefix is compared in full only with
        // a binding that very likely is its own.
        let found = if self.bindings.len() <= SCAN_MAX {
            // A plain loop: `find` on the reversed iterator was an
            // out-of-line call per name.
            let mut found = None;
            for b in self.bindings.iter().rev() {
                if same(b.0, prefix) {
                    found = Some(b);
                    break;
                }
            }
            found
        } else {
            self.find_binding(prefix)
        };
        match found {
            Some(&(_, id, from)) => Ok((id, from)),
            None if prefix.is_empty() => Ok((NO_NS, NONE)),
            None => Err(XmlError::Namespace { at }),
        }
    }

    fn run(&mut self) -> Result<(), XmlError> {
        let limits = self.limits.clone();
        let src = self.tree.src;
        let mut tok = Tokenizer::new(src, limits.max_attributes, limits.max_text_len);
        tok.prolog()?;
        let mut raw: Vec<RawAttr<'a>> = Vec::with_capacity(8);
        let mut root_done = false;
        // What the tokenizer needs of the open element: its qualified name
        // and whether whitespace is dropped (it has a child, or none is
        // open). Kept here and changed only where they change (a start tag
        // opens an element with no child yet; a close returns to the
        // parent, which then has one), rather than read from the node for
        // every token; `open_state` is the reading it stands for.
        let (mut open_q, mut ws_dropped) = ("", true);
        loop {
            raw.clear();
            debug_assert_eq!((open_q, ws_dropped), self.open_state(), "the open element's state kept in step");
            match tok.next(&mut raw, open_q, ws_dropped)? {
                Token::Eof => {
                    if !root_done {
                        return Err(if self.cur == NONE {
                            XmlError::OutsideRoot { at: src.len() }
                        } else {
                            XmlError::Truncated { at: src.len() }
                        });
                    }
                    return Ok(());
                }
                Token::Text { text, escaped, ws, at } => {
                    let cur = self.cur;
                    if cur == NONE {
                        if ws {
                            continue;
                        }
                        return Err(XmlError::OutsideRoot { at });
                    }
                    self.text(cur, at, escaped, ws, false, text)?;
                }
                Token::CData { text, at } => {
                    let cur = self.cur;
                    if cur == NONE {
                        return Err(XmlError::OutsideRoot { at });
                    }
                    let start = at + 9;
                    self.text(cur, start, false, is_ws_only(text), true, text)?;
                }
                Token::Start { qname, colon, at, empty, end } => {
                    if root_done {
                        return Err(XmlError::OutsideRoot { at });
                    }
                    self.start(qname, colon, at, end, &raw)?;
                    if empty {
                        open_q = self.close(end);
                        ws_dropped = true;
                        if self.cur == NONE {
                            root_done = true;
                        }
                    } else {
                        open_q = qname;
                        ws_dropped = false;
                    }
                }
                Token::End { qname, at, end } => {
                    let Some(n) = self.tree.nodes.get_mut(ix(self.cur)) else {
                        return Err(XmlError::OutsideRoot { at });
                    };
                    if !same(n.qname, qname) {
                        return Err(XmlError::MismatchedEndTag { at });
                    }
                    n.inner_end = to_u32(at);
                    open_q = self.close(end);
                    ws_dropped = true;
                    if self.cur == NONE {
                        root_done = true;
                    }
                }
            }
        }
    }

    /// Adds a piece of character data (`cdata`: the content of a CDATA
    /// section, whose `&` is literal) to element `cur`. The usual piece,
    /// the first text of a leaf, is kept here as a span; any other is
    /// left to [`Self::add_text`].
    #[inline(always)]
    fn text(
        &mut self,
        cur: u32,
        start: usize,
        escaped: bool,
        ws: bool,
        cdata: bool,
        text: &'a str,
    ) -> Result<(), XmlError> {
        if let Some(n) = self.tree.nodes.get_mut(ix(cur)) {
            if !cdata && n.first_child == NONE && matches!(n.text, TextSlot::None) {
                if !ws {
                    n.nonws_text = true;
                }
                debug_assert_eq!(self.tree.src.get(start..start + text.len()), Some(text), "a span of the input");
                n.text = TextSlot::Span { text, escaped };
                return Ok(());
            }
        }
        self.add_text(cur, start, escaped, ws, cdata, text)
    }

    /// [`Self::text`] in general: a piece after a child element, after
    /// other text, or from a CDATA section.
    #[inline(never)]
    fn add_text(
        &mut self,
        cur: u32,
        start: usize,
        escaped: bool,
        ws: bool,
        cdata: bool,
        text: &'a str,
    ) -> Result<(), XmlError> {
        let Some(n) = self.tree.nodes.get_mut(ix(cur)) else {
            return Ok(());
        };
        if n.first_child != NONE {
            if !ws {
                n.mixed = true;
            }
            return Ok(());
        }
        if !ws {
            n.nonws_text = true;
        }
        // A CDATA section needs its line ends normalised (XML 1.0 s.2.11)
        // but no reference resolved: a span cannot say that, a buffer can.
        let plain_cdata = cdata && !text.as_bytes().contains(&b'\r');
        // Text split by comments, CDATA sections or references is joined
        // in one buffer per element that grows in place: linear memory
        // however many pieces there are (defect 5 copied the joined text
        // for every piece).
        let joined = match n.text {
            TextSlot::None if !cdata || plain_cdata => {
                n.text = TextSlot::Span { text, escaped: escaped && !cdata };
                return Ok(());
            }
            TextSlot::Owned(i) => match self.tree.texts.get_mut(ix(i)) {
                Some(s) => s,
                None => return Ok(()),
            },
            prev => {
                let first = slot_text(&self.tree.texts, prev);
                let mut s = String::with_capacity(first.len() + text.len());
                s.push_str(&first);
                n.text = TextSlot::Owned(to_u32(self.tree.texts.len()));
                self.tree.texts.push(s);
                match self.tree.texts.last_mut() {
                    Some(s) => s,
                    None => return Ok(()),
                }
            }
        };
        // Each piece is at most `max_text_len` (the tokenizer checks), so
        // the buffer never holds more than twice the limit.
        if cdata {
            normalize_line_ends_into(joined, text);
        } else {
            unescape_into(joined, text, false);
        }
        if joined.len() > self.limits.max_text_len {
            return Err(XmlError::Limit { limit: Limit::TextLength, at: start });
        }
        Ok(())
    }

    fn start(
        &mut self,
        qname: &'a str,
        colon: usize,
        at: usize,
        end: usize,
        raw: &[RawAttr<'a>],
    ) -> Result<(), XmlError> {
        if self.tree.nodes.len() >= self.limits.max_elements {
            return Err(XmlError::Limit { limit: Limit::Elements, at });
        }
        if self.depth >= self.limits.max_depth {
            return Err(XmlError::Limit { limit: Limit::Depth, at });
        }
        let attr_start = self.tree.attrs.len();
        // The index the new node gets (it is pushed last).
        let idx = to_u32(self.tree.nodes.len());
        // Namespace declarations first: they apply to this element's own
        // name and attributes.
        for a in raw {
            let (p, l) = split_qname(a.qname, a.colon, a.at)?;
            let decl = if same(a.qname, "xmlns") {
                Some("")
            } else if same(p, "xmlns") {
                Some(l)
            } else {
                None
            };
            let Some(declared) = decl else { continue };
            self.declared += 1;
            if self.declared > self.limits.max_namespaces {
                return Err(XmlError::Limit { limit: Limit::Namespaces, at: a.at });
            }
            let uri = if a.escaped { unescape(a.value, true) } else { Cow::Borrowed(a.value) };
            if (!declared.is_empty() && uri.is_empty()) || declared == "xmlns" || (declared == "xml") != (uri == XML_NS)
            {
                return Err(XmlError::Namespace { at: a.at });
            }
            let id = if declared == "xml" { XML_NS_ID } else { self.intern(uri, a.at)? };
            self.bind(declared, id, idx);
            self.tree.attrs.push(Attr {
                local: declared,
                prefix: "xmlns",
                value: a.value,
                escaped: a.escaped,
                ns_decl: true,
                ns: NO_NS,
                ns_from: NONE,
            });
        }
        for a in raw {
            let (p, l) = split_qname(a.qname, a.colon, a.at)?;
            if same(a.qname, "xmlns") || same(p, "xmlns") {
                continue;
            }
            let (ns, ns_from) = if p.is_empty() { (NO_NS, NONE) } else { self.resolve(p, a.at)? };
            self.tree.attrs.push(Attr {
                local: l,
                prefix: p,
                value: a.value,
                escaped: a.escaped,
                ns_decl: false,
                ns,
                ns_from,
            });
        }
        // One attribute or none (most elements) cannot repeat a name.
        if raw.len() >= 2 {
            self.check_duplicates(attr_start, raw)?;
        }
        let (prefix, local) = split_qname(qname, colon, at)?;
        let (ns, ns_from) = self.resolve(prefix, at)?;
        let parent = self.cur;
        // The open parent's `last_desc` is its last child so far.
        let prev = match self.tree.nodes.get_mut(ix(parent)) {
            Some(pn) if pn.first_child != NONE => core::mem::replace(&mut pn.last_desc, idx),
            Some(pn) => {
                pn.first_child = idx;
                pn.last_desc = idx;
                if pn.nonws_text {
                    pn.mixed = true;
                }
                pn.text = TextSlot::None;
                NONE
            }
            None => NONE,
        };
        if let Some(p) = self.tree.nodes.get_mut(ix(prev)) {
            p.next = idx;
        }
        self.tree.nodes.push(Node {
            qname,
            local,
            prefix,
            ns,
            ns_from,
            parent,
            first_child: NONE,
            next: NONE,
            last_desc: idx,
            attr_start: to_u32(attr_start),
            attr_len: to_u32(self.tree.attrs.len() - attr_start),
            text: TextSlot::None,
            nonws_text: false,
            mixed: false,
            start: to_u32(at),
            inner_start: to_u32(end),
            inner_end: to_u32(end),
            end: to_u32(end),
        });
        self.cur = idx;
        self.depth += 1;
        Ok(())
    }

    /// The open element's qualified name and whether whitespace in it is
    /// dropped (it has a child element, or no element is open): what
    /// [`Self::run`] keeps in step.
    fn open_state(&self) -> (&'a str, bool) {
        // `NONE` is past every index: no open element.
        match self.tree.nodes.get(ix(self.cur)) {
            Some(n) => (n.qname, n.first_child != NONE),
            None => ("", true),
        }
    }

    /// Closes the open element; returns the qualified name of the element
    /// open after it ("" for none).
    fn close(&mut self, end: usize) -> &'a str {
        let idx = self.cur;
        let last = to_u32(self.tree.nodes.len().saturating_sub(1));
        let Some(n) = self.tree.nodes.get_mut(ix(idx)) else {
            return "";
        };
        n.end = to_u32(end);
        n.last_desc = last;
        self.cur = n.parent;
        self.depth = self.depth.saturating_sub(1);
        // The element's own declarations are the innermost bindings.
        while self.bindings.last().is_some_and(|b| b.2 == idx) {
            self.bindings.pop();
        }
        self.binding_prints.truncate(self.bindings.len());
        self.tree.nodes.get(ix(self.cur)).map_or("", |p| p.qname)
    }
}

fn slot_text<'s>(texts: &'s [String], slot: TextSlot<'s>) -> Cow<'s, str> {
    match slot {
        TextSlot::None => Cow::Borrowed(""),
        TextSlot::Span { text, escaped } => {
            if escaped {
                unescape(text, false)
            } else {
                Cow::Borrowed(text)
            }
        }
        TextSlot::Owned(i) => Cow::Borrowed(texts.get(ix(i)).map_or("", |s| s.as_str())),
    }
}

/// What a handle on a missing node sees (never in practice).
static INERT: Node<'static> = Node {
    qname: "",
    local: "",
    prefix: "",
    ns: NO_NS,
    ns_from: NONE,
    parent: NONE,
    first_child: NONE,
    next: NONE,
    last_desc: NONE,
    attr_start: 0,
    attr_len: 0,
    text: TextSlot::None,
    nonws_text: false,
    mixed: false,
    start: 0,
    inner_start: 0,
    inner_end: 0,
    end: 0,
};

/// A handle on one element of a [`Tree`].
#[derive(Clone, Copy)]
pub(crate) struct El<'t, 'a> {
    tree: &'t Tree<'a>,
    idx: u32,
}

impl<'t, 'a> El<'t, 'a> {
    #[inline]
    fn node(&self) -> &'t Node<'a> {
        // `idx` always names an existing node (handles are only made from
        // the tree's own links); fall back to an inert node otherwise.
        self.tree.node(self.idx).unwrap_or(&INERT)
    }

    /// The local name.
    #[inline]
    pub(crate) fn local(&self) -> &'a str {
        self.node().local
    }

    /// The namespace URI ("" for none).
    #[inline]
    pub(crate) fn ns(&self) -> &'t str {
        self.tree.uris.get(usize::from(self.node().ns)).map_or("", |u| u.as_ref())
    }

    /// Whether this is `{ns}local`.
    #[inline]
    pub(crate) fn is(&self, ns: &str, local: &str) -> bool {
        let n = self.node();
        let own = self.ns();
        same(n.local, local) && same(own, ns)
    }

    /// Whether a facet violation here is let through: the document is a
    /// response (its root's first child, node 1, is `<response>`) read
    /// with [`Limits::lenient_response_facets`].
    pub(crate) fn lenient_facets(&self) -> bool {
        self.tree.lenient_response_facets
            && El { tree: self.tree, idx: 1 }.is(crate::ns::EPP, "response")
            && self.tree.node(1).is_some_and(|n| n.parent == 0)
    }

    /// [`ErrorKind::UnexpectedElement`] here (out of line, for
    /// [`Self::text`]).
    #[cold]
    #[inline(never)]
    fn unexpected(&self) -> Error {
        self.err(ErrorKind::UnexpectedElement)
    }

    /// An error located at this element.
    pub(crate) fn err(&self, kind: ErrorKind) -> Error {
        Error::new(kind, self.tree.path(self.idx))
    }

    /// An unprefixed attribute's value.
    pub(crate) fn attr(&self, local: &str) -> Option<Cow<'a, str>> {
        let n = self.node();
        self.tree
            .attrs_of(n)
            .iter()
            .find(|a| !a.ns_decl && a.prefix.is_empty() && same(a.local, local))
            .map(|a| if a.escaped { unescape(a.value, true) } else { Cow::Borrowed(a.value) })
    }

    /// The (namespace URI, local name) of the attributes other than
    /// namespace declarations, for strictness checks.
    pub(crate) fn attr_names(&self) -> impl Iterator<Item = (&'t str, &'a str)> + '_ {
        let n = self.node();
        let tree = self.tree;
        tree.attrs_of(n)
            .iter()
            .filter(|a| !a.ns_decl)
            .map(move |a| (tree.uris.get(usize::from(a.ns)).map_or("", |u| u.as_ref()), a.local))
    }

    /// Every attribute other than namespace declarations: (namespace URI,
    /// local name, value), in document order.
    pub(crate) fn attr_values(&self) -> impl Iterator<Item = (&'t str, &'a str, Cow<'a, str>)> + '_ {
        let n = self.node();
        let tree = self.tree;
        tree.attrs_of(n).iter().filter(|a| !a.ns_decl).map(move |a| {
            let v = if a.escaped { unescape(a.value, true) } else { Cow::Borrowed(a.value) };
            (tree.uris.get(usize::from(a.ns)).map_or("", |u| u.as_ref()), a.local, v)
        })
    }

    /// Whether the element has attributes (namespace declarations
    /// included).
    #[inline]
    pub(crate) fn has_attrs(&self) -> bool {
        self.node().attr_len != 0
    }

    /// The first child element.
    #[inline]
    pub(crate) fn first_child(&self) -> Option<El<'t, 'a>> {
        let c = self.node().first_child;
        (c != NONE).then_some(El { tree: self.tree, idx: c })
    }

    /// The next sibling element.
    #[inline]
    pub(crate) fn next_sibling(&self) -> Option<El<'t, 'a>> {
        let c = self.node().next;
        (c != NONE).then_some(El { tree: self.tree, idx: c })
    }

    /// Whether the element holds non-whitespace text (as well as, or
    /// instead of, child elements).
    #[inline]
    pub(crate) fn has_text(&self) -> bool {
        let n = self.node();
        n.nonws_text || n.mixed
    }

    /// The text content; an error if the element has child elements.
    /// Inline (its error out of line): the mapping reads every leaf so.
    #[inline]
    pub(crate) fn text(&self) -> Result<Cow<'a, str>, Error> {
        if let Some(c) = self.first_child() {
            return Err(c.unexpected());
        }
        Ok(match self.node().text {
            TextSlot::None => Cow::Borrowed(""),
            TextSlot::Span { text, escaped } => {
                if escaped {
                    unescape(text, false)
                } else {
                    Cow::Borrowed(text)
                }
            }
            TextSlot::Owned(i) => Cow::Owned(self.tree.texts.get(ix(i)).cloned().unwrap_or_default()),
        })
    }

    /// The element's source, self-contained (see `Tree::element_source`).
    pub(crate) fn source(&self, ctx_default: &str) -> Result<RawXml<'a>, Error> {
        self.tree.element_source(self.idx, ctx_default).map_err(|e| self.err(ErrorKind::Xml(e)))
    }

    /// The source of the element's content, self-contained.
    pub(crate) fn content_source(&self, ctx_default: &str) -> Result<RawXml<'a>, Error> {
        self.tree.content_source(self.idx, ctx_default).map_err(|e| self.err(ErrorKind::Xml(e)))
    }
}
