//! EPP responses <-> RPP responses: the result code as the HTTP status and
//! `RPP-Code`, the transaction ids as headers, `resData` as the body, and
//! errors as problem details.

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use epp_model::contact::{ContactInfoData, ContactResData, ContactStatusValue};
use epp_model::domain::{DomainInfoData, DomainRenewData, DomainResData, DomainStatusValue};
use epp_model::ext::Extension;
use epp_model::ext::rgp::Rgp;
use epp_model::ext::secdns::SecDns;
use epp_model::host::{HostInfoData, HostResData, HostStatusValue};
use epp_model::response::{EppResult, Msg, ResData, ResultCode};
use epp_model::{TrId, TransferData};

use super::common::{auth_to_epp, auth_to_rpp, status_to_epp, status_to_rpp, timestamp};
use super::error::{EppError, not_in_epp, not_in_rpp};
use super::{contact, domain};
use crate::http::{Body, Collection, Operation, Response, header, status_of_code};
use crate::object::tag::ProvMetadataTag;
use crate::{Contact, DomainName, Host, ProblemDetail, ProvMetadata, RenewProcess, TransferProcess, TransferStatus};

/// The header naming the object a transfer or renew response is about.
const CONTENT_LOCATION: &str = "content-location";
/// The problem type of an EPP error.
const ERROR_TYPE: &str = "urn:ietf:params:rpp:error";

/// Metadata of an EPP info.
struct Meta<'d> {
    roid: &'d str,
    cl_id: &'d str,
    cr_id: Option<&'d str>,
    cr_date: Option<&'d str>,
    up_id: Option<&'d str>,
    up_date: Option<&'d str>,
    tr_date: Option<&'d str>,
}

fn meta_to_rpp(m: &Meta<'_>) -> Result<ProvMetadata, EppError> {
    let ts = |what, v: Option<&str>| v.map(|v| timestamp(what, v)).transpose();
    Ok(ProvMetadata {
        tag: ProvMetadataTag,
        repository_id: Some(m.roid.into()),
        sp_client_id: m.cl_id.into(),
        cr_client_id: m.cr_id.map(String::from),
        cr_date: ts("crDate", m.cr_date)?,
        up_client_id: m.up_id.map(String::from),
        up_date: ts("upDate", m.up_date)?,
        tr_date: ts("trDate", m.tr_date)?,
    })
}

/// Text of an optional timestamp.
fn text(t: Option<&crate::Timestamp>) -> Option<Cow<'static, str>> {
    t.map(|t| Cow::Owned(t.as_str().into()))
}

/// The provisioning metadata an EPP info needs.
fn meta_of<'m>(m: Option<&'m ProvMetadata>, what: &str) -> Result<(&'m ProvMetadata, Cow<'static, str>), EppError> {
    let m = m.ok_or_else(|| not_in_epp!("a {what} read without provMetadata"))?;
    let roid = m.repository_id.clone().ok_or_else(|| not_in_epp!("a {what} read without repositoryId (roid)"))?;
    Ok((m, roid.into()))
}

fn domain_info(d: &DomainInfoData<'_>) -> Result<DomainName, EppError> {
    let mut out = DomainName::named(d.name.as_ref());
    out.prov_metadata = Some(meta_to_rpp(&Meta {
        roid: &d.roid,
        cl_id: &d.cl_id,
        cr_id: d.cr_id.as_deref(),
        cr_date: d.cr_date.as_deref(),
        up_id: d.up_id.as_deref(),
        up_date: d.up_date.as_deref(),
        tr_date: d.tr_date.as_deref(),
    })?);
    out.status = d.statuses.iter().map(|s| status_to_rpp(s, |v| v.as_str())).collect::<Result<_, _>>()?;
    out.registrant = d.registrant.as_deref().map(crate::ContactRef::new);
    out.contacts = domain::contacts_to_rpp(&d.contacts);
    if let Some(ns) = &d.ns {
        domain::ns_to_rpp(ns, &mut out);
    }
    out.subordinate_hosts = d.hosts.iter().map(|h| Host::reference(h.as_ref())).collect();
    out.expiry_date = d.ex_date.as_deref().map(|t| timestamp("exDate", t)).transpose()?;
    out.auth_info = d.auth_info.as_ref().map(auth_to_rpp).transpose()?;
    Ok(out)
}

