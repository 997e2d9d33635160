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

    /// A new line, the indentation and `tail` (`<` or `</`): one copy out
    /// of a constant for the usual depths.
    fn line_then(&mut self, tail: &[u8]) {
        const OPEN: &[u8] = b"                                <";
        const CLOSE: &[u8] = b"                                </";
        let (table, n) = if tail == b"<" { (OPEN, 1) } else { (CLOSE, 2) };
        self.out.push(b'\n');
        match table.len().checked_sub(2 * self.depth + n).and_then(|from| table.get(from..)) {
            Some(piece) => self.out.extend_from_slice(piece),
            None => {
                for _ in 0..self.depth {
                    self.out.extend_from_slice(b"  ");
                }
                self.out.extend_from_slice(tail);
            }
        }
    }

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
        self.line_then(b"<");
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
        self.line_then(b"</");
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

    /// `<p:l>text</p:l>` on its own line.
    pub(crate) fn leaf(&mut self, p: &str, l: &str, text: &str) {
        self.start(p, l);
        self.text(p, l, text);
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
