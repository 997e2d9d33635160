//! Pieces both directions share: statuses, periods, authorization
//! information, host addresses as DNS records, patch values.

use alloc::borrow::Cow;
use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};

use epp_model::host::{HostAddr, HostIp};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::error::{EppError, not_in_epp, not_in_rpp};
use crate::http::{Authorization, Request, header};
use crate::object::tag::DnsRecordTag;
use crate::{DnsRecord, PatchOp, PatchOpKind, Period, PeriodUnit, Status, Timestamp};

/// An EPP status to RPP: `s` is the label, the text the reason; a
/// language other than the default has no place.
pub(crate) fn status_to_rpp<V: Copy>(
    st: &epp_model::Status<'_, V>,
    label: impl Fn(V) -> &'static str,
) -> Result<Status, EppError> {
    if st.lang.is_some() {
        return Err(not_in_rpp!("the lang attribute of status {}", label(st.s)));
    }
    let mut out = Status::new(label(st.s));
    out.reason = st.text.as_deref().map(String::from);
    Ok(out)
}

/// An RPP status to EPP.
pub(crate) fn status_to_epp<V>(
    st: &Status,
    parse: impl Fn(&str) -> Option<V>,
) -> Result<epp_model::Status<'static, V>, EppError> {
    if st.due.is_some() {
        return Err(not_in_epp!("the due time of status {}", st.label));
    }
    let s = parse(&st.label).ok_or_else(|| EppError::Invalid { what: "status label", value: st.label.clone() })?;
    Ok(epp_model::Status { s, lang: None, text: st.reason.clone().map(Cow::Owned) })
}

/// An EPP period to RPP.
pub(crate) fn period_to_rpp(p: &epp_model::Period) -> Result<Period, EppError> {
    let unit = match p.unit {
        epp_model::PeriodUnit::Year => PeriodUnit::Years,
        epp_model::PeriodUnit::Month => PeriodUnit::Months,
        _ => return Err(EppError::Invalid { what: "period unit", value: p.unit.as_str().into() }),
    };
    Period::new(p.value, unit).map_err(|_| EppError::Invalid { what: "period", value: p.value.to_string() })
}

/// An RPP period to EPP.
pub(crate) fn period_to_epp(p: &Period) -> epp_model::Period {
    let unit = match p.unit {
        PeriodUnit::Years => epp_model::PeriodUnit::Year,
        PeriodUnit::Months => epp_model::PeriodUnit::Month,
    };
    epp_model::Period { value: p.value, unit }
}

/// An EPP date to an RPP timestamp.
pub(crate) fn timestamp(what: &'static str, s: &str) -> Result<Timestamp, EppError> {
    s.parse().map_err(|_| EppError::Invalid { what, value: s.into() })
}

/// Object authorization information of an EPP command, as the
/// `RPP-Authorization` header.
pub(crate) fn auth_header(req: &mut Request, auth: Option<&epp_model::AuthInfo<'_>>) -> Result<(), EppError> {
    match auth {
        None => Ok(()),
        Some(epp_model::AuthInfo::Password { pw, roid }) => {
            let a = Authorization { value: pw.to_string(), roid: roid.as_deref().map(String::from) };
            req.headers.insert(header::AUTHORIZATION.into(), a.to_header());
            Ok(())
        }
        Some(_) => Err(not_in_rpp!("authInfo <ext> (only pw maps onto RPP-Authorization)")),
    }
}

/// The `RPP-Authorization` header of a request, as EPP authorization
/// information.
pub(crate) fn auth_of(req: &Request) -> Result<Option<epp_model::AuthInfo<'static>>, EppError> {
    req.headers
        .get(header::AUTHORIZATION)
        .map(|h| {
            let a = Authorization::parse(h)?;
            Ok(epp_model::AuthInfo::Password { pw: a.value.into(), roid: a.roid.map(Cow::Owned) })
        })
        .transpose()
}

/// An object's own authorization information (create, update) to RPP.
pub(crate) fn auth_to_rpp(auth: &epp_model::AuthInfo<'_>) -> Result<crate::AuthInfo, EppError> {
    match auth {
        epp_model::AuthInfo::Password { pw, roid: None } => Ok(crate::AuthInfo::password(pw.as_ref())),
        epp_model::AuthInfo::Password { roid: Some(_), .. } => {
            Err(not_in_rpp!("a roid on an object's own authInfo (RPP's authInfo has method and authdata)"))
        }
        _ => Err(not_in_rpp!("authInfo <ext>")),
    }
}

