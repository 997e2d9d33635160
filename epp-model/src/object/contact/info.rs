//! `<contact:info>` (also the content of `<contact:transfer>`) and its response, `<contact:infData>`.

use super::{
    ContactDisclose, ContactPhone, ContactPostalInfo, ContactStatus, ContactStatusValue, NS, P, id_el,
    parse_postal_infos, write_postal_info,
};
use crate::common::{AuthInfo, Status};
use crate::de::{self, Result, Seq};
use crate::error::ErrorKind;
use crate::facet;
use crate::map::{mapping, res_item};
use crate::owned::owned;
use crate::xml::tree::El;
use crate::xml::writer::Writer;
use alloc::borrow::Cow;
use alloc::vec::Vec;

/// `<contact:info>` and `<contact:transfer>`: the id and the
/// authorization information.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{Info, CommandKind};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><info>
///   <contact:info xmlns:contact="urn:ietf:params:xml:ns:contact-1.0"><contact:id>sh8013</contact:id>
///   <contact:authInfo><contact:pw>2fooBAR</contact:pw></contact:authInfo></contact:info>
/// </info><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Info(Info::Contact(i))) = doc.as_command().map(|c| &c.kind) else { panic!("a contact:info") };
/// assert_eq!(i.id, "sh8013");
/// assert!(i.auth_info.is_some());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ContactInfo<'a> {
    /// `id`.
    pub id: Cow<'a, str>,
    /// `authInfo`.
    pub auth_info: Option<AuthInfo<'a>>,
}

owned!(struct ContactInfo { id, auth_info });

/// `<contact:transfer>`: the same content as `<contact:info>`.
pub type ContactTransfer<'a> = ContactInfo<'a>;

mapping!(ContactInfo in (NS, P) "info" { id: req "id" (facet::CL_ID), auth_info: opt "authInfo" });

/// `<contact:infData>` (RFC 5733 s.3.1.2).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let i: Option<epp_model::contact::ContactInfoData<'_>> = None;
/// assert!(i.is_none());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ContactInfoData<'a> {
    /// `id`.
    pub id: Cow<'a, str>,
    /// `roid`.
    pub roid: Cow<'a, str>,
    /// `status`es (at least one in a valid document).
    pub statuses: Vec<ContactStatus<'a>>,
    /// `postalInfo`s.
    pub postal_info: Vec<ContactPostalInfo<'a>>,
    /// `voice`.
    pub voice: Option<ContactPhone<'a>>,
    /// `fax`.
    pub fax: Option<ContactPhone<'a>>,
    /// `email`.
    pub email: Cow<'a, str>,
    /// `clID`.
    pub cl_id: Cow<'a, str>,
    /// `crID`.
    pub cr_id: Cow<'a, str>,
    /// `crDate`.
    pub cr_date: Cow<'a, str>,
    /// `upID`.
    pub up_id: Option<Cow<'a, str>>,
    /// `upDate`.
    pub up_date: Option<Cow<'a, str>>,
    /// `trDate`.
    pub tr_date: Option<Cow<'a, str>>,
    /// `authInfo`.
    pub auth_info: Option<AuthInfo<'a>>,
    /// `disclose`.
    pub disclose: Option<ContactDisclose>,
}

owned!(struct ContactInfoData { id, roid, statuses, postal_info, voice, fax, email, cl_id, cr_id, cr_date, up_id, up_date, tr_date, auth_info, disclose });

impl<'a> ContactInfoData<'a> {
    fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let id = id_el(s.req(NS, "id")?)?;
        let roid = de::typed(s.req(NS, "roid")?, &facet::ROID)?;
        let mut statuses = Vec::new();
        while let Some(c) = s.opt(NS, "status") {
            statuses.push(Status::parse(c, "contact:statusValueType", ContactStatusValue::from_xml)?);
        }
        if statuses.is_empty() {
            return Err(s.peek().unwrap_or(el).err(ErrorKind::MissingElement("status")));
        }
        let postal_info = parse_postal_infos(&mut s, el)?;
        let voice = s.opt(NS, "voice").map(ContactPhone::parse).transpose()?;
        let fax = s.opt(NS, "fax").map(ContactPhone::parse).transpose()?;
        let email = de::typed(s.req(NS, "email")?, &facet::MIN_TOKEN)?;
        let cl_id = de::typed(s.req(NS, "clID")?, &facet::CL_ID)?;
        let cr_id = de::typed(s.req(NS, "crID")?, &facet::CL_ID)?;
        let cr_date = de::typed(s.req(NS, "crDate")?, &facet::DATE_TIME)?;
        let up_id = s.opt(NS, "upID").map(|e| de::typed(e, &facet::CL_ID)).transpose()?;
        let up_date = s.opt(NS, "upDate").map(|e| de::typed(e, &facet::DATE_TIME)).transpose()?;
        let tr_date = s.opt(NS, "trDate").map(|e| de::typed(e, &facet::DATE_TIME)).transpose()?;
        let auth_info = s.opt(NS, "authInfo").map(|e| AuthInfo::parse(e, NS)).transpose()?;
        let disclose = s.opt(NS, "disclose").map(ContactDisclose::parse).transpose()?;
        s.end()?;
        Ok(ContactInfoData {
            id,
            roid,
            statuses,
            postal_info,
            voice,
            fax,
            email,
            cl_id,
            cr_id,
            cr_date,
            up_id,
            up_date,
            tr_date,
            auth_info,
            disclose,
        })
    }

    fn write(&self, w: &mut Writer<'_>) {
        crate::map::open(w, P, NS, "infData");
        w.leaf(P, "id", &self.id);
        w.leaf(P, "roid", &self.roid);
        for st in &self.statuses {
            st.write(w, P, ContactStatusValue::as_str);
        }
        for p in &self.postal_info {
            write_postal_info(w, p.kind, Some(&p.name), p.org.as_deref(), Some(&p.addr));
        }
        if let Some(v) = &self.voice {
            v.write(w, "voice");
        }
        if let Some(v) = &self.fax {
            v.write(w, "fax");
        }
        w.leaf(P, "email", &self.email);
        w.leaf(P, "clID", &self.cl_id);
        w.leaf(P, "crID", &self.cr_id);
        w.leaf(P, "crDate", &self.cr_date);
        w.opt_leaf(P, "upID", self.up_id.as_deref());
        w.opt_leaf(P, "upDate", self.up_date.as_deref());
        w.opt_leaf(P, "trDate", self.tr_date.as_deref());
        if let Some(a) = &self.auth_info {
            a.write(w, P);
        }
        if let Some(d) = &self.disclose {
            d.write(w);
        }
        w.close(P, "infData");
    }
}

res_item!(ContactInfoData);