fn domain_info_of(d: &DomainName) -> Result<DomainInfoData<'static>, EppError> {
    let (m, roid) = meta_of(d.prov_metadata.as_ref(), "domain")?;
    if d.processes.is_some() {
        return Err(not_in_epp!("processes in a domain read"));
    }
    Ok(DomainInfoData {
        name: d.name.clone().ok_or_else(|| not_in_epp!("a domain read without a name"))?.into(),
        roid,
        statuses: d
            .status
            .iter()
            .filter(|s| !super::rgp::is_rgp(s))
            .map(|s| status_to_epp(s, DomainStatusValue::from_xml))
            .collect::<Result<_, _>>()?,
        registrant: d.registrant.as_ref().map(|r| r.id.clone().into()),
        contacts: domain::contacts_to_epp(&d.contacts)?,
        ns: domain::ns_to_epp(d)?,
        hosts: d.subordinate_hosts.iter().map(|h| h.host_name.clone().into()).collect(),
        cl_id: m.sp_client_id.clone().into(),
        cr_id: m.cr_client_id.clone().map(Cow::Owned),
        cr_date: text(m.cr_date.as_ref()),
        up_id: m.up_client_id.clone().map(Cow::Owned),
        up_date: text(m.up_date.as_ref()),
        ex_date: text(d.expiry_date.as_ref()),
        tr_date: text(m.tr_date.as_ref()),
        auth_info: d.auth_info.as_ref().map(auth_to_epp).transpose()?,
    })
}

fn host_info(h: &HostInfoData<'_>) -> Result<Host, EppError> {
    let mut out =
        super::host::create_body(&epp_model::host::HostCreate { name: h.name.clone(), addrs: h.addrs.clone() });
    out.prov_metadata = Some(meta_to_rpp(&Meta {
        roid: &h.roid,
        cl_id: &h.cl_id,
        cr_id: Some(&h.cr_id),
        cr_date: Some(&h.cr_date),
        up_id: h.up_id.as_deref(),
        up_date: h.up_date.as_deref(),
        tr_date: h.tr_date.as_deref(),
    })?);
    out.status = h.statuses.iter().map(|s| status_to_rpp(s, |v| v.as_str())).collect::<Result<_, _>>()?;
    Ok(out)
}

fn host_info_of(h: &Host) -> Result<HostInfoData<'static>, EppError> {
    let (m, roid) = meta_of(h.prov_metadata.as_ref(), "host")?;
    let bare = Host { prov_metadata: None, status: Vec::new(), ..h.clone() };
    let addrs = super::host::create_of(&bare)?.addrs;
    Ok(HostInfoData {
        name: h.host_name.clone().into(),
        roid,
        statuses: h.status.iter().map(|s| status_to_epp(s, HostStatusValue::from_xml)).collect::<Result<_, _>>()?,
        addrs,
        cl_id: m.sp_client_id.clone().into(),
        cr_id: m.cr_client_id.clone().ok_or_else(|| not_in_epp!("a host read without crClientId"))?.into(),
        cr_date: text(m.cr_date.as_ref()).ok_or_else(|| not_in_epp!("a host read without crDate"))?,
        up_id: m.up_client_id.clone().map(Cow::Owned),
        up_date: text(m.up_date.as_ref()),
        tr_date: text(m.tr_date.as_ref()),
    })
}

fn contact_info(c: &ContactInfoData<'_>) -> Result<Contact, EppError> {
    if c.disclose.is_some() {
        return Err(not_in_rpp!("contact disclose (the RPP JSON draft has no disclosure preferences)"));
    }
    Ok(Contact {
        tag: crate::tag::ContactTag,
        id: Some(c.id.as_ref().into()),
        prov_metadata: Some(meta_to_rpp(&Meta {
            roid: &c.roid,
            cl_id: &c.cl_id,
            cr_id: Some(&c.cr_id),
            cr_date: Some(&c.cr_date),
            up_id: c.up_id.as_deref(),
            up_date: c.up_date.as_deref(),
            tr_date: c.tr_date.as_deref(),
        })?),
        status: c.statuses.iter().map(|s| status_to_rpp(s, |v| v.as_str())).collect::<Result<_, _>>()?,
        contact_info: Some(contact::card_of(&c.postal_info, c.voice.as_ref(), c.fax.as_ref(), &c.email)?),
        auth_info: c.auth_info.as_ref().map(auth_to_rpp).transpose()?,
    })
}