/// An RPP authInfo to an EPP password.
pub(crate) fn auth_to_epp(auth: &crate::AuthInfo) -> Result<epp_model::AuthInfo<'static>, EppError> {
    match (auth.method.as_str(), &auth.authdata) {
        ("authinfo", Some(pw)) => Ok(epp_model::AuthInfo::password(pw.clone())),
        ("authinfo", None) => Err(not_in_epp!("an authInfo without authdata")),
        (m, _) => Err(not_in_epp!("authInfo method {m:?} (EPP has authinfo passwords)")),
    }
}

/// `name` as an absolute DNS name.
pub(crate) fn absolute(name: &str) -> String {
    if name.ends_with('.') { name.into() } else { alloc::format!("{name}.") }
}

/// An absolute DNS name without its final dot.
pub(crate) fn relative(name: &str) -> String {
    name.strip_suffix('.').unwrap_or(name).into()
}

/// One RPP record of one field.
pub(crate) fn record(name: String, rtype: &str, key: &str, value: &str) -> DnsRecord {
    let mut rdata = BTreeMap::new();
    rdata.insert(String::from(key), String::from(value));
    DnsRecord { tag: DnsRecordTag, name, rtype: rtype.into(), class: None, rdata }
}

/// A host address as an A (`v4`) or AAAA (`v6`) record of `host`.
pub(crate) fn addr_record(host: &str, a: &HostAddr<'_>) -> DnsRecord {
    let rtype = if a.ip == HostIp::V6 { "aaaa" } else { "a" };
    record(absolute(host), rtype, "address", &a.addr)
}

/// An A or AAAA record as a host address.
pub(crate) fn record_addr(r: &DnsRecord) -> Result<HostAddr<'static>, EppError> {
    let ip = match r.rtype.as_str() {
        "a" => HostIp::V4,
        "aaaa" => HostIp::V6,
        t => return Err(not_in_epp!("a {t} record as a host address")),
    };
    let addr = one_field(r, "address")?;
    Ok(HostAddr { ip, addr: addr.into() })
}

/// The only RDATA field of a record, which must be `key`.
pub(crate) fn one_field(r: &DnsRecord, key: &str) -> Result<String, EppError> {
    if r.class.is_some() {
        return Err(not_in_epp!("the class of a {} record", r.rtype));
    }
    match (r.rdata.len(), r.rdata.get(key)) {
        (1, Some(v)) => Ok(v.clone()),
        _ => Err(EppError::Invalid { what: "record rdata", value: alloc::format!("{:?}", r.rdata) }),
    }
}

/// A JSON value of a model value (whose serialization cannot fail: string
/// keys, no floats).
pub(crate) fn value<T: Serialize>(v: &T) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or(serde_json::Value::Null)
}

/// A patch operation.
pub(crate) fn op(
    op: PatchOpKind,
    path: &str,
    matches: Option<serde_json::Value>,
    v: Option<serde_json::Value>,
) -> PatchOp {
    PatchOp { op, path: path.into(), matches, value: v }
}

/// The `value` of a patch operation as `T`.
pub(crate) fn typed<T: DeserializeOwned>(o: &PatchOp) -> Result<T, EppError> {
    let v = o.value.clone().ok_or_else(|| not_in_epp!("{:?} {} without a value", o.op, o.path))?;
    Ok(crate::json::from_value(v, "$.value")?)
}

/// The `match` of a patch operation as `T`.
pub(crate) fn matched<T: DeserializeOwned>(o: &PatchOp) -> Result<T, EppError> {
    let v = o.matches.clone().ok_or_else(|| not_in_epp!("{:?} {} without a match", o.op, o.path))?;
    Ok(crate::json::from_value(v, "$.match")?)
}

/// Client transaction id of a command, as a header.
pub(crate) fn cl_trid_header(req: &mut Request, id: Option<&str>) {
    if let Some(id) = id {
        req.headers.insert(header::CLTRID.into(), id.into());
    }
}

/// Headers a request may carry for EPP: the transaction id and the
/// authorization; any other has no EPP form.
pub(crate) fn check_request_headers(req: &Request) -> Result<(), EppError> {
    match req.headers.keys().find(|k| !matches!(k.as_str(), header::CLTRID | header::AUTHORIZATION)) {
        Some(k) => Err(not_in_epp!("the request header {k}")),
        None => Ok(()),
    }
}

/// The match of a status removal.
pub(crate) fn status_match(s: &Status) -> serde_json::Value {
    let mut m = serde_json::Map::new();
    m.insert("label".into(), s.label.clone().into());
    if let Some(r) = &s.reason {
        m.insert("reason".into(), r.clone().into());
    }
    serde_json::Value::Object(m)
}

/// The status a removal's match names.
pub(crate) fn status_of_match(o: &PatchOp) -> Result<Status, EppError> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct M {
        label: String,
        reason: Option<String>,
    }
    let m: M = matched(o)?;
    let mut s = Status::new(m.label);
    s.reason = m.reason;
    Ok(s)
}
