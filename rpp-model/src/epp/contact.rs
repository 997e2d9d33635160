//! Contact commands (RFC 5733) <-> RPP contact requests: postal
//! information, phones and email as a JSContact card.

use alloc::borrow::Cow;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use epp_model::contact::{
    ContactAddress, ContactChange, ContactCreate, ContactPhone, ContactPostalInfo, ContactPostalInfoChange,
    ContactPostalType, ContactStatusValue, ContactUpdate,
};

use super::common::{
    auth_to_epp, auth_to_rpp, op, status_match, status_of_match, status_to_epp, status_to_rpp, typed, value,
};
use super::error::{EppError, not_in_epp, not_in_rpp};
use crate::object::tag::CardTag;
use crate::{
    Card, CardAddress, CardEmail, CardName, CardOrganization, CardPhone, Component, Contact, PatchOp, PatchOpKind,
};

/// The one postal information RPP's card holds: `int` (the card has one
/// name and address; JSContact localizations are not modelled).
fn one_postal<'p, 'a>(postal: &'p [ContactPostalInfo<'a>]) -> Result<Option<&'p ContactPostalInfo<'a>>, EppError> {
    match postal {
        [] => Ok(None),
        [p] if p.kind == ContactPostalType::Int => Ok(Some(p)),
        [_] => {
            Err(not_in_rpp!("postalInfo type=\"loc\" (the card holds the int form; localizations are not modelled)"))
        }
        _ => Err(not_in_rpp!("two postalInfo elements (the card holds one name and address)")),
    }
}

/// An EPP address as a card address.
fn address_to_rpp(a: &ContactAddress<'_>) -> CardAddress {
    let mut components: Vec<Component> =
        a.street.iter().map(|s| Component { kind: "name".into(), value: s.as_ref().into() }).collect();
    components.push(Component { kind: "locality".into(), value: a.city.as_ref().into() });
    for (kind, v) in [("region", &a.sp), ("postcode", &a.pc)] {
        if let Some(v) = v {
            components.push(Component { kind: kind.into(), value: v.as_ref().into() });
        }
    }
    CardAddress { components, country_code: Some(a.cc.as_ref().into()) }
}

/// A card address as an EPP address.
fn address_to_epp(a: &CardAddress) -> Result<ContactAddress<'static>, EppError> {
    let mut out = ContactAddress { street: Vec::new(), city: "".into(), sp: None, pc: None, cc: "".into() };
    let mut city = None;
    for c in &a.components {
        let v: Cow<'static, str> = c.value.clone().into();
        match c.kind.as_str() {
            "name" => out.street.push(v),
            "locality" => city = Some(v),
            "region" => out.sp = Some(v),
            "postcode" => out.pc = Some(v),
            k => return Err(not_in_epp!("the address component {k:?}")),
        }
    }
    out.city = city.ok_or_else(|| not_in_epp!("an address without a locality (EPP's city is required)"))?;
    out.cc = a.country_code.clone().ok_or_else(|| not_in_epp!("an address without countryCode"))?.into();
    Ok(out)
}

/// An EPP phone as a card phone: a `tel:` URI with the extension as `;ext=`.
fn phone_to_rpp(p: &ContactPhone<'_>, fax: bool) -> CardPhone {
    let number = match &p.x {
        Some(x) => format!("tel:{};ext={x}", p.number),
        None => format!("tel:{}", p.number),
    };
    let mut features = BTreeMap::new();
    if fax {
        features.insert("fax".into(), true);
    }
    CardPhone { number, features }
}

/// A card phone as an EPP phone.
fn phone_to_epp(p: &CardPhone, fax: bool) -> Result<ContactPhone<'static>, EppError> {
    let expected: &[(&str, bool)] = if fax { &[("fax", true)] } else { &[] };
    if p.features.iter().map(|(k, v)| (k.as_str(), *v)).ne(expected.iter().copied()) {
        return Err(not_in_epp!("phone features {:?}", p.features));
    }
    let tel = p.number.strip_prefix("tel:").ok_or_else(|| not_in_epp!("a phone number that is not a tel: URI"))?;
    let (number, x) = match tel.split_once(";ext=") {
        Some((n, x)) => (n, Some(Cow::Owned(x.into()))),
        None => (tel, None),
    };
    Ok(ContactPhone { number: String::from(number).into(), x })
}