fn contact_info_of(c: &Contact) -> Result<ContactInfoData<'static>, EppError> {
    let (m, roid) = meta_of(c.prov_metadata.as_ref(), "contact")?;
    let card = c.contact_info.as_ref().ok_or_else(|| not_in_epp!("a contact read without contactInfo"))?;
    let parts = contact::parts_of(card)?;
    Ok(ContactInfoData {
        id: c.id.clone().ok_or_else(|| not_in_epp!("a contact read without an id"))?.into(),
        roid,
        statuses: c.status.iter().map(|s| status_to_epp(s, ContactStatusValue::from_xml)).collect::<Result<_, _>>()?,
        postal_info: parts.postal,
        voice: parts.voice,
        fax: parts.fax,
        email: parts.email,
        cl_id: m.sp_client_id.clone().into(),
        cr_id: m.cr_client_id.clone().ok_or_else(|| not_in_epp!("a contact read without crClientId"))?.into(),
        cr_date: text(m.cr_date.as_ref()).ok_or_else(|| not_in_epp!("a contact read without crDate"))?,
        up_id: m.up_client_id.clone().map(Cow::Owned),
        up_date: text(m.up_date.as_ref()),
        tr_date: text(m.tr_date.as_ref()),
        auth_info: c.auth_info.as_ref().map(auth_to_epp).transpose()?,
        disclose: None,
    })
}

/// Transfer data as a transfer process, and the path of the object's latest transfer.
fn transfer(t: &TransferData<'_>, c: Collection) -> Result<(TransferProcess, String), EppError> {
    let tr_status = match t.tr_status.as_str() {
        "pending" => TransferStatus::Pending,
        "clientApproved" => TransferStatus::ClientApproved,
        "clientCancelled" => TransferStatus::ClientCancelled,
        "clientRejected" => TransferStatus::ClientRejected,
        "serverApproved" => TransferStatus::ServerApproved,
        _ => TransferStatus::ServerCancelled,
    };
    let op = Operation::new(crate::http::Action::TransferQuery, c, Some(t.name.as_ref().into()));
    Ok((
        TransferProcess {
            tr_status: Some(tr_status),
            transfer_dir: None,
            req_client_id: Some(t.re_id.as_ref().into()),
            request_date: Some(timestamp("reDate", &t.re_date)?),
            act_client_id: Some(t.ac_id.as_ref().into()),
            action_date: Some(timestamp("acDate", &t.ac_date)?),
            expiry_date: t.ex_date.as_deref().map(|d| timestamp("exDate", d)).transpose()?,
            ..TransferProcess::default()
        },
        op.path(),
    ))
}

fn transfer_of(t: &TransferProcess, name: String) -> Result<TransferData<'static>, EppError> {
    let missing = |what: &str| not_in_epp!("a transferProcess without {what} as transfer data");
    if t.transfer_dir.is_some() || t.gaining_client_id.is_some() || t.transfer_period.is_some() || t.reason.is_some() {
        return Err(not_in_epp!("transferDir, gainingClientId, transferPeriod or reason in transfer data"));
    }
    let status = match t.tr_status.ok_or_else(|| missing("trStatus"))? {
        TransferStatus::Pending => "pending",
        TransferStatus::ClientApproved => "clientApproved",
        TransferStatus::ClientCancelled => "clientCancelled",
        TransferStatus::ClientRejected => "clientRejected",
        TransferStatus::ServerApproved => "serverApproved",
        TransferStatus::ServerCancelled => "serverCancelled",
    };
    Ok(TransferData {
        name: name.into(),
        tr_status: epp_model::TransferStatus::from_xml(status).ok_or_else(|| missing("trStatus"))?,
        re_id: t.req_client_id.clone().ok_or_else(|| missing("reqClientId"))?.into(),
        re_date: text(t.request_date.as_ref()).ok_or_else(|| missing("requestDate"))?,
        ac_id: t.act_client_id.clone().ok_or_else(|| missing("actClientId"))?.into(),
        ac_date: text(t.action_date.as_ref()).ok_or_else(|| missing("actionDate"))?,
        ex_date: text(t.expiry_date.as_ref()),
    })
}

