//! The contact mapping (RFC 5733), namespace
//! `urn:ietf:params:xml:ns:contact-1.0`, prefix `contact`.
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! use epp_model::{Document, command::{CommandKind, Info}};
//! let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><info>
//!   <contact:info xmlns:contact="urn:ietf:params:xml:ns:contact-1.0">
//!   <contact:id>sh8013</contact:id></contact:info></info></command></epp>"#;
//! let Document::Command(c) = epp_model::parse(xml)? else { panic!() };
//! let CommandKind::Info(Info::Contact(i)) = c.kind else { panic!() };
//! assert_eq!(i.id, "sh8013");
//! # Ok(()) }
//! ```

use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::vec::Vec;

use crate::common::{CheckItem, PendingAction, Status, TransferData};
use crate::de::{self, Result, Seq, str_enum};
use crate::error::ErrorKind;
use crate::facet;
use crate::facet::SimpleType;
use crate::map::{Value, res_data, status_kind};
use crate::ns::addr::CONTACT as NS;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

mod check;
mod create;
mod delete;
mod info;
mod update;

pub use check::*;
pub use create::*;
pub use delete::*;
pub use info::*;
pub use update::*;

const P: &str = "contact";

str_enum! {
    /// A contact status value (RFC 5733 s.2.2).
    pub enum ContactStatusValue {
        /// `clientDeleteProhibited`.
        ClientDeleteProhibited = "clientDeleteProhibited",
        /// `clientTransferProhibited`.
        ClientTransferProhibited = "clientTransferProhibited",
        /// `clientUpdateProhibited`.
        ClientUpdateProhibited = "clientUpdateProhibited",
        /// `linked`.
        Linked = "linked",
        /// `ok`.
        Ok = "ok",
        /// `pendingCreate`.
        PendingCreate = "pendingCreate",
        /// `pendingDelete`.
        PendingDelete = "pendingDelete",
        /// `pendingTransfer`.
        PendingTransfer = "pendingTransfer",
        /// `pendingUpdate`.
        PendingUpdate = "pendingUpdate",
        /// `serverDeleteProhibited`.
        ServerDeleteProhibited = "serverDeleteProhibited",
        /// `serverTransferProhibited`.
        ServerTransferProhibited = "serverTransferProhibited",
        /// `serverUpdateProhibited`.
        ServerUpdateProhibited = "serverUpdateProhibited",
    }
}

str_enum! {
    /// The form of postal information (RFC 5733 s.2.3): internationalized
    /// (`loc`, any UTF-8) or 7-bit ASCII (`int`).
    pub enum ContactPostalType {
        /// `int`.
        Int = "int",
        /// `loc`.
        Loc = "loc",
    }
}

/// A contact status.
pub type ContactStatus<'a> = Status<'a, ContactStatusValue>;

/// A postal address (`<contact:addr>`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{CommandKind, Create};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <contact:create xmlns:contact="urn:ietf:params:xml:ns:contact-1.0"><contact:id>sh8013</contact:id>
///   <contact:postalInfo type="int"><contact:name>John Doe</contact:name><contact:org>Example Inc.</contact:org>
///     <contact:addr><contact:street>123 Example Dr.</contact:street><contact:street>Suite 100</contact:street>
///     <contact:city>Dulles</contact:city><contact:sp>VA</contact:sp><contact:pc>20166-6503</contact:pc>
///     <contact:cc>US</contact:cc></contact:addr></contact:postalInfo>
///   <contact:voice x="1234">+1.7035555555</contact:voice><contact:email>jdoe@example.com</contact:email>
///   <contact:authInfo><contact:pw>2fooBAR</contact:pw></contact:authInfo>
///   <contact:disclose flag="0"><contact:voice/><contact:email/></contact:disclose>
///   </contact:create></create></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Create(Create::Contact(c))) = doc.as_command().map(|c| &c.kind) else { panic!("a contact:create") };
/// let a = &c.postal_info[0].addr;
/// assert_eq!((a.street.len(), a.city.as_ref(), a.cc.as_ref()), (2, "Dulles", "US"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ContactAddress<'a> {
    /// `street` lines, at most three.
    pub street: Vec<Cow<'a, str>>,
    /// `city`.
    pub city: Cow<'a, str>,
    /// `sp`: state or province.
    pub sp: Option<Cow<'a, str>>,
    /// `pc`: postal code.
    pub pc: Option<Cow<'a, str>>,
    /// `cc`: two-letter country code.
    pub cc: Cow<'a, str>,
}

