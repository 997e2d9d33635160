//! Macros that generate the [`RData`](super::RData) dispatch.

/// Builds the `RData` enum, each view's list of types
/// ([`Listed`](super::Listed), which its `RecordData::accepts` reads) and
/// the parse dispatch table, from `Type => { Variant = RTYPE_CONST, ... };`
/// lines: one line per view, the variants of the types it reads. A line
/// ending `by path::to::parser` names the parser of `RData` for the view's
/// types (one shared by views of one shape); the others get one that runs
/// the view's `RecordData::parse`.
macro_rules! rdata_enum {
    (@first $v:ident; $first:ident $(, $rest:ident )*) => {
        RData::$first($v)
    };
    (@parser [$parser:path] $( $variant:ident = $rt:ident ),+) => {
        $parser
    };
    (@parser [] $( $variant:ident = $rt:ident ),+) => {
        |t, r| RecordData::parse(t, r).map(|v| match t {
            $( Rtype::$rt => RData::$variant(v), )+
            _ => macros::rdata_enum!(@first v; $( $variant ),+),
        })
    };
    ( $( $ty:ty => { $( $variant:ident = $rt:ident ),+ } $( by $parser:path )? ; )* ) => {
        /// The RDATA of a record in its typed form, for every type this
        /// crate knows; anything else is [`Unknown`].
        ///
        /// ```
        /// use dns_wire::{iana::Rtype, rdata::RData, wire::Reader};
        /// # fn main() -> Result<(), dns_wire::WireError> {
        /// let rd = RData::parse(Rtype::AAAA, Reader::new(&[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]))?;
        /// assert_eq!(rd.to_string(), "2001:db8::1");
        /// assert_eq!(rd.rtype(), Rtype::AAAA);
        /// # Ok(()) }
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum RData<'a> {
            $( $(
                #[doc = concat!("`", stringify!($rt), "` RDATA.")]
                $variant($ty),
            )+ )*
            /// A type this crate does not interpret (RFC 3597).
            Unknown(Rtype, Unknown<'a>),
        }

        impl<'a> RData<'a> {
            /// Reads the RDATA of a record of type `rtype` from a reader
            /// that covers exactly that RDATA.
            ///
            /// # Errors
            /// As [`parse_all`].
            pub fn parse(rtype: Rtype, r: Reader<'a>) -> Result<Self, WireError> {
                check_len(rtype, &r)?;
                Self::parse_record(rtype, r)
            }

            /// [`RData::parse`] of RDATA that RDLENGTH describes, as every
            /// record's is: what it does after [`check_len`], which such
            /// RDATA (at most 65535 octets) always passes.
            #[inline(never)]
            pub(crate) fn parse_record(rtype: Rtype, r: Reader<'a>) -> Result<Self, WireError> {
                // One `parse_all` around a per-type function that the
                // type's slot in a table names: the checks around the parse
                // are compiled once, not once per type.
                let (parse, decompresses) = dispatch::pick(rtype, &PARSER_INDEX, PARSERS);
                parse_known(rtype, decompresses, r, parse)
            }

            /// [`RData::parse`] as it was before issue 17's second round,
            /// the error of a type's parse mapped and the value rebuilt
            /// on the way out, which tests compare it with.
            #[cfg(test)]
            pub(crate) fn parse_reference(rtype: Rtype, mut r: Reader<'a>) -> Result<Self, WireError> {
                let at = r.pos();
                check_len(rtype, &r)?;
                if !rtype.decompresses_rdata() {
                    r.forbid_pointers();
                }
                let value = match rtype {
                    $( $( Rtype::$rt => <$ty as RecordData>::parse(rtype, &mut r).map(Self::$variant), )+ )*
                    _ => <Unknown as RecordData>::parse(rtype, &mut r).map(|u| Self::Unknown(rtype, u)),
                }
                .map_err(|e| match e {
                    WireError::Truncated { .. } => WireError::RdataOverrun { at, rtype },
                    other => other,
                })?;
                if r.is_empty() {
                    Ok(value)
                } else {
                    Err(WireError::TrailingRdata { at: r.pos(), rtype, left: r.remaining() })
                }
            }

            /// The record type.
            pub fn rtype(&self) -> Rtype {
                match self {
                    $( $( Self::$variant(_) => Rtype::$rt, )+ )*
                    Self::Unknown(t, _) => *t,
                }
            }

            /// Writes the RDATA.
            ///
            /// # Errors
            /// [`BuildError::NoSpace`] when the writer is full.
            pub fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
                match self {
                    $( $( Self::$variant(d) => d.compose(w), )+ )*
                    Self::Unknown(_, d) => d.compose(w),
                }
            }

            /// The length of the RDATA with no name compressed.
            pub fn encoded_len(&self) -> usize {
                match self {
                    $( $( Self::$variant(d) => d.encoded_len(), )+ )*
                    Self::Unknown(_, d) => d.encoded_len(),
                }
            }

            /// Reads RDATA of type `rtype` in its presentation format and
            /// writes the wire form; see [`RecordData::parse_text`].
            ///
            /// # Errors
            /// A [`TextError`](crate::text::TextError) naming the field at fault.
            pub fn parse_text(
                rtype: Rtype,
                p: &mut crate::text::RdataParser<'_, '_, '_>,
                w: &mut Writer<'_>,
            ) -> Result<(), crate::text::TextError> {
                match rtype {
                    $( $( Rtype::$rt => <$ty as RecordData>::parse_text(rtype, p, w), )+ )*
                    _ => Err(p.error(no_text_format(rtype))),
                }
            }

            /// Whether this crate has a typed form for `rtype`.
            pub fn is_known(rtype: Rtype) -> bool {
                matches!(rtype, $( $( Rtype::$rt )|+ )|*)
            }
        }

        /// The parsers of [`RData::parse_record`]: the one for types
        /// without a view, then one for each view of the table, in its
        /// order, which puts the value in the variant of the record's type
        /// (the view's first when the type is none of its own, which the
        /// table never lets happen).
        static PARSERS: &[dispatch::Parser] = &[
            dispatch::unknown,
            $( macros::rdata_enum!(@parser [$( $parser )?] $( $variant = $rt ),+), )*
        ];

        /// Which of [`PARSERS`] reads each slot's type, and whether the
        /// type decompresses names ([`dispatch::index`]).
        static PARSER_INDEX: [u8; dispatch::SLOTS] = dispatch::index(&[$( &[$( Rtype::$rt ),+], )*]);

        $(
            impl<'a> Listed for $ty {
                const RTYPES: &'static [Rtype] = &[$( Rtype::$rt ),+];
            }
        )*

        impl fmt::Display for RData<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $( $( Self::$variant(d) => d.fmt(f), )+ )*
                    Self::Unknown(_, d) => d.fmt(f),
                }
            }
        }
    };
}

pub(crate) use rdata_enum;
