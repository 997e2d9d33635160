//! The writer: canonical, indented XML into a caller's `Vec<u8>`.
//!
//! Canonical here means: the UTF-8 declaration with `standalone="no"`,
//! two-space indentation, one element per line, attributes in a fixed
//! order, the fixed namespace prefixes of the RFC examples, `"` quotes,
//! and only `&amp; &lt; &gt; &quot;` plus `&#9; &#10; &#13;` (in
//! attributes) escaped. Mixed content and kept raw XML are copied as they
//! are.

use alloc::vec::Vec;

use super::RawXml;
use super::escape::{escape_attr, escape_text};

/// Depths up to which a tag's line starts with one copy out of a table.
const TABLE_DEPTH: usize = 16;

/// Row `d`: a newline, `2 * d` spaces, then `<` (or `</` with `close`);
/// the rest of the row is unused.
const fn lines(close: bool) -> [[u8; 4 + 2 * TABLE_DEPTH]; TABLE_DEPTH + 1] {
    let mut t = [[b' '; 4 + 2 * TABLE_DEPTH]; TABLE_DEPTH + 1];
    let mut d = 0;
    while d <= TABLE_DEPTH {
        t[d][0] = b'\n';
        if close {
            t[d][1 + 2 * d] = b'<';
            t[d][2 + 2 * d] = b'/';
        } else {
            t[d][1 + 2 * d] = b'<';
        }
        d += 1;
    }
    t
}

const OPEN_LINES: [[u8; 4 + 2 * TABLE_DEPTH]; TABLE_DEPTH + 1] = lines(false);
const CLOSE_LINES: [[u8; 4 + 2 * TABLE_DEPTH]; TABLE_DEPTH + 1] = lines(true);

pub(crate) struct Writer<'o> {
    out: &'o mut Vec<u8>,
    depth: usize,
}

impl<'o> Writer<'o> {
    pub(crate) fn new(out: &'o mut Vec<u8>) -> Self {
        Writer { out, depth: 0 }
    }

    /// The XML declaration.
    pub(crate) fn declaration(&mut self) {
        self.out.extend_from_slice(b"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>");
    }

    /// Ends the document with a newline.
    pub(crate) fn finish(&mut self) {
        self.out.push(b'\n');
    }

    fn indent(&mut self) {
        const SPACES: &[u8] = b"                                                                ";
        self.out.push(b'\n');
        let mut n = 2 * self.depth;
        while n > 0 {
            let k = n.min(SPACES.len());
            self.out.extend_from_slice(SPACES.get(..k).unwrap_or_default());
            n -= k;
        }
    }

    /// A new line, the indentation and `<` (or `</` with `close`): one
    /// copy out of a constant for the usual depths.
    #[inline]
    fn line(&mut self, close: bool) {
        let table = if close { &CLOSE_LINES } else { &OPEN_LINES };
        let len = 1 + 2 * self.depth + 1 + usize::from(close);
        match table.get(self.depth) {
            // The whole row is copied (a fixed size: no call into the C
            // library's `memcpy`), then cut to the line's length.
            Some(row) => {
                let end = self.out.len() + len;
                self.out.extend_from_slice(row);
                self.out.truncate(end);
            }
            None => {
                self.out.push(b'\n');
                for _ in 0..self.depth {
                    self.out.extend_from_slice(b"  ");
                }
                self.out.extend_from_slice(if close { b"</" } else { b"<" });
            }
        }
    }

    #[inline]
    fn name(&mut self, p: &str, l: &str) {
        if !p.is_empty() {
            self.out.extend_from_slice(p.as_bytes());
            self.out.push(b':');
        }
        self.out.extend_from_slice(l.as_bytes());
    }

    /// `<p:l` on a new line; follow with attributes and `open`, `empty`
    /// or `text`.
    pub(crate) fn start(&mut self, p: &str, l: &str) {
        self.line(false);
        self.name(p, l);
    }

    /// ` name="value"`.
    pub(crate) fn attr(&mut self, name: &str, value: &str) {
        self.out.push(b' ');
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(b"=\"");
        escape_attr(self.out, value);
        self.out.push(b'"');
    }

    /// ` name="value"` if there is a value.
    pub(crate) fn opt_attr(&mut self, name: &str, value: Option<&str>) {
        if let Some(v) = value {
            self.attr(name, v);
        }
    }

    /// ` xmlns:prefix="uri"` (or ` xmlns="uri"` for an empty prefix).
    pub(crate) fn ns(&mut self, prefix: &str, uri: &str) {
        if prefix.is_empty() {
            self.attr("xmlns", uri);
        } else {
            self.out.extend_from_slice(b" xmlns:");
            self.out.extend_from_slice(prefix.as_bytes());
            self.out.extend_from_slice(b"=\"");
            escape_attr(self.out, uri);
            self.out.push(b'"');
        }
    }

    /// `>`: children follow.
    pub(crate) fn open(&mut self) {
        self.out.push(b'>');
        self.depth += 1;
    }

    /// `</p:l>` on a new line, after `open`.
    pub(crate) fn close(&mut self, p: &str, l: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.line(true);
        self.name(p, l);
        self.out.push(b'>');
    }

    /// `/>`.
    pub(crate) fn empty(&mut self) {
        self.out.extend_from_slice(b"/>");
    }

    /// `>text</p:l>`, or `/>` for empty text.
    pub(crate) fn text(&mut self, p: &str, l: &str, text: &str) {
        if text.is_empty() {
            self.empty();
            return;
        }
        self.out.push(b'>');
        escape_text(self.out, text);
        self.out.extend_from_slice(b"</");
        self.name(p, l);
        self.out.push(b'>');
    }

    /// `>raw</p:l>`: content copied as it is (mixed content), with the
    /// namespace declarations it inherited.
    pub(crate) fn raw_content(&mut self, p: &str, l: &str, raw: &RawXml<'_>) {
        if raw.is_empty() {
            self.empty();
            return;
        }
        self.out.push(b'>');
        raw.write_to(self.out);
        self.out.extend_from_slice(b"</");
        self.name(p, l);
        self.out.push(b'>');
    }

    /// `<p:l>text</p:l>` on its own line. The end tag's name is copied
    /// from the start tag just written: one copy instead of three.
    pub(crate) fn leaf(&mut self, p: &str, l: &str, text: &str) {
        self.line(false);
        let name_at = self.out.len();
        self.name(p, l);
        if text.is_empty() {
            self.empty();
            return;
        }
        let name_end = self.out.len();
        self.out.push(b'>');
        escape_text(self.out, text);
        self.out.extend_from_slice(b"</");
        self.out.extend_from_within(name_at..name_end);
        self.out.push(b'>');
    }

    /// `<p:l>text</p:l>` if there is a text.
    pub(crate) fn opt_leaf(&mut self, p: &str, l: &str, text: Option<&str>) {
        if let Some(t) = text {
            self.leaf(p, l, t);
        }
    }

    /// `<p:l/>` on its own line.
    pub(crate) fn empty_el(&mut self, p: &str, l: &str) {
        self.start(p, l);
        self.empty();
    }

    /// A kept element, copied as it is on its own line, with the
    /// namespace declarations it inherited.
    pub(crate) fn raw(&mut self, xml: &RawXml<'_>) {
        self.indent();
        xml.write_to(self.out);
    }
}
