//! Declared mappings (crate-private): an element is declared once, as a
//! table of its children, and its reader and writer follow from it.
//!
//! [`mapping!`] turns `Type in (uri, prefix) "element" { field: card
//! "child" (facet), ... }` into `Type::parse` (attributes refused, the
//! children in schema order, nothing left over) and `Type::write` (the
//! element with its namespace declaration, the children in the same
//! order). A child may name its own reader, `field: card "child"
//! [reader]`, for a check no simple type states. The cardinality `card` is one of the modules [`req`] (exactly
//! one), [`opt`] (zero or one), [`many`] (zero or more), [`some`] (one
//! or more), [`nonempty`] (one or more, none reported as missing at
//! the next child), [`up_to_two`] and [`one_or_two`]; each child's value is a [`Value`]. `Type nested in
//! ...` writes no namespace declaration (an element inside another
//! mapping); `Type in (...) "el", empty when default` writes `<p:el/>`
//! when the value is its type's default. [`res_data!`] declares an object's `<resData>` enum the same
//! way.

use alloc::borrow::Cow;
use alloc::vec::Vec;

use crate::common::{AuthInfo, CheckItem, PendingAction, Period, Status, TransferData};
use crate::de::{self, Result, Seq};
use crate::facet::SimpleType;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

/// `<p:l xmlns:p="uri">`, opened: the start of an object mapping's top
/// element.
pub(crate) fn open(w: &mut Writer<'_>, p: &str, uri: &str, l: &str) {
    w.start(p, l);
    w.ns(p, uri);
    w.open();
}

/// `<p:l>`, opened: an element inside a mapping (its namespace declared
/// by an enclosing one).
pub(crate) fn open_nested(w: &mut Writer<'_>, p: &str, _uri: &str, l: &str) {
    w.start(p, l);
    w.open();
}

/// A child element's value: how it is read from the element and written
/// back as `<p:local>`.
pub(crate) trait Value<'a>: Sized {
    /// Reads the value of `el` (in namespace `ns`); `ty` is the simple
    /// type of a text value (`None`: a token with no facet).
    fn read(el: El<'_, 'a>, ns: &str, ty: Option<&SimpleType>) -> Result<Self>;
    /// Writes the value as element `p:local`.
    fn write(&self, w: &mut Writer<'_>, p: &str, local: &str);
}

impl<'a> Value<'a> for Cow<'a, str> {
    fn read(el: El<'_, 'a>, _ns: &str, ty: Option<&SimpleType>) -> Result<Self> {
        match ty {
            Some(ty) => de::typed(el, ty),
            None => de::token(el),
        }
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, local: &str) {
        w.leaf(p, local, self);
    }
}

impl Value<'_> for Period {
    fn read(el: El<'_, '_>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        Period::parse(el)
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, _local: &str) {
        Period::write(self, w, p);
    }
}

impl<'a> Value<'a> for AuthInfo<'a> {
    fn read(el: El<'_, 'a>, ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        AuthInfo::parse(el, ns)
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, _local: &str) {
        AuthInfo::write(self, w, p);
    }
}

impl<'a> Value<'a> for crate::host::HostAddr<'a> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        crate::host::HostAddr::parse(el)
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, local: &str) {
        crate::host::HostAddr::write(self, w, p, local);
    }
}

/// A status enumeration of an object mapping: its schema type (named in
/// errors) and its XML values.
pub(crate) trait StatusKind: Copy + 'static {
    /// The schema type, e.g. `domain:statusValueType`.
    const TYPE: &'static str;
    fn from_xml(s: &str) -> Option<Self>;
    fn as_str(&self) -> &'static str;
}

/// Implements [`StatusKind`] for a `str_enum!` type.
macro_rules! status_kind {
    ($ty:ident, $name:literal) => {
        impl $crate::map::StatusKind for $ty {
            const TYPE: &'static str = $name;

            fn from_xml(s: &str) -> Option<Self> {
                $ty::from_xml(s)
            }

            fn as_str(&self) -> &'static str {
                $ty::as_str(self)
            }
        }
    };
}
pub(crate) use status_kind;

impl<'a, V: StatusKind> Value<'a> for Status<'a, V> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        Status::parse(el, V::TYPE, V::from_xml)
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, _local: &str) {
        Status::write(self, w, p, V::as_str);
    }
}

/// Exactly one child.
pub(crate) mod req {
    use super::*;

    pub(crate) fn read<'a, T: Value<'a>>(
        s: &mut Seq<'_, 'a>,
        ns: &str,
        local: &'static str,
        ty: Option<&SimpleType>,
    ) -> Result<T> {
        read_with(s, ns, local, |e| T::read(e, ns, ty))
    }