/// Contact data common to create and info, as a card.
pub(crate) fn card_of(
    postal: &[ContactPostalInfo<'_>],
    voice: Option<&ContactPhone<'_>>,
    fax: Option<&ContactPhone<'_>>,
    email: &str,
) -> Result<Card, EppError> {
    let mut card = Card { tag: CardTag, version: "2.0".into(), ..Card::default() };
    if let Some(p) = one_postal(postal)? {
        card.name = Some(CardName { full: Some(p.name.as_ref().into()), components: Vec::new() });
        if let Some(org) = &p.org {
            card.organizations.insert("org".into(), CardOrganization { name: org.as_ref().into() });
        }
        card.addresses.insert("addr".into(), address_to_rpp(&p.addr));
    }
    if let Some(v) = voice {
        card.phones.insert("voice".into(), phone_to_rpp(v, false));
    }
    if let Some(f) = fax {
        card.phones.insert("fax".into(), phone_to_rpp(f, true));
    }
    card.emails.insert("email".into(), CardEmail { address: email.into() });
    Ok(card)
}

/// The one member of a card map, which must have key `key`.
fn only<'m, V>(map: &'m BTreeMap<String, V>, key: &str, what: &str) -> Result<Option<&'m V>, EppError> {
    let mut it = map.iter();
    match (it.next(), it.next()) {
        (None, _) => Ok(None),
        (Some((k, v)), None) if k == key => Ok(Some(v)),
        _ => Err(not_in_epp!("{what} other than one {key:?}")),
    }
}

/// What a card holds in EPP's terms.
pub(crate) struct CardParts {
    pub(crate) postal: Vec<ContactPostalInfo<'static>>,
    pub(crate) voice: Option<ContactPhone<'static>>,
    pub(crate) fax: Option<ContactPhone<'static>>,
    pub(crate) email: Cow<'static, str>,
}

/// A card in EPP's terms.
pub(crate) fn parts_of(card: &Card) -> Result<CardParts, EppError> {
    if card.kind.is_some() {
        return Err(not_in_epp!("the card kind (EPP contacts have none)"));
    }
    let mut postal = Vec::new();
    let org = only(&card.organizations, "org", "organizations")?.map(|o| Cow::Owned(o.name.clone()));
    match (&card.name, only(&card.addresses, "addr", "addresses")?) {
        (None, None) if org.is_none() => {}
        (Some(CardName { full: Some(full), components }), Some(a)) if components.is_empty() => {
            postal.push(ContactPostalInfo {
                kind: ContactPostalType::Int,
                name: full.clone().into(),
                org,
                addr: address_to_epp(a)?,
            });
        }
        _ => return Err(not_in_epp!("a card without name.full and one \"addr\" address, or with name components")),
    }
    let mut voice = None;
    let mut fax = None;
    for (k, p) in &card.phones {
        match k.as_str() {
            "voice" => voice = Some(phone_to_epp(p, false)?),
            "fax" => fax = Some(phone_to_epp(p, true)?),
            _ => return Err(not_in_epp!("the phone {k:?} (EPP has voice and fax)")),
        }
    }
    let email = only(&card.emails, "email", "emails")?
        .ok_or_else(|| not_in_epp!("a card without an email (EPP requires one)"))?
        .address
        .clone()
        .into();
    Ok(CardParts { postal, voice, fax, email })
}

/// `<contact:create>` to its body.
pub(crate) fn create_body(c: &ContactCreate<'_>) -> Result<Contact, EppError> {
    if c.disclose.is_some() {
        return Err(not_in_rpp!("contact disclose (the RPP JSON draft has no disclosure preferences)"));
    }
    Ok(Contact {
        tag: crate::tag::ContactTag,
        id: Some(c.id.as_ref().into()),
        prov_metadata: None,
        status: Vec::new(),
        contact_info: Some(card_of(&c.postal_info, c.voice.as_ref(), c.fax.as_ref(), &c.email)?),
        auth_info: Some(auth_to_rpp(&c.auth_info)?),
    })
}

/// A create body to `<contact:create>`.
pub(crate) fn create_of(c: &Contact) -> Result<ContactCreate<'static>, EppError> {
    let id = c.id.clone().ok_or_else(|| not_in_epp!("a contact create without an id"))?;
    if c.prov_metadata.is_some() || !c.status.is_empty() {
        return Err(not_in_epp!("read-only members in a contact create"));
    }
    let card = c.contact_info.as_ref().ok_or_else(|| not_in_epp!("a contact create without contactInfo"))?;
    let parts = parts_of(card)?;
    let auth =
        c.auth_info.as_ref().ok_or_else(|| not_in_epp!("a contact create without authInfo (EPP requires it)"))?;
    Ok(ContactCreate {
        id: id.into(),
        postal_info: parts.postal,
        voice: parts.voice,
        fax: parts.fax,
        email: parts.email,
        auth_info: auth_to_epp(auth)?,
        disclose: None,
    })
}