owned!(struct ContactAddress { street, city, sp, pc, cc });

impl<'a> ContactAddress<'a> {
    fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let mut street = Vec::new();
        while let Some(st) = s.opt(NS, "street") {
            if street.len() == 3 {
                return Err(st.err(ErrorKind::UnexpectedElement));
            }
            street.push(de::typed_string(st, &facet::OPT_POSTAL_LINE)?);
        }
        let city = de::typed_string(s.req(NS, "city")?, &facet::POSTAL_LINE)?;
        let sp = s.opt(NS, "sp").map(|e| de::typed_string(e, &facet::OPT_POSTAL_LINE)).transpose()?;
        let pc = s.opt(NS, "pc").map(|e| de::typed(e, &facet::PC)).transpose()?;
        let cc = de::typed(s.req(NS, "cc")?, &facet::CC)?;
        s.end()?;
        Ok(ContactAddress { street, city, sp, pc, cc })
    }

    fn write(&self, w: &mut Writer<'_>) {
        w.start(P, "addr");
        w.open();
        for st in &self.street {
            w.leaf(P, "street", st);
        }
        w.leaf(P, "city", &self.city);
        w.opt_leaf(P, "sp", self.sp.as_deref());
        w.opt_leaf(P, "pc", self.pc.as_deref());
        w.leaf(P, "cc", &self.cc);
        w.close(P, "addr");
    }
}

/// Postal information (`<contact:postalInfo type="int">`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{CommandKind, Create};
/// use epp_model::contact::ContactPostalType;
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <contact:create xmlns:contact="urn:ietf:params:xml:ns:contact-1.0"><contact:id>sh8013</contact:id>
///   <contact:postalInfo type="int"><contact:name>John Doe</contact:name><contact:org>Example Inc.</contact:org>
///     <contact:addr><contact:street>123 Example Dr.</contact:street><contact:street>Suite 100</contact:street>
///     <contact:city>Dulles</contact:city><contact:sp>VA</contact:sp><contact:pc>20166-6503</contact:pc>
///     <contact:cc>US</contact:cc></contact:addr></contact:postalInfo>
///   <contact:voice x="1234">+1.7035555555</contact:voice><contact:email>jdoe@example.com</contact:email>
///   <contact:authInfo><contact:pw>2fooBAR</contact:pw></contact:authInfo>
///   <contact:disclose flag="0"><contact:voice/><contact:email/></contact:disclose>
///   </contact:create></create></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Create(Create::Contact(c))) = doc.as_command().map(|c| &c.kind) else { panic!("a contact:create") };
/// let p = &c.postal_info[0];
/// assert_eq!((p.kind, p.name.as_ref(), p.org.as_deref()), (ContactPostalType::Int, "John Doe", Some("Example Inc.")));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ContactPostalInfo<'a> {
    /// `type`.
    pub kind: ContactPostalType,
    /// `name`.
    pub name: Cow<'a, str>,
    /// `org`.
    pub org: Option<Cow<'a, str>>,
    /// `addr`.
    pub addr: ContactAddress<'a>,
}

owned!(struct ContactPostalInfo { kind, name, org, addr });