    pub(crate) fn read_with<'a, T>(
        s: &mut Seq<'_, 'a>,
        ns: &str,
        local: &'static str,
        f: impl Fn(El<'_, 'a>) -> Result<T>,
    ) -> Result<T> {
        f(s.req(ns, local)?)
    }

    pub(crate) fn write<'a, T: Value<'a>>(v: &T, w: &mut Writer<'_>, p: &str, local: &str) {
        v.write(w, p, local);
    }
}

/// Zero or one child.
pub(crate) mod opt {
    use super::*;

    pub(crate) fn read<'a, T: Value<'a>>(
        s: &mut Seq<'_, 'a>,
        ns: &str,
        local: &'static str,
        ty: Option<&SimpleType>,
    ) -> Result<Option<T>> {
        read_with(s, ns, local, |e| T::read(e, ns, ty))
    }

    pub(crate) fn read_with<'a, T>(
        s: &mut Seq<'_, 'a>,
        ns: &str,
        local: &'static str,
        f: impl Fn(El<'_, 'a>) -> Result<T>,
    ) -> Result<Option<T>> {
        s.opt(ns, local).map(f).transpose()
    }

    pub(crate) fn write<'a, T: Value<'a>>(v: &Option<T>, w: &mut Writer<'_>, p: &str, local: &str) {
        if let Some(v) = v {
            v.write(w, p, local);
        }
    }
}

/// Zero or more children.
pub(crate) mod many {
    use super::*;

    pub(crate) fn read<'a, T: Value<'a>>(
        s: &mut Seq<'_, 'a>,
        ns: &str,
        local: &'static str,
        ty: Option<&SimpleType>,
    ) -> Result<Vec<T>> {
        read_with(s, ns, local, |e| T::read(e, ns, ty))
    }

    pub(crate) fn read_with<'a, T>(
        s: &mut Seq<'_, 'a>,
        ns: &str,
        local: &'static str,
        f: impl Fn(El<'_, 'a>) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut out = Vec::new();
        while let Some(e) = s.opt(ns, local) {
            out.push(f(e)?);
        }
        Ok(out)
    }

    pub(crate) fn write<'a, T: Value<'a>>(v: &[T], w: &mut Writer<'_>, p: &str, local: &str) {
        for v in v {
            v.write(w, p, local);
        }
    }
}

/// One or more children.
pub(crate) mod some {
    use super::*;

    pub(crate) fn read<'a, T: Value<'a>>(
        s: &mut Seq<'_, 'a>,
        ns: &str,
        local: &'static str,
        ty: Option<&SimpleType>,
    ) -> Result<Vec<T>> {
        read_with(s, ns, local, |e| T::read(e, ns, ty))
    }

    pub(crate) fn read_with<'a, T>(
        s: &mut Seq<'_, 'a>,
        ns: &str,
        local: &'static str,
        f: impl Fn(El<'_, 'a>) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut out = alloc::vec![super::req::read_with(s, ns, local, &f)?];
        out.extend(super::many::read_with(s, ns, local, &f)?);
        Ok(out)
    }

    pub(crate) use super::many::write;
}

/// One or more children; none is reported as missing at the next child
/// (the `<status>` lists of info data).
pub(crate) mod nonempty {
    use super::*;

    pub(crate) fn read<'a, T: Value<'a>>(
        s: &mut Seq<'_, 'a>,
        ns: &str,
        local: &'static str,
        ty: Option<&SimpleType>,
    ) -> Result<Vec<T>> {
        let out = super::many::read(s, ns, local, ty)?;
        if out.is_empty() {
            return Err(s.missing(local));
        }
        Ok(out)
    }

    pub(crate) use super::many::write;
}

/// At most two children (`maxOccurs="2"`): a third is refused where it
/// stands.
pub(crate) mod up_to_two {
    use super::*;

    pub(crate) fn read<'a, T: Value<'a>>(
        s: &mut Seq<'_, 'a>,
        ns: &str,
        local: &'static str,
        ty: Option<&SimpleType>,
    ) -> Result<Vec<T>> {
        let mut out = Vec::new();
        while let Some(e) = s.opt(ns, local) {
            if out.len() == 2 {
                return Err(e.err(crate::error::ErrorKind::UnexpectedElement));
            }
            out.push(T::read(e, ns, ty)?);
        }
        Ok(out)
    }

    pub(crate) use super::many::write;
}