/// An EPP response as its RPP response.
pub(crate) fn to_rpp(r: &epp_model::response::Response<'_>) -> Result<Response, EppError> {
    let [result] = &r.results[..] else {
        return Err(not_in_rpp!("a response with {} results (RPP-Code carries one)", r.results.len()));
    };
    if !result.values.is_empty() {
        return Err(not_in_rpp!("result <value>/<extValue> elements (no problem-details mapping in the drafts)"));
    }
    if result.msg.lang.is_some() {
        return Err(not_in_rpp!("the lang attribute of <msg>"));
    }
    if r.msg_q.is_some() {
        return Err(not_in_rpp!("<msgQ>: the message queue is not in the RPP drafts read here"));
    }
    // The extensions with an RPP form: secDNS and RGP infData on a domain
    // info, in that order.
    let domain_inf = matches!(&r.res_data[..], [ResData::Domain(DomainResData::Inf(_))]);
    let (mut secdns, mut rgp) = (None, None);
    for ext in &r.extensions {
        match ext {
            Extension::SecDns(SecDns::InfData(d)) if domain_inf && secdns.is_none() && rgp.is_none() => {
                secdns = Some(d)
            }
            Extension::Rgp(Rgp::InfData(v)) if domain_inf && rgp.is_none() => rgp = Some(v),
            other => return Err(not_in_rpp!("the response extension {} (no RPP mapping)", other.element_name())),
        }
    }
    let code = result.code.code();
    let mut out = Response { status: status_of_code(code, 200), headers: Default::default(), body: None };
    out.headers.insert(header::CODE.into(), code.to_string());
    out.headers.insert(header::SVTRID.into(), r.tr_id.sv_trid.to_string());
    if let Some(id) = &r.tr_id.cl_trid {
        out.headers.insert(header::CLTRID.into(), id.to_string());
    }
    if code >= 2000 {
        // The problem details are the body: resData would replace them.
        if !r.res_data.is_empty() {
            return Err(not_in_rpp!("resData in an error response (its body is the problem details)"));
        }
        out.body =
            Some(Body::Problem(ProblemDetail { title: Some(result.msg.text.to_string()), ..problem(out.status) }));
    } else if result.msg.text != result.code.text() {
        return Err(not_in_rpp!(
            "the result message {:?} (RPP-Code carries the code; its text is the standard one)",
            result.msg.text
        ));
    }
    let data = match &r.res_data[..] {
        [] => return Ok(out),
        [d] => d,
        more => return Err(not_in_rpp!("{} resData elements", more.len())),
    };
    let body = match data {
        ResData::Domain(DomainResData::Inf(d)) => {
            let mut body = domain_info(d)?;
            if let Some(data) = secdns {
                super::secdns::add_to(&mut body, data)?;
            }
            if let Some(v) = rgp {
                body.status.extend(super::rgp::statuses_to_rpp(v)?);
            }
            Body::Domain(body)
        }
        ResData::Host(HostResData::Inf(h)) => Body::Host(host_info(h)?),
        ResData::Contact(ContactResData::Inf(c)) => Body::Contact(contact_info(c)?),
        ResData::Domain(DomainResData::Trn(t)) | ResData::Contact(ContactResData::Trn(t)) => {
            let c = if matches!(data, ResData::Domain(_)) { Collection::Domains } else { Collection::Contacts };
            let (body, path) = transfer(t, c)?;
            out.headers.insert(CONTENT_LOCATION.into(), path);
            Body::Transfer(body)
        }
        ResData::Domain(DomainResData::Ren(d)) => {
            let op = Operation::new(crate::http::Action::Info, Collection::Domains, Some(d.name.as_ref().into()));
            out.headers.insert(CONTENT_LOCATION.into(), op.path());
            let expiry_date = d.ex_date.as_deref().map(|t| timestamp("exDate", t)).transpose()?;
            Body::Renew(RenewProcess { expiry_date, ..RenewProcess::default() })
        }
        ResData::Domain(DomainResData::Chk(_))
        | ResData::Host(HostResData::Chk(_))
        | ResData::Contact(ContactResData::Chk(_)) => {
            return Err(not_in_rpp!("check data (the drafts define no availability body)"));
        }
        ResData::Domain(DomainResData::Cre(_))
        | ResData::Host(HostResData::Cre(_))
        | ResData::Contact(ContactResData::Cre(_)) => {
            return Err(not_in_rpp!(
                "create data: its crDate belongs in provMetadata, whose required spClientId creData lacks"
            ));
        }
        other => return Err(not_in_rpp!("the resData {}", other.element_name())),
    };
    out.body = Some(body);
    Ok(out)
}

