//! Building and taking apart the conventions' owner names: label by label,
//! with the RFC 1035 length limits checked as each label goes in.

use dns_wire::Name;
use dns_wire::name::{MAX_LABEL_LEN, MAX_LABELS, MAX_WIRE_LEN, NameBuf};

use crate::ConventionError;

/// Builds a name label by label into an inline buffer, checking label and
/// name lengths.
pub(crate) struct NameBuilder {
    octets: [u8; MAX_WIRE_LEN + 1],
    len: usize,
    field: &'static str,
}

impl NameBuilder {
    pub(crate) const fn new(field: &'static str) -> Self {
        Self { octets: [0; MAX_WIRE_LEN + 1], len: 0, field }
    }

    /// Appends one label; `what` names it in errors.
    pub(crate) fn label(&mut self, what: &'static str, label: &[u8]) -> Result<&mut Self, ConventionError> {
        if label.is_empty() {
            return Err(ConventionError::Invalid { field: what, at: self.len, why: "empty label" });
        }
        if label.len() > MAX_LABEL_LEN {
            return Err(ConventionError::TooLong { field: what, at: self.len, len: label.len(), max: MAX_LABEL_LEN });
        }
        let end = self.len + 1 + label.len();
        if end + 1 > MAX_WIRE_LEN {
            return Err(ConventionError::NameTooLong { field: self.field, len: end + 1 });
        }
        if let Some(out) = self.octets.get_mut(self.len..end) {
            if let Some((first, rest)) = out.split_first_mut() {
                // At most 63, checked above.
                *first = u8::try_from(label.len()).unwrap_or(u8::MAX);
                rest.copy_from_slice(label);
            }
        }
        self.len = end;
        Ok(self)
    }

    /// Appends every label of `name` except the root; the name may still be
    /// too long, which [`NameBuilder::finish`] reports with the full length.
    pub(crate) fn name(&mut self, what: &'static str, name: &Name<'_>) -> Result<&mut Self, ConventionError> {
        let total = self.len + name.wire_len();
        if total > MAX_WIRE_LEN {
            return Err(ConventionError::NameTooLong { field: self.field, len: total });
        }
        for l in name.labels() {
            self.label(what, l)?;
        }
        Ok(self)
    }

    /// The wire length the name has so far, root label included.
    pub(crate) const fn wire_len(&self) -> usize {
        self.len + 1
    }

    /// Ends the name with the root label.
    pub(crate) fn finish(&self) -> Result<NameBuf, ConventionError> {
        let wire = self
            .octets
            .get(..=self.len)
            .ok_or(ConventionError::NameTooLong { field: self.field, len: self.len + 1 })?;
        // Every label was checked on the way in; the last octet is the
        // zero root label the buffer was made with.
        let name =
            Name::parse(wire).map_err(|_| ConventionError::NameTooLong { field: self.field, len: self.len + 1 })?;
        Ok(NameBuf::from_name(&name))
    }
}

/// The labels of a name in an array, with their wire offsets, for
/// conventions that read labels by position.
pub(crate) struct LabelList<'a> {
    labels: [(&'a [u8], usize); MAX_LABELS],
    count: usize,
}

impl<'a> LabelList<'a> {
    pub(crate) fn new(name: &Name<'a>) -> Self {
        let mut labels: [(&'a [u8], usize); MAX_LABELS] = [(&[], 0); MAX_LABELS];
        let mut count = 0;
        let mut at = 0;
        for (slot, l) in labels.iter_mut().zip(name.labels()) {
            *slot = (l, at);
            at += 1 + l.len();
            count += 1;
        }
        Self { labels, count }
    }

    pub(crate) const fn len(&self) -> usize {
        self.count
    }

    /// Label `i` and its wire offset.
    pub(crate) fn get(&self, i: usize) -> Option<(&'a [u8], usize)> {
        self.labels.get(..self.count).and_then(|l| l.get(i)).copied()
    }

    /// Labels `from..to` as a name.
    pub(crate) fn name(&self, field: &'static str, from: usize, to: usize) -> Result<NameBuf, ConventionError> {
        let mut b = NameBuilder::new(field);
        for (l, _) in self.labels.get(from..to).unwrap_or_default() {
            b.label(field, l)?;
        }
        b.finish()
    }
}

/// Whether the name lies under `arpa.`.
pub(crate) fn under_arpa(name: &Name<'_>) -> bool {
    name.labels().last().is_some_and(|l| l.eq_ignore_ascii_case(b"arpa"))
}