/// Postal information in `<contact:chg>`: every part optional.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{CommandKind, Update};
/// use epp_model::contact::ContactPostalType;
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <contact:update xmlns:contact="urn:ietf:params:xml:ns:contact-1.0"><contact:id>sh8013</contact:id>
///   <contact:chg><contact:postalInfo type="loc"><contact:org/></contact:postalInfo></contact:chg>
///   </contact:update></update></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Update(Update::Contact(u))) = doc.as_command().map(|c| &c.kind) else { panic!("a contact:update") };
/// let p = &u.chg.as_ref().expect("chg").postal_info[0];
/// assert_eq!((p.kind, p.name.as_deref(), p.org.as_deref()), (ContactPostalType::Loc, None, Some("")));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ContactPostalInfoChange<'a> {
    /// `type`.
    pub kind: ContactPostalType,
    /// `name`.
    pub name: Option<Cow<'a, str>>,
    /// `org` (empty to remove it).
    pub org: Option<Cow<'a, str>>,
    /// `addr`.
    pub addr: Option<ContactAddress<'a>>,
}

owned!(struct ContactPostalInfoChange { kind, name, org, addr });

fn postal_type(el: El<'_, '_>) -> Result<ContactPostalType> {
    de::xsd_enum_attr(el, "type", "contact:postalInfoEnumType", ContactPostalType::from_xml)?
        .ok_or_else(|| el.err(ErrorKind::MissingAttribute("type")))
}

fn parse_postal_info<'a>(el: El<'_, 'a>) -> Result<ContactPostalInfoChange<'a>> {
    de::attrs(el, &["type"])?;
    let kind = postal_type(el)?;
    let mut s = Seq::new(el)?;
    let name = s.opt(NS, "name").map(|e| de::typed_string(e, &facet::POSTAL_LINE)).transpose()?;
    let org = s.opt(NS, "org").map(|e| de::typed_string(e, &facet::OPT_POSTAL_LINE)).transpose()?;
    let addr = s.opt(NS, "addr").map(ContactAddress::parse).transpose()?;
    s.end()?;
    Ok(ContactPostalInfoChange { kind, name, org, addr })
}

status_kind!(ContactStatusValue, "contact:statusValueType");

/// A `postalInfo` of create or info data: `name` and `addr` required.
impl<'a> Value<'a> for ContactPostalInfo<'a> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        let c = parse_postal_info(el)?;
        // (`name` is a postalLineType: not empty, checked above.)
        let (Some(name), Some(addr)) = (c.name, c.addr) else {
            return Err(el.err(ErrorKind::MissingElement("name")));
        };
        Ok(ContactPostalInfo { kind: c.kind, name, org: c.org, addr })
    }

    fn write(&self, w: &mut Writer<'_>, _p: &str, _local: &str) {
        write_postal_info(w, self.kind, Some(&self.name), self.org.as_deref(), Some(&self.addr));
    }
}

/// A `postalInfo` of `<contact:chg>`: every part optional.
impl<'a> Value<'a> for ContactPostalInfoChange<'a> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        parse_postal_info(el)
    }

    fn write(&self, w: &mut Writer<'_>, _p: &str, _local: &str) {
        write_postal_info(w, self.kind, self.name.as_deref(), self.org.as_deref(), self.addr.as_ref());
    }
}

impl<'a> Value<'a> for ContactPhone<'a> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        ContactPhone::parse(el)
    }

    fn write(&self, w: &mut Writer<'_>, _p: &str, local: &str) {
        ContactPhone::write(self, w, local);
    }
}

impl Value<'_> for ContactDisclose {
    fn read(el: El<'_, '_>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        ContactDisclose::parse(el)
    }

    fn write(&self, w: &mut Writer<'_>, _p: &str, _local: &str) {
        ContactDisclose::write(self, w);
    }
}