/// The object a `content-location` header names.
fn located(resp: &Response, action: crate::http::Action) -> Result<(Collection, String), EppError> {
    let path = resp
        .headers
        .get(CONTENT_LOCATION)
        .ok_or_else(|| not_in_epp!("this body without a content-location naming the object"))?;
    let op = Operation::parse(crate::http::Method::Get, path)?;
    if op.action != action {
        return Err(not_in_epp!("the content-location {path}"));
    }
    Ok((op.collection, op.id.unwrap_or_default()))
}

/// An RPP response as its EPP response.
pub(crate) fn to_epp(resp: &Response) -> Result<epp_model::response::Response<'static>, EppError> {
    for k in resp.headers.keys() {
        if !matches!(k.as_str(), header::CODE | header::SVTRID | header::CLTRID | CONTENT_LOCATION) {
            return Err(not_in_epp!("the response header {k}"));
        }
    }
    let code_text = resp.headers.get(header::CODE).ok_or_else(|| not_in_epp!("a response without RPP-Code"))?;
    let code = code_text
        .parse::<u16>()
        .ok()
        .and_then(ResultCode::new)
        .ok_or_else(|| EppError::Invalid { what: "RPP-Code", value: code_text.clone() })?;
    let fits = match code.code() {
        1000 | 1500 => (200..300).contains(&resp.status),
        c => status_of_code(c, 200) == resp.status,
    };
    if !fits {
        return Err(EppError::Invalid { what: "status for its RPP-Code", value: resp.status.to_string() });
    }
    let sv_trid = resp.headers.get(header::SVTRID).ok_or_else(|| not_in_epp!("a response without RPP-Svtrid"))?;
    let tr_id =
        TrId { cl_trid: resp.headers.get(header::CLTRID).cloned().map(Cow::Owned), sv_trid: sv_trid.clone().into() };
    let mut result = EppResult::new(code);
    let mut out_data = None;
    let mut out_ext = Vec::new();
    match &resp.body {
        None => {}
        Some(Body::Problem(p)) => {
            let expected = ProblemDetail { title: p.title.clone(), ..problem(resp.status) };
            if *p != expected || code.code() < 2000 {
                return Err(not_in_epp!("problem details other than the type, title and status of an error"));
            }
            result.msg = Msg::new(p.title.clone().unwrap_or_default());
        }
        Some(Body::Domain(d)) => {
            out_data = Some(ResData::Domain(DomainResData::Inf(domain_info_of(d)?)));
            out_ext.extend(super::secdns::data_of(d)?.map(|s| Extension::SecDns(SecDns::InfData(s))));
            let rgp = super::rgp::statuses_of(&d.status)?;
            if !rgp.is_empty() {
                out_ext.push(Extension::Rgp(Rgp::InfData(rgp)));
            }
        }
        Some(Body::Host(h)) => out_data = Some(ResData::Host(HostResData::Inf(host_info_of(h)?))),
        Some(Body::Contact(c)) => out_data = Some(ResData::Contact(ContactResData::Inf(contact_info_of(c)?))),
        Some(Body::Transfer(t)) => {
            let (c, name) = located(resp, crate::http::Action::TransferQuery)?;
            let data = transfer_of(t, name)?;
            out_data = Some(match c {
                Collection::Domains => ResData::Domain(DomainResData::Trn(data)),
                Collection::Contacts => ResData::Contact(ContactResData::Trn(data)),
                Collection::Hosts => return Err(not_in_epp!("a host transfer (RFC 5732 has none)")),
            });
        }
        Some(Body::Renew(r)) => {
            let (c, name) = located(resp, crate::http::Action::Info)?;
            if c != Collection::Domains || r.renewal_period.is_some() {
                return Err(not_in_epp!("renew data other than a domain's new expiryDate"));
            }
            let ex_date = text(r.expiry_date.as_ref());
            out_data = Some(ResData::Domain(DomainResData::Ren(DomainRenewData { name: name.into(), ex_date })));
        }
        Some(_) => return Err(not_in_epp!("this response body")),
    }
    let mut out = epp_model::response::Response::new(result, tr_id);
    out.res_data.extend(out_data);
    out.extensions.extend(out_ext);
    Ok(out)
}

/// The problem details of an EPP error, without its title.
fn problem(status: u16) -> ProblemDetail {
    ProblemDetail {
        kind: ERROR_TYPE.into(),
        title: None,
        status: Some(status),
        detail: None,
        errors: Vec::new(),
        extensions: Default::default(),
    }
}