/// One or two children: as [`up_to_two`], and none is reported as missing
/// at the next child.
pub(crate) mod one_or_two {
    use super::*;

    pub(crate) fn read<'a, T: Value<'a>>(
        s: &mut Seq<'_, 'a>,
        ns: &str,
        local: &'static str,
        ty: Option<&SimpleType>,
    ) -> Result<Vec<T>> {
        let out = super::up_to_two::read(s, ns, local, ty)?;
        if out.is_empty() {
            return Err(s.missing(local));
        }
        Ok(out)
    }

    pub(crate) use super::many::write;
}

/// Declares the reader and writer of an element whose content is a
/// sequence of children (see the [module](self) docs).
macro_rules! mapping {
    ($ty:ident in ($ns:expr, $p:expr) $el:literal { $($body:tt)* }) => {
        $crate::map::mapping!(@impl $ty, $ns, $p, $el, $crate::map::open, no, { $($body)* });
    };
    // Written as an empty element (`<p:el xmlns:p="..."/>`) when the
    // value is its type's default (every child absent).
    ($ty:ident in ($ns:expr, $p:expr) $el:literal, empty when default { $($body:tt)* }) => {
        $crate::map::mapping!(@impl $ty, $ns, $p, $el, $crate::map::open, yes, { $($body)* });
    };
    // An element inside another mapping: no namespace declaration.
    ($ty:ident nested in ($ns:expr, $p:expr) $el:literal { $($body:tt)* }) => {
        $crate::map::mapping!(@impl $ty, $ns, $p, $el, $crate::map::open_nested, no, { $($body)* });
    };
    (@impl $ty:ident, $ns:expr, $p:expr, $el:literal, $open:path, $bare:ident, {
        $( $field:ident : $card:ident $local:literal $(($facet:expr))? $([$reader:expr])? ),* $(,)?
    }) => {
        impl<'a> $ty<'a> {
            pub(crate) fn parse(el: $crate::xml::tree::El<'_, 'a>) -> $crate::de::Result<Self> {
                $crate::de::attrs(el, &[])?;
                #[allow(unused_mut)]
                let mut s = $crate::de::Seq::new(el)?;
                $( let $field = $crate::map::mapping!(@read s, $card, $ns, $local, ($($facet)?), ($($reader)?))?; )*
                s.end()?;
                Ok($ty { $($field),* })
            }

            pub(crate) fn write(&self, w: &mut $crate::xml::writer::Writer<'_>) {
                self.write_as(w, $el);
            }

            /// Writes the mapping as element `l` (for a shape shared by two
            /// elements).
            #[allow(dead_code)]
            pub(crate) fn write_as(&self, w: &mut $crate::xml::writer::Writer<'_>, l: &str) {
                $crate::map::mapping!(@bare $bare, self, w, $p, $ns, l);
                $open(w, $p, $ns, l);
                $( $crate::map::$card::write(&self.$field, w, $p, $local); )*
                w.close($p, l);
            }
        }

        $crate::map::res_item!($ty);

        /// A mapping inside another one, written as the child's element.
        impl<'a> $crate::map::Value<'a> for $ty<'a> {
            fn read(
                el: $crate::xml::tree::El<'_, 'a>,
                _ns: &str,
                _ty: Option<&$crate::facet::SimpleType>,
            ) -> $crate::de::Result<Self> {
                Self::parse(el)
            }

            fn write(&self, w: &mut $crate::xml::writer::Writer<'_>, _p: &str, local: &str) {
                self.write_as(w, local);
            }
        }
    };
    // A child read as its `Value` (with the facets of a simple type), or
    // by a reader function of its own (`[reader]`: checks no simple type
    // states, such as a currency code).
    (@read $s:ident, $card:ident, $ns:expr, $local:literal, ($($facet:expr)?), ()) => {
        $crate::map::$card::read(&mut $s, $ns, $local, $crate::map::mapping!(@ty $($facet)?))
    };
    (@read $s:ident, $card:ident, $ns:expr, $local:literal, (), ($reader:expr)) => {
        $crate::map::$card::read_with(&mut $s, $ns, $local, $reader)
    };
    (@bare no, $self_:expr, $w:ident, $p:expr, $ns:expr, $l:ident) => {};
    (@bare yes, $self_:expr, $w:ident, $p:expr, $ns:expr, $l:ident) => {
        if *$self_ == Self::default() {
            $w.start($p, $l);
            $w.ns($p, $ns);
            $w.empty();
            return;
        }
    };
    (@ty) => { None };
    (@ty $facet:expr) => { Some(&$facet) };
}
pub(crate) use mapping;

