//! `<contact:update>`.

use super::{ContactDisclose, ContactPhone, ContactPostalInfoChange, ContactStatus, ContactStatusValue, NS, P, id_el};
use crate::common::{AuthInfo, Status};
use crate::de::{self, Result, Seq};
use crate::error::ErrorKind;
use crate::facet;
use crate::map::mapping;
use crate::owned::owned;
use crate::xml::tree::El;
use crate::xml::writer::Writer;
use alloc::borrow::Cow;
use alloc::vec::Vec;

/// What `<contact:chg>` changes.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, command::{CommandKind, Update}, contact::*};
/// // RFC 5733 s.3.2.5 (abridged).
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <contact:update xmlns:contact="urn:ietf:params:xml:ns:contact-1.0"><contact:id>sh8013</contact:id>
///   <contact:add><contact:status s="clientDeleteProhibited"/></contact:add>
///   <contact:chg><contact:voice>+1.7034444444</contact:voice><contact:fax/>
///   <contact:authInfo><contact:pw>2fooBAR</contact:pw></contact:authInfo></contact:chg>
///   </contact:update></update><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let CommandKind::Update(Update::Contact(u)) = &c.kind else { panic!("a contact:update") };
/// let chg = u.chg.as_ref().expect("a chg");
/// assert_eq!(chg.voice.as_ref().map(|v| v.number.as_ref()), Some("+1.7034444444"));
/// assert_eq!(chg.fax.as_ref().map(|f| f.number.as_ref()), Some("")); // `<contact:fax/>` removes the fax
/// assert!(chg.email.is_none());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ContactChange<'a> {
    /// `postalInfo`s.
    pub postal_info: Vec<ContactPostalInfoChange<'a>>,
    /// `voice` (empty number to remove it).
    pub voice: Option<ContactPhone<'a>>,
    /// `fax`.
    pub fax: Option<ContactPhone<'a>>,
    /// `email`.
    pub email: Option<Cow<'a, str>>,
    /// `authInfo`.
    pub auth_info: Option<AuthInfo<'a>>,
    /// `disclose`.
    pub disclose: Option<ContactDisclose>,
}

owned!(struct ContactChange { postal_info, voice, fax, email, auth_info, disclose });

mapping!(ContactChange nested in (NS, P) "chg" {
    postal_info: up_to_two "postalInfo",
    voice: opt "voice",
    fax: opt "fax",
    email: opt "email" (facet::MIN_TOKEN),
    auth_info: opt "authInfo",
    disclose: opt "disclose",
});

/// `<contact:update>` (RFC 5733 s.3.2.5).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, command::{CommandKind, Update}, contact::*};
/// // RFC 5733 s.3.2.5 (abridged).
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <contact:update xmlns:contact="urn:ietf:params:xml:ns:contact-1.0"><contact:id>sh8013</contact:id>
///   <contact:add><contact:status s="clientDeleteProhibited"/></contact:add>
///   <contact:chg><contact:voice>+1.7034444444</contact:voice><contact:fax/>
///   <contact:authInfo><contact:pw>2fooBAR</contact:pw></contact:authInfo></contact:chg>
///   </contact:update></update><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let CommandKind::Update(Update::Contact(u)) = &c.kind else { panic!("a contact:update") };
/// assert_eq!((u.id.as_ref(), u.add.len(), u.rem.len()), ("sh8013", 1, 0));
/// assert_eq!(u.add[0].s, ContactStatusValue::ClientDeleteProhibited);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ContactUpdate<'a> {
    /// `id`.
    pub id: Cow<'a, str>,
    /// `add`: statuses to add (empty: no `<add>`).
    pub add: Vec<ContactStatus<'a>>,
    /// `rem`: statuses to remove (empty: no `<rem>`).
    pub rem: Vec<ContactStatus<'a>>,
    /// `chg`.
    pub chg: Option<ContactChange<'a>>,
}

owned!(struct ContactUpdate { id, add, rem, chg });

fn parse_statuses<'a>(el: El<'_, 'a>) -> Result<Vec<ContactStatus<'a>>> {
    de::attrs(el, &[])?;
    let mut s = Seq::new(el)?;
    let mut v = Vec::new();
    while let Some(c) = s.opt(NS, "status") {
        v.push(Status::parse(c, "contact:statusValueType", ContactStatusValue::from_xml)?);
    }
    s.end()?;
    if v.is_empty() {
        return Err(el.err(ErrorKind::MissingElement("status")));
    }
    Ok(v)
}

impl<'a> ContactUpdate<'a> {
    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let id = id_el(s.req(NS, "id")?)?;
        let add = s.opt(NS, "add").map(parse_statuses).transpose()?.unwrap_or_default();
        let rem = s.opt(NS, "rem").map(parse_statuses).transpose()?.unwrap_or_default();
        let chg = crate::map::opt::read(&mut s, NS, "chg", None)?;
        s.end()?;
        Ok(ContactUpdate { id, add, rem, chg })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        crate::map::open(w, P, NS, "update");
        w.leaf(P, "id", &self.id);
        for (l, v) in [("add", &self.add), ("rem", &self.rem)] {
            if v.is_empty() {
                continue;
            }
            w.start(P, l);
            w.open();
            for st in v {
                st.write(w, P, ContactStatusValue::as_str);
            }
            w.close(P, l);
        }
        crate::map::opt::write(&self.chg, w, P, "chg");
        w.close(P, "update");
    }
}