fn write_postal_info(
    w: &mut Writer<'_>,
    kind: ContactPostalType,
    name: Option<&str>,
    org: Option<&str>,
    addr: Option<&ContactAddress<'_>>,
) {
    w.start(P, "postalInfo");
    w.attr("type", kind.as_str());
    w.open();
    w.opt_leaf(P, "name", name);
    w.opt_leaf(P, "org", org);
    if let Some(a) = addr {
        a.write(w);
    }
    w.close(P, "postalInfo");
}

/// A telephone number in E.164 form (`+1.7035555555`) with an optional
/// extension (`x`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{CommandKind, Create};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <contact:create xmlns:contact="urn:ietf:params:xml:ns:contact-1.0"><contact:id>sh8013</contact:id>
///   <contact:postalInfo type="int"><contact:name>John Doe</contact:name><contact:org>Example Inc.</contact:org>
///     <contact:addr><contact:street>123 Example Dr.</contact:street><contact:street>Suite 100</contact:street>
///     <contact:city>Dulles</contact:city><contact:sp>VA</contact:sp><contact:pc>20166-6503</contact:pc>
///     <contact:cc>US</contact:cc></contact:addr></contact:postalInfo>
///   <contact:voice x="1234">+1.7035555555</contact:voice><contact:email>jdoe@example.com</contact:email>
///   <contact:authInfo><contact:pw>2fooBAR</contact:pw></contact:authInfo>
///   <contact:disclose flag="0"><contact:voice/><contact:email/></contact:disclose>
///   </contact:create></create></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Create(Create::Contact(c))) = doc.as_command().map(|c| &c.kind) else { panic!("a contact:create") };
/// let v = c.voice.as_ref().expect("voice");
/// assert_eq!((v.number.as_ref(), v.x.as_deref()), ("+1.7035555555", Some("1234")));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ContactPhone<'a> {
    /// The number (empty to remove it in `<chg>`).
    pub number: Cow<'a, str>,
    /// `x`: the extension.
    pub x: Option<Cow<'a, str>>,
}

owned!(struct ContactPhone { number, x });

impl<'a> ContactPhone<'a> {
    fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &["x"])?;
        let number = de::trim(el.text()?);
        de::facet(el, &facet::E164, &number)?;
        Ok(ContactPhone { number, x: el.attr("x").map(de::trim) })
    }

    fn write(&self, w: &mut Writer<'_>, l: &str) {
        w.start(P, l);
        w.opt_attr("x", self.x.as_deref());
        w.text(P, l, &self.number);
    }
}

/// `(\+[0-9]{1,3}\.[0-9]{1,14})?`, at most 17 characters.
/// Disclosure preferences (`<contact:disclose flag="0">`, RFC 5733
/// s.2.9): which elements the server may (flag 1) or may not (flag 0)
/// disclose.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{CommandKind, Create};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <contact:create xmlns:contact="urn:ietf:params:xml:ns:contact-1.0"><contact:id>sh8013</contact:id>
///   <contact:postalInfo type="int"><contact:name>John Doe</contact:name><contact:org>Example Inc.</contact:org>
///     <contact:addr><contact:street>123 Example Dr.</contact:street><contact:street>Suite 100</contact:street>
///     <contact:city>Dulles</contact:city><contact:sp>VA</contact:sp><contact:pc>20166-6503</contact:pc>
///     <contact:cc>US</contact:cc></contact:addr></contact:postalInfo>
///   <contact:voice x="1234">+1.7035555555</contact:voice><contact:email>jdoe@example.com</contact:email>
///   <contact:authInfo><contact:pw>2fooBAR</contact:pw></contact:authInfo>
///   <contact:disclose flag="0"><contact:voice/><contact:email/></contact:disclose>
///   </contact:create></create></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Create(Create::Contact(c))) = doc.as_command().map(|c| &c.kind) else { panic!("a contact:create") };
/// let d = c.disclose.as_ref().expect("disclose");
/// assert!(!d.flag && d.voice && d.email && !d.fax);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ContactDisclose {
    /// `flag`.
    pub flag: bool,
    /// `name type=` (at most one of each type).
    pub name: Vec<ContactPostalType>,
    /// `org type=`.
    pub org: Vec<ContactPostalType>,
    /// `addr type=`.
    pub addr: Vec<ContactPostalType>,
    /// `voice`.
    pub voice: bool,
    /// `fax`.
    pub fax: bool,
    /// `email`.
    pub email: bool,
}