/// Implements [`ResItem`] for a type with `parse(el)` and `write(&self,
/// w)` of its own.
macro_rules! res_item {
    ($ty:ident) => {
        impl<'a> $crate::map::ResItem<'a> for $ty<'a> {
            fn read(el: $crate::xml::tree::El<'_, 'a>, _ns: &str, _key: &'static str) -> $crate::de::Result<Self> {
                Self::parse(el)
            }

            fn write(&self, w: &mut $crate::xml::writer::Writer<'_>, _p: &str, _ns: &str, _key: &str) {
                Self::write(self, w);
            }
        }
    };
}
pub(crate) use res_item;

/// An element of an object mapping, read and written in namespace `ns`
/// (prefix `p`); `key` names the key child (`name` or `id`) of the shapes
/// that domain, host and contact share. [`mapping!`] implements it.
pub(crate) trait ResItem<'a>: Sized {
    fn read(el: El<'_, 'a>, ns: &str, key: &'static str) -> Result<Self>;
    fn write(&self, w: &mut Writer<'_>, p: &str, ns: &str, key: &str);
}

impl<'a> ResItem<'a> for Vec<CheckItem<'a>> {
    fn read(el: El<'_, 'a>, ns: &str, key: &'static str) -> Result<Self> {
        crate::common::parse_check_data(el, ns, key)
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, ns: &str, key: &str) {
        crate::common::write_check_data(w, p, ns, key, self);
    }
}

impl<'a> ResItem<'a> for PendingAction<'a> {
    fn read(el: El<'_, 'a>, ns: &str, key: &'static str) -> Result<Self> {
        PendingAction::parse(el, ns, key)
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, ns: &str, key: &str) {
        PendingAction::write(self, w, p, ns, key);
    }
}

impl<'a> ResItem<'a> for TransferData<'a> {
    /// `exDate` belongs to domain transfers only (key `name`).
    fn read(el: El<'_, 'a>, ns: &str, key: &'static str) -> Result<Self> {
        TransferData::parse(el, ns, key, key == "name")
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, ns: &str, key: &str) {
        TransferData::write(self, w, p, ns, key);
    }
}

