//! Canonical name order (RFC 4034 section 6.1).

use core::cmp::Ordering;

use super::{MAX_LABELS, Name};

/// Offsets of a name's labels, so they can be walked right to left.
struct LabelStack<'a> {
    labels: [&'a [u8]; MAX_LABELS],
    len: usize,
}

impl<'a> LabelStack<'a> {
    fn of(name: &Name<'a>) -> Self {
        let mut labels: [&'a [u8]; MAX_LABELS] = [&[]; MAX_LABELS];
        let mut len = 0;
        for (slot, label) in labels.iter_mut().zip(name.labels()) {
            *slot = label;
            len += 1;
        }
        Self { labels, len }
    }

    fn rev(&self) -> impl Iterator<Item = &'a [u8]> + '_ {
        self.labels.iter().take(self.len).rev().copied()
    }
}

/// Compares two labels as lowercase octet strings.
fn cmp_label(a: &[u8], b: &[u8]) -> Ordering {
    a.iter().map(u8::to_ascii_lowercase).cmp(b.iter().map(u8::to_ascii_lowercase))
}

impl Name<'_> {
    /// Compares in canonical DNS name order (RFC 4034 section 6.1): label
    /// by label from the right, each as a lowercase octet string, a name
    /// that runs out of labels first sorting first.
    ///
    /// ```
    /// use dns_wire::Name;
    /// # fn main() -> Result<(), dns_wire::WireError> {
    /// let a = Name::parse(b"\x01a\x07example\x00")?;
    /// let z = Name::parse(b"\x01Z\x01a\x07example\x00")?;
    /// let b = Name::parse(b"\x01b\x07example\x00")?;
    /// assert!(a < z && z < b);
    /// # Ok(()) }
    /// ```
    pub fn canonical_cmp(&self, other: &Name<'_>) -> Ordering {
        let a = LabelStack::of(self);
        let b = LabelStack::of(other);
        let mut ai = a.rev();
        let mut bi = b.rev();
        loop {
            match (ai.next(), bi.next()) {
                (None, None) => return Ordering::Equal,
                (None, Some(_)) => return Ordering::Less,
                (Some(_), None) => return Ordering::Greater,
                (Some(x), Some(y)) => match cmp_label(x, y) {
                    Ordering::Equal => {}
                    o => return o,
                },
            }
        }
    }
}

impl PartialOrd<Name<'_>> for Name<'_> {
    fn partial_cmp(&self, other: &Name<'_>) -> Option<Ordering> {
        Some(self.canonical_cmp(other))
    }
}

impl Ord for Name<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.canonical_cmp(other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example list of RFC 4034 section 6.1, in canonical order.
    #[test]
    fn rfc4034_example_order() {
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
        for pair in names.windows(2) {
            let a = Name::parse(pair[0]).unwrap();
            let b = Name::parse(pair[1]).unwrap();
            assert_eq!(a.canonical_cmp(&b), Ordering::Less, "{a} < {b}");
            assert_eq!(b.canonical_cmp(&a), Ordering::Greater, "{b} > {a}");
        }
    }
}
