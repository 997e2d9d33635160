//! [`ConventionError`]: what was wrong with a convention's content or name,
//! and where.

/// Why a convention's TXT content or name was refused, or could not be
/// built. Each variant names the field; offsets count octets from the start
/// of the TXT content (the strings joined, length octets left out) or of a
/// name's uncompressed wire form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConventionError {
    /// A required field is absent.
    #[error("{field} missing at offset {at}")]
    Missing {
        /// The field.
        field: &'static str,
        /// Where it should have started.
        at: usize,
    },
    /// A field does not have the form the convention gives it.
    #[error("{field} at offset {at}: {why}")]
    Invalid {
        /// The field.
        field: &'static str,
        /// Where the fault is.
        at: usize,
        /// What is wrong.
        why: &'static str,
    },
    /// A field is longer than the convention allows.
    #[error("{field} at offset {at} is {len} octets, more than {max}")]
    TooLong {
        /// The field.
        field: &'static str,
        /// Where it starts.
        at: usize,
        /// Its length.
        len: usize,
        /// The most it may have.
        max: usize,
    },
    /// The TXT RDATA holds a number of character-strings the convention
    /// does not allow (`_for-sale` needs exactly one).
    #[error("RDATA has {count} character-strings, the convention needs exactly one")]
    NotOneString {
        /// How many there are.
        count: usize,
    },
    /// A name to be built would be longer than 255 octets (RFC 1035 section
    /// 2.3.4).
    #[error("{field} would be {len} octets long, more than 255")]
    NameTooLong {
        /// The name being built.
        field: &'static str,
        /// Its length in wire form.
        len: usize,
    },
    /// The caller's buffer is too small.
    #[error("no space for the {field}: {needed} octets needed, {available} available")]
    NoSpace {
        /// What was being written.
        field: &'static str,
        /// How many octets it needs.
        needed: usize,
        /// How many the buffer has.
        available: usize,
    },
}

impl ConventionError {
    /// The field the error is about.
    ///
    /// ```
    /// use dns_conventions::for_sale::ForSale;
    /// let err = ForSale::parse(b"v=FORSALE1;fcod=").unwrap_err();
    /// assert_eq!(err.field(), "fcod value");
    /// ```
    pub const fn field(&self) -> &'static str {
        match *self {
            Self::Missing { field, .. }
            | Self::Invalid { field, .. }
            | Self::TooLong { field, .. }
            | Self::NameTooLong { field, .. }
            | Self::NoSpace { field, .. } => field,
            Self::NotOneString { .. } => "RDATA",
        }
    }

    /// The octet offset of the fault, where there is one.
    ///
    /// ```
    /// use dns_conventions::for_sale::ForSale;
    /// let err = ForSale::parse(b"v=FORSALE1;fcod=").unwrap_err();
    /// assert_eq!(err.offset(), Some(16));
    /// ```
    pub const fn offset(&self) -> Option<usize> {
        match *self {
            Self::Missing { at, .. } | Self::Invalid { at, .. } | Self::TooLong { at, .. } => Some(at),
            _ => None,
        }
    }

    /// The same error with its offset moved on by `by`, for a field read
    /// from a part of the content that starts at `by`.
    pub(crate) const fn shifted(self, by: usize) -> Self {
        match self {
            Self::Missing { field, at } => Self::Missing { field, at: at + by },
            Self::Invalid { field, at, why } => Self::Invalid { field, at: at + by, why },
            Self::TooLong { field, at, len, max } => Self::TooLong { field, at: at + by, len, max },
            other => other,
        }
    }
}
