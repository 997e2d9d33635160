//! The owned form of parsed values: [`IntoOwned`].

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

/// A value that borrows from the parsed input, turned into one that owns
/// its text (`'static`), for data that must outlive the input buffer.
/// Every type of the model with a lifetime implements it, [`Document`](crate::Document)
/// first; borrowed text is copied once, owned text is moved.
///
/// ```
/// use epp_model::{Document, IntoOwned};
/// # fn main() -> Result<(), epp_model::Error> {
/// let owned: Document<'static> = {
///     let input = String::from(r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///       <result code="1000"><msg>Command completed successfully</msg></result>
///       <resData><domain:chkData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
///         <domain:cd><domain:name avail="1">example.com</domain:name></domain:cd>
///       </domain:chkData></resData>
///       <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#);
///     epp_model::parse(input.as_bytes())?.into_owned()
/// }; // `input` is dropped here
/// let items = owned.as_response().and_then(|r| r.check_results()).expect("check data");
/// assert_eq!(items[0].name, "example.com");
/// # Ok(()) }
/// ```
pub trait IntoOwned {
    /// The same value, owning its text.
    type Owned: 'static;

    /// Converts the value, copying borrowed text.
    fn into_owned(self) -> Self::Owned;
}

impl IntoOwned for Cow<'_, str> {
    type Owned = Cow<'static, str>;

    fn into_owned(self) -> Cow<'static, str> {
        Cow::Owned(Cow::into_owned(self))
    }
}

impl<T: IntoOwned> IntoOwned for Option<T> {
    type Owned = Option<T::Owned>;

    fn into_owned(self) -> Self::Owned {
        self.map(IntoOwned::into_owned)
    }
}

impl<T: IntoOwned> IntoOwned for Vec<T> {
    type Owned = Vec<T::Owned>;

    fn into_owned(self) -> Self::Owned {
        self.into_iter().map(IntoOwned::into_owned).collect()
    }
}

impl<T: IntoOwned> IntoOwned for Box<T> {
    type Owned = Box<T::Owned>;

    fn into_owned(self) -> Self::Owned {
        Box::new((*self).into_owned())
    }
}

impl<A: IntoOwned, B: IntoOwned> IntoOwned for (A, B) {
    type Owned = (A::Owned, B::Owned);

    fn into_owned(self) -> Self::Owned {
        (self.0.into_owned(), self.1.into_owned())
    }
}

/// Values without borrowed parts: already owned.
macro_rules! owned_as_is {
    ($($ty:ty),* $(,)?) => {
        $(impl $crate::IntoOwned for $ty {
            type Owned = $ty;

            fn into_owned(self) -> $ty {
                self
            }
        })*
    };
}
pub(crate) use owned_as_is;

owned_as_is!(bool, u8, u16, u32, u64, String);

/// Implements [`IntoOwned`] for a struct or enum with a lifetime `'a` by
/// converting each field: `owned!(struct Name { field, ... })` or
/// `owned!(enum Name { Unit, Tuple(a, b), Struct { field, ... } })`.
macro_rules! owned {
    (struct $ty:ident { $($f:ident),* $(,)? }) => {
        impl $crate::IntoOwned for $ty<'_> {
            type Owned = $ty<'static>;

            fn into_owned(self) -> $ty<'static> {
                $ty { $($f: $crate::IntoOwned::into_owned(self.$f)),* }
            }
        }
    };
    (enum $ty:ident { $( $v:ident $( ( $($t:ident),* ) )? $( { $($sf:ident),* } )? ),* $(,)? }) => {
        impl $crate::IntoOwned for $ty<'_> {
            type Owned = $ty<'static>;

            fn into_owned(self) -> $ty<'static> {
                match self {
                    $( $ty::$v $( ( $($t),* ) )? $( { $($sf),* } )? =>
                        $ty::$v $( ( $($crate::IntoOwned::into_owned($t)),* ) )? $( { $($sf: $crate::IntoOwned::into_owned($sf)),* } )?, )*
                }
            }
        }
    };
}
pub(crate) use owned;
