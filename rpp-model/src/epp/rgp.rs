//! The registry grace period extension (RFC 3915) <-> RPP: a restore
//! request or report as the domain's restore process, RGP statuses as
//! status labels (`pendingDelete` as `rgpPendingDelete`, json-00 s.6.2).

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use epp_model::domain::{DomainChange, DomainUpdate};
use epp_model::ext::rgp::{Report, ReportText, Restore, RestoreOp, RgpStatus, StatusValue};
use epp_model::response::MsgContent;

use super::common::{status_to_epp, status_to_rpp, timestamp};
use super::error::{EppError, not_in_epp, not_in_rpp};
use crate::http::{Action, Body, Collection, Operation, Request};
use crate::{RestoreProcess, RestoreReport, Status};

/// The RPP label of an RGP status.
fn label(v: StatusValue) -> &'static str {
    match v {
        StatusValue::PendingDelete => "rgpPendingDelete",
        other => other.as_str(),
    }
}

/// The RGP status of an RPP label, if it is one.
fn value_of(label: &str) -> Option<StatusValue> {
    match label {
        "rgpPendingDelete" => Some(StatusValue::PendingDelete),
        "pendingDelete" => None,
        l => StatusValue::from_xml(l),
    }
}

/// Whether an RPP status is an RGP status.
pub(crate) fn is_rgp(s: &Status) -> bool {
    value_of(&s.label).is_some()
}

/// RGP statuses as RPP statuses.
pub(crate) fn statuses_to_rpp(v: &[RgpStatus<'_>]) -> Result<Vec<Status>, EppError> {
    v.iter().map(|s| status_to_rpp(s, label)).collect()
}

/// The RGP statuses among RPP statuses.
pub(crate) fn statuses_of(v: &[Status]) -> Result<Vec<RgpStatus<'static>>, EppError> {
    v.iter().filter(|s| is_rgp(s)).map(|s| status_to_epp(s, value_of)).collect()
}

/// Text content of a report member.
fn text(what: &str, c: &MsgContent<'_>) -> Result<String, EppError> {
    match c {
        MsgContent::Text(t) => Ok(t.to_string()),
        _ => Err(not_in_rpp!("XML content in the restore report's {what} (RPP carries text)")),
    }
}

/// Text of a report member with a language.
fn lang_text(what: &str, t: &ReportText<'_>) -> Result<String, EppError> {
    if t.lang.is_some() {
        return Err(not_in_rpp!("the lang attribute of the restore report's {what}"));
    }
    text(what, &t.content)
}

fn report_to_rpp(r: &Report<'_>) -> Result<RestoreReport, EppError> {
    Ok(RestoreReport {
        pre_data: Some(text("preData", &r.pre_data)?),
        post_data: Some(text("postData", &r.post_data)?),
        delete_time: Some(timestamp("delTime", &r.del_time)?),
        restore_time: Some(timestamp("resTime", &r.res_time)?),
        restore_reason: Some(lang_text("resReason", &r.res_reason)?),
        statements: r.statements.iter().map(|s| lang_text("statement", s)).collect::<Result<_, _>>()?,
        other: r.other.as_ref().map(|o| text("other", o)).transpose()?,
        ..RestoreReport::default()
    })
}

fn report_to_epp(r: &RestoreReport) -> Result<Report<'static>, EppError> {
    let need = |v: &Option<String>, what: &str| {
        v.clone().map(Cow::Owned).ok_or_else(|| not_in_epp!("a restore report without {what} (RFC 3915 requires it)"))
    };
    let time = |v: &Option<crate::Timestamp>, what: &str| {
        v.as_ref()
            .map(|t| Cow::Owned(t.as_str().into()))
            .ok_or_else(|| not_in_epp!("a restore report without {what} (RFC 3915 requires it)"))
    };
    if !(1..=2).contains(&r.statements.len()) {
        return Err(not_in_epp!("a restore report with {} statements (RFC 3915 has one or two)", r.statements.len()));
    }
    let plain = |t: &String| ReportText { lang: None, content: MsgContent::Text(t.clone().into()) };
    Ok(Report {
        pre_data: MsgContent::Text(need(&r.pre_data, "preData")?),
        post_data: MsgContent::Text(need(&r.post_data, "postData")?),
        del_time: time(&r.delete_time, "deleteTime")?,
        res_time: time(&r.restore_time, "restoreTime")?,
        res_reason: ReportText { lang: None, content: MsgContent::Text(need(&r.restore_reason, "restoreReason")?) },
        statements: r.statements.iter().map(plain).collect(),
        other: r.other.clone().map(|o| MsgContent::Text(o.into())),
    })
}

/// The `<domain:update>` a restore rides on: no add or rem, an empty chg
/// (RFC 3915 s.4.2.5).
fn is_bare(u: &DomainUpdate<'_>) -> bool {
    u.add.is_none()
        && u.rem.is_none()
        && u.chg.as_ref().is_some_and(|c| c.registrant.is_none() && c.auth_info.is_none())
}

/// A restore (request or report) as its request.
pub(crate) fn restore_request(u: &DomainUpdate<'_>, r: &Restore<'_>) -> Result<Request, EppError> {
    if !is_bare(u) {
        return Err(not_in_rpp!("a restore combined with other changes of the domain"));
    }
    let (action, report) = match (r.op, &r.report) {
        (RestoreOp::Request, None) => (Action::RestoreRequest, None),
        (RestoreOp::Report, Some(rep)) => (Action::RestoreReport, Some(report_to_rpp(rep)?)),
        _ => return Err(not_in_rpp!("an RGP restore op=\"{}\" with this report", r.op.as_str())),
    };
    let mut req = Request::new(&Operation::new(action, Collection::Domains, Some(u.name.to_string())));
    req.body = Some(Body::Restore(RestoreProcess { restore_report: report, ..RestoreProcess::default() }));
    Ok(req)
}

/// A restore request as the `<domain:update>` and the RGP restore.
pub(crate) fn restore_of(
    action: Action,
    c: Collection,
    name: String,
    body: Option<&Body>,
) -> Result<(DomainUpdate<'static>, Restore<'static>), EppError> {
    if c != Collection::Domains {
        return Err(not_in_epp!("a restore of a {} object (RGP restores domains)", c.as_str()));
    }
    let Some(Body::Restore(p)) = body else { return Err(not_in_epp!("a restore without a restoreProcess")) };
    let expected_bare = RestoreProcess { restore_report: p.restore_report.clone(), ..RestoreProcess::default() };
    if *p != expected_bare {
        return Err(not_in_epp!("members of this restoreProcess other than restoreReport"));
    }
    let restore = match (action, &p.restore_report) {
        (Action::RestoreRequest, None) => Restore { op: RestoreOp::Request, report: None },
        (Action::RestoreReport, Some(r)) => Restore { op: RestoreOp::Report, report: Some(report_to_epp(r)?) },
        (Action::RestoreRequest, Some(_)) => {
            return Err(not_in_epp!("a one-step restore with an inline report (RGP requests, then reports)"));
        }
        _ => return Err(not_in_epp!("a restore report without its report")),
    };
    let chg = DomainChange { registrant: None, auth_info: None };
    Ok((DomainUpdate { name: name.into(), add: None, rem: None, chg: Some(chg) }, restore))
}