crate::owned::owned_as_is!(ContactDisclose);

impl ContactDisclose {
    fn parse(el: El<'_, '_>) -> Result<Self> {
        de::attrs(el, &["flag"])?;
        let flag = de::bool_attr(el, "flag")?.ok_or_else(|| el.err(ErrorKind::MissingAttribute("flag")))?;
        let mut s = Seq::new(el)?;
        let mut d = ContactDisclose { flag, ..ContactDisclose::default() };
        for (l, v) in [("name", &mut d.name), ("org", &mut d.org), ("addr", &mut d.addr)] {
            while let Some(e) = s.opt(NS, l) {
                de::empty(e, &["type"])?;
                if v.len() == 2 {
                    return Err(e.err(ErrorKind::UnexpectedElement));
                }
                v.push(postal_type(e)?);
            }
        }
        for (l, v) in [("voice", &mut d.voice), ("fax", &mut d.fax), ("email", &mut d.email)] {
            if let Some(e) = s.opt(NS, l) {
                de::empty(e, &[])?;
                *v = true;
            }
        }
        s.end()?;
        Ok(d)
    }

    fn write(&self, w: &mut Writer<'_>) {
        w.start(P, "disclose");
        w.attr("flag", de::bit(self.flag));
        w.open();
        for (l, v) in [("name", &self.name), ("org", &self.org), ("addr", &self.addr)] {
            for t in v {
                w.start(P, l);
                w.attr("type", t.as_str());
                w.empty();
            }
        }
        for (l, v) in [("voice", self.voice), ("fax", self.fax), ("email", self.email)] {
            if v {
                w.empty_el(P, l);
            }
        }
        w.close(P, "disclose");
    }
}

fn id_el<'a>(el: El<'_, 'a>) -> Result<Cow<'a, str>> {
    de::typed(el, &facet::CL_ID)
}

res_data! {
    /// A contact `<resData>` element.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{contact::ContactResData, response::ResData};
    /// // RFC 5733 s.3.2.1.
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <resData><contact:creData xmlns:contact="urn:ietf:params:xml:ns:contact-1.0">
    ///     <contact:id>sh8013</contact:id><contact:crDate>1999-04-03T22:00:00.0Z</contact:crDate>
    ///   </contact:creData></resData><trID><clTRID>ABC-12345</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
    /// let doc = epp_model::parse(xml)?;
    /// let Some(ResData::Contact(r)) = doc.as_response().map(|r| &r.res_data[0]) else { panic!("contact data") };
    /// assert_eq!(r.element(), "creData");
    /// assert!(matches!(r, ContactResData::Cre(c) if c.id == "sh8013"));
    /// # Ok(()) }
    /// ```
    // A response holds one or two of these; boxing the info data would cost an
    // allocation per parse to save stack space nobody uses.
    #[allow(clippy::large_enum_variant)]
    pub enum ContactResData<'a> in (NS, P, key "id") {
        /// `<contact:chkData>` (the items' `name` is the contact id).
        Chk(Vec<CheckItem<'a>>) = "chkData",
        /// `<contact:creData>`.
        Cre(ContactCreateData<'a>) = "creData",
        /// `<contact:infData>`.
        Inf(ContactInfoData<'a>) = "infData",
        /// `<contact:panData>` (the notice's `name` is the contact id).
        Pan(PendingAction<'a>) = "panData",
        /// `<contact:trnData>` (`name` is the contact id).
        Trn(TransferData<'a>) = "trnData",
    }
}