/// Declares an object's `<resData>` enum: each variant, its element and
/// its content (a [`ResItem`]).
macro_rules! res_data {
    (
        $(#[$meta:meta])*
        pub enum $name:ident<'a> in ($ns:expr, $p:expr, key $key:literal) {
            $( $(#[$vmeta:meta])* $variant:ident($ty:ty) = $el:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
        #[non_exhaustive]
        pub enum $name<'a> {
            $( $(#[$vmeta])* $variant($ty), )+
        }

        impl<'a> $name<'a> {
            /// The element's local name (`infData`, ...).
            pub fn element(&self) -> &'static str {
                match self { $( $name::$variant(_) => $el, )+ }
            }

            pub(crate) fn parse(el: $crate::xml::tree::El<'_, 'a>) -> $crate::de::Result<Self> {
                Ok(match el.local() {
                    $( $el => $name::$variant(<$ty as $crate::map::ResItem>::read(el, $ns, $key)?), )+
                    _ => return Err(el.err($crate::error::ErrorKind::UnexpectedElement)),
                })
            }

            pub(crate) fn write(&self, w: &mut $crate::xml::writer::Writer<'_>) {
                match self {
                    $( $name::$variant(v) => $crate::map::ResItem::write(v, w, $p, $ns, $key), )+
                }
            }
        }

        impl $crate::IntoOwned for $name<'_> {
            type Owned = $name<'static>;

            fn into_owned(self) -> $name<'static> {
                match self {
                    $( $name::$variant(v) => $name::$variant($crate::IntoOwned::into_owned(v)), )+
                }
            }
        }
    };
}
pub(crate) use res_data;

#[cfg(test)]
mod tests {
    use crate::command::{CommandKind, Renew};
    use crate::{Document, ErrorKind};

    fn renew(children: &str) -> alloc::string::String {
        alloc::format!(
            r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><renew>
<domain:renew xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">{children}</domain:renew>
</renew></command></epp>"#
        )
    }

    #[test]
    fn mapping_reads_each_cardinality_and_writes_in_declared_order() {
        let xml = renew(
            "<domain:name>example.com</domain:name><domain:curExpDate>2000-04-03</domain:curExpDate>\
             <domain:period unit=\"y\">5</domain:period>",
        );
        let doc = crate::parse(xml.as_bytes()).unwrap();
        let Document::Command(c) = &doc else { panic!("a command") };
        let CommandKind::Renew(Renew::Domain(r)) = &c.kind else { panic!("a domain renew") };
        assert_eq!((r.name.as_ref(), r.cur_exp_date.as_ref()), ("example.com", "2000-04-03"));
        assert_eq!(r.period.map(|p| p.value), Some(5));
        let out = alloc::string::String::from_utf8(doc.to_xml()).unwrap();
        let at = |s: &str| out.find(s).unwrap();
        assert!(at("<domain:renew xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\">") < at("<domain:name>"));
        assert!(at("<domain:name>") < at("<domain:curExpDate>"));
        assert!(at("<domain:curExpDate>") < at("<domain:period unit=\"y\">5</domain:period>"));
    }

    #[test]
    fn mapping_refuses_missing_required_child_out_of_order_and_left_over() {
        let missing = renew("<domain:name>example.com</domain:name>");
        let e = crate::parse(missing.as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::MissingElement("curExpDate"));
        assert!(e.path().ends_with("domain:renew"), "{}", e.path());

        let swapped = renew("<domain:curExpDate>2000-04-03</domain:curExpDate><domain:name>example.com</domain:name>");
        assert_eq!(crate::parse(swapped.as_bytes()).unwrap_err().kind(), ErrorKind::Expected("name"));

        let extra = renew(
            "<domain:name>example.com</domain:name><domain:curExpDate>2000-04-03</domain:curExpDate>\
             <domain:name>example.net</domain:name>",
        );
        assert_eq!(crate::parse(extra.as_bytes()).unwrap_err().kind(), ErrorKind::UnexpectedElement);
    }

    #[test]
    fn mapping_refuses_attributes_on_the_mapped_element() {
        let xml = r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><delete>
<host:delete xmlns:host="urn:ietf:params:xml:ns:host-1.0" a="1"><host:name>ns1.example.com</host:name></host:delete>
</delete></command></epp>"#;
        assert_eq!(crate::parse(xml.as_bytes()).unwrap_err().kind(), ErrorKind::UnexpectedAttribute);
    }

    #[test]
    fn some_needs_one_child_many_needs_none() {
        let check = r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check>
<contact:check xmlns:contact="urn:ietf:params:xml:ns:contact-1.0"></contact:check>
</check></command></epp>"#;
        assert_eq!(crate::parse(check.as_bytes()).unwrap_err().kind(), ErrorKind::MissingElement("id"));

        let create = r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
<host:create xmlns:host="urn:ietf:params:xml:ns:host-1.0"><host:name>ns1.example.com</host:name></host:create>
</create></command></epp>"#;
        assert!(crate::parse(create.as_bytes()).is_ok());
    }

    #[test]
    fn nonempty_reports_the_missing_child_at_the_next_one() {
        let xml = r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
<result code="1000"><msg>Command completed successfully</msg></result>
<resData><host:infData xmlns:host="urn:ietf:params:xml:ns:host-1.0">
<host:name>ns1.example.com</host:name><host:roid>NS1_EXAMPLE1-REP</host:roid>
<host:clID>ClientY</host:clID><host:crID>ClientX</host:crID><host:crDate>1999-04-03T22:00:00.0Z</host:crDate>
</host:infData></resData><trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
        let e = crate::parse(xml.as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::MissingElement("status"));
        assert!(e.path().ends_with("host:infData/host:clID"), "{}", e.path());
    }

    #[test]
    fn one_or_two_refuses_a_third_where_it_stands_and_needs_one() {
        let postal = r#"<contact:postalInfo type="int"><contact:name>John Doe</contact:name>
<contact:addr><contact:city>Dulles</contact:city><contact:cc>US</contact:cc></contact:addr></contact:postalInfo>"#;
        let create = |infos: &str| {
            alloc::format!(
                r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
<contact:create xmlns:contact="urn:ietf:params:xml:ns:contact-1.0"><contact:id>sh8013</contact:id>{infos}
<contact:email>jdoe@example.com</contact:email><contact:authInfo><contact:pw>2fooBAR</contact:pw></contact:authInfo>
</contact:create></create></command></epp>"#
            )
        };
        assert!(crate::parse(create(&postal.repeat(2)).as_bytes()).is_ok());
        let e = crate::parse(create(&postal.repeat(3)).as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::UnexpectedElement);
        assert!(e.path().ends_with("contact:create/contact:postalInfo"), "{}", e.path());
        let e = crate::parse(create("").as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::MissingElement("postalInfo"));
        assert!(e.path().ends_with("contact:email"), "{}", e.path());
    }
}