/// `<contact:update>` to JSON Patch operations.
pub(crate) fn update_ops(u: &ContactUpdate<'_>) -> Result<Vec<PatchOp>, EppError> {
    let mut ops = Vec::new();
    for s in &u.add {
        ops.push(op(PatchOpKind::Add, "/status", None, Some(value(&status_to_rpp(s, |v| v.as_str())?))));
    }
    for s in &u.rem {
        ops.push(op(PatchOpKind::Remove, "/status", Some(status_match(&status_to_rpp(s, |v| v.as_str())?)), None));
    }
    if let Some(chg) = &u.chg {
        if chg.disclose.is_some() {
            return Err(not_in_rpp!("contact disclose (the RPP JSON draft has no disclosure preferences)"));
        }
        let replace = |path: &str, v: serde_json::Value| op(PatchOpKind::Replace, path, None, Some(v));
        match &chg.postal_info[..] {
            [] => {}
            [p] if p.kind == ContactPostalType::Int => {
                if let Some(n) = &p.name {
                    ops.push(replace("/contactInfo/name/full", n.as_ref().into()));
                }
                if let Some(o) = &p.org {
                    ops.push(replace("/contactInfo/organizations/org/name", o.as_ref().into()));
                }
                if let Some(a) = &p.addr {
                    ops.push(replace("/contactInfo/addresses/addr", value(&address_to_rpp(a))));
                }
                if p.name.is_none() && p.org.is_none() && p.addr.is_none() {
                    return Err(not_in_rpp!("an empty postalInfo change"));
                }
            }
            _ => return Err(not_in_rpp!("a postalInfo change other than one of type int")),
        }
        if let Some(v) = &chg.voice {
            ops.push(replace("/contactInfo/phones/voice", value(&phone_to_rpp(v, false))));
        }
        if let Some(f) = &chg.fax {
            ops.push(replace("/contactInfo/phones/fax", value(&phone_to_rpp(f, true))));
        }
        if let Some(e) = &chg.email {
            ops.push(replace("/contactInfo/emails/email/address", e.as_ref().into()));
        }
        if let Some(a) = &chg.auth_info {
            ops.push(replace("/authInfo", value(&auth_to_rpp(a)?)));
        }
        let empty = chg.postal_info.is_empty()
            && chg.voice.is_none()
            && chg.fax.is_none()
            && chg.email.is_none()
            && chg.auth_info.is_none();
        if empty {
            return Err(not_in_rpp!("an empty <contact:chg>"));
        }
    }
    if ops.is_empty() {
        return Err(not_in_rpp!("a contact update that changes nothing (a JSON Patch has at least one operation)"));
    }
    Ok(ops)
}

/// JSON Patch operations to `<contact:update>`.
pub(crate) fn update_of(id: String, ops: &[PatchOp]) -> Result<ContactUpdate<'static>, EppError> {
    let (mut add, mut rem) = (Vec::new(), Vec::new());
    let mut chg =
        ContactChange { postal_info: Vec::new(), voice: None, fax: None, email: None, auth_info: None, disclose: None };
    let mut postal = ContactPostalInfoChange { kind: ContactPostalType::Int, name: None, org: None, addr: None };
    for o in ops {
        match (o.op, o.path.as_str()) {
            (PatchOpKind::Add, "/status") => add.push(status_to_epp(&typed(o)?, ContactStatusValue::from_xml)?),
            (PatchOpKind::Remove, "/status") => {
                rem.push(status_to_epp(&status_of_match(o)?, ContactStatusValue::from_xml)?)
            }
            (PatchOpKind::Replace, "/contactInfo/name/full") => postal.name = Some(typed::<String>(o)?.into()),
            (PatchOpKind::Replace, "/contactInfo/organizations/org/name") => {
                postal.org = Some(typed::<String>(o)?.into());
            }
            (PatchOpKind::Replace, "/contactInfo/addresses/addr") => postal.addr = Some(address_to_epp(&typed(o)?)?),
            (PatchOpKind::Replace, "/contactInfo/phones/voice") => chg.voice = Some(phone_to_epp(&typed(o)?, false)?),
            (PatchOpKind::Replace, "/contactInfo/phones/fax") => chg.fax = Some(phone_to_epp(&typed(o)?, true)?),
            (PatchOpKind::Replace, "/contactInfo/emails/email/address") => {
                chg.email = Some(typed::<String>(o)?.into());
            }
            (PatchOpKind::Replace, "/authInfo") => chg.auth_info = Some(auth_to_epp(&typed(o)?)?),
            (kind, path) => return Err(not_in_epp!("the contact patch operation {kind:?} {path}")),
        }
    }
    if postal.name.is_some() || postal.org.is_some() || postal.addr.is_some() {
        chg.postal_info.push(postal);
    }
    let changed = !chg.postal_info.is_empty()
        || chg.voice.is_some()
        || chg.fax.is_some()
        || chg.email.is_some()
        || chg.auth_info.is_some();
    Ok(ContactUpdate { id: id.into(), add, rem, chg: changed.then_some(chg) })
}
