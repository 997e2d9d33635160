//! The macro that turns an IANA registry into a code-point newtype.

/// Defines a code-point newtype with named constants, mnemonics and a
/// fallback spelling (`PREFIXnnn`) for values without a mnemonic.
macro_rules! code_point {
    (
        $(#[$attr:meta])*
        $name:ident($int:ty), fallback $prefix:literal;
        $( $(#[$cattr:meta])* $konst:ident = $val:literal, $mn:literal; )*
    ) => {
        $(#[$attr])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name($int);

        impl $name {
            $( $(#[$cattr])* pub const $konst: Self = Self($val); )*

            /// Every value with a mnemonic, with that mnemonic, in registry order.
            pub const KNOWN: &'static [(Self, &'static str)] = &[$( (Self($val), $mn), )*];

            /// Wraps a raw value; unknown values are kept as they are.
            pub const fn new(value: $int) -> Self {
                Self(value)
            }

            /// The raw value.
            pub const fn to_int(self) -> $int {
                self.0
            }

            /// The registered mnemonic, if this value has one.
            pub const fn mnemonic(self) -> Option<&'static str> {
                match self.0 {
                    $( $val => Some($mn), )*
                    _ => None,
                }
            }

            /// Reads a mnemonic (case-insensitive) or the fallback form
            #[doc = concat!("`", $prefix, "nnn`.")]
            pub fn from_mnemonic(s: &str) -> Option<Self> {
                // Exact spellings first (a decision tree, not a scan), then
                // any case, then the fallback form.
                match s {
                    $( $mn => return Some(Self($val)), )*
                    _ => {}
                }
                for &(v, m) in Self::KNOWN {
                    if m.eq_ignore_ascii_case(s) {
                        return Some(v);
                    }
                }
                let digits = crate::iana::strip_prefix_ci(s, $prefix)?;
                crate::iana::parse_decimal(digits).and_then(|n| <$int>::try_from(n).ok()).map(Self)
            }
        }

        impl From<$int> for $name {
            fn from(v: $int) -> Self {
                Self(v)
            }
        }

        impl From<$name> for $int {
            fn from(v: $name) -> Self {
                v.0
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                match self.mnemonic() {
                    Some(m) => f.write_str(m),
                    None => write!(f, concat!($prefix, "{}"), self.0),
                }
            }
        }

        impl core::fmt::Debug for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                write!(f, concat!(stringify!($name), "({})"), self)
            }
        }

        impl core::str::FromStr for $name {
            type Err = crate::iana::UnknownMnemonic;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::from_mnemonic(s).ok_or(crate::iana::UnknownMnemonic)
            }
        }
    };
}

pub(crate) use code_point;
